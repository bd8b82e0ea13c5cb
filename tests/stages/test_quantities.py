"""Quantities: news phrases normalized to (kind, [low, high], unit, hedge), and what each one measures."""

from __future__ import annotations

from typing import Any

import pytest

from newsprism.context import Context
from newsprism.model import Article, Quantity
from newsprism.stages import quantities, segment

HOUR, DAY, YEAR = 3600, 86400, 31557600


def row(
    phrase: str,
    kind: str,
    low: float | None,
    high: float | None,
    unit: str,
    hedge: str | None = None,
    *,
    text: str | None = None,
    bug: str | None = None,
) -> Any:
    """One table row; `text` is the quantity's text when it is not the whole phrase ("three-day visit")."""
    marks = [pytest.mark.xfail(strict=True, reason=bug)] if bug else []
    return pytest.param(phrase, (text or phrase, kind, low, high, unit, hedge), marks=marks, id=phrase)


PHRASES = [
    # a span of time of day, in minutes after midnight
    row("between 6:45 and 7 p.m.", "time", 1125, 1140, "min"),
    row("between 6:45 p.m. and 6:55 p.m.", "time", 1125, 1135, "min"),
    row("between 11 and 1 p.m.", "time", 660, 780, "min"),
    # durations, in seconds
    row("more than an hour and a half", "duration", 5400, None, "s", "more than"),
    row("around two hours", "duration", 6480, 7920, "s", "around"),
    row("nearly three hours", "duration", 9720, 10800, "s", "nearly"),
    row("more than four hours", "duration", 14400, None, "s", "more than"),
    row("close to three hours", "duration", 9720, 10800, "s", "close to"),
    row("90 minutes", "duration", 5400, 5400, "s"),
    row("45 seconds", "duration", 45, 45, "s"),
    row("twenty-five minutes", "duration", 1500, 1500, "s"),
    row("almost 40 minutes", "duration", 2160, 2400, "s", "almost"),
    row("up to 30 minutes", "duration", None, 1800, "s", "up to"),
    row("less than an hour", "duration", None, 3600, "s", "less than"),
    row("an hour", "duration", 3600, 3600, "s"),
    row("3 hours", "duration", 3 * HOUR, 3 * HOUR, "s"),
    row("two and a half hours", "duration", 9000, 9000, "s"),
    row("three and a half hours", "duration", 12600, 12600, "s"),
    row("a 90-minute meeting", "duration", 5400, 5400, "s", text="90-minute"),
    row("four-hour talks", "duration", 4 * HOUR, 4 * HOUR, "s", text="four-hour"),
    row("three-day visit", "duration", 3 * DAY, 3 * DAY, "s", text="three-day"),
    row("a day", "duration", DAY, DAY, "s"),
    row("two weeks", "duration", 14 * DAY, 14 * DAY, "s"),
    row("a fortnight", "duration", 14 * DAY, 14 * DAY, "s"),
    row("at most two days", "duration", None, 2 * DAY, "s", "at most"),
    row("six months", "duration", YEAR / 2, YEAR / 2, "s"),
    row("one and a half years", "duration", 1.5 * YEAR, 1.5 * YEAR, "s"),
    row("8 years", "duration", 8 * YEAR, 8 * YEAR, "s"),
    row("28 years", "duration", 28 * YEAR, 28 * YEAR, "s"),
    row("three decades", "duration", 30 * YEAR, 30 * YEAR, "s"),
    row("a two-hour meeting", "duration", 2 * HOUR, 2 * HOUR, "s", text="a two-hour"),
    row("a three-day visit", "duration", 3 * DAY, 3 * DAY, "s", text="a three-day"),
    row("half an hour", "duration", 1800, 1800, "s"),
    row("two centuries", "duration", 200 * YEAR, 200 * YEAR, "s"),
    # a span with "between" is one whichever end comes first
    row("between 49,000 and 46,000 years", "duration", 46000 * YEAR, 49000 * YEAR, "s"),
    row("between 46,000 and 49,000 years", "duration", 46000 * YEAR, 49000 * YEAR, "s"),
    # counts
    row("around 20 countries", "count", 18, 22, "country", "around"),
    row("some 120 delegates", "count", 108, 132, "delegate", "some"),
    row("at least 15 people", "count", 15, None, "people", "at least"),
    row("up to 5,000 troops", "count", None, 5000, "troop", "up to"),
    row("fewer than 300 soldiers", "count", None, 300, "soldier", "fewer than"),
    row("roughly 2,000 protesters", "count", 1800, 2200, "protester", "roughly"),
    row("an estimated 1,500 refugees", "count", 1350, 1650, "refugee", "an estimated"),
    row("well over 100 diplomats", "count", 100, None, "diplomat", "well over"),
    row("no fewer than 12 ministers", "count", 12, None, "minister", "no fewer than"),
    row("some 84,000 visitors", "count", 75600, 92400, "visitor", "some"),
    row("two hundred soldiers", "count", 200, 200, "soldier"),
    row("a million refugees", "count", 1e6, 1e6, "refugee"),
    row("a dozen countries", "count", 12, 12, "country"),
    # percentages
    row("45%", "percent", 45, 45, "%"),
    row("about 12 per cent", "percent", 10.8, 13.2, "%", "about"),
    row("nearly 80 percent", "percent", 72, 80, "%", "nearly"),
    row("less than 10%", "percent", None, 10, "%", "less than"),
    row("just over 40%", "percent", 40, 46, "%", "just over"),
    row("about 3.5%", "percent", 3.15, 3.85, "%", "about"),
    row("at least 30 per cent", "percent", 30, None, "%", "at least"),
    # money
    row("$1.2 million", "money", 1.2e6, 1.2e6, "USD"),
    row("€300", "money", 300, 300, "EUR"),
    row("£5 billion", "money", 5e9, 5e9, "GBP"),
    row("€1.5 billion", "money", 1.5e9, 1.5e9, "EUR"),
    row("¥200", "money", 200, 200, "JPY"),
    row("more than $40,000", "money", 40000, None, "USD", "more than"),
]


