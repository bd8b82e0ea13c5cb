"""Bytes to text: a BOM, then a declared charset, then UTF-8, then charset-normalizer; and telling HTML apart.

Shared by ingest (files on disk, archive members) and the container readers (WARC responses, feed items).
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from .errors import InputError

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
# Browsers read these labels as windows-1252 (WHATWG Encoding), so pages labelled latin-1 carry cp1252 quotes.
_WEB_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_CONTENT_TYPE_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_HTML_SNIFF = re.compile(
    rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_HTML_FRAGMENT = re.compile(r"<(p|div|br|article|section|h[1-6]|ul|ol|li|blockquote|span|a)\b[^>]*>", re.I)
_WEB_PREFERENCE = {
    name: rank
    for rank, name in enumerate(["utf_8", "cp1252", "latin_1", "cp1251", "cp1256", "iso8859_15", "cp1250"])
}


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Bytes to text and the encoding used; raises InputError for binary or undecodable input."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if _looks_binary(data):
        raise InputError("E104", "binary file, not text", "give newsprism text, HTML or JSONL files")
    candidates = [_WEB_ALIASES.get(declared.lower(), declared)] if declared else []
    if _is_non_ascii_utf8(data):  # valid UTF-8 with non-ASCII bytes is UTF-8, whatever a page declares
        candidates.insert(0, "utf-8")
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


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text saved without a byte-order mark: every other byte is zero where the text is ASCII."""
    head = data[:4096]
    if len(head) < 8:
        return None
    even_zero = head[0::2].count(0) / len(head[0::2])
    odd_zero = head[1::2].count(0) / len(head[1::2])
    encoding = "utf-16-le" if odd_zero > 0.3 and even_zero < 0.05 else None
    encoding = "utf-16-be" if even_zero > 0.3 and odd_zero < 0.05 else encoding
    if encoding is None:
        return None
    try:
        text = data[: len(data) - len(data) % 2].decode(encoding)
    except UnicodeDecodeError:
        return None
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text[:2000])
    return (text, encoding) if printable >= 0.95 * len(text[:2000]) else None


def _is_non_ascii_utf8(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return control > max(8, len(head) // 50)


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its top, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def header_charset(content_type: str) -> str | None:
    """The charset parameter of an HTTP Content-Type header, if any."""
    match = _CONTENT_TYPE_CHARSET.search(content_type)
    return match.group(1) if match else None


def is_html_page(data: bytes) -> bool:
    """Whether bytes open like an HTML document (doctype, <html>, <head> or <body>)."""
    return _HTML_SNIFF.match(data[:4096]) is not None


def looks_like_html(text: str) -> bool:
    """Whether a text (a JSON field, a feed item) is an HTML page or carries block-level markup."""
    head = text[:4096]
    return is_html_page(head.encode("utf-8", "replace")) or _HTML_FRAGMENT.search(head) is not None
