"""Incremental runs: what adding a day's batch to a store costs, against placing everything again.

The corpus is bench_scale's (real texts of ../shared/data, recombined where more are needed, dated over two
years, 5% planted copies). The articles are split in date order into a store of the first N and batches of
the next ones; each batch goes through the corpus stages with the store (dedup against every stored
signature, placement into the stored story index, one committed transaction), as `newsprism analyze
--store` runs them. The per-story comparison stages are left out: they cost the same with or without a
store for the stories a batch touches. Beside it, the same articles clustered from scratch in one go, and
the stories both give compared by B-cubed (the online order is the same, so they should agree).

Usage: python bench/bench_store.py [--stored 10000] [--batch 500] [--batches 3] [--write]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_scale import build_corpus, load_sources  # noqa: E402
from common import DATA, markdown_table, publish, require  # noqa: E402

from newsprism.backends.store import SQLiteStore  # noqa: E402
from newsprism.context import Context, Progress  # noqa: E402
from newsprism.eval.clustering import bcubed  # noqa: E402
from newsprism.model import Article, Report  # noqa: E402
from newsprism.pipeline import save, store_fingerprint  # noqa: E402
from newsprism.settings import load_settings  # noqa: E402
from newsprism.stages import cluster, dedup  # noqa: E402

CONFIG = Path(__file__).resolve().parent.parent / "examples" / "large-corpus.toml"


def add_batch(articles: list[Article], store: SQLiteStore) -> tuple[float, Report]:
    """The corpus stages of one `analyze --store` run, then the commit; wall seconds and the report."""
    ctx = Context(load_settings(path=CONFIG, environ={}), progress=Progress(quiet=True), store=store)
    store.check_settings(store_fingerprint(ctx.settings))
    ctx.continue_counters(store.counters())
    start = time.perf_counter()
    report = cluster.run(dedup.run(Report(articles=list(articles)), ctx), ctx)
    save(report, list(articles), store, ctx)
    return time.perf_counter() - start, report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stored", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--batches", type=int, default=3)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    require(DATA)
    total = args.stored + args.batch * args.batches
    records = sorted(build_corpus(load_sources(DATA), total, 1), key=lambda r: (r["date"], r["id"]))
    articles = [Article(r["id"], r["id"], r["text"], r["title"], r["outlet"], r["date"]) for r in records]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        store = SQLiteStore(Path(folder) / "news.db")
        seconds, _ = add_batch(articles[: args.stored], store)
        rows.append([f"{args.stored:,} into an empty store", f"{seconds:.1f}", "—"])
        story_of: dict[str, str] = {}
        for number in range(args.batches):
            first = args.stored + number * args.batch
            seconds, report = add_batch(articles[first : first + args.batch], store)
            touched = sum(len(s.articles) for s in report.stories)
            rows.append(
                [
                    f"batch {number + 1}: {args.batch:,} more (store {first:,})",
                    f"{seconds:.1f}",
                    f"{len(report.stories):,} stories touched, {touched:,} articles in them",
                ]
            )
        for article_id, story in store.db.execute("SELECT id, story FROM articles"):
            story_of[article_id] = story
        size = Path(folder, "news.db").stat().st_size / 2**20
        store.close()
    ctx = Context(load_settings(path=CONFIG, environ={}), progress=Progress(quiet=True))
    fresh = [Article(a.id, a.path, a.text, a.title, a.outlet, a.date) for a in articles]
    start = time.perf_counter()
    dedup.run(Report(articles=fresh), ctx)
    keys = cluster.assign_stories(fresh, ctx)
    rows.append([f"all {total:,} from scratch, no store", f"{time.perf_counter() - start:.1f}", "—"])
    p, r, f = bcubed(keys, [story_of[a.id] for a in fresh])
    table = markdown_table(["run", "seconds (dedup + cluster + commit)", "work"], rows)
    notes = (
        f"\n\nSettings: `examples/large-corpus.toml` (no embedding model). Store file after all batches: "
        f"{size:.0f} MB. Stories from the batched runs against those of one run from scratch: B-cubed "
        f"P {p:.3f} / R {r:.3f} / F1 {f:.3f}.\n"
    )
    publish("store", "Incremental runs with a store (corpus stages)", table + notes, args.write)


if __name__ == "__main__":
    main()
