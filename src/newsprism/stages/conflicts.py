"""Conflicts: outlets giving different values for the same measured thing, or telling one fact differently.

Two quantities conflict when they come from different outlets, are of the same kind and unit, measure the same
thing (`about`, with event nouns such as meeting/talks/summit taken as one), sit in one aligned unit or in
sentences that name a common actor ("the Vienna talks" and "the meeting with Putin" are two events), and their
intervals differ, but not by far (`_far_apart`: "7" and "70" are two people's ages). `contradiction` when the
intervals cannot both hold, `discrepancy` when they overlap. A date that only says less than another ("this
month" against "on Monday") is no conflict, and neither is one figure that one outlet hedges ("around an hour"
against "an hour") or rounds ("161 million years" against "160 million years"; "nearly two cents" against
"1.75 cents"), a figure an outlet says is not so ("and not as early as 6 p.m., as alleged") or one the other
outlet gives as well ("3.5 percent" against "declined to 3.5% from 3.6%": the 3.6% is another month's). What
may come ("could grow into a Category 4 storm, with winds of 130 mph") is not set against what is, nor a
figure its sentence dates years before the story ("the record, a $656 million prize, in March 2012") against
the story's own, nor a share of something the other outlet does not name ("38 percent in sales" against a
price's rise "of more than 64 percent"). Rain, snow and a storm's surge are measured where they fall: two
outlets' figures of them are set against each other only where both sentences name one place ("up to 12
inches of rain" in the Bahamas is no version of "6 to 10 inches" on North Carolina's coast). An outlet that
gives one measured thing several figures of its own ("winds of 60 mph", "at least 131 mph") measures several
things by it, and has no version of one figure to set against the others'. Who, where, which office and
claims stated against denied come from `newsprism.disputes`.
"""

from __future__ import annotations

import math
import re
from itertools import combinations, takewhile

from spacy.lang.en.stop_words import STOP_WORDS

from ..context import Context
from ..disputes import PLACES, denial_conflicts, title_conflicts, unit_conflicts
from ..model import Conflict, ConflictValue, Quantity, Story
from ..names import fold
from ..quantify.dates import day_number
from ..quantify.numbers import HEDGES
from ..standalone import in_caption
from ..versions import sentence_at
from .quantities import published, slot

NAME = "conflicts"
LEVEL = "story"
REQUIRES = {"quantities", "units", "entities"}
PROVIDES = {"conflicts"}

_WHAT = {
    "duration": "length", "count": "number", "money": "amount", "percent": "share", "age": "age",
    "date": "date", "since": "time since the last", "ordinal": "rank", "casualties": "toll", "time": "time",
}  # fmt: skip


# nouns that name the measure themselves: "the rate at 3.5%", "the worth at $1.7 billion", not "the share of
# the rate", "the amount of the worth"
_MEASURES = {
    "percent": {
        "rate", "share", "percentage", "proportion", "turnout", "margin", "inflation", "unemployment",
    },
    "money": {
        "worth", "cost", "price", "value", "budget", "salary", "revenue", "fine", "fee", "bail", "deficit",
        "debt", "income", "wealth", "fortune", "settlement", "damages", "pay", "profit", "loss",
    },
}  # fmt: skip
# units a count measures something in ("four to six inches of rain", "winds of 50 to 70 mph"): the dispute is
# over the rain and the wind, not over "the number of inches"
_UNITS_OF_MEASURE = {
    "inch", "foot", "feet", "yard", "mile", "meter", "metre", "kilometer", "kilometre", "km", "centimeter",
    "millimeter", "mph", "kph", "knot", "degree", "pound", "ounce", "ton", "tonne", "kilogram", "kg", "gram",
    "gallon", "liter", "litre", "barrel", "acre", "hectare", "cent",
}  # fmt: skip
# kinds measured from zero, where "twice as many" means something; dates are days, times minutes of a day
_RATIO = {"duration", "count", "money", "percent", "age", "ordinal", "casualties"}
_FAR = 2.0
# figures this close are one figure rounded (a toll of people is exact: 99 and 100 dead differ)
_ROUNDING = 0.01
_ROUNDED = _RATIO - {"casualties", "ordinal", "age"}
_FAR_DAYS = 366
_FAR_MINUTES = 120  # "10 a.m." and "7 a.m." may be one moment in two time zones, which is no dispute either
# a bound this close to another outlet's figure, on its side ("more than $26 million" of "$26.6 million",
# "above $1.3 trillion" of "$1.4 trillion"), is that figure rounded toward the bound
_BOUNDED = 0.1


