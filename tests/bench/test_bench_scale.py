"""The scale benchmark's corpus (bench/bench_scale.py): the size asked, 5% planted copies, and recombined
texts that dedup does not take for copies, so the copies it finds are the ones planted."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from conftest import ROOT, SHARED

from newsprism.model import Article
from newsprism.settings import load_settings
from newsprism.stages.dedup import find_copies

sys.path.insert(0, str(ROOT / "bench"))

import bench_scale  # noqa: E402

DATA = SHARED / "data"
SIZE = 4000  # 2,343 real articles, so over 1,400 recombined ones

pytestmark = pytest.mark.skipif(not DATA.exists(), reason="evaluation data in ../shared/data not found")


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = bench_scale.build_corpus(
        bench_scale.load_sources(DATA), SIZE, bench_scale.SEED
    )
    return records


def test_size_ids_dates_and_planted_copies(corpus: list[dict[str, Any]]) -> None:
    assert len(corpus) == SIZE
    assert len({r["id"] for r in corpus}) == SIZE
    assert all(r["text"].strip() and "2021-12-30" <= r["date"] <= "2024-01-03" for r in corpus)
    assert sum(r["planted_copy_of"] is not None for r in corpus) == round(SIZE * bench_scale.COPY_SHARE)


def test_dedup_finds_the_planted_copies_and_few_others(corpus: list[dict[str, Any]]) -> None:
    articles = [
        Article(r["id"], f"scale/{r['id']}.txt", r["text"], r["title"], r["outlet"], r["date"])
        for r in corpus
    ]
    copies = find_copies(articles, load_settings(environ={}).dedup)
    root = {a.id: copies.get(a.id, a.id) for a in articles}
    planted = [(r["id"], r["planted_copy_of"]) for r in corpus if r["planted_copy_of"]]
    assert sum(root[copy] == root[original] for copy, original in planted) >= 0.98 * len(planted)
    # measured 2026-11-25: 229 for 200 planted; the real articles hold about 25 copies of each other
    assert len(copies) <= len(planted) + 40


def test_sentences_do_not_end_after_titles_or_initials() -> None:
    assert bench_scale.units_of("Mr. Sanders met U.S. Sen. Warren. Then they left! “Why?” he asked.") == (
        "Mr. Sanders met U.S. Sen. Warren.",
        "Then they left!",
        "“Why?” he asked.",
    )
