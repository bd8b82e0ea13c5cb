"""Versions: each outlet's version of a disputed point in one sentence."""

from __future__ import annotations

from newsprism.model import Article, Conflict, ConflictValue, Story
from newsprism.versions import conflict_wording
from newsprism.wording import Wording

SEED = (
    "Their meeting continued for more than an hour and a half in Tehran.",
    "During this meeting, which lasted around two hours, the Leader spoke.",
)


def one_sentence_each(
    texts: tuple[str, ...] = SEED, outlets: tuple[str, ...] = ("Asharq Al-Awsat", "Khamenei.ir")
) -> Story:
    """A story of one-sentence articles, a1, a2, …, each from its outlet."""
    articles = []
    for n, (text, outlet) in enumerate(zip(texts, outlets, strict=True), 1):
        article = Article(id=f"a{n}", path=f"{n}.txt", text=text, outlet=outlet)
        article.sentences = [(0, len(text))]
        articles.append(article)
    return Story(id="s1", title="t", articles=articles)


def value(story: Story, article: str, phrase: str, normalized: dict[str, object]) -> ConflictValue:
    text = story.article(article).text
    start = text.index(phrase)
    return ConflictValue(
        article, phrase, normalized, start, start + len(phrase), story.article(article).outlet
    )


def disputed(story: Story, kind: str, about: str, values: list[ConflictValue]) -> Wording:
    """The versions sentence of a conflict of `kind` about `about` with these values; it must have one."""
    wording = conflict_wording(story, Conflict("c1", kind, about, [], values))
    assert wording is not None
    return wording


def test_figures_side_by_side() -> None:
    story = one_sentence_each()
    values = [
        value(story, "a1", "more than an hour and a half", {"low": 5400}),
        value(story, "a2", "around two hours", {"low": 6480}),
    ]
    wording = disputed(story, "duration", "length of the meeting", values)
    assert wording.text == (
        "Asharq Al-Awsat puts the length of the meeting at more than an hour and a half; "
        "Khamenei.ir at around two hours."
    )
    assert wording.citations == ["a1", "a2"]
    assert wording.evidence == [a.text for a in story.articles]


def test_a_toll_reads_as_its_figure() -> None:
    texts = ("A woman killed three people at the depot.", "Two people died on the scene, police said.")
    story = one_sentence_each(texts, ("Outlet 1", "Outlet 2"))
    values = [value(story, "a1", "three", {"low": 3}), value(story, "a2", "Two people died", {"low": 2})]
    wording = disputed(story, "casualties", "toll", values)
    assert wording.text == "Outlet 1 puts the toll at three; Outlet 2 at two."


def test_outlets_giving_the_same_figure_are_named_together() -> None:
    texts = ("The deal pays him $33.5 million.", "He will earn $25 million.", "His pay is $33.5 million.")
    story = one_sentence_each(texts, ("Outlet 1", "Outlet 2", "Outlet 3"))
    values = [
        value(story, "a1", "$33.5 million", {"low": 33.5e6}),
        value(story, "a2", "$25 million", {"low": 25e6}),
        value(story, "a3", "$33.5 million", {"low": 33.5e6}),
    ]
    wording = disputed(story, "money", "pay", values)
    assert wording.text == "Outlet 1 and Outlet 3 put the pay at $33.5 million; Outlet 2 at $25 million."
    assert wording.citations == ["a1", "a2", "a3"]


