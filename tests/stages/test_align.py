"""Align: lexical overlap, coverage, grouping with at most one clause per article, and real units."""

from __future__ import annotations

import math

import numpy as np
import pytest
from builders import segmented_story

from newsprism.backends.embed import HashingEmbedder
from newsprism.context import Context
from newsprism.model import Story
from newsprism.stages import align, entities, quantities

GIFT_X = "Putin presented Khamenei with an old handwritten copy of the Qur’an."
GIFT_Y = "Putin gave Khamenei an ancient handwritten Qur’an as a gift."
GIFT_Z = "Khamenei received an old handwritten Qur’an from Putin as a gift."
SYRIA_X = "The two leaders discussed the war in Syria for two hours."
SYRIA_Y = "The leaders talked about the Syrian war for two hours."
SOCHI_X = "Putin will travel to Sochi on Tuesday to meet King Abdullah."
ENERGY_Z = "Iran and Russia also signed seven energy agreements worth billions of dollars."


@pytest.fixture(scope="module")
def story_of(ctx: Context):
    def build(*articles: tuple[str, str], copies: dict[str, str] | None = None) -> Story:
        outlets, texts = [o for o, _ in articles], [t for _, t in articles]
        story = segmented_story(ctx, texts, outlets, copies)
        return quantities.run(entities.run(story, ctx), ctx)

    return build


def test_lexical_is_an_idf_weighted_dice() -> None:
    idf = {"putin": 1.0, "quran": 2.0, "gift": 3.0, "syria": 4.0}
    assert align.lexical({"putin", "quran", "gift"}, {"putin", "quran"}, idf) == pytest.approx(
        2 * 3 / (6 + 3)
    )
    assert align.lexical({"gift"}, {"gift", "putin"}, idf) == pytest.approx(2 * 3 / (3 + 4))
    assert align.lexical({"putin"}, {"syria"}, idf) == 0.0
    assert align.lexical({"syria"}, {"syria"}, idf) == pytest.approx(1.0)


def test_rare_shared_word_counts_more() -> None:
    idf = {"putin": 0.5, "quran": 3.0, "x": 1.0}
    assert align.lexical({"quran", "x"}, {"quran", "putin"}, idf) > align.lexical(
        {"putin", "x"}, {"putin", "quran"}, idf
    )


@pytest.mark.parametrize(
    ("outlets", "story_outlets", "expected"),
    [({"X", "Y", "Z"}, 3, "all"), ({"X", "Y"}, 3, "some"), ({"X"}, 3, "one"), ({"X"}, 1, "all")],
)
def test_coverage(outlets: set[str], story_outlets: int, expected: str) -> None:
    assert align.coverage(outlets, story_outlets) == expected


class HandScorer:
    """A Scorer stand-in: scores from a matrix, candidates as the real one picks them."""

    def __init__(self, items: list[align._Item], scores: np.ndarray) -> None:
        self.items, self.scores = items, scores

    def __call__(self, i: int, j: int) -> float:
        return float(self.scores[i, j])

    def candidates(self, threshold: float) -> list[tuple[float, int, int]]:
        n = len(self.items)
        pairs = [
            (self(i, j), i, j)
            for i in range(n)
            for j in range(i + 1, n)
            if self.items[i].article.id != self.items[j].article.id and self(i, j) >= threshold
        ]
        return sorted(pairs, reverse=True)


@pytest.fixture(scope="module")
def three(story_of) -> Story:
    return story_of(("X", f"{GIFT_X} {SYRIA_X}"), ("Y", f"{GIFT_Y} {SYRIA_Y}"), ("Z", f"{GIFT_Z} {ENERGY_Z}"))


