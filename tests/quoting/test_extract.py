"""Attributions in a parse: every common news form of a quotation, reported speech, cues and sources."""

from __future__ import annotations

import pytest

from newsprism.context import Context
from newsprism.quoting import INTENTION, JUDGEMENT, RELAY, SPEECH, attributions

SAID = "No one from outside is able to impose any rule upon the Syrian people"


@pytest.fixture(scope="module")
def found(ctx: Context):
    def parse(text: str) -> list[tuple[str | None, str, str, bool, str]]:
        doc = ctx.parse([text])[0]
        out = []
        for a in attributions(doc):
            source = text[a.source[0] : a.source[1]] if a.source else None
            out.append(
                (source, text[a.cue[0] : a.cue[1]], text[a.content[0] : a.content[1]], a.direct, a.kind)
            )
        return out

    return parse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Putin said: “{SAID}.”", ("Putin", "said", f"{SAID}.", True, SPEECH)),
        (f"“{SAID},” said Putin.", ("Putin", "said", SAID, True, SPEECH)),
        (f"“{SAID},” Putin said.", ("Putin", "said", SAID, True, SPEECH)),
        (f'Putin said, "{SAID}."', ("Putin", "said", f"{SAID}.", True, SPEECH)),
        (f"Putin said ‘{SAID}’ on Monday.", ("Putin", "said", SAID, True, SPEECH)),
        (
            f"Putin said that “{SAID.lower()}” on Monday.",
            ("Putin", "said", SAID.lower(), True, SPEECH),
        ),
        (
            "Putin said the West had “no right to impose a government” on Syria.",
            ("Putin", "said", "the West had “no right to impose a government” on Syria", False, SPEECH),
        ),
        (
            "Officials said the meeting lasted two hours.",
            ("Officials", "said", "the meeting lasted two hours", False, SPEECH),
        ),
        (
            "The meeting lasted two hours, officials said.",
            ("officials", "said", "The meeting lasted two hours", False, SPEECH),
        ),
    ],
    ids=[
        "said-colon", "quote-said-x", "quote-x-said", "said-comma-straight", "single-marks",
        "said-that-quote", "partial-quote", "reported", "reported-before-cue",
    ],
)  # fmt: skip
def test_quotation_and_reported_speech_forms(found, text: str, expected: tuple) -> None:
    assert found(text) == [expected]


def test_quotation_split_by_its_attribution_is_one_content(found) -> None:
    text = "“We will not go,” the minister said, “because this land is ours.”"
    ((source, cue, content, direct, _),) = found(text)
    assert (source, cue, direct) == ("the minister", "said", True)
    assert content == "We will not go,” the minister said, “because this land is ours."


def test_quotation_in_the_next_sentence_goes_on_with_the_speaker(found) -> None:
    text = "“I am in disbelief,” he said on Monday. “I wish everyone could read them.” The crowd left."
    ((source, _, content, direct, _),) = found(text)
    assert source == "he" and direct
    assert content.endswith("I wish everyone could read them.")


def test_colon_ending_the_paragraph_introduces_the_next_ones_quotation(found) -> None:
    text = "Breitbart News responded:\n\n“If there are people who are so prone to terror, we must act.”"
    assert found(text) == [
        (
            "Breitbart News",
            "responded",
            "If there are people who are so prone to terror, we must act.",
            True,
            SPEECH,
        )
    ]


def test_participle_after_reported_speech_belongs_to_the_speaker(found) -> None:
    text = (
        "The Leader said Moscow’s decisions have boosted the standing of Russia, adding: “The Americans "
        "are determined to dominate Syria.”"
    )
    assert found(text) == [
        ("The Leader", "said", "Moscow’s decisions have boosted the standing of Russia", False, SPEECH),
        ("The Leader", "adding", "The Americans are determined to dominate Syria.", True, SPEECH),
    ]


