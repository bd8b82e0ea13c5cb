"""Quotes: quotation forms, cue and speaker, reported speech, agreement, and grouping across outlets."""

from __future__ import annotations

import numpy as np
import pytest
from builders import segmented_story

from newsprism.context import Context
from newsprism.model import QuoteVariant, Story
from newsprism.settings import load_settings
from newsprism.stages import entities, quotes

UTTERANCE = "No one from outside is able to impose any rule upon the Syrian people"
SETTINGS = load_settings(environ={}).quotes


@pytest.fixture(scope="module")
def story_of(ctx: Context):
    def build(*texts: str) -> Story:
        return entities.run(segmented_story(ctx, list(texts)), ctx)

    return build


def extracted(story: Story) -> list[tuple[str, str | None, bool, str | None]]:
    article = story.articles[0]
    found = quotes.extract(story, article)
    for v in found:
        assert article.text[v.start : v.end] == v.text
        if v.speaker_start is not None:
            assert article.text[v.speaker_start : v.speaker_end] == v.speaker_text
    return [(v.text, v.cue, v.direct, v.speaker_text) for v in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"Putin said: “{UTTERANCE}.”", (f"{UTTERANCE}.", "said", True, "Putin")),
        (f"“{UTTERANCE},” said Putin.", (UTTERANCE, "said", True, "Putin")),
        (f"“{UTTERANCE},” Putin said.", (UTTERANCE, "said", True, "Putin")),
        (f"Putin said that “{UTTERANCE.lower()}”.", (UTTERANCE.lower(), "said", True, "Putin")),
    ],
    ids=["said-colon", "quote-said-x", "quote-x-said", "said-that"],
)
def test_quotation_forms(story_of, text: str, expected: tuple[str, str, bool, str]) -> None:
    assert extracted(story_of(text)) == [expected]


def test_adding_climbs_to_the_main_verbs_subject(story_of) -> None:
    story = story_of(
        "Ayatollah Khamenei described the Russian president’s stances as very good, and added: “The "
        "Americans always try to drive their rivals into a position of inaction.”"
    )
    quote = "The Americans always try to drive their rivals into a position of inaction."
    assert extracted(story) == [(quote, "added", True, "Ayatollah Khamenei")]


def test_colon_after_a_verb_that_is_not_a_speech_verb(story_of) -> None:
    story = story_of(
        'Speaking outside the town hall, Annika Veldt was firm: "The Selva does not belong to one nation, '
        'and it never has."'
    )
    quote = "The Selva does not belong to one nation, and it never has."
    assert extracted(story) == [(quote, "was firm", True, "Annika Veldt")]


def test_pronoun_speaker_keeps_its_words_and_resolves_to_the_last_person_named(story_of) -> None:
    text = (
        "Vladimir Putin arrived in Tehran on Monday. Later he said: “We regard you as a trustworthy and "
        "reliable ally in the region.”"
    )
    story = story_of(text)
    quote = "We regard you as a trustworthy and reliable ally in the region."
    assert extracted(story) == [(quote, "said", True, "he")]
    (variant,) = quotes.extract(story, story.articles[0])
    assert (variant.speaker_start, variant.speaker_end) == (text.index(" he ") + 1, text.index(" he ") + 3)
    putin = entities.entity_at(story, "a1", 0, len("Vladimir Putin"))
    assert putin is not None and variant.speaker == putin.id
    (grouped,) = quotes.group(story, [variant], np.ones((1, 1)), SETTINGS)
    assert (grouped.speaker, grouped.speaker_text) == (putin.id, putin.canonical)


def test_a_pronoun_speaker_is_not_the_person_the_quoted_words_name(story_of) -> None:
    text = "Jarek Novak left the talks early. “It is no good keeping Jarek Novak at the table,” he said."
    story = story_of(text)
    (variant,) = quotes.extract(story, story.articles[0])
    assert variant.speaker_text == "he" and variant.speaker is None
    # reported speech may name its speaker: "Novak will leave, he said" is Novak's
    text = "Jarek Novak left the talks early. Novak will not come back to the table, he said."
    story = story_of(text)
    (variant,) = quotes.extract(story, story.articles[0])
    novak = entities.entity_at(story, "a1", 0, len("Jarek Novak"))
    assert novak is not None and variant.speaker == novak.id


ASKED = "“Why does anyone care what I wear to the panel?” she asked."


