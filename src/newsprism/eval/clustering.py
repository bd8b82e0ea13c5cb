"""Story clustering scored against the two story datasets in ../shared/data/stories.

The metric is B-cubed (Bagga and Baldwin, 1998), the usual one for news-event clustering: for each article,
precision is the share of its predicted story that shares its gold event, recall the share of its gold event
that lands in its predicted story; both are averaged over articles and F1 is their harmonic mean. It rewards
neither lumping (all in one story: recall 1, precision low) nor splitting (all alone: precision 1).

- `load_basil`: BASIL, 68 events covered by Fox News, the New York Times and HuffPost (204 articles, dated).
- `load_neus`: NeuS, 205 AllSides left/center/right triplets (615 lead paragraphs, undated, no outlet).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Any

from ..model import Article


def bcubed(gold: Sequence[Hashable], predicted: Sequence[Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of predicted story labels against gold labels, one per article."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predicted")
    if not gold:
        return 1.0, 1.0, 1.0
    shared = Counter(zip(gold, predicted, strict=True))
    gold_size, pred_size = Counter(gold), Counter(predicted)
    precision = sum(shared[(g, p)] / pred_size[p] for g, p in zip(gold, predicted, strict=True)) / len(gold)
    recall = sum(shared[(g, p)] / gold_size[g] for g, p in zip(gold, predicted, strict=True)) / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def _records(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_basil(path: Path) -> tuple[list[Article], list[str]]:
    """BASIL's articles (ids a1, a2, …; path = the dataset's article_id) and their gold event ids."""
    records = _records(path)
    articles = [
        Article(
            id=f"a{number}",
            path=r["article_id"],
            text=r["text"],
            title=r["title"] or None,  # one BASIL article has an empty title
            outlet=r["outlet"],
            date=r["date"],
        )
        for number, r in enumerate(records, start=1)
    ]
    return articles, [r["event_id"] for r in records]


def load_neus(path: Path) -> tuple[list[Article], list[str]]:
    """NeuS's triplet articles (path = `<record id>#<0..2>`) and the record id each belongs to."""
    articles: list[Article] = []
    gold: list[str] = []
    for record in _records(path):
        for member, item in enumerate(record["articles"]):
            articles.append(
                Article(
                    id=f"a{len(articles) + 1}",
                    path=f"{record['id']}#{member}",
                    text=item["text"],
                    title=item["title"],
                )
            )
            gold.append(record["id"])
    return articles, gold
