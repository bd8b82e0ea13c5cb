"""Files that hold many articles: RSS/Atom feeds, WARC web archives, and zip/tar archives of other files.

Each reader takes the container's bytes and its path, and yields one RawDocument per article or a Skipped
entry, named `<container>#<member>` (`feed.xml#3`, `crawl.warc.gz#https://…`, `pages.zip#site/a.html`).
A container that yields nothing is itself skipped (E110); a damaged one keeps what was read before the
damage and adds a skip for the container (E111). Nothing is fetched over the network.
"""

from __future__ import annotations

import contextlib
import io
import re
import tarfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import feedparser
from warcio.archiveiterator import ArchiveIterator

from ..decoding import decode, header_charset, looks_like_html, meta_charset
from ..errors import InputError
from ..model import RawDocument, Skipped

Format = Literal["feed", "warc", "zip", "tar"]
# (bytes, path in the report, member name to tell its format from) -> what that member holds
ReadMember = Callable[[bytes, str, str], Iterator[RawDocument | Skipped]]

_EXTENSIONS: list[tuple[str, Format]] = [
    (".warc.gz", "warc"),
    (".warc", "warc"),
    (".tar.gz", "tar"),
    (".tgz", "tar"),
    (".tar", "tar"),
    (".zip", "zip"),
    (".xml", "feed"),
    (".rss", "feed"),
    (".atom", "feed"),
]
_FEED_ROOT = re.compile(
    rb"^(\xef\xbb\xbf)?\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*|<\?[^>]*>\s*|<!DOCTYPE[^>]*>\s*)*"
    rb"<(rss|feed|rdf:RDF)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_GZIP = b"\x1f\x8b"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(\s[^<>]*)?/?>")
_CHUNK = 1 << 20
# warcio and tarfile raise assorted errors on damaged bytes (even AttributeError from a garbled header)
_DAMAGE = (Exception,)


def container_format(name: str, data: bytes) -> Format | None:
    """The container a file is, from its name (`.warc.gz`, `.zip`, `.xml`, …), else from its first bytes."""
    lowered = name.lower()
    for extension, kind in _EXTENSIONS:
        if lowered.endswith(extension):
            return kind
    head = data[:512]
    if data.startswith(_GZIP):
        with contextlib.suppress(zlib.error):
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(data[:65536], 512)
    if head.startswith(b"WARC/"):
        return "warc"
    if data.startswith(_ZIP):
        return "zip"
    if head[257:262] == b"ustar":
        return "tar"
    if _FEED_ROOT.match(data[:4096]):
        return "feed"
    return None


# feeds ---------------------------------------------------------------------------------------------------


def read_feed(data: bytes, path: str) -> Iterator[RawDocument | Skipped]:
    """One document per feed item (`path#1`, `path#2`, …), its metadata from the item and the feed."""
    # a stream, never a string: feedparser fetches a string that looks like a URL and opens one like a path
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = f"feed could not be parsed: {problem}" if problem else "feed has no items"
        yield Skipped(path, "E110", reason)
        return
    outlet = _clean(parsed.feed.get("title"))
    encoding = _clean(parsed.get("encoding")) or None
    for number, entry in enumerate(parsed.entries, start=1):
        member = f"{path}#{number}"
        text, media_type = _item_text(entry)
        if not text:
            yield Skipped(member, "E107", "feed item has no text in its content or summary")
            continue
        fields = {
            "title": _clean(entry.get("title")),
            "url": _clean(entry.get("link")),
            "date": _iso(entry.get("published_parsed") or entry.get("updated_parsed")),
            "author": _clean(entry.get("author")),
            "outlet": outlet,
        }
        meta = {key: value for key, value in fields.items() if value}
        # feedparser calls every RSS description text/html; markup in the text is what makes it HTML
        html = media_type != "text/plain" and (looks_like_html(text) or _TAG.search(text) is not None)
        kind: Literal["html", "text"] = "html" if html else "text"
        yield RawDocument(path=member, kind=kind, text=text, encoding=encoding, meta=meta)


def _item_text(entry: Any) -> tuple[str, str]:
    """content:encoded (or Atom content) when it has text, else the summary/description; and its type."""
    for content in entry.get("content") or []:
        value = _clean(content.get("value"))
        if value:
            return value, _clean(content.get("type"))
    return _clean(entry.get("summary")), _clean((entry.get("summary_detail") or {}).get("type"))


