"""Sweep the online story-clustering settings on BASIL and NeuS together and report B-cubed P/R/F1.

BASIL: 204 articles of 68 events, three outlets each, dated. NeuS: 615 lead paragraphs of 205 AllSides
triplets, undated (so the date window never applies there). Every setting is scored on both; the one chosen
maximises the lower of the two F1s, ties broken by BASIL precision, so neither dataset is tuned alone.
Swept: embedding_weight (MiniLM vectors, each distinct text embedded once), threshold and name_weight at
window_days 7; then window_days for the chosen setting on BASIL. lead_chars and embed_chars stay at
defaults.toml. The hard-negative figure: pairs of BASIL articles from different events that share a main
entity (the dataset's `main_entities`), and how many of them one story holds.

Usage: python bench/calibrate_cluster.py [--write] [--quiet]
  (--write records the section `calibrate-cluster` in BENCHMARKS.md)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import combinations, product
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).parent))

from common import DATA, markdown_table, publish, read_jsonl, require  # noqa: E402

from newsprism.backends.embed import get_embedder  # noqa: E402
from newsprism.eval.clustering import bcubed, load_basil, load_neus  # noqa: E402
from newsprism.model import Article  # noqa: E402
from newsprism.settings import ClusterSettings, load_settings  # noqa: E402
from newsprism.story_index import StoryIndex, lead_text  # noqa: E402

STORIES = DATA / "stories"
EMBEDDING_WEIGHTS = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5]
THRESHOLDS = [round(float(t), 3) for t in np.arange(0.10, 0.501, 0.025)]
NAME_WEIGHTS = [1.0, 1.5, 2.0]
WINDOW_DAYS = [1.0, 3.0, 7.0, 14.0, 30.0]
SWEEP_WINDOW = 7.0
TOP = 10

Embed = Callable[[list[str]], np.ndarray]


class Dataset(NamedTuple):
    name: str
    articles: list[Article]
    gold: list[str]


class Scores(NamedTuple):
    precision: float
    recall: float
    f1: float
    stories: int


@dataclass(frozen=True)
class Trial:
    """One setting and its scores on each dataset; `labels` are BASIL's, for the hard-negative count."""

    setting: ClusterSettings
    basil: Scores
    neus: Scores
    labels: tuple[int, ...]

    @property
    def joint(self) -> tuple[float, float]:
        """The lower F1, then BASIL precision; rounded so float noise breaks no tie."""
        return round(min(self.basil.f1, self.neus.f1), 9), round(self.basil.precision, 9)


def caching(embedder: Embed) -> Embed:
    """The embedder behind a cache: each distinct text is embedded once across the whole sweep."""
    cache: dict[str, np.ndarray] = {}

    def embed(texts: list[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in cache))
        if missing:
            cache.update(zip(missing, embedder(missing), strict=True))
        return np.stack([cache[t] for t in texts])

    return embed


def cluster(articles: Sequence[Article], settings: ClusterSettings, embed: Embed) -> list[int]:
    """Story labels from a fresh index, all articles added as one batch (as `assign_stories` does)."""
    index = StoryIndex(settings)
    return index.add(
        [a.title for a in articles], [a.text for a in articles], [a.date for a in articles], embed
    )


def scores(dataset: Dataset, labels: Sequence[int]) -> Scores:
    precision, recall, f1 = bcubed(dataset.gold, labels)
    return Scores(precision, recall, f1, len(set(labels)))


def trial(setting: ClusterSettings, basil: Dataset, neus: Dataset, embed: Embed) -> Trial:
    labels = cluster(basil.articles, setting, embed)
    return Trial(
        setting, scores(basil, labels), scores(neus, cluster(neus.articles, setting, embed)), tuple(labels)
    )


