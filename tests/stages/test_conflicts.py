"""Conflicts: different values for one measured thing from different outlets, and their severity."""

from __future__ import annotations

import pytest

from newsprism.context import Context, Progress
from newsprism.model import Article, Quantity, Span, Story, Unit
from newsprism.settings import load_settings
from newsprism.stages import conflicts, quantities
from newsprism.support import unsupported
from newsprism.versions import conflict_wording

ASHARQ = "Their meeting continued for more than an hour and a half in Tehran."
KHAMENEI = "During this meeting, which lasted around two hours, the Leader spoke."
MERIDIAN = "The talks lasted nearly three hours in Rivenholm."


def duration(
    article: str,
    text: str,
    phrase: str,
    low: float | None,
    high: float | None,
    about: str = "meeting",
    hedge: str | None = None,
) -> Quantity:
    start = text.index(phrase)
    return Quantity(article, start, start + len(phrase), phrase, "duration", low, high, "s", hedge, about)


def story(
    *articles: tuple[str, str, str], quantities: list[Quantity], units: list[Unit] | None = None
) -> Story:
    built = [Article(id=i, path=f"{i}.txt", text=text, outlet=outlet) for i, outlet, text in articles]
    return Story(id="s1", title="t", articles=built, quantities=quantities, units=units or [])


def test_overlapping_intervals_are_a_discrepancy() -> None:
    a = duration("a1", ASHARQ, "more than an hour and a half", 5400, None, hedge="more than")
    b = duration("a2", KHAMENEI, "around two hours", 6480, 7920, hedge="around")
    s = story(("a1", "Asharq Al-Awsat", ASHARQ), ("a2", "Khamenei.ir", KHAMENEI), quantities=[a, b])
    (conflict,) = conflicts.find_conflicts(s)
    assert (conflict.kind, conflict.about, conflict.severity) == (
        "duration",
        "length of the meeting",
        "discrepancy",
    )
    values = [(v.article, v.outlet, v.text, v.start, v.end, v.normalized) for v in conflict.values]
    assert values == [
        (
            "a1",
            "Asharq Al-Awsat",
            "more than an hour and a half",
            28,
            56,
            {"low": 5400, "high": None, "unit": "s", "hedge": "more than"},
        ),
        (
            "a2",
            "Khamenei.ir",
            "around two hours",
            34,
            50,
            {"low": 6480, "high": 7920, "unit": "s", "hedge": "around"},
        ),
    ]
    for v in conflict.values:
        text = s.article(v.article).text
        assert text[v.start : v.end] == v.text


def test_disjoint_intervals_are_a_contradiction() -> None:
    a = duration("a1", MERIDIAN, "nearly three hours", 9720, 10800, about="talk")
    b = duration("a2", KHAMENEI, "around two hours", 6480, 7920)
    s = story(("a1", "The Meridian Post", MERIDIAN), ("a2", "Karsk News Agency", KHAMENEI), quantities=[a, b])
    (conflict,) = conflicts.find_conflicts(s)
    assert conflict.severity == "contradiction"
    assert conflict.about == "length of the talk"  # one slot, named as the first outlet does
    assert [v.outlet for v in conflict.values] == ["The Meridian Post", "Karsk News Agency"]


def test_one_disjoint_pair_makes_the_whole_slot_a_contradiction() -> None:
    a = duration("a1", ASHARQ, "more than an hour and a half", 5400, None)
    b = duration("a2", KHAMENEI, "around two hours", 6480, 7920)
    c = duration("a3", MERIDIAN, "nearly three hours", 9720, 10800, about="talk")
    s = story(("a1", "A", ASHARQ), ("a2", "B", KHAMENEI), ("a3", "C", MERIDIAN), quantities=[a, b, c])
    (conflict,) = conflicts.find_conflicts(s)
    assert conflict.severity == "contradiction"
    assert [v.article for v in conflict.values] == ["a1", "a2", "a3"]