def _bounds(q: Quantity) -> tuple[float, float]:
    """The interval with open ends made infinite."""
    return (q.low if q.low is not None else -math.inf, q.high if q.high is not None else math.inf)


def overlaps(a: Quantity, b: Quantity) -> bool:
    (a_low, a_high), (b_low, b_high) = _bounds(a), _bounds(b)
    return a_low <= b_high and b_low <= a_high


def _unit_of(story: Story, q: Quantity) -> str | None:
    for unit in story.units:
        for e in unit.evidence:
            if e.article == q.article and e.start <= q.start and q.end <= e.end:
                return unit.id
    return None


def _contains(a: Quantity, b: Quantity) -> bool:
    (a_low, a_high), (b_low, b_high) = _bounds(a), _bounds(b)
    return a_low <= b_low and b_high <= a_high


class _Sentences:
    """Which sentence of its article an offset falls in, and the entities each sentence names."""

    def __init__(self, story: Story) -> None:
        self.starts = {a.id: [s for s, _ in a.sentences] for a in story.articles}
        self.named: dict[tuple[str, int], set[str]] = {}
        for entity in story.entities:
            for m in entity.mentions:
                self.named.setdefault(self.of(m.article, m.start), set()).add(entity.id)

    def of(self, article: str, offset: int) -> tuple[str, int]:
        return article, max((s for s in self.starts.get(article, []) if s <= offset), default=0)

    def actors(self, q: Quantity) -> set[str]:
        return self.named.get(self.of(q.article, q.start), set())


def _far_apart(a: Quantity, b: Quantity) -> bool:
    """Whether two values lie too far apart to be two outlets' figures for one thing: more than `_FAR`
    times apart, dates more than `_FAR_DAYS` apart, times of day more than `_FAR_MINUTES`. Outlets that
    disagree on a toll or a length disagree by a little ("three" and "two people died"); "7" and "70" in
    one aligned clause are the ages of two people, "121 cases" and "21 cases" counts of two periods, 1996
    and 1947 two events. Two figures open the same way ("at least four", "more than 50") are compared at
    their closed ends."""
    if a.kind in _RATIO and a.high is None and b.high is None and a.low and b.low:
        # "at least four" and "more than 50" overlap as intervals, but their closed ends are an order apart
        return max(a.low, b.low) / min(a.low, b.low) > _FAR
    if a.kind in _RATIO and a.low is None and b.low is None and a.high and b.high:
        return max(a.high, b.high) / min(a.high, b.high) > _FAR
    if overlaps(a, b):
        return False
    (a_low, a_high), (b_low, b_high) = _bounds(a), _bounds(b)
    lower, upper = (a_high, b_low) if a_high < b_low else (b_high, a_low)
    if a.kind == "date":
        return upper - lower > _FAR_DAYS
    if a.kind == "time":
        return upper - lower > _FAR_MINUTES
    return a.kind in _RATIO and lower > 0 and upper / lower > _FAR


def _differ(a: Quantity, b: Quantity) -> bool:
    """Whether two values of a slot are two versions of one figure: they differ but not by far, and not as
    one figure hedged or rounded, nor a date merely less precise than the other."""
    if (a.low, a.high) == (b.low, b.high) or _far_apart(a, b):
        return False
    first, second = _stated(a), _stated(b)
    if first is not None and second is not None and math.isclose(first, second):
        return False  # one figure, hedged by one outlet: "around an hour" and "an hour" say the same
    if first and second and a.kind in _ROUNDED and math.isclose(first, second, rel_tol=_ROUNDING):
        return False  # "161 million years" and "160 million years": one figure, one of them rounded
    if _rounded_to_bound(a, b) or _rounded_to_bound(b, a) or _rounded_from(a, b) or _rounded_from(b, a):
        return False
    # a date less precise than the other, or a span the other lies in ("billions of dollars" and "$3.8
    # billion", "between 6:45 and 7 p.m." and "6:50 p.m."), says less than the other, not something else
    return not any(
        _contains(wide, narrow) and (a.kind == "date" or _span(wide)) for wide, narrow in ((a, b), (b, a))
    )


