"""Score quote attribution (source, cue, content) on PolNeAR's dev split, in one run: our attribution
extractor (`newsprism.quoting`), the quotes our reports show (the `quotes` stage: speech, relays and
judgements that quote words), and textacy's `direct_quotations`, each article parsed once for all three.

Usage: python bench/bench_quotes.py [--split dev|train] [--limit N] [--write] [--quiet]
  --split    PolNeAR split to score (dev is the reported one; train is where the rules were checked)
  --limit N  only the first N articles
  --write    record the table as section "quotes" of BENCHMARKS.md
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from common import DATA, markdown_table, publish, require  # noqa: E402

from newsprism.backends import nlp  # noqa: E402
from newsprism.context import Context, Progress  # noqa: E402
from newsprism.eval.quotes import FIELDS, MODES, Attribution, Counts, GoldArticle, load_polnear, score  # noqa: E402
from newsprism.model import Article, QuoteVariant, Story  # noqa: E402
from newsprism.quoting import attributions  # noqa: E402
from newsprism.settings import load_settings  # noqa: E402
from newsprism.stages import entities, quotes, segment  # noqa: E402

POLNEAR = DATA / "quotes" / "polnear.jsonl.gz"
GOAL = {("source", "exact"): 0.85, ("content", "overlap"): 0.85}  # F1 goals from the quotes issue
CITRON = {("source", "exact"): 82.0, ("cue", "exact"): 82.3, ("content", "overlap"): 83.3}
_MARKS = '“”"«»'
_QUOTE_CHARS = "’‘'`"  # textacy crashes on these unless spaCy stops calling them quotes (STACK.md)


def extracted(doc: Any) -> list[Attribution]:
    """Every attribution our extractor finds in a parsed article."""
    return [Attribution(a.source, a.cue, a.content) for a in attributions(doc)]


def as_attribution(variant: QuoteVariant) -> Attribution:
    speaker = None
    if variant.speaker_start is not None and variant.speaker_end is not None:
        speaker = (variant.speaker_start, variant.speaker_end)
    cue = (variant.cue_start, variant.cue_end) if variant.cue_start is not None else None
    return Attribution(speaker, cue, (variant.start, variant.end))  # type: ignore[arg-type]


def reported(ctx: Context, text: str, doc: Any) -> list[Attribution]:
    """The quotes a report shows for a one-article story: segment, entities, quotes."""
    article = segment.segment_article(Article(id="a1", path="a1.txt", text=text, outlet="x"), doc, 4)
    story = Story(id="s1", title="t", articles=[article])
    story = quotes.run(entities.run(story, ctx), ctx)
    return [as_attribution(v) for q in story.quotes for v in q.variants]


def _token_span(tokens: Any) -> tuple[int, int] | None:
    tokens = list(tokens)
    if not tokens:
        return None
    return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)


def textacy_quotes(doc: Any) -> list[Attribution] | None:
    """textacy's direct quotations; None where it bails out on an odd number of quotation marks."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return None
    return [Attribution(_token_span(t.speaker), _token_span(t.cue), _token_span(t.content)) for t in triples]


def quoting(text: str, found: list[Attribution]) -> list[Attribution]:
    """The attributions whose content holds a quotation mark: quoted speech, whole or partial."""
    return [
        a for a in found if a.content and any(m in text[a.content[0] - 1 : a.content[1] + 1] for m in _MARKS)
    ]


def run_system(
    find: Callable[[GoldArticle, Any], list[Attribution] | None],
    articles: list[GoldArticle],
    docs: list[Any],
    parse_s: float,
) -> dict[str, Any]:
    start = time.perf_counter()
    found_or_none = [find(a, d) for a, d in zip(articles, docs, strict=True)]
    own_s = time.perf_counter() - start
    predictions = [p or [] for p in found_or_none]
    quoted_gold = [GoldArticle(a.doc_id, a.text, quoting(a.text, a.attributions)) for a in articles]
    return {
        "counts": score(articles, predictions),
        "quoted": score(
            quoted_gold, [quoting(a.text, p) for a, p in zip(articles, predictions, strict=True)]
        ),
        "seconds": own_s + parse_s,
        "own_seconds": own_s,
        "quotes": sum(len(p) for p in predictions),
        "failed": sum(p is None for p in found_or_none),
    }