def test_same_outlet_is_no_conflict() -> None:
    a = duration("a1", ASHARQ, "more than an hour and a half", 5400, None)
    b = duration("a2", KHAMENEI, "around two hours", 6480, 7920)
    s = story(("a1", "Asharq Al-Awsat", ASHARQ), ("a2", "Asharq Al-Awsat", KHAMENEI), quantities=[a, b])
    assert conflicts.find_conflicts(s) == []


def test_copies_are_not_an_outlet_of_their_own() -> None:
    a = duration("a1", ASHARQ, "more than an hour and a half", 5400, None)
    b = duration("a2", KHAMENEI, "around two hours", 6480, 7920)
    s = story(("a1", "Asharq Al-Awsat", ASHARQ), ("a2", "Khamenei.ir", KHAMENEI), quantities=[a, b])
    s.articles[1].copy_of = "a1"
    assert conflicts.find_conflicts(s) == []


def test_different_about_is_no_conflict() -> None:
    a = duration("a1", ASHARQ, "more than an hour and a half", 5400, None, about="meeting")
    b = duration("a2", KHAMENEI, "around two hours", 6480, 7920, about="flight")
    s = story(("a1", "A", ASHARQ), ("a2", "B", KHAMENEI), quantities=[a, b])
    assert conflicts.find_conflicts(s) == []


def test_unknown_about_is_never_compared() -> None:
    a = duration("a1", ASHARQ, "more than an hour and a half", 5400, None, about=None)  # type: ignore[arg-type]
    b = duration("a2", KHAMENEI, "around two hours", 6480, 7920, about=None)  # type: ignore[arg-type]
    s = story(("a1", "A", ASHARQ), ("a2", "B", KHAMENEI), quantities=[a, b])
    assert conflicts.find_conflicts(s) == []


def test_equal_values_are_no_conflict() -> None:
    a = duration("a1", KHAMENEI, "around two hours", 6480, 7920)
    b = duration("a2", KHAMENEI, "around two hours", 6480, 7920)
    s = story(("a1", "A", KHAMENEI), ("a2", "B", KHAMENEI), quantities=[a, b])
    assert conflicts.find_conflicts(s) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (("around an hour", 3240, 3960, "around"), ("an hour", 3600, 3600, None)),
        (("more than an hour", 3600, None, "more than"), ("an hour", 3600, 3600, None)),
        (("up to two hours", None, 7200, "up to"), ("close to two hours", 6480, 7200, "close to")),
    ],
)
def test_one_figure_hedged_by_one_outlet_is_no_conflict(first: tuple, second: tuple) -> None:
    text = f"The outage lasted {first[0]}, then {second[0]} of repairs followed in Rivenholm."
    a = duration("a1", text, first[0], first[1], first[2], "outage", first[3])
    b = duration("a2", text, second[0], second[1], second[2], "outage", second[3])
    s = story(("a1", "A", text), ("a2", "B", text), quantities=[a, b])
    assert conflicts.find_conflicts(s) == []
    # the same hedges on two figures still differ
    c = duration("a2", text, second[0], 5000, 5000, "outage")
    assert len(conflicts.find_conflicts(story(("a1", "A", text), ("a2", "B", text), quantities=[a, c]))) == 1


def test_a_figure_an_outlet_says_is_not_so_is_not_its_version() -> None:
    first = "The meeting began at 6:45 p.m. and not as early as 6 p.m., as was alleged."
    second = "The meeting began at 6:45 p.m. in Rivenholm."
    at, other = first.index("6 p.m."), second.index("6:45 p.m.")
    a = Quantity("a1", at, at + 6, "6 p.m.", "time", 1080, 1080, "min", about="meeting")
    b = Quantity("a2", other, other + 9, "6:45 p.m.", "time", 1125, 1125, "min", about="meeting")
    s = story(("a1", "A", first), ("a2", "B", second), quantities=[a, b])
    assert conflicts.find_conflicts(s) == []