@pytest.mark.parametrize(
    ("text", "pronoun", "not_them"),
    [
        # a commenter's words name Lindsay Lohan; "she asked" is not hers
        (
            f"Some comments were harsh. “She is worse than Lindsay Lohan,” one user wrote.\n\n{ASKED}",
            "she",
            "Lindsay Lohan",
        ),
        # a photo's credit in brackets names the photographer; "she asked" goes on from the prose
        (
            "Mara Velko attended the panel on Wednesday. (Photo: Jason Kettering, FilmMagic)\n\n"
            f"Some commenters said the dress was too much.\n\n{ASKED}",
            "she",
            "Jason Kettering",
        ),
        # the people a caption named three paragraphs up: no one is named since, so no one is "she"
        (
            "Jesse Kolvanek and Tomas Orlik attend the Karsk film event on Wednesday.\n\n"
            "Some commenters said the dress was too much.\n\nOthers called it the best look of the night.\n\n"
            f"The actress answered on Instagram on Thursday evening.\n\n{ASKED}",
            "she",
            None,
        ),
        # "they" is a body or a crowd, no one person named before
        (
            "Arthur Kolvanek runs a fashion company in Karsk.\n\n"
            "“It was not a real gun. It was just a stupid joke,” they were reported to have said.",
            "they",
            None,
        ),
    ],
)
def test_a_pronoun_speaker_is_not_whom_the_prose_does_not_go_on_about(
    story_of, text: str, pronoun: str, not_them: str | None
) -> None:
    story = story_of(text)
    said = [v for v in quotes.extract(story, story.articles[0]) if v.speaker_text == pronoun]
    assert said
    if not_them is None:
        assert all(v.speaker is None for v in said)
    else:
        them = next(e for e in story.entities if e.canonical == not_them)
        assert all(v.speaker != them.id for v in said)


def test_reported_speech_without_marks_is_indirect(story_of) -> None:
    story = story_of(
        "Annika Veldt said the agreement was a beginning and that Valdoria would keep pressing for "
        "guaranteed flows."
    )
    reported = "the agreement was a beginning and that Valdoria would keep pressing for guaranteed flows"
    assert extracted(story) == [(reported, "said", False, "Annika Veldt")]


def test_short_scare_quote_has_no_variant(story_of) -> None:
    assert (
        extracted(story_of("The deal, billed as “a promise”, was signed on Wednesday in the capital.")) == []
    )


def test_judgement_is_a_quote_only_when_it_quotes_words(story_of) -> None:
    assert extracted(story_of("The opposition criticized the deal on Wednesday in the capital.")) == []
    assert extracted(story_of("In the capital, the opposition called the deal “a broken promise”.")) == [
        ("the deal “a broken promise”", "called", False, "the opposition")
    ]


def test_nested_attributions_keep_the_one_who_speaks(story_of) -> None:
    story = story_of(
        "According to footage broadcast by Russia-24, Putin said at the meeting that “no one from outside "
        "can impose a government on the Syrian people”. The Spokesman for the Kremlin Dmitry Peskov "
        "explained that Putin and Khamenei have both totally rejected “any external attempt to dictate "
        "scenarios of political settlements” regarding Syria."
    )
    assert [(cue, direct, speaker) for _, cue, direct, speaker in extracted(story)] == [
        ("said", True, "Putin"),
        ("explained", False, "The Spokesman for the Kremlin Dmitry Peskov"),
    ]
    peskov = quotes.extract(story, story.articles[0])[1]
    assert [piece.text for piece in peskov.quoted] == [
        "any external attempt to dictate scenarios of political settlements"
    ]
    text = story.articles[0].text
    at = text.index("Dmitry Peskov")
    assert peskov.speaker == entities.entity_at(story, "a1", at, at + len("Dmitry Peskov")).id


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("We will stay.", "we will stay", "same"),
        ("“We will stay,” ", "We, will stay!", "same"),
        (
            "The Selva does not belong to one nation. It never has.",
            "The Selva does not belong to one nation",
            "trimmed",
        ),
        ("It never has.", "The Selva does not belong to one nation. It never has.", "trimmed"),
        ("We will stay here.", "We shall stay here.", "altered"),
    ],
)
def test_agreement(a: str, b: str, expected: str) -> None:
    assert quotes.agreement(a, b) == expected
    assert quotes.agreement(b, a) == expected