def rows_for(name: str, counts: dict[str, Counts]) -> list[list[str]]:
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
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    articles = load_polnear(require(POLNEAR), args.split)[: args.limit]
    ctx = Context(settings=load_settings(environ={}), progress=Progress(quiet=True))
    pipeline = nlp.load(ctx.settings.nlp.model)
    for char in _QUOTE_CHARS:
        pipeline.vocab[char].is_quote = False
    ctx.embedder.encode(["warm up"])
    start = time.perf_counter()
    docs = ctx.parse([a.text for a in articles])
    parse_s = time.perf_counter() - start
    systems: dict[str, Callable[[GoldArticle, Any], list[Attribution] | None]] = {
        "ours: attributions": lambda _, doc: extracted(doc),
        "ours: who said what": lambda article, doc: reported(ctx, article.text, doc),
    }
    if importlib.util.find_spec("textacy"):
        systems["textacy"] = lambda _, doc: textacy_quotes(doc)
    else:
        print("textacy is not installed: baseline skipped (pip install textacy==0.13.0)", file=sys.stderr)
    results = {name: run_system(find, articles, docs, parse_s) for name, find in systems.items()}
    header = ["system", "field", "match", "P", "R", "F1", "citron (PARC3)", "gold spans"]
    rows = [row for name, result in results.items() for row in rows_for(name, result["counts"])]
    quoted_rows = [
        row
        for name, result in results.items()
        for row in rows_for(name, result["quoted"])
        if row[1] != "cue" and row[2] == ("exact" if row[1] == "source" else "overlap")
    ]
    speed = "; ".join(
        f"{name}: {len(articles) / r['seconds']:.2f} articles/s and {r['quotes'] / r['seconds']:.0f} "
        f"attributions/s with the parse ({r['quotes']} found; without the parse {r['own_seconds']:.1f} s, "
        f"{len(articles) / r['own_seconds']:.0f} articles/s"
        + (f"; bailed out on {r['failed']} articles, scored as empty)" if r["failed"] else ")")
        for name, r in results.items()
    )
    subset = f"first {len(articles)}" if args.limit else f"all {len(articles)}"
    ours: dict[str, Counts] = results["ours: attributions"]["counts"]
    goal = ", ".join(
        f"{f} {m} F1 {100 * ours[f].prf(m)[2]:.1f} (goal {100 * g:.0f})" for (f, m), g in GOAL.items()
    )
    gold_lists = [a.attributions for a in articles]
    note = (
        f"\n\nPolNeAR {args.split} split, {subset} articles ({sum(map(len, gold_lists))} gold "
        f"attributions: direct, partial and reported speech, thoughts, intentions and judgements). Exact: "
        f"equal after trimming quotes and edge punctuation; overlap: word-token F1 >= 0.5; pairing greedy "
        f'one-to-one per article and field. "ours: attributions" is everything the extractor finds; "ours: '
        f'who said what" is what a report lists (speech and relays, and judgements only where they quote '
        f"words). citron is BBC's reference on PARC3, another corpus. Extractor: {goal}. Speed on "
        f"{len(articles)} articles, spaCy parse ({parse_s:.1f} s) included: {speed}."
    )
    quoted_note = (
        "\n\nThe same run on the attributions whose content holds a quotation mark (quoted speech, whole or "
        "partial), gold and predictions filtered alike:\n\n" + markdown_table(header, quoted_rows)
    )
    title = f"Quote attribution (PolNeAR {args.split})"
    table = markdown_table(header, rows) + note + quoted_note
    publish("quotes", title, table, args.write and args.split == "dev")


if __name__ == "__main__":
    main()