def test_a_figure_the_other_outlet_also_gives_is_no_dispute() -> None:
    first = "The unemployment rate was 3.5 percent in November."
    second = "The unemployment rate declined to 3.5% from 3.6% in October."
    a = quantity("a1", first, "3.5 percent", "percent", 3.5, "rate")
    b = quantity("a2", second, "3.5%", "percent", 3.5, "rate")
    c = quantity("a2", second, "3.6%", "percent", 3.6, "rate")
    s = story(("a1", "A", first), ("a2", "B", second), quantities=[a, b, c])
    assert conflicts.find_conflicts(s) == []
    # without the figure they share, the two outlets do differ
    s = story(("a1", "A", first), ("a2", "B", second), quantities=[a, c])
    assert len(conflicts.find_conflicts(s)) == 1


def test_a_figure_of_a_part_of_what_the_other_counts_is_no_dispute() -> None:
    first = "He was ordered to pay $33.5 million in damages to the families."
    second = "A jury ordered him to pay $25 million in punitive damages to the families."
    a = quantity("a1", first, "$33.5 million", "money", 33.5e6, "pay")
    b = quantity("a2", second, "$25 million", "money", 25e6, "pay")
    third = "He was ordered to pay $33.5 million to the families."
    c = quantity("a3", third, "$33.5 million", "money", 33.5e6, "pay")
    s = story(("a1", "A", first), ("a2", "B", second), ("a3", "C", third), quantities=[a, b, c])
    # nor of the same sum told without what it is of
    assert conflicts.find_conflicts(s) == []
    # the same damages told at two sums are two versions
    s.articles[1].text = second.replace("punitive damages", "damages")
    assert len(conflicts.find_conflicts(s)) == 1


def test_an_outlet_giving_a_slot_several_figures_has_no_version_of_one() -> None:
    # a gust, a category's definition and the storm's own winds: the second outlet measures several winds
    first = "Irene, a Category 3 hurricane with 115 mph winds, blasted the coast."
    second = "The city expects winds of 120 mph, and a Category 4 storm has winds of at least 131 mph."
    third = "Irene came ashore with sustained winds topping 130 mph."
    a = quantity("a1", first, "115 mph", "count", 115, "wind", "mph")
    b = quantity("a2", second, "120 mph", "count", 120, "wind", "mph")
    c = quantity("a2", second, "at least 131 mph", "count", 131, "wind", "mph")
    c.high = None
    d = quantity("a3", third, "130 mph", "count", 130, "wind", "mph")
    s = story(("a1", "A", first), ("a2", "B", second), ("a3", "C", third), quantities=[a, b, c, d])
    (conflict,) = conflicts.find_conflicts(s)
    assert [(v.outlet, v.text) for v in conflict.values] == [("A", "115 mph"), ("C", "130 mph")]
    # with one figure of its own, the outlet's version is compared
    s = story(("a1", "A", first), ("a2", "B", second), ("a3", "C", third), quantities=[a, b, d])
    (conflict,) = conflicts.find_conflicts(s)
    assert [v.outlet for v in conflict.values] == ["A", "B", "C"]


