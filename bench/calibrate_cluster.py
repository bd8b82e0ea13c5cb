"""Sweep the story-clustering settings on BASIL (68 events x 3 outlets) and report B-cubed P/R/F1.

Usage: python bench/calibrate_cluster.py [--write]   (--write records the table in BENCHMARKS.md)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from common import DATA, markdown_table, publish, read_jsonl  # noqa: E402

from newsprism.context import Context, Progress  # noqa: E402
from newsprism.model import Article  # noqa: E402
from newsprism.settings import load_settings  # noqa: E402
from newsprism.stages import cluster, segment  # noqa: E402


def bcubed(gold: list[str], predicted: list[int]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering against gold labels."""
    precision = recall = 0.0
    pairs = Counter(zip(gold, predicted, strict=True))
    gold_size, pred_size = Counter(gold), Counter(predicted)
    for g, p in zip(gold, predicted, strict=True):
        shared = pairs[(g, p)]
        precision += shared / pred_size[p]
        recall += shared / gold_size[g]
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


def load_basil(ctx: Context) -> tuple[list[Article], list[str]]:
    records = read_jsonl(DATA / "stories" / "basil.jsonl")
    articles = [
        Article(
            id=f"a{i}",
            path=r["article_id"],
            text=r["text"],
            title=r["title"],
            outlet=r["outlet"],
            date=r["date"],
        )
        for i, r in enumerate(records)
    ]
    docs = ctx.parse([a.text for a in articles])
    for article, doc in zip(articles, docs, strict=True):
        segment.segment_article(article, doc, ctx.settings.align.min_clause_words)
    return articles, [r["event_id"] for r in records]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    ctx = Context(load_settings(), progress=Progress(quiet=True))
    articles, gold = load_basil(ctx)
    embeddings = ctx.embedder.encode([cluster.lead_text(a) for a in articles])
    rows = []
    for weight in (0.4, 0.5, 0.6, 0.7, 0.8, 1.0):
        sim = cluster.similarity(articles, embeddings, weight, ctx.settings.cluster.window_days)
        for threshold in np.arange(0.25, 0.71, 0.05):
            labels = cluster.group(sim, float(threshold))
            p, r, f = bcubed(gold, labels)
            rows.append((f, weight, float(threshold), p, r, len(set(labels))))
    rows.sort(reverse=True)
    header = ["embedding weight", "threshold", "B3 precision", "B3 recall", "B3 F1", "stories (gold 68)"]
    cells = [
        [f"{weight:.1f}", f"{threshold:.2f}", f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", str(n)]
        for f, weight, threshold, p, r, n in rows[:10]
    ]
    title = "Story clustering sweep on BASIL (best 10 settings)"
    publish("calibrate-cluster", title, markdown_table(header, cells), args.write)


if __name__ == "__main__":
    main()
