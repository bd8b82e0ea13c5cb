"""report.json: the contract (DESIGN.md §3), written and read back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from newsprism.errors import NewsprismError
from newsprism.model import SCHEMA, Report, from_jsonable


def to_json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def from_json(text: str, source: str = "<string>") -> Report:
    """Parse a report written by `to_json`; refuses another schema rather than misreading it."""
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as exc:
        raise NewsprismError("E201", f"{source} is not valid JSON: {exc}", "pass a report.json") from exc
    if not isinstance(data, dict):
        raise NewsprismError("E201", f"{source} is not a newsprism report (expected a JSON object)")
    schema = data.get("schema")
    if schema != SCHEMA:
        raise NewsprismError(
            "E201",
            f"{source} has schema {schema!r}, this newsprism reads {SCHEMA!r}",
            "re-run `newsprism analyze` with this version to regenerate the report",
        )
    try:
        report: Report = from_jsonable(Report, data)
    except (TypeError, KeyError, AttributeError) as exc:
        raise NewsprismError("E201", f"{source} does not match the {SCHEMA} structure: {exc!r}") from exc
    return report


def load_report(path: str | Path) -> Report:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise NewsprismError("E101", f"cannot read report {path}: {exc}") from exc
    return from_json(text, str(path))