def variant(
    story: Story, article: str, phrase: str, speaker: str | None, direct: bool = True
) -> QuoteVariant:
    text = story.article(article).text
    start = text.index(phrase)
    v = QuoteVariant(article, start, start + len(phrase), phrase, cue="said", direct=direct)
    if speaker is not None:
        v.speaker_start = text.index(speaker)
        v.speaker_end = v.speaker_start + len(speaker)
        v.speaker_text = speaker
        entity = entities.entity_at(story, article, v.speaker_start, v.speaker_end)
        v.speaker = entity.id if entity else None
    return v


GROUP_TEXTS = (
    "Prime Minister Annika Veldt said: “The river belongs to both of our nations and always will.”",
    "President Dario Kolvanek said: “The river belongs to both of our nations and always will.” "
    "Annika Veldt said: “The river belongs to both of our nations.”",
)


def test_group_joins_mutual_best_matches_from_different_articles(story_of) -> None:
    story = story_of(*GROUP_TEXTS)
    veldt_1 = variant(
        story, "a1", "The river belongs to both of our nations and always will.", "Annika Veldt"
    )
    veldt_2 = variant(story, "a2", "The river belongs to both of our nations.", "Annika Veldt")
    grouped = quotes.group(story, [veldt_1, veldt_2], np.eye(2, dtype=np.float32)[[0, 0]], SETTINGS)
    assert [(len(q.variants), q.agreement) for q in grouped] == [(2, "trimmed")]
    assert (
        grouped[0].speaker == entities.entity_at(story, "a1", veldt_1.speaker_start, veldt_1.speaker_end).id
    )


def test_group_flags_the_same_words_given_to_different_speakers(story_of) -> None:
    story = story_of(*GROUP_TEXTS)
    same_words = "The river belongs to both of our nations and always will."
    veldt = variant(story, "a1", same_words, "Annika Veldt")
    kolvanek = variant(story, "a2", same_words, "Dario Kolvanek")
    (grouped,) = quotes.group(
        story, [veldt, kolvanek], np.ones((2, 2), dtype=np.float32) / np.sqrt(2), SETTINGS
    )
    assert (grouped.agreement, grouped.speaker_mismatch) == ("same", True)


@pytest.mark.parametrize(
    ("other", "flagged"),
    [
        # words another outlet gives to someone the story has no entity for
        ("“The river belongs to both of our nations,” the researchers wrote.", True),
        # a pronoun or the speaker's own name stands for them
        ("“The river belongs to both of our nations,” she said.", False),
        ("VELDT: “The river belongs to both of our nations.”", False),
    ],
)
def test_group_flags_words_one_outlet_gives_to_someone_else_unnamed(
    story_of, other: str, flagged: bool
) -> None:
    story = story_of(GROUP_TEXTS[0], other)
    words = "The river belongs to both of our nations"
    veldt = variant(story, "a1", words, "Annika Veldt")
    cue = next(c for c in ("the researchers", "she", "VELDT") if c in other)
    unnamed = variant(story, "a2", words, cue)
    assert unnamed.speaker is None
    (grouped,) = quotes.group(
        story, [veldt, unnamed], np.ones((2, 2), dtype=np.float32) / np.sqrt(2), SETTINGS
    )
    assert (grouped.speaker_text, grouped.speaker_mismatch) == ("Annika Veldt", flagged)


def test_group_keeps_similar_words_of_different_speakers_apart(story_of) -> None:
    story = story_of(*GROUP_TEXTS)
    veldt = variant(story, "a1", "The river belongs to both of our nations and always will.", "Annika Veldt")
    kolvanek = variant(story, "a2", "The river belongs to both of our nations.", "Dario Kolvanek")
    similar = np.array([[1.0, 0.0], [0.7, np.sqrt(1 - 0.49)]], dtype=np.float32)
    grouped = quotes.group(story, [veldt, kolvanek], similar, SETTINGS)
    assert sorted(q.speaker_text for q in grouped) == ["Annika Veldt", "Dario Kolvanek"]
    assert [q.speaker_mismatch for q in grouped] == [False, False]


def test_group_keeps_similar_words_of_someone_unnamed_apart_from_a_speakers(story_of) -> None:
    # "… the Syrian foreign ministry said" beside another outlet's "Nuland said …" of a like matter
    story = story_of(GROUP_TEXTS[0], "“The river belongs to both of our nations,” the foreign ministry said.")
    veldt = variant(story, "a1", "The river belongs to both of our nations and always will.", "Annika Veldt")
    ministry = variant(story, "a2", "The river belongs to both of our nations", "the foreign ministry")
    ministry.speaker = None  # the tagger found no name in it, as in the Syrian story
    similar = np.array([[1.0, 0.0], [0.7, np.sqrt(1 - 0.49)]], dtype=np.float32)
    grouped = quotes.group(story, [veldt, ministry], similar, SETTINGS)
    assert sorted(q.speaker_text for q in grouped) == ["Annika Veldt", "the foreign ministry"]


