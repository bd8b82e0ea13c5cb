"""Compression: which parts of a clause a summary sentence may leave out, and which it never does."""

from __future__ import annotations

import pytest
from builders import segmented_story

from newsprism.compress import cut, optional_parts, shortened, tidy, with_zone, word_count
from newsprism.context import Context
from newsprism.model import Article, Span
from newsprism.support import carried


def parsed(ctx: Context, text: str) -> tuple[Article, Span]:
    article = segmented_story(ctx, [text]).articles[0]
    return article, Span(article.id, 0, len(text), text)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "A woman killed three people and wounded three others before shooting herself at a grain depot "
            "in Valdor on Thursday, officials said.",
            [
                "before shooting herself at a grain depot in Valdor on Thursday",
                "at a grain depot in Valdor",
                "on Thursday",
            ],
        ),
        # an apposition goes with both its commas; quoted words stay whole
        ("Mira Dostal, a former judge, said the vote was “held in secret at night”.", [", a former judge,"]),
        (
            "Tomas Veldt, who led the talks, left Karsk on Friday, gathering his papers in haste.",
            [", who led the talks,", "on Friday", ", gathering his papers in haste"],
        ),
        # what came of it, counted; an order is no count
        ("A gunman opened fire on a crowd in Dallas, killing five police officers.", []),
        (
            "Mira Dostal easily won the race, earning support from every district to become the first woman "
            "to lead the city.",
            [", earning support from every district to become the first woman to lead the city"],
        ),
        # a time that is no date; after what a verb "be" says ("open to …"), not where it says it all
        (
            "The ministry signaled that Tomas Veldt would be open to tighter border checks in the wake of a "
            "bombing at a Karsk market last week.",
            ["in the wake of a bombing at a Karsk market last week"],
        ),
        ("Karsk closed its schools in the aftermath of the flood.", ["in the aftermath of the flood"]),
        ("Two suspects were in custody in the wake of the raid.", []),
        # an apposition no comma closes is the start of a list the verb agrees with
        (
            "President Veldt, his Karskan counterpart Mira Dostal and Prime Minister Tomas Holt have signed "
            "the pact on Friday.",
            ["on Friday", "Prime Minister "],
        ),
        # a condition, and a relative clause that tells which ministers
        ("The army will attack the town if its defenders refuse to leave.", []),
        ("Ministers who did not attend the meeting criticized the plan on Monday.", ["on Monday"]),
        # what a verb needs ("based on"), what someone is ("were in custody"), part of a time ("two days ago")
        ("The freeze was based on a report by Karsk's ministry.", []),
        ("Two suspects were in custody Monday, but police said as many as seven attacked the girl.", []),
        ("The lion had escaped from the park two days ago.", []),
        # commas: a part takes both that set it off, but not one that closes what opens the sentence or
        # what the part ends
        (
            "Aurora medical centre, in Grafton, first reported that the doses had been spoiled.",
            [", in Grafton,"],
        ),
        (
            "As Yellin hinted, at the very bottom of the lengthy list, the note reads a line.",
            ["at the very bottom of the lengthy list,"],
        ),
        (
            "But 15 years after he was arrested at his remote cabin outside Lincoln, Mont., his words seem "
            "worth less.",
            [", Mont."],
        ),
        # a time or place that is the news: the verb says nothing after it without
        ("The freeze had been set to expire at the end of September.", []),
        ("The panel backed boosters for those whose jobs put them at high risk of infection.", []),
        # a part whose words what follows it goes on from: "left 17 people dead" is what the shooting did, and
        # "that killed 29 people" what the shootings did, however the parse hangs them
        (
            "Trump signaled he is willing to reform the background check system after a deadly high school "
            "shooting last week in Florida left 17 people dead.",
            [],
        ),
        (
            "Donald Trump called on lawmakers to pass legislation requiring strong background checks for "
            "firearm purchases following two mass shooting in Texas and Ohio over the weekend that killed 29 "
            "people.",
            [],
        ),
        # where time was spent is what "spent a few hours" says, not when
        ("Cosby spent a few hours at the county jail Tuesday.", ["Tuesday"]),
        ("The vaccine was administered at 6:30 a.m. on Monday.", []),
        # the rest of a name, and a bracket without the words that open it
        ("One study reported by Medical News Today last year found a link.", ["last year"]),
        (
            "Ashes were found during excavations of the port of Burgos (also known as Poros) in May.",
            ["in May"],
        ),
        # what tells one figure from another of the same thing
        (
            "Karsk can make up to 4,500 tons during a typical year and 12,000 tons during a crisis.",
            [],
        ),
        # the adverb a time is of goes with it: not "creating a vacancy late."
        (
            "Justice Marne Holt died last Friday at the age of 87, creating a vacancy late in a presidential "
            "election year.",
            ["late in a presidential election year", "Justice "],
        ),
        # an office before a full name, with its time and its "the"; not the end of a longer phrase, nor the
        # office of a surname alone
        (
            "Former Massachusetts Gov. Bill Weld met the Russian President Vladimir Putin and Gov. Weld "
            "left.",
            ["Former Massachusetts Gov. ", "the Russian President "],
        ),
        ("Trump's chief economic adviser Gary Cohn resigned.", []),
        # when something is to happen is what a clause of what is to come announces; a past one's is a detail
        ("The new commission is expected to hold its first session in May.", []),
        ("Karsk will release water from the dam in June.", []),
        ("The commission held its first session in May.", ["in May"]),
        # the comma after a part that also sets off who says so stays with them: not "from tree to tree says"
        (
            "Caihong may have glided from tree to tree, preying on small mammals and lizards, says study "
            "co-author Xing Xu.",
            [", preying on small mammals and lizards"],
        ),
        # who says so, even where the parse takes "heard" for a noun
        (
            "A climber fell to her death as she and her husband crossed a ridge in Karsk, an inquest heard.",
            [],
        ),
    ],
)
def test_optional_parts(ctx: Context, text: str, parts: list[str]) -> None:
    article, span = parsed(ctx, text)
    assert [text[start:end] for start, end in optional_parts(article, span)] == parts


