"""Clean: RawDocument -> Article with main text, title, outlet, date, url and language.

HTML goes through trafilatura. Plain-text dumps go through our own line rules: page-title lines
(`Headline | Outlet`), site chrome (menus, "Select Page", "Media ID: …", share/subscribe/cookie lines,
copyright footers), bylines, and repeated captions or credits (kept once). Everything taken out is
recorded in `Article.removed`, so a reader can check that nothing of the story was lost.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any
from urllib.parse import urlparse

import dateparser
import ftfy

from ..context import Context
from ..errors import InputError
from ..model import Article, RawDocument, Removed, Report, Skipped
from ..sources import Source, match_source

NAME = "clean"
LEVEL = "corpus"
REQUIRES = {"raw"}
PROVIDES = {"articles"}

_HEADER_ZONE = 12  # page chrome and title lines sit in the first lines of a scraped dump
_CHROME_EXACT = {
    "select page", "skip to content", "skip to main content", "skip to navigation", "menu", "main menu",
    "home", "search", "log in", "login", "sign in", "sign up", "register", "subscribe", "share", "tweet",
    "print", "email", "e-mail", "advertisement", "advertising", "sponsored", "related", "related articles",
    "related stories", "read more", "most read", "most popular", "trending", "comments", "close", "next",
    "previous", "back to top", "share this", "share this article", "share this story", "follow us",
    "newsletter", "listen", "listen to this article", "toggle navigation", "open menu", "close menu",
}  # fmt: skip
_SOCIAL = r"(facebook|twitter|x|whatsapp|email|linkedin|telegram|reddit)"
_CHROME_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (kind, re.compile(pattern, re.I))
    for kind, pattern in [
        ("id-line", r"^(media|image|photo|video|article|story|post)\s*(id|no\.?|number)\s*[:#]?\s*\w+$"),
        ("breadcrumb", r"^(home|news|world)\s*[>›»/|]\s*\S.{0,60}$"),
        ("share", r"^(share|tweet|post|send)( (it|this|on|via|to))?\b.{0,30}\b" + _SOCIAL + r"\W*$"),
        ("share", r"^share (this|on|via)\b.{0,40}$"),
        (
            "subscribe",
            r"^(subscribe|sign up|register)\b.{0,60}\b(newsletter|updates|alerts|free|today|now)\b",
        ),
        ("subscribe", r"^(get|receive) (our|the) .{0,40}newsletter"),
        (
            "cookie",
            r"\b(we use cookies|this (web)?site uses cookies|accept (all )?cookies"
            r"|cookie (policy|settings))\b",
        ),
        ("copyright", r"^(©|\(c\)|copyright\s*(©|\(c\)|\d{4})).{0,120}$"),
        ("copyright", r"^.{0,80}\ball rights reserved\.?$"),
        ("related", r"^(related|read more|read also|see also|more on this|recommended)\s*[:>»-].{0,200}$"),
        ("follow", r"^follow (us|@\w+)\b.{0,60}$"),
        ("advert", r"^(advertisement|sponsored content|ad)\s*[-:]?\s*$"),
        ("archive-banner", r"^.{0,60}\b(english|arabic|online)?\s*archive\s*\d{4}\s*[-–]\s*\d{4}\s*$"),
    ]
]
_BYLINE = re.compile(
    r"^(?i:by|written by|reporting by|story by)\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}"
    r"(\s*(,|and|&)\s*.{0,60})?$"
)
_CAPTION_CREDIT = re.compile(
    r"(\((?:photo[:/ ]\s*)?[A-Z][\w .&/'’-]{1,40}\)|\b(photo|image|picture|credit)s?\s*[:/]\s*\S.{0,40})\s*$",
    re.I,
)
_TITLE_SEP = re.compile(r"\s+[|–—]\s+|\s+-\s+(?=[^-]{2,60}$)")
_BANNER_WORDS = re.compile(
    r"\b(english|arabic|online|official( site)?|archive|home ?page|website|edition|news ?site)\b"
    r"|\d{4}\s*[-–]?\s*(\d{4})?",
    re.I,
)
_NAV_WORDS = {
    "home", "news", "world", "politics", "opinion", "business", "sport", "sports", "culture", "arts",
    "tech", "technology", "science", "health", "middle-east", "middle", "east", "arab", "local", "national",
    "economy", "lifestyle", "entertainment", "video", "photos", "latest", "breaking", "international",
    "analysis", "features", "travel", "media", "region", "africa", "asia", "europe", "americas", "us", "uk",
}  # fmt: skip
_DATE_LINE = re.compile(
    r"^(published|updated|posted|date)?\s*:?\s*((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
    r"(\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(\s*(at\s*)?\d{1,2}[:.]\d{2}\s*(am|pm|[A-Z]{2,4})?)?\s*$",
    re.I,
)


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    outlet: str | None = None
    outlet_from: str | None = None
    date: str | None = None
    url: str | None = None
    removed: list[Removed] = field(default_factory=list)


def _norm(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip()


def _key(line: str) -> str:
    """Comparison form of a line: case, quotes and spacing do not make two lines different."""
    text = unicodedata.normalize("NFKC", line).lower().replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\W+", " ", text).strip()


def chrome_kind(line: str) -> str | None:
    """The kind of site chrome a whole line is, or None when it may be content."""
    text = _norm(line)
    low = text.lower().rstrip(":.!")
    for kind, pattern in _CHROME_PATTERNS:
        if pattern.search(text):
            return kind
    return "nav" if low in _CHROME_EXACT else None


def is_caption(line: str) -> bool:
    return bool(_CAPTION_CREDIT.search(line)) and len(line.split()) <= 60


def split_title_line(line: str) -> tuple[str, str] | None:
    """`Headline | Outlet` -> (headline, outlet part) when the line looks like a page title."""
    text = _norm(line)
    if len(text) > 300 or text.endswith((".", '"', "”")) and " | " not in text:
        return None
    parts = _TITLE_SEP.split(text)
    if len(parts) < 2:
        return None
    head, site = " | ".join(parts[:-1]).strip(), parts[-1].strip()
    if not head or not site or len(site.split()) > 10:
        return None
    return head, site


def _outlet_name(raw_sites: list[str]) -> str | None:
    """A readable outlet name from the `| Outlet` parts of title lines (banners and year ranges removed)."""
    names = [_norm(_BANNER_WORDS.sub(" ", s)).strip(" -–|:") for s in raw_sites]
    names = [n for n in names if n and any(ch.isalpha() for ch in n)]
    if not names:
        return None
    counts = Counter(n.lower() for n in names)
    best_key = max(counts, key=lambda k: (counts[k], -len(k)))
    variants = [n for n in names if n.lower() == best_key]
    return _best_casing(variants)


def _best_casing(variants: list[str]) -> str:
    """Join variants word by word, preferring a word written in title case over ALL CAPS or all lower."""
    words = [re.split(r"(\s+|-)", v) for v in variants]
    out = []
    for pieces in zip(*words, strict=False):
        good = [p for p in pieces if p[:1].isupper() and not p.isupper()]
        if good:
            out.append(good[0])
        elif pieces[0].isalpha() and (pieces[0].isupper() and len(pieces[0]) > 4 or pieces[0].islower()):
            out.append(pieces[0].capitalize())
        else:
            out.append(pieces[0])
    return "".join(out)


def _bare_headline(line: str) -> bool:
    """A first line that reads as a headline: short, no closing punctuation, not chrome or a date."""
    text = _norm(line)
    words = text.split()
    return (
        3 <= len(words) <= 20
        and not re.search(r"[.!?:;,\"”’)]$", text)
        and chrome_kind(text) is None
        and not _DATE_LINE.match(text)
        and not _looks_nav(text)
    )


def _looks_nav(text: str) -> bool:
    words = re.findall(r"[\w-]+", text.lower())
    return bool(words) and sum(w in _NAV_WORDS for w in words) / len(words) >= 0.6


def _unwrap(blocks: list[list[str]]) -> list[str]:
    """Paragraphs from blocks of lines; hard-wrapped lines inside a block are joined with spaces."""
    lines = [line for block in blocks for line in block]
    multi = [b for b in blocks if len(b) > 1]
    wrapped = bool(multi) and sum(40 <= len(line) <= 100 for line in lines) >= 0.6 * len(lines)
    if wrapped:
        return [" ".join(_norm(line) for line in block) for block in blocks]
    return [_norm(line) for block in blocks for line in block]


def clean_text(raw: str) -> Cleaned:
    """Plain-text dump -> main text, with title, outlet and date from the header lines when present."""
    text = (
        ftfy.fix_text(raw, uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False)
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u00a0", " ")
    )
    lines = text.split("\n")
    removed: list[Removed] = []
    title_lines: list[tuple[int, str, str]] = []
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    for i in nonempty[:_HEADER_ZONE]:
        parts = split_title_line(lines[i])
        if parts and (" | " in lines[i] or i == nonempty[0]):
            title_lines.append((i, *parts))
    title = None
    if title_lines:
        headline = max(title_lines, key=lambda t: (not _looks_nav(t[1]), len(t[1].split())))
        title = headline[1]
    elif nonempty and _bare_headline(lines[nonempty[0]]):
        title = _norm(lines[nonempty[0]])
        title_lines.append((nonempty[0], title, ""))
    drop: dict[int, str] = {
        i: ("title" if title and head == title else "site-title") for i, head, _ in title_lines
    }
    date = None
    body_started = False
    seen: dict[str, int] = {}
    for position, i in enumerate(nonempty):
        if i in drop:
            continue
        line = _norm(lines[i])
        in_header = not body_started and position < _HEADER_ZONE
        kind = chrome_kind(line)
        if kind is None and in_header and _BYLINE.match(line):
            kind = "byline"
        if kind is None and in_header and _DATE_LINE.match(line):
            kind = "dateline"
            date = date or _parse_date(line)
        if kind is None and title and _key(line) == _key(title):
            kind = "title"
        if kind is None and len(line.split()) >= 5:
            key = _key(line)
            if key in seen:
                kind = "caption-repeat" if is_caption(line) else "repeat"
            seen.setdefault(key, i)
        if kind is None and in_header and len(line.split()) <= 3 and not re.search(r"[.!?\"”]$", line):
            kind = "nav"
        if kind is not None:
            drop[i] = kind
        elif len(line.split()) >= 8 and not is_caption(line):
            body_started = True
    for i in sorted(drop):
        removed.append(Removed(drop[i], _norm(lines[i])))
    blocks: list[list[str]] = []
    current: list[str] = []
    for i, line in enumerate(lines):
        if not line.strip() or i in drop:
            if current and not line.strip():
                blocks.append(current)
                current = []
            continue
        current.append(line)
    if current:
        blocks.append(current)
    paragraphs = _unwrap(blocks)
    outlet = _outlet_name([site for _, _, site in title_lines if site])
    return Cleaned(
        text="\n\n".join(p for p in paragraphs if p),
        title=title,
        outlet=outlet,
        outlet_from="title-line" if outlet else None,
        date=date,
        removed=removed,
    )


def _parse_date(text: str) -> str | None:
    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": False})
    return parsed.date().isoformat() if parsed else None


def clean_html(raw: str, url: str | None = None) -> Cleaned:
    """HTML page -> main text and metadata through trafilatura; its text is then cleaned as plain text."""
    import trafilatura

    doc: Any = trafilatura.bare_extraction(
        raw, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if doc is None or not (doc.text or "").strip():
        raise InputError("E108", "no article text found in the page", "is it an article page, not an index?")
    inner = clean_text(doc.text)
    if not inner.text.strip():
        raise InputError("E108", "no article text found in the page: only navigation and site chrome")
    page_title = _norm(doc.title) if doc.title else None
    parts = split_title_line(page_title) if page_title else None
    title = parts[0] if parts else page_title or inner.title
    text = inner.text
    first, _, rest = text.partition("\n\n")
    if title and _key(first) == _key(title):  # trafilatura keeps the headline as the first paragraph
        inner.removed.insert(0, Removed("title", first))
        text = rest
    outlet: str | None
    outlet_from: str | None
    if doc.sitename:
        outlet, outlet_from = doc.sitename, "meta"
    elif parts:
        outlet, outlet_from = parts[1], "title-line"
    else:
        outlet, outlet_from = inner.outlet, inner.outlet_from
    return Cleaned(
        text=text,
        title=title,
        outlet=_norm(outlet) if outlet else None,
        outlet_from=outlet_from,
        date=doc.date or inner.date,
        url=doc.url or url,
        removed=inner.removed,
    )


def outlet_from_url(url: str | None) -> str | None:
    host = urlparse(url).hostname if url else None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def outlet_from_filename(path: str) -> str:
    """A name from the file name: words kept, counters and hashes dropped ("003_7ec6…" stays as is)."""
    stem = PurePath(path.split("#", 1)[0]).stem
    words = [w for w in re.split(r"[_\-.\s]+", stem) if w and not re.fullmatch(r"\d+|[0-9a-f]{8,}", w, re.I)]
    return " ".join(w.capitalize() for w in words) if words else stem


_STOPWORDS = {
    "en": [
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "was",
        "by",
        "at",
        "from",
        "he",
        "it",
        "said",
        "his",
        "be",
        "an",
        "are",
        "has",
        "have",
        "not",
    ],
    "fr": [
        "le",
        "la",
        "les",
        "de",
        "des",
        "et",
        "est",
        "un",
        "une",
        "du",
        "que",
        "pour",
        "dans",
        "sur",
        "par",
        "au",
        "pas",
        "qui",
        "avec",
        "il",
        "elle",
        "sont",
    ],
    "de": [
        "der",
        "die",
        "das",
        "und",
        "ist",
        "nicht",
        "ein",
        "eine",
        "zu",
        "den",
        "von",
        "mit",
        "sich",
        "des",
        "auf",
        "für",
        "im",
        "dem",
        "auch",
        "es",
    ],
    "es": [
        "el",
        "la",
        "los",
        "las",
        "de",
        "y",
        "que",
        "en",
        "un",
        "una",
        "es",
        "por",
        "con",
        "para",
        "del",
        "se",
        "no",
        "al",
        "lo",
        "como",
    ],
    "it": [
        "il",
        "la",
        "di",
        "che",
        "e",
        "un",
        "una",
        "per",
        "non",
        "sono",
        "del",
        "della",
        "con",
        "nel",
        "si",
        "gli",
        "le",
        "da",
        "al",
    ],
    "pt": [
        "o",
        "a",
        "os",
        "as",
        "de",
        "e",
        "que",
        "em",
        "um",
        "uma",
        "do",
        "da",
        "para",
        "com",
        "não",
        "no",
        "na",
        "por",
        "se",
    ],
    "nl": [
        "de",
        "het",
        "een",
        "en",
        "van",
        "is",
        "dat",
        "in",
        "op",
        "te",
        "zijn",
        "met",
        "voor",
        "niet",
        "er",
        "aan",
        "die",
    ],
}


def detect_language(text: str) -> str | None:
    """ISO 639-1 code from stopword shares (Latin script) or the dominant script; None when unsure."""
    sample = text[:5000]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return None
    scripts = Counter(unicodedata.name(ch, "X").split()[0] for ch in letters)
    script, count = scripts.most_common(1)[0]
    if count / len(letters) > 0.5 and script in {
        "ARABIC",
        "CYRILLIC",
        "CJK",
        "HEBREW",
        "GREEK",
        "DEVANAGARI",
    }:
        return {
            "ARABIC": "ar",
            "CYRILLIC": "ru",
            "CJK": "zh",
            "HEBREW": "he",
            "GREEK": "el",
            "DEVANAGARI": "hi",
        }[script]
    words = re.findall(r"[^\W\d_]+", sample.lower())
    if len(words) < 5:
        return None
    shares = {lang: sum(w in set(stop) for w in words) / len(words) for lang, stop in _STOPWORDS.items()}
    lang, share = max(shares.items(), key=lambda kv: kv[1])
    return lang if share >= 0.08 else None


def clean_document(raw: RawDocument, article_id: str, sources: list[Source], min_chars: int = 0) -> Article:
    """One RawDocument -> Article, metadata filled from the document, the sources map, URL, then file name."""
    meta = raw.meta
    cleaned = clean_html(raw.text, meta.get("url")) if raw.kind == "html" else clean_text(raw.text)
    if len(cleaned.text) < min_chars:
        raise InputError(
            "E108",
            f"no article text found: {len(cleaned.text)} characters left after cleaning "
            f"(clean.min_chars={min_chars})",
        )
    source = match_source(sources, raw.path)
    outlet, outlet_from = cleaned.outlet, cleaned.outlet_from
    if meta.get("outlet"):
        outlet, outlet_from = meta["outlet"], "meta"
    if source and source.outlet:
        outlet, outlet_from = source.outlet, "sources"
    url = meta.get("url") or cleaned.url or (source.url if source else None)
    if not outlet and outlet_from_url(url):
        outlet, outlet_from = outlet_from_url(url), "url"
    if not outlet:
        outlet, outlet_from = outlet_from_filename(raw.path), "filename"
    date = meta.get("date") or (source.date if source else None) or cleaned.date
    return Article(
        id=article_id,
        path=raw.path,
        text=cleaned.text,
        title=meta.get("title") or cleaned.title,
        outlet=outlet,
        outlet_from=outlet_from,
        date=_iso_date(date),
        url=url,
        language=detect_language(cleaned.text),
        removed=cleaned.removed,
    )


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return value
    return _parse_date(value) or None


def run(report: Report, ctx: Context) -> Report:
    for raw in ctx.progress.iterate(report.raw, "clean"):
        try:
            article = clean_document(raw, "", ctx.sources, ctx.settings.clean.min_chars)
        except InputError as exc:
            report.skipped.append(Skipped(raw.path, exc.code, exc.message))
            continue
        article.id = ctx.new_id("a")
        report.articles.append(article)
    report.raw = []
    return report