def test_one_figure_written_two_ways_is_one_version() -> None:
    texts = (
        "The estate is worth an estimated $26.6 million, of which $26.6 million is property.",
        "The 1.75-cent tax on the estate is worth $20 million.",
        "The 1.75 cents tax on the estate is worth $20 million.",
    )
    story = one_sentence_each(texts, ("Outlet 1", "Outlet 2", "Outlet 3"))
    values = [
        value(story, "a1", "an estimated $26.6 million", {"low": 23.94e6, "high": 29.26e6}),
        value(story, "a1", "$26.6 million", {"low": 26.6e6, "high": 26.6e6}),
        value(story, "a2", "$20 million", {"low": 20e6, "high": 20e6}),
        value(story, "a3", "$20 million", {"low": 20e6, "high": 20e6}),
    ]
    wording = disputed(story, "money", "value of the estate", values)
    assert wording.text == (
        "Outlet 1 puts the value of the estate at an estimated $26.6 million; "
        "Outlet 2 and Outlet 3 at $20 million."
    )
    # the same figure however an outlet writes it: named together
    cents = [
        value(story, "a2", "1.75-cent", {"low": 1.75, "high": 1.75, "unit": "cent"}),
        value(story, "a3", "1.75 cents", {"low": 1.75, "high": 1.75, "unit": "cent"}),
        value(story, "a1", "26.6", {"low": 26.6, "high": 26.6, "unit": "cent"}),
    ]
    wording = disputed(story, "count", "tax", cents)
    assert wording.text == "Outlet 2 and Outlet 3 put the tax at 1.75-cent; Outlet 1 at 26.6."


def test_a_span_of_time_reads_without_at() -> None:
    texts = ("Maria was taken between 6:45 and 7 p.m. that day.", "Maria was abducted at 6:30 p.m.")
    story = one_sentence_each(texts, ("Outlet 1", "Outlet 2"))
    values = [
        value(story, "a1", "between 6:45 and 7 p.m.", {"low": 1125, "high": 1140}),
        value(story, "a2", "6:30 p.m.", {"low": 1110, "high": 1110}),
    ]
    wording = disputed(story, "time", "time of the abduction", values)
    assert wording.text == (
        "Outlet 1 puts the time of the abduction between 6:45 and 7 p.m.; Outlet 2 at 6:30 p.m."
    )


def test_a_figure_that_ends_on_a_stop_keeps_one() -> None:
    story = one_sentence_each()
    values = [
        value(story, "a1", "an hour and a half", {"low": 5400}),
        value(story, "a2", "two hours", {"low": 7200}),
    ]
    values[1].text = "5 p.m."  # a time of day as written, its own full stop included
    wording = disputed(story, "time", "time of the deadline", values)
    assert wording.text.endswith("Khamenei.ir at 5 p.m.")


def test_a_figure_reads_inside_the_sentence() -> None:
    story = one_sentence_each()
    values = [
        value(story, "a1", "an hour and a half", {"low": 5400}),
        value(story, "a2", "two hours", {"low": 7200}),
    ]
    # as a sentence-initial hedge or count writes them
    values[0].text, values[1].text = "About an hour", "More than two hours"
    wording = disputed(story, "duration", "length of the meeting", values)
    assert wording.text == (
        "Asharq Al-Awsat puts the length of the meeting at about an hour; Khamenei.ir at more than two hours."
    )


def test_an_office_in_each_outlets_words() -> None:
    story = one_sentence_each()
    values = [value(story, "a1", "Tehran", {"value": "x"}), value(story, "a2", "the Leader", {"value": "y"})]
    wording = disputed(story, "attribute", "office of Ali Khamenei", values)
    assert wording.text == (
        "Accounts differ on office of Ali Khamenei: Asharq Al-Awsat reports “Tehran”; Khamenei.ir reports "
        "“the Leader”."
    )


def test_a_denial_in_each_outlets_sentence() -> None:
    story = one_sentence_each()
    values = [
        value(story, "a1", "continued", {"value": "states"}),
        value(story, "a2", "lasted", {"value": "denies"}),
    ]
    wording = disputed(story, "claim", "Karsk denies: …", values)
    assert wording.text.startswith(
        "Accounts differ on this: Asharq Al-Awsat reports “Their meeting continued"
    )


def test_one_outlet_alone_is_no_dispute() -> None:
    story = one_sentence_each()
    values = [value(story, "a1", "more than an hour and a half", {}), value(story, "a1", "Tehran", {})]
    assert conflict_wording(story, Conflict("c1", "duration", "length of the meeting", [], values)) is None