@pytest.fixture(scope="module")
def extract(ctx: Context):
    def run(text: str) -> list[Quantity]:
        article = Article(id="a1", path="x.txt", text=text)
        segment.segment_article(article, ctx.parse([text])[0], 4)
        found = quantities.extract(article)
        for q in found:
            assert text[q.start : q.end] == q.text and q.article == "a1"
        return found

    return run


@pytest.mark.parametrize(("phrase", "expected"), PHRASES)
def test_phrase_is_normalized(extract, phrase: str, expected: tuple[Any, ...]) -> None:
    text = f"Officials said {phrase} were recorded."
    start = text.index(phrase)
    within = [q for q in extract(text) if start <= q.start and q.end <= start + len(phrase)]
    assert len(within) == 1, f"{[q.text for q in extract(text)]}"
    q = within[0]
    got = (q.text, q.kind, q.low, q.high, q.unit, q.hedge)
    assert got[:2] + got[4:] == expected[:2] + expected[4:]
    assert (q.low, q.high) == pytest.approx(expected[2:4])


def test_table_is_large_enough() -> None:
    assert len(PHRASES) >= 40


def test_years_are_dates_not_counts(extract) -> None:
    found = extract("The dam began filling in 2023 and 2,000 people protested in 1998.")
    assert [(q.text, q.kind, q.iso) for q in found] == [
        ("2023", "date", "2023-01-01/2023-12-31"),
        ("2,000 people", "count", None),
        ("1998", "date", "1998-01-01/1998-12-31"),
    ]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("ICE arrested 680 illegal aliens on Wednesday.", ("680 illegal aliens", "alien")),
        ("He fired 12 senior officials.", ("12 senior officials", "official")),
        (
            "Raids hit seven Mississippi food processing plants.",
            ("seven Mississippi food processing plants", "plant"),
        ),
        ("Police said 20 Syrian-backed rebels were killed.", ("20 Syrian-backed rebels", "rebel")),
        ("Around 20 countries attended the Vienna talks.", ("Around 20 countries", "country")),
        # "more" leans on the number, not on the noun: the count is still of people
        ("Three more people died in the fire on Monday.", ("Three more people", "people")),
        ("Officials said 12 more people were hurt.", ("12 more people", "people")),
    ],
)
def test_a_count_counts_the_noun_its_qualifiers_lean_on(extract, text: str, counted: tuple[str, str]) -> None:
    # the words between the number and its noun qualify the noun: the count is of aliens, not of "illegal"
    assert [(q.text, q.unit) for q in extract(text) if q.kind == "count"] == [counted]


