"""Score quote attribution (source, cue, content) on PolNeAR's dev split: ours and textacy's
`direct_quotations` in the same run, each article parsed once and shared by both.

Usage: python bench/bench_quotes.py [--limit N] [--write] [--quiet]
  --limit N  only the first N dev articles
  --write    record the table as section "quotes" of BENCHMARKS.md
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from common import DATA, markdown_table, publish, require  # noqa: E402

from newsprism.backends import nlp  # noqa: E402
from newsprism.context import Context  # noqa: E402
from newsprism.eval.quotes import FIELDS, MODES, Attribution, Counts, GoldArticle, load_polnear, score  # noqa: E402
from newsprism.model import Article, QuoteVariant, Story  # noqa: E402
from newsprism.settings import load_settings  # noqa: E402
from newsprism.stages import entities, quotes, segment  # noqa: E402

POLNEAR = DATA / "quotes" / "polnear.jsonl.gz"
GOAL = {("source", "exact"): 0.85, ("content", "overlap"): 0.85}  # F1 goals from the quotes issue
CITRON = {("source", "exact"): 82.0, ("cue", "exact"): 82.3, ("content", "overlap"): 83.3}
_QUOTE_CHARS = "’‘'`"  # textacy crashes on these unless spaCy stops calling them quotes (STACK.md)


def cue_span(text: str, cue: str | None, near: int) -> tuple[int, int] | None:
    """Where our cue word sits: the occurrence nearest the quotation (our variants keep only its text)."""
    if not cue:
        return None
    found = [m.span() for m in re.finditer(rf"\b{re.escape(cue)}\b", text)]
    return min(found, key=lambda s: abs(s[0] - near)) if found else None


def as_attribution(text: str, variant: QuoteVariant) -> Attribution:
    speaker = None
    if variant.speaker_start is not None and variant.speaker_end is not None:
        speaker = (variant.speaker_start, variant.speaker_end)
    return Attribution(speaker, cue_span(text, variant.cue, variant.start), (variant.start, variant.end))


def ours(ctx: Context, text: str, doc: Any) -> list[Attribution]:
    """Our pipeline on a one-article story: segment, entities, quotes."""
    article = segment.segment_article(Article(id="a1", path="a1.txt", text=text, outlet="x"), doc, 4)
    story = Story(id="s1", title="t", articles=[article])
    story = quotes.run(entities.run(story, ctx), ctx)
    return [as_attribution(text, v) for q in story.quotes for v in q.variants]


def _token_span(tokens: Any) -> tuple[int, int] | None:
    tokens = list(tokens)
    if not tokens:
        return None
    return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)


def baseline(doc: Any) -> list[Attribution] | None:
    """textacy's direct quotations; None where it bails out on an odd number of quotation marks."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return None
    return [Attribution(_token_span(t.speaker), _token_span(t.cue), _token_span(t.content)) for t in triples]


def run_system(name: str, articles: list[GoldArticle], docs: list[Any], parse_s: float, ctx: Context) -> dict:
    start, failed = time.perf_counter(), 0
    if name == "ours":
        predictions = [ours(ctx, a.text, d) for a, d in zip(articles, docs, strict=True)]
    else:
        found_or_none = [baseline(d) for d in docs]
        failed = sum(p is None for p in found_or_none)
        predictions = [p or [] for p in found_or_none]
    elapsed = time.perf_counter() - start + parse_s
    found = sum(len(p) for p in predictions)
    return {"counts": score(articles, predictions), "seconds": elapsed, "quotes": found, "failed": failed}


def rows_for(name: str, result: dict) -> list[list[str]]:
    counts: dict[str, Counts] = result["counts"]
    rows = []
    for field_name in FIELDS:
        for mode in MODES:
            p, r, f = counts[field_name].prf(mode)
            ref = CITRON.get((field_name, mode))
            rows.append(
                [name, field_name, mode, f"{100 * p:.1f}", f"{100 * r:.1f}", f"{100 * f:.1f}",
                 f"{ref:.1f}" if ref else "", str(counts[field_name].gold)]
            )  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    articles = load_polnear(require(POLNEAR), "dev")[: args.limit]
    ctx = Context(settings=load_settings(environ={}))
    pipeline = nlp.load(ctx.settings.nlp.model)
    for char in _QUOTE_CHARS:
        pipeline.vocab[char].is_quote = False
    ctx.embedder.encode(["warm up"])
    start = time.perf_counter()
    docs = ctx.parse([a.text for a in articles])
    parse_s = time.perf_counter() - start
    systems = ["ours"] + (["textacy"] if importlib.util.find_spec("textacy") else [])
    if len(systems) == 1:
        print("textacy is not installed: baseline skipped (pip install textacy==0.13.0)", file=sys.stderr)
    results = {name: run_system(name, articles, docs, parse_s, ctx) for name in systems}
    header = ["system", "field", "match", "P", "R", "F1", "citron (PARC3)", "gold spans"]
    rows = [row for name, result in results.items() for row in rows_for(name, result)]
    speed = "; ".join(
        f"{name}: {len(articles) / r['seconds']:.2f} articles/s, {r['quotes'] / r['seconds']:.1f} quotes/s "
        f"({r['quotes']} predicted, parse included"
        + (f"; bailed out on {r['failed']} articles, scored as empty)" if r["failed"] else ")")
        for name, r in results.items()
    )
    subset = f"first {len(articles)}" if args.limit else f"all {len(articles)}"
    ours_counts: dict[str, Counts] = results["ours"]["counts"]
    goal = ", ".join(
        f"{f} {m} F1 {100 * ours_counts[f].prf(m)[2]:.1f} (goal {100 * g:.0f})" for (f, m), g in GOAL.items()
    )
    note = (
        f"\n\nPolNeAR dev split, {subset} articles ({sum(len(a.attributions) for a in articles)} gold "
        f"attributions: direct, partial and reported speech). Exact: equal after trimming quotes and edge "
        f"punctuation; overlap: word-token F1 >= 0.5; pairing greedy one-to-one per article and field. "
        f"citron is BBC's reference on PARC3, another corpus. Ours: {goal}. Speed: {speed}."
    )
    publish("quotes", "Quote attribution (PolNeAR dev)", markdown_table(header, rows) + note, args.write)


if __name__ == "__main__":
    main()
