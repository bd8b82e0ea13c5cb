"""Quantity phrases in news text: dates, times, durations, ages, money, percentages, casualty figures, counts
and ordinals, each as an interval.

"three to four hours" -> [10800, 14400] s; "a 46-year-old" -> age 46; "$5bn" -> 5e9 USD; "2 percentage
points" -> 2 pp; "tens of thousands of pages" -> [20000, 99999] page; "Cesar Sayoc, 56," -> age 56;
"yesterday" -> the day before the article's date (see `dates`); "his first visit in 8 years" -> 8 years
since the last visit; "his third term" -> ordinal 3; "left about 80 dead" -> [72, 88] killed; "around 2pm"
-> [825, 855] minutes after midnight. A phrase is read once: the first pattern that takes a
stretch of text keeps it, and dates are read first ("23 November" is no count of Novembers).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from .dates import dates, iso
from .numbers import HEDGE, NUMBER, VAGUE, interval, number

SECONDS = {
    "second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800, "fortnight": 1209600,
    "month": 2629800, "year": 31557600, "decade": 315576000, "century": 3155760000,
}  # fmt: skip
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB"}
CURRENCY_CODES = {"USD", "EUR", "GBP", "JPY", "CNY", "RUB", "INR", "CHF", "CAD", "AUD", "IRR"}
CURRENCY_WORDS = {
    "dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "ruble": "RUB", "rouble": "RUB", "rupee": "INR", "rial": "IRR", "franc": "CHF",
}  # fmt: skip

_DOLLARS = {"US": "USD", "A": "AUD", "C": "CAD", "HK": "HKD"}
_UNIT = rf"(?P<unit>centur(?:y|ies)|(?:{'|'.join(SECONDS)})s?)"
_HEDGED = rf"(?:(?P<hedge>{HEDGE})\s+)?"
_RANGE = rf"(?:(?P<between>between)\s+)?(?P<num>{NUMBER})\s*(?P<sep>to|-|–|and)\s*(?P<num2>{NUMBER})"
_SCALED = r"\d[\d,]*(?:\.\d+)?(?:\s*(?:hundred|thousand|million|billion|trillion)\b|(?:bn|mn|tn|[kmb])\b)?"
_CURRENCY_WORD = "|".join(CURRENCY_WORDS)

AGE = re.compile(rf"\b(?:a\s+|an\s+)?(?P<num>{NUMBER})[\s-]year[\s-]old\b", re.I)
AGE_RANGE = re.compile(rf"\b{_RANGE}\s+years?\s+old\b", re.I)
DURATION_RANGE = re.compile(rf"\b{_RANGE}[\s-]+{_UNIT}\b", re.I)
DURATION = re.compile(rf"\b{_HEDGED}(?P<num>{NUMBER})[\s-]+{_UNIT}(?P<half>\s+and\s+a\s+half)?\b", re.I)
MONEY_BEFORE = re.compile(
    rf"(?:\b{_HEDGED})?(?P<cur>(?:US|U\.S\.|A|C|HK)?[$€£¥₹₽]|\b(?:{'|'.join(CURRENCY_CODES)})\s?)"
    rf"(?P<num>{_SCALED})",
    re.I,
)
MONEY_AFTER = re.compile(
    rf"\b{_HEDGED}(?P<num>{NUMBER})\s+(?P<word>{_CURRENCY_WORD})s?(?P<sterling>\s+sterling)?\b", re.I
)
_PER_CENT = r"(?:%|per\s?cent\b)"
PERCENT_RANGE = re.compile(
    rf"\b(?:(?P<between>between)\s+)?(?P<num>{NUMBER})\s*(?:{_PER_CENT}\s*)?(?P<sep>to|-|–|and)\s*"
    rf"(?P<num2>{NUMBER})\s*{_PER_CENT}",
    re.I,
)
PERCENT = re.compile(
    rf"\b{_HEDGED}(?P<num>{NUMBER})\s*(?P<unit>%|per\s?cent(?:age)?\s+points?\b|per\s?cent\b|points?\b)", re.I
)
# no hedge before a vague plural: "turned over thousands of documents" hands them over
VAGUE_COUNT = re.compile(
    rf"\b(?P<vague>{'|'.join(sorted(VAGUE, key=len, reverse=True))})\s+of\s+(?P<noun>[a-z][a-z-]+)", re.I
)
COUNT_RANGE = re.compile(rf"\b{_RANGE}\s+(?P<noun>[a-z][a-z-]+)", re.I)
COUNT = re.compile(rf"(?<![\d][-–])\b{_HEDGED}(?P<num>{NUMBER})\s+(?P<noun>[a-z][a-z-]+)", re.I)
# a word that makes the number after it a label, not a count: "a Category 3 storm", "Type 2 diabetes",
# "Chapter 11 bankruptcy", "Flight 370 passengers"
_LABEL = re.compile(
    r"\b(?:category|level|stage|phase|type|class|grade|tier|no\.|number|section|chapter|article|title|route|"
    r"flight|interstate|highway|game|round|proposition|amendment|model|version|season|episode|part|gate|"
    r"terminal|room|ward|district|precinct)\s*$",
    re.I,
)
AGE_APPOSITION = re.compile(r"(?<=\w),\s(?P<num>\d{1,3}),\s")
# casualty figures: "50 people were killed", "left about 80 dead", "killing at least 17 people", "the death
# toll rose to 56"; the unit says whether they died or were hurt
_TOLL = {"killed": "killed", "dead": "killed", "died": "killed", "kills": "killed", "killing": "killed",
         "wounded": "injured", "injured": "injured", "hurt": "injured", "wounding": "injured",
         "injuring": "injured"}  # fmt: skip
CASUALTY_AFTER = re.compile(
    rf"\b{_HEDGED}(?P<num>{NUMBER})(?:\s+(?:people|persons|others|civilians|[a-z]+s))?\s+"
    r"(?:(?:were|have\s+been|had\s+been|was|are|are\s+reported|were\s+reported)\s+)?"
    r"(?P<toll>killed|dead|died|wounded|injured|hurt)\b",
    re.I,
)
CASUALTY_BEFORE = re.compile(
    rf"\b(?P<toll>killing|killed|kills|wounding|wounded|injuring|injured)\s+{_HEDGED}(?P<num>{NUMBER})\b"
    r"(?!\s*(?:%|percent|years?|days?|hours?|times))",
    re.I,
)
# a toll of those who died at one place is part of the toll, not the toll: "Two people died on the scene"
# beside "killed three people" (the third died in hospital) is no disagreement; such a toll has the place in
# its unit, so that it is compared only with the toll of the same place
_PART_OF_TOLL = re.compile(
    r"\s*(?:later\s+)?(?:(?P<scene>(?:on|at)\s+the\s+scene)"
    r"|(?P<hospital>(?:at|in)\s+(?:(?:the|a|an)\s+)?(?:\w+\s+)?hospital))\b",
    re.I,
)
DEATH_TOLL = re.compile(
    rf"\bdeath toll\b[^.;:]{{0,60}}?\b(?:to|at|of|is|was|reached|stands at)\s+(?:now\s+)?"
    rf"{_HEDGED}(?P<num>{NUMBER})\b",
    re.I,
)
# times of day: "at 11am", "10:54 am", "around 2pm", "at noon"
TIME = re.compile(
    rf"\b{_HEDGED}(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s?(?P<half>a\.m\.|p\.m\.|am\b|pm\b)"
    r"|\b(?P<word>noon|midnight)\b",
    re.I,
)
# a span of time of day with an hour at each end: "between 6:45 and 7 p.m.", "from 6:45 p.m. to 6:55 p.m."
_HALF = r"a\.m\.|p\.m\.|am\b|pm\b"
TIME_RANGE = re.compile(
    rf"\b(?:between|from)\s+(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s?(?P<half>{_HALF})?\s+(?:and|to|-|–)\s+"
    rf"(?P<hour2>[01]?\d)(?::(?P<minute2>[0-5]\d))?\s?(?P<half2>{_HALF})",
    re.I,
)
# "the first visit in 8 years", "for the first time in nearly a decade": the time since the last one
SINCE = re.compile(
    rf"\b(?:first|only)\b(?:\s+[\w’'-]+){{0,5}}?\s+(?P<since>in\s+{_HEDGED}(?P<num>{NUMBER})\s+{_UNIT})\b",
    re.I,
)
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
# lower case only: a capitalized ordinal is mostly a name ("Third World War", "First Amendment")
ORDINAL = re.compile(rf"\b(?P<ord>{'|'.join(ORDINALS)}|\d+(?:st|nd|rd|th))\s+(?P<noun>[a-z][a-z-]+)")


@dataclass
class Found:
    """A quantity phrase: its span, kind, interval in `unit` (None = open) and the hedge that made it."""

    start: int
    end: int
    kind: str
    low: float | None
    high: float | None
    unit: str
    hedge: str | None = None
    noun_start: int | None = None  # where the counted noun is ("20 countries"), to attach what is counted
    iso: str | None = None  # a date's interval in ISO 8601 ("2015-11-23", "2015-11-11/2015-11-20")


def _is_year(num: str) -> bool:
    return bool(re.fullmatch(r"(1[89]|20)\d\d", num))


def _range(m: re.Match[str], scale: float = 1) -> tuple[float, float] | None:
    """[low, high] of "three to four", "10-20", "between 12 and 16" (or "between 16 and 12"); "and" alone
    joins two figures, and "20-10" without "between" is a score, no span."""
    if m.group("sep").lower() == "and" and not m.group("between"):
        return None
    low, high = number(m.group("num")), number(m.group("num2"))
    if low is not None and high is not None and m.group("between") and low > high:
        low, high = high, low  # "between 49,000 and 46,000 years ago": either end may come first
    if low is None or high is None or low >= high:
        return None
    return low * scale, high * scale


def _unit_seconds(unit: str) -> float:
    unit = unit.lower()
    return SECONDS["century" if unit.startswith("centur") else unit.removesuffix("s")]


def _hedged(m: re.Match[str], value: float | None, kind: str, unit: str) -> Found | None:
    if value is None:
        return None
    hedge = m.group("hedge")
    low, high = interval(value, hedge)
    return Found(m.start(), m.end(), kind, low, high, unit, hedge and hedge.lower())


def _ages(m: re.Match[str]) -> Found | None:
    value = number(m.group("num"))
    return Found(m.start(), m.end(), "age", value, value, "year") if value is not None else None


def _age_ranges(m: re.Match[str]) -> Found | None:
    bounds = _range(m)
    return Found(m.start(), m.end(), "age", *bounds, "year") if bounds else None


def _duration_ranges(m: re.Match[str]) -> Found | None:
    bounds = _range(m, _unit_seconds(m.group("unit")))
    return Found(m.start(), m.end(), "duration", *bounds, "s") if bounds else None


def _durations(m: re.Match[str]) -> Found | None:
    value = number(m.group("num"))
    if value is not None and m.group("half"):
        value += 0.5
    return _hedged(m, None if value is None else value * _unit_seconds(m.group("unit")), "duration", "s")


def _money_before(m: re.Match[str]) -> Found | None:
    sign = m.group("cur").strip()
    currency = sign.upper()
    if currency not in CURRENCY_CODES:  # "$", "US$", "A$", "€"
        prefix = currency[:-1].replace(".", "")
        currency = _DOLLARS.get(prefix) or CURRENCY_SIGNS[sign[-1]]
    return _hedged(m, number(m.group("num")), "money", currency)


def _money_after(m: re.Match[str]) -> Found | None:
    word = m.group("word").lower()
    scaled = re.search(r"(hundred|thousand|million|billion|trillion)$", m.group("num"), re.I)
    if word == "pound" and not (scaled or m.group("sterling")):
        return None  # "215 pounds" weighs; "5 million pounds" and "300 pounds sterling" pay
    return _hedged(m, number(m.group("num")), "money", CURRENCY_WORDS[word])


def _percent_ranges(m: re.Match[str]) -> Found | None:
    bounds = _range(m)
    return Found(m.start(), m.end(), "percent", *bounds, "%") if bounds else None


def _percents(m: re.Match[str]) -> Found | None:
    unit = m.group("unit").lower()
    if unit.startswith("point"):
        return None  # "points" alone are scores or index points, not a share
    return _hedged(m, number(m.group("num")), "percent", "pp" if "point" in unit else "%")


def _vague(m: re.Match[str]) -> Found | None:
    low, high = VAGUE[" ".join(m.group("vague").lower().split())]
    currency = CURRENCY_WORDS.get(m.group("noun").lower().removesuffix("s"))
    if currency:  # "millions of dollars"
        return Found(m.start(), m.end(), "money", low, high, currency)
    return Found(m.start(), m.end(), "count", low, high, "", None, m.start("noun"))


def _labelled(m: re.Match[str]) -> bool:
    """Whether the number is a label's ("Category 3 storm"), which counts nothing."""
    return bool(_LABEL.search(m.string, max(0, m.start() - 20), m.start()))


