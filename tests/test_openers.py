"""Pronouns in a clause a summary sentence lifts out of its article: named, or the clause left out."""

from __future__ import annotations

import pytest
from builders import segmented_story

from newsprism.context import Context
from newsprism.model import Span, Story, Unit
from newsprism.openers import goes_on
from newsprism.stages import entities
from newsprism.wording import unit_wording


def named_story(ctx: Context, text: str) -> Story:
    story = segmented_story(ctx, [text])
    entities.run(story, ctx)
    return story


def worded(ctx: Context, text: str, opening: str) -> str | None:
    """The summary's wording of the clause of `text` that starts at `opening` and runs to its end."""
    start = text.index(opening)
    unit = Unit("u1", text[start:], ["a1"], "one", [Span("a1", start, len(text), text[start:])], ["Outlet 1"])
    wording = unit_wording(named_story(ctx, text), unit)
    return wording.text if wording is not None else None


@pytest.mark.parametrize(
    ("text", "opening", "expected"),
    [
        # whose, inside the subject: the person the story tells it is
        (
            "Prime Minister Theresa May won the backing of her cabinet on Wednesday. "
            "Four of her cabinet ministers resigned on Thursday.",
            "Four",
            "Four of Theresa May's cabinet ministers resigned on Thursday.",
        ),
        # the subject of a clause inside the sentence
        (
            "Kim Jong Nam collapsed at the airport in Kuala Lumpur last week. "
            "Malaysian toxicology reports indicate he was attacked with a nerve agent.",
            "Malaysian",
            "Malaysian toxicology reports indicate Kim Jong Nam was attacked with a nerve agent.",
        ),
        # the first one named, the next one then stands for that name
        (
            "Marcus Webb was arrested at his home on Tuesday. "
            "Some of the women he recruited were formerly his foster children.",
            "Some",
            "Some of the women Marcus Webb recruited were formerly his foster children.",
        ),
        # a word for a person before it in the clause is who it is
        (
            "Nabila Altahan was driving home on Friday. A witness at the golf course said she saw the "
            "driver jump out of the car.",
            "A witness",
            "A witness at the golf course said she saw the driver jump out of the car.",
        ),
        # many are no one "he" stands for, even where the word names an office
        (
            "Saturday marked the second time Dario Kolvanek had spoken in Rivenholm. Karsk is among the "
            "states holding their votes in March, and he noted that his comments drew a strong response.",
            "Karsk",
            "Karsk is among the states holding their votes in March, and Dario Kolvanek noted that his "
            "comments drew a strong response.",
        ),
    ],
)
def test_a_pronoun_inside_the_clause_becomes_the_person_it_stands_for(
    ctx: Context, text: str, opening: str, expected: str
) -> None:
    assert worded(ctx, text, opening) == expected


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("The talks ended late on Wednesday. Four of her cabinet ministers resigned on Thursday.", "Four"),
        ("The fossil was found in China in 2014. Much of its body was covered in dark feathers.", "Much"),
        (
            "Astronomers published the models on Wednesday. "
            "Confirmation of its existence would reshape the models of the solar system.",
            "Confirmation",
        ),
        ("Police named three missing women on Monday. One of them was reported missing in November.", "One"),
        ("The machines were a surprise hit. Previously it only sold them in vending machines.", "Previously"),
        # a subject standing for what was named before: at its start, or inside
        ("The senators debated eleven amendments. All were defeated in the Senate.", "All"),
        ("The mayor was asked about the protests. Mira Dostal said that should be left to police.", "Mira"),
        ("Men tallied higher rates in rich countries. Women did so in poorer countries.", "Women"),
        ("Karsk raised its tariffs. Valdoria did the same on Friday.", "Valdoria"),
        # what stands for, or follows from, something told before: to do what? why?
        (
            "The probe must get close to the sun. To do this, the vehicle will fly by Venus seven times.",
            "To do",
        ),
        (
            "The heat shield faces the sun. Mission controllers will therefore retract the solar arrays.",
            "Mission",
        ),
        ("The moon turns red in an eclipse. As a result, such moons are also called blood moons.", "As a"),
        ("Apple removed the headphone jack. There is no technological excuse for this.", "There"),
    ],
)
def test_a_clause_about_someone_or_something_it_does_not_name_is_no_summary_sentence(
    ctx: Context, text: str, opening: str
) -> None:
    assert worded(ctx, text, opening) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The city says it will drain the reservoir on Friday.",
        "In his review, Richard Schmack said the documents pointed to innocence.",
        "As he fled, Jack Breiner shot at a deputy and was wounded, authorities said.",
        "Nasa has announced that its mission to the sun has a new name.",
        "Mira Dostal said she would return to Karsk with her delegation.",
        "The company and its partners signed the deal on Monday.",
        "Donald Trump also made it clear on Wednesday that he is perturbed by the steps.",
        "It is clear that the talks will go on for weeks.",
        "The report, which the committee released on Tuesday, says its findings are final.",
        "All of the amendments were defeated in the Senate.",
        "The mayor signed the law that requires landlords to reveal rents.",
        "Karsk ordered its farmers to stay home and told its miners to do the same.",
        "Thousands died as a result of the floods that hit Karsk this week.",
        "The visas are for those who worked with the army during the war in Karsk.",
        "Mira Dostal said men cannot understand abuse and should not therefore explain it.",
        "The fossil had feathers with colors like those of hummingbirds.",
        "The senators will vote on the bill this week and on the budget after that vote.",
    ],
)
def test_a_pronoun_the_clause_itself_tells_is_left_as_written(ctx: Context, sentence: str) -> None:
    text = f"The talks ended late on Wednesday. {sentence}"
    assert worded(ctx, text, sentence[:12]) == sentence


def test_an_object_pronoun_is_not_the_person_the_clause_names_already(ctx: Context) -> None:
    text = (
        "Gloria Chapman visited the prison on Monday. "
        "She told how she has still been allowed to visit him every month."
    )
    assert worded(ctx, text, "She told") is None
    # a possessive may be theirs, named after it
    text = "Jarek Novak spoke on Monday. The report on his conduct cleared Jarek Novak of wrongdoing."
    assert worded(ctx, text, "The report") == "The report on his conduct cleared Jarek Novak of wrongdoing."


def test_an_office_before_a_pronoun_is_who_it_stands_for(ctx: Context) -> None:
    text = "Donald Trump spoke in Montana. The president has made it his mission to unseat Jon Tester."
    assert worded(ctx, text, "The president") == "The president has made it his mission to unseat Jon Tester."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor also signed into law another bill.", True),
        ("In addition to the relic, the archaeologists uncovered a royal seal.", True),
        ("The other bill would make it illegal to change birth certificates.", True),
        ("Meanwhile, the Senate voted.", True),
        # a second one of what the reader has not met: which was the first?
        ("A second woman, Susana Gonzalez, 27, was charged with child endangerment.", True),
        ("A third victim was identified on Tuesday.", True),
        ("The second victim was Krystle Campbell.", True),
        # "also" or "another" further in, in a clause of its own or of what the fact counts
        ("Trump, who also owns a hotel, spoke.", False),
        ("Maria Santos received $20,000 while another employee got $15,000.", False),
        ("The Supreme Court struck down a Louisiana abortion law.", False),
        ("The second round of talks opened in Vienna.", False),
        ("A second-degree murder charge was filed.", False),
    ],
)
def test_a_fact_that_goes_on_from_another(text: str, expected: bool) -> None:
    assert goes_on(text) is expected