def test_a_times_zone_goes_with_it(ctx: Context) -> None:
    # not "Police arrested Vogelsang on Saturday CT.", where the parse hangs "CT" on the verb
    text = (
        "A man walked into a bank on Oct. 19 and another the next day without a disguise, demanded money "
        "and left with an undisclosed amount of cash.\n\nPolice arrested Vogelsang on Saturday at a hotel in "
        "the same area as the banks, just after 3 a.m. CT."
    )
    article, _ = parsed(ctx, text)
    start = text.index("Police")
    parts = [text[s:e] for s, e in optional_parts(article, Span(article.id, start, len(text), text[start:]))]
    assert not any(part.endswith("a.m.") for part in parts), parts
    # the parse of the outlet's whole page hangs it elsewhere: a part that ends on the time takes its zone
    end = text.index("CT")
    assert with_zone(text, end - 1) == end + 2
    assert with_zone("at 3 a.m. on Monday", 9) == 9


def test_cut_leaves_one_space_and_no_stray_comma() -> None:
    text = "Tomas Veldt, who led the talks, left Karsk on Friday, gathering his papers in haste."
    parts = [(text.index(p), text.index(p) + len(p)) for p in (", who led", "on Friday", ", gathering")]
    parts = [(parts[0][0], text.index(" left")), (parts[1][0], parts[1][1]), (parts[2][0], len(text) - 1)]
    assert cut(text, 0, parts) == "Tomas Veldt left Karsk."
    # one stop after an abbreviation, and an ellipsis left as it is
    assert tidy("He arrived in Beverly Hills, Calif. .") == "He arrived in Beverly Hills, Calif."
    assert tidy("He paused ... and left .") == "He paused... and left."
    # a text that starts into the article
    assert (
        cut(text[6:], 6, parts[1:2]) == "Veldt, who led the talks, left Karsk, gathering his papers in haste."
    )


def test_shortened_leaves_out_the_fewest_parts_that_let_the_other_outlet_carry_it(ctx: Context) -> None:
    text = (
        "A woman killed three people and wounded three others before shooting herself at a grain depot "
        "in Valdor on Thursday, officials said."
    )
    other = "A woman shot and killed three people and wounded three others on Thursday."
    article, span = parsed(ctx, text)
    assert carried(text, [other]) < 0.67
    parts = shortened(article, span, lambda t: carried(t, [other]), 0.67, 6)
    assert parts is not None
    assert cut(text, 0, parts) == (
        "A woman killed three people and wounded three others before shooting herself on Thursday, officials "
        "said."
    )
    # no part to leave out brings a different fact to it
    unrelated = "Grain prices in Valdor rose after the decision."
    assert shortened(article, span, lambda t: carried(t, [unrelated]), 0.67, 6) is None
    # nor may it leave fewer words than a summary sentence needs
    assert shortened(article, span, lambda t: carried(t, [other]), 0.67, 18) is None


def test_words_are_counted_as_a_reader_counts_them() -> None:
    # "U.S.", "Biden's" and "70-30" are a word each; a dash alone is none
    assert word_count("U.S. President Biden's 70-30 win — a record.") == 7
    assert word_count("") == 0