def test_a_count_of_more_of_something_bounds_the_total_from_below(extract) -> None:
    # "three more people died" adds three: the total is at least three, so no total is disputed by it
    found = extract("Three more people died, and 500 new cases were reported; 40 schools closed.")
    assert [(q.text, q.low, q.high) for q in found if q.kind == "count"] == [
        ("Three more people", 3, None),
        ("500 new cases", 500, None),
        ("40 schools", 40, 40),
    ]


def test_article_words_alone_are_not_counts(extract) -> None:
    assert extract("One official said a delegate had left with an aide.") == []


def test_a_labels_number_is_no_count(extract) -> None:
    # "a Category 3 storm" is one storm of a category, not three storms; "Flight 370 passengers" are not 370
    found = extract("The Category 3 storm hit as Flight 370 passengers and 40 crew waited at Gate 12 doors.")
    assert [(q.text, q.low) for q in found] == [("40 crew", 40)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("20", 20),
        ("3,500", 3500),
        ("two", 2),
        ("an", 1),
        ("half", 0.5),
        ("twenty-five", 25),
        ("one and a half", 1.5),
        ("two and a quarter", 2.25),
        ("1.2 million", 1.2e6),
        ("a hundred", 100),
        ("two hundred", 200),
        ("xyz", None),
        ("", None),
        ("a dozen", 12),
        ("seven hundred thousand", 700000),
    ],
)
def test_number(text: str, value: float | None) -> None:
    assert quantities.number(text) == (pytest.approx(value) if value is not None else None)


@pytest.mark.parametrize(
    ("hedge", "expected"),
    [
        (None, (100, 100)),
        ("more than", (100, None)),
        ("Around", (90, 110)),
        ("nearly", (90, 100)),
        ("just over", (100, 115)),
        ("up to", (None, 100)),
        ("no such hedge", (100, 100)),
    ],
)
def test_interval(hedge: str | None, expected: tuple[float | None, float | None]) -> None:
    assert quantities.interval(100, hedge) == pytest.approx(expected)


def test_interval_rounds_to_three_decimals() -> None:
    assert quantities.interval(10 / 3, "about") == (3.0, 3.667)


def quantity(about: str | None, kind: str = "duration", unit: str = "s") -> Quantity:
    return Quantity("a1", 0, 1, "x", kind, 1.0, 1.0, unit, about=about)


def test_slot_takes_event_nouns_as_one() -> None:
    slots = {quantities.slot(quantity(noun)) for noun in ("talks", "talk", "meeting", "summit", "session")}
    assert slots == {("duration", "s", "meeting")}
    assert quantities.slot(quantity("country", "count", "country")) == ("count", "country", "country")
    assert quantities.slot(quantity("visit")) == ("duration", "s", "visit")
    assert quantities.slot(quantity(None)) is None
    assert quantities.slot(quantity("he")) is None  # a pronoun: what it stands for is not known


@pytest.mark.parametrize(
    ("text", "phrase", "about"),
    [
        (
            "The Kremlin said the views were the same during their meeting which continued for more than an "
            "hour and a half in Tehran.",
            "more than an hour and a half",
            "meeting",
        ),
        (
            "The leaders reached an agreement on the Selva River after more than four hours of talks.",
            "more than four hours",
            "talk",
        ),
        (
            "During this meeting, which lasted around two hours, the Leader praised Putin.",
            "around two hours",
            "meeting",
        ),
        ("Around 20 countries attended the Vienna talks in mid-November.", "Around 20 countries", "country"),
        ("The summit lasted three hours.", "three hours", "summit"),
        ("Putin began his three-day visit to Tehran.", "three-day", "visit"),
        # a participle's figure measures the noun it qualifies, not the verb ("the length of the date")
        ("A dig revealed a human settlement dating back 49,000 years.", "49,000 years", "settlement"),
    ],
)
def test_about_is_what_the_quantity_measures(extract, text: str, phrase: str, about: str) -> None:
    (q,) = [q for q in extract(text) if q.text == phrase]
    assert q.about == about


def test_meeting_and_talks_durations_share_a_slot(extract) -> None:
    (a,) = extract(
        "During their meeting which continued for more than an hour and a half, they spoke of Syria."
    )
    (b,) = extract("They reached a deal after more than four hours of talks.")
    assert quantities.slot(a) == quantities.slot(b) == ("duration", "s", "meeting")
