"""Conflicts: outlets giving different values for the same measured thing, or telling one fact differently.

Two quantities conflict when they come from different outlets, are of the same kind and unit, measure
the same thing (`about`, with event nouns such as meeting/talks/summit taken as one), sit in one aligned
unit or in sentences that name a common actor ("the Vienna talks" and "the meeting with Putin" are two
events), and their intervals differ. `contradiction` when the intervals cannot both hold, `discrepancy`
when they overlap. A date that only says less than another ("this month" against "on Monday") is no
conflict. Who, where, which office and claims stated against denied come from `newsprism.disputes`.
"""

from __future__ import annotations

import math
from itertools import combinations

from ..context import Context
from ..disputes import denial_conflicts, title_conflicts, unit_conflicts
from ..model import Conflict, ConflictValue, Quantity, Story
from .quantities import slot

NAME = "conflicts"
LEVEL = "story"
REQUIRES = {"quantities", "units", "entities"}
PROVIDES = {"conflicts"}

_WHAT = {
    "duration": "length", "count": "number", "money": "amount", "percent": "share", "age": "age",
    "date": "date", "since": "time since the last", "ordinal": "rank", "casualties": "toll", "time": "time",
}  # fmt: skip


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


def _actors(story: Story) -> dict[tuple[str, int], set[str]]:
    """The entities each sentence names, by (article, sentence start)."""
    found: dict[tuple[str, int], set[str]] = {}
    starts = {a.id: [s for s, _ in a.sentences] for a in story.articles}
    for entity in story.entities:
        for m in entity.mentions:
            sentence = max((s for s in starts.get(m.article, []) if s <= m.start), default=0)
            found.setdefault((m.article, sentence), set()).add(entity.id)
    return found


def _sentence_of(story: Story, q: Quantity) -> tuple[str, int]:
    starts = [s for s, _ in story.article(q.article).sentences]
    return q.article, max((s for s in starts if s <= q.start), default=0)


def _comparable(a: Quantity, b: Quantity, actors: dict[tuple[str, int], set[str]], story: Story) -> bool:
    """Whether two values from different outlets may be about one thing: they differ, a date is not merely
    less precise than the other, and they sit in one aligned unit or in sentences naming a common actor
    ("the meeting" of Putin and Khamenei in both outlets; not "the illness" of two different people)."""
    if (a.low, a.high) == (b.low, b.high):
        return False
    if a.kind == "date" and (_contains(a, b) or _contains(b, a)):
        return False
    if not story.entities:
        return True  # nothing is known of who the sentences are about
    unit = _unit_of(story, a)
    named_a, named_b = actors.get(_sentence_of(story, a), set()), actors.get(_sentence_of(story, b), set())
    return bool(named_a & named_b) or (unit is not None and unit == _unit_of(story, b))


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
        if key is not None and q.article in outlet:
            by_slot.setdefault(key, []).append(q)
    actors = _actors(story)
    conflicts = []
    for (kind, _, about), values in by_slot.items():
        differing = [
            (a, b)
            for a, b in combinations(values, 2)
            if outlet[a.article] != outlet[b.article] and _comparable(a, b, actors, story)
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
                # in the words of the first outlet ("talks"), not the slot's ("meeting"), so that a summary
                # sentence naming it stays within what the articles say
                about=f"{_WHAT.get(kind, kind)} of the {involved[0].about or about}",
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