def test_group_never_joins_one_articles_quotes_or_two_indirect_ones(story_of) -> None:
    story = story_of(*GROUP_TEXTS)
    one = variant(story, "a2", "The river belongs to both of our nations and always will.", "Dario Kolvanek")
    two = variant(story, "a2", "The river belongs to both of our nations.", "Dario Kolvanek")
    vectors = np.ones((2, 2), dtype=np.float32) / np.sqrt(2)
    assert len(quotes.group(story, [one, two], vectors, SETTINGS)) == 2
    first = variant(
        story, "a1", "The river belongs to both of our nations and always will.", None, direct=False
    )
    second = variant(story, "a2", "The river belongs to both of our nations.", None, direct=False)
    assert len(quotes.group(story, [first, second], vectors, SETTINGS)) == 2


@pytest.mark.slow
def test_same_utterance_from_two_outlets_is_one_trimmed_quote(story_of, ctx: Context) -> None:
    story = story_of(
        "Prime Minister Annika Veldt met President Dario Kolvanek in Rivenholm. Speaking to reporters "
        "after the meeting, Veldt said: “The Selva does not belong to one nation, and it never has. Every "
        "drop held behind the dam is a drop taken from the fields of our farmers.”",
        "President Dario Kolvanek hosted Annika Veldt in Rivenholm. Mrs. Veldt acknowledged the spirit of "
        "cooperation, declaring: “The Selva does not belong to one nation, and it never has.” Kolvanek said: "
        "“Karsk came to Rivenholm with open hands and will share its water.”",
    )
    quotes.run(story, ctx)
    veldt = next(e for e in story.entities if e.canonical == "Annika Veldt")
    kolvanek = next(e for e in story.entities if e.canonical == "Dario Kolvanek")
    summary = [(q.speaker, q.agreement, [v.article for v in q.variants]) for q in story.quotes]
    assert summary == [(veldt.id, "trimmed", ["a1", "a2"]), (kolvanek.id, "single", ["a2"])]
    assert story.quotes[0].variants[1].text == "The Selva does not belong to one nation, and it never has."
    assert [q.id[:1] for q in story.quotes] == ["q", "q"]


@pytest.mark.slow
def test_same_words_from_different_speakers_are_one_flagged_quote(story_of, ctx: Context) -> None:
    story = story_of(
        "Prime Minister Annika Veldt said: “The river belongs to both of our nations and always will.”",
        "President Dario Kolvanek said: “The river belongs to both of our nations and always will.”",
    )
    quotes.run(story, ctx)
    ((speakers, agreement, mismatch),) = [
        ({v.speaker_text for v in q.variants}, q.agreement, q.speaker_mismatch) for q in story.quotes
    ]
    assert speakers == {"Prime Minister Annika Veldt", "President Dario Kolvanek"}
    assert (agreement, mismatch) == ("same", True)


@pytest.mark.slow
def test_altered_versions_mark_the_words_that_differ(story_of, ctx: Context) -> None:
    story = story_of(
        "Prime Minister Annika Veldt said: “The Selva does not belong to one nation and never has.”",
        "Mrs. Veldt said: “The Selva has never belonged to a single nation.”",
    )
    quotes.run(story, ctx)
    (quote,) = story.quotes
    assert quote.agreement == "altered"
    first, second = quote.variants
    assert [d.text for d in first.differs] == ["does not belong", "one"]
    assert [d.text for d in second.differs] == ["belonged", "single"]
    for v in quote.variants:
        text = story.article(v.article).text
        assert all(text[d.start : d.end] == d.text for d in v.differs)


def test_adding_after_reported_speech_climbs_to_the_speaker(story_of) -> None:
    story = story_of(
        "Ayatollah Ali Khamenei said Moscow’s decisions had boosted the standing of Russia, adding: “The "
        "Americans are determined to dominate Syria and the whole region.”"
    )
    quoted = [v for v in quotes.extract(story, story.articles[0]) if v.direct]
    assert [(v.cue, v.speaker_text) for v in quoted] == [("adding", "Ayatollah Ali Khamenei")]
