"""Align: clauses from different articles that state the same fact become one Unit.

Clauses are embedded and scored pairwise across articles; pairs that share a content word or name other
than the story's subject (a word in many of its clauses, `_SUBJECT_SHARE`) and reach `align.threshold`
are merged into groups best first, never two clauses of one article in a group and only while the groups
stay close on average (see `group`). The score blends embedding cosine with the IDF-weighted overlap of
content words (`align.lexical_weight`): within one story every clause is on topic, and cosine alone
ranks shared style over shared substance. A unit is a connected group with at most one clause per article;
what no other article carries stays a unit of its own (coverage "one"). `coverage` counts distinct
outlets; syndicated copies are left out.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import numpy as np

from ..cleaning.text import is_caption
from ..context import Context
from ..model import Article, Clause, Coverage, Quantity, Span, Story, Unit
from ..names import fold
from .quantities import slot

NAME = "align"
LEVEL = "story"
REQUIRES = {"clauses", "doc", "stories", "quantities"}
PROVIDES = {"units"}

_CONTENT_POS = {"NOUN", "PROPN", "VERB", "NUM", "ADJ"}
_COVERAGE_RANK = {"all": 0, "some": 1, "one": 2}
_WORD = re.compile(r"\w+")
_FIGURE_KINDS = {"count", "money", "percent"}  # kinds whose figure alone can mark a fact (`_figure`)
# a word in more than this share of a story's clauses (and than its article count) is the story's subject:
# on the labelled facts 0.15 keeps all 16 single-outlet facts alone (15 with no limit), with 26 of 31 joins
_SUBJECT_SHARE = 0.15
_FEW = 10  # a count under this is said of too many facts to mark one
_SPREAD = 1.5  # a figure whose top is above this times its bottom is too vague to mark one
_DEPENDENT_OPENERS = {
    "and", "but", "or", "nor", "which", "who", "whom", "whose", "where", "when", "while", "whereas", "that",
    "as", "so", "then", "adding", "noting", "saying", "said", "he", "she", "they", "it", "this", "these",
    "his", "her", "their", "its", "according", "regarding", "including", "than",
}  # fmt: skip


def content_words(doc: Any, start: int, end: int) -> set[str]:
    """Folded lemmas of the content words in a character range."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    return {fold(t.lemma_) for t in span if t.pos_ in _CONTENT_POS and not t.is_stop and fold(t.lemma_)}


@dataclass(frozen=True)
class Weights:
    lexical: float
    quantity: float


def _figure(q: Quantity) -> tuple[str, str, float, float] | None:
    """A count, sum or share telling enough to mark a fact whatever it is said to count ("680 illegal
    aliens", "approximately 680 people"). Not a handful ("two people"), which is said of many facts, nor an
    open bound ("more than 20 miles") or a vague one ("thousands of migrants"), which many figures meet."""
    if q.kind not in _FIGURE_KINDS or q.low is None or q.high is None or q.high > _SPREAD * q.low:
        return None
    if q.kind == "count" and q.high < _FEW:
        return None
    return q.kind, "" if q.kind == "count" else q.unit, q.low, q.high


def _agree(a: tuple[str, str, float, float], b: tuple[str, str, float, float]) -> bool:
    """Whether two figures can be the same number: one kind and unit (a count's noun aside), and their
    intervals overlap."""
    return a[:2] == b[:2] and max(a[2], b[2]) <= min(a[3], b[3])


class _Item:
    __slots__ = ("article", "clause", "words", "slots", "figures", "position", "index")

    def __init__(self, article: Article, clause: Clause, index: int, quantities: list[Quantity]) -> None:
        self.article = article
        self.clause = clause
        self.words = (
            content_words(article.doc, clause.start, clause.end) if article.doc is not None else set()
        )
        self.slots = {s for s in map(slot, quantities) if s}
        self.figures = [f for f in map(_figure, quantities) if f]
        self.position = clause.start / max(1, len(article.text))
        self.index = index


