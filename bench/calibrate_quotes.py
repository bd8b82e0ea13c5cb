"""The evidence behind the quote settings and the cue lexicon.

1. quotes.match_threshold: the versions of one utterance across outlets (bench/data/quote_pairs.toml, on the
   real seed pair and the example story) against every other pair of versions from different articles;
   for each threshold, how many same-utterance pairs end in one quote and how many other pairs do.
2. The cue lexicon (src/newsprism/quoting/cues.py): on the PolNeAR train split, for each cue word and kind
   of attribution the extractor produced, how often its content matches an annotated attribution.

Usage: python bench/calibrate_quotes.py [--write] [--min-count N]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from common import DATA, ROOT, SHARED, markdown_table, publish, require  # noqa: E402

import newsprism  # noqa: E402
from newsprism.context import Context, Progress  # noqa: E402
from newsprism.eval.quotes import load_polnear, overlap_f1, trim, words  # noqa: E402
from newsprism.model import QuoteVariant, Story  # noqa: E402
from newsprism.quoting import attributions  # noqa: E402
from newsprism.quoting.extract import lemma  # noqa: E402
from newsprism.settings import QuotesSettings, load_settings  # noqa: E402
from newsprism.stages import quotes  # noqa: E402

THRESHOLDS = [0.40, 0.45, 0.50, 0.55, 0.60, 0.65, 0.70, 0.75, 0.80]
STORIES = {
    "tehran": (SHARED / "corpus" / "tehran-2015-11-23", ROOT / "tests/golden/tehran-sources.toml"),
    "example": (ROOT / "examples" / "river-summit", None),
}


def story_versions(name: str) -> tuple[Story, list[QuoteVariant], Any]:
    """The story's quote versions before grouping, and their vectors."""
    folder, sources = STORIES[name]
    settings = load_settings(environ={})
    if sources is not None:
        settings = settings.with_values({"sources": str(sources)})
    report = newsprism.analyze([str(require(folder))], settings, Progress(quiet=True))
    story = max(report.stories, key=lambda s: len(s.articles))
    variants = [v for article in story.originals for v in quotes.extract(story, article)]
    ctx = Context(settings, progress=Progress(quiet=True))
    return story, variants, ctx.embedder.encode([v.words for v in variants])


def labelled_pairs(story: Story, variants: list[QuoteVariant], name: str) -> set[tuple[int, int]]:
    data = tomllib.loads((ROOT / "bench/data/quote_pairs.toml").read_text(encoding="utf-8"))
    file_of = {a.id: Path(a.path.split("#")[0]).name for a in story.articles}
    pairs = set()
    for entry in (e for e in data["same"] if e["story"] == name):
        found = []
        for file, opening in entry["versions"]:
            matches = [
                i for i, v in enumerate(variants) if file_of[v.article] == file and v.text.startswith(opening)
            ]
            if not matches:
                sys.exit(f"no version opens with {opening!r} in {file}: the quote stage no longer finds it")
            found.append(matches[0])
        pairs |= {(min(a, b), max(a, b)) for a, b in combinations(found, 2)}
    return pairs


def sweep() -> list[list[str]]:
    loaded = {name: story_versions(name) for name in STORIES if STORIES[name][0].exists()}
    mismatch = load_settings(environ={}).quotes.mismatch_threshold
    rows = []
    for threshold in THRESHOLDS:
        joined = wrong = same_total = other_total = 0
        for name, (story, variants, vectors) in loaded.items():
            same = labelled_pairs(story, variants, name)
            grouped = quotes.group(story, list(variants), vectors, QuotesSettings(threshold, mismatch))
            together = {
                (min(a, b), max(a, b))
                for q in grouped
                for a, b in combinations([variants.index(v) for v in q.variants], 2)
            }
            eligible = {
                (i, j)
                for i, j in combinations(range(len(variants)), 2)
                if variants[i].article != variants[j].article
            }
            same_total += len(same)
            other_total += len(eligible - same)
            joined += len(same & together)
            wrong += len(together - same)
        rows.append(
            [f"{threshold:.2f}", f"{joined}/{same_total}", f"{wrong} of {other_total}",
             f"{(joined / same_total + 1 - wrong / max(other_total, 1)) / 2:.3f}"]
        )  # fmt: skip
    return rows


def lexicon(min_count: int) -> list[list[str]]:
    articles = load_polnear(require(DATA / "quotes" / "polnear.jsonl.gz"), "train")
    ctx = Context(load_settings(environ={}), progress=Progress(quiet=True))
    hits: Counter[tuple[str, str]] = Counter()
    seen: Counter[tuple[str, str]] = Counter()
    for article, doc in zip(articles, ctx.parse([a.text for a in articles]), strict=True):
        gold = [words(article.text, trim(article.text, a.content)) for a in article.attributions if a.content]
        for found in attributions(doc):
            key = (lemma(doc[found.cue_token]), found.kind)
            mine = words(article.text, trim(article.text, found.content))
            seen[key] += 1
            hits[key] += any(overlap_f1(mine, g) >= 0.5 for g in gold)
    return [
        [word, kind, str(seen[(word, kind)]), f"{hits[(word, kind)] / seen[(word, kind)]:.2f}"]
        for (word, kind), count in seen.most_common()
        if count >= min_count
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--min-count", type=int, default=15)
    args = parser.parse_args()
    threshold_table = markdown_table(
        ["match_threshold", "same-utterance pairs joined", "other pairs joined", "balanced"], sweep()
    )
    lexicon_rows = lexicon(args.min_count)
    weak = [row for row in lexicon_rows if float(row[3]) < 0.5]
    body = (
        "Quote versions of one utterance across outlets (bench/data/quote_pairs.toml: the seed pair and the "
        "example story), grouped by mutual best MiniLM cosine at each threshold:\n\n"
        + threshold_table
        + f"\n\nCue words on the PolNeAR train split, as the extractor uses them ({args.min_count} or more "
        "attributions; matched: the content overlaps an annotated attribution's, word F1 >= 0.5). Cue words "
        "under 0.50 here: "
        + (", ".join(f"{r[0]} ({r[1]}, {r[3]})" for r in weak) or "none")
        + ".\n\n"
        + markdown_table(["cue lemma", "kind", "attributions", "matched"], lexicon_rows)
    )
    publish("calibrate-quotes", "Quote settings and cue lexicon", body, args.write)


if __name__ == "__main__":
    main()
