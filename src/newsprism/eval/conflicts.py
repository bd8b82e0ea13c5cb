"""Difference detection scored on ClaimDiff (../shared/data/conflicts/claimdiff.jsonl).

Each record pairs a claim from one outlet's article with a claim from another outlet's article on the same
topic. In the `weak` subset, relation 1 means claim b weakens or contradicts claim a, the nearest thing the
dataset has to a conflict; in `strength`, relation 1 means b strengthens a. A system answers per pair: do
these two outlets' claims differ in a way a reader should see? `newsprism` answers by running its own story
stages on a two-article story (claim a from outlet A, claim b from outlet B, both dated as the pair) and
saying yes when the `conflicts` stage finds any conflict. Scores are accuracy and precision, recall and F1
of the positive class, per subset.

Two lexical baselines are run beside it: one outlet's claim negated and the other's not (the plain-word form
of our claim rule), and content-word overlap at or above a threshold (related claims are more often marked
as weakening than unrelated ones).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

from ..context import Context
from ..model import Article, Story
from ..stages import align, conflicts, entities, quantities, segment

_WORD = re.compile(r"[a-z][a-z'’-]+")
NEGATION_WORDS = {
    "not",
    "no",
    "never",
    "nobody",
    "none",
    "nothing",
    "neither",
    "nor",
    "denied",
    "denies",
    "deny",
}


@dataclass(frozen=True)
class Pair:
    pair_id: str
    subset: str
    date: str | None
    claim_a: str
    claim_b: str
    relation: int


def load_claimdiff(path: Path) -> list[Pair]:
    with open(path, encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return [
        Pair(str(r["pair_id"]), r["subset"], r.get("date"), r["claim_a"], r["claim_b"], int(r["relation"]))
        for r in records
    ]


@dataclass
class Scores:
    pairs: int
    accuracy: float
    precision: float
    recall: float
    f1: float


def score(gold: Sequence[int], predicted: Sequence[bool]) -> Scores:
    tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g and p)
    fp = sum(1 for g, p in zip(gold, predicted, strict=True) if not g and p)
    fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g and not p)
    correct = sum(1 for g, p in zip(gold, predicted, strict=True) if bool(g) == p)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(len(gold), correct / len(gold) if gold else 0.0, precision, recall, f1)


def _content(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in STOP_WORDS}


def negation_mismatch(pair: Pair) -> bool:
    """Baseline: one claim carries a negation or denial word and the other does not."""

    def negated(text: str) -> bool:
        return bool(set(_WORD.findall(text.lower().replace("n't", " not"))) & NEGATION_WORDS)

    return negated(pair.claim_a) != negated(pair.claim_b)


def overlap(pair: Pair) -> float:
    """Jaccard overlap of the two claims' content words."""
    a, b = _content(pair.claim_a), _content(pair.claim_b)
    return len(a & b) / len(a | b) if a | b else 0.0


def overlap_at(threshold: float) -> Callable[[Pair], bool]:
    return lambda pair: overlap(pair) >= threshold


def pair_story(ctx: Context, pair: Pair, docs: tuple[object, object]) -> Story:
    """The two claims as a story of two outlets' articles, parsed and segmented."""
    articles = []
    for n, (text, doc) in enumerate(zip((pair.claim_a, pair.claim_b), docs, strict=True), 1):
        article = Article(
            id=f"a{n}", path=f"{pair.pair_id}-{n}.txt", text=text, outlet=f"Outlet {'AB'[n - 1]}"
        )
        article.date = (pair.date or "")[:10] or None
        articles.append(segment.segment_article(article, doc, 4))
    return Story(id=pair.pair_id, title=pair.pair_id, articles=articles)


def detect(ctx: Context, pairs: Sequence[Pair]) -> list[list[str]]:
    """For each pair, the kinds of conflict our story stages find between its two claims (empty: none)."""
    texts = sorted({t for p in pairs for t in (p.claim_a, p.claim_b)})
    parsed = dict(zip(texts, ctx.parse(texts), strict=True))
    found = []
    for pair in pairs:
        story = pair_story(ctx, pair, (parsed[pair.claim_a], parsed[pair.claim_b]))
        for stage in (entities, quantities, align, conflicts):
            story = stage.run(story, ctx)
        found.append([c.kind for c in story.conflicts])
    return found