def _count_ranges(m: re.Match[str]) -> Found | None:
    if _is_year(m.group("num")) or _is_year(m.group("num2")) or _labelled(m):
        return None  # "2014 to 2016 elections" are years; "Level 2 to 3 alerts" labels
    bounds = _range(m)
    return Found(m.start(), m.end(), "count", *bounds, "", None, m.start("noun")) if bounds else None


def _counts(m: re.Match[str]) -> Found | None:
    num = m.group("num").lower()
    if num in {"a", "an", "one", "half"} or _is_year(num) or _labelled(m):
        return None
    found = _hedged(m, number(num), "count", "")
    if found is not None:
        found.noun_start = m.start("noun")
    return found


def _casualties(m: re.Match[str]) -> Found | None:
    if m.group("num").lower() in {"a", "an"}:
        return None
    unit = _TOLL[m.group("toll").lower()]
    part = _PART_OF_TOLL.match(m.string, m.end()) if unit == "killed" else None
    if part:
        unit = "killed on the scene" if part.group("scene") else "killed in hospital"
    found = _hedged(m, number(m.group("num")), "casualties", unit)
    if found is not None and m.start("toll") < m.start(
        "num"
    ):  # "killing at least 17": the figure, not the verb
        found.start = m.start("hedge") if m.group("hedge") else m.start("num")
    return found


