"""The summary benchmark's own helpers (bench/bench_summary.py) on small handmade inputs: cutting to the
reference length, the data-free sentence splitter sumy is given, the peers, and the faithfulness checks."""

from __future__ import annotations

import sys
from types import SimpleNamespace

import pytest
from conftest import ROOT

from newsprism.model import Article, Entity, Mention, Quote, QuoteVariant, Span, Story, SummarySentence, Unit

sys.path.insert(0, str(ROOT / "bench"))

import bench_summary as bench  # noqa: E402

EVIDENCE = "The council signed the deal on Monday, paying $1,200 to the US firm."


def test_truncate_keeps_the_first_words_and_leaves_a_shorter_text_whole() -> None:
    assert bench.truncate("one two  three\nfour", 2) == "one two"
    assert bench.truncate("one two", 5) == "one two"
    assert bench.word_count("one two  three\nfour") == 4


def test_sentences_end_at_a_stop_before_a_capital_but_not_after_an_abbreviation_or_initial() -> None:
    text = (
        "Mr. Smith met J. K. Rowling in the U.S. Senate at 5 p.m. Sunday. “It went well,” he said. "
        "Did it? Yes! 2019 was calm."
    )
    assert bench.split_sentences(text) == [
        "Mr. Smith met J. K. Rowling in the U.S. Senate at 5 p.m. Sunday.",
        "“It went well,” he said.",
        "Did it?",
        "Yes!",
        "2019 was calm.",
    ]
    assert bench.split_sentences("It ended. then it went on.") == ["It ended. then it went on."]


def test_the_tokenizer_breaks_lines_and_keeps_words_with_apostrophes() -> None:
    tokenizer = bench.RegexTokenizer()
    assert tokenizer.to_sentences("A caption\nThe story. It goes on.") == (
        "A caption",
        "The story.",
        "It goes on.",
    )
    assert tokenizer.to_words("Pao’s lawyers didn't say, 2019.") == (
        "Pao’s",
        "lawyers",
        "didn't",
        "say",
        "2019",
    )


def test_lead_baselines() -> None:
    tokenizer = bench.RegexTokenizer()
    texts = ["A1 one. A2 two. A3 three. A4 four.", "B1 one. B2 two."]
    assert bench.lead_3(texts, tokenizer, 100) == "A1 one. A2 two. A3 three."
    assert (
        bench.lead_round_robin(texts, tokenizer, 100) == "A1 one. B1 one. A2 two. B2 two. A3 three. A4 four."
    )
    assert bench.lead_round_robin(texts, tokenizer, 3) == "A1 one. B1 one."


def test_best_until_takes_sentences_best_first_until_the_budget() -> None:
    infos = [SimpleNamespace(sentence=s) for s in ["three words here", "two words", "never reached"]]
    assert bench.best_until(4)(infos) == infos[:2]
    assert bench.best_until(0)(infos) == []


@pytest.mark.parametrize("name", ["lexrank", "textrank"])
def test_sumy_runs_without_nltk_data(name: str) -> None:
    texts = [
        "The council signed the river deal on Monday. Farmers welcomed the river deal.",
        "The river deal gives farmers water. Critics said the deal came late. Rain fell.",
    ]
    summary = bench.sumy_system(name)(texts, bench.RegexTokenizer(), 8)
    assert 8 <= bench.word_count(summary) <= 16
    assert all(sentence in " ".join(texts) for sentence in bench.split_sentences(summary))


def test_a_sentence_whose_words_numbers_and_names_occur_in_its_source_is_faithful() -> None:
    assert bench.unsupported("The council signs a deal paying $1,200.", [EVIDENCE]) == []
    assert bench.unsupported("Paying 1200 to the US firm.", [EVIDENCE]) == []


def test_unsupported_names_the_words_numbers_and_names_the_source_lacks() -> None:
    assert bench.unsupported("The council rejected the deal on Monday.", [EVIDENCE]) == ["rejected"]
    assert bench.unsupported("The council is paying $1,300 on Monday.", [EVIDENCE]) == ["1,300"]
    assert bench.unsupported("Officials told us about Monday.", [EVIDENCE]) == ["Officials", "told"]
    assert bench.unsupported("The deal fell to Us.", [EVIDENCE.replace("US", "us")]) == ["fell", "Us"]
    assert bench.unsupported("Monday: Omar signed.", [EVIDENCE], licensed={"omar"}) == []


def test_overlap_is_the_share_of_content_words_in_the_source() -> None:
    assert bench.overlap("The council signed the treaty.", EVIDENCE) == pytest.approx(2 / 3)
    assert bench.overlap("It was.", EVIDENCE) == 1.0