def test_clause_items_one_per_clause_in_article_order(three: Story) -> None:
    items = align.clause_items(three, 4)
    texts = [(i.article.id, i.article.text[i.clause.start : i.clause.end]) for i in items]
    assert texts == [
        ("a1", GIFT_X),
        ("a1", SYRIA_X),
        ("a2", GIFT_Y),
        ("a2", SYRIA_Y),
        ("a3", GIFT_Z),
        ("a3", ENERGY_Z),
    ]
    assert [i.index for i in items] == list(range(6))
    assert {"handwritten", "quran", "putin", "khamenei"} <= items[0].words
    assert items[1].slots == {
        ("count", "leader", "leader"),
        ("duration", "s", "leader"),
    }  # "two leaders … two hours"


def test_a_caption_telling_a_past_day_in_the_present_is_no_clause_item(story_of) -> None:
    caption = "A ranger of the Karsk park service aims his gun at a lion on March 30."
    prose = "Rangers of the Karsk park service shot a lion on March 30 after it escaped."
    story = story_of(("Meridian Post", f"{prose}\n\n{caption}\n\nThe park said it would review its fences."))
    texts = [i.article.text[i.clause.start : i.clause.end] for i in align.clause_items(story, 4)]
    assert prose in texts[0] and not any("aims his gun" in t for t in texts)
    # a present tense that states what holds is prose
    story = story_of(("Meridian Post", "The law requires a permit for a lion on March 30 each year."))
    assert len(align.clause_items(story, 4)) == 1


def scores(pairs: dict[tuple[int, int], float], n: int = 6) -> np.ndarray:
    matrix = np.eye(n)
    for (i, j), value in pairs.items():
        matrix[i, j] = matrix[j, i] = value
    return matrix


def test_group_never_puts_two_clauses_of_one_article_together(three: Story) -> None:
    items = align.clause_items(three, 4)
    # Both clauses of a1 match the a2 gift clause; only the best pair joins.
    matrix = scores({(0, 2): 0.9, (1, 2): 0.8, (0, 1): 0.95})
    groups = align.group(items, HandScorer(items, matrix), 0.4)
    assert sorted(groups) == [[0, 2], [1], [3], [4], [5]]


def test_group_refuses_a_merge_whose_average_cross_score_is_low(three: Story) -> None:
    items = align.clause_items(three, 4)
    # {0, 2} then 4: 2-4 is strong, 0-4 weak; the mean 0.25 is under threshold - slack = 0.3.
    weak = scores({(0, 2): 0.9, (2, 4): 0.5, (0, 4): 0.0})
    assert sorted(align.group(items, HandScorer(items, weak), 0.4)) == [[0, 2], [1], [3], [4], [5]]
    # With 0-4 at 0.2 the mean is 0.35 and the three clauses are one fact.
    fair = scores({(0, 2): 0.9, (2, 4): 0.5, (0, 4): 0.2})
    assert sorted(align.group(items, HandScorer(items, fair), 0.4)) == [[0, 2, 4], [1], [3], [5]]
    assert sorted(align.group(items, HandScorer(items, fair), 0.4, slack=0.0)) == [[0, 2], [1], [3], [4], [5]]


def test_scorer_candidates_are_cross_article_and_share_a_word(three: Story) -> None:
    items = align.clause_items(three, 4)
    vectors = HashingEmbedder().encode([i.article.text[i.clause.start : i.clause.end] for i in items])
    scorer = align.Scorer(items, vectors, align.Weights(lexical=0.5, quantity=0.3))
    found = scorer.candidates(0.3)
    assert found == sorted(found, reverse=True)
    for score, i, j in found:
        assert items[i].article.id != items[j].article.id
        assert items[i].words & items[j].words
        assert score == pytest.approx(scorer(i, j)) and score >= 0.3
    assert (1, 3) in {(i, j) for _, i, j in found}  # the Syria clauses share a duration slot
    assert scorer(1, 3) >= 0.3 + 0.5 * float(vectors[1] @ vectors[3])
    idf = align._idf(align._frequency(items), len(items))
    assert idf["khamenei"] == pytest.approx(math.log(1 + 6 / 3))


