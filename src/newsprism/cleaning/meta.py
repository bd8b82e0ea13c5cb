"""Metadata helpers: dates (from text, URLs, datelines), outlet names from URLs and file names, language."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import PurePath
from urllib.parse import urlparse

from dateparser.date import DateDataParser

# Dates written into article URLs: /2019/11/19/ (or /2019/11/8/), 2019-11-19, -20191119/.
_URL_DATES = [
    re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$)"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)"),
]
_STOPWORD_TEXT = {
    "en": "the and of to in is that for on with as was by at from he it said his be an are has have not",
    "fr": "le la les de des et est un une du que pour dans sur par au pas qui avec il elle sont",
    "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es",
    "es": "el la los las de y que en un una es por con para del se no al lo como",
    "it": "il la di che e un una per non sono del della con nel si gli le da al",
    "pt": "o a os as de e que em um uma do da para com não no na por se",
    "nl": "de het een en van is dat in op te zijn met voor niet er aan die",
}
_STOPWORDS = {lang: frozenset(text.split()) for lang, text in _STOPWORD_TEXT.items()}
_SCRIPTS = {"ARABIC": "ar", "CYRILLIC": "ru", "CJK": "zh", "HIRAGANA": "ja", "KATAKANA": "ja", "HANGUL": "ko",
            "HEBREW": "he", "GREEK": "el", "DEVANAGARI": "hi", "THAI": "th"}  # fmt: skip


# Languages tried for dates written in words; letting dateparser try all its ~200 locales costs ~0.4 s
# a line.
DATE_LANGUAGES = ["en", "fr", "de", "es", "pt", "it", "nl", "ru", "ar", "tr", "pl", "id"]


@lru_cache(maxsize=1)
def _date_parser() -> DateDataParser:
    settings = {"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first"}
    return DateDataParser(languages=DATE_LANGUAGES, settings=settings)


def parse_date(text: str) -> str | None:
    """ISO day of a date written in words or digits ("March 3, 2024", "3 mars 2024"), or None."""
    parsed = _date_parser().get_date_data(text).date_obj
    return parsed.date().isoformat() if parsed else None


def iso_date(value: str | None) -> str | None:
    """An ISO 8601 day from any date value a page, a feed or a sources file gives."""
    if not value:
        return None
    match = re.match(r"(\d{4}-\d{2}-\d{2})", value.strip())
    return match.group(1) if match else parse_date(value)


def date_from_url(url: str | None) -> str | None:
    """The publication day a URL spells out, ISO, or None (impossible days such as 2019-13-40 included)."""
    for pattern in _URL_DATES:
        for match in pattern.finditer(url or ""):
            year, month, day = (int(part) for part in match.groups())
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                continue
    return None


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


def detect_language(text: str) -> str | None:
    """ISO 639-1 code from the dominant script, or from stopword shares in Latin script; None when unsure."""
    sample = text[:5000]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return None
    scripts = Counter(unicodedata.name(ch, "X").split()[0] for ch in letters)
    if (scripts["HIRAGANA"] + scripts["KATAKANA"]) / len(letters) > 0.05:  # kana: Japanese, even among kanji
        return "ja"
    script, count = scripts.most_common(1)[0]
    if count / len(letters) > 0.5 and script in _SCRIPTS:
        return _SCRIPTS[script]
    words = re.findall(r"[^\W\d_]+", sample.lower())
    if len(words) < 5:
        return None
    shares = {lang: sum(w in stop for w in words) / len(words) for lang, stop in _STOPWORDS.items()}
    lang, share = max(shares.items(), key=lambda kv: kv[1])
    return lang if share >= 0.08 else None
