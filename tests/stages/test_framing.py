"""Framing: the loaded-word lexicon, loaded words outside quotations, leads, emphasis, exclusives, omits."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsprism.context import Context
from newsprism.model import Article, Entity, Mention, Report, Story, Unit
from newsprism.stages import framing


@pytest.fixture(scope="module")
def lexicon() -> framing.Lexicon:
    return framing.load_lexicon()


@pytest.mark.parametrize(
    ("form", "entry"),
    [
        ("slam", "slam"),
        ("slams", "slam"),
        ("slammed", "slam"),
        ("slamming", "slam"),
        ("hailed", "hail"),
        ("touted", "tout"),
        ("caved", "cave"),
        ("caving", "cave"),
        ("plotted", "plot"),
        ("courts", "courts"),
        ("courted", "courted"),
        ("lash out", "lash out"),
    ],
)
def test_lexicon_inflects_plain_entries(lexicon: dict[str, str], form: str, entry: str) -> None:
    assert lexicon[form] == entry


def test_exact_entries_match_only_their_form(lexicon: dict[str, str]) -> None:
    # "=courts" is the verb; "the court" and "courtship" are not loaded.
    assert "court" not in lexicon and "courtsed" not in lexicon and "courtses" not in lexicon


def test_forms_of_a_lexicon_entry() -> None:
    assert framing._forms("slam") >= {"slam", "slams", "slammed", "slamming"}
    assert framing._forms("cave") == {"cave", "caves", "caved", "caving"}
    assert framing._forms("bully") == {"bully", "bullies", "bullied", "bullying"}
    assert framing._forms("double down") == {"double down", "doubles down", "doubled down", "doubling down"}


def test_loaded_words_skip_quotations(lexicon: dict[str, str]) -> None:
    text = "The minister slammed the plan. Rivals said they “slammed the door” and touted nothing."
    found = [(w.text, w.start, w.end, w.where) for w in framing.loaded_words(text, lexicon)]
    assert found == [("slammed", 13, 20, "text"), ("touted", 71, 77, "text")]
    for word, start, end, _ in found:
        assert text[start:end] == word


def test_loaded_phrases_are_found(lexicon: dict[str, str]) -> None:
    text = "The senator lashed out at critics, then chose to Lash Out again."
    found = [(w.text, w.start) for w in framing.loaded_words(text, lexicon)]
    assert ("Lash Out", text.index("Lash Out")) in found


def test_inflected_phrases_are_found(lexicon: dict[str, str]) -> None:
    text = "Schiff has doubled down on his claim, and the senator tore into the report."
    assert [w.text for w in framing.loaded_words(text, lexicon)] == ["doubled down", "tore into"]


def test_lexicon_tags_the_use_an_entry_is_loaded_in(lexicon: framing.Lexicon) -> None:
    assert (lexicon.tags["courts"], lexicon.tags["plot"], lexicon.tags["failed"]) == ("verb", "verb", "adj")
    assert lexicon.tags["very"] == "intensifier" and "slam" not in lexicon.tags
    assert lexicon["plotted"] == "plot" and "plot [verb]" not in lexicon.values()


def test_headline_offsets_index_the_title(lexicon: dict[str, str]) -> None:
    title = "Khamenei Courts Putin: American Policies Threaten our Countries"
    found = framing.loaded_words(title, lexicon, "headline")
    assert [(w.text, w.start, w.end, w.where) for w in found] == [("Courts", 9, 15, "headline")]


def found(text: str, lexicon: dict[str, str], doc: Any = None, **options: Any) -> list[str]:
    return [w.text for w in framing.loaded_words(text, lexicon, doc=doc, **options)]


def test_verb_entries_count_only_as_verbs_in_the_parse(ctx: Context, lexicon: dict[str, str]) -> None:
    verb = "Khamenei courts Putin as the two leaders plot a common line on Syria."
    noun = "Two lower courts said the plot of land could be sold."
    verb_doc, noun_doc = ctx.parse([verb, noun])
    assert found(verb, lexicon, verb_doc) == ["courts", "plot"]
    assert found(noun, lexicon, noun_doc) == []
    # With the rule off, the nouns are reported as the bare lexicon would.
    assert found(noun, lexicon, noun_doc, rules=framing.RULES - {framing.PART_OF_SPEECH}) == [
        "courts",
        "plot",
    ]


def test_verb_entries_without_a_parse_read_the_word_before(lexicon: dict[str, str]) -> None:
    # Headlines have no parse: after an article, possessive or preposition, or first in a sentence, a noun.
    assert found("Khamenei Courts Putin", lexicon) == ["Courts"]
    assert found("The lower courts ruled. Courts in Texas agreed.", lexicon) == []
    assert found("Rebels plot an attack on the capital", lexicon) == ["plot"]
    assert found("A plot to kill the president", lexicon) == []


def test_adjective_entries_count_only_as_adjectives(ctx: Context, lexicon: dict[str, str]) -> None:
    text = "After his failed bid for the nomination, he failed to win the seat."
    doc = ctx.parse([text])[0]
    assert [(w.text, w.start) for w in framing.loaded_words(text, lexicon, doc=doc)] == [
        ("failed", text.index("failed"))
    ]
    assert found("his failed bid", lexicon) == ["failed"] and found("he failed to win", lexicon) == []


def test_intensifiers_count_before_an_adjective_or_adverb(ctx: Context, lexicon: dict[str, str]) -> None:
    judged = "The president won by a very, very wide margin and spoke extremely bluntly."
    plain = "He was the very man who built the wall, and he did it very quickly."
    judged_doc, plain_doc = ctx.parse([judged, plain])
    assert found(judged, lexicon, judged_doc) == ["very", "very", "extremely", "bluntly"]
    assert found(plain, lexicon, plain_doc) == ["very"]  # "very quickly" judges; "the very man" does not
    assert found(judged, lexicon, judged_doc, rules=framing.RULES - {framing.INTENSIFIERS}) == ["bluntly"]
    assert found(judged, lexicon) == ["bluntly"]  # without a parse the next word's part of speech is unknown


def test_a_lexicon_word_in_scare_quotes_is_the_outlets_own(lexicon: dict[str, str]) -> None:
    text = (
        "Republicans charged that there was a political “cover-up” of the attack. "
        "Trump said the networks were “fake news” and called the inquiry “a witch hunt.” "
        'Rivals called it a "sham".'
    )
    assert found(text, lexicon) == ["cover-up", "sham"]
    assert found(text, lexicon, rules=framing.RULES - {framing.SCARE_QUOTES}) == []


def test_regime_is_not_loaded_after_a_technical_modifier(lexicon: dict[str, str]) -> None:
    text = "The Assad regime shelled the city while Europe debated its sanctions regime and a new tax regime."
    assert [(w.text, w.start) for w in framing.loaded_words(text, lexicon)] == [("regime", 10)]
    assert len(found(text, lexicon, rules=framing.RULES - {framing.NEIGHBOURS})) == 3


def test_a_parse_of_another_text_is_not_read(ctx: Context, lexicon: dict[str, str]) -> None:
    text, other = "Khamenei now, courts Putin again.", "The two lower courts ruled on it."
    assert text.index("courts") == other.index("courts")  # read, the other parse would say NOUN here
    assert found(text, lexicon, ctx.parse([other])[0]) == ["courts"]  # falls back to the word before


def test_lead_skips_a_photo_caption() -> None:
    caption = (
        "Khamenei looks at a copy of the Holy Qur’an gifted to him by Putin in Tehran yesterday (Reuters)"
    )
    body = "The Kremlin announced that the two leaders agreed on Syria."
    text = f"{caption}\n{body}"
    article = Article(
        id="a1", path="x.txt", text=text, sentences=[(0, len(caption)), (len(caption) + 1, len(text))]
    )
    assert framing.lead(article) == body
    article.sentences = [(0, len(caption))]
    assert framing.lead(article) == text[:300]


A1 = "Putin gave Khamenei a Qur’an. They discussed Syria. Putin will travel to Sochi and slammed Washington."
A2 = "They discussed Syria at length. Putin gave Khamenei a Qur’an."
A3 = "Putin gave Khamenei an old Qur’an. Iran signed energy deals."


def unit(unit_id: str, story_articles: dict[str, Article], parts: dict[str, str], coverage: str) -> Unit:
    evidence = []
    for article_id, phrase in parts.items():
        start = story_articles[article_id].text.index(phrase)
        evidence.append(story_articles[article_id].span(start, start + len(phrase)))
    outlets = sorted(story_articles[a].outlet or a for a in parts)
    return Unit(unit_id, evidence[0].text, list(parts), coverage, evidence, outlets)  # type: ignore[arg-type]


@pytest.fixture
def small_story() -> Story:
    articles = {
        "a1": Article(id="a1", path="1.txt", text=A1, outlet="X", title="Putin slams Washington"),
        "a2": Article(id="a2", path="2.txt", text=A2, outlet="Y", title="Talks on Syria"),
        "a3": Article(id="a3", path="3.txt", text=A3, outlet="Z", title=None),
    }
    units = [
        unit(
            "u1",
            articles,
            {
                "a1": "Putin gave Khamenei a Qur’an",
                "a2": "Putin gave Khamenei a Qur’an",
                "a3": "Putin gave Khamenei an old Qur’an",
            },
            "all",
        ),
        unit("u2", articles, {"a1": "They discussed Syria", "a2": "They discussed Syria at length"}, "some"),
        unit("u3", articles, {"a1": "Putin will travel to Sochi"}, "one"),
        unit("u4", articles, {"a3": "Iran signed energy deals"}, "one"),
    ]
    putin = Entity("e1", "Vladimir Putin", "PERSON", labels={"a1": ["Putin"], "a3": ["Putin"]})
    putin.mentions = [Mention("a1", 0, 5, "Putin"), Mention("a3", 0, 5, "Putin")]
    return Story(id="s1", title="t", articles=list(articles.values()), units=units, entities=[putin])


def test_frame_emphasis_exclusive_and_omits(small_story: Story, lexicon: dict[str, str]) -> None:
    a1, a2, a3 = small_story.articles
    first = framing.frame(small_story, a1, lexicon)
    assert (first.emphasis, first.exclusive, first.omits) == (["u1", "u2"], ["u3"], [])
    second = framing.frame(small_story, a2, lexicon)
    assert (second.emphasis, second.exclusive, second.omits) == (["u2", "u1"], [], [])  # Syria first in a2
    third = framing.frame(small_story, a3, lexicon)
    assert (third.emphasis, third.exclusive, third.omits) == (["u1"], ["u4"], ["u2"])
    assert first.labels == {"e1": ["Putin"]} and second.labels == {}


def test_frame_headline_lead_and_loaded(small_story: Story, lexicon: dict[str, str]) -> None:
    a1 = small_story.articles[0]
    a1.sentences = [(0, A1.index(".") + 1)]
    framed = framing.frame(small_story, a1, lexicon)
    assert (framed.headline, framed.lead) == ("Putin slams Washington", "Putin gave Khamenei a Qur’an.")
    loaded = [(w.text, w.start, w.where) for w in framed.loaded]
    assert loaded == [("slams", 6, "headline"), ("slammed", A1.index("slammed"), "text")]


def test_run_frames_originals_only(small_story: Story, lexicon: dict[str, str]) -> None:
    small_story.articles.append(Article(id="a4", path="4.txt", text=A1, outlet="W", copy_of="a1"))
    framed = framing.run(small_story, None)  # type: ignore[arg-type]
    assert list(framed.framing) == ["a1", "a2", "a3"]


@pytest.mark.slow
def test_seed_pair_headline_courts(tehran_report: Report) -> None:
    story = tehran_report.stories[0]
    asharq = next(a for a in story.articles if Path(a.path).name.startswith("000"))
    headline = [w for w in story.framing[asharq.id].loaded if w.where == "headline"]
    assert [(w.text, w.start, w.end) for w in headline] == [("Courts", 9, 15)]
    assert asharq.title is not None and asharq.title[9:15] == "Courts"
    for w in story.framing[asharq.id].loaded:
        source = asharq.title if w.where == "headline" else asharq.text
        assert source[w.start : w.end] == w.text