def _frequency(items: list[_Item]) -> dict[str, int]:
    """In how many clauses of the story each content word is."""
    df: dict[str, int] = {}
    for item in items:
        for word in item.words:
            df[word] = df.get(word, 0) + 1
    return df


def _idf(frequency: dict[str, int], clauses: int) -> dict[str, float]:
    """Inverse clause frequency within the story: "Syria" in every clause of a Syria story weighs little."""
    return {w: math.log(1 + clauses / c) for w, c in frequency.items()}


def lexical(a: set[str], b: set[str], idf: dict[str, float]) -> float:
    """IDF-weighted Dice coefficient of two clauses' content words (a short clause gets no free pass)."""
    shared = a & b
    if not shared:
        return 0.0
    return 2 * sum(idf[w] for w in shared) / (sum(idf[w] for w in a) + sum(idf[w] for w in b))


class Scorer:
    """Clause-pair scores: embedding cosine blended with content-word overlap, plus a bonus when both
    clauses give a figure for the same measured thing (the meeting's length) or the same telling figure (680
    arrested). Computed on demand."""

    def __init__(self, items: list[_Item], vectors: np.ndarray, weights: Weights) -> None:
        self.items = items
        self.weights = weights
        self.cosine = vectors @ vectors.T
        frequency = _frequency(items)
        self.idf = _idf(frequency, len(items))
        # a word in more clauses than each article could give it once, and than `_SUBJECT_SHARE` of them, is
        # the story's subject ("Welch", "GE"): two clauses share it whatever each tells of it
        common = max(len({i.article.id for i in items}), _SUBJECT_SHARE * len(items))
        self.distinctive = {w for w, c in frequency.items() if c <= common}
        self._cache: dict[tuple[int, int], float] = {}

    def __call__(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        if key not in self._cache:
            a, b = self.items[i], self.items[j]
            w = self.weights
            score = (1 - w.lexical) * float(self.cosine[i, j]) + w.lexical * lexical(
                a.words, b.words, self.idf
            )
            self._cache[key] = score + (w.quantity if self.same_measure(a, b) else 0.0)
        return self._cache[key]

    @staticmethod
    def same_measure(a: _Item, b: _Item) -> bool:
        """Both clauses give a figure for one measured thing, or give one telling figure."""
        return bool(a.slots & b.slots) or any(_agree(f, g) for f in a.figures for g in b.figures)

    def candidates(self, threshold: float) -> list[tuple[float, int, int]]:
        """Cross-article pairs that share a content word other than the story's subject and reach the
        threshold, best first: "Welch became CEO of GE in 1981" and "GE under Welch grew …" share only it."""
        w = self.weights
        ceiling = (1 - w.lexical) * self.cosine + w.lexical + w.quantity  # the most the full score can be
        rows, cols = np.nonzero(np.triu(ceiling >= threshold, k=1))
        found = []
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
            a, b = self.items[i], self.items[j]
            if a.article.id != b.article.id and a.words & b.words & self.distinctive:
                score = self(i, j)
                if score >= threshold:
                    found.append((score, i, j))
        return sorted(found, reverse=True)


def group(items: list[_Item], scorer: Scorer, threshold: float, slack: float = 0.1) -> list[list[int]]:
    """Groups of clauses, each from different articles, built best pair first.

    Two groups merge only when they share no article and their clauses score on average at least
    `threshold - slack` across the groups, so a chain of weak links cannot pull unrelated facts together."""
    members = {i: [i] for i in range(len(items))}
    owner = list(range(len(items)))
    for _, i, j in scorer.candidates(threshold):
        gi, gj = owner[i], owner[j]
        if gi == gj:
            continue
        left, right = members[gi], members[gj]
        if {items[m].article.id for m in left} & {items[m].article.id for m in right}:
            continue
        cross = [scorer(a, b) for a in left for b in right]
        if sum(cross) / len(cross) < threshold - slack:
            continue
        members[gi] = left + right
        for m in right:
            owner[m] = gi
        del members[gj]
    return list(members.values())


def coverage(outlets: set[str], story_outlets: int) -> Coverage:
    if len(outlets) >= story_outlets:
        return "all"
    return "some" if len(outlets) > 1 else "one"


def align(
    story: Story, vectors: np.ndarray, items: list[_Item], threshold: float, weights: Weights
) -> list[Unit]:
    scorer = Scorer(items, vectors, weights)
    groups: list[list[int]] = []
    alone: list[int] = []
    for members in group(items, scorer, threshold):
        if len(members) > 1:
            groups.append(members)
        else:
            alone.extend(members)
    groups.extend(_runs(items, alone))
    order = {a.id: n for n, a in enumerate(story.articles)}
    story_outlets = len(story.outlets)
    placed: list[tuple[float, Unit]] = []
    for members in groups:
        members.sort(key=lambda i: (order[items[i].article.id], items[i].clause.start))
        heads = _heads(items, members)
        evidence = [_span(items, members, i) for i in heads]
        outlets = sorted({items[i].article.outlet or items[i].article.id for i in heads})
        central = max(
            heads,
            key=lambda i: (
                stands_alone(items[i].article, evidence[heads.index(i)]),
                _centrality(vectors, heads, i),
            ),
        )
        unit = Unit(
            id="",
            text=evidence[heads.index(central)].text,
            articles=[e.article for e in evidence],
            coverage=coverage(set(outlets), story_outlets),
            evidence=evidence,
            outlets=outlets,
            similarity=_mean_similarity(vectors, heads),
        )
        placed.append((min(items[i].position for i in heads), unit))
    placed.sort(key=lambda p: (_COVERAGE_RANK[p[1].coverage], p[0]))
    return [unit for _, unit in placed]


def _runs(items: list[_Item], alone: list[int]) -> list[list[int]]:
    """Unmatched clauses of one sentence that follow each other become one single-outlet unit."""
    runs: list[list[int]] = []
    for i in sorted(alone):
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and items[last].article.id == items[i].article.id
            and items[last].clause.sentence == items[i].clause.sentence
            and last + 1 == i
        ):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _heads(items: list[_Item], members: list[int]) -> list[int]:
    """The first member of each article (a single-outlet run has several members of one article)."""
    seen: set[str] = set()
    heads = []
    for i in members:
        if items[i].article.id not in seen:
            seen.add(items[i].article.id)
            heads.append(i)
    return heads


