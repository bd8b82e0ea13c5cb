"""Coded errors: every problem a user can meet has a code, a message and what to do about it.

E1xx input files (these become `skipped` entries, never abort a batch), E2xx configuration,
E3xx models and backends, E4xx pipeline wiring, E5xx output.
"""

from __future__ import annotations

from dataclasses import dataclass

CATALOGUE: dict[str, str] = {
    "E101": "file could not be read",
    "E102": "file is empty",
    "E103": "text could not be decoded in any known encoding",
    "E104": "binary file, not text",
    "E105": "unsupported file type",
    "E106": "invalid JSON record",
    "E107": "record has no article text",
    "E108": "no article text found in the page",
    "E109": "path does not exist",
    "E110": "container holds no readable articles",
    "E111": "archive is truncated or corrupt",
    "E112": "archive member path is unsafe",
    "E113": "already in the store",
    "E201": "invalid settings file",
    "E202": "unknown or mistyped setting",
    "E203": "invalid sources file",
    "E204": "the store cannot be opened",
    "E205": "the store was built with other settings",
    "E301": "a model package is not installed",
    "E401": "pipeline stages are wired in an order that cannot work",
    "E501": "output could not be written",
}


@dataclass
class NewsprismError(Exception):
    """An error with a stable code from CATALOGUE, a specific message and a hint on what to do."""

    code: str
    message: str
    hint: str = ""

    def __post_init__(self) -> None:
        if self.code not in CATALOGUE:
            raise ValueError(f"unknown error code {self.code}")
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"{self.code} {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class InputError(NewsprismError):
    """A single input file or record is unusable; the batch goes on and the file is listed as skipped."""


class ConfigError(NewsprismError):
    """Settings, sources or command-line values are wrong; nothing has run yet."""
