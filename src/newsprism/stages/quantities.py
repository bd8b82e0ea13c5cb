"""Quantities: durations, counts, percentages and money in the text, normalized to intervals.

"more than an hour and a half" -> [5400, None] s, hedge "more than"; "around two hours" -> [6480, 7920] s,
hedge "around"; "around 20 countries" -> [18, 22] country. Each quantity is attached to what it
measures (`about`): the noun its clause describes ("meeting … which lasted around two hours" -> meeting),
so that two outlets' figures are only compared when they measure the same thing.
"""

from __future__ import annotations

import re
from typing import Any

from ..context import Context
from ..model import Article, Quantity, Story

NAME = "quantities"
LEVEL = "story"
REQUIRES = {"doc"}
PROVIDES = {"quantities"}

_UNITS_S = {
    "second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800, "fortnight": 1209600,
    "month": 2629800, "year": 31557600, "decade": 315576000, "century": 3155760000,
}  # fmt: skip
_SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "half": 0.5,
}  # fmt: skip
_SCALE = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# hedge -> (low factor, high factor); None = open on that side
_HEDGES: dict[str, tuple[float | None, float | None]] = {
    "more than": (1, None), "over": (1, None), "well over": (1, None), "just over": (1, 1.15),
    "at least": (1, None), "no fewer than": (1, None), "no less than": (1, None),
    "nearly": (0.9, 1), "almost": (0.9, 1), "just under": (0.9, 1), "close to": (0.9, 1),
    "around": (0.9, 1.1), "about": (0.9, 1.1), "approximately": (0.9, 1.1), "roughly": (0.9, 1.1),
    "some": (0.9, 1.1), "an estimated": (0.9, 1.1), "up to": (None, 1), "less than": (None, 1),
    "under": (None, 1), "fewer than": (None, 1), "at most": (None, 1),
}  # fmt: skip
_NUMBER_WORD = "|".join(sorted(_SMALL, key=len, reverse=True))
_NUM = (
    rf"(?:\d[\d,]*(?:\.\d+)?|(?:{_NUMBER_WORD})(?:[\s-](?:{_NUMBER_WORD})){{0,2}})"
    rf"(?:\s+(?:and\s+a\s+half|and\s+a\s+quarter))?(?:\s+(?:{'|'.join(_SCALE)})){{0,2}}"
)
_HEDGE = "|".join(sorted((re.escape(h) for h in _HEDGES), key=len, reverse=True))
_DURATION = re.compile(
    rf"\b(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{_NUM})[\s-]+(?P<unit>centur(?:y|ies)|(?:{'|'.join(_UNITS_S)})s?)"
    rf"(?P<half>\s+and\s+a\s+half)?\b",
    re.I,
)
_PERCENT = re.compile(rf"\b(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{_NUM})\s*(?:%|per\s?cent\b)", re.I)
_MONEY = re.compile(
    rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<cur>[$€£¥])\s?(?P<num>\d[\d,]*(?:\.\d+)?(?:\s+(?:{'|'.join(_SCALE)}))?)",
    re.I,
)
_COUNT = re.compile(rf"\b(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{_NUM})\s+(?P<noun>[a-z][a-z-]+)", re.I)
_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}


# Nouns news uses interchangeably for one event; a duration of "talks" and of "the meeting" compare.
_EVENT_NOUNS = {"meeting", "talk", "talks", "summit", "session", "negotiation", "discussion", "conversation"}


def slot(q: Quantity) -> tuple[str, str, str] | None:
    """What a quantity measures, as (kind, unit, about); None when unknown, so it is never compared."""
    if not q.about:
        return None
    about = "meeting" if q.about in _EVENT_NOUNS else q.about
    return q.kind, q.unit, about