def test_clauses_sharing_only_the_storys_subject_are_no_candidates(story_of) -> None:
    story = story_of(
        ("X", "Welch became chief of GE in 1981. Welch cut many GE jobs. Welch retired from GE in 2001."),
        ("Y", "GE under Welch grew into a giant. Welch sold a GE unit. Welch retired from GE in 2001."),
    )
    items = align.clause_items(story, 4)
    vectors = HashingEmbedder().encode([i.article.text[i.clause.start : i.clause.end] for i in items])
    scorer = align.Scorer(items, vectors, align.Weights(lexical=0.5, quantity=0.3))
    # "Welch" and "GE" are in every clause: what each clause tells of them is not the same fact
    assert {"welch", "ge"} <= items[0].words & items[3].words and not {"welch", "ge"} & scorer.distinctive
    assert [(i, j) for _, i, j in scorer.candidates(0.0)] == [(2, 5)]  # both retired him in 2001


def test_one_telling_figure_marks_one_fact_whatever_each_outlet_says_it_counts(story_of) -> None:
    story = story_of(
        ("X", "Agents arrested 680 illegal aliens at the plants. Two workers fled the plants."),
        ("Y", "Officials detained approximately 680 people in the raids. Two guards watched the plants."),
        ("Z", "Agents arrested 300 workers at the plants."),
        ("W", "Agents held more than 600 workers. Thousands of people marched past the plants."),
    )
    arrested, fled, detained, watched, other, held, marched = align.clause_items(story, 4)
    same = align.Scorer.same_measure
    assert not arrested.slots & detained.slots  # they count aliens and people: the figures agree
    assert same(arrested, detained)
    # a handful is said of many facts, and 300 is not 680
    assert not same(fled, watched)
    assert not same(arrested, other) and not same(detained, other)
    # an open bound or a vague figure fits too many numbers to mark one fact
    assert not any(same(i, j) for i in (held, marched) for j in (arrested, detained))


def test_stands_alone(story_of) -> None:
    text = (
        "Putin reached Tehran on Monday, where he presented Khamenei with a gift. "
        "Putin presented Khamenei with a gift."
    )
    story = story_of(("X", text))
    article = story.articles[0]
    where = text.index("where he")
    assert align.stands_alone(article, article.span(where, text.index(".") + 1)) is False
    second = text.index("Putin presented")
    assert align.stands_alone(article, article.span(second, len(text))) is True
    assert align.stands_alone(article, article.span(text.index("reached"), text.index(","))) is False


@pytest.mark.slow
def test_units_on_a_three_outlet_story(story_of, ctx: Context) -> None:
    story = story_of(
        ("Asharq", f"{GIFT_X} {SYRIA_X} {SOCHI_X}"),
        ("Tasnim", f"{GIFT_Y} {SYRIA_Y}"),
        ("Khamenei.ir", f"{GIFT_Z} {ENERGY_Z}"),
        ("Copy Herald", f"{GIFT_X} {SYRIA_X} {SOCHI_X}"),
        copies={"a4": "a1"},
    )
    align.run(story, ctx)
    got = [(u.coverage, u.articles, u.outlets) for u in story.units]
    assert got == [
        ("all", ["a1", "a2", "a3"], ["Asharq", "Khamenei.ir", "Tasnim"]),
        ("some", ["a1", "a2"], ["Asharq", "Tasnim"]),
        ("one", ["a3"], ["Khamenei.ir"]),
        ("one", ["a1"], ["Asharq"]),
    ]
    assert [[e.text for e in u.evidence] for u in story.units] == [
        [GIFT_X, GIFT_Y, GIFT_Z],
        [SYRIA_X, SYRIA_Y],
        [ENERGY_Z],
        [SOCHI_X],
    ]
    assert all("a4" not in u.articles for u in story.units)
    assert len({u.id for u in story.units}) == 4 and all(u.id.startswith("u") for u in story.units)
    for unit in story.units:
        assert unit.text in {e.text for e in unit.evidence}
        for e in unit.evidence:
            assert story.article(e.article).text[e.start : e.end] == e.text
