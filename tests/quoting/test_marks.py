"""Quotation marks: double and single marks, apostrophes, nesting, quotations over several paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsprism.quoting import quotations, quote_regions


def regions(text: str) -> list[str]:
    return [text[s:e] for s, e in quote_regions(text)]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("He said “we stay” today.", ["“we stay”"]),
        ('He said "we stay" today.', ['"we stay"']),
        ("Il a dit «nous restons» hier.", ["«nous restons»"]),
        ('One “a” and "b" and «c».', ["“a”", '"b"', "«c»"]),
        ("He said ‘we stay’ today.", ["‘we stay’"]),
        ("He said 'we stay' today.", ["'we stay'"]),
        ("Er sagte „wir bleiben“ heute.", ["„wir bleiben“"]),
    ],
    ids=["curly", "straight", "guillemets", "mixed", "single-curly", "single-straight", "german"],
)
def test_quotation_marks_of_every_kind(text: str, quoted: list[str]) -> None:
    assert regions(text) == quoted


def test_apostrophes_never_open_or_close_a_quotation() -> None:
    assert regions("Iran’s leader said the players’ union won’t accept Moscow's offer.") == []
    assert regions("Iran’s ‘different political’ views don’t matter.") == ["‘different political’"]


def test_a_quotation_nested_in_another_stays_inside_it() -> None:
    text = "Khamenei said: “The people with ‘different political, religious and ethnic’ views voted.”"
    assert regions(text) == [text[text.index("“") :]]


def test_unclosed_quote_at_a_line_end_is_ignored() -> None:
    text = "He said “this never closes\nand “this one does” later."
    assert regions(text) == ["“this one does”"]


def test_quotation_over_several_paragraphs_opens_each_and_closes_the_last() -> None:
    text = (
        "The New York Times reports:\n\n"
        "“In an illustration of the lack of enthusiasm, just 24 percent gave $200 or less.\n\n"
        "“Without this online network, Mrs. Clinton is being made to continue.”\n\n"
        "Clinton has had trouble."
    )
    (quotation,) = quotations(text)
    assert len(quotation.pieces) == 2
    assert text[quotation.start : quotation.end].startswith("“In an illustration")
    assert text[quotation.start : quotation.end].endswith("continue.”")
    assert [text[s:e] for s, e in quotation.inner(text)] == [
        "In an illustration of the lack of enthusiasm, just 24 percent gave $200 or less.",
        "Without this online network, Mrs. Clinton is being made to continue.",
    ]


def test_open_quotation_not_continued_by_the_next_paragraph_is_dropped() -> None:
    text = "He said “we will\n\nThen nothing else was quoted."
    assert quotations(text) == []


PIECES = ["word", "Iran’s", "don't", " ", " ", "\n", "\n\n", "“", "”", '"', "‘", "’", "'", "«", "»", ",", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60))
def test_quotations_are_ordered_disjoint_and_inside_the_text(parts: list[str]) -> None:
    text = "".join(parts)
    found = quotations(text)
    previous_end = 0
    for quotation in found:
        assert previous_end <= quotation.start < quotation.end <= len(text)
        previous_end = quotation.end
        for (start, end), (inner_start, inner_end) in zip(
            quotation.pieces, quotation.inner(text), strict=True
        ):
            assert start <= inner_start <= inner_end <= end
            assert "\n" not in text[start:end].strip("\n")  # a piece never crosses a paragraph
