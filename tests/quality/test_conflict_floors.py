"""Quality floors for difference detection in BENCHMARKS.md (section `conflicts`): on ClaimDiff's weak subset,
where relation 1 means one outlet's claim weakens or contradicts the other's, the conflicts our story stages
find may rise but never fall below what was recorded. `python bench/bench_conflicts.py --write` measures them
beside the lexical baselines."""

from __future__ import annotations

import pytest
from conftest import SHARED

from newsprism.context import Context, Progress
from newsprism.eval.conflicts import detect, load_claimdiff, score
from newsprism.settings import load_settings

CLAIMDIFF = SHARED / "data" / "conflicts" / "claimdiff.jsonl"
# Measured 2026-11-29 on all 770 weak pairs: precision 1.000, recall 0.045, F1 0.087, accuracy 0.782. The
# detector is built for precision: it flags 8 of the 770 pairs, so one false alarm costs 0.11 of precision.
FLOORS = {"precision": 0.85, "recall": 0.040, "f1": 0.075, "accuracy": 0.775}

if not CLAIMDIFF.exists():
    pytest.skip(f"ClaimDiff is not here ({CLAIMDIFF}); it sits in ../shared/data", allow_module_level=True)


@pytest.mark.slow
def test_claimdiff_weak_floors() -> None:
    pairs = [p for p in load_claimdiff(CLAIMDIFF) if p.subset == "weak"]
    ctx = Context(load_settings(environ={}), progress=Progress(quiet=True))
    found = detect(ctx, pairs)
    measured = score([p.relation for p in pairs], [bool(kinds) for kinds in found])
    for name, floor in FLOORS.items():
        value = getattr(measured, name)
        assert value >= floor, f"ClaimDiff weak: {name} {value:.3f} fell below {floor}"