def test_coordinated_verbs_before_said_colon_give_the_speaker(found) -> None:
    text = (
        "In this meeting, the Russian president also referred to the experiences of the Leader, and while "
        "expressing happiness about this meeting, said: “Relations have picked up more speed.”"
    )
    quoted = [f for f in found(text) if f[3]]
    assert quoted == [("the Russian president", "said", "Relations have picked up more speed.", True, SPEECH)]


def test_the_clause_a_colon_ends_speaks_not_a_speech_verb_under_it(found) -> None:
    text = (
        "When the host said she was surprised Santorum did not do better, he shot back: “Those straw polls "
        "are won by people who are trucked in to vote.”"
    )
    quoted = [f for f in found(text) if f[3]]
    assert quoted == [
        ("he", "shot", "Those straw polls are won by people who are trucked in to vote.", True, SPEECH)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "What she's saying: “People saw the flag as service and heritage,” Haley said on Monday.",
        # … also where the verb before the colon claims the quotation too
        "Former envoy Mira Dostal said that gunman Jarek Novak hijacked the meaning of the old flag when he "
        'attacked a church in Rivenholm. What she\'s saying: "People saw the flag as service and heritage," '
        'Dostal said, adding, "the national media came in droves."',
    ],
)
def test_a_named_speaker_close_by_is_preferred_to_a_pronoun(found, text: str) -> None:
    said = [f for f in found(text) if "People saw" in f[2]]  # one speaker of the words, and it is named
    assert [(f[0], f[1], f[2].strip('"“”,')) for f in said] in (
        [("Haley", "said", "People saw the flag as service and heritage")],
        [("Dostal", "said", "People saw the flag as service and heritage")],
    )


def test_according_to_relays_a_source(found) -> None:
    text = "According to Jordanian sources, the talks will cover terrorism and the war in Syria."
    assert found(text) == [
        (
            "Jordanian sources",
            "According to",
            "the talks will cover terrorism and the war in Syria",
            False,
            RELAY,
        )
    ]


def test_judgements_and_intentions_are_attributions_of_their_own_kind(found) -> None:
    assert found("Clinton called Trump’s plan a dangerous fantasy.") == [
        ("Clinton", "called", "Trump’s plan a dangerous fantasy", False, JUDGEMENT)
    ]
    assert found("The senator vowed to block the nomination.") == [
        ("The senator", "vowed", "to block the nomination", False, INTENTION)
    ]


def test_source_leaves_out_asides_and_datelines(found) -> None:
    text = "Marco Rubio, speaking at a rally in Miami, said the race was far from over."
    assert found(text)[0][0] == "Marco Rubio"
    text = "WASHINGTON (AP) — Former Attorney General Michael Mukasey told reporters the case was closed."
    assert found(text)[0][0] == "Former Attorney General Michael Mukasey"


def test_words_inside_a_quotation_are_not_the_outlets_attributions(found) -> None:
    text = "Putin said: “As His Excellency stated, the Americans intend to win at the table what they lost.”"
    assert [f[0] for f in found(text)] == ["Putin"]


def test_short_quoted_phrase_without_a_cue_is_no_attribution(found) -> None:
    assert found("The summit was billed as “historic” by the hosts’ posters in the hall.") == []


def test_a_title_in_quotation_marks_is_no_one_s_words(found) -> None:
    text = (
        "The show led to a book in 1998, “Cooking With the Two Fat Ladies.” Reviewing it in The New York "
        "Times, Suzanne Hamlin found many of the recipes impossible to follow."
    )
    assert [f for f in found(text) if "Cooking" in f[2]] == []


def test_quotation_over_several_paragraphs_is_one_content(found) -> None:
    text = (
        "Senator Ruiz told the committee:\n\n"
        "“We cannot keep borrowing against the future of our children.\n\n"
        "“Every budget we pass without reform makes the hole deeper.”\n\n"
        "The committee adjourned."
    )
    ((source, cue, content, direct, _),) = found(text)
    assert (source, cue, direct) == ("Senator Ruiz", "told", True)
    assert content.startswith("We cannot keep borrowing") and content.endswith("makes the hole deeper.")