def test_claim_takes_off_the_attribution_frame() -> None:
    outlets = ["A", "B, Inc.", "C"]
    assert (
        bench.claim("According to A, B, Inc. and C, the deal, signed, held.", outlets)
        == "the deal, signed, held."
    )
    assert bench.claim("According to C, the deal held.", outlets) == "the deal held."
    assert bench.claim("According to D, the deal held.", outlets) == "According to D, the deal held."
    # a sentence that relays a source of its own keeps it
    relayed = "According to the filing, the deal held."
    assert bench.claim(f"A and C report that, {relayed[:1].lower()}{relayed[1:]}", outlets) == (
        "according to the filing, the deal held."
    )
    assert bench.claim(relayed, outlets) == relayed


def test_faithfulness_counts_sentences_and_citations() -> None:
    second = "Critics in Valdoria called the deal late."
    articles = [
        Article(id="a1", path="1.txt", text=f"Intro. {EVIDENCE} Oslo hosted it.", outlet="Outlet 1"),
        Article(id="a2", path="2.txt", text=second, outlet="Outlet 2"),
    ]
    start = articles[0].text.index(EVIDENCE)
    units = [
        Unit(
            "u1", EVIDENCE, ["a1"], "one", [Span("a1", start, start + len(EVIDENCE), EVIDENCE)], ["Outlet 1"]
        ),
        Unit("u2", second, ["a2"], "one", [Span("a2", 0, len(second), second)], ["Outlet 2"]),
    ]
    summary = [
        SummarySentence("According to Outlet 1, the council signed the deal in Oslo.", ["a1"], ["u1"]),
        SummarySentence("According to Outlet 2, critics called the deal late.", ["a2"], ["u2"]),
        SummarySentence("The council signed the deal.", ["a1", "a2"], ["u1"]),
    ]
    story = Story(id="s1", title="t", articles=articles, units=units, summary=summary)
    faith = bench.Faithfulness()
    faith.add(story)
    assert (faith.sentences, faith.to_evidence, faith.to_articles) == (3, 2, 3)
    assert (faith.citations, faith.confirmed) == (4, 3)
    assert faith.misses == [(summary[0].text, ["Oslo"])]
    assert faith.frame_words == 8
    assert faith.to_evidence_named == 2  # the story names no one and nothing
    # a name the cited article mentions outside the evidence is found among its names
    oslo = articles[0].text.index("Oslo")
    story.entities = [Entity("e1", "Oslo", "GPE", {"a1": ["Oslo"]}, [Mention("a1", oslo, oslo + 4, "Oslo")])]
    faith = bench.Faithfulness()
    faith.add(story)
    assert (faith.to_evidence, faith.to_evidence_named) == (2, 3)
    # but not one only another article mentions
    story.summary = [
        SummarySentence("According to Outlet 2, critics in Oslo called the deal late.", ["a2"], ["u2"])
    ]
    faith = bench.Faithfulness()
    faith.add(story)
    assert faith.to_evidence_named == 0


def test_a_disputed_point_is_checked_against_the_sentences_that_hold_its_versions() -> None:
    text = "Intro. For months, Biden denied that he fathered the child. Outro."
    article = Article(
        id="a1", path="1.txt", text=text, outlet="Outlet 1", sentences=[(0, 6), (7, 59), (60, 66)]
    )
    assert (
        bench.sentence_at(article, text.index("denied"))
        == "For months, Biden denied that he fathered the child."
    )
    assert bench.sentence_at(article, len(text)) == ""


def test_the_words_an_article_gives_quoted_words_to_are_among_its_names() -> None:
    text = "“The visit is proof of interference,” the foreign ministry said."
    article = Article(id="a1", path="1.txt", text=text, outlet="Outlet 1")
    variant = QuoteVariant("a1", 1, 35, text[1:35], "said", speaker_text="the foreign ministry")
    story = Story(id="s1", title="t", articles=[article], quotes=[Quote("q1", None, None, [variant])])
    assert {"foreign", "ministry"} <= bench.mentioned_names(story, {"a1"})
    assert not {"foreign", "ministry"} & bench.mentioned_names(story, {"a2"})


def test_the_oracle_takes_sentences_while_rouge_rises_and_agrees_with_rouge_score() -> None:
    from rouge_score import rouge_scorer

    reference = "The council signed the water deal on Monday. Farmers welcomed it."
    candidates = [
        "Farmers welcomed the deal.",
        "The weather was cold in the north.",
        "The council signed the water deal on Monday.",
    ]
    chosen = bench.oracle(reference, candidates, 12)
    # the best sentence first, the next while it helps, never the off-topic one
    assert chosen == "The council signed the water deal on Monday. Farmers welcomed the deal."
    # cut to the budget, its own ROUGE-1 is rouge-score's
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    cut = bench.truncate(chosen, 12).split()
    expected = scorer.score(reference, " ".join(cut))["rouge1"].fmeasure
    target = bench.Counter(t for w in reference.split() for t in bench._rouge_tokens(w))
    assert bench._unigram_f(target, cut) == pytest.approx(expected)
    assert bench.oracle(reference, [], 12) == ""
