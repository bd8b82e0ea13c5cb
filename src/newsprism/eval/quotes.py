"""Quote attribution scored against PolNeAR (../shared/data/quotes/polnear.jsonl.gz).

Each attribution has a source (who), a cue (the speech verb) and a content (what was said), each a character
span or missing. Every field is scored on its own: within one article, predicted spans are paired with gold
spans greedily one-to-one, best pair first, and precision, recall and F1 count the pairs over all articles.

- exact: the two spans are equal after trimming whitespace, quotation marks and edge punctuation from both.
- overlap: the word-token F1 of the two spans is at least 0.5 (the usual lenient match, as in citron's).
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Span = tuple[int, int]
FIELDS = ("source", "cue", "content")
MODES = ("exact", "overlap")
OVERLAP_THRESHOLD = 0.5
_EDGE = " \t\r\n\u00a0\"'“”‘’«»`.,;:—–-"
_WORD = re.compile(r"\w+")


@dataclass
class Attribution:
    """One attribution's spans into its article's text; None where the field is absent."""

    source: Span | None = None
    cue: Span | None = None
    content: Span | None = None

    def span(self, name: str) -> Span | None:
        value: Span | None = getattr(self, name)
        return value


@dataclass
class GoldArticle:
    doc_id: str
    text: str
    attributions: list[Attribution] = field(default_factory=list)


@dataclass
class Counts:
    """Matched pairs per mode, and how many spans were predicted and annotated, for one field."""

    predicted: int = 0
    gold: int = 0
    matched: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MODES, 0))

    def add(self, other: Counts) -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        for mode in MODES:
            self.matched[mode] += other.matched[mode]

    def prf(self, mode: str) -> tuple[float, float, float]:
        return prf(self.matched[mode], self.predicted, self.gold)


def _span(value: dict[str, Any] | None) -> Span | None:
    return (int(value["start"]), int(value["end"])) if value else None


def load_polnear(path: Path, split: str = "dev") -> list[GoldArticle]:
    """The articles of one PolNeAR split with their gold attributions."""
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["split"] != split:
                continue
            attributions = [
                Attribution(_span(a.get("source")), _span(a.get("cue")), _span(a.get("content")))
                for a in record["attributions"]
            ]
            articles.append(GoldArticle(str(record["doc_id"]), record["text"], attributions))
    return articles


def trim(text: str, span: Span) -> Span:
    """The span without surrounding whitespace, quotation marks and edge punctuation."""
    start, end = span
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def words(text: str, span: Span) -> frozenset[int]:
    """Start offsets of the word tokens inside the span."""
    start, end = span
    return frozenset(start + m.start() for m in _WORD.finditer(text[start:end]))


def overlap_f1(a: frozenset[int], b: frozenset[int]) -> float:
    shared = len(a & b)
    return 2 * shared / (len(a) + len(b)) if shared else 0.0


def pair(gold: Sequence[Span], predicted: Sequence[Span], score: Callable[[Span, Span], float]) -> int:
    """How many one-to-one pairs score above zero, taking the best-scoring remaining pair each time."""
    scored = sorted(
        ((score(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(predicted)), reverse=True
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for value, i, j in scored:
        if value > 0 and i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
    return len(used_gold)


def score_spans(text: str, gold: Sequence[Span], predicted: Sequence[Span]) -> Counts:
    """Exact and overlap matches between one article's gold and predicted spans of one field."""
    g_trim, p_trim = [trim(text, s) for s in gold], [trim(text, s) for s in predicted]
    g_words, p_words = [words(text, s) for s in gold], [words(text, s) for s in predicted]
    exact = pair(g_trim, p_trim, lambda g, p: float(g == p))
    index_g, index_p = {s: n for n, s in enumerate(g_trim)}, {s: n for n, s in enumerate(p_trim)}

    def lenient(g: Span, p: Span) -> float:
        value = overlap_f1(g_words[index_g[g]], p_words[index_p[p]])
        return value if value >= OVERLAP_THRESHOLD else 0.0

    overlap = pair(g_trim, p_trim, lenient)
    return Counts(len(predicted), len(gold), {"exact": exact, "overlap": overlap})


def score_article(
    text: str, gold: Sequence[Attribution], predicted: Sequence[Attribution]
) -> dict[str, Counts]:
    """Counts per field for one article."""
    result = {}
    for name in FIELDS:
        g = [s for s in (a.span(name) for a in gold) if s is not None]
        p = [s for s in (a.span(name) for a in predicted) if s is not None]
        result[name] = score_spans(text, g, p)
    return result


def score(articles: Sequence[GoldArticle], predictions: Sequence[Sequence[Attribution]]) -> dict[str, Counts]:
    """Counts per field summed over articles; predictions[n] belongs to articles[n]."""
    if len(articles) != len(predictions):
        raise ValueError(f"{len(articles)} articles but {len(predictions)} prediction lists")
    total = {name: Counts() for name in FIELDS}
    for article, predicted in zip(articles, predictions, strict=True):
        for name, counts in score_article(article.text, article.attributions, predicted).items():
            total[name].add(counts)
    return total


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if matched else 0.0
    return precision, recall, f1
