"""Conflicts: outlets giving different values for the same measured thing.

Two quantities conflict when they come from different outlets, are of the same kind and unit, measure
the same thing (`about`, with event nouns such as meeting/talks/summit taken as one), and their
intervals differ. `contradiction` when the intervals cannot both hold, `discrepancy` when they overlap.
"""

from __future__ import annotations

import math
from itertools import combinations

from ..context import Context
from ..model import Conflict, ConflictValue, Quantity, Story
from .quantities import slot

NAME = "conflicts"
LEVEL = "story"
REQUIRES = {"quantities", "units"}
PROVIDES = {"conflicts"}

_WHAT = {"duration": "length", "count": "number", "money": "amount", "percent": "share", "age": "age"}


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


def find_conflicts(story: Story) -> list[Conflict]:
    outlet = {a.id: a.outlet or a.id for a in story.originals}
    by_slot: dict[tuple[str, str, str], list[Quantity]] = {}
    for q in story.quantities:
        key = slot(q)
        if key is not None and q.article in outlet:
            by_slot.setdefault(key, []).append(q)
    conflicts = []
    for (kind, _, about), values in by_slot.items():
        differing = [
            (a, b)
            for a, b in combinations(values, 2)
            if outlet[a.article] != outlet[b.article] and (a.low, a.high) != (b.low, b.high)
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
                about=f"{_WHAT.get(kind, kind)} of the {about}",
                units=units,
                values=[
                    ConflictValue(
                        q.article,
                        q.text,
                        {"low": q.low, "high": q.high, "unit": q.unit, "hedge": q.hedge},
                        q.start,
                        q.end,
                        outlet[q.article],
                    )
                    for q in involved
                ],
                severity=severity,
            )
        )
    return conflicts


def run(story: Story, ctx: Context) -> Story:
    story.conflicts = find_conflicts(story)
    for conflict in story.conflicts:
        conflict.id = ctx.new_id("c")
    return story
