"""Who an article gives a quotation's words to: the quotation's speaker only where the article's own version
names them, so that one outlet's speaker is not given another outlet's words."""

from __future__ import annotations

import pytest

from newsprism.model import Article, Entity, Mention, Quote, QuoteVariant, Story
from newsprism.quoting.speakers import speaker_of

WORDS = "The angle must be greater than 80 degrees"


def story_of(text: str, speaker: str, speaker_text: str | None, entity_words: str) -> tuple[Story, Article]:
    """A story of one article quoting WORDS; the quotation's speaker is `speaker`, whose mention is
    `entity_words` (where the text writes it), and the article's version gives the words to
    `speaker_text`."""
    article = Article("a1", "a1.txt", text, outlet="Outlet 1")
    at = text.index(WORDS)
    mentions = []
    if entity_words in text:
        where = text.index(entity_words)
        mentions.append(Mention("a1", where, where + len(entity_words), entity_words))
    entity = Entity("e1", speaker, "PERSON", {"Outlet 1": [entity_words]}, mentions)
    tag = text.index(speaker_text) if speaker_text else None
    variant = QuoteVariant(
        "a1",
        at,
        at + len(WORDS),
        WORDS,
        "said",
        speaker_text=speaker_text,
        speaker_start=tag,
        speaker_end=tag + len(speaker_text) if tag is not None and speaker_text else None,
    )
    quote = Quote("q1", "e1", None, [variant])
    return Story("s1", "", articles=[article], entities=[entity], quotes=[quote]), article


@pytest.mark.parametrize(
    ("text", "speaker", "speaker_text", "entity_words", "given"),
    [
        # the article names the speaker, by name, pronoun, relative pronoun, office or a transcript's capitals
        (f"“{WORDS},” Mira Dostal said.", "Mira Dostal", "Mira Dostal", "Mira Dostal", "Mira Dostal"),
        (f"Mira Dostal spoke. “{WORDS},” she said.", "Mira Dostal", "she", "Mira Dostal", "Mira Dostal"),
        (f"It was Dostal, who said: “{WORDS}.”", "Mira Dostal", "who", "Dostal", "Mira Dostal"),
        (f"“{WORDS},” the president said.", "Tomas Veldt", "the president", "Veldt", "Tomas Veldt"),
        (f"VELDT: “{WORDS}.”", "Tomas Veldt", "VELDT", "Veldt", "Tomas Veldt"),
        # the article gives the words to someone else than the speaker another outlet has for them
        (f"“{WORDS},” the researchers wrote.", "BuzzFeed", "the researchers", "BuzzFeed", None),
        (f"Tomorrow, you will say: “{WORDS}.”", "Tomas Veldt", "you", "Veldt", None),
        # an institution is no office, though a word of its name may open one ("Foreign Minister")
        (
            f"“{WORDS},” the Karsk foreign ministry said.",
            "Mira Dostal",
            "the Karsk foreign ministry",
            "x",
            None,
        ),
        # an office is the noun before what qualifies it
        (
            f"“{WORDS},” a spokeswoman for the ministry said.",
            "Mira Dostal",
            "a spokeswoman for the ministry",
            "x",
            "Mira Dostal",
        ),
    ],
)
def test_speaker_of(text: str, speaker: str, speaker_text: str, entity_words: str, given: str | None) -> None:
    story, article = story_of(text, speaker, speaker_text, entity_words)
    at = text.index(WORDS)
    assert speaker_of(story, article, (at - 1, at + len(WORDS) + 1)) == given
