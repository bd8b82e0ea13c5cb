"""Dates in news text as intervals of days, relative ones resolved against the article's own date.

"November 23, 2015" -> 2015-11-23; in an article of 2015-11-24, "yesterday" -> 2015-11-23, "on Monday" ->
2015-11-23 (the last Monday on or before it), "earlier this month" -> 2015-11-01/2015-11-23, "mid-November"
-> 2015-11-11/2015-11-20, "before the beginning of January" -> up to 2016-01-10 (the nearest January). A value
is a day number (days since 1970-01-01, unit "day") so that intervals compare like any quantity; `iso`
gives the same interval in ISO 8601 for readers. A relative date in an undated article is not read at all:
guessing its day would invent a fact.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

EPOCH = date(1970, 1, 1)
MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
# how a hedge before a date opens its interval: "since 2007" runs on, "before January" ends there
HEDGES = {"since": "from", "from": "from", "as early as": "from", "after": "after", "before": "before"}
HEDGES |= {"prior to": "before", "until": "until", "by": "until", "no later than": "until"}
# a date in a clause about what is to come is the next such day, not the last
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is to|are to|scheduled (?:for|to)|set (?:for|to)|due to|plans? to|expected to|"
    r"as soon as|ahead of|in advance of|upcoming)\b"
)
# where the clause of a weekday begins: "…will resign, an official said Friday" looks back at Friday
_CLAUSE_START = re.compile(r"[.;,:\n“”\"]\s*")

# Month names are matched capitalized only: "may" and "march" are a verb far more often than a month.
_MONTH = (
    r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_WEEKDAY_NAME = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_HEDGE = r"(?:(?P<hedge>(?i:since|after|from|before|until|by|no later than|as early as|prior to))\s+)?"
_FRAME = (
    rf"(?:{_HEDGE}|(?P<prep>(?i:in|of|during|on))\s+)"  # "in 2015": the preposition is no part of the date
)
_PART = r"(?P<part>(?i:early|mid|late|the (?:beginning|start|middle|end) of|the (?:first|second) half of))"

ISO_DAY = re.compile(rf"\b{_HEDGE}(?P<year>(?:1[89]|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")
MONTH_DAY = re.compile(
    rf"\b{_HEDGE}(?:(?:{_WEEKDAY_NAME}),?\s+)?{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?(?!\s*(?:%|percent))"
)
DAY_MONTH = re.compile(
    rf"\b{_HEDGE}(?:(?:{_WEEKDAY_NAME}),?\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?"
)
PART_OF_MONTH = re.compile(rf"\b{_HEDGE}{_PART}[\s-]{_MONTH}(?:,?\s+{_YEAR}\b)?")
MONTH_YEAR = re.compile(rf"\b{_HEDGE}{_MONTH},?\s+{_YEAR}\b")
# a month alone is a date only after a preposition or a modifier: "in January", "last March"
MONTH_ALONE = re.compile(
    rf"\b{_FRAME}?(?P<date>(?:(?P<which>(?i:last|next|this))\s+)?{_MONTH})"
    rf"(?!\s*\d)\b"
)
YEAR_ALONE = re.compile(rf"\b{_FRAME}?(?P<date>{_YEAR})\b(?![-–]\d)")
DAY_WORD = re.compile(
    r"\b(?P<word>the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow)\b"
    r"(?!['’]s)",
    re.I,
)
WEEKDAY = re.compile(
    rf"\b{_FRAME}?(?P<date>(?:(?P<which>(?i:last|next|this))\s+)?(?P<weekday>{_WEEKDAY_NAME}))"
    rf"(?!,?\s+(?:[0-3]?\d\b|{_MONTH}))"
)
PERIOD = re.compile(
    rf"\b{_HEDGE}(?:(?P<part>(?i:the (?:beginning|start|middle|end) of))\s+)?"
    r"(?P<when>(?i:earlier this|later this|earlier in the|earlier on in the|later in the|early this|"
    r"late this|early next|late last|earlier last|this|last|next|the past|the last|the))\s+"
    r"(?P<period>(?i:week|month|year|weekend))\b"
)
AGO = re.compile(
    r"\b(?P<num>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<period>days?|weeks?|months?|years?)\s+ago\b",
    re.I,
)
_SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_SMALL |= {"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}


def day_number(day: date) -> float:
    return float((day - EPOCH).days)


def day_of(number: float) -> date:
    return EPOCH + timedelta(days=int(number))


def iso(low: float | None, high: float | None) -> str:
    """ISO 8601 for a day interval: '2015-11-23', '2015-11-01/2015-11-20', '../2016-01-10' when open."""
    first = day_of(low).isoformat() if low is not None else ".."
    last = day_of(high).isoformat() if high is not None else ".."
    return first if first == last else f"{first}/{last}"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year_of(
    m: re.Match[str], month: int, published: date | None, tense: str | None, day: int = 1
) -> int | None:
    """The year of a month named without one: its next occurrence in a clause about the future, its last
    one up to the article in the past tense or after "since"; otherwise the nearest ("the Dec. 12 election"
    written in November)."""
    if m.groupdict().get("year"):
        return int(m.group("year"))
    if published is None:
        return None
    if HEDGES.get((m.groupdict().get("hedge") or "").lower()) in {"from", "after"}:
        tense = "past"
    today = (published.month, published.day)
    if tense == "future":  # a month alone is still to come until its last day
        return published.year if (month, day or 31) >= today else published.year + 1
    if tense == "past":
        return published.year - 1 if (month, day or 1) > today else published.year
    ahead = (month - published.month) % 12
    if 0 < ahead <= 3:
        return published.year + (0 if (month, day or 31) >= today else 1)
    return published.year - (1 if month > published.month else 0)


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


# A date reader takes the match, the article date and the tense of its clause ("past", "future" or None), and
# gives the first and last day it means.
Days = tuple[date, date]


def _iso_day(m: re.Match[str], published: date | None, tense: str | None) -> Days | None:
    try:
        day = date(int(m.group("year")), int(m.group("mon")), int(m.group("day")))
    except ValueError:
        return None
    return day, day


def _month_day(m: re.Match[str], published: date | None, tense: str | None) -> Days | None:
    month = _month_number(m.group("month"))
    year = _year_of(m, month, published, tense, int(m.group("day")))
    if year is None:
        return None
    try:
        day = date(year, month, int(m.group("day")))
    except ValueError:
        return None  # "February 30", or a figure after a month name that is no day
    return day, day


def _part_of_month(m: re.Match[str], published: date | None, tense: str | None) -> Days | None:
    month = _month_number(m.group("month"))
    year = _year_of(m, month, published, tense)
    if year is None:
        return None
    last = _month_end(year, month).day
    part = " ".join(m.group("part").lower().split())
    first_day, last_day = {
        "early": (1, 10), "the beginning of": (1, 10), "the start of": (1, 10), "mid": (11, 20),
        "the middle of": (11, 20), "late": (21, last), "the end of": (21, last),
        "the first half of": (1, 15), "the second half of": (16, last),
    }[part]  # fmt: skip
    return date(year, month, first_day), date(year, month, last_day)


def _framed(m: re.Match[str]) -> bool:
    """A month or year alone is a date only when framed: "in 2015", "since March", "last March"."""
    return any(m.groupdict().get(g) for g in ("hedge", "prep", "which"))


def _month_year(m: re.Match[str], published: date | None, tense: str | None) -> Days | None:
    if not (m.groupdict().get("year") or _framed(m)):
        return None
    month = _month_number(m.group("month"))
    which = (m.groupdict().get("which") or "").lower()
    year = _year_of(m, month, published, tense)
    if (
        which and published is not None
    ):  # "last March" in November is this year's, "last December" last year's
        year = published.year + {"last": -1, "next": 1, "this": 0}[which]
        if (which == "last" and month < published.month) or (which == "next" and month > published.month):
            year = published.year
    if year is None:
        return None
    return date(year, month, 1), _month_end(year, month)


def _year_alone(m: re.Match[str], published: date | None, tense: str | None) -> Days | None:
    if not _framed(m) or (m.group("prep") or "").lower() == "on":
        return None
    year = int(m.group("year"))
    return date(year, 1, 1), date(year, 12, 31)


def _day_word(m: re.Match[str], published: date | None, tense: str | None) -> Days | None:
    if published is None:
        return None
    shift = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
    shift["the day after tomorrow"] = 2
    day = published + timedelta(days=shift[" ".join(m.group("word").lower().split())])
    return day, day


def _weekday(m: re.Match[str], published: date | None, tense: str | None) -> Days | None:
    """The weekday nearest the article in the direction of its clause: the next one in a clause about the
    future, else the last one; a weekday that is the article's own is that day."""
    if published is None:
        return None
    which = (m.group("which") or "").lower()
    target = WEEKDAYS[m.group("weekday").lower()]
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if which == "next" or (tense == "future" and which != "last"):
        day = published + timedelta(days=ahead or 7)
    elif which == "last":
        day = published - timedelta(days=back or 7)
    else:
        day = published - timedelta(days=back)
    return day, day