def _clean(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _iso(parsed: time.struct_time | None) -> str:
    """feedparser's UTC struct_time as ISO 8601, the way WARC dates are written."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else ""


# WARC ----------------------------------------------------------------------------------------------------


@dataclass
class _Page:
    uri: str
    date: str
    body: bytes
    charset: str | None


def read_warc(data: bytes, path: str) -> Iterator[RawDocument | Skipped]:
    """One HTML document per `response` record with status 200 (`path#<target URI>`)."""
    pages, complete, intact = _warc_pages(data)
    seen: dict[str, int] = {}
    for page in pages:
        member = _unique(f"{path}#{page.uri}", seen)
        try:
            text, encoding = decode(page.body, page.charset or meta_charset(page.body))
        except InputError as exc:
            yield Skipped(member, exc.code, exc.message)
            continue
        meta = {key: value for key, value in (("url", page.uri), ("date", page.date)) if value}
        yield RawDocument(path=member, kind="html", text=text, encoding=encoding, meta=meta)
    if not intact:
        yield Skipped(path, "E111", f"archive is truncated or corrupt after {complete} records")
    elif not pages:
        yield Skipped(path, "E110", f"no HTML response with status 200 among {complete} records")


def _warc_pages(data: bytes) -> tuple[list[_Page], int, bool]:
    """The HTML pages of whole records, how many records were whole, and whether the archive was intact.

    warcio stops quietly at most kinds of damage, so each record is checked to end where its
    Content-Length says (and, uncompressed, to be followed by its blank lines), and the archive to end
    after its last record."""
    pages: list[_Page] = []
    complete = 0
    gzipped = data.startswith(_GZIP)
    intact = not gzipped or _gzip_intact(data)
    records = ArchiveIterator(io.BytesIO(data))
    try:
        # warcio prints warnings about damaged records to stderr; the E111 skip reports them instead
        with contextlib.redirect_stderr(io.StringIO()):
            for record in records:
                page = _page(record)
                end = records.get_record_offset() + records.get_record_length()  # reads to the record's end
                length = str(record.rec_headers.get_header("Content-Length") or "")
                read_all = length.strip().isdigit() and getattr(record.raw_stream, "limit", None) == 0
                whole = record.rec_type is not None and read_all
                if not whole or not (gzipped or _record_ends(data, end)):
                    intact = False
                    break
                complete += 1
                if page is not None:
                    pages.append(page)
            else:
                intact = intact and not data[records.offset :].strip()
    except _DAMAGE:
        intact = False
    return pages, complete, intact and not records.err_count


def _page(record: Any) -> _Page | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    headers = record.http_headers
    content_type = str(headers.get_header("Content-Type") or "")
    if headers.get_statuscode() != "200" or content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return None
    return _Page(
        uri=str(record.rec_headers.get_header("WARC-Target-URI") or ""),
        date=str(record.rec_headers.get_header("WARC-Date") or ""),
        body=record.content_stream().read(),
        charset=header_charset(content_type),
    )


def _record_ends(data: bytes, end: int) -> bool:
    """Whether an uncompressed record's block is followed by its blank lines (bare LFs from lax
    writers too), or is the last thing in the file."""
    return end == len(data) or data[end : end + 4] == b"\r\n\r\n" or data[end : end + 2] == b"\n\n"


def _gzip_intact(data: bytes) -> bool:
    """Whether every gzip member runs to its end (warcio stops quietly at a truncated one)."""
    rest = data
    while rest:
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            inflater.decompress(rest, _CHUNK)
            while inflater.unconsumed_tail:
                inflater.decompress(inflater.unconsumed_tail, _CHUNK)
        except zlib.error:
            return False
        if not inflater.eof:
            return False
        rest = inflater.unused_data
    return True


# archives ------------------------------------------------------------------------------------------------


@dataclass
class _Member:
    path: str  # as the report names it, `<archive>#<member>`
    name: str  # the member's own path, to tell its format from
    body: bytes


def read_zip(
    data: bytes, path: str, read_member: ReadMember, max_bytes: int
) -> Iterator[RawDocument | Skipped]:
    """Every file in a zip, read by `read_member` as `path#<member>`; a member over max_bytes is E101."""
    yield from _read_members(_zip_members(data, path, max_bytes), path, read_member)


def read_tar(
    data: bytes, path: str, read_member: ReadMember, max_bytes: int
) -> Iterator[RawDocument | Skipped]:
    """Every regular file in a tar (plain, gzip, bzip2 or xz), read by `read_member` as `path#<member>`."""
    yield from _read_members(_tar_members(data, path, max_bytes), path, read_member)


def _read_members(
    members: Iterator[_Member | Skipped], path: str, read_member: ReadMember
) -> Iterator[RawDocument | Skipped]:
    found = False
    for member in members:
        found = True
        if isinstance(member, Skipped):
            yield member
        else:
            yield from read_member(member.body, member.path, member.name)
    if not found:
        yield Skipped(path, "E110", "archive holds no files")


def _zip_members(data: bytes, path: str, max_bytes: int) -> Iterator[_Member | Skipped]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _DAMAGE as exc:
        yield Skipped(path, "E111", f"archive could not be opened: {exc}")
        return
    seen: dict[str, int] = {}
    with archive:
        for info in archive.infolist():
            name = _member_name(info.filename)
            if info.is_dir() or name == "":
                continue
            member = _unique(f"{path}#{name or info.filename}", seen)
            if name is None:
                yield _unsafe(member)
            elif info.flag_bits & 0x1:
                yield Skipped(member, "E101", "member is encrypted")
            elif info.file_size > max_bytes:
                yield _too_large(member, str(info.file_size))
            else:
                try:
                    # zipfile inflates no further than the size in the header, checked just above,
                    # so a bomb stops there; the CRC check then fails on a header that lied
                    with archive.open(info) as stream:
                        body = stream.read()
                except _DAMAGE as exc:
                    yield Skipped(member, "E111", f"member is corrupt: {exc}")
                    continue
                yield _Member(member, name, body)


def _tar_members(data: bytes, path: str, max_bytes: int) -> Iterator[_Member | Skipped]:
    seen: dict[str, int] = {}
    listed = 0
    with contextlib.ExitStack() as stack:
        try:
            archive = stack.enter_context(tarfile.open(fileobj=io.BytesIO(data), mode="r:*"))
        except _DAMAGE as exc:
            yield Skipped(path, "E111", f"archive could not be opened: {exc}")
            return
        while True:
            # a tar is a stream: damage ends it, and what came before is kept
            try:
                info = archive.next()
                if info is None:
                    return
                name = _member_name(info.name)
                if not info.isfile() or name == "":  # directories, links and devices hold no article
                    continue
                body = None
                if name is not None and info.size <= max_bytes:
                    stream = archive.extractfile(info)
                    body = stream.read() if stream else b""
            except _DAMAGE:
                yield Skipped(path, "E111", f"archive is truncated or corrupt after {listed} members")
                return
            listed += 1
            member = _unique(f"{path}#{name or info.name}", seen)
            if name is None:
                yield _unsafe(member)
            elif body is None:
                yield _too_large(member, str(info.size))
            else:
                yield _Member(member, name, body)


def _member_name(raw: str) -> str | None:
    """The member's path without `./`; "" for hidden members (dotfiles, `__MACOSX/`), None for unsafe ones."""
    parts = [part for part in re.split(r"[/\\]", raw) if part not in ("", ".")]
    if raw.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", raw) or ".." in parts:
        return None
    if any(part.startswith(".") or part == "__MACOSX" for part in parts):
        return ""
    return "/".join(parts)


def _unsafe(member: str) -> Skipped:
    return Skipped(member, "E112", "member path leaves the archive (absolute or with ..); not read")


def _too_large(member: str, size: str) -> Skipped:
    return Skipped(member, "E101", f"member is larger than ingest.max_file_mb ({size} bytes)")


def _unique(path: str, seen: dict[str, int]) -> str:
    """`path`, or `path#2`, `path#3`, … when a container holds the same name more than once."""
    seen[path] = seen.get(path, 0) + 1
    return path if seen[path] == 1 else f"{path}#{seen[path]}"
