"""Story clustering on BASIL (204 articles, 68 events) and NeuS (615 articles, 205 triplets), all articles
of a dataset mixed: ours beside baselines, B-cubed precision, recall and F1 (newsprism.eval.clustering).

Each baseline is oracle-tuned: its setting is the best one of a sweep scored against the gold itself, so it
is an upper bound for that method, not a figure it would reach untuned. Ours runs with defaults.toml as is.
On BASIL the baselines also run with our 7-day date window (pairs dated further apart get distance 1); NeuS
has no dates. Seconds: vectors plus one clustering at the chosen setting, models already loaded.

Usage: python bench/bench_stories.py [--write]   (--write records the section `stories` in BENCHMARKS.md)
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

sys.path.insert(0, str(Path(__file__).parent))

from common import DATA, markdown_table, publish, require  # noqa: E402

from newsprism.context import Context, Progress  # noqa: E402
from newsprism.eval.clustering import bcubed, load_basil, load_neus  # noqa: E402
from newsprism.model import Article  # noqa: E402
from newsprism.settings import load_settings  # noqa: E402

T = TypeVar("T")
STORIES = DATA / "stories"
WINDOW_DAYS = 7.0
THRESHOLDS = [round(float(t), 3) for t in np.arange(0.05, 0.951, 0.025)]
HDBSCAN_EPSILONS = [round(float(e), 2) for e in np.arange(0.0, 1.21, 0.05)]
LEAD_SENTENCES, LEAD_CHARS = 3, 1000
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s")
# Orientation only: another corpus and task set-up (Miranda et al. 2018, multilingual news stream clustering).
ANCHOR = "Miranda et al. (2018), English news stream clustering, F1 ≈ 0.94 on their own corpus"
GOALS = {"BASIL": 0.97, "NeuS": 0.95}
HEADER = ["dataset", "method", "setting", "B3 precision", "B3 recall", "B3 F1", "stories (gold)", "seconds"]


class HdbscanSetting(NamedTuple):
    min_cluster_size: int
    min_samples: int
    epsilon: float


# min_samples 1 as well as the default (= min_cluster_size): every story here has only three articles
HDBSCAN_GRID = [
    HdbscanSetting(size, samples, eps) for size in (2, 3) for samples in (1, size) for eps in HDBSCAN_EPSILONS
]


@dataclass(frozen=True)
class Result:
    dataset: str
    method: str
    setting: str
    scores: tuple[float, float, float]
    stories: int
    seconds: float


def lead_text(article: Article) -> str:
    """Title and about the first three sentences (at most 1,000 characters): where news states the event."""
    ends = [m.end() for m in _SENTENCE_END.finditer(article.text, 0, LEAD_CHARS)]
    end = ends[LEAD_SENTENCES - 1] if len(ends) >= LEAD_SENTENCES else LEAD_CHARS
    return f"{article.title or ''}\n{article.text[:end]}".strip()


def full_text(article: Article) -> str:
    return f"{article.title or ''}\n{article.text}".strip()


def day_numbers(articles: Sequence[Article]) -> list[int | None]:
    """Each article's date as a day number, None where it has none or it does not parse."""
    out: list[int | None] = []
    for article in articles:
        try:
            out.append(date.fromisoformat(article.date[:10]).toordinal() if article.date else None)
        except ValueError:
            out.append(None)
    return out