def _span(items: list[_Item], members: list[int], head: int) -> Span:
    """The evidence an article contributes: its clause, or its run of clauses for a single-outlet unit."""
    article = items[head].article
    same = [items[m].clause for m in members if items[m].article.id == article.id]
    return article.span(min(c.start for c in same), max(c.end for c in same))


def _mean_similarity(vectors: np.ndarray, members: list[int]) -> float | None:
    if len(members) < 2:
        return None
    pairs = [float(vectors[a] @ vectors[b]) for a, b in combinations(members, 2)]
    return round(sum(pairs) / len(pairs), 3)


def stands_alone(article: Article, span: Span) -> bool:
    """Whether a clause reads as a sentence of its own: it has a subject and does not open on a
    connective or a pronoun ("where he presented …" does not; "Putin presented …" does)."""
    words = _WORD.findall(span.text)
    opener = span.text.lstrip("“\"‘'( ")
    if not words or not opener[:1].isupper() or fold(words[0]) in _DEPENDENT_OPENERS:
        return False
    doc = article.doc
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand") if doc is not None else None
    return tokens is None or any(t.dep_ in {"nsubj", "nsubjpass", "expl"} for t in tokens)


def _centrality(vectors: np.ndarray, members: list[int], i: int) -> float:
    others = [m for m in members if m != i]
    return float(np.mean([vectors[i] @ vectors[m] for m in others])) if others else 0.0


