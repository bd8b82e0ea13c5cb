"""The user's map from file paths to outlets (`--sources`), as CSV or TOML.

CSV: a header `pattern,outlet` (optional `date`, `url` columns), one glob per row.
TOML: either `"glob" = "Outlet"` pairs, or `[[source]]` tables with `match`, `outlet`, `date`, `url`.
A glob matches a file's full path, its path relative to the working folder, or its file name.
"""

from __future__ import annotations

import contextlib
import csv
import io
import tomllib
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path, PurePath

from .errors import ConfigError


@dataclass(frozen=True)
class Source:
    pattern: str
    outlet: str | None = None
    date: str | None = None
    url: str | None = None


def load_sources(path: str | Path) -> list[Source]:
    """Parse a sources file; any problem is a ConfigError E203 that names the file and the row."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ConfigError("E203", f"cannot read sources file {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError("E203", f"sources file {path} is not UTF-8 text", "save it as UTF-8") from None
    if path.suffix.lower() == ".toml":
        return _from_toml(text, path)
    return _from_csv(text, path)


def _from_toml(text: str, path: Path) -> list[Source]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("E203", f"sources file {path} is not valid TOML: {exc}") from None
    sources: list[Source] = []
    for key, value in data.items():
        if key == "source" and isinstance(value, list):
            for number, table in enumerate(value, start=1):
                if not isinstance(table, dict) or not isinstance(table.get("match"), str):
                    raise ConfigError("E203", f"{path}: [[source]] number {number} needs a 'match' glob")
                sources.append(
                    Source(table["match"], _opt(table, "outlet"), _opt(table, "date"), _opt(table, "url"))
                )
        elif isinstance(value, str):
            sources.append(Source(key, value))
        else:
            raise ConfigError("E203", f"{path}: {key!r} must map a glob to an outlet name")
    return sources


def _opt(table: dict[str, object], key: str) -> str | None:
    value = table.get(key)
    return None if value is None else str(value)


def _from_csv(text: str, path: Path) -> list[Source]:
    reader = csv.DictReader(io.StringIO(text))
    fields = {f.strip().lower() for f in reader.fieldnames or []}
    if not {"pattern", "outlet"} <= fields:
        raise ConfigError("E203", f"sources file {path} needs a header with 'pattern' and 'outlet' columns")
    sources = []
    for row in reader:
        clean = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
        if not clean.get("pattern"):
            continue
        sources.append(
            Source(
                clean["pattern"],
                clean.get("outlet") or None,
                clean.get("date") or None,
                clean.get("url") or None,
            )
        )
    return sources


def match_source(sources: list[Source], path: str) -> Source | None:
    """The first source whose glob matches the file behind `path` (container members match their file)."""
    file_part = path.split("#", 1)[0]
    candidates = {file_part, PurePath(file_part).name}
    with contextlib.suppress(ValueError):  # a path outside the working folder has no relative form
        candidates.add(str(Path(file_part).resolve().relative_to(Path.cwd())))
    for source in sources:
        if any(fnmatch(c, source.pattern) or fnmatch(c, f"*/{source.pattern}") for c in candidates):
            return source
    return None