def _rounded_to_bound(bound: Quantity, other: Quantity) -> bool:
    """Whether an open figure ("more than $26 million") is the other outlet's closed one ($26.6 million)
    rounded toward its bound: that figure lies on the open side, within `_BOUNDED` of it. "More than an hour
    and a half" and "around two hours" stay two versions, and so do two bounds ("up to 2,500", "up to
    2,550")."""
    figure = _stated(other)
    if figure is None or bound.kind not in _RATIO or other.low is None or other.high is None:
        return False
    if bound.high is None and bound.low:
        return bound.low <= figure <= bound.low * (1 + _BOUNDED)
    if bound.low is None and bound.high:
        return bound.high * (1 - _BOUNDED) <= figure <= bound.high
    return False


_SCALE = re.compile(r"\b(?:million|billion|trillion)\b", re.I)
# how far an exact figure may lie from a round one it rounds to, at most: "nearly two cents" is 1.75 cents
# rounded, "about 2,000" is not 1,300 (it rounds to 1,000)
_ROUND_SHARE = 0.15


def _rounded_from(round_: Quantity, other: Quantity) -> bool:
    """Whether an approximate round figure ("nearly two cents", "about $2 million", "four million miles") is
    the other outlet's exact figure (1.75 cents, $1.85 million, 3.9 million miles) rounded: that figure lies
    on the side the hedge allows, within half a unit of the round figure's last digit and within
    `_ROUND_SHARE` of it. A bound ("more than an hour and a half") rounds nothing, and neither does a figure
    stored in a smaller unit than it is written in ("two hours" is 7,200 seconds, whose last digit is the
    hundreds)."""
    low, high = HEDGES.get((round_.hedge or "").lower(), (None, None))
    # "four million miles": a figure of millions written with one digit is round without a hedge
    scaled = not round_.hedge and _SCALE.search(round_.text) is not None
    figure, exact = _stated(round_), _stated(other)
    if not (scaled or low is not None and high is not None) or round_.kind not in _ROUNDED or other.hedge:
        return False
    if not figure or exact is None:
        return False
    leading = step = 10 ** math.floor(math.log10(abs(figure)))
    while step > 1e-6 and not math.isclose(figure / step, round(figure / step)):
        step /= 10  # the unit of the figure's last digit: 1 of "2", 100 of "2,500", 0.1 of "1.5"
    if scaled and step != leading:
        return False  # "3.9 million" is exact to its last digit
    below, above = (True, True) if scaled else (low is not None and low < 1, high is not None and high > 1)
    gap = exact - figure
    on_side = (gap <= 0 or above) and (gap >= 0 or below)  # "nearly two" is under two
    return on_side and abs(gap) < step / 2 and abs(gap) <= _ROUND_SHARE * abs(figure)


def _span(q: Quantity) -> bool:
    """Whether a value is a span of figures, no one figure: a range or a vague plural ("billions")."""
    return q.low is not None and q.high is not None and q.low < q.high and _stated(q) is None


# what a figure is of, written after it: "$25 million in punitive damages", "$33.5 million in damages"
_OF_WHAT = re.compile(r"^\s+(?:in|of|for)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")


def _part_of(story: Story, part: Quantity, whole: Quantity) -> bool:
    """Whether a figure counts a part of what the other counts, as the words after each say: "$25 million in
    punitive damages" is part of "$33.5 million in damages", not another version of it."""
    of = [_OF_WHAT.match(story.article(q.article).text[q.end : q.end + 60]) for q in (part, whole)]
    words = [_content(m.group(1).lower().split()) for m in of if m]
    return len(words) == 2 and bool(words[1]) and words[1] < words[0]


def _of_another(story: Story, share: Quantity, other: Quantity) -> bool:
    """Whether a share says what it is of ("an increase of 38 percent in sales of sweetened beverages") and
    the other outlet's sentence names none of it ("… now costs $26.33, an increase of more than 64
    percent"): a rise in sales and a rise in a price are two figures."""
    if share.kind != "percent":
        return False
    of = _OF_WHAT.match(story.article(share.article).text[share.end : share.end + 60])
    words = _content(of.group(1).lower().split()) if of else set()
    said = {w.lower() for w in re.findall(r"\w+", sentence_at(story.article(other.article), other.start))}
    return bool(words) and not words & said


