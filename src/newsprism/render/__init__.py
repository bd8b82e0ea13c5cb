"""Report writers: report.json (the contract), report.md and a self-contained report.html."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from newsprism.errors import ConfigError, NewsprismError
from newsprism.model import Report
from newsprism.render.html import to_html
from newsprism.render.json import from_json, load_report, to_json
from newsprism.render.markdown import to_markdown

__all__ = ["FORMATS", "from_json", "load_report", "to_html", "to_json", "to_markdown", "write_report"]

FORMATS: dict[str, tuple[str, Callable[[Report], str]]] = {
    "json": ("report.json", to_json),
    "md": ("report.md", to_markdown),
    "html": ("report.html", to_html),
}


def write_report(
    report: Report, out_dir: str | Path, formats: Iterable[str] = ("json", "md", "html")
) -> dict[str, Path]:
    """Write the report in each format into out_dir; returns format -> path of the file written."""
    wanted = list(dict.fromkeys([formats] if isinstance(formats, str) else formats))
    unknown = [name for name in wanted if name not in FORMATS]
    if unknown:
        raise ConfigError(
            "E202",
            f"unknown report format {', '.join(map(repr, unknown))}",
            f"use any of {', '.join(FORMATS)}",
        )
    # render everything first, so a renderer error leaves no partial set of files behind
    rendered = {name: FORMATS[name][1](report) for name in wanted}
    directory = Path(out_dir)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise NewsprismError(
            "E501", f"cannot create {directory}: {exc}", "choose a writable directory"
        ) from exc
    written: dict[str, Path] = {}
    for name, content in rendered.items():
        path = directory / FORMATS[name][0]
        _write_atomically(path, content)
        written[name] = path
    return written


def _write_atomically(path: Path, content: str) -> None:
    """Write to a temporary file beside `path`, then rename it over, so readers never see half a file."""
    temporary: str | None = None
    try:
        with tempfile.NamedTemporaryFile(
            "w",
            encoding="utf-8",
            newline="\n",
            dir=path.parent,
            prefix=f".{path.name}.",
            suffix=".tmp",
            delete=False,
        ) as handle:
            temporary = handle.name
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        # temporary files are created private (0600); a report is meant to be shared like any output file
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except OSError as exc:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
        raise NewsprismError(
            "E501", f"cannot write {path}: {exc}", "check free space and permissions"
        ) from exc