@pytest.mark.parametrize(
    ("kind", "first", "second", "compared"),
    [
        # an outlet that bounds the other's figure, close to it, has rounded it toward its bound
        ("money", ("more than $26 million", 26e6, None, "more than"), ("$26.6 million", 26.6e6, 26.6e6), 0),
        ("money", ("above $1.3 trillion", 1.3e12, None, "above"), ("$1.4 trillion", 1.4e12, 1.4e12), 0),
        ("count", ("up to 2,500", None, 2500, "up to"), ("2,350", 2350, 2350), 0),
        # … but a bound well short of it is a version of its own
        ("money", ("more than $20 million", 20e6, None, "more than"), ("$26.6 million", 26.6e6, 26.6e6), 1),
        ("count", ("up to 2,500", None, 2500, "up to"), ("2,550", 2550, 2550), 1),
        # a span the other figure lies in says no more than that figure does
        ("money", ("billions of dollars", 2e9, 9.99e9, None), ("$3.8 billion", 3.8e9, 3.8e9), 0),
        ("time", ("between 6:45 and 7 p.m.", 1125, 1140, None), ("6:50 p.m.", 1130, 1130), 0),
        ("count", ("four to six", 4, 6, None), ("6 to 10", 6, 10, None), 1),
    ],
)
def test_a_figure_within_the_others_bound_or_span_is_no_dispute(
    kind: str, first: tuple, second: tuple, compared: int
) -> None:
    texts = [f"Officials gave the figure as {first[0]} on the day.", f"The figure was {second[0]} there."]
    a = quantity("a1", texts[0], first[0], kind, 0, "figure")
    a.low, a.high, a.hedge = first[1], first[2], first[3]
    b = quantity("a2", texts[1], second[0], kind, second[1], "figure")
    b.high = second[2]
    s = story(("a1", "A", texts[0]), ("a2", "B", texts[1]), quantities=[a, b])
    assert len(conflicts.find_conflicts(s)) == compared


def quantity(
    article: str, text: str, phrase: str, kind: str, value: float, about: str, unit: str = ""
) -> Quantity:
    start = text.index(phrase)
    return Quantity(article, start, start + len(phrase), phrase, kind, value, value, unit, about=about)


@pytest.mark.parametrize(
    ("kind", "first", "second", "compared"),
    [
        ("casualties", ("three", 3), ("two", 2), True),  # a toll told two ways
        ("count", ("3.9 million", 3.9e6), ("3.7 million", 3.7e6), True),
        ("duration", ("161 million years", 161e6), ("160 million years", 160e6), False),  # one rounded
        ("casualties", ("99", 99), ("100", 100), True),  # a toll of people is exact
        ("age", ("7", 7), ("70", 70), False),  # the girl's age and her killer's
        ("count", ("121", 121), ("21", 21), False),  # cases since 2014 and cases this year
        ("date", ("1996", 9496), ("1947", -8227), False),  # days since 1970: two events decades apart
        ("date", ("Monday", 16762), ("Tuesday", 16763), True),
        # times of day are minutes: a quarter of an hour apart is one time told two ways, 13 hours two times
        ("time", ("6:45 p.m.", 1125), ("7 p.m.", 1140), True),
        ("time", ("4 a.m.", 240), ("5 p.m.", 1020), False),
    ],
)
def test_values_too_far_apart_measure_different_things(
    kind: str, first: tuple[str, float], second: tuple[str, float], compared: bool
) -> None:
    texts = [f"Officials gave the figure as {first[0]} on the day.", f"The figure was {second[0]} there."]
    a = quantity("a1", texts[0], first[0], kind, first[1], "figure")
    b = quantity("a2", texts[1], second[0], kind, second[1], "figure")
    s = story(("a1", "A", texts[0]), ("a2", "B", texts[1]), quantities=[a, b])
    assert bool(conflicts.find_conflicts(s)) is compared


@pytest.mark.parametrize(
    ("first", "second", "compared"),
    [
        # two "at least" figures an order apart are two tolls (four wounded in Yemen, 50 in Libya)
        (("at least four", 4, None), ("more than 50", 50, None), False),
        (("at least 40", 40, None), ("more than 50", 50, None), True),
        (("up to 10", None, 10), ("as many as 200", None, 200), False),
        # one open figure beside a closed one is compared as before: "more than an hour and a half"
        # against "around two hours"
        (("at least four", 4, None), ("50", 50, 50), True),
    ],
)
def test_open_figures_far_apart_at_their_closed_ends_measure_different_things(
    first: tuple[str, float | None, float | None],
    second: tuple[str, float | None, float | None],
    compared: bool,
) -> None:
    texts = [f"Officials said {first[0]} people were hurt.", f"They said {second[0]} people were hurt."]
    values = []
    for n, (text, (phrase, low, high)) in enumerate(zip(texts, (first, second), strict=True), 1):
        start = text.index(phrase)
        values.append(
            Quantity(
                f"a{n}",
                start,
                start + len(phrase),
                phrase,
                "casualties",
                low,
                high,
                "injured",
                about="people",
            )
        )
    s = story(("a1", "A", texts[0]), ("a2", "B", texts[1]), quantities=values)
    found = conflicts.find_conflicts(s)
    assert bool(found) is compared
    assert all(c.about == "number injured" for c in found)  # a toll is of the dead


