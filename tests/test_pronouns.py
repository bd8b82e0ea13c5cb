"""Pronouns: whom "he" and "she" stand for."""

from __future__ import annotations

import pytest
from builders import segmented_story

from newsprism.context import Context
from newsprism.model import Story
from newsprism.pronouns import _role_gender, subject_before
from newsprism.stages import entities

ENTITY_TEXT = (
    "Vladimir Putin made his first visit in 8 years to Tehran and he was taken to the residence of Ayatollah "
    "Ali Khamenei, where he presented the Ayatollah with an old copy of the Qur’an. Khamenei thanked Putin."
)


@pytest.fixture(scope="module")
def story_of(ctx: Context):
    def build(*texts: str) -> Story:
        return entities.run(segmented_story(ctx, list(texts)), ctx)

    return build


def test_subject_before_is_the_last_person_named_as_subject(story_of) -> None:
    story = story_of(ENTITY_TEXT)
    article = story.articles[0]
    assert subject_before(story, article, ENTITY_TEXT.index("where he")).canonical == "Vladimir Putin"
    assert subject_before(story, article, len(ENTITY_TEXT)).canonical == "Ali Khamenei"
    assert subject_before(story, article, 5) is None


def test_subject_before_stays_within_the_paragraph_or_the_sentence_before(story_of) -> None:
    text = (
        "Ross met the bondholders in March. “He is a fantastic negotiator,” Trump said at the time.\n\n"
        "The son of a judge, he had worked in banking for decades. He grew up in New Jersey.\n\n"
        "Mira Dostal left the talks early.\n\nShe flew home on Friday."
    )
    story = story_of(text)
    article = story.articles[0]
    # Trump is the last person named as a subject, but a paragraph and a sentence back: out of reach
    assert subject_before(story, article, text.index("he had worked")) is None
    assert subject_before(story, article, text.index("He grew up")) is None
    # the sentence just before counts, across a paragraph break
    found = subject_before(story, article, text.index("She flew"))
    assert found is not None and found.canonical == "Mira Dostal"


def who(story_of, text: str, at: str) -> str | None:
    """The name of whom the "he" or "she" at `at` in `text` stands for, or None."""
    story = story_of(text)
    found = subject_before(story, story.articles[0], text.index(at))
    return found.canonical if found is not None else None


def test_a_pronoun_after_a_speech_tag_is_whom_the_words_were_about(story_of) -> None:
    text = (
        "Randy Lambach would take a significant cut of the money, Michael Maddalena said.\n\n"
        "Some of the women he recruited were formerly his foster children. "
        "Dario Kolvanek paid the fees, Michael Maddalena said. He added that the inquiry goes on."
    )
    assert who(story_of, text, "he recruited") == "Randy Lambach"
    # a verb of saying goes on with the one who was saying
    assert who(story_of, text, "He added") == "Michael Maddalena"
    # and one who did more than tell it goes on with what he did
    text = (
        "Finley Boyle probably died because of the sedatives, Dr. Christopher Happy concluded in his autopsy "
        "report. He classified the death as an accident."
    )
    assert who(story_of, text, "He classified") == "Christopher Happy"


def test_a_name_right_before_a_main_verb_without_a_subject_is_its_subject(story_of) -> None:
    # the parse takes "Trump" for the object of "in" after "Palm Beach, Fla.,"
    text = (
        "Sean Spicer later said that Obama had been generous with his time.\n\n"
        "On Wednesday afternoon, during a brief appearance before reporters at his Mar-A-Lago estate in "
        "Palm Beach, Fla., Trump was asked about whether he thinks the transition is going smoothly.\n\n"
        "“Oh, I think very, very smoothly,” he replied."
    )
    assert who(story_of, text, "“Oh") == "Trump"
    # a name inside a relative clause of the subject is not it
    text = "The reporter who met Dario Kolvanek was asked about the talks. “It went well,” she replied."
    assert who(story_of, text, "“It") is None


