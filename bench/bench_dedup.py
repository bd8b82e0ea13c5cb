"""Near-duplicate detection on copies made from real articles, among real same-story articles that are not
copies: pairwise precision and recall, recall per copy kind, false positives on the hard negatives, a sweep
of the [dedup] settings, and throughput on the pool and on a large corpus.

The pool and the scores are `newsprism.eval.dedup` (its docstring says how copies are made and scored).
The large corpus: articles of 12–30 sentences drawn at random from all the real texts, a fifth of them
ending in one shared wire footer (text shared by many unrelated articles is what makes LSH slow).

Usage: python bench/bench_dedup.py [--write] [--originals N] [--scale N] [--quiet]
  --write      record the section `dedup` in BENCHMARKS.md
  --originals  originals per dataset in the pool (default 75: 300 originals, 600 copies)
  --scale      articles in the large corpus (default 100000; 0 leaves it out)
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from common import DATA, markdown_table, publish, require  # noqa: E402

from newsprism.context import Progress  # noqa: E402
from newsprism.eval.dedup import (  # noqa: E402
    KINDS,
    ORIGINALS_PER_DATASET,
    POOL_SEED,
    Document,
    Scores,
    articles,
    build_pool,
    load_sources,
    score,
    without_source_copies,
)
from newsprism.model import Article  # noqa: E402
from newsprism.settings import DedupSettings, load_settings  # noqa: E402
from newsprism.stages.dedup import BAND_ROWS, find_copies  # noqa: E402

OTHER_SEEDS = (2, 3, 4)
REPEAT = 3
DEFAULTS = load_settings(environ={}).dedup
PREVIOUS = replace(DEFAULTS, shingle=5, num_perm=128, threshold=0.5, containment=0.8)
SWEEP: dict[str, tuple[Any, ...]] = {
    "shingle": (2, 3, 4, 5),
    "threshold": (0.2, 0.25, 0.3, 0.35, 0.4, 0.5),
    "containment": (0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 1.01),
    "num_perm": (128, 192, 256, 384),
}
GOAL_PRECISION, GOAL_RECALL = 0.99, 0.95
GOAL_SECONDS_PER_100K = 300  # "a few minutes"
FOOTER = (
    "Copyright 2016 The Associated Press. All rights reserved. This material may not be published, "
    "broadcast, rewritten or redistributed. Follow us on Twitter and Facebook for the latest news, and sign "
    "up for our daily newsletter to get the headlines in your inbox every morning."
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def timed_copies(
    pool: Sequence[Article], settings: DedupSettings, repeat: int
) -> tuple[dict[str, str], float]:
    """find_copies' answer and its documents per second, median of `repeat` passes."""
    times, copies = [], {}
    for _ in range(repeat):
        start = time.perf_counter()
        copies = find_copies(pool, settings)
        times.append(time.perf_counter() - start)
    return copies, len(pool) / statistics.median(times)


def scores_row(name: str, scores: Scores) -> list[str]:
    return [
        name,
        f"{scores.precision:.3f}",
        f"{scores.recall:.3f}",
        f"**{scores.f1:.3f}**",
        *(f"{scores.recall_by_kind[kind]:.3f}" for kind in KINDS),
        f"{scores.hard_negative_false_positives} / {scores.hard_negative_pairs}",
        str(scores.false_positives),
    ]


SCORES_HEADER = [
    "run",
    "precision",
    "recall",
    "F1",
    *(f"recall: {kind}" for kind in KINDS),
    "hard-negative false pairs / pairs",
    "false pairs, all",
]


def sweep_rows(pool: Sequence[Document], progress: Progress) -> list[list[str]]:
    """One setting changed at a time from the defaults, then the values before this calibration."""
    found = articles(pool)
    runs = [
        (
            f"{key} = {value}" + (" (default)" if getattr(DEFAULTS, key) == value else ""),
            replace(DEFAULTS, **{key: value}),
        )
        for key, values in SWEEP.items()
        for value in values
    ]
    runs.append(("before: shingle 5, num_perm 128, threshold 0.5, containment 0.8", PREVIOUS))
    rows = []
    for name, settings in progress.iterate(runs, "sweep"):
        rows.append(scores_row(name, score(pool, find_copies(found, settings))))
    return rows


def scale_corpus(sources: Sequence[Document], size: int, seed: int) -> list[Article]:
    """`size` articles of 12–30 sentences (6–60 words) drawn from the real texts, a fifth ending in one
    shared footer."""
    rng = random.Random(seed)
    split = (s for doc in sources for s in _SENTENCE_END.split(doc.text))
    sentences = [s for s in split if 6 <= len(s.split()) <= 60]  # longer: lists and tables, not sentences
    corpus = []
    for number in range(size):
        text = " ".join(rng.sample(sentences, rng.randint(12, 30)))
        if rng.random() < 0.2:
            text += "\n\n" + FOOTER
        corpus.append(Article(id=f"s{number}", path=f"s{number}", text=text))
    return corpus