# a day named as a caption dates its picture: "on March 30", "on Friday"
_DAY = re.compile(
    r"\bon (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2})\b"
)
# what a present tense states in prose rather than shows: "The law requires …", "It costs …"
_STATIVE = {
    "be", "have", "say", "include", "remain", "contain", "mean", "seem", "need", "know", "want", "believe",
    "expect", "require", "cost", "face", "show", "suggest", "appear", "allow", "affect", "plan", "estimate",
}  # fmt: skip


def _pictured(article: Article, start: int, end: int) -> bool:
    """Whether a paragraph is a caption without a credit: one sentence of 40 words or fewer, no quotation,
    telling in the present tense an act on a day gone by ("A ranger aims his gun at a lion on March 30."),
    which prose tells in the past."""
    text = article.text[start:end]
    if (
        article.doc is None
        or len(_WORD.findall(text)) > 40
        or re.search('[“”"]', text)
        or not _DAY.search(text)
    ):
        return False
    span = article.doc.char_span(start, end, alignment_mode="expand")
    sentences = list(span.sents) if span is not None else []
    if len(sentences) != 1:
        return False
    root = sentences[0].root
    return (
        root.tag_ in {"VBZ", "VBP"}
        and root.lemma_.lower() not in _STATIVE
        and not any(c.dep_ in {"aux", "auxpass"} for c in root.children)
    )


def clause_items(story: Story, min_words: int) -> list[_Item]:
    """The clauses of the story's original articles that are long enough to state a fact.

    Photo captions are left out: they restate the body, and a caption matched instead of the body
    sentence would hide which paragraph an outlet gave the fact in."""
    items: list[_Item] = []
    for article in story.originals:
        quantities = [q for q in story.quantities if q.article == article.id]
        captions = [
            (s, e) for s, e in article.paragraphs if is_caption(article.text[s:e]) or _pictured(article, s, e)
        ]
        for clause in article.clauses:
            if any(s <= clause.start < e for s, e in captions):
                continue
            if len(_WORD.findall(article.text[clause.start : clause.end])) >= min_words:
                inside = [q for q in quantities if clause.start <= q.start < clause.end]
                items.append(_Item(article, clause, len(items), inside))
    return items


def run(story: Story, ctx: Context) -> Story:
    items = clause_items(story, ctx.settings.align.min_clause_words)
    if not items:
        story.units = []
        return story
    vectors = ctx.embedder.encode([i.article.text[i.clause.start : i.clause.end] for i in items])
    settings = ctx.settings.align
    weights = Weights(settings.lexical_weight, settings.quantity_bonus)
    story.units = align(story, vectors, items, settings.threshold, weights)
    central = cross_centrality(vectors, [i.article.id for i in items])
    for unit in story.units:
        unit.id = ctx.new_id("u")
        # the clauses of each evidence span, by (article, start)
        spans = {
            (e.article, e.start): [
                i.index for i in items if e.article == i.article.id and e.start <= i.clause.start < e.end
            ]
            for e in unit.evidence
        }
        members = sorted({m for inside in spans.values() for m in inside})
        unit.centrality = max((central[m] for m in members), default=0.0)
        unit.vector = vectors[members[0]] if members else None
        unit.clauses = {
            at: (max(central[m] for m in inside), vectors[inside[0]])
            for at, inside in spans.items()
            if inside
        }
    return story


def cross_centrality(vectors: np.ndarray, articles: list[str]) -> list[float]:
    """Each clause's mean cosine to the clauses of the other articles (of all others when the story has one
    article): a clause close to what the other outlets write is central to the story, as in LexRank."""
    similarity = vectors @ vectors.T
    owner = np.array(articles)
    central = []
    for i in range(len(articles)):
        others = owner != owner[i]
        if not others.any():
            others = np.arange(len(articles)) != i
        central.append(float(similarity[i, others].mean()) if others.any() else 0.0)
    return central