def test_someone_brought_in_unnamed_after_the_subject_leaves_the_pronoun_unresolved(story_of) -> None:
    text = (
        "Doug Herzog wondered about a stand-up comic, a guy who had hosted a talk show. He had lost out to "
        "Conan O'Brien as Letterman's replacement."
    )
    assert who(story_of, text, "He had") is None


def test_a_person_named_in_an_aside_is_not_the_pronouns(story_of) -> None:
    text = (
        "Amy Schumer is expecting her first child. (When Mira Dostal asked for comment, the rep "
        "declined.)\n\nShe posted a photo of the couple."
    )
    story = story_of(text)
    assert [e.canonical for e in story.entities if e.type == "PERSON"] == ["Amy Schumer", "Mira Dostal"]
    found = subject_before(story, story.articles[0], text.index("She posted"))
    assert found is None or found.canonical == "Amy Schumer"


def test_a_pronoun_goes_back_through_the_same_pronoun_to_the_person_named(story_of) -> None:
    text = (
        "On “The Bachelor,” Rebekah Martinez got attention for her age.\n\n"
        "She has been posting on her accounts since she was reported missing. When her story was reported "
        "on Feb. 2, she posted a message about the photo.\n\n"
        "“Honestly the scariest thing about this story is the photo,” she wrote."
    )
    story = story_of(text)
    found = subject_before(story, story.articles[0], text.index("she wrote"))
    assert found is not None and found.canonical == "Rebekah Martinez"
    # a "he" inside someone's quoted words is the speaker's, not a link in the chain
    text = "Ross met the bondholders. “He is a fantastic negotiator,” Trump said.\n\nLater he left."
    story = story_of(text)
    assert subject_before(story, story.articles[0], text.index("he left")) is None


def test_a_titled_mention_is_not_the_pronoun_of_the_other_gender(story_of) -> None:
    # "Mr Wilson" and "Mrs Wilson" both go to Gary Wilson, the one Wilson the story names in full
    text = (
        "Gary Wilson and his wife went walking in Snowdonia.\n\nMrs Wilson fell from a ledge.\n\n"
        "Mr Wilson was eventually led to safety by the rescue team. She had fractured her skull."
    )
    story = story_of(text)
    # the one subject within reach is "Mr Wilson": no one, rather than the wrong one
    assert subject_before(story, story.articles[0], text.index("She had")) is None


def test_a_role_that_tells_a_pronoun_keeps_the_person_from_the_other(story_of) -> None:
    text = (
        "Dario Kolvanek, the Karsk president, met Mira Dostal, a government spokeswoman, on Monday. "
        "Mira Dostal later left the room. He said the talks went well."
    )
    story = story_of(text)
    assert subject_before(story, story.articles[0], text.index("He said")).canonical == "Dario Kolvanek"
    # the last word that tells goes: "the victim's mother" is a woman
    text = (
        "Tom Hart met Ann Lee, the victim's mother, on Monday. Ann Lee later left the room. "
        "He said the talks went well."
    )
    story = story_of(text)
    assert subject_before(story, story.articles[0], text.index("He said")).canonical == "Tom Hart"


@pytest.mark.parametrize(
    ("role", "pronoun"),
    [
        ("the victim's mother", "she"),
        ("the son of a judge", "he"),
        ("Spokeswoman", "she"),
        # a capital inside a name is no role word
        ("Mother Jones reporter", None),
        ("Karsk president", None),
    ],
)
def test_a_roles_last_common_word_tells_the_pronoun(role: str, pronoun: str | None) -> None:
    assert _role_gender(role) == pronoun


def test_someone_brought_in_by_a_possessive_leaves_the_pronoun_unresolved(story_of) -> None:
    # "her fiancé" is someone the story does not name, and the "he" after him is his, not Maria Lopez's
    text = (
        "On Monday morning, Maria Lopez received a frantic call. It was her fiancé, phoning from the sawmill "
        "where he worked night shifts. “The police are here!” he shouted."
    )
    assert who(story_of, text, "he shouted") is None
    # one of the other gender brought in so does not: "his wife" is no "he"
    text = "Tomas Berg called his wife from the sawmill. “The police are here!” he shouted."
    assert who(story_of, text, "he shouted") == "Tomas Berg"