@pytest.mark.parametrize(
    ("kind", "texts", "phrases", "about", "named"),
    [
        # a toll of people is the toll; a count of cases the number of cases, as the outlet writes them
        ("casualties", ("Three people died.", "Two people died."), ("Three", "Two"), "people", "toll"),
        (
            "count",
            ("It found 20 cases.", "It found 25 cases."),
            ("20 cases", "25 cases"),
            "case",
            "number of cases",
        ),
        # and what is counted, whatever the clause is about ("cases were reported in 17 states")
        (
            "count",
            ("Cases were reported in 17 states.", "Cases were reported in 32 states."),
            ("17 states", "32 states"),
            "case",
            "number of states",
        ),
        # a noun that names the measure is the measure: "the worth", not "the amount of the worth"
        (
            "money",
            ("His worth was put at $2 billion.", "His worth was put at $3 billion."),
            ("$2 billion", "$3 billion"),
            "worth",
            "worth",
        ),
        # a percentage's rate is the rate, not "the share of the rate"
        (
            "percent",
            ("The jobless rate was 2 percent.", "The jobless rate rose to 3%."),
            ("2 percent", "3%"),
            "rate",
            "rate",
        ),
        # a name keeps its capital and takes no "the"
        ("age", ("Police said Maria was 7.", "Maria was 8 then."), ("7", "8"), "maria", "age of Maria"),
        # a common noun that only opens sentences is no name
        (
            "duration",
            ("Talks lasted 2 hours.", "Talks lasted 3 hours."),
            ("2", "3"),
            "talk",
            "length of the talk",
        ),
    ],
)
def test_what_a_conflict_is_about_reads_as_the_articles_write_it(
    kind: str, texts: tuple[str, str], phrases: tuple[str, str], about: str, named: str
) -> None:
    values = [float(n) for n in range(2, 4)]
    a = quantity("a1", texts[0], phrases[0], kind, values[0], about)
    b = quantity("a2", texts[1], phrases[1], kind, values[1], about)
    (conflict,) = conflicts.find_conflicts(
        story(("a1", "A", texts[0]), ("a2", "B", texts[1]), quantities=[a, b])
    )
    assert conflict.about == named