def tense(text: str, start: int, doc: Any = None) -> str | None:
    """ "future" when the clause before a date speaks of what is to come ("will meet on …", "is scheduled
    for …"), "past" when the verb the date belongs to is in the past tense, else None."""
    window = max(0, start - 200)
    clause_start = max((c.end() for c in _CLAUSE_START.finditer(text, window, start)), default=window)
    if _FUTURE.search(text, clause_start, start):
        return "future"
    span = doc.char_span(start, start + 1, alignment_mode="expand") if doc is not None else None
    token = span[0] if span is not None and len(span) else None
    for _ in range(4):
        if token is None or token.head.i == token.i:
            break
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            # "won", "was named", "had left"; not "was leaving in February", a future seen from the past
            auxiliary = {c.tag_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
            if token.tag_ == "VBG" and auxiliary & {"VBZ", "VBP"}:
                return "future"  # "is heading to … for a speech Thursday"
            past = token.tag_ == "VBD" or (token.tag_ == "VBN" and "VBD" in auxiliary)
            return "past" if past else None
    return None


def _calendar_period(published: date, period: str, shift: int) -> Days:
    """The week (Monday to Sunday), weekend, month or year of the article date, shifted by `shift`."""
    if period in {"week", "weekend"}:
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=shift)
        return (monday + timedelta(days=5) if period == "weekend" else monday), monday + timedelta(days=6)
    if period == "month":
        year, month = divmod(published.year * 12 + published.month - 1 + shift, 12)
        return date(year, month + 1, 1), _month_end(year, month + 1)
    return date(published.year + shift, 1, 1), date(published.year + shift, 12, 31)