def number(text: str) -> float | None:
    """'20' -> 20, 'two' -> 2, 'a two' -> 2, 'half an' -> 0.5, 'a dozen' -> 12, 'one and a half' -> 1.5,
    'seven hundred thousand' -> 700000, '1.2 million' -> 1.2e6."""
    text = text.lower().replace(",", "").strip()
    extra = 0.0
    for tail, value in (("and a half", 0.5), ("and a quarter", 0.25)):
        if text.endswith(tail):
            extra, text = value, text[: -len(tail)].strip()
    words = re.split(r"[\s-]+", text)
    if words[:1] in (["a"], ["an"]) and len(words) > 1:  # "a two-hour meeting", "a dozen"
        words = words[1:]
    if words in (["half", "a"], ["half", "an"]):
        return 0.5 + extra
    total = current = 0.0
    for word in words:
        if word in _SCALE:
            current = (current or 1.0) * _SCALE[word]
            if _SCALE[word] >= 1000:
                total, current = total + current, 0.0
            continue
        try:
            current += float(word) if word[:1].isdigit() else _SMALL[word]
        except (KeyError, ValueError):
            return None
    return total + current + extra


def interval(value: float, hedge: str | None) -> tuple[float | None, float | None]:
    low_f, high_f = _HEDGES.get((hedge or "").lower(), (1, 1))
    low = None if low_f is None else round(value * low_f, 3)
    high = None if high_f is None else round(value * high_f, 3)
    return low, high


def _about(doc: Any, start: int, end: int) -> str | None:
    """Lemma of the noun a quantity measures, found by climbing the parse from its last word."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    token = span[-1]
    following = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    objects = [g for c in following for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    if objects:  # "four hours of talks"
        return str(objects[0].lemma_.lower())
    for _ in range(5):
        head = token.head
        if head is token:
            break
        if head.pos_ in {"NOUN", "PROPN"} and not (start <= head.idx < end):
            return str(head.lemma_.lower())
        if head.pos_ in {"VERB", "AUX"}:
            if head.dep_ == "relcl" and head.head.pos_ in {"NOUN", "PROPN"}:
                return str(head.head.lemma_.lower())
            subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            return str(subjects[0].lemma_.lower()) if subjects else str(head.lemma_.lower())
        token = head
    return None


def _is_year(num: str) -> bool:
    return bool(re.fullmatch(r"(1[89]|20)\d\d", num))


def _noun_at(doc: Any, start: int, end: int) -> str | None:
    """Lemma of the noun a count counts ("20 countries" -> country), None when the word is not a noun."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None or span[0].pos_ != "NOUN":
        return None
    return str(span[0].lemma_.lower())


def extract(article: Article) -> list[Quantity]:
    text = article.text
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], kind: str, value: float | None, unit: str) -> None:
        if value is None:
            return
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            return
        hedge = match.group("hedge")
        low, high = interval(value, hedge)
        about = _about(article.doc, start, end) if article.doc is not None else None
        found.append(
            Quantity(
                article.id, start, end, text[start:end], kind, low, high, unit, hedge and hedge.lower(), about
            )
        )
        taken.append((start, end))

    for m in _DURATION.finditer(text):
        unit = m.group("unit").lower()
        unit = "century" if unit.startswith("centur") else unit.removesuffix("s")
        value = number(m.group("num"))
        if value is not None and m.group("half"):
            value += 0.5
        add(m, "duration", None if value is None else value * _UNITS_S[unit], "s")
    for m in _MONEY.finditer(text):
        add(m, "money", number(m.group("num")), _CURRENCY[m.group("cur")])
    for m in _PERCENT.finditer(text):
        add(m, "percent", number(m.group("num")), "%")
    for m in _COUNT.finditer(text):
        if m.group("num").lower() in {"a", "an", "one", "half"} or _is_year(m.group("num")):
            continue
        noun = _noun_at(article.doc, m.start("noun"), m.end("noun"))
        if noun:
            add(m, "count", number(m.group("num")), noun)
    found.sort(key=lambda q: q.start)
    return found


def run(story: Story, ctx: Context) -> Story:
    story.quantities = [q for article in story.originals for q in extract(article)]
    return story
