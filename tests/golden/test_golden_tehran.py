"""Golden test on the real seed pair: Asharq Al-Awsat (000) and Khamenei.ir (003) on one 2015 meeting."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.model import Article, Quote, QuoteVariant, Report, Story, SummarySentence, Unit
from newsprism.render.markdown import to_markdown
from newsprism.render.views import label_table
from newsprism.wording import neutral_role

pytestmark = pytest.mark.slow


def articles(report: Report) -> tuple[Story, Article, Article]:
    assert len(report.stories) == 1, f"expected one story, got {[s.title for s in report.stories]}"
    story = report.stories[0]
    by_prefix = {Path(a.path).name[:3]: a for a in story.articles}
    return story, by_prefix["000"], by_prefix["003"]


def unit_at(story: Story, article: Article, phrase: str) -> Unit:
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
    assert set(gift.articles) == {asharq.id, khamenei.id} and gift.coverage == "all"
    jordan = unit_at(story, asharq, "Putin will meet the Jordanian monarch King Abdullah II")
    assert jordan.articles == [asharq.id] and jordan.coverage == "one"
    nuclear = unit_at(story, khamenei, "the settlement of Iran’s nuclear issue")
    assert nuclear.articles == [khamenei.id] and nuclear.coverage == "one"


def test_duration_discrepancy(tehran_report: Report) -> None:
    story, asharq, khamenei = articles(tehran_report)
    conflict = next(c for c in story.conflicts if c.kind == "duration")
    assert conflict.severity == "discrepancy"
    values = {(v.article, v.text) for v in conflict.values}
    assert values == {(asharq.id, "more than an hour and a half"), (khamenei.id, "around two hours")}
    normalized = {v.article: (v.normalized["low"], v.normalized["high"]) for v in conflict.values}
    assert normalized == {asharq.id: (5400, None), khamenei.id: (6480, 7920)}
    # the duration conflict is the seed pair's only one: 003's "one and a half years" is no meeting's length,
    # the two outlets date the meeting alike, and their labels for Khamenei are framing, not a dispute
    assert [c.kind for c in story.conflicts] == ["duration"]


def test_both_outlets_date_the_meeting_to_monday_23_november(tehran_report: Report) -> None:
    story, asharq, khamenei = articles(tehran_report)
    dates = {(q.article, q.text): q.iso for q in story.quantities if q.kind == "date"}
    assert dates[(asharq.id, "yesterday")] == "2015-11-23"  # published the next day
    assert dates[(khamenei.id, "Monday")] == "2015-11-23"
    assert dates[(asharq.id, "today")] == "2015-11-24"  # King Abdullah II in Sochi
    assert dates[(asharq.id, "mid-November")] == "2015-11-11/2015-11-20"  # the Vienna talks
    since = next(q for q in story.quantities if q.kind == "since")
    assert (since.text, since.about, since.low) == ("in 8 years", "visit", 8 * 31557600)


def test_how_each_outlet_names_and_leads(tehran_report: Report) -> None:
    story, asharq, khamenei = articles(tehran_report)
    columns, rows = label_table(story)
    assert columns == ["Asharq Al-Awsat", "Khamenei.ir"]
    labels = {name: cells for name, cells in rows}
    assert {"Supreme Guide", "Ayatollah Ali"} <= set(labels["Ali Khamenei"][0])
    assert "Leader of the Islamic Revolution" in labels["Ali Khamenei"][1]
    assert "Supreme Guide" not in labels["Ali Khamenei"][1]
    assert all("Russian President" in cell for cell in labels["Vladimir Putin"])
    assert story.framing[asharq.id].lead.startswith("The Kremlin announced that the Russian President")
    assert story.framing[khamenei.id].lead.startswith("Ayatollah Seyyed Ali Khamenei, the Leader")
    # each outlet alone carries what the other leaves out: the Jordan meeting in 000, the nuclear issue in 003
    jordan = unit_at(story, asharq, "Putin will meet the Jordanian monarch King Abdullah II")
    nuclear = unit_at(story, khamenei, "the settlement of Iran’s nuclear issue")
    assert jordan.id in story.framing[asharq.id].exclusive and jordan.id in story.framing[khamenei.id].omits
    assert nuclear.id in story.framing[khamenei.id].exclusive and nuclear.id in story.framing[asharq.id].omits
    markdown = to_markdown(tehran_report)
    framing = markdown[markdown.index("### How each outlet tells it") :]
    assert "Courts (" in framing and "Alone reports:" in framing and "Leaves out:" in framing


def summary_sentence(story: Story, *words: str) -> SummarySentence:
    """The summary sentence that holds all the words."""
    found = [s for s in story.summary if all(w in s.text for w in words)]
    assert found, f"no summary sentence holds {words}: {[s.text for s in story.summary]}"
    return found[0]


def test_summary_states_shared_facts_attributes_the_rest_and_sets_out_the_dispute(
    tehran_report: Report,
) -> None:
    story, asharq, khamenei = articles(tehran_report)
    both = sorted([asharq.id, khamenei.id])
    # the meeting and the Syria positions, and the Qur'an gift, cited to both outlets
    assert sorted(summary_sentence(story, "meeting", "Syria").citations) == both
    assert sorted(summary_sentence(story, "Quran").citations) == both
    # the duration as a disputed point, each outlet's figure cited to it
    disputed = summary_sentence(story, "more than an hour and a half", "around two hours")
    assert sorted(disputed.citations) == both and disputed.conflicts
    # the Jordan meeting attributed to Asharq Al-Awsat alone
    jordan = summary_sentence(story, "Abdullah II")
    assert jordan.text.startswith("According to Asharq Al-Awsat, ") and jordan.citations == [asharq.id]
    # neither outlet's title for Khamenei is used in the summary's own voice
    for sentence in story.summary:
        if not sentence.text.startswith("According to "):
            for label in ("Supreme Guide", "Leader of the Islamic Revolution"):
                assert label not in sentence.text.split("said: “")[0], sentence.text
    assert story.headline and "Syria" in story.headline


def test_a_role_both_outlets_give_introduces_the_person_and_no_outlets_own_label_does(
    tehran_report: Report,
) -> None:
    story, *_ = articles(tehran_report)
    people = {e.canonical: neutral_role(story, e) for e in story.entities if e.type == "PERSON"}
    assert people["Vladimir Putin"] == "Russian President"
    # "Supreme Guide" against "Leader of the Islamic Revolution": no role shared
    assert people["Ali Khamenei"] is None
    first = next(s.text for s in story.summary if "Vladimir Putin" in s.text)
    assert "Russian President Vladimir Putin" in first


def test_the_nuclear_issue_is_attributed_to_khamenei_ir_alone(tehran_report: Report) -> None:
    story, _, khamenei = articles(tehran_report)
    nuclear = summary_sentence(story, "nuclear issue")
    assert nuclear.text.startswith("According to Khamenei.ir, ") and nuclear.citations == [khamenei.id]


def quote_with(story: Story, article: Article, opening: str) -> tuple[Quote, QuoteVariant]:
    """The quote whose version in `article` has words starting with `opening`."""
    for quote in story.quotes:
        for v in quote.variants:
            if v.article == article.id and v.words.lstrip('“"').startswith(opening):
                return quote, v
    raise AssertionError(f"no quote of {article.id} opens with {opening!r}")


def canonical(story: Story, entity_id: str | None) -> str | None:
    return next((e.canonical for e in story.entities if e.id == entity_id), None)


def test_asharq_quotes_and_their_speakers(tehran_report: Report) -> None:
    story, asharq, _ = articles(tehran_report)
    _, peskov = quote_with(story, asharq, "that Putin and Khamenei have both totally rejected")
    assert (canonical(story, peskov.speaker), peskov.direct) == ("Dmitry Peskov", False)
    assert [p.text for p in peskov.quoted] == [
        "any external attempt to dictate scenarios of political settlements"
    ]
    _, khamenei = quote_with(story, asharq, "that “in the long term the Americans plan")
    assert (canonical(story, khamenei.speaker), khamenei.direct) == ("Ali Khamenei", False)
    assert [p.text for p in khamenei.quoted] == [
        "in the long term the Americans plan to control Syria and after that to dominate the region",
        "forms a threat, especially to Russia and Iran",
    ]
    _, putin = quote_with(story, asharq, "No one from outside is able to impose")
    assert (canonical(story, putin.speaker), putin.speaker_text, putin.direct) == (
        "Vladimir Putin",
        "Putin",
        True,
    )
    _, king = quote_with(story, asharq, "the reality of the Russian presence")
    assert canonical(story, king.speaker) == "Abdullah II"


# Every quotation of the Khamenei.ir article, by its opening words, and who says it there.
KHAMENEI_IR_QUOTES = {
    "America’s long-term scheme": "Ali Khamenei",  # "Ayatollah Khamenei said:"
    "This (Iran's nuclear) issue": "Ali Khamenei",  # "… the Leader of the Islamic Revolution … said:"
    "The level of cooperation": "Ali Khamenei",
    "The Americans always try": "Ali Khamenei",  # "and added:"
    "Under a long-term scheme": "Ali Khamenei",  # "adding:" after reported speech
    "The Americans and their followers": "Ali Khamenei",  # “…,” noted Ayatollah Khamenei.
    "The Syrian president has gained": "Ali Khamenei",
    "As far as Syria is concerned": "Ali Khamenei",  # “…,” said Ayatollah Khamenei.
    "Cooperation with countries": "Ali Khamenei",
    "For this reason": "Ali Khamenei",  # "Ayatollah Khamenei noted:"
    "If the terrorists": "Ali Khamenei",
    "Development of relations": "Vladimir Putin",  # "the Russian president … said:"
    "We regard you": "Vladimir Putin",  # "noting:"
    "Unlike certain": "Vladimir Putin",  # “…,” said Putin.
    "We also emphasize": "Vladimir Putin",  # "he said:"
    "As His Excellency stated": "Vladimir Putin",  # “…,” Putin said.
    "Those in the world": "Vladimir Putin",  # "and while describing …, said:"
}


@pytest.mark.parametrize("opening", list(KHAMENEI_IR_QUOTES))
def test_khamenei_ir_direct_quotes_have_their_speaker(tehran_report: Report, opening: str) -> None:
    story, _, khamenei_ir = articles(tehran_report)
    _, variant = quote_with(story, khamenei_ir, opening)
    assert variant.direct
    assert canonical(story, variant.speaker) == KHAMENEI_IR_QUOTES[opening]


@pytest.mark.parametrize(
    ("asharq_opening", "khamenei_ir_opening", "speaker"),
    [
        ("that “in the long term the Americans plan", "Under a long-term scheme", "Ali Khamenei"),
        ("No one from outside is able to impose", "We also emphasize", "Vladimir Putin"),
    ],
    ids=["khamenei-warning", "putin-no-outside-rule"],
)
def test_one_utterance_aligned_across_outlets_as_altered(
    tehran_report: Report, asharq_opening: str, khamenei_ir_opening: str, speaker: str
) -> None:
    story, asharq, khamenei_ir = articles(tehran_report)
    quote, _ = quote_with(story, asharq, asharq_opening)
    assert quote is quote_with(story, khamenei_ir, khamenei_ir_opening)[0]
    assert (quote.agreement, quote.speaker_mismatch, canonical(story, quote.speaker)) == (
        "altered",
        False,
        speaker,
    )
    assert all(v.differs for v in quote.variants)
