"""Summarize: cited, attributed, neutral sentences within the budgets, on the two real reports."""

from __future__ import annotations

import re

import pytest

from newsprism.model import Report, Story
from newsprism.quoting import quote_regions
from newsprism.stages import summarize

OUTLET_LABELS = ("Leader of the Islamic Revolution", "Supreme Guide")


def test_sentence_drops_a_leading_connective_and_ends_with_a_stop() -> None:
    assert summarize._sentence("and he left the hall") == "He left the hall."
    assert summarize._sentence("while the talks went on, ") == "The talks went on."
    assert summarize._sentence("Veldt said: “It never has.”") == "Veldt said: “It never has.”"
    assert summarize._sentence("  ") == ""


@pytest.mark.parametrize(
    ("text", "outlets", "expected"),
    [
        ("The deal was signed.", ["Valdoria Today"], "According to Valdoria Today, the deal was signed."),
        ("Putin left.", ["A", "B"], "According to A and B, Putin left."),
        ("It is over.", ["A", "B", "C"], "According to A, B and C, it is over."),
    ],
)
def test_attributed(text: str, outlets: list[str], expected: str) -> None:
    assert summarize._attributed(text, outlets) == expected


def the_story(report: Report) -> Story:
    return max(report.stories, key=lambda s: len(s.articles))


@pytest.fixture(params=["example_report", "tehran_report"])
def story(request: pytest.FixtureRequest) -> Story:
    return the_story(request.getfixturevalue(request.param))


def outside_quotes(text: str) -> str:
    for start, end in reversed(quote_regions(text)):
        text = text[:start] + text[end:]
    return text


@pytest.mark.slow
def test_every_sentence_cites_articles_of_its_units(story: Story) -> None:
    units = {u.id: set(u.articles) for u in story.units}
    assert len(story.summary) >= 3
    for sentence in story.summary:
        assert sentence.citations and sentence.units
        assert set(sentence.units) <= set(units), sentence
        assert set(sentence.citations) <= set().union(*(units[u] for u in sentence.units)), sentence


def listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


@pytest.mark.slow
def test_single_outlet_units_are_attributed(story: Story) -> None:
    coverage = {u.id: u for u in story.units}
    everything = summarize.summarize(story, 100, 10_000)
    single = [s for s in everything if all(coverage[u].coverage == "one" for u in s.units)]
    assert len(single) >= 5
    for sentence in single:
        (outlet,) = {o for u in sentence.units for o in coverage[u].outlets}
        assert sentence.text.startswith(f"According to {outlet}, "), sentence.text


@pytest.mark.slow
def test_facts_of_some_outlets_are_attributed_to_the_cited_ones(story: Story) -> None:
    coverage = {u.id: u.coverage for u in story.units}
    for sentence in summarize.summarize(story, 100, 10_000):
        if sentence.text.startswith("Reports differ") or [coverage[u] for u in sentence.units] == ["all"]:
            continue
        outlets = sorted({story.article(a).outlet or a for a in sentence.citations})
        assert sentence.text.startswith(f"According to {listed(outlets)}, "), sentence.text


@pytest.mark.slow
def test_shared_facts_come_first_unattributed(story: Story) -> None:
    coverage = {u.id: u.coverage for u in story.units}
    first = story.summary[0]
    assert [coverage[u] for u in first.units] == ["all"]
    assert not first.text.startswith("According to")


@pytest.mark.slow
def test_no_outlet_label_outside_a_quotation(story: Story) -> None:
    for sentence in story.summary:
        for label in OUTLET_LABELS:
            assert label not in outside_quotes(sentence.text), sentence.text


@pytest.mark.slow
def test_conflict_sentence_cites_both_outlets(story: Story) -> None:
    (conflict,) = story.conflicts
    sentence = next(s for s in story.summary if s.text.startswith("Reports differ"))
    assert sorted(sentence.citations) == sorted({v.article for v in conflict.values})
    assert len(sentence.citations) == 2
    assert sentence.units == conflict.units
    for value in conflict.values:
        assert f"{story.article(value.article).outlet} gives {value.text}" in sentence.text


@pytest.mark.slow
def test_seed_pair_conflict_sentence(tehran_report: Report) -> None:
    story = the_story(tehran_report)
    sentence = next(s for s in story.summary if s.text.startswith("Reports differ"))
    assert sentence.text == (
        "Reports differ on the length of the meeting: Asharq Al-Awsat gives more than an hour and a half; "
        "Khamenei.ir gives around two hours."
    )


@pytest.mark.slow
def test_default_budgets(story: Story) -> None:
    words = sum(len(re.findall(r"\w+", s.text)) for s in story.summary)
    assert len(story.summary) <= 8 and words <= 250


@pytest.mark.slow
def test_small_budgets(story: Story) -> None:
    summary = summarize.summarize(story, 3, 60)
    assert 2 <= len(summary) <= 3
    assert sum(len(re.findall(r"\w+", s.text)) for s in summary) <= 60
    assert summary[0].text == story.summary[0].text
    assert any(s.text.startswith("Reports differ") for s in summary)  # the conflict survives the cut


@pytest.mark.slow
def test_first_sentence_goes_in_even_over_the_word_budget(story: Story) -> None:
    summary = summarize.summarize(story, 8, 5)
    assert [s.text for s in summary] == [story.summary[0].text]


@pytest.mark.slow
def test_seed_pair_quotations_have_their_speaker(tehran_report: Report) -> None:
    story = the_story(tehran_report)
    speakers = [
        re.match(r"(?:According to [^,]+, )?([A-Z][\w.’' -]+?) said: “", s.text) for s in story.summary
    ]
    assert {m.group(1) for m in speakers if m} <= {"Ali Khamenei", "Vladimir Putin"}