def _period(m: re.Match[str], published: date | None, tense: str | None) -> Days | None:
    when = m.group("when").lower().split()
    part = (m.group("part") or "").lower().split()[1:2]  # "the end of" -> ["end"]
    if published is None or (when == ["the"] and not part):
        return None
    period = m.group("period").lower()
    if when[0] == "the" and when[1:] in (["past"], ["last"]):  # "the past week": the days up to the article
        length = {"week": 7, "weekend": 3, "month": 30, "year": 365}[period]
        return published - timedelta(days=length), published
    shift = {"last": -1, "next": 1}.get(when[-1], 0)
    first, last = _calendar_period(published, period, shift)
    third = (last - first) / 3
    lead = (
        {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}.get(part[0])
        if part
        else when[0]
    )
    if lead == "earlier" and shift == 0:  # "earlier this month": before the article's day
        last = published - timedelta(days=1)
    elif lead == "later" and shift == 0:
        first = published + timedelta(days=1)
    elif lead == "early":
        last = first + third
    elif lead == "mid":
        first, last = first + third, last - third
    elif lead == "late":
        first = last - third
    return (first, last) if first <= last else None


def _ago(m: re.Match[str], published: date | None, tense: str | None) -> Days | None:
    if published is None:
        return None
    raw = m.group("num").lower()
    count = int(raw) if raw.isdigit() else _SMALL[raw]
    period = m.group("period").lower().rstrip("s")
    days = count * {"day": 1, "week": 7, "month": 30.44, "year": 365.25}[period]
    if period == "day":
        day = published - timedelta(days=count)
        return day, day
    # "three months ago" is said of anything in that month: a margin of half a period either way
    middle = published - timedelta(days=days)
    margin = timedelta(days=days / count / 2)
    return middle - margin, middle + margin


READERS: list[tuple[re.Pattern[str], Callable[[re.Match[str], date | None, str | None], Days | None]]] = [
    (ISO_DAY, _iso_day),
    (MONTH_DAY, _month_day),
    (DAY_MONTH, _month_day),
    (PART_OF_MONTH, _part_of_month),
    (MONTH_YEAR, _month_year),
    (MONTH_ALONE, _month_year),
    (YEAR_ALONE, _year_alone),
    (DAY_WORD, _day_word),
    (WEEKDAY, _weekday),
    (PERIOD, _period),
    (AGO, _ago),
]


def _bounds(days: Days, hedge: str | None) -> tuple[float | None, float | None]:
    low, high = day_number(days[0]), day_number(days[1])
    opens = HEDGES.get(hedge or "")
    if opens == "from":
        return low, None
    if opens == "after":
        return high + 1, None
    if opens == "before":
        return None, low - 1
    if opens == "until":
        return None, high
    return low, high


def dates(
    text: str, published: date | None, doc: Any = None
) -> Iterator[tuple[int, int, float | None, float | None, str | None]]:
    """(start, end, low, high, hedge) of every date phrase, read once by the first reader that takes it. The
    parsed `doc` of the text, when given, tells a past-tense clause ("won re-election in November")."""
    taken: list[tuple[int, int]] = []
    for pattern, read in READERS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            days = read(m, published, tense(text, m.start(), doc) if published else None)
            if days is None:
                continue
            taken.append((m.start(), m.end()))
            hedge = (m.groupdict().get("hedge") or "").lower() or None
            start = m.start("date") if m.groupdict().get("prep") else m.start()
            yield (start, m.end(), *_bounds(days, hedge), hedge)
