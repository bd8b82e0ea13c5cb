"""Quality floors for the summary figures in BENCHMARKS.md (section `summary`), on a fixed slice of the data
(the first 24 Multi-News clusters and the first 24 NeuS triplets), so that the check stays short: ROUGE-1 of
our summary at the reference length may rise but not fall below what was recorded, every sentence passes
our own support check, and the bench's independent overlap check confirms its citations as recorded.
`python bench/bench_summary.py --write` measures every cluster beside LexRank, TextRank and lead-3."""

from __future__ import annotations

import statistics
import sys

import pytest
from conftest import ROOT, SHARED

from newsprism.context import Context, Progress
from newsprism.model import Span, Story, Unit
from newsprism.settings import load_settings
from newsprism.stages import summarize
from newsprism.support import unsupported
from newsprism.wording import names_in, unit_wording

MULTI_NEWS = SHARED / "data" / "summaries" / "multi_news.jsonl"
SLICE = {"Multi-News": 24, "NeuS": 24}
# Measured 2026-11-30 on this slice: R-1 x100 at the reference length 41.07 (Multi-News) and 42.07 (NeuS;
# 40.54 before an outlet's clause aligned with a fact it cannot be cited for was told as its own fact, and
# a fact told from the clause its article brings earliest); 99.7% of citations confirmed by the bench's
# overlap check (99.5% and 99.3% on every cluster). The Multi-News slice was the first 8 clusters until
# then (38.55), where telling a fact from its earliest clause cost 1.5 while every cluster together rose
# from 42.73 to 43.12: 24 clusters hold the floor to what the whole set shows. On them it measured 41.24
# before quoted words were no longer given to the speaker another outlet has for them, and a fact no longer
# told from a clause cut before the relative clause that tells which (every cluster: 43.01). Measured
# 2026-12-01: 42.22 and 44.90, 98.5% confirmed, after words were counted as a reader counts them, an
# outlet's clause that tells much more than the fact it is cited for became its own, and attributed
# sentences took up to four facts. Later that day: 42.66 and 44.90, 98.5% confirmed, after the irregular
# verbs' forms were stemmed as one and quoted words of a source without a name were given to it as written.
# Then 42.74 and 44.99, 98.6% confirmed, after a fact several outlets report was told in the plain words of
# a clause they can all be cited for rather than in one outlet's loaded ones. Measured 2026-12-02: 43.24 and
# 45.54, 98.9% confirmed, after a fact the outlets lead with was told in the lead more of them can be cited
# for; the support check takes the people the units' pronouns stand for, as the summarizer's own does.
FLOORS = {"Multi-News": 42.9, "NeuS": 45.2, "confirmed": 0.98}

if not MULTI_NEWS.exists():
    pytest.skip(
        f"the summary data is not here ({MULTI_NEWS}); it sits in ../shared/data", allow_module_level=True
    )

sys.path.insert(0, str(ROOT / "bench"))

import bench_summary  # noqa: E402


@pytest.mark.slow
def test_summary_floors() -> None:
    from rouge_score import rouge_scorer

    ctx = Context(load_settings(environ={}), progress=Progress(quiet=True))
    weights = summarize.weights(ctx.settings.summary)
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    loaders = {
        "Multi-News": bench_summary.load_multi_news(MULTI_NEWS),
        "NeuS": bench_summary.load_neus(bench_summary.NEUS),
    }
    faith = bench_summary.Faithfulness()
    measured = {}
    for name, clusters in loaders.items():
        scores = []
        for item in clusters[: SLICE[name]]:
            story, _ = bench_summary.our_story(item, ctx)
            budget = bench_summary.word_count(item.reference)
            story.summary = summarize.summarize(story, 100, budget, *weights)
            faith.add(story)
            for sentence in story.summary:
                units = [u for u in story.units if u.id in sentence.units]
                spans = [e for u in units for e in u.evidence if e.article in sentence.citations]
                if not sentence.conflicts:
                    names = _names(story, spans, units)
                    assert unsupported(sentence.text, [e.text for e in spans], names) == [], sentence.text
            text = bench_summary.truncate(bench_summary.summary_text(story.summary), budget)
            scores.append(scorer.score(item.reference, text)["rouge1"].fmeasure)
        measured[name] = 100 * statistics.fmean(scores)
    measured["confirmed"] = faith.confirmed / faith.citations
    for name, floor in FLOORS.items():
        assert measured[name] >= floor, f"{name}: {measured[name]:.3f} fell below {floor}"


def _names(story: Story, spans: list[Span], units: list[Unit]) -> list[str]:
    """The names a sentence may use: entities in its evidence, the people its units' pronouns stand for
    ("He is being held on $800,000 bail" after "Manuel Ortega … was arrested"), quoted speakers (by name, or
    as the cited articles word them: "the researchers"), the outlets."""
    speakers = [q.speaker for q in story.quotes]
    cited = {e.article for e in spans}
    wordings = [unit_wording(story, u) for u in units]
    return [
        *names_in(story, spans),
        *(name for w in wordings if w is not None for name in w.names),
        *(e.canonical for e in story.entities if e.id in speakers),
        *(v.speaker_text for q in story.quotes for v in q.variants if v.speaker_text and v.article in cited),
        *story.outlets,
    ]
