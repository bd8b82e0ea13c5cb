"""Quality floors for the quote figures in BENCHMARKS.md (section `quotes`): our attributions on the PolNeAR
dev split, scored by `newsprism.eval.quotes`; they may rise but never fall below what was recorded.
`python bench/bench_quotes.py --write` measures them beside textacy."""

from __future__ import annotations

import sys

import pytest
from conftest import ROOT, SHARED

from newsprism.context import Context, Progress
from newsprism.eval.quotes import load_polnear, score
from newsprism.settings import load_settings

POLNEAR = SHARED / "data" / "quotes" / "polnear.jsonl.gz"
# Measured 2026-11-25 on all 84 dev articles: source exact F1 0.504, content overlap F1 0.501.
F1_FLOOR = {("source", "exact"): 0.499, ("content", "overlap"): 0.496}

if not POLNEAR.exists():
    pytest.skip(f"PolNeAR is not here ({POLNEAR}); it sits in ../shared/data", allow_module_level=True)

sys.path.insert(0, str(ROOT / "bench"))

import bench_quotes  # noqa: E402


@pytest.mark.slow
def test_quote_attribution_f1_floors() -> None:
    articles = load_polnear(POLNEAR, "dev")
    ctx = Context(load_settings(environ={}), progress=Progress(quiet=True))
    docs = ctx.parse([a.text for a in articles])
    counts = score(articles, [bench_quotes.ours(ctx, a.text, d) for a, d in zip(articles, docs, strict=True)])
    for (field, match), floor in F1_FLOOR.items():
        f1 = counts[field].prf(match)[2]
        assert f1 >= floor, f"{field} {match} F1 {f1:.3f} fell below {floor}"
