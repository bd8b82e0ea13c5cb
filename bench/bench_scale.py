"""Scale: dedup and story clustering on 1k, 10k and 100k articles made from the real texts of ../shared/data,
timed and with peak memory, each size in a fresh process; beside the TF-IDF + average-linkage baseline.

The corpus: every real article (BASIL, NeuS, Multi-News documents, PolNeAR, ClaimDiff claims grouped by
headline, the extraction benchmark's bodies), and where N needs more, recombined ones: the title of a real
article (drawn with odds by its length) over 1–2 paragraphs sampled from it and from each of two or more
other articles of the same dataset (more until 800 characters; texts of fewer than three paragraphs are cut
into sentences), no article giving over 30% of the new text or half of its own, so that a recombined text
is not a copy. Real articles of one event keep one date (±2 days); the others are dated at random over two
years, so a 7-day window holds about 2,000 of 100k. Outlets are drawn from 50 names. 5% are planted copies
of an article of 120 words or more: chrome lines added, the end trimmed, a day later at most, from the same
outlet (duplicate) or another (syndication). Seeded throughout.

Configurations: `terms only` (examples/large-corpus.toml: key terms and names, no embedding model) at
every size; the default (MiniLM, weight 0.2) at 1k and at 10k when 1k suggests it takes under four
minutes; the baseline (TF-IDF of title and text, average linkage with the 7-day window, threshold
oracle-tuned on BASIL) up to 10k: it needs a dense n × n distance matrix.

Usage: python bench/bench_scale.py [--sizes 1000,10000,100000] [--write] [--quiet] [--profile N]
  --write    record the section `scale` in BENCHMARKS.md
  --profile  run cProfile on the `terms only` configuration at N articles and print the hot spots
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import os
import pstats
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from common import DATA, markdown_table, publish, require  # noqa: E402

SEED = 1
COPY_SHARE = 0.05
START = date(2022, 1, 1)
SPAN_DAYS = 730
EVENT_JITTER_DAYS = 2
MAX_SHARE = 0.3  # of a recombined text that one source article may give
MIN_CHARS = 800
MIN_COPY_WORDS = 120  # in a shorter copy the chrome lines weigh so much that copies of different texts match
CITIES = (
    "Northgate",
    "Harbor",
    "Valley",
    "Lakeside",
    "Capital",
    "Riverside",
    "Summit",
    "Bay",
    "Prairie",
    "Coast",
)
PAPERS = ("Herald", "Times", "Courier", "Gazette", "Tribune")
OUTLETS = tuple(f"{city} {paper}" for city in CITIES for paper in PAPERS)
HEADER_LINES = (
    "Skip to main content",
    "Menu Search Subscribe Sign in",
    "Share on Facebook Share on Twitter Share via Email",
    "Listen to this article",
    "Advertisement",
    "{outlet} | Latest news",
)
FOOTER_LINES = (
    "© {year} {outlet}. All rights reserved.",
    "Sign up for our daily newsletter to get the latest headlines",
    "Follow us on Twitter and Facebook",
    "Copyright {year} {outlet}. This material may not be published, broadcast, rewritten or redistributed.",
    "Report an error",
)
TERMS, DEFAULT, BASELINE = "terms only", "default", "baseline"
CONFIGURATIONS = {
    TERMS: "ours, examples/large-corpus.toml (terms and names, no embedding model)",
    DEFAULT: "ours, defaults (MiniLM, embedding_weight 0.2)",
    BASELINE: "TF-IDF + average linkage + 7-day window",
}
CONFIG_FILES: dict[str, Path | None] = {
    TERMS: Path(__file__).resolve().parent.parent / "examples" / "large-corpus.toml",
    DEFAULT: None,
}
DEFAULT_BUDGET_S = 240.0  # run the default configuration at 10k only when 1k suggests it fits this
GOAL_SIZE, GOAL_S, GOAL_MB = 100_000, 15 * 60, 4096
HEADER = [
    "articles",
    "configuration",
    "dedup s",
    "cluster s",
    "total s",
    "articles/s",
    "peak RSS MB",
    "stories",
    "copies (planted)",
]
_PARAGRAPHS = re.compile(r"\n\s*\n|\n")
# a sentence ends at . ! or ? before a capital, not after a title or an initial ("Mr. Sanders", "U.S. Senate")
_SENTENCES = re.compile(
    r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bSt\.)"
    r"(?<!\b[A-Z]\.)(?<=[.!?])\s+(?=[\"'“‘(]?[A-Z])"
)


@dataclass(frozen=True)
class Source:
    """A real article as units (paragraphs, or sentences when it has fewer than three) to recombine."""

    dataset: str
    title: str | None
    units: tuple[str, ...]
    event: str | None


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    opener: Any = gzip.open if path.suffix == ".gz" else open
    with opener(require(path), "rt", encoding="utf-8") as handle:
        yield from (json.loads(line) for line in handle if line.strip())


def units_of(text: str) -> tuple[str, ...]:
    paragraphs = [p.strip() for p in _PARAGRAPHS.split(text) if p.strip()]
    if len(paragraphs) >= 3:
        return tuple(paragraphs)
    return tuple(s.strip() for p in paragraphs for s in _SENTENCES.split(p) if s.strip())


def load_sources(data: Path) -> list[Source]:
    """Every real article of the six datasets, as units."""
    found: list[Source] = []

    def add(dataset: str, title: str | None, text: str, event: str | None) -> None:
        units = units_of(text)
        if units:
            found.append(Source(dataset, title or None, units, event))

    for row in read_jsonl(data / "stories" / "basil.jsonl"):
        add("basil", row["title"], row["text"], f"basil:{row['event_id']}")
    for row in read_jsonl(data / "stories" / "neus_test.jsonl"):
        for article in row["articles"]:
            add("neus", article["title"], article["text"], f"neus:{row['id']}")
    for row in read_jsonl(data / "summaries" / "multi_news.jsonl"):
        for text in row["documents"]:
            add("multi_news", None, text, f"multi_news:{row['id']}")
    for row in read_jsonl(data / "quotes" / "polnear.jsonl.gz"):
        add("polnear", row["title"], row["text"], None)
    claims: dict[tuple[str, str], list[str]] = {}
    for row in read_jsonl(data / "conflicts" / "claimdiff.jsonl"):
        for side in ("a", "b"):
            said = claims.setdefault((row["topic"], row[f"article_{side}"]), [])
            if row[f"claim_{side}"] not in said:
                said.append(row[f"claim_{side}"])
    for (topic, headline), said in claims.items():
        add("claimdiff", headline, "\n\n".join(said), f"claimdiff:{topic}")
    truth = json.loads(require(data / "extraction" / "ground-truth.json").read_text(encoding="utf-8"))
    for entry in truth.values():
        add("extraction", None, entry["articleBody"], None)
    return found


def recombined(source: Source, pool: list[Source], rng: random.Random) -> Source | None:
    """The title of `source` over units sampled from it and from other articles of its dataset, added until
    the text has `MIN_CHARS` and no article gives over `MAX_SHARE` of it or half of its own text, so that
    the new text is no copy of a real one, nor of another new text sharing a part (dedup: Jaccard 0.3,
    containment 0.6); None when no draw gets there."""
    for _ in range(10):
        parts: list[list[str]] = []
        for other in [source, *[s for s in rng.sample(pool, 13) if s is not source][:12]]:
            count = min(rng.randint(1, 2), max(1, len(other.units) // 2))
            units = [other.units[i] for i in sorted(rng.sample(range(len(other.units)), count))]
            if sum(map(len, units)) > 0.5 * sum(map(len, other.units)):
                if other is source:
                    break
                continue
            parts.append(units)
            sizes = [sum(map(len, part)) for part in parts]
            if len(parts) >= 3 and sum(sizes) >= MIN_CHARS and max(sizes) <= MAX_SHARE * sum(sizes):
                return Source(source.dataset, source.title, tuple(u for part in parts for u in part), None)
    return None


def planted_copy(text: str, outlet: str, year: int, rng: random.Random) -> str:
    """`text` with site chrome above and below and its end trimmed."""
    paragraphs = text.split("\n\n")
    if len(paragraphs) >= 4:
        paragraphs = paragraphs[: -rng.randint(1, 2)]
    else:
        words = text.split()
        paragraphs = [" ".join(words[: max(1, int(len(words) * rng.uniform(0.7, 0.8)))])]
    fill = {"outlet": outlet, "year": year}
    header = [line.format(**fill) for line in rng.sample(HEADER_LINES, rng.randint(1, 2))]
    footer = [line.format(**fill) for line in rng.sample(FOOTER_LINES, rng.randint(1, 2))]
    return "\n\n".join([*header, *paragraphs, *footer])


def build_corpus(sources: list[Source], size: int, seed: int) -> list[dict[str, Any]]:
    """`size` article records: real articles first, recombined ones where more are needed, 5% copies."""
    rng = random.Random(seed)
    originals = round(size * (1 - COPY_SHARE))
    recombinable = [s for s in sources if len(s.units) >= 2]  # a one-unit text could only be copied whole
    by_dataset: dict[str, list[Source]] = {}
    for source in recombinable:
        by_dataset.setdefault(source.dataset, []).append(source)
    # drawn by length, so that each text is reused about equally often: short ones, drawn as often as long
    # ones, would come back so many times that new texts share several of them and become copies
    weights = [sum(map(len, s.units)) for s in recombinable]
    chosen = rng.sample(sources, min(originals, len(sources)))
    while len(chosen) < originals:
        source = rng.choices(recombinable, weights)[0]
        made = recombined(source, by_dataset[source.dataset], rng)
        chosen += [made] if made else []
    event_day = {s.event: rng.randrange(SPAN_DAYS) for s in chosen if s.event}
    records: list[dict[str, Any]] = []
    for n, source in enumerate(chosen):
        day = (
            event_day[source.event] + rng.randint(-EVENT_JITTER_DAYS, EVENT_JITTER_DAYS)
            if source.event
            else rng.randrange(SPAN_DAYS)
        )
        records.append(
            {
                "id": f"a{n}",
                "title": source.title,
                "text": "\n\n".join(source.units),
                "outlet": rng.choice(OUTLETS),
                "date": (START + timedelta(days=day)).isoformat(),
                "planted_copy_of": None,
            }
        )
    copyable = [r for r in records if len(r["text"].split()) >= MIN_COPY_WORDS]
    for n in range(originals, size):
        original = rng.choice(copyable)
        dated = date.fromisoformat(original["date"]) + timedelta(days=rng.randint(0, 1))
        outlet = original["outlet"] if rng.random() < 0.5 else rng.choice(OUTLETS)
        records.append(
            {
                "id": f"a{n}",
                "title": original["title"],
                "text": planted_copy(original["text"], outlet, dated.year, rng),
                "outlet": outlet,
                "date": dated.isoformat(),
                "planted_copy_of": original["id"],
            }
        )
    rng.shuffle(records)
    return records


def write_corpus(records: list[dict[str, Any]], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


# --- the child: one configuration on one corpus, in a fresh process --------------------------------------


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure(corpus: Path, configuration: str, threshold: float, profile: Path | None) -> dict[str, Any]:
    from newsprism.model import Article

    articles, planted = [], []
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            path = f"scale/{r['id']}.txt"
            articles.append(Article(r["id"], path, r["text"], r["title"], r["outlet"], r["date"]))
            planted += [(r["id"], r["planted_copy_of"])] if r["planted_copy_of"] else []
    if configuration == BASELINE:
        return measure_baseline(articles, threshold)
    from newsprism.context import Context, Progress
    from newsprism.model import Report
    from newsprism.settings import load_settings
    from newsprism.stages import cluster, dedup

    ctx = Context(load_settings(path=CONFIG_FILES[configuration], environ={}), progress=Progress(quiet=True))
    if ctx.settings.cluster.embedding_weight:
        ctx.embedder.encode(["The model loads before the clock starts."])
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    start = time.perf_counter()
    dedup.run(Report(articles=articles), ctx)
    deduped = time.perf_counter()
    dedup_peak_mb = peak_rss_mb()
    keys = cluster.assign_stories(articles, ctx)
    end = time.perf_counter()
    if profiler and profile:
        profiler.disable()
        profiler.dump_stats(profile)
    root = {a.id: a.copy_of or a.id for a in articles}
    return {
        "dedup_s": deduped - start,
        "cluster_s": end - deduped,
        "stories": len(set(keys)),
        "copies": sum(a.copy_of is not None for a in articles),
        "planted": len(planted),
        "planted_found": sum(root[copy] == root[original] for copy, original in planted),
        "peak_mb": peak_rss_mb(),
        "peak_after_dedup_mb": dedup_peak_mb,
    }


def measure_baseline(articles: list[Any], threshold: float) -> dict[str, Any]:
    from bench_stories import day_numbers, full_text, tfidf_agglomerative

    start = time.perf_counter()
    labels = tfidf_agglomerative([full_text(a) for a in articles], threshold, day_numbers(articles))
    return {
        "dedup_s": None,
        "cluster_s": time.perf_counter() - start,
        "stories": len(set(labels)),
        "copies": None,
        "peak_mb": peak_rss_mb(),
    }


# --- the parent: corpora, one child per size and configuration, the table ---------------------------------


def baseline_threshold() -> float:
    """The baseline's threshold: the best of bench_stories' sweep on BASIL with the 7-day window."""
    from bench_stories import (
        STORIES,
        cosine_distance,
        day_numbers,
        full_text,
        sweep_agglomerative,
        tfidf_vectors,
    )

    from newsprism.eval.clustering import load_basil

    articles, gold = load_basil(require(STORIES / "basil.jsonl"))
    distance = cosine_distance(tfidf_vectors([full_text(a) for a in articles]), day_numbers(articles))
    threshold, _ = sweep_agglomerative(distance, gold)
    return threshold


def timeout_for(size: int) -> float:
    return 1500.0 if size > 10_000 else 900.0


def run_child(
    corpus: Path, configuration: str, threshold: float, timeout: float, profile: Path | None = None
) -> dict[str, Any]:
    """Measure one configuration in a fresh interpreter; {'error': ...} when it fails or runs out of time."""
    command = [sys.executable, __file__, "--child", str(corpus), "--configuration", configuration]
    command += ["--threshold", str(threshold)] + (["--profile-out", str(profile)] if profile else [])
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"not finished after {timeout / 60:.0f} min"}
    if done.returncode != 0:
        last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"
        return {"error": f"failed: {last}"}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def row(size: int, configuration: str, result: dict[str, Any]) -> list[str]:
    name = CONFIGURATIONS[configuration]
    if "error" in result:
        return [f"{size:,}", name, *(["—"] * 5), f"_{result['error']}_", "—"]
    dedup_s, cluster_s = result["dedup_s"], result["cluster_s"]
    total = (dedup_s or 0.0) + cluster_s
    copies = (
        "—"
        if result["copies"] is None
        else f"{result['copies']:,} ({result['planted_found']}/{result['planted']})"
    )
    return [
        f"{size:,}",
        name,
        "—" if dedup_s is None else f"{dedup_s:.1f}",
        f"{cluster_s:.1f}",
        f"{total:.1f}",
        f"{size / total:,.0f}",
        f"{result['peak_mb']:,.0f}",
        f"{result['stories']:,}",
        copies,
    ]


def not_run(size: int, configuration: str, why: str) -> list[str]:
    return [f"{size:,}", CONFIGURATIONS[configuration], *(["—"] * 5), f"_not run: {why}_", "—"]


def goal_line(results: dict[tuple[int, str], dict[str, Any]]) -> str:
    result = results.get((GOAL_SIZE, TERMS))
    goal = (
        f"Goal: {GOAL_SIZE:,} articles, dedup + clustering, under {GOAL_S // 60} min and {GOAL_MB:,} MB peak"
    )
    if not result:
        return f"{goal}: not measured in this run."
    if "error" in result:
        return f"{goal}: **missed** ({result['error']})."
    total = result["dedup_s"] + result["cluster_s"]
    met = total < GOAL_S and result["peak_mb"] < GOAL_MB
    return (
        f"{goal}: **{'met' if met else 'missed'}** ({total:.0f} s, {result['peak_mb']:,.0f} MB, terms only)."
    )


def notes(sources: list[Source], threshold: float, load: tuple[float, float]) -> str:
    counts: dict[str, int] = {}
    for source in sources:
        counts[source.dataset] = counts.get(source.dataset, 0) + 1
    real = ", ".join(f"{name} {count:,}" for name, count in counts.items())
    return (
        f"Corpus: the {len(sources):,} real articles of ../shared/data ({real}); where N needs more, "
        "recombined ones: a real article's title (drawn with odds by its length) over 1–2 paragraphs "
        "(sentences for short texts) sampled from it and from each of two or more other articles of the same "
        f"dataset, more until the text has {MIN_CHARS} characters and no article gives over {MAX_SHARE:.0%} "
        "of it or half of its own text, so that recombined texts are not copies. "
        f"Real articles of one event share a date (±{EVENT_JITTER_DAYS} days), the rest are spread over "
        f"{SPAN_DAYS} days; {len(OUTLETS)} outlets; {COPY_SHARE:.0%} planted copies of articles of "
        f"{MIN_COPY_WORDS}+ words (chrome lines added, the end trimmed, same or another outlet); seed "
        f"{SEED}. Copies: articles dedup marked `copy_of` (planted copies found in their original's group / "
        "planted).\n\n"
        "Each size and configuration runs in a fresh process: seconds exclude reading the corpus and loading "
        "the MiniLM model; peak RSS is the process's maximum (ru_maxrss), corpus and model included. The "
        "baseline reads title + text and clusters every article (no dedup), threshold "
        f"{threshold:.3f} (the best of bench_stories' sweep on BASIL with the 7-day window); at 100k its "
        "dense distance matrix would take ~40 GB (float32), so it is not run. "
        f"Load average (1 min) at start and end of the run: {load[0]:.2f}, {load[1]:.2f}."
    )


def print_hot_spots(profile: Path, limit: int = 25) -> None:
    stats = pstats.Stats(str(profile))
    total = max(getattr(stats, "total_tt", 0.0), 1e-9)
    entries: dict[Any, Any] = getattr(stats, "stats", {})
    for key in ("tottime", "cumulative"):
        index = 2 if key == "tottime" else 3
        print(f"\nhot spots by {key} (total {total:.1f} s):")
        ranked = sorted(entries.items(), key=lambda item: item[1][index], reverse=True)[:limit]
        for (filename, line, function), values in ranked:
            where = f"{Path(filename).name}:{line}" if line else filename
            share = values[index] / total
            print(f"  {values[index]:8.2f} s  {share:6.1%}  {function}  ({where}, {values[1]:,} calls)")


def main() -> None:
    parser = argparse.ArgumentParser(description="Dedup and clustering at 1k, 10k and 100k articles.")
    parser.add_argument("--sizes", default="1000,10000,100000", help="corpus sizes, comma separated")
    parser.add_argument("--write", action="store_true", help="record the section `scale` in BENCHMARKS.md")
    parser.add_argument("--quiet", action="store_true", help="no progress messages")
    parser.add_argument(
        "--profile", type=int, default=0, help="profile terms only at this size, print hot spots"
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--configuration", default=TERMS, help=argparse.SUPPRESS)
    parser.add_argument("--threshold", type=float, default=0.0, help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.configuration, args.threshold, args.profile_out)))
        return
    try:
        sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        parser.error(f"--sizes: expected numbers separated by commas, got {args.sizes!r}")

    def info(message: str) -> None:
        if not args.quiet:
            print(f"bench_scale: {message}", file=sys.stderr, flush=True)

    sources = load_sources(require(DATA))
    with tempfile.TemporaryDirectory(prefix="newsprism-scale-") as folder:
        if args.profile:
            corpus = Path(folder) / "profile.jsonl"
            write_corpus(build_corpus(sources, args.profile, SEED), corpus)
            info(f"profiling terms only at {args.profile:,} articles")
            result = run_child(corpus, TERMS, 0.0, timeout_for(args.profile), Path(folder) / "profile.out")
            print(json.dumps(result))
            if "error" not in result:
                print_hot_spots(Path(folder) / "profile.out")
            return
        load_start = os.getloadavg()[0]
        threshold = baseline_threshold()
        rows: list[list[str]] = []
        results: dict[tuple[int, str], dict[str, Any]] = {}
        default_1k_s: float | None = None
        for size in sizes:
            corpus = Path(folder) / f"{size}.jsonl"
            write_corpus(build_corpus(sources, size, SEED), corpus)
            plan = [TERMS, DEFAULT, BASELINE]
            for configuration in plan:
                if configuration == DEFAULT and size > 1000:
                    estimate = None if default_1k_s is None else default_1k_s * size / 1000
                    if estimate is None or estimate > DEFAULT_BUDGET_S or size > 10_000:
                        why = "MiniLM is too slow at this size"
                        if default_1k_s is not None and estimate is not None:
                            why += f": {1000 / default_1k_s:.0f} articles/s at 1k, ~{estimate / 60:.0f} min"
                        rows.append(not_run(size, configuration, why))
                        continue
                if configuration == BASELINE and size > 10_000:
                    rows.append(
                        not_run(
                            size, configuration, f"needs an n² matrix (~{size**2 * 4 / 1e9:.0f} GB float32)"
                        )
                    )
                    continue
                info(f"{size:,} articles, {CONFIGURATIONS[configuration]}")
                result = run_child(corpus, configuration, threshold, timeout_for(size))
                info(f"  {json.dumps(result)}")
                results[size, configuration] = result
                if configuration == DEFAULT and size == 1000 and "error" not in result:
                    default_1k_s = result["dedup_s"] + result["cluster_s"]
                rows.append(row(size, configuration, result))
    load = (load_start, os.getloadavg()[0])
    text = (
        markdown_table(HEADER, rows) + "\n\n" + goal_line(results) + "\n\n" + notes(sources, threshold, load)
    )
    publish("scale", "Scale: dedup and story clustering at 1k–100k articles", text, args.write)


if __name__ == "__main__":
    main()