def test_a_measure_is_named_by_what_it_measures() -> None:
    # "four to six inches of rain" and "6 to 10 inches of rain" differ on the rain, not on "the number of
    # inches"; a count of things stays the number of them
    texts = ("Irene may bring 4 inches of rain.", "Irene may bring 6 inches of rain.")
    a = quantity("a1", texts[0], "4 inches", "count", 4, "rain", "inch")
    b = quantity("a2", texts[1], "6 inches", "count", 6, "rain", "inch")
    s = story(("a1", "A", texts[0]), ("a2", "B", texts[1]), quantities=[a, b])
    (conflict,) = conflicts.find_conflicts(s)
    assert conflict.about == "rain"
    wording = conflict_wording(s, conflict)
    assert wording is not None and wording.text == "A puts the rain at 4 inches; B at 6 inches."
    # so is a tax in cents, not "the number of the tax"
    texts = ("The city added a 1.75 cent tax per ounce.", "The tax adds 3 cents to every ounce.")
    a = quantity("a1", texts[0], "1.75 cent", "count", 1.75, "tax", "cent")
    b = quantity("a2", texts[1], "3 cents", "count", 3, "tax", "cent")
    (conflict,) = conflicts.find_conflicts(
        story(("a1", "A", texts[0]), ("a2", "B", texts[1]), quantities=[a, b])
    )
    assert conflict.about == "tax"
    # and a length "within" which something comes of a thing is the distance from it, not the thing
    texts = (
        "The probe will come within 3.9 million miles of the solar surface.",
        "The probe will orbit within 3.7 million miles of the sun's surface.",
    )
    a = quantity("a1", texts[0], "3.9 million miles", "count", 3.9e6, "surface", "mile")
    b = quantity("a2", texts[1], "3.7 million miles", "count", 3.7e6, "surface", "mile")
    s = story(("a1", "A", texts[0]), ("a2", "B", texts[1]), quantities=[a, b])
    for article in s.articles:
        article.sentences = [(0, len(article.text))]
    (conflict,) = conflicts.find_conflicts(s)
    assert conflict.about == "distance from the surface"
    wording = conflict_wording(s, conflict)
    assert wording is not None
    assert (
        wording.text == "A puts the distance from the surface at 3.9 million miles; B at 3.7 million miles."
    )
    assert unsupported(wording.text, wording.evidence, [*wording.names, "A", "B"]) == []


def test_conflict_names_the_units_holding_its_values() -> None:
    a = duration("a1", ASHARQ, "more than an hour and a half", 5400, None)
    b = duration("a2", KHAMENEI, "around two hours", 6480, 7920)
    unit = Unit("u7", ASHARQ, ["a1"], "one", evidence=[Span("a1", 0, len(ASHARQ), ASHARQ)])
    s = story(("a1", "A", ASHARQ), ("a2", "B", KHAMENEI), quantities=[a, b], units=[unit])
    (conflict,) = conflicts.find_conflicts(s)
    assert conflict.units == ["u7"]


def test_run_numbers_conflicts() -> None:
    a = duration("a1", ASHARQ, "more than an hour and a half", 5400, None)
    b = duration("a2", KHAMENEI, "around two hours", 6480, 7920)
    s = story(("a1", "A", ASHARQ), ("a2", "B", KHAMENEI), quantities=[a, b])
    ctx = Context(load_settings(environ={}), progress=Progress(quiet=True))
    assert [c.id for c in conflicts.run(s, ctx).conflicts] == ["c1"]


def bounds(low: float | None, high: float | None) -> Quantity:
    return Quantity("a1", 0, 1, "x", "duration", low, high, "s", about="meeting")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((5400, None), (6480, 7920), True),  # open above reaches any higher value
        ((None, 3600), (3600, 3600), True),  # touching ends overlap
        ((None, 3600), (3601, None), False),
        ((None, None), (1, 2), True),
        ((9720, 10800), (6480, 7920), False),
        ((10, 20), (15, 30), True),
    ],
)
def test_overlaps_with_open_ends(a: tuple, b: tuple, expected: bool) -> None:
    assert conflicts.overlaps(bounds(*a), bounds(*b)) is expected
    assert conflicts.overlaps(bounds(*b), bounds(*a)) is expected


@pytest.mark.parametrize(
    ("first", "second", "about"),
    [
        # those who died on the scene are part of the toll: the third died in hospital
        ("A woman killed three people and wounded three others before shooting herself.", "Two people "
         "died on the scene.", None),
        ("Two people died on the scene.", "Three people died at the scene.", "toll on the scene"),
        ("Two people died in hospital.", "Three people died later at a nearby hospital.", "toll in hospital"),
        ("Two people died on the scene.", "Three people died in hospital.", None),
    ],
)  # fmt: skip
def test_a_toll_of_one_place_is_compared_with_the_toll_of_that_place_alone(
    ctx: Context, first: str, second: str, about: str | None
) -> None:
    articles = [
        Article(id=f"a{n}", path=f"a{n}.txt", text=t, outlet=o)
        for n, t, o in ((1, first, "A"), (2, second, "B"))
    ]
    for article in articles:
        article.doc = ctx.parse([article.text])[0]
    s = Story(id="s1", title="t", articles=articles)
    s.quantities = [q for a in articles for q in quantities.extract(a)]
    assert [c.about for c in conflicts.find_conflicts(s)] == ([about] if about else [])


