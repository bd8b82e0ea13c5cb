"""The extraction scorer on hand-made strings: shingles, per-page fractions, averages, bootstrap."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest

from newsprism.eval.extraction import (
    PageScores,
    Scores,
    aggregate,
    blank_url,
    bootstrap,
    load_pages,
    page_scores,
    shingles,
)


def test_shingles_are_runs_of_four_word_tokens_counted():
    assert shingles("a b c d e") == Counter({"a b c d": 1, "b c d e": 1})
    assert shingles("a b c d a b c d") == Counter({"a b c d": 2, "b c d a": 1, "c d a b": 1, "d a b c": 1})


def test_punctuation_and_spacing_are_not_tokens_but_case_is_kept():
    assert shingles("Hello, world —\n it  is!") == Counter({"Hello world it is": 1})
    assert shingles("The cat sat down") != shingles("the cat sat down")


def test_a_text_shorter_than_n_is_one_shingle_and_an_empty_one_none():
    assert shingles("Breaking: news") == Counter({"Breaking news": 1})
    assert shingles("") == Counter()
    assert shingles(" -- , . ") == Counter()


def test_shingle_size_is_a_parameter():
    assert shingles("a b c", n=2) == Counter({"a b": 1, "b c": 1})


def test_page_scores_are_fractions_of_all_shingles():
    # gold: abcd bcde cdef; predicted: abcd bcdx cdxy -> tp 1, fp 2, fn 2
    assert page_scores("a b c d e f", "a b c d x y") == pytest.approx(PageScores(0.2, 0.4, 0.4))
    assert page_scores("a b c d e", "a b c d e") == PageScores(1.0, 0.0, 0.0)
    assert page_scores("a b c", "a b x", n=2) == pytest.approx(PageScores(1 / 3, 1 / 3, 1 / 3))


def test_repeated_shingles_count_with_multiplicity():
    # gold has five shingles, abcd twice; predicting abcd once finds one of them
    assert page_scores("a b c d a b c d", "a b c d") == pytest.approx(PageScores(0.2, 0.0, 0.8))
    assert page_scores("a b c d", "a b c d a b c d") == pytest.approx(PageScores(0.2, 0.8, 0.0))


def test_empty_sides():
    assert page_scores("", "") == PageScores(1.0, 0.0, 0.0)
    assert page_scores("", "a b c d") == PageScores(0.0, 1.0, 0.0)
    assert page_scores("a b c d", "") == PageScores(0.0, 0.0, 1.0)


def test_aggregate_averages_precision_over_predicting_pages_and_recall_over_gold_pages():
    pages = [
        PageScores(0.5, 0.5, 0.0),  # precision 0.5, recall 1
        PageScores(0.0, 0.0, 1.0),  # nothing predicted: recall 0, no precision
        PageScores(1.0, 0.0, 0.0),  # perfect
        PageScores(0.0, 1.0, 0.0),  # no gold: precision 0, no recall
    ]
    scores = aggregate(pages)
    assert scores.precision == pytest.approx(0.5)
    assert scores.recall == pytest.approx(2 / 3)
    assert scores.f1 == pytest.approx(4 / 7)


def test_aggregate_of_nothing_is_zero():
    assert aggregate([]) == Scores(0.0, 0.0, 0.0)
    assert aggregate([PageScores(0.0, 0.0, 1.0)]) == Scores(0.0, 0.0, 0.0)


def test_every_page_weighs_the_same_whatever_its_length():
    long_page = page_scores(" ".join(f"w{i}" for i in range(1000)), " ".join(f"w{i}" for i in range(1000)))
    short_miss = page_scores("a b c d", "x y z w")
    assert aggregate([long_page, short_miss]) == Scores(0.5, 0.5, 0.5)


def test_bootstrap_is_seeded_and_zero_for_identical_pages():
    same = [PageScores(0.5, 0.25, 0.25)] * 20
    assert bootstrap(same) == Scores(0.0, 0.0, 0.0)
    mixed = [PageScores(1.0, 0.0, 0.0)] * 10 + [PageScores(0.0, 0.5, 0.5)] * 10
    spread = bootstrap(mixed, samples=200, seed=7)
    assert spread == bootstrap(mixed, samples=200, seed=7)
    assert 0.05 < spread.f1 < 0.2
    assert bootstrap([]) == Scores(0.0, 0.0, 0.0)


def test_blank_url_takes_every_spelling_of_the_page_address_out():
    url = "https://www.example.com/2019/11/19/storm-hits/"
    html = (
        f'<link rel="canonical" href="{url}"><meta property="og:url" content="//www.example.com/2019/11/19/'
        'storm-hits/"><a href="/2019/11/19/storm-hits/">x</a>'
        '<a href="https://t.co/share?u=https%3A%2F%2Fwww.example.com%2F2019%2F11%2F19%2Fstorm-hits%2F">s</a>'
        '<meta property="article:published_time" content="2019-11-19T08:00:00Z">'
    )
    blanked = blank_url(html, url)
    assert "storm-hits" not in blanked
    assert "2019-11-19T08:00:00Z" in blanked
    assert blank_url(html, None) == html


def test_load_pages_reads_gold_beside_gzipped_html(tmp_path: Path):
    (tmp_path / "html").mkdir()
    gold = {"b": {"articleBody": "Second.", "url": "https://x.org/b"}, "a": {"articleBody": "First."}}
    (tmp_path / "ground-truth.json").write_text(json.dumps(gold), encoding="utf-8")
    for page_id in gold:
        (tmp_path / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(f"<p>{page_id}</p>".encode()))
    pages = load_pages(tmp_path)
    assert [(p.id, p.url, p.gold, p.html) for p in pages] == [
        ("a", None, "First.", b"<p>a</p>"),
        ("b", "https://x.org/b", "Second.", b"<p>b</p>"),
    ]