def _content(words: list[str]) -> set[str]:
    """The words up to the first function word: "punitive damages" of "punitive damages to the families"."""
    return set(takewhile(lambda word: word not in STOP_WORDS, words))


# the units of time an ordinal counts an event's length in: "the search entered its sixth day" is so on the
# day it was written, and "the seventh day" a day later
_ELAPSED = {"day", "night", "week", "month", "year", "hour", "minute"}


# what is measured where it falls, so that two figures of it are one figure only at one place
_LOCAL = {"rain", "rainfall", "snow", "snowfall", "precipitation", "surge", "flooding", "flood", "hail"}


def _places(story: Story, q: Quantity) -> set[str] | None:
    """The places the figure's sentence names, as folded words ("the Bahamas" as "bahamas"); None where the
    article is not parsed."""
    doc = story.article(q.article).doc
    found = doc.char_span(q.start, q.end, alignment_mode="expand") if doc is not None else None
    if found is None:
        return None
    sentence = found[0].sent
    return {fold(e.text).removeprefix("the ") for e in sentence.ents if e.label_ in PLACES}


def _elsewhere(story: Story, a: Quantity, b: Quantity, about: str) -> bool:
    """Whether two figures of what is measured where it falls (`_LOCAL`) may be of two places: their
    sentences do not both name one place (nothing is known of an article not parsed)."""
    if about not in _LOCAL:
        return False
    places = _places(story, a), _places(story, b)
    return places[0] is not None and places[1] is not None and not places[0] & places[1]


def _comparable(a: Quantity, b: Quantity, sentences: _Sentences, story: Story) -> bool:
    """Whether two values from different outlets may be about one thing: they differ (`_differ`), are not
    how long something has gone on by the time each was written (`_ELAPSED`), and sit in one aligned unit
    or in sentences naming a common actor ("the meeting" of Putin and Khamenei in both outlets; not "the
    illness" of two different people)."""
    if not _differ(a, b) or (a.kind == "ordinal" and a.about in _ELAPSED):
        return False
    if not story.entities:
        return True  # nothing is known of who the sentences are about
    unit = _unit_of(story, a)
    return bool(sentences.actors(a) & sentences.actors(b)) or (
        unit is not None and unit == _unit_of(story, b)
    )


# "and not as early as 6 p.m., as alleged during the trial": a figure the outlet says is not so
_NEGATED = re.compile(r"\bnot\s+(?:(?:as|so)\s+\w+\s+as\s+|(?:more|less|fewer)\s+than\s+)?$", re.I)


def _negated(story: Story, q: Quantity) -> bool:
    return bool(_NEGATED.search(story.article(q.article).text[max(0, q.start - 30) : q.start]))


# an embedded post's credit before its date: "— Donald J. Trump (@realDonaldTrump) August 14, 2016"
_POSTED = re.compile(r"\(@\w{1,30}\)\s*$")


def _aside(story: Story, q: Quantity) -> bool:
    """Whether the figure is the date of a photo or of a post the page embeds, not of the story's events: a
    caption run into the text ("Donald Trump speaks during a campaign rally …, Saturday, Aug. 13, 2016") or
    a post's credit. Two outlets' pictures and posts are of different moments."""
    article = story.article(q.article)
    return bool(_POSTED.search(article.text[max(0, q.start - 40) : q.start])) or in_caption(article, q.start)


# a count dated as a running tally: "17 states through July", "so far this year", "as of November 13"
_TALLY_DATE = re.compile(
    r"\b(?:(?:as of|through|until)\s+(?:the end of\s+)?"
    r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?"
    r"|so far (?:this|in)\s+\w+|to date|thus far)\b",
    re.I,
)


def _tally(story: Story, q: Quantity) -> bool:
    """Whether a count is a running tally its sentence dates ("cases in 17 states through July"): two
    outlets' tallies of one thing are the count at two moments, no dispute."""
    if q.kind not in {"count", "casualties"}:
        return False
    article = story.article(q.article)
    return bool(_TALLY_DATE.search(sentence_at(article, q.start) or article.text))