def test_how_many_days_an_event_has_gone_on_is_no_dispute() -> None:
    texts = ("The search entered its sixth day on Friday.", "Because we're in the seventh day, they sank.")
    a = quantity("a1", texts[0], "sixth", "ordinal", 6, "day")
    b = quantity("a2", texts[1], "seventh", "ordinal", 7, "day")
    assert (
        conflicts.find_conflicts(story(("a1", "A", texts[0]), ("a2", "B", texts[1]), quantities=[a, b])) == []
    )
    # a rank of something else is
    texts = ("She finished sixth in the race.", "She finished seventh in the race.")
    a = quantity("a1", texts[0], "sixth", "ordinal", 6, "race")
    b = quantity("a2", texts[1], "seventh", "ordinal", 7, "race")
    assert (
        len(conflicts.find_conflicts(story(("a1", "A", texts[0]), ("a2", "B", texts[1]), quantities=[a, b])))
        == 1
    )


def test_a_running_tally_dated_otherwise_is_no_dispute() -> None:
    # cases reported "through July", "so far this year" and "as of November 13" are three counts of a
    # tally as it stood when each was written
    texts = (
        "Confirmed cases have been reported in 17 states through July.",
        "There have been 50 cases reported across 24 states so far this year.",
        "As of November 13, the agency had verified 88 cases in 32 states.",
    )
    found = [
        quantity(f"a{n}", t, f"{k} states", "count", k, "states")
        for n, (t, k) in enumerate(zip(texts, (17, 24, 32), strict=True), 1)
    ]
    s = story(
        *[(f"a{n}", o, t) for n, (o, t) in enumerate(zip("ABC", texts, strict=True), 1)], quantities=found
    )
    assert conflicts.find_conflicts(s) == []
    # a count told without a date of its own is compared
    plain = "Confirmed cases have been reported in 24 states."
    s = story(
        ("a1", "A", texts[0].replace(" through July", "")),
        ("a2", "B", plain),
        quantities=[
            quantity("a1", texts[0].replace(" through July", ""), "17 states", "count", 17, "states"),
            quantity("a2", plain, "24 states", "count", 24, "states"),
        ],
    )
    assert len(conflicts.find_conflicts(s)) == 1


def _found(ctx: Context, *texts: str) -> list[tuple[str, list[str]]]:
    """The figure conflicts between outlets A, B, … each writing one of the texts, as each writes them."""
    articles = [
        Article(id=f"a{n}", path=f"a{n}.txt", text=t, outlet="ABCD"[n - 1]) for n, t in enumerate(texts, 1)
    ]
    for article in articles:
        article.doc = ctx.parse([article.text])[0]
        article.sentences = [(s.start_char, s.end_char) for s in article.doc.sents]
    s = Story(id="s1", title="t", articles=articles)
    s.quantities = [q for a in articles for q in quantities.extract(a)]
    return [(c.about, [v.text for v in c.values]) for c in conflicts.find_conflicts(s)]


@pytest.mark.parametrize(
    ("second", "disputed"),
    [
        ("The new tax adds 1.75 cents per ounce.", False),  # 1.75 is "nearly two", rounded
        ("The new tax adds 1.5 cents per ounce.", True),  # 1.5 is not
    ],
)
def test_a_round_figure_written_as_approximate_is_the_exact_figure_rounded(
    ctx: Context, second: str, disputed: bool
) -> None:
    found = _found(ctx, "The tax adds nearly two cents per ounce.", second)
    assert bool(found) is disputed, found