def _death_toll(m: re.Match[str]) -> Found | None:
    found = _hedged(m, number(m.group("num")), "casualties", "killed")
    if found is not None:
        found.start = m.start("hedge") if m.group("hedge") else m.start("num")
    return found


def _times(m: re.Match[str]) -> Found | None:
    """A time of day as minutes after midnight: "10:54 am" -> 654, "noon" -> 720."""
    if m.group("word"):
        minutes = 720.0 if m.group("word").lower() == "noon" else 0.0
        return Found(m.start(), m.end(), "time", minutes, minutes, "min", iso=_clock(minutes))
    hour = int(m.group("hour"))
    if not 1 <= hour <= 12:
        return None
    minutes = _minutes(hour, m.group("minute"), m.group("half").lower().startswith("p"))
    hedge = m.group("hedge")
    low, high = (
        (minutes - 15, minutes + 15)
        if hedge and hedge.lower() in {"around", "about", "roughly", "approximately"}
        else (minutes, minutes)
    )
    return Found(m.start(), m.end(), "time", low, high, "min", hedge and hedge.lower(), iso=_clock(minutes))


def _time_ranges(m: re.Match[str]) -> Found | None:
    """A span of time of day as minutes after midnight; the first time takes the second's half of the day
    when it names none ("between 6:45 and 7 p.m."), or the other half when it would then come later
    ("between 11 and 1 p.m.")."""
    hours = int(m.group("hour")), int(m.group("hour2"))
    if not all(1 <= hour <= 12 for hour in hours):
        return None
    second_pm = m.group("half2").lower().startswith("p")
    first_pm = m.group("half").lower().startswith("p") if m.group("half") else second_pm
    low = _minutes(hours[0], m.group("minute"), first_pm)
    high = _minutes(hours[1], m.group("minute2"), second_pm)
    if low > high and not m.group("half"):
        low = _minutes(hours[0], m.group("minute"), not first_pm)
    if low > high:
        return None
    return Found(m.start(), m.end(), "time", low, high, "min", iso=f"{_clock(low)}/{_clock(high)}")


