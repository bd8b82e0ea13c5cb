"""The sweep behind the summary's selection weights in defaults.toml ([summary] position_weight,
redundancy_weight, novelty_weight, turn_redundancy_weight): ROUGE-1 of our summary at the reference length
on the odd-numbered clusters of Multi-News and NeuS (the even-numbered ones are left for nothing but the
figures of bench_summary.py, which reports every cluster), one story built per cluster and summarized under
every setting of the grid.

Usage: python bench/calibrate_summary.py [--limit N] [--write]
  --limit N  only the first N odd-numbered clusters of each dataset
  --write    record the table as section "calibrate-summary" of BENCHMARKS.md
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_summary import (
    MULTI_NEWS,
    NEUS,
    load_multi_news,
    load_neus,
    our_story,
    summary_text,
    truncate,
    word_count,
)  # noqa: E402
from common import markdown_table, publish, require  # noqa: E402

from newsprism.context import Context, Progress  # noqa: E402
from newsprism.settings import load_settings  # noqa: E402
from newsprism.stages import summarize  # noqa: E402

POSITION = (0.0, 0.2, 0.4)
REDUNDANCY = (0.0, 0.25, 0.5)
NOVELTY = (0.0, 0.1, 0.3)
TURN = (0.0, 0.2, 0.4)


def main() -> None:
    from rouge_score import rouge_scorer

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--limit", type=int)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    ctx = Context(settings=load_settings(environ={}), progress=Progress(quiet=True))
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    datasets = {
        "Multi-News": load_multi_news(require(MULTI_NEWS))[1::2][: args.limit],
        "NeuS": load_neus(require(NEUS))[1::2][: args.limit],
    }
    stories = {
        name: [(our_story(c, ctx)[0], c.reference) for c in clusters] for name, clusters in datasets.items()
    }
    rows = []
    for weights in itertools.product(POSITION, REDUNDANCY, NOVELTY, TURN):
        means = []
        for built in stories.values():
            scores = []
            for story, reference in built:
                budget = word_count(reference)
                text = truncate(summary_text(summarize.summarize(story, 100, budget, *weights)), budget)
                scores.append(scorer.score(reference, text)["rouge1"].fmeasure)
            means.append(100 * statistics.fmean(scores))
        rows.append((statistics.fmean(means), weights, means))
    rows.sort(reverse=True)
    current = summarize.weights(ctx.settings.summary)
    table = markdown_table(
        [
            "position",
            "redundancy",
            "novelty",
            "turn redundancy",
            "R-1 Multi-News",
            "R-1 NeuS",
            "mean",
            "in defaults.toml",
        ],
        [
            [
                *(f"{w:g}" for w in weights),
                f"{a:.2f}",
                f"{b:.2f}",
                f"{mean:.2f}",
                "yes" if weights == current else "",
            ]
            for mean, weights, (a, b) in rows[:12]
        ],
    )
    sizes = ", ".join(f"{name} {len(built)}" for name, built in stories.items())
    table += (
        f"\n\nBest 12 of {len(rows)} settings; odd-numbered clusters ({sizes}), at each reference's length."
    )
    publish("calibrate-summary", "Summary selection weights (sweep)", table, args.write)


if __name__ == "__main__":
    main()