@pytest.mark.parametrize(
    ("first", "second", "disputed"),
    [
        # a round figure of millions, written without a hedge, is as round as "about" makes it
        ("four million miles", "3.9 million miles", False),
        ("four million miles", "3.7 million miles", False),
        ("3.9 million miles", "3.7 million miles", True),  # two figures of two digits each
        ("$1 trillion", "$1.2 trillion", True),  # a fifth more is no rounding
    ],
)
def test_a_round_figure_of_millions_is_the_exact_figure_rounded(
    ctx: Context, first: str, second: str, disputed: bool
) -> None:
    found = (
        _found(
            ctx,
            f"The probe will pass within {first} of the surface.",
            f"The probe will pass within {second} of the surface.",
        )
        if "miles" in first
        else _found(ctx, f"The Senate passed the {first} bill.", f"The Senate passed the {second} bill.")
    )
    assert bool(found) is disputed, found


def test_a_figure_of_what_may_come_is_no_version_of_what_is(ctx: Context) -> None:
    now = "Irene, a Category 3 hurricane with 115 mph winds, blasted through the Bahamas."
    # what forecasters say it may become is another figure from what it is
    maybe = (
        "Forecasters have said Irene has an outside chance of growing into a Category 4 storm, with "
        "sustained winds topping 130 mph."
    )
    assert _found(ctx, now, maybe) == []
    could = "Irene could grow into a Category 4 storm, with winds of 130 mph."
    assert _found(ctx, now, could) == []
    # two outlets' figures of what is are compared, and so are two forecasts
    assert len(_found(ctx, now, "Irene, a Category 3 hurricane with 130 mph winds, hit the Bahamas.")) == 1
    assert len(_found(ctx, could, "Irene could grow into a Category 4 storm, with winds of 150 mph.")) == 1


def test_a_figure_its_sentence_dates_years_before_the_story_is_of_another_time(ctx: Context) -> None:
    record = (
        "The jackpot is near the U.S. record, which was a $656 million prize, shared by three winning "
        "tickets in March 2012. It was the largest prize since May 2013."
    )
    now = "The prize swelled to $586 million on Monday."
    assert _found(ctx, record, now) == []
    # two outlets' figures for the same past time are compared
    old = "The record was a $640 million prize, shared by three winning tickets in March 2012."
    assert len(_found(ctx, record, old)) == 1


def test_a_share_of_what_the_other_outlet_does_not_measure_is_another_figure(ctx: Context) -> None:
    price = "A case of Gatorade that cost $15.99 now costs $26.33, an increase of more than 64 percent."
    sales = "The chain saw an increase of 38 percent in sales of sweetened beverages in its stores."
    # a rise in a price and a rise in sales
    assert _found(ctx, price, sales) == []
    # two outlets' rise in sales
    rise = "Sales of sweetened beverages went up, an increase of more than 64 percent."
    assert len(_found(ctx, rise, sales)) == 1


def test_rain_and_surge_are_compared_only_where_both_outlets_name_one_place(ctx: Context) -> None:
    bahamas = (
        "The hurricane center warned the Bahamas would experience storm surges of as much as 11 feet above "
        "sea level and that up to 12 inches of rain may fall."
    )
    carolina = "The hurricane center warned of tidal surges 5 to 10 feet high in North Carolina."
    coast = "Irene could inundate the state's coastal areas with 6 to 10 inches of rain, forecasters said."
    # the surge in the Bahamas and the surge in North Carolina; rain in the Bahamas and on a coast unnamed
    assert _found(ctx, bahamas, carolina) == []
    assert _found(ctx, bahamas, coast) == []
    # one place named by both outlets is one figure
    wilmington = "In Wilmington, {} inches of rain fell on Friday."
    assert len(_found(ctx, wilmington.format(12), wilmington.format(8))) == 1
