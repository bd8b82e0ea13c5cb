"""Golden test on the real seed pair: Asharq Al-Awsat (000) and Khamenei.ir (003) on one 2015 meeting."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.model import Article, Report, Story

pytestmark = pytest.mark.slow


def articles(report: Report) -> tuple[Story, Article, Article]:
    assert len(report.stories) == 1, f"expected one story, got {[s.title for s in report.stories]}"
    story = report.stories[0]
    by_prefix = {Path(a.path).name[:3]: a for a in story.articles}
    return story, by_prefix["000"], by_prefix["003"]


def unit_at(story: Story, article: Article, phrase: str) -> object:
    start = article.text.index(phrase)
    end = start + len(phrase)
    return next(
        u
        for u in story.units
        if any(e.article == article.id and e.start < end and start < e.end for e in u.evidence)
    )


def test_one_story_clean_texts(tehran_report: Report) -> None:
    story, asharq, khamenei = articles(tehran_report)
    for article in (asharq, khamenei):
        for chrome in ("Select Page", "Media ID", "English Archive"):
            assert chrome not in article.text
    caption = "Khamenei looks at a copy of the Holy Qur’an gifted to him by Putin"
    assert asharq.text.count(caption) <= 1
    assert any(r.kind == "caption-repeat" and r.text.startswith(caption) for r in asharq.removed)


def test_outlets(tehran_report: Report) -> None:
    _, asharq, khamenei = articles(tehran_report)
    assert (asharq.outlet, asharq.outlet_from) == ("Asharq Al-Awsat", "title-line")
    assert asharq.title == "Khamenei Courts Putin: American Policies Threaten our Countries"
    assert (khamenei.outlet, khamenei.outlet_from) == ("Khamenei.ir", "sources")


@pytest.mark.parametrize("surname", ["Khamenei", "Putin"])
def test_one_entity_each_with_mentions_in_both(tehran_report: Report, surname: str) -> None:
    story, asharq, khamenei = articles(tehran_report)
    people = [e for e in story.entities if surname in e.canonical]
    assert len(people) == 1, [e.canonical for e in people]
    assert {m.article for m in people[0].mentions} == {asharq.id, khamenei.id}


def test_units_with_their_coverage(tehran_report: Report) -> None:
    story, asharq, khamenei = articles(tehran_report)
    gift = unit_at(
        story, khamenei, "presented the Leader of the Islamic Revolution with one of the oldest manuscripts"
    )
    assert set(gift.articles) == {asharq.id, khamenei.id} and gift.coverage == "all"  # type: ignore[attr-defined]
    jordan = unit_at(story, asharq, "Putin will meet the Jordanian monarch King Abdullah II")
    assert jordan.articles == [asharq.id] and jordan.coverage == "one"  # type: ignore[attr-defined]
    nuclear = unit_at(story, khamenei, "the settlement of Iran’s nuclear issue")
    assert nuclear.articles == [khamenei.id] and nuclear.coverage == "one"  # type: ignore[attr-defined]


def test_duration_discrepancy(tehran_report: Report) -> None:
    story, asharq, khamenei = articles(tehran_report)
    conflict = next(c for c in story.conflicts if c.kind == "duration")
    assert conflict.severity == "discrepancy"
    values = {(v.article, v.text) for v in conflict.values}
    assert values == {(asharq.id, "more than an hour and a half"), (khamenei.id, "around two hours")}


def test_summary_cites_and_covers_the_gift_and_syria(tehran_report: Report) -> None:
    story, *_ = articles(tehran_report)
    assert story.summary
    assert all(s.citations for s in story.summary)
    text = " ".join(s.text for s in story.summary)
    assert "Syria" in text
    assert "Qur" in text
