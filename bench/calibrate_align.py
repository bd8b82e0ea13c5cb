"""Choose align.threshold and align.lexical_weight on hand-labelled facts of real and example stories.

Facts: bench/data/align_tehran.toml (the real seed pair) and tests/golden/river-summit.toml (the example).
A "same" fact is met when both phrases end in one unit; an "alone" fact when its unit has coverage "one".
Score = mean of the two rates (balanced accuracy). Usage: python bench/calibrate_align.py [--write]
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import ROOT, SHARED, markdown_table, publish  # noqa: E402

from newsprism.context import Context, Progress  # noqa: E402
from newsprism.model import Report, Story  # noqa: E402
from newsprism.settings import load_settings  # noqa: E402
from newsprism.sources import Source  # noqa: E402
from newsprism.stages import align, clean, cluster, dedup, ingest, quantities, segment  # noqa: E402

Fact = tuple[str, str, str, str] | tuple[str, str]


def stories_for(paths: list[Path], sources: list[Source]) -> list[Story]:
    ctx = Context(load_settings(), sources, Progress(quiet=True))
    report = Report(paths=[str(p) for p in paths])
    for stage in (ingest, clean, dedup, segment, cluster):
        report = stage.run(report, ctx)
    return report.stories


def facts_tehran() -> list[Fact]:
    data = tomllib.loads((ROOT / "bench/data/align_tehran.toml").read_text(encoding="utf-8"))
    same: list[Fact] = [
        (f["a"]["file"], f["a"]["phrase"], f["b"]["file"], f["b"]["phrase"]) for f in data["same"]
    ]
    return same + [(f["file"], f["phrase"]) for f in data["alone"]]


def facts_example() -> list[Fact]:
    data = tomllib.loads((ROOT / "tests/golden/river-summit.toml").read_text(encoding="utf-8"))
    facts: list[Fact] = []
    for unit in data["unit"]:
        items = list(unit["phrases"].items())
        if unit["coverage"] == "one":
            facts.extend(items)
        else:
            facts.extend((fa, pa, fb, pb) for (fa, pa), (fb, pb) in combinations(items, 2))
    return facts


def unit_at(story: Story, file: str, phrase: str) -> object | None:
    article = next(a for a in story.originals if Path(a.path.split("#")[0]).name == file)
    start = article.text.index(phrase)
    end = start + len(phrase)
    for unit in story.units:
        if any(e.article == article.id and e.start < end and start < e.end for e in unit.evidence):
            return unit
    return None


def evaluate(story: Story, facts: list[Fact]) -> tuple[int, int, int, int]:
    same_ok = same_n = alone_ok = alone_n = 0
    for fact in facts:
        if len(fact) == 4:
            same_n += 1
            u = unit_at(story, fact[0], fact[1])
            same_ok += u is not None and u is unit_at(story, fact[2], fact[3])
        else:
            alone_n += 1
            u = unit_at(story, fact[0], fact[1])
            alone_ok += u is not None and u.coverage == "one"
    return same_ok, same_n, alone_ok, alone_n


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    seed = SHARED / "corpus" / "tehran-2015-11-23"
    if not seed.exists():
        sys.exit(f"skipped: {seed} not found")
    ctx = Context(load_settings(), progress=Progress(quiet=True))
    cases = []
    for paths, sources, facts in (
        ([seed], [Source("003_*", "Khamenei.ir")], facts_tehran()),
        ([ROOT / "examples" / "river-summit"], [], facts_example()),
    ):
        story = quantities.run(stories_for(paths, sources)[0], ctx)
        items = align.clause_items(story, ctx.settings.align.min_clause_words)
        vectors = ctx.embedder.encode([i.article.text[i.clause.start : i.clause.end] for i in items])
        cases.append((story, items, vectors, facts))
    rows = []
    for weight in (0.0, 0.2, 0.3, 0.4, 0.5, 0.6):
        for bonus in (0.0, 0.2, 0.3, 0.4):
            for step in range(6, 17):
                threshold = step * 0.05
                totals = [0, 0, 0, 0]
                for story, items, vectors, facts in cases:
                    story.units = align.align(story, vectors, items, threshold, align.Weights(weight, bonus))
                    totals = [t + x for t, x in zip(totals, evaluate(story, facts), strict=True)]
                same = totals[0] / totals[1]
                alone = totals[2] / totals[3]
                rows.append(((same + alone) / 2, threshold, weight, bonus, same, alone, totals))
    rows.sort(key=lambda r: (-r[0], -r[1]))
    header = ["lexical weight", "quantity bonus", "threshold", "same facts joined"]
    header += ["single-outlet facts kept alone", "balanced"]
    cells = [
        [
            f"{weight:.1f}",
            f"{bonus:.1f}",
            f"{threshold:.2f}",
            f"{t[0]}/{t[1]} ({same:.2f})",
            f"{t[2]}/{t[3]} ({alone:.2f})",
            f"{score:.3f}",
        ]
        for score, threshold, weight, bonus, same, alone, t in rows[:8]
    ]
    title = "Alignment threshold sweep (seed pair + example story)"
    publish("calibrate-align", title, markdown_table(header, cells), args.write)


if __name__ == "__main__":
    main()