def _minutes(hour: int, minute: str | None, afternoon: bool) -> float:
    """A clock time as minutes after midnight: 6, "45", afternoon -> 1125."""
    return float((hour % 12 + (12 if afternoon else 0)) * 60 + int(minute or 0))


def _clock(minutes: float) -> str:
    return f"{int(minutes) // 60:02d}:{int(minutes) % 60:02d}"


def _since(m: re.Match[str]) -> Found | None:
    value = number(m.group("num"))
    if value is None:
        return None
    low, high = interval(value * _unit_seconds(m.group("unit")), m.group("hedge"))
    hedge = m.group("hedge")
    return Found(m.start("since"), m.end("since"), "since", low, high, "s", hedge and hedge.lower())


def _ordinals(m: re.Match[str]) -> Found | None:
    word = m.group("ord").lower()
    value = float(ORDINALS[word]) if word in ORDINALS else float(word[:-2])
    return Found(m.start(), m.end(), "ordinal", value, value, "", None, m.start("noun"))


READERS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], Found | None]]] = [
    (SINCE, _since),
    (TIME_RANGE, _time_ranges),
    (TIME, _times),
    (DEATH_TOLL, _death_toll),
    (CASUALTY_AFTER, _casualties),
    (CASUALTY_BEFORE, _casualties),
    (AGE, _ages),
    (AGE_RANGE, _age_ranges),
    (DURATION_RANGE, _duration_ranges),
    (DURATION, _durations),
    (MONEY_BEFORE, _money_before),
    (MONEY_AFTER, _money_after),
    (PERCENT_RANGE, _percent_ranges),
    (PERCENT, _percents),
    (VAGUE_COUNT, _vague),
    (COUNT_RANGE, _count_ranges),
    (COUNT, _counts),
    (ORDINAL, _ordinals),
]