def entity_pairs(records: Sequence[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pairs of articles (by position) from different events that share a main entity: hard negatives."""
    entities = [set(r["main_entities"]) for r in records]
    return [
        (i, j)
        for i, j in combinations(range(len(records)), 2)
        if records[i]["event_id"] != records[j]["event_id"] and entities[i] & entities[j]
    ]


def joined(pairs: Iterable[tuple[int, int]], labels: Sequence[int]) -> int:
    return sum(labels[i] == labels[j] for i, j in pairs)


def middle_of_best(windows: list[Trial], pairs: list[tuple[int, int]]) -> Trial:
    """The window with the best BASIL F1 and fewest hard negatives joined; of ties, the middle one, the
    farthest from both edges of the plateau (too narrow splits a story, too wide joins recurring actors)."""
    best = max((round(t.basil.f1, 9), -joined(pairs, t.labels)) for t in windows)
    tied = [t for t in windows if (round(t.basil.f1, 9), -joined(pairs, t.labels)) == best]
    return tied[(len(tied) - 1) // 2]


def describe(setting: ClusterSettings) -> list[str]:
    return [
        f"{setting.embedding_weight:.1f}",
        f"{setting.threshold:.3f}",
        f"{setting.name_weight:.1f}",
        f"{setting.window_days:g}",
    ]


def cells(scored: Scores, events: int) -> list[str]:
    return [
        f"{scored.precision:.3f}",
        f"{scored.recall:.3f}",
        f"{scored.f1:.3f}",
        f"{scored.stories} ({events})",
    ]


def row(label: str, t: Trial, pairs: list[tuple[int, int]], events: dict[str, int]) -> list[str]:
    return [
        label,
        *describe(t.setting),
        *cells(t.basil, events["BASIL"]),
        *cells(t.neus, events["NeuS"]),
        f"{min(t.basil.f1, t.neus.f1):.3f}",
        f"{joined(pairs, t.labels)}",
    ]


def report(
    ranked: list[Trial],
    windows: list[Trial],
    chosen: Trial,
    pairs: list[tuple[int, int]],
    events: dict[str, int],
) -> str:
    header = [
        "",
        "embedding weight",
        "threshold",
        "name weight",
        "window (days)",
        *(
            f"{name} {col}"
            for name in ("BASIL", "NeuS")
            for col in ("B3 P", "B3 R", "B3 F1", "stories (gold)")
        ),
        "lower F1",
        f"BASIL hard-negative pairs joined (of {len(pairs)})",
    ]
    scale = next(t for t in ranked if t.setting.embedding_weight == 0)
    rows = [row(f"{rank}", t, pairs, events) for rank, t in enumerate(ranked[:TOP], start=1)]
    rows += [row("no embedding (scale)", scale, pairs, events)]
    rows += [row("window sweep", t, pairs, events) for t in windows]
    rows += [row("**chosen**", chosen, pairs, events)]
    weights = ", ".join(f"{w:g}" for w in EMBEDDING_WEIGHTS)
    names = ", ".join(f"{w:g}" for w in NAME_WEIGHTS)
    notes = (
        f"\n\nRows 1–{TOP}: the best of {len(ranked)} settings (embedding weight {weights} with MiniLM; "
        f"threshold {THRESHOLDS[0]}–{THRESHOLDS[-1]} step 0.025; name weight {names}; window "
        f"{SWEEP_WINDOW:g} days), ranked by the lower of the two F1s, ties by BASIL precision. "
        "`no embedding (scale)`: the best setting with embedding weight 0, which needs no embedding model. "
        "`window sweep`: the best setting at each window on BASIL (NeuS is undated, so the window changes "
        "nothing there); the chosen window has the best BASIL F1 and fewest hard-negative pairs joined; of "
        f"tied windows, the middle one. Hard negatives: the {len(pairs)} pairs of BASIL articles from "
        "different events that share a main entity (`main_entities`). The chosen row is what defaults.toml "
        "`[cluster]` holds."
    )
    return markdown_table(header, rows) + notes


def main() -> None:
    parser = argparse.ArgumentParser(description="Sweep the story-clustering settings on BASIL and NeuS.")
    parser.add_argument(
        "--write", action="store_true", help="record section `calibrate-cluster` in BENCHMARKS.md"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    args = parser.parse_args()
    basil = Dataset("BASIL", *load_basil(require(STORIES / "basil.jsonl")))
    neus = Dataset("NeuS", *load_neus(require(STORIES / "neus_test.jsonl")))
    pairs = entity_pairs(read_jsonl(STORIES / "basil.jsonl"))
    base = replace(load_settings(environ={}).cluster, window_days=SWEEP_WINDOW)
    embed = caching(get_embedder("minilm").encode)
    texts = [lead_text(a.title, a.text, base.embed_chars) for a in basil.articles + neus.articles]
    for first in tqdm(range(0, len(texts), 64), desc="MiniLM", unit="batch", disable=args.quiet):
        embed(texts[first : first + 64])

    grid = list(product(EMBEDDING_WEIGHTS, THRESHOLDS, NAME_WEIGHTS))
    ranked = sorted(
        (
            trial(replace(base, embedding_weight=w, threshold=t, name_weight=n), basil, neus, embed)
            for w, t, n in tqdm(grid, desc="sweep", disable=args.quiet)
        ),
        key=lambda t: t.joint,
        reverse=True,
    )
    best = ranked[0]
    windows = [trial(replace(best.setting, window_days=d), basil, neus, embed) for d in WINDOW_DAYS]
    chosen = middle_of_best(windows, pairs)
    events = {d.name: len(set(d.gold)) for d in (basil, neus)}
    title = "Story clustering sweep on BASIL and NeuS together (B-cubed; best settings, scale row, window)"
    publish("calibrate-cluster", title, report(ranked, windows, chosen, pairs, events), args.write)


if __name__ == "__main__":
    main()