def tfidf_vectors(texts: Sequence[str]) -> Any:
    """L2-normalised TF-IDF rows (sparse), English stop words out, sublinear term frequency."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)


def minilm_vectors(texts: Sequence[str]) -> np.ndarray:
    from newsprism.backends.embed import get_embedder

    return get_embedder("minilm").encode(list(texts))


def wordllama_vectors(texts: Sequence[str]) -> np.ndarray:
    return np.asarray(_wordllama().embed(list(texts), norm=True), dtype=np.float32)


@lru_cache(maxsize=1)
def _wordllama() -> Any:
    import wordllama

    # the weights ship inside the wheel; never reach for the hub
    return wordllama.WordLlama.load(cache_dir=Path(wordllama.__file__).parent, disable_download=True)


def cosine_distance(vectors: Any, days: Sequence[int | None] | None = None) -> np.ndarray:
    """1 - cosine of unit rows, clipped to [0, 1]; with days, pairs over the date window are at distance 1."""
    product = vectors @ vectors.T
    sim = np.asarray(product.toarray() if hasattr(product, "toarray") else product, dtype=np.float64)
    distance: np.ndarray = 1.0 - np.clip(sim, 0.0, 1.0)
    if days is not None:
        day = np.array([np.nan if d is None else d for d in days], dtype=np.float64)
        distance[np.abs(day[:, None] - day[None, :]) > WINDOW_DAYS] = 1.0
    np.fill_diagonal(distance, 0.0)
    return distance


def average_linkage(distance: np.ndarray) -> np.ndarray:
    return np.asarray(linkage(squareform(distance, checks=False), method="average"))


def cut(tree: np.ndarray, threshold: float) -> list[int]:
    """Flat clusters whose average within-cluster similarity stays at or above threshold."""
    return [int(x) for x in fcluster(tree, t=1.0 - threshold, criterion="distance")]


def agglomerative(distance: np.ndarray, threshold: float) -> list[int]:
    return [1] if len(distance) == 1 else cut(average_linkage(distance), threshold)


def tfidf_agglomerative(
    texts: Sequence[str], threshold: float, days: Sequence[int | None] | None = None
) -> list[int]:
    """The TF-IDF baseline in one call: cosine over TF-IDF rows, average linkage cut at threshold."""
    return agglomerative(cosine_distance(tfidf_vectors(texts), days), threshold)


def hdbscan(distance: np.ndarray, setting: HdbscanSetting) -> list[int]:
    """HDBSCAN on the Euclidean distance of unit vectors (a function of cosine); noise points stand alone."""
    from sklearn.cluster import HDBSCAN

    model = HDBSCAN(
        min_cluster_size=setting.min_cluster_size,
        min_samples=setting.min_samples,
        cluster_selection_epsilon=setting.epsilon,
        metric="precomputed",
        copy=True,
    )
    labels = model.fit_predict(np.sqrt(2.0 * distance))
    return [int(label) if label >= 0 else len(labels) + i for i, label in enumerate(labels)]


def sweep_agglomerative(
    distance: np.ndarray, gold: Sequence[str]
) -> tuple[float, tuple[float, float, float]]:
    """The threshold of THRESHOLDS with the best B-cubed F1, and its scores."""
    tree = average_linkage(distance)
    return max(((t, bcubed(gold, cut(tree, t))) for t in THRESHOLDS), key=lambda item: item[1][2])


def sweep_hdbscan(
    distance: np.ndarray, gold: Sequence[str]
) -> tuple[HdbscanSetting, tuple[float, float, float], int]:
    """The setting of HDBSCAN_GRID with the best B-cubed F1, its scores, and how many settings crashed."""
    scored = []
    for setting in HDBSCAN_GRID:
        try:
            scored.append((setting, bcubed(gold, hdbscan(distance, setting))))
        except TypeError:  # scikit-learn#33219: merging by ε fails on NumPy 2 in scikit-learn 1.9
            continue
    best, scores = max(scored, key=lambda item: item[1][2])
    return best, scores, len(HDBSCAN_GRID) - len(scored)


def timed(function: Callable[..., T], *args: Any) -> tuple[T, float]:
    start = time.perf_counter()
    value = function(*args)
    return value, time.perf_counter() - start


def baselines(
    dataset: str, articles: Sequence[Article], gold: Sequence[str], dated: bool
) -> Iterator[Result]:
    """Every baseline, oracle-tuned, without and (when dated) with the 7-day window."""
    features: list[tuple[str, Callable[[Sequence[str]], Any], Callable[[Article], str]]] = [
        ("TF-IDF", tfidf_vectors, full_text),
        ("MiniLM", minilm_vectors, lead_text),
        ("WordLlama", wordllama_vectors, lead_text),
    ]
    windows = [None, day_numbers(articles)] if dated else [None]
    for name, vectorize, text_of in features:
        vectors, vector_s = timed(vectorize, [text_of(a) for a in articles])
        for days in windows:
            method = f"{name} + average linkage" + (" + 7-day window" if days else "")
            distance, distance_s = timed(cosine_distance, vectors, days)
            threshold, _ = sweep_agglomerative(distance, gold)
            labels, cut_s = timed(agglomerative, distance, threshold)
            seconds = vector_s + distance_s + cut_s
            yield Result(
                dataset,
                method,
                f"threshold {threshold:.3f}, oracle-tuned",
                bcubed(gold, labels),
                len(set(labels)),
                seconds,
            )
            if name == "MiniLM":
                setting, _, crashed = sweep_hdbscan(distance, gold)
                labels, fit_s = timed(hdbscan, distance, setting)
                yield Result(
                    dataset,
                    method.replace("average linkage", "HDBSCAN"),
                    f"min size {setting.min_cluster_size}, min samples {setting.min_samples}, "
                    f"ε {setting.epsilon:.2f}, oracle-tuned ({crashed}/{len(HDBSCAN_GRID)} settings crashed)",
                    bcubed(gold, labels),
                    len(set(labels)),
                    vector_s + distance_s + fit_s,
                )


def our_assigner() -> Callable[[list[Article], Context], list[str]] | None:
    """Our story assignment (stages.cluster.assign_stories); None while the stage does not offer it."""
    try:
        from newsprism.stages.cluster import assign_stories
    except ImportError:
        return None
    return assign_stories


def ours(
    dataset: str,
    articles: list[Article],
    gold: Sequence[str],
    assign: Callable[[list[Article], Context], list[str]],
    ctx: Context,
) -> Result:
    """Our story keys with the settings in defaults.toml, scored and timed."""
    keys, seconds = timed(assign, articles, ctx)
    return Result(
        dataset, "**ours** (newsprism cluster)", "defaults.toml", bcubed(gold, keys), len(set(keys)), seconds
    )


def warm_up(ctx: Context) -> None:
    """Load every model once, so the seconds column measures work, not loading."""
    ctx.parse(["Models load once."])
    ctx.embedder.encode(["Models load once."])
    minilm_vectors(["Models load once."])
    wordllama_vectors(["Models load once."])


def table(results: Sequence[Result], events: dict[str, int]) -> str:
    rows = [
        [
            r.dataset,
            r.method,
            r.setting,
            *(f"{x:.3f}" for x in r.scores),
            f"{r.stories} ({events[r.dataset]})",
            f"{r.seconds:.1f}",
        ]
        for r in results
    ]
    goals = ", ".join(f"{name} B3 F1 ≥ {goal}" for name, goal in GOALS.items())
    notes = (
        f"\n\nGoals: {goals}. Published anchor, for orientation only: {ANCHOR}.\n\n"
        "Baselines are oracle-tuned: each setting is the best of a sweep scored against the gold "
        f"(thresholds {THRESHOLDS[0]}–{THRESHOLDS[-1]} step 0.025; HDBSCAN min size 2–3, min samples 1 or "
        f"the min size, ε {HDBSCAN_EPSILONS[0]}–{HDBSCAN_EPSILONS[-1]} step 0.05, where the ε settings that "
        "merge clusters crash scikit-learn 1.9.1 on NumPy 2, scikit-learn#33219, and are left out). "
        "TF-IDF reads title + text, the embeddings title + lead (3 sentences, ≤ 1,000 characters). NeuS is "
        "undated, so no date window applies there. Seconds: vectors (shared by the rows of one model) and "
        "one clustering at the chosen setting, models already loaded."
    )
    return markdown_table(HEADER, rows) + notes


def main() -> None:
    parser = argparse.ArgumentParser(description="Story clustering on BASIL and NeuS, ours beside baselines.")
    parser.add_argument("--write", action="store_true", help="record the section `stories` in BENCHMARKS.md")
    args = parser.parse_args()
    datasets = {
        "BASIL": load_basil(require(STORIES / "basil.jsonl")),
        "NeuS": load_neus(require(STORIES / "neus_test.jsonl")),
    }
    ctx = Context(load_settings(), progress=Progress(quiet=True))
    warm_up(ctx)
    assign = our_assigner()
    if assign is None:
        print("ours: stages.cluster.assign_stories is not available yet; baselines only", file=sys.stderr)
    results: list[Result] = []
    for name, (articles, gold) in datasets.items():
        results += [ours(name, articles, gold, assign, ctx)] if assign else []
        results += baselines(name, articles, gold, dated=name == "BASIL")
    events = {name: len(set(gold)) for name, (_, gold) in datasets.items()}
    title = "Story clustering on BASIL and NeuS (B-cubed), ours beside oracle-tuned baselines"
    publish("stories", title, table(results, events), args.write)


if __name__ == "__main__":
    main()