def _candidates(text: str) -> Iterator[Found]:
    for pattern, read in READERS:
        for m in pattern.finditer(text):
            found = read(m)
            if found is not None:
                yield found


def _age_appositions(text: str, doc: Any) -> Iterator[Found]:
    """ "Cesar Sayoc, 56, of South Florida": a number set off by commas right after a person's name."""
    for m in AGE_APPOSITION.finditer(text):
        before = doc.char_span(m.start() - 1, m.start(), alignment_mode="expand") if doc is not None else None
        name = before[-1] if before is not None else None
        if name is not None and (name.ent_type_ == "PERSON" or (name.pos_ == "PROPN" and not name.ent_type_)):
            value = float(m.group("num"))
            yield Found(m.start("num"), m.end("num"), "age", value, value, "year")


def _dates(text: str, published: date | None, doc: Any) -> Iterator[Found]:
    for start, end, low, high, hedge in dates(text, published, doc):
        yield Found(start, end, "date", low, high, "day", hedge, iso=iso(low, high))


def find(text: str, doc: Any = None, published: date | None = None) -> list[Found]:
    """Every quantity phrase in the text, in order, none overlapping another. Relative dates ("yesterday",
    "on Monday") are read only when the article's date is given as `published`."""
    kept: list[Found] = []
    for found in [*_dates(text, published, doc), *_age_appositions(text, doc), *_candidates(text)]:
        if not any(k.start < found.end and found.start < k.end for k in kept):
            kept.append(found)
    return sorted(kept, key=lambda f: f.start)
