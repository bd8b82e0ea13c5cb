"""Typed settings: defaults.toml < user settings file < NEWSPRISM_* environment < command-line values."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any, get_type_hints

from .errors import ConfigError


@dataclass
class IngestSettings:
    max_file_mb: float
    extensions_text: list[str]
    extensions_html: list[str]
    extensions_jsonl: list[str]
    jsonl_text: str
    jsonl_title: str
    jsonl_url: str
    jsonl_outlet: str
    jsonl_date: str
    jsonl_author: str


@dataclass
class CleanSettings:
    min_chars: int
    precision_min_chars: int
    workers: int


@dataclass
class NlpSettings:
    model: str
    batch_size: int


@dataclass
class EmbedSettings:
    backend: str
    batch_size: int


@dataclass
class DedupSettings:
    num_perm: int
    shingle: int
    threshold: float
    containment: float
    seed: int


@dataclass
class ClusterSettings:
    threshold: float
    embedding_weight: float
    window_days: float
    lead_chars: int
    embed_chars: int
    name_weight: float


@dataclass
class AlignSettings:
    threshold: float
    lexical_weight: float
    quantity_bonus: float
    min_clause_words: int


@dataclass
class QuotesSettings:
    match_threshold: float
    mismatch_threshold: float


@dataclass
class SummarySettings:
    sentences: int
    words: int
    position_weight: float
    redundancy_weight: float
    novelty_weight: float
    turn_redundancy_weight: float


@dataclass
class Settings:
    """Every setting; the values come from defaults.toml (the one place defaults are written)."""

    ingest: IngestSettings
    clean: CleanSettings
    nlp: NlpSettings
    embed: EmbedSettings
    dedup: DedupSettings
    cluster: ClusterSettings
    align: AlignSettings
    quotes: QuotesSettings
    summary: SummarySettings
    sources: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = (
                {s.name: getattr(value, s.name) for s in fields(value)} if _is_section(value) else value
            )
        return out

    def with_values(self, values: dict[str, Any]) -> Settings:
        """A copy with `section.key` values applied (strings are converted to the field's type)."""
        merged = self.to_dict()
        for dotted, value in values.items():
            section, _, key = dotted.partition(".")
            if section == "sources" and not key:
                merged["sources"] = value
                continue
            if section not in merged or not isinstance(merged[section], dict) or key not in merged[section]:
                raise ConfigError(
                    "E202", f"unknown setting {dotted!r}", f"known sections: {_section_names()}"
                )
            merged[section][key] = _coerce(dotted, merged[section][key], value)
        return _build(merged)


def _is_section(value: Any) -> bool:
    return hasattr(value, "__dataclass_fields__")


def _section_names() -> str:
    return ", ".join(f.name for f in fields(Settings) if f.name != "sources")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _coerce(name: str, current: Any, value: Any) -> Any:
    if not isinstance(value, str) or isinstance(current, str):
        if _is_number(current) and _is_number(value):
            if isinstance(current, int) and value != int(value):
                raise ConfigError("E202", f"setting {name!r} must be a whole number, got {value!r}")
            return float(value) if isinstance(current, float) else int(value)
        if current is not None and type(value) is not type(current):
            raise ConfigError("E202", f"setting {name!r} must be {type(current).__name__}, got {value!r}")
        return value
    try:
        if isinstance(current, bool):
            if value.lower() not in {"1", "0", "true", "false", "yes", "no"}:
                raise ValueError(value)
            return value.lower() in {"1", "true", "yes"}
        if isinstance(current, int):
            return int(value)
        if isinstance(current, float):
            return float(value)
        if isinstance(current, list):
            return [v.strip() for v in value.split(",") if v.strip()]
    except ValueError:
        raise ConfigError(
            "E202", f"setting {name!r} must be {type(current).__name__}, got {value!r}"
        ) from None
    return value


def _build(data: dict[str, Any]) -> Settings:
    hints = get_type_hints(Settings)
    kwargs: dict[str, Any] = {"sources": data.get("sources")}
    for f in fields(Settings):
        if f.name == "sources":
            continue
        section_cls = hints[f.name]
        values = data.get(f.name, {})
        known = {s.name for s in fields(section_cls)}
        unknown = set(values) - known
        if unknown:
            raise ConfigError(
                "E202", f"unknown setting {f.name}.{sorted(unknown)[0]}", f"known: {sorted(known)}"
            )
        missing = known - set(values)
        if missing:
            raise ConfigError(
                "E201", f"settings lack {f.name}.{sorted(missing)[0]}", "defaults.toml is incomplete"
            )
        kwargs[f.name] = section_cls(**values)
    return Settings(**kwargs)


def _flatten(data: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for section, values in data.items():
        if isinstance(values, dict):
            for key, value in values.items():
                flat[f"{section}.{key}"] = value
        else:
            flat[section] = values
    return flat


def defaults() -> Settings:
    text = resources.files("newsprism").joinpath("defaults.toml").read_text(encoding="utf-8")
    return _build(tomllib.loads(text))


def load_settings(
    path: str | Path | None = None,
    overrides: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    """Settings from every layer, later layers winning; a wrong key or type is a ConfigError (E2xx)."""
    settings = defaults()
    if path is not None:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError("E201", f"cannot read settings file {path}: {exc}") from None
        settings = settings.with_values(_flatten(data))
    env = os.environ if environ is None else environ
    from_env = {
        key[len("NEWSPRISM_") :].lower().replace("__", "."): value
        for key, value in env.items()
        if key.startswith("NEWSPRISM_") and "__" in key
    }
    if from_env:
        settings = settings.with_values(from_env)
    if overrides:
        settings = settings.with_values(overrides)
    return settings
