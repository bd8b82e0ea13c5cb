"""Segment: paragraphs, quotation regions, sentences that keep quotations whole, and clause cuts."""

from __future__ import annotations

import pytest

from newsprism.context import Context
from newsprism.model import Article
from newsprism.quoting import quote_regions
from newsprism.stages import segment

MIN_WORDS = 4


@pytest.fixture(scope="module")
def segmented(ctx: Context):
    def run(text: str, min_words: int = MIN_WORDS) -> Article:
        article = Article(id="a1", path="x.txt", text=text, outlet="Test Outlet", title="A title")
        return segment.segment_article(article, ctx.parse([text])[0], min_words)

    return run


def sentences(article: Article) -> list[str]:
    return [article.text[s:e] for s, e in article.sentences]


def clauses(article: Article) -> list[str]:
    return [article.text[c.start : c.end] for c in article.clauses]


def test_paragraphs_are_lines_trimmed_and_blank_lines_skipped() -> None:
    text = "  First para.  \n\n Second para\nthird\n   \n"
    spans = segment.paragraphs(text)
    assert spans == [(2, 13), (18, 29), (30, 35)]
    assert [text[s:e] for s, e in spans] == ["First para.", "Second para", "third"]


def test_paragraphs_of_empty_text() -> None:
    assert segment.paragraphs("") == []
    assert segment.paragraphs("\n  \n\n") == []


def test_sentences_never_end_inside_a_quotation(segmented) -> None:
    text = (
        "Veldt said: “The Selva does not belong to one nation. It never has. Every drop counts.” "
        "Then she left the hall. Officials said nothing more."
    )
    article = segmented(text)
    assert sentences(article) == [
        "Veldt said: “The Selva does not belong to one nation. It never has. Every drop counts.”",
        "Then she left the hall.",
        "Officials said nothing more.",
    ]
    for q_start, q_end in quote_regions(text):
        assert not any(q_start < end < q_end for _, end in article.sentences)


def test_quotation_opening_a_sentence_stays_with_its_cue(segmented) -> None:
    text = "“We will not go. We will stay here,” said the minister. Nobody argued with him after that."
    assert sentences(segmented(text)) == [
        "“We will not go. We will stay here,” said the minister.",
        "Nobody argued with him after that.",
    ]


def test_sentences_are_cut_at_paragraph_ends(segmented) -> None:
    article = segmented("The summit opened on Tuesday\nThe leaders met for hours in the city hall.")
    assert sentences(article) == [
        "The summit opened on Tuesday",
        "The leaders met for hours in the city hall.",
    ]
    assert [c.paragraph for c in article.clauses] == [0, 1]


def test_no_sentence_opens_in_small_letters_after_an_abbreviation(segmented) -> None:
    text = (
        "The car crashed into a pole on Hartford Rd. near the Sugar & Spice Restaurant on Wednesday evening."
    )
    assert sentences(segmented(text)) == [text]
    # nor after a title's mark inside its quotation marks
    text = (
        "Veldt and Kolvanek showered each other with praise on Sunday at a “Hello, Karsk!” rally attended by "
        "upward of 50,000 people."
    )
    assert sentences(segmented(text)) == [text]
    # a capital after the stop still opens a sentence
    text = "The leaders met at a diner on Hartford Rd. They left the diner together at noon."
    assert sentences(segmented(text)) == [
        "The leaders met at a diner on Hartford Rd.",
        "They left the diner together at noon.",
    ]


def test_a_name_after_an_abbreviated_title_goes_on_with_its_sentence(segmented) -> None:
    text = "Police Sgt. Annika Veldt said the man fled. He was caught later."
    first = "Police Sgt. Annika Veldt said the man fled."
    assert sentences(segmented(text)) == [first, "He was caught later."]
    text = "The suspect, said Det. Sgt. Mara Kolvanek of the Karsk police, was armed."
    assert sentences(segmented(text)) == [text]


def test_coordinated_clause_with_its_own_subject_is_cut(segmented) -> None:
    article = segmented("Putin arrived in Tehran on Monday and he met the Leader later that day.")
    assert clauses(article) == ["Putin arrived in Tehran on Monday", "and he met the Leader later that day."]
    assert [c.sentence for c in article.clauses] == [0, 0]


def test_a_verb_the_parse_conjoins_without_a_conjunction_or_subject_is_not_cut(segmented) -> None:
    # the parse makes "was" a second verb of "occurred"; it is the verb of "Pippa" after "after"
    text = (
        "The incident occurred hours after Pippa, 28, was guest of honour at a party thrown by her friend "
        "on Friday."
    )
    assert clauses(segmented(text)) == [text]
    # a conjoined verb after "and" is still a clause of its own
    article = segmented("The minister arrived in Karsk on Monday and signed the water deal with the mayor.")
    assert clauses(article) == [
        "The minister arrived in Karsk on Monday",
        "and signed the water deal with the mayor.",
    ]


def test_relative_clause_is_its_own_clause(segmented) -> None:
    article = segmented(
        "The talks in Tehran, which lasted around two hours, ended with a joint statement on Syria."
    )
    assert clauses(article) == [
        "The talks in Tehran",
        "which lasted around two hours",
        "ended with a joint statement on Syria.",
    ]


def test_adverbial_clause_with_a_subordinator_is_cut(segmented) -> None:
    article = segmented("He left Tehran on Tuesday because the summit had ended early.")
    assert clauses(article) == ["He left Tehran on Tuesday", "because the summit had ended early."]