def pool_text(scores: Scores, sources: int, distinct: int, originals: int) -> str:
    return (
        f"Pool: every article of BASIL, NeuS, Multi-News and PolNeAR in `../shared/data` ({distinct} after "
        f"leaving out {sources - distinct} that are copies of another inside the source data), plus two "
        f"copies each of {scores.copies // 2} originals of at least 80 words ({originals} per dataset, seed "
        f"{POOL_SEED}), each kind {scores.copies_by_kind[KINDS[0]]} times: {scores.documents} documents, "
        f"{scores.gold_pairs} same-group pairs, {scores.hard_negative_pairs} hard-negative pairs (articles "
        "of one BASIL event, NeuS triplet or Multi-News cluster that are not copies). Kinds: chrome "
        "(navigation, share and copyright lines, another byline), trim (last 1–3 paragraphs or 20–40% of the "
        "words cut), headline (another title line on top), words (10% of the words substituted, deleted or "
        "inserted), combined (chrome, trim and 5% of the words). Scores are over pairs placed in one group; "
        "recall per kind is the share of copies found in their original's group. `newsprism.eval.dedup` "
        "builds and scores the pool."
    )


def goal_table(scores: Scores, scale: tuple[int, float] | None) -> str:
    rows = [
        [f"precision ≥ {GOAL_PRECISION}", f"{scores.precision:.3f}", yes(scores.precision >= GOAL_PRECISION)],
        [f"recall ≥ {GOAL_RECALL}", f"{scores.recall:.3f}", yes(scores.recall >= GOAL_RECALL)],
    ]
    if scale:
        size, seconds = scale
        rows.append(
            [
                "100,000 articles on 2 cores in a few minutes",
                f"{size:,} articles in {seconds:.0f} s in one process",
                yes(seconds * 100_000 / size <= GOAL_SECONDS_PER_100K),
            ]
        )
    return markdown_table(["goal", "measured", "met"], rows)


def yes(met: bool) -> str:
    return "yes" if met else "no"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--originals", type=int, default=ORIGINALS_PER_DATASET)
    parser.add_argument("--scale", type=int, default=100_000)
    parser.add_argument("--quiet", "-q", action="store_true")
    args = parser.parse_args()
    progress = Progress(quiet=args.quiet)
    data = require(DATA)

    progress.info(f"pool: {args.originals} originals per dataset, two copies each, seed {POOL_SEED}")
    sources = load_sources(data)
    distinct = without_source_copies(sources)
    pool = build_pool(distinct, args.originals, POOL_SEED)
    copies, rate = timed_copies(articles(pool), DEFAULTS, REPEAT)
    main_scores = score(pool, copies)
    seed_rows = [scores_row(f"pool seed {POOL_SEED} (the pool above)", main_scores)]
    for seed in progress.iterate(OTHER_SEEDS, "other pools"):
        other = build_pool(distinct, args.originals, seed)
        seed_rows.append(
            scores_row(f"pool seed {seed}", score(other, find_copies(articles(other), DEFAULTS)))
        )

    progress.info("sweep")
    sweep_table = markdown_table(SCORES_HEADER, sweep_rows(pool, progress))

    scale, scale_text = None, ""
    if args.scale:
        progress.info(f"large corpus: {args.scale} articles")
        corpus = scale_corpus(sources, args.scale, POOL_SEED)
        words = sum(len(article.text.split()) for article in corpus) / len(corpus)
        start = time.perf_counter()
        found = find_copies(corpus, DEFAULTS)
        scale = (args.scale, time.perf_counter() - start)
        scale_text = (
            f"Large corpus: {args.scale:,} articles ({words:.0f} words on average) in {scale[1]:.0f} s, "
            f"**{args.scale / scale[1]:,.0f} articles/s** in one process ({len(found)} copies found among "
            "the random mixtures)."
        )

    settings = ", ".join(f"{f.name} {getattr(DEFAULTS, f.name)}" for f in fields(DEFAULTS))
    body = "\n\n".join(
        [
            pool_text(main_scores, len(sources), len(distinct), args.originals),
            f"Defaults ([dedup]): {settings}; LSH bands of {BAND_ROWS} rows. Throughput on the pool: "
            f"**{rate:,.0f} documents/s** in one process, median of {REPEAT} passes.",
            goal_table(main_scores, scale),
            markdown_table(SCORES_HEADER, seed_rows),
            "Sweep on the seed-1 pool, one setting changed at a time from the defaults (containment 1.01: "
            "Jaccard alone; the last row is the [dedup] values before this calibration):",
            sweep_table,
            scale_text,
        ]
    )
    publish("dedup", "Near-duplicate detection (dedup)", body, args.write)


if __name__ == "__main__":
    main()