# what makes a figure one of what may come: "has an outside chance of growing into a Category 4 storm, with
# winds topping 130 mph", "could grow into …"; not "would", which also tells what a bill or a plan does
_MAY = {"could", "might", "may"}
_CHANCE = {"chance", "possibility", "potential", "odds"}
# where a figure's clause ends, going up from it: "Irene, which had 115 mph winds, could reach Florida"
_CLAUSES = {"relcl", "ccomp", "advcl", "parataxis", "conj"}


def _possible(story: Story, q: Quantity) -> bool:
    """Whether the figure's clause tells of what may be, not of what is (`_MAY`, `_CHANCE`)."""
    doc = story.article(q.article).doc
    span = doc.char_span(q.start, q.end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return False
    for token in [span.root, *span.root.ancestors]:
        # "has an outside chance of …, with winds topping 130 mph": the chance may hang beside the figure
        if token.lemma_.lower() in _CHANCE or any(
            c.dep_ == "aux" and c.lower_ in _MAY or c.lemma_.lower() in _CHANCE for c in token.children
        ):
            return True
        if token.dep_ in _CLAUSES:
            return False
    return False


def _now(story: Story) -> float | None:
    """The story's time as a day number: its latest article's date, else the latest date it mentions."""
    days = [day_number(d) for d in map(published, story.articles) if d is not None]
    mentioned = (q.high if q.high is not None else q.low for q in story.quantities if q.kind == "date")
    return max(days or [d for d in mentioned if d is not None], default=None)


def _dated(story: Story, sentences: _Sentences) -> dict[tuple[str, int], float]:
    """The latest day each sentence dates what it tells to, by sentence (`_Sentences.of`)."""
    dated: dict[tuple[str, int], float] = {}
    for d in story.quantities:
        if d.kind == "date" and d.high is not None:
            at = sentences.of(d.article, d.start)
            dated[at] = max(dated.get(at, d.high), d.high)
    return dated


def _setting(story: Story, q: Quantity, now: float | None, day: float | None) -> tuple[bool, float | None]:
    """When and how the figure holds: whether it is of what may be (`_possible`), and `day`, the day its
    sentence dates it to (`_dated`), where that is over `_FAR_DAYS` before the story's time ("the U.S. record,
    which was a $656 million prize, shared by three winning tickets in March 2012"), else None. Two outlets'
    figures are versions of one figure only in the same setting: what may come is no version of what is, nor
    a record of years before of this week's prize."""
    if q.kind == "date":
        return False, None
    back = day if day is not None and now is not None and now - day > _FAR_DAYS else None
    return _possible(story, q), back


def _same_setting(a: tuple[bool, float | None], b: tuple[bool, float | None]) -> bool:
    """Whether two figures' settings (`_setting`) agree: both of what is or both of what may be, and both of
    the story's time or both of one time years before it."""
    if a[0] != b[0] or (a[1] is None) != (b[1] is None):
        return False
    return a[1] is None or b[1] is None or abs(a[1] - b[1]) <= _FAR_DAYS


def _stated(q: Quantity) -> float | None:
    """The figure an outlet wrote, before its hedge: 2,500 of "close to 2,500" and of "up to 2,500"; None
    for a range ("between 6:45 and 7 p.m.") or a hedge of no single figure."""
    if not q.hedge:
        return q.low if q.low == q.high else None
    low, high = HEDGES.get(q.hedge.lower(), (None, None))
    if low and q.low is not None:
        return q.low / low
    if high and q.high is not None:
        return q.high / high
    return None


_LENGTHS = {"inch", "foot", "feet", "yard", "mile", "meter", "metre", "kilometer", "kilometre", "km"}
_WITHIN = re.compile(r"\bwithin(?:\s+(?:just|about|some|only))?\s*$", re.I)


def _named(story: Story, kind: str, q: Quantity, slot_about: str) -> str:
    """What the conflict is about, in the words of the first outlet ("talks"), not the slot's ("meeting"),
    so that a summary sentence naming it stays within what the articles say: "toll" for a toll of people,
    "number of cases" as the count writes them, "age of Maria" for a name the quantities stage lowercased."""
    what, noun = _WHAT.get(kind, kind), q.about or slot_about
    if kind == "casualties" and q.unit == "injured":
        return "number injured"  # a toll is of the dead
    if kind == "casualties" and q.unit.startswith("killed "):
        return f"toll{q.unit.removeprefix('killed')}"  # "toll on the scene": part of the toll
    if kind == "casualties" and noun in {"people", "person"}:
        return what
    measured = kind == "count" and q.unit in _UNITS_OF_MEASURE and noun != q.unit
    text = story.article(q.article).text
    if measured and q.unit in _LENGTHS and _WITHIN.search(text[max(0, q.start - 30) : q.start]):
        return f"distance from the {noun}"  # "within 3.9 million miles of the solar surface"
    if noun in _MEASURES.get(kind, ()) or measured:
        return noun
    written = {m.group() for m in re.finditer(rf"\b{re.escape(noun)}\b", text, re.I)}
    # a name: the article writes it with a capital everywhere, inside a sentence too
    name = sorted(written)[0] if written and all(w[:1].isupper() for w in written) else None
    if name and noun.isalpha() and re.search(rf"\b[a-z]\w*,?\s+{name}\b", text):
        return f"{what} of {name}"
    counted = q.text.split()[-1]
    if (
        kind == "count"
        and counted.isalpha()
        and counted.islower()
        and (counted.endswith("s") or counted == "people")
    ):
        return f"{what} of {counted}"  # "21 cases": the number of cases; "in 17 states": of states
    return f"{what} of the {noun}"


def _normalized(q: Quantity) -> dict[str, object]:
    normalized: dict[str, object] = {"low": q.low, "high": q.high, "unit": q.unit, "hedge": q.hedge}
    if q.iso:
        normalized["iso"] = q.iso
    return normalized


def find_conflicts(story: Story) -> list[Conflict]:
    outlet = {a.id: a.outlet or a.id for a in story.originals}
    by_slot: dict[tuple[str, str, str], list[Quantity]] = {}
    for q in story.quantities:
        key = slot(q)
        if (
            key is None
            or q.article not in outlet
            or _negated(story, q)
            or _aside(story, q)
            or _tally(story, q)
        ):
            continue
        by_slot.setdefault(key, []).append(q)
    sentences = _Sentences(story)
    now, dated = _now(story), _dated(story, sentences)
    setting = {
        id(q): _setting(story, q, now, dated.get(sentences.of(q.article, q.start)))
        for values in by_slot.values()
        for q in values
    }
    conflicts = []
    for (kind, _, about), values in by_slot.items():
        # an outlet that gives the slot several figures of its own ("winds of 60 mph", "at least 74 mph", "at
        # least 131 mph": a gust, a storm's definition, a category's) measures several things by it, and
        # none of them is its version of one figure the others give
        several = {
            outlet[a.article]
            for a, b in combinations(values, 2)
            if outlet[a.article] == outlet[b.article] and _differ(a, b)
        }
        values = [q for q in values if outlet[q.article] not in several]
        # a figure of a part of what another outlet's figure counts (`_part_of`) is no version of that
        # figure, nor of the same figure an outlet gives without saying what it is of
        values = [
            q
            for q in values
            if not any(outlet[w.article] != outlet[q.article] and _part_of(story, q, w) for w in values)
        ]
        differing = [
            (a, b)
            for a, b in combinations(values, 2)
            if outlet[a.article] != outlet[b.article]
            and _same_setting(setting[id(a)], setting[id(b)])
            and not (_of_another(story, a, b) or _of_another(story, b, a))
            and not _elsewhere(story, a, b, about)
            and _comparable(a, b, sentences, story)
        ]
        if not differing:
            continue
        involved = list({id(q): q for pair in differing for q in pair}.values())
        severity = "contradiction" if any(not overlaps(a, b) for a, b in differing) else "discrepancy"
        units = list(dict.fromkeys(u for u in (_unit_of(story, q) for q in involved) if u))
        conflicts.append(
            Conflict(
                id="",
                kind=kind,
                about=_named(story, kind, involved[0], about),
                units=units,
                values=[
                    ConflictValue(q.article, q.text, _normalized(q), q.start, q.end, outlet[q.article])
                    for q in involved
                ],
                severity=severity,
            )
        )
    conflicts += [
        *title_conflicts(story, outlet),
        *unit_conflicts(story, outlet),
        *denial_conflicts(story, outlet),
    ]
    return conflicts


def run(story: Story, ctx: Context) -> Story:
    story.conflicts = find_conflicts(story)
    for conflict in story.conflicts:
        conflict.id = ctx.new_id("c")
    return story