def test_what_measures_or_qualifies_the_subordinator_goes_with_its_clause(segmented) -> None:
    # the parse hangs "moments", "a half hour" and "as long" on the main verb; cut there, the main clause
    # ends on a word that says nothing: "… from his New Hampshire headquarters moments."
    cases = {
        "Sen. Bernie Sanders proclaimed victory in the Iowa caucuses from his New Hampshire headquarters "
        "moments after Democratic National Committee Chairman Tom Perez demanded a recanvass.": (
            "moments after"
        ),
        "Todd Hardy said he got the call from Chimerix president Kenneth Moch about a half hour before the "
        "public announcement was made.": "about a half hour before",
        "Critics of the policy tweeted a link to the article minutes after it was posted.": "minutes after",
        "The bonuses will remain available to our staff as long as they are needed by them.": "as long as",
    }
    for text, opening in cases.items():
        assert [c for c in clauses(segmented(text)) if c.startswith(opening)], text
    # a time of the main verb's own stays with it: "died last week", "shot the escaped lion several times"
    text = "Mr Kim died suddenly at the airport last week after two women accosted him briefly in the hall."
    assert clauses(segmented(text))[-1].startswith("after two women")
    text = "Wildlife officials in Kenya shot the escaped lion several times after it injured a man nearby."
    assert clauses(segmented(text))[-1].startswith("after it injured")
    # what "comes" or "happens" after is when it came: no clause of its own
    text = "The shake-up at the campaign comes just a few months after Mr Trump dismissed Corey Lewandowski."
    assert clauses(segmented(text)) == [text]
    text = "The crash on the bridge happened hours after the storm hit the coast of Karsk."
    assert clauses(segmented(text)) == [text]
    text = (
        "Autopilot systems have come under increased scrutiny recently after a woman was killed in Arizona."
    )
    assert clauses(segmented(text))[-1].startswith("after a woman")


def test_what_a_verb_of_seeming_says_is_no_clause_of_its_own(segmented) -> None:
    text = "The minister is 53 million dollars in debt and it doesn't look like he is going to get help soon."
    assert clauses(segmented(text)) == [
        "The minister is 53 million dollars in debt",
        "and it doesn't look like he is going to get help soon.",
    ]


def test_short_partial_quote_inside_a_clause_is_not_cut_out(segmented) -> None:
    text = "The opposition leader called the deal “a paper promise” in a speech to parliament on Wednesday."
    assert clauses(segmented(text)) == [text]


def test_no_cut_leaves_a_piece_shorter_than_min_words(segmented) -> None:
    # "During this meeting" has three words: the relative clause stays attached to it.
    text = "During this meeting, which lasted around two hours, the two leaders discussed the war in Syria."
    article = segmented(text)
    assert clauses(article) == [
        "During this meeting, which lasted around two hours",
        "the two leaders discussed the war in Syria.",
    ]
    assert clauses(segmented("He came and he went.")) == ["He came and he went."]


@pytest.mark.parametrize("min_words", [2, 4, 6])
def test_every_clause_reaches_min_words_unless_its_sentence_is_shorter(segmented, min_words: int) -> None:
    text = (
        "Putin made his first visit in 8 years to Tehran yesterday and he was immediately taken to the "
        "residence of Ayatollah Ali upon his arrival where he presented the Ayatollah with an old Qur’an. "
        "The talks in Tehran, which lasted around two hours, ended with a joint statement on Syria."
    )
    article = segmented(text, min_words)
    assert len(article.clauses) > len(article.sentences)
    for clause in article.clauses:
        s_start, s_end = article.sentences[clause.sentence]
        words = len(segment._WORD.findall(text[clause.start : clause.end]))
        assert words >= min(min_words, len(segment._WORD.findall(text[s_start:s_end])))


def test_clauses_slice_the_text_in_order_without_overlap(segmented) -> None:
    text = (
        "Putin made his first visit in 8 years to Tehran yesterday and he was immediately taken to the "
        "residence of Ayatollah Ali in Tehran upon his arrival where he presented the Ayatollah with one "
        "of the oldest hand written copies of the Holy Qur’an.\n"
        "Veldt said: “The Selva does not belong to one nation. It never has.” Then she left.\n"
        "The talks in Tehran, which lasted around two hours, ended with a joint statement on Syria."
    )
    article = segmented(text)
    assert clauses(article)[:3] == [
        "Putin made his first visit in 8 years to Tehran yesterday",
        "and he was immediately taken to the residence of Ayatollah Ali in Tehran upon his arrival",
        "where he presented the Ayatollah with one of the oldest hand written copies of the Holy Qur’an.",
    ]
    previous_end = 0
    for clause in article.clauses:
        assert 0 <= previous_end <= clause.start < clause.end <= len(text)
        piece = text[clause.start : clause.end]
        assert piece == piece.strip(" ,;:—–-\n")
        s_start, s_end = article.sentences[clause.sentence]
        assert s_start <= clause.start and clause.end <= s_end
        p_start, p_end = article.paragraphs[clause.paragraph]
        assert p_start <= clause.start and clause.end <= p_end
        previous_end = clause.end


def test_segment_article_stores_the_doc(segmented) -> None:
    article = segmented("The leaders met in Rivenholm on Tuesday.")
    assert article.doc is not None and article.doc.text == article.text
