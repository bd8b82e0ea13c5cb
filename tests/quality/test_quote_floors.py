"""Quality floors for the quote figures in BENCHMARKS.md (section `quotes`): on the PolNeAR dev split, scored
by `newsprism.eval.quotes`, the attribution extractor and the quotes a report lists may rise but never fall
below what was recorded. `python bench/bench_quotes.py --write` measures them beside textacy."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from conftest import ROOT, SHARED

from newsprism.context import Context, Progress
from newsprism.eval.quotes import Counts, GoldArticle, load_polnear, score
from newsprism.settings import load_settings

POLNEAR = SHARED / "data" / "quotes" / "polnear.jsonl.gz"
# Measured 2026-11-29 on all 84 dev articles (F1): extractor source exact 0.641, content overlap 0.653;
# reported quotes 0.585 and 0.601; on quoted speech alone, extractor 0.794 and 0.850.
FLOORS = {
    ("attributions", "source", "exact"): 0.636,
    ("attributions", "content", "overlap"): 0.648,
    ("who said what", "source", "exact"): 0.580,
    ("who said what", "content", "overlap"): 0.596,
    ("quoted speech", "source", "exact"): 0.789,
    ("quoted speech", "content", "overlap"): 0.845,
}

if not POLNEAR.exists():
    pytest.skip(f"PolNeAR is not here ({POLNEAR}); it sits in ../shared/data", allow_module_level=True)

sys.path.insert(0, str(ROOT / "bench"))

import bench_quotes  # noqa: E402


@pytest.fixture(scope="module")
def parsed() -> tuple[Context, list[GoldArticle], list[Any]]:
    articles = load_polnear(POLNEAR, "dev")
    ctx = Context(load_settings(environ={}), progress=Progress(quiet=True))
    return ctx, articles, ctx.parse([a.text for a in articles])


def check(measured: dict[str, Counts], system: str) -> None:
    for (name, field, match), floor in FLOORS.items():
        if name == system:
            f1 = measured[field].prf(match)[2]
            assert f1 >= floor, f"{system}: {field} {match} F1 {f1:.3f} fell below {floor}"


@pytest.mark.slow
def test_attribution_extractor_floors(parsed) -> None:
    _, articles, docs = parsed
    predictions = [bench_quotes.extracted(doc) for doc in docs]
    check(score(articles, predictions), "attributions")
    quoted_gold = [
        GoldArticle(a.doc_id, a.text, bench_quotes.quoting(a.text, a.attributions)) for a in articles
    ]
    quoted = [bench_quotes.quoting(a.text, p) for a, p in zip(articles, predictions, strict=True)]
    check(score(quoted_gold, quoted), "quoted speech")


@pytest.mark.slow
def test_reported_quotes_floors(parsed) -> None:
    ctx, articles, docs = parsed
    predictions = [bench_quotes.reported(ctx, a.text, d) for a, d in zip(articles, docs, strict=True)]
    check(score(articles, predictions), "who said what")
