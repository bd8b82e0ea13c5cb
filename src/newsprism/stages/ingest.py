"""Ingest: turn paths into RawDocuments, one per article, or Skipped entries with a code and a reason.

A bad file never stops the batch: every path given (or found in a folder) ends up either as documents
or in `skipped`. A file is told apart by its name, then its first bytes: text, HTML, JSONL, or a container
(feed, WARC, zip/tar, read in `containers`) whose members are named `<file>#<member>`. Text encodings are
detected from a BOM, a declared charset, then charset-normalizer (`newsprism.decoding`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from ..context import Context
from ..decoding import decode, is_html_page, looks_like_html, meta_charset
from ..errors import InputError
from ..model import RawDocument, Report, Skipped
from ..settings import IngestSettings
from . import containers

NAME = "ingest"
LEVEL = "corpus"
REQUIRES = {"paths"}
PROVIDES = {"raw", "skipped"}

_META_FIELDS = ("title", "url", "outlet", "date", "author")
_MAX_DEPTH = 2  # an archive inside an archive is read; one more level down is not


def expand(paths: list[str]) -> tuple[list[Path], list[Skipped]]:
    """Files named or found (recursively, sorted) under folders; a missing path is skipped, not fatal."""
    found: dict[Path, Path] = {}  # resolved -> as given, so a file named twice is read once
    missing: list[Skipped] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                if p.is_file() and not _hidden(p, path):
                    found.setdefault(p.resolve(), p)
        elif path.is_file():
            found.setdefault(path.resolve(), path)
        else:
            missing.append(Skipped(str(path), "E109", "path does not exist"))
    return list(found.values()), missing


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _kind(name: str, settings: IngestSettings) -> str | None:
    suffix = PurePosixPath(name.lower()).suffix
    if suffix in settings.extensions_html:
        return "html"
    if suffix in settings.extensions_text:
        return "text"
    if suffix in settings.extensions_jsonl:
        return "jsonl"
    return None


def read_file(path: Path, ctx: Context) -> Iterator[RawDocument | Skipped]:
    """The documents in one file (several for JSONL and containers), or the reasons it gave none."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > _max_bytes(ctx):
            raise InputError("E101", f"file is larger than ingest.max_file_mb ({size} bytes)")
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(name, "E101", f"file could not be read: {exc.strerror or exc}")
        return
    except InputError as exc:
        yield Skipped(name, exc.code, exc.message)
        return
    yield from read_bytes(data, name, ctx)


def read_bytes(
    data: bytes, path: str, ctx: Context, name: str | None = None, depth: int = 0
) -> Iterator[RawDocument | Skipped]:
    """The documents in one file's bytes, named `path` in the report; its format is told from `name`
    (default `path`: an archive member gives its own name) and then from the bytes. `depth` counts the
    archives it sits in."""
    name = path if name is None else name
    if not data.strip():
        yield Skipped(path, "E102", "file is empty")
        return
    container = containers.container_format(name, data)
    if container == "feed":
        yield from containers.read_feed(data, path)
        return
    if container == "warc":
        yield from containers.read_warc(data, path)
        return
    if container is not None:
        if depth >= _MAX_DEPTH:
            yield Skipped(path, "E105", "unsupported file type: an archive nested more than one level deep")
            return

        def read_member(body: bytes, member: str, member_name: str) -> Iterator[RawDocument | Skipped]:
            return read_bytes(body, member, ctx, member_name, depth + 1)

        read_archive = containers.read_zip if container == "zip" else containers.read_tar
        yield from read_archive(data, path, read_member, _max_bytes(ctx))
        return
    settings = ctx.settings.ingest
    known = _kind(name, settings)
    # Unknown extension: HTML if it opens like a page, else accepted if it decodes as text (scraped dumps)
    kind = known or ("html" if is_html_page(data) else "text")
    try:
        text, encoding = decode(data, meta_charset(data) if kind == "html" else None)
    except InputError as exc:
        if exc.code == "E104" and known is None:
            suffix = PurePosixPath(name).suffix or "(no extension)"
            yield Skipped(path, "E105", f"unsupported file type {suffix}: binary content")
        else:
            yield Skipped(path, exc.code, exc.message)
        return
    if kind == "jsonl":
        yield from _jsonl_records(path, text, encoding, settings)
        return
    yield RawDocument(path=path, kind="html" if kind == "html" else "text", text=text, encoding=encoding)


def _max_bytes(ctx: Context) -> int:
    return int(ctx.settings.ingest.max_file_mb * 1024 * 1024)


def _jsonl_records(
    name: str, text: str, encoding: str, settings: IngestSettings
) -> Iterator[RawDocument | Skipped]:
    produced = False
    fields = {key: getattr(settings, f"jsonl_{key}") for key in _META_FIELDS}
    # split on newlines only: JSON strings may hold U+2028, which str.splitlines() would break on
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        member = f"{name}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(member, "E106", f"invalid JSON record: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield Skipped(member, "E106", "invalid JSON record: expected an object")
            continue
        body = _field(record, settings.jsonl_text)
        if not isinstance(body, str) or not body.strip():
            field = settings.jsonl_text
            yield Skipped(member, "E107", f"record has no article text in its {field!r} field")
            continue
        values = {key: _meta_value(_field(record, source)) for key, source in fields.items()}
        meta = {key: value for key, value in values.items() if value}
        produced = True
        kind: Literal["html", "text"] = "html" if looks_like_html(body) else "text"
        yield RawDocument(path=member, kind=kind, text=body, encoding=encoding, meta=meta)
    if not produced and not text.strip():
        yield Skipped(name, "E102", "file is empty")


def _field(record: dict[str, Any], path: str) -> Any:
    """The value under `path`: a key of the record itself, else a dotted path into nested objects."""
    if path in record:
        return record[path]
    value: Any = record
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _meta_value(value: Any) -> str | None:
    """A metadata value as text: strings and numbers as they are, a list of them joined (authors)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        return str(value).strip() or None
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v).strip() for v in value if str(v).strip()) or None
    return None


def run(report: Report, ctx: Context) -> Report:
    files, missing = expand(report.paths)
    report.skipped.extend(missing)
    report.inputs = len(files) + len(missing)
    for path in ctx.progress.iterate(files, "ingest"):
        for item in read_file(path, ctx):
            if isinstance(item, Skipped):
                report.skipped.append(item)
            else:
                report.raw.append(item)
    return report
