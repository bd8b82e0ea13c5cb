"""Ingest: turn paths into RawDocuments, one per article, or Skipped entries with a code and a reason.

A bad file never stops the batch: every path given (or found in a folder) ends up either as a document
or in `skipped`. Text encodings are detected from a BOM, a declared charset, then charset-normalizer.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from ..context import Context
from ..errors import InputError
from ..model import RawDocument, Report, Skipped

NAME = "ingest"
LEVEL = "corpus"
REQUIRES = {"paths"}
PROVIDES = {"raw", "skipped"}

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_HTML_SNIFF = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_HTML_FRAGMENT = re.compile(r"<(p|div|br|article|section|h[1-6]|ul|ol|li|blockquote|span|a)\b[^>]*>", re.I)
_JSONL_FIELDS = ("text", "title", "url", "outlet", "date")
_WEB_PREFERENCE = {
    name: rank
    for rank, name in enumerate(["utf_8", "cp1252", "latin_1", "cp1251", "cp1256", "iso8859_15", "cp1250"])
}


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


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Bytes to text and the encoding used; raises InputError for binary or undecodable input."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    if _looks_binary(data):
        raise InputError("E104", "binary file, not text", "give newsprism text, HTML or JSONL files")
    candidates = [declared] if declared else []
    candidates.append("utf-8")
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    matches = [m for m in from_bytes(data) if m.encoding]
    if not matches:
        raise InputError("E103", "text could not be decoded in any known encoding")
    # Single-byte code pages often decode the same bytes equally cleanly ("arrivé à" as cp1250 gives
    # "arrivé ŕ"); among the equally good, take the one most used on the web.
    low_chaos = min(m.chaos for m in matches)
    close = [m for m in matches if m.chaos <= low_chaos + 0.01]
    top = max(m.coherence for m in close)
    equally_good = [m for m in close if m.coherence >= top - 0.05]
    best = min(equally_good, key=lambda m: _WEB_PREFERENCE.get(m.encoding, len(_WEB_PREFERENCE)))
    return str(best), best.encoding


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > max(8, len(head) // 50)


def _kind(path: Path, ctx: Context) -> str | None:
    suffix = path.suffix.lower()
    settings = ctx.settings.ingest
    if suffix in settings.extensions_html:
        return "html"
    if suffix in settings.extensions_text:
        return "text"
    if suffix in settings.extensions_jsonl:
        return "jsonl"
    return None


def read_file(path: Path, ctx: Context) -> Iterator[RawDocument | Skipped]:
    """The documents in one file (several for JSONL), or the reasons it gave none."""
    name = str(path)
    kind = _kind(path, ctx)
    try:
        size = path.stat().st_size
        if size > ctx.settings.ingest.max_file_mb * 1024 * 1024:
            raise InputError("E101", f"file is larger than ingest.max_file_mb ({size} bytes)")
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(name, "E101", f"file could not be read: {exc.strerror or exc}")
        return
    except InputError as exc:
        yield Skipped(name, exc.code, exc.message)
        return
    if not data.strip():
        yield Skipped(name, "E102", "file is empty")
        return
    if kind is None:
        kind = "html" if _HTML_SNIFF.match(data[:4096]) else None
    if kind is None:
        # Unknown extension: accept it if it decodes as text, so scraped dumps without a suffix still work.
        kind = "text"
    try:
        declared = None
        if kind == "html":
            match = _META_CHARSET.search(data[:4096])
            declared = match.group(1).decode("ascii", "replace") if match else None
        text, encoding = decode(data, declared)
    except InputError as exc:
        if exc.code == "E104" and _kind(path, ctx) is None:
            suffix = path.suffix or "(no extension)"
            yield Skipped(name, "E105", f"unsupported file type {suffix}: binary content")
        else:
            yield Skipped(name, exc.code, exc.message)
        return
    if kind == "jsonl":
        yield from _jsonl_records(name, text, encoding)
        return
    yield RawDocument(path=name, kind="html" if kind == "html" else "text", text=text, encoding=encoding)


def _jsonl_records(name: str, text: str, encoding: str) -> Iterator[RawDocument | Skipped]:
    produced = False
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
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            yield Skipped(member, "E107", "record has no article text in its 'text' field")
            continue
        meta = {k: str(record[k]) for k in _JSONL_FIELDS[1:] if record.get(k) not in (None, "")}
        head = body[:4096]
        is_html = bool(_HTML_SNIFF.match(head.encode("utf-8", "replace")) or _HTML_FRAGMENT.search(head))
        produced = True
        yield RawDocument(
            path=member, kind="html" if is_html else "text", text=body, encoding=encoding, meta=meta
        )
    if not produced and not text.strip():
        yield Skipped(name, "E102", "file is empty")


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
