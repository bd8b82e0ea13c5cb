"""The story-clustering scorer on hand-made labelings, and the loaders on the real story datasets."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import SHARED

from newsprism.eval.clustering import bcubed, load_basil, load_neus

STORIES = SHARED / "data" / "stories"
GOLD = ["x", "x", "x", "y", "y", "z"]


def needs(name: str) -> None:
    if not (STORIES / name).exists():
        pytest.skip(
            f"{STORIES / name} is not here; the story datasets sit in ../shared/data beside the repository"
        )


def test_a_perfect_clustering_scores_one_whatever_the_label_names():
    assert bcubed(GOLD, [7, 7, 7, 1, 1, 0]) == (1.0, 1.0, 1.0)


def test_all_in_one_story_has_full_recall_and_precision_the_mean_event_share():
    precision, recall, f1 = bcubed(GOLD, ["s"] * 6)
    # each article of x sees 3/6 of its story in its event, of y 2/6, of z 1/6
    assert precision == pytest.approx((3 * 3 / 6 + 2 * 2 / 6 + 1 / 6) / 6)
    assert recall == 1.0
    assert f1 == pytest.approx(2 * precision / (precision + 1))


def test_all_singletons_have_full_precision_and_recall_the_mean_inverse_event_size():
    precision, recall, f1 = bcubed(GOLD, list(range(6)))
    assert precision == 1.0
    assert recall == pytest.approx(0.5)  # (3 * 1/3 + 2 * 1/2 + 1) / 6
    assert f1 == pytest.approx(2 / 3)


def test_a_wrong_merge_costs_precision_and_a_split_costs_recall():
    merged = bcubed(["x", "x", "y"], [1, 1, 1])
    split = bcubed(["x", "x", "y"], [1, 2, 3])
    assert merged[:2] == (pytest.approx(5 / 9), 1.0)
    assert split[:2] == (1.0, pytest.approx(2 / 3))


def test_label_lists_of_different_lengths_are_refused():
    with pytest.raises(ValueError):
        bcubed(["x"], [1, 2])


def test_basil_gives_204_dated_articles_from_three_outlets_over_68_events():
    needs("basil.jsonl")
    articles, gold = load_basil(STORIES / "basil.jsonl")
    assert len(articles) == len(gold) == 204
    assert len(set(gold)) == 68
    assert {a.outlet for a in articles} == {"fox", "nyt", "hpo"}
    assert all(a.date and a.text for a in articles)
    assert sum(a.title is None for a in articles) == 1  # a165 has an empty title in the source
    assert len({a.id for a in articles}) == 204 and articles[0].id == "a1"


def test_neus_gives_615_undated_articles_in_205_triplets():
    needs("neus_test.jsonl")
    articles, gold = load_neus(STORIES / "neus_test.jsonl")
    assert len(articles) == len(gold) == 615
    assert set(Counter(gold).values()) == {3}
    assert all(a.date is None and a.outlet is None and a.title and a.text for a in articles)
    assert articles[0].path == f"{gold[0]}#0" and articles[2].path == f"{gold[0]}#2"
