"""Wording: sentences out of clauses, attribution, and the shape of a disputed point."""

from __future__ import annotations

import re

import pytest
from builders import segmented_story
from spacy.tokens import Doc

from newsprism import wording as wording_module
from newsprism.context import Context
from newsprism.model import Span, Story, Unit
from newsprism.stages import entities, quotes
from newsprism.standalone import as_sentence, cut_short, is_sentence, opens_on_link
from newsprism.support import unsupported
from newsprism.wording import (
    Wording,
    attributed,
    introduced,
    joined,
    neutral_role,
    unit_wording,
)


def test_as_sentence_drops_a_leading_connective_and_ends_with_a_stop() -> None:
    assert as_sentence("and he left the hall") == "He left the hall."
    assert as_sentence("while the talks went on, ") == "The talks went on."
    assert as_sentence("Veldt said: “It never has.”") == "Veldt said: “It never has.”"
    assert as_sentence("  ") == ""
    assert as_sentence("The park has had several escapes in recent weeks .") == (
        "The park has had several escapes in recent weeks."
    )
    assert as_sentence("(Trump has a stake in the show.)") == "Trump has a stake in the show."
    assert as_sentence("•The number of obese adults rose.") == "The number of obese adults rose."
    assert (
        as_sentence("It led into The Wall , which kept its viewers")
        == "It led into The Wall, which kept its viewers."
    )
    # a news agency's dash, "_", sets off an aside the clause stops inside
    assert (
        as_sentence("Veldt will visit Karsk _ a sign of trust _")
        == "Veldt will visit Karsk _ a sign of trust."
    )
    # an outlet's comment on the fact it opens is no part of a neutral sentence
    assert as_sentence("Crucially, Trump did this as she testified") == "Trump did this as she testified."
    assert as_sentence("Sadly the talks failed") == "Sadly the talks failed."
    assert (
        as_sentence("Meanwhile, delegates from Karsk are in Rivenholm")
        == "Delegates from Karsk are in Rivenholm."
    )
    assert as_sentence("Still the river rose") == "Still the river rose."
    # an enumeration's place is the outlet's order, not the summary's
    assert as_sentence("First, a US ambassador told how she was hounded out") == (
        "A US ambassador told how she was hounded out."
    )
    assert as_sentence("In the meantime, the small town is mourning") == "The small town is mourning."
    assert as_sentence("All the while, police looked on calmly") == "Police looked on calmly."
    # one side of a contrast the outlet draws with its sentence before
    assert as_sentence("On the other, the budget grew") == "The budget grew."
    assert as_sentence("By contrast, exports fell by a third") == "Exports fell by a third."
    # nor inside it, where it ties the fact to the sentence before
    assert as_sentence("Cadbury, meanwhile, lost a trademark battle") == "Cadbury lost a trademark battle."
    assert as_sentence("The company, however, denied it") == "The company denied it."
    assert as_sentence("The court, for its part, said little") == "The court said little."
    assert as_sentence("Biden, instead, is adjusting the limits") == "Biden is adjusting the limits."
    assert as_sentence("Instead, Karsk opened the dam") == "Karsk opened the dam."
    assert as_sentence("Trade talks, however long, go on") == "Trade talks, however long, go on."
    # the writer's aside on how the fact came out
    assert as_sentence("Turns out, a soda tax went into effect") == "A soda tax went into effect."
    assert as_sentence("As it turns out, the river rose") == "The river rose."
    assert as_sentence("Of course, the tax raises money") == "The tax raises money."
    assert as_sentence("Sure enough, the river rose") == "The river rose."
    assert as_sentence("Elsewhere, Putin will meet King Abdullah II today in Sochi") == (
        "Putin will meet King Abdullah II today in Sochi."
    )
    # nor is the heading of the outlet's format
    assert as_sentence("Why it matters: Pelosi had promised a vote") == "Pelosi had promised a vote."
    assert as_sentence("The numbers: Initial jobless claims rose") == "Initial jobless claims rose."
    assert as_sentence("it will forgive $150 million in student loan debt from") == (
        "It will forgive $150 million in student loan debt."
    )  # a clause cut inside a phrase loses the word left dangling
    assert as_sentence("Flake declared he will block further judicial nominations until") == (
        "Flake declared he will block further judicial nominations."
    )


@pytest.mark.parametrize(
    ("text", "names", "outlets", "expected"),
    [
        ("The deal was signed.", [], ["Valdoria Today"], "According to Valdoria Today, the deal was signed."),
        ("Putin left.", ["Vladimir Putin"], ["A", "B"], "According to A and B, Putin left."),
        ("It is over.", [], ["A", "B", "C"], "According to A, B and C, it is over."),
        (
            "Dmitry Peskov explained it.",
            ["Dmitry Peskov"],
            ["A"],
            "According to A, Dmitry Peskov explained it.",
        ),
        ("NATO’s envoy left.", [], ["A"], "According to A, NATO’s envoy left."),
        ("Polish authorities said so.", [], ["A"], "According to A, polish authorities said so."),
    ],
)
def test_attributed(text: str, names: list[str], outlets: list[str], expected: str) -> None:
    assert attributed(Wording(text, [], names=names), outlets) == expected


def test_a_clause_joined_after_a_semicolon_takes_the_stop_before_it_away() -> None:
    second = Wording("The mill closed.", ["a1"])
    assert joined("According to A, prices rose.", second) == "According to A, prices rose; the mill closed."
    assert joined("According to A, prices rose in the U.S.", second).endswith("in the U.S.; the mill closed.")
    # an ellipsis written as dots stays one, and one with a stop after it loses the stop
    assert joined("According to A, a judge approved a plea...", second).endswith("a plea…; the mill closed.")
    assert joined("According to A, she should tolerate it….", second).endswith(
        "tolerate it…; the mill closed."
    )


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # one office written short and in full
        (["Gov. Brian Kemp signed the bill on Thursday.", "Governor Brian Kemp signed it in private."], True),
        (["Chief Executive Leslie Moonves resigned on Sunday.", "CEO Leslie Moonves resigned."], True),
        # an office one outlet says the person no longer holds is no role to give them
        (
            [
                "Former Massachusetts Gov. Bill Weld entered the race on Monday.",
                "Massachusetts Gov. Bill Weld entered the race.",
            ],
            False,
        ),
    ],
)
def test_the_role_every_outlet_gives_is_one_office_however_written_and_still_held(
    ctx: Context, texts: list[str], expected: bool
) -> None:
    story = named_story(ctx, *texts)
    person = next(e for e in story.entities if e.type == "PERSON")
    role = neutral_role(story, person)
    assert (role is not None) == expected, role
    if expected:
        assert role in {"Gov.", "Governor", "CEO", "Chief Executive"}


def test_a_proper_opening_keeps_its_capital() -> None:
    wording = Wording("Polish authorities said so.", [], proper_start=True)
    assert attributed(wording, ["A"]) == "According to A, Polish authorities said so."
    # a name's word at the start keeps it, but not an article that some name also holds ("Vicomte A")
    named = Wording("Soultrait said so.", [], names=["Arthur de Soultrait", "Vicomte A"])
    assert attributed(named, ["X"]) == "According to X, Soultrait said so."
    spokesperson = Wording("A spokesperson said so.", [], names=["Arthur de Soultrait", "Vicomte A"])
    assert attributed(spokesperson, ["X"]) == "According to X, a spokesperson said so."
    # a name with a particle joined to its last word keeps it; a label in small letters is no name
    shaik = Wording("Ahmed al-Shaik said so.", [], names=["Ahmed al-Shaik"])
    assert attributed(shaik, ["X"]) == "According to X, Ahmed al-Shaik said so."
    legend = Wording(
        "Silver screen legend Lauren Bacall left.", [], names=["Silver screen legend", "Lauren Bacall"]
    )
    assert attributed(legend, ["X"]) == "According to X, silver screen legend Lauren Bacall left."


def named_story(ctx: Context, *texts: str) -> Story:
    """An article of each text (Outlet 1, Outlet 2, …), parsed and segmented, with their entities found."""
    story = segmented_story(ctx, list(texts))
    entities.run(story, ctx)
    return story


def quoted_story(ctx: Context, text: str) -> Story:
    """`named_story` with its quotations and their speakers found."""
    story = named_story(ctx, text)
    quotes.run(story, ctx)
    return story


def clause(text: str, start: int = 0, end: int | None = None) -> Unit:
    """A single-outlet unit over text[start:end] of article a1."""
    end = len(text) if end is None else end
    return Unit("u1", text[start:end], ["a1"], "one", [Span("a1", start, end, text[start:end])], ["Outlet 1"])


def test_an_opening_pronoun_becomes_the_person_it_stands_for(ctx: Context) -> None:
    text = (
        "Presidential spokeswoman Mira Dostal said the talks went well. "
        "She added that Karsk would keep sharing data."
    )
    story = named_story(ctx, text)
    wording = unit_wording(story, clause(text, text.index("She")))
    assert wording is not None
    assert wording.text == "Mira Dostal added that Karsk would keep sharing data."
    assert "Mira Dostal" in wording.names  # a resolved name is support of its own


@pytest.mark.parametrize("lead", ["Sometimes", "Last week,", "On Monday, after the talks,"])
def test_a_subject_pronoun_after_a_short_opening_is_resolved_too(ctx: Context, lead: str) -> None:
    text = f"Presidential spokeswoman Mira Dostal praised the talks. {lead} she spoke to reporters in Karsk."
    story = named_story(ctx, text)
    start = text.index(lead)
    wording = unit_wording(story, clause(text, start))
    assert wording is not None and wording.text == f"{lead} Mira Dostal spoke to reporters in Karsk."
    unresolved = f"The talks ended late. {lead} she spoke to reporters in Karsk."
    story = named_story(ctx, unresolved)
    assert unit_wording(story, clause(unresolved, unresolved.index(lead))) is None


@pytest.mark.parametrize(
    ("contracted", "expected"),
    [
        ("She’s continuing her talks", "Mira Dostal is continuing her talks"),
        ("She's been to Karsk twice", "Mira Dostal has been to Karsk twice"),
    ],
)
def test_a_pronoun_in_a_contraction_becomes_the_name_and_its_verb(
    ctx: Context, contracted: str, expected: str
) -> None:
    text = f"Presidential spokeswoman Mira Dostal praised the talks. {contracted} with the Karsk delegation."
    wording = unit_wording(named_story(ctx, text), clause(text, text.index(contracted)))
    assert wording is not None and wording.text == f"{expected} with the Karsk delegation."


def test_a_pronoun_no_one_resolves_is_no_summary_sentence(ctx: Context) -> None:
    text = "The talks ended late. She added that Karsk would keep sharing data."
    story = named_story(ctx, text)
    assert unit_wording(story, clause(text, text.index("She"))) is None


@pytest.mark.parametrize(
    ("texts", "opening"),
    [
        # a name the parse takes for a common noun, which two outlets open a sentence on and no article
        # writes in small letters
        (
            [
                "Twitter is permanently banning the conspiracy theorist Alex Jones for abusive behavior.",
                "Twitter on Thursday permanently banned accounts belonging to Alex Jones.",
            ],
            "Twitter is",
        ),
        # not a plural ("Protesters …") or a noun with its determiner, which a name does not take
        (
            [
                "Protesters gathered outside the court on Monday morning before the hearing.",
                "Protesters marched through the city centre after the verdict.",
            ],
            "protesters gathered",
        ),
        # nor a word that qualifies the noun after it ("Silver screen legend", "World leaders"), as the
        # opening of two outlets' versions of one sentence
        (
            [
                "Silver screen legend Lauren Bacall left behind an estimated $26.6 million estate.",
                "Silver screen legend Lauren Bacall left an estate worth $26.6 million to her family.",
            ],
            "silver screen",
        ),
        (
            [
                "World leaders attending the summit on Sunday issued a call for a new study of the virus.",
                "World leaders at the summit called on Sunday for a new study of the virus.",
            ],
            "world leaders",
        ),
        # nor where another outlet writes it inside a sentence only as the first word of a longer name
        (
            [
                "World leaders attending the summit on Sunday issued a call for a new study of the virus.",
                "The agenda called for the World Health Organization to lead an investigation on Sunday.",
            ],
            "world leaders",
        ),
        # one of several nouns that qualify the one after them ("Government, news and social media
        # websites"), whatever name another outlet writes it in ("the UK Government's own website")
        (
            [
                "Government, news and social media websites were coming back online on Tuesday.",
                "The outage hit the UK Government's own website and a host of newspapers on Tuesday.",
            ],
            "government, news",
        ),
    ],
)
def test_a_common_noun_to_the_parse_two_outlets_open_on_keeps_its_capital(
    ctx: Context, texts: list[str], opening: str
) -> None:
    story = named_story(ctx, *texts)
    wording = unit_wording(story, clause(texts[0]))
    assert wording is not None
    assert attributed(wording, ["Outlet 1"]).startswith(f"According to Outlet 1, {opening} ")


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("The European Union's top diplomat met Mohamed Morsi late on Monday.", "the European Union's"),
        ("At least a third of the campers were believed to be homeless.", "at least"),
        ("A 23-year-old Tunisian man emerged as the primary suspect.", "a 23-year-old"),
        ("Polish authorities announced they would send the activist back.", "Polish authorities"),
        ("I wish you the best of luck, the governor wrote.", "I wish"),
        # a name the parse takes for a common noun, written with its capital inside a sentence too
        (
            "Twitter is permanently banning the conspiracy theorist Alex Jones. "
            "Jones was removed from Twitter after a review.",
            "Twitter is",
        ),
        # a common noun with a capital only inside a name ("Chicago Police") takes a small letter
        ("Police initially said six men took part. Chicago Police later arrested two.", "police initially"),
        # or one the story also writes with a small letter, whatever name it opens elsewhere
        (
            "Health workers began giving the vaccine on Tuesday. The Department of Health and local "
            "health workers ran the clinics.",
            "health workers",
        ),
        ("Former students of the school marched to the Capitol on Monday.", "former students"),
        # a subject the tagger knows no noun for, whose small letters the story never writes
        ("Walter Mondale died on Monday. Axios first reported the news of his death.", "Axios first"),
        # but a common word, whatever the tagger takes it for
        ("Schools closed for a week. Most moved to remote learning in March.", "most moved"),
        # an abbreviated title before a name, which the parse splits from its stop
        ("Sens. Elizabeth Warren and Cory Gardner introduced a bill on Thursday.", "Sens. Elizabeth"),
        # a plural common noun the small model takes for a body
        (
            "John Corina ran away when the chase ended in a crash.\n\nDetectives said he hasn't been heard "
            "from since.",
            "detectives said",
        ),
        (
            "The hearing is on Thursday.\n\nMedia interest in the hearing is overwhelming, unlike anything "
            "seen before.",
            "media interest",
        ),
        # a name the story knows, where the parse of this sentence misses it
        (
            'Group of Seven (G-7) leaders on Sunday called for a renewed, "transparent" investigation into '
            "the origins of the coronavirus. World leaders attending the Group of Seven summit spoke. "
            "The group met in Cornwall.",
            "Group of Seven",
        ),
        # what a person is, before the name, which the parse may take into it
        (
            "The theory is old. Astrophysicist Nikolai Kardashev first proposed these three types in 1962. "
            "Nikolai Kardashev died in 2019.",
            "astrophysicist Nikolai",
        ),
        (
            "The tour ended. Singer Mara Velko said she would return to Karsk next year. Mara Velko left.",
            "singer Mara",
        ),
        # but a title of rank or office keeps its capital
        ("The mass ended. Pope Francis said the water belonged to all of Karsk.", "Pope Francis"),
        # the parse takes many a sentence's first word for a name
        (
            "The hydropower system is unable to carry the load because of low water levels. Fuel is used "
            "in the hot months to run diesel generators. The nation imports all its fuel.",
            "fuel is",
        ),
    ],
)
def test_after_according_to_only_a_name_keeps_its_capital(ctx: Context, text: str, opening: str) -> None:
    story = named_story(ctx, text)
    # the sentence that opens on the word
    word = opening.split()[0].lower()
    start, end = next((s, e) for s, e in story.articles[0].sentences if text[s:e].lower().startswith(word))
    wording = unit_wording(story, clause(text, start, end))
    assert wording is not None
    assert attributed(wording, ["Outlet 1"]).startswith(f"According to Outlet 1, {opening} ")


def test_a_clause_the_article_opens_in_small_letters_keeps_them(ctx: Context) -> None:
    text = "Caihong is from the Mandarin word for rainbow; juji is from the Mandarin for big crest."
    story = named_story(ctx, text)
    start = text.index("juji")
    wording = unit_wording(story, clause(text, start, len(text)))
    assert wording is not None
    assert attributed(wording, ["Outlet 1"]).startswith("According to Outlet 1, juji is from")


def test_a_name_two_outlets_open_on_keeps_its_capital(ctx: Context) -> None:
    texts = [
        "Facebook and Twitter took action on Wednesday to limit the distribution of the report.",
        "Facebook restricted the story pending a review by its fact checkers.",
    ]
    story = named_story(ctx, *texts)
    wording = unit_wording(story, clause(texts[0]))
    assert wording is not None
    assert attributed(wording, ["Outlet 1"]).startswith("According to Outlet 1, Facebook and Twitter took")
    # one outlet's sentence opening alone tells nothing
    story = named_story(ctx, texts[0])
    wording = unit_wording(story, clause(texts[0]))
    assert wording is not None
    assert attributed(wording, ["Outlet 1"]).startswith("According to Outlet 1, facebook and Twitter took")


MANAFORT = (
    "Laporta says former {whose} campaign chairman Paul Manafort cut his tax liability. "
    "Donald Trump hired Paul Manafort in 2016."
)


@pytest.mark.parametrize(
    ("text", "second", "expected"),
    [
        # the time of the office goes with it: not "Former Bill Weld"
        (
            "Former Massachusetts Gov. Bill Weld entered the Republican presidential primary on Monday. "
            "Bill Weld said he would campaign in New Hampshire.",
            " Bill Weld said",
            "Bill Weld entered the Republican presidential primary on Monday.",
        ),
        # and so does whose office it is: not "former Trump Paul Manafort"
        (
            MANAFORT.format(whose="Trump"),
            " Donald Trump hired",
            "Laporta says Paul Manafort cut his tax liability.",
        ),
        (
            MANAFORT.format(whose="Trump's"),
            " Donald Trump hired",
            "Laporta says Paul Manafort cut his tax liability.",
        ),
        # or set off by commas after it: not "Trump's chief Gary Cohn, Gary Cohn, expressed"
        (
            "President Trump's chief economic adviser, Gary Cohn, expressed his distress over the clashes. "
            "White House economic adviser Gary Cohn challenged the response.",
            " White House",
            "Gary Cohn expressed his distress over the clashes.",
        ),
        # what someone is stays as written: not "Michael Cohen is Michael Cohen"
        (
            "Michael Cohen is Executive Vice President and Special Counsel to Donald J. Trump. Executive "
            "Vice President Michael Cohen said the campaign was on track.",
            " Executive Vice President Michael",
            "Michael Cohen is Executive Vice President and Special Counsel to Donald J. Trump.",
        ),
        # and so does an office with an indefinite article, whoever else holds it in the story
        (
            "Walter Mondale, a Democratic vice president who was beaten by Ronald Reagan, died on Monday. "
            "Vice President Kamala Harris praised him.",
            " Vice President Kamala",
            "Walter Mondale, a Democratic vice president who was beaten by Ronald Reagan, died on Monday.",
        ),
        # and so does whose office it is: not "his Andrew Wyatt said"
        (
            "Bill Cosby was sentenced on Tuesday, and his spokesperson Andrew Wyatt said the trial was "
            "racist. Cosby spokesperson Andrew Wyatt spoke outside the court.",
            " Cosby spokesperson",
            "Bill Cosby was sentenced on Tuesday, and Andrew Wyatt said the trial was racist.",
        ),
        # whose office it is, when that is no one the story names, keeps it: not "the state's Richard
        # Schmack"
        (
            "DeKalb County state's attorney Richard Schmack argued that the conviction was unsound. "
            "Prosecutor Richard Schmack filed the motion.",
            " Prosecutor",
            "DeKalb County state's attorney Richard Schmack argued that the conviction was unsound.",
        ),
        # and so does an office joined to it: not "Karsk Corporation Chairman and Dario Kolvanek"
        (
            "Karsk Corporation Chairman and Chief Executive Dario Kolvanek resigned on Sunday, the company "
            "said. CEO Dario Kolvanek had led it for 20 years.",
            " CEO Dario",
            "Dario Kolvanek resigned on Sunday, the company said.",
        ),
        # the same where the name stands in for the office
        (
            "Laporta says former Trump campaign chairman cut his tax liability. The jury who will decide "
            "former Trump campaign chairman Paul Manafort's future were given a look at his records.",
            " The jury",
            "Laporta says Paul Manafort cut his tax liability.",
        ),
    ],
)
def test_an_office_goes_with_its_time_and_holder(
    ctx: Context, monkeypatch: pytest.MonkeyPatch, text: str, second: str, expected: str
) -> None:
    # where the outlets give the person other offices (`test_a_contested_or_loaded_office_is_left_out`)
    monkeypatch.setattr(wording_module, "_uncontested", lambda *_: False)
    story = named_story(ctx, text)
    wording = unit_wording(story, clause(text, 0, text.index(second)))
    assert wording is not None
    assert wording.text == expected


def test_an_office_set_off_after_the_name_with_whose_it_is_is_not_the_name_again(ctx: Context) -> None:
    # the other outlet's "Ambassador to the European Union Gordon Sondland" makes the office a label of
    # his in the first outlet too: not "a deposition from Gordon Sondland, Gordon Sondland and a central
    # figure"; what follows it with "and" tells who he is, so the office stays
    first = (
        "The administration blocked a deposition from Gordon Sondland, the U.S. ambassador to the European "
        "Union and a central figure in the inquiry."
    )
    second = "The State Department instructed Ambassador to the European Union Gordon Sondland to stay."
    story = named_story(ctx, first, second)
    wording = unit_wording(story, clause(first))
    assert wording is not None
    assert wording.text == first


def test_an_office_no_outlet_gives_otherwise_stays_as_written(ctx: Context) -> None:
    # "Sen.", "former Massachusetts Gov." say who someone is; no outlet's framing to leave out
    text = (
        "Former Massachusetts Gov. Bill Weld entered the Republican presidential primary on Monday. "
        "Bill Weld said he would campaign in New Hampshire."
    )
    story = named_story(ctx, text)
    wording = unit_wording(story, clause(text, 0, text.index(" Bill Weld said")))
    assert wording is not None and wording.text == text[: text.index(" Bill Weld said")]
    # without "the" before it, whatever place the office is of
    text = (
        "The U.S. Treasury Secretary Steve Mnuchin said on Tuesday that payments would begin this week. "
        "Steve Mnuchin spoke to reporters in Washington."
    )
    story = named_story(ctx, text)
    wording = unit_wording(story, clause(text, 0, text.index(" Steve Mnuchin spoke")))
    assert wording is not None
    assert wording.text.startswith("U.S. Treasury Secretary Steve Mnuchin said on Tuesday")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # two outlets' titles for one person: neither outlet's choice is the summary's
        ("Prime Minister Dario Kolvanek met the envoy on Monday.", "President Dario Kolvanek met the envoy."),
        # a title that is an outlet's framing, whatever the others say
        ("Supreme Leader Dario Kolvanek met the envoy on Monday.", "Dario Kolvanek met the envoy."),
    ],
)
def test_a_contested_or_loaded_office_is_left_out(ctx: Context, first: str, second: str) -> None:
    story = named_story(ctx, first, second)
    wording = unit_wording(story, clause(first))
    assert wording is not None and wording.text == "Dario Kolvanek met the envoy on Monday."


# "While … passed its test Thursday, the hard work is just beginning …" as a small parse may read it: the
# main clause hung under the subordinate one, which takes the root (word, dependency, head, POS, tag)
MISPARSED_MAIN = [
    line.split()
    for line in """
While mark 2 SCONJ IN
Veldt nsubj 2 PROPN NNP
took advcl 10 VERB VBD
a det 4 DET DT
lap dobj 2 NOUN NN
with prep 4 ADP IN
farmers pobj 5 NOUN NNS
after mark 10 SCONJ IN
their poss 9 PRON PRP$
bill nsubj 10 NOUN NN
passed ROOT 10 VERB VBD
its poss 12 PRON PRP$
test dobj 10 NOUN NN
Thursday npadvmod 20 PROPN NNP
, punct 20 PUNCT ,
the det 17 DET DT
hard amod 17 ADJ JJ
work nsubj 20 NOUN NN
is aux 20 AUX VBZ
just advmod 20 ADV RB
beginning advcl 10 VERB VBG
for prep 20 ADP IN
the det 23 DET DT
party pobj 21 NOUN NN
. punct 10 PUNCT .
""".strip().splitlines()
]


# "As her colleagues grilled Stumpf, Warren lit into the bank's head" as a long article's parse reads it: the
# "As" hangs on the main verb, and the clause it opens is a participle of "colleagues"
AS_ON_THE_MAIN_VERB = [
    line.split()
    for line in """
As mark 7 SCONJ IN
her poss 2 PRON PRP$
colleagues nsubj 7 NOUN NNS
grilled acl 2 VERB VBN
Kolvanek dobj 3 PROPN NNP
, punct 7 PUNCT ,
Veldt nsubj 7 PROPN NNP
lit ROOT 7 VERB VBD
into prep 7 ADP IN
the det 10 DET DT
ministry pobj 8 NOUN NN
. punct 7 PUNCT .
""".strip().splitlines()
]


def test_an_as_that_opens_a_clause_of_its_own_before_a_comma_is_no_link(ctx: Context) -> None:
    words = [w for w, *_ in AS_ON_THE_MAIN_VERB]
    spaces = [i + 1 < len(words) and words[i + 1] not in {",", "."} for i in range(len(words))]
    text = "".join(w + " " * space for w, space in zip(words, spaces, strict=True))
    article = segmented_story(ctx, [text]).articles[0]
    deps, heads, pos, tags = ([row[k] for row in AS_ON_THE_MAIN_VERB] for k in (1, 2, 3, 4))
    article.doc = Doc(
        article.doc.vocab, words, spaces, heads=[int(h) for h in heads], deps=deps, pos=pos, tags=tags
    )
    span = Span("a1", 0, len(text), text)
    assert not opens_on_link(article, span)  # not "her colleagues grilled Kolvanek, Veldt lit into …"
    # "as police looked on" alone still joins the clause before
    alone = "as police looked on."
    assert opens_on_link(segmented_story(ctx, [alone]).articles[0], Span("a1", 0, len(alone), alone))


def test_a_clause_without_a_finite_verb_or_cut_inside_its_object_is_no_sentence(ctx: Context) -> None:
    # the clause segmenter cuts after a quoted name; "rally attended by …" is what the rally was, not a
    # sentence
    text = (
        "Veldt and Kolvanek shared a stage and showered each other with praise on Sunday at a “Hello, "
        "Karsk!” rally attended by upward of 50,000 people, a rare mass showing for a foreign leader in "
        "Valdoria."
    )
    article = segmented_story(ctx, [text]).articles[0]
    start = text.index("rally attended")
    assert not is_sentence(article, Span("a1", start, len(text), text[start:]))
    # nor is an infinitive with its "to", which the parse finds in a label: "E-mail to daughter"
    text = "No mention of it.\n\nSecretary Veldt's E-mail to daughter at 11:23 p.m.:\n\n“Two were killed.”"
    article = segmented_story(ctx, [text]).articles[0]
    start, end = text.index("Secretary"), text.index(":\n")
    assert not is_sentence(article, Span("a1", start, end, text[start:end]))
    # nor a clause cut before the noun of its object: "died a horrific, agonising" (— … — death)
    text = "The most famous lion in Karsk died a horrific, agonising — and many people say senseless — death."
    article = segmented_story(ctx, [text]).articles[0]
    end = text.index(" —")
    assert not is_sentence(article, Span("a1", 0, end, text[:end]))
    # nor one cut between a determiner and its noun: "… at a “Hello, Karsk!”" (rally …)
    text = "Veldt and Kolvanek shared a stage on Sunday at a “Hello, Karsk!” rally in the capital."
    article = segmented_story(ctx, [text]).articles[0]
    end = text.index(" rally")
    assert not is_sentence(article, Span("a1", 0, end, text[:end]))
    # nor one cut between a preposition and its object
    text = "As the others smile, the driver points the pistol directly at the photographer behind them."
    article = segmented_story(ctx, [text]).articles[0]
    end = text.index(" the photographer")
    assert not is_sentence(article, Span("a1", 0, end, text[:end]))
    # a past tense the parse takes for a participle still is one
    text = "Indictments of 13 Russians set the political world abuzz on Friday."
    article = segmented_story(ctx, [text]).articles[0]
    assert is_sentence(article, Span("a1", 0, len(text), text))


def test_a_subject_the_parse_takes_for_part_of_a_day_is_still_a_subject(ctx: Context) -> None:
    # news style drops the "on" before a day, and the parse reads the name as a compound of "Monday"
    text = "Prime Minister Ana Veldt Monday appeared to accept the offer of talks from Karsk."
    article = segmented_story(ctx, [text]).articles[0]
    assert article.doc[3].dep_ == "compound" and article.doc[4].dep_ == "npadvmod"  # the misparse
    assert is_sentence(article, Span("a1", 0, len(text), text))
    # a day alone before the verb is no subject
    alone = "Monday appeared to bring the offer of talks from Karsk."
    assert not is_sentence(segmented_story(ctx, [alone]).articles[0], Span("a1", 0, len(alone), alone))


def test_a_main_clause_the_parse_hangs_under_a_subordinate_one_is_still_a_sentence(ctx: Context) -> None:
    words = [w for w, *_ in MISPARSED_MAIN]
    spaces = [i + 1 < len(words) and words[i + 1] not in {",", "."} for i in range(len(words))]
    text = "".join(w + " " * space for w, space in zip(words, spaces, strict=True))
    story = segmented_story(ctx, [text])
    article = story.articles[0]
    deps, heads, pos, tags = ([row[k] for row in MISPARSED_MAIN] for k in (1, 2, 3, 4))
    article.doc = Doc(
        article.doc.vocab, words, spaces, heads=[int(h) for h in heads], deps=deps, pos=pos, tags=tags
    )
    assert is_sentence(article, Span("a1", 0, len(text), text))
    # and a subordinate clause alone is none
    alone = "After Veldt took a lap with farmers."
    assert not is_sentence(segmented_story(ctx, [alone]).articles[0], Span("a1", 0, len(alone), alone))


def test_a_past_tense_the_parse_reads_as_a_participle_is_still_a_sentence(ctx: Context) -> None:
    # the parse tags "set" VBN here; with a subject of its own and no auxiliary it is a past tense
    text = (
        "New indictments of 13 Russians who allegedly meddled in the 2016 election set the political world "
        "abuzz on Friday."
    )
    assert unit_wording(segmented_story(ctx, [text]), clause(text)) is not None


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("A woman waves the Valdorian flag during a protest in Rivenholm's old town.", True),
        ("Protesters hold up flowers near the Selva bridge in Rivenholm, Saturday, Feb. 19, 2011.", True),
        ("In this April 17, 2018 file photo, Mira Dostal arrives at the Rivenholm summit.", True),
        ("This undated photo shows the Dravik dam from the north bank.", True),
        # in the passive too
        ("In this photo, Ana Veldt is seen on the left and Mira Dostal is on the right.", True),
        ("March 30, 2016 A stray lion passes in front of a car after escaping from the Karsk park.", True),
        # whatever the picture shows someone doing
        (
            "Surgeon Ana Veldt examines a patient in her office at the Rivenholm clinic in this file photo "
            "taken January 24, 2013.",
            True,
        ),
        # the past tense of what happened, what a picture in the story shows, and a headline's verb
        ("A woman waved the Valdorian flag during a protest in Rivenholm's old town.", False),
        ("The photos show the minister standing next to the dam's engineer in 2019.", False),
        ("Employers add 266,000 jobs as the unemployment rate drops to 3.5%.", False),
        ("A conviction in Karsk carries a penalty of up to six months in jail.", False),
    ],
)
def test_a_photo_caption_run_into_the_text_is_no_sentence(ctx: Context, text: str, caption: bool) -> None:
    assert (unit_wording(named_story(ctx, text), clause(text)) is None) == caption


@pytest.mark.parametrize(
    ("text", "cut", "expected", "tag"),
    [
        # a relative clause between the words and their tag is left out with it
        (
            "Karsk police mounted a manhunt for a Valdorian asylum-seeker whose papers were found inside the "
            "truck, two senior officials said Wednesday.",
            " whose",
            "Karsk police mounted a manhunt for a Valdorian asylum-seeker, two senior officials said "
            "Wednesday.",
            "two senior officials said Wednesday",
        ),
        # the tag stops at its comma: not "…, the company said, a stunning downfall for …"
        (
            "Ana Veldt is stepping down as chair of Karsk Media amid accusations of fraud, the company said, "
            "a stunning downfall for one of the industry's most powerful figures.",
            ", the company",
            "Ana Veldt is stepping down as chair of Karsk Media amid accusations of fraud, the company said.",
            "the company said",
        ),
        # "he" is the one person the words name: a reader tells who that is
        (
            "Richard Kolvanek was stopped on his way to Karsk and sent back to Valdoria, he said Friday.",
            " and sent",
            "Richard Kolvanek was stopped on his way to Karsk, he said Friday.",
            "he said Friday",
        ),
        # "she" is someone the words do not name: the name is written in
        (
            "Presidential spokeswoman Mira Dostal met the Karsk delegation on Monday. The talks ended late "
            "after the delegations argued over water, she said.",
            " after",
            "The talks ended late, Mira Dostal said.",
            "she said",
        ),
    ],
)
def test_words_a_tag_after_them_reports_stand_with_that_tag(
    ctx: Context, text: str, cut: str, expected: str, tag: str
) -> None:
    story = named_story(ctx, text)
    start = text.index("The talks") if "The talks" in text else 0
    unit = clause(text, start, text.index(cut))
    wording = unit_wording(story, unit)
    assert wording is not None and wording.text == expected
    assert [span.text for span in wording.outside] == [tag]
    # what the tag says is held to its words, as the clause's are
    assert tag in wording.evidence
    assert not unsupported(wording.text, wording.evidence, wording.names)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # whose words "they" are, the sentence does not tell
        (
            "Presidential spokeswoman Mira Dostal met the Karsk delegation on Monday. The talks ended late "
            "after the delegations argued over water, they said.",
            " after",
        ),
        # the verb after "and" shares its object with the last one of the words: "harassed" alone is cut
        (
            "Ana Veldt is stepping down amid accusations that the chairman harassed and assaulted numerous "
            "women over several years, the company said.",
            " and assaulted",
        ),
        # words of the clause's own stand between it and the tag: not "… duties on steel from Karsk, the
        # state news agency reported" without "by a third"
        (
            "The ministry raised duties on steel from Karsk by a third in March, the state news agency "
            "reported.",
            " by a third",
        ),
        # and a noun phrase the clause stops inside of
        (
            "Prosecutor Ana Veldt told the court Kolvanek sought to install his son in his place, the state "
            "news agency reported.",
            " place",
        ),
    ],
)
def test_words_a_tag_reports_are_no_sentence_where_the_two_cannot_be_joined(
    ctx: Context, text: str, cut: str
) -> None:
    start = text.index("The talks") if "The talks" in text else 0
    assert unit_wording(named_story(ctx, text), clause(text, start, text.index(cut))) is None


@pytest.mark.parametrize(
    ("text", "expected", "taken"),
    [
        # the auxiliary of a passive goes with the participle after "and"
        (
            "President Dario Kolvanek was stopped on his way to Karsk and sent back to Valdoria because of a "
            "ban excluding him from the union.",
            "President Dario Kolvanek was sent back to Valdoria because of a ban excluding him from the "
            "union.",
            "President Dario Kolvanek was ",
        ),
        # of an active verb with its object, only the tense
        (
            "The ministry has been criticised by farmers and raised duties on aluminium.",
            "The ministry has raised duties on aluminium.",
            "The ministry has ",
        ),
        (
            "Police in Karsk arrested the man on Monday and released two protesters.",
            "Police in Karsk released two protesters.",
            "Police in Karsk ",
        ),
        # "or" gives an alternative, "not" denies one verb of the two
        ("The growers live in Karsk or are in the Selva valley.", None, None),
        ("The minister did not attend the talks but sent a letter to the delegates.", None, None),
        # "him" may be the man left out
        ("Police in Karsk arrested the man on Monday and charged him with murder.", None, None),
        # the first verb says when something else happened
        (
            "Back when President Dario Kolvanek had an army and was alive, his two cousins were taken as "
            "hostages by the Karsk army.",
            None,
            None,
        ),
    ],
)
def test_the_second_of_two_verbs_sharing_a_subject_is_worded_with_that_subject(
    ctx: Context, text: str, expected: str | None, taken: str | None
) -> None:
    story = named_story(ctx, text)
    second = next(c for c in story.articles[0].clauses if re.match(r"and|or|but", text[c.start :]))
    wording = unit_wording(story, clause(text, second.start, second.end))
    assert (wording.text if wording else None) == expected
    if wording is not None:
        assert [span.text for span in wording.outside] == [taken]
        assert not unsupported(wording.text, wording.evidence, wording.names)


def test_a_clause_whose_subject_was_left_before_it_is_no_sentence(ctx: Context) -> None:
    text = (
        "Lambach, who allegedly ran the ring for several years, would set up meetings with prospective "
        "clients, police said."
    )
    story = named_story(ctx, text)
    assert unit_wording(story, clause(text, text.index("would"))) is None
    assert unit_wording(story, clause(text)) is not None
    text = (
        "More than 100,000 Americans have died from the disease that has swept across the country and "
        "wrecked the economy, it appears."
    )
    assert unit_wording(named_story(ctx, text), clause(text, text.index("that has"))) is None


def test_a_pronoun_is_not_given_to_a_subject_whose_sentence_names_someone_else_so(ctx: Context) -> None:
    text = (
        "Jonathan Merkley was celebrating at a hotel. Merkley tried to get her to stay by lying down in "
        "front of her car. She then ran over him and drove off."
    )
    assert unit_wording(named_story(ctx, text), clause(text, text.index("She"))) is None
    # nor to one whose story names someone else as the subject since
    text = (
        "Jarek Novak grew up in north Karsk. His father, Arthur, was a surgeon. But he was also a violent "
        "man who beat his family."
    )
    assert unit_wording(named_story(ctx, text), clause(text, text.index("But he"))) is None
    text = (
        "Sheriff Jeffrey Gahler told reporters the woman was a temporary employee. She shot people outside "
        "the building."
    )
    assert unit_wording(named_story(ctx, text), clause(text, text.index("She shot"))) is None
    text = text.replace("the woman", "the man")  # "she" is then no one but Gahler the story names
    assert unit_wording(named_story(ctx, text), clause(text, text.index("She shot"))) is not None
    # a possessive may be the subject's own
    text = "Mira Dostal praised her team on Monday. She added that Karsk would keep sharing data."
    wording = unit_wording(named_story(ctx, text), clause(text, text.index("She")))
    assert wording is not None and wording.text.startswith("Mira Dostal added")


def test_a_pronoun_goes_to_the_main_subject_before_one_inside_a_clause(ctx: Context) -> None:
    text = (
        "Donald Trump insisted he is not conceding, despite acknowledging that Joe Biden won. About an hour "
        "later he said he was not conceding. He has launched a slew of lawsuits in key states."
    )
    wording = unit_wording(named_story(ctx, text), clause(text, text.index("He has")))
    assert (
        wording is not None and wording.text == "Donald Trump has launched a slew of lawsuits in key states."
    )
    # and after an opening without a comma
    wording = unit_wording(named_story(ctx, text), clause(text, text.index("About"), text.index(" He has")))
    assert wording is not None
    assert wording.text == "About an hour later Donald Trump said he was not conceding."
    # and after a long opening
    text = (
        "Wilbur Ross runs the Commerce Department. Told that Forbes would drop him from the list, he "
        "responded that he was fine with that."
    )
    wording = unit_wording(named_story(ctx, text), clause(text, text.index("Told")))
    assert wording is not None and ", Wilbur Ross responded" in wording.text
    text = text.replace("Wilbur Ross runs", "The magazine ranks")
    assert unit_wording(named_story(ctx, text), clause(text, text.index("Told"))) is None
    # a subject inside a clause still counts where the sentence names no person as its own subject
    text = "Police said Jarek Novak fled the scene. He was arrested in Karsk on Monday."
    wording = unit_wording(named_story(ctx, text), clause(text, text.index("He was")))
    assert wording is not None and wording.text == "Jarek Novak was arrested in Karsk on Monday."


def test_a_pronoun_is_not_given_to_a_person_the_story_titles_otherwise(ctx: Context) -> None:
    text = (
        "Ms. Ashton spoke to reporters. After her meeting, Ashton met Egypt's vice president, Mohamed "
        "ElBaradei. He said at a joint appearance with Ashton that the talks had failed."
    )
    assert unit_wording(named_story(ctx, text), clause(text, text.index("He said"))) is None
    text = text.replace("He said", "She said")
    wording = unit_wording(named_story(ctx, text), clause(text, text.index("She said")))
    assert wording is not None and wording.text.startswith("Ashton said at a joint appearance")


def test_who_said_quoted_words_is_named_or_the_sentence_is_left_out(ctx: Context) -> None:
    text = "Donald Trump spoke on the White House lawn on Saturday. “I’m feeling great,” he said."
    wording = unit_wording(quoted_story(ctx, text), clause(text, text.index("“I’m")))
    assert wording is not None and wording.text == "“I’m feeling great,” Donald Trump said."
    text = "The lawn was full on Saturday. “I’m feeling great,” he said."
    assert unit_wording(quoted_story(ctx, text), clause(text, text.index("“I’m"))) is None


@pytest.mark.parametrize(
    ("text", "opening", "expected"),
    [
        (
            "Mira Dostal took office in 2005. As of last December, there were no complaints against her.",
            "As of",
            # and who "her" is, which the reader of a summary does not know
            "As of last December, there were no complaints against Mira Dostal.",
        ),
        (
            "The case is open. So far, no one has been arrested.",
            "So far",
            "So far, no one has been arrested.",
        ),
        (
            "Pages are archived as they are made. That way, a link to the version will be preserved.",
            "That way",
            "That way, a link to the version will be preserved.",
        ),
        (
            "Shootings rose in July. While many Chicagoans were celebrating, relatives of Natalia Wallace "
            "were mourning her.",
            "While",
            "While many Chicagoans were celebrating, relatives of Natalia Wallace were mourning her.",
        ),
        # "as many as" measures; it joins nothing
        (
            "Gagan said the girl was hurt. As many as two-dozen people saw the rape without notifying "
            "police.",
            "As many",
            "As many as two-dozen people saw the rape without notifying police.",
        ),
        # a word that joins the clause to the one before still goes
        (
            "Pages are archived as they are made. Then the archive hopes that links will be fixed.",
            "Then",
            "The archive hopes that links will be fixed.",
        ),
        (
            "Gloria waited in Hawaii. Yet as soon as news came through that John Lennon had been killed, "
            "Gloria said she knew Chapman was the assassin.",
            "Yet",
            "As soon as news came through that John Lennon had been killed, Gloria said she knew Chapman "
            "was the assassin.",
        ),
        (
            "The project was late. Yet another delay hit the project in May.",
            "Yet",
            "Yet another delay hit the project in May.",
        ),
    ],
)
def test_an_opening_word_of_the_clauses_own_stays(
    ctx: Context, text: str, opening: str, expected: str
) -> None:
    wording = unit_wording(named_story(ctx, text), clause(text, text.index(opening)))
    assert wording is not None and wording.text == expected


def test_after_a_heading_or_dateline_the_clauses_own_first_word_tells_its_capital(ctx: Context) -> None:
    text = "Why it matters: Nancy Pelosi had promised centrist Democrats a vote on the bill."
    wording = unit_wording(named_story(ctx, text), clause(text))
    assert wording is not None
    assert attributed(wording, ["Outlet 2"]) == (
        "According to Outlet 2, Nancy Pelosi had promised centrist Democrats a vote on the bill."
    )
    text = (
        "LOS ANGELES (Reuters) - Police in riot gear closed in on the camp on Monday. The police left at "
        "noon."
    )
    wording = unit_wording(named_story(ctx, text), clause(text, 0, text.index(" The police")))
    assert wording is not None
    assert attributed(wording, ["Outlet 3"]).startswith("According to Outlet 3, police in riot gear")
    # a surname the story names in full elsewhere keeps its capital
    text = "Police shot Jacob Blake on Sunday.\n\nBlake, a Black man, was shot seven times in the back."
    wording = unit_wording(named_story(ctx, text), clause(text, text.index("Blake,")))
    assert wording is not None
    assert attributed(wording, ["Outlet 2"]).startswith("According to Outlet 2, Blake, a Black man")
    # a first word the parse takes for a name, which the story never writes inside a sentence
    text = "Keen to undermine the inquiry, Trump took to Twitter to attack the ambassador on Friday."
    wording = unit_wording(named_story(ctx, text), clause(text))
    assert wording is not None
    assert attributed(wording, ["Outlet 1"]).startswith("According to Outlet 1, keen to undermine")
    for dateline in (
        "JOHANNESBURG (AP) — ",
        "NAIROBI/JOHANNESBURG (Reuters) - ",
        # a wire's name in brackets needs no dash after it
        "Nairobi, Kenya (CNN) ",
        "(CNN)",
        # a city in capitals with its state
        "NANYUKI, Laikipia -- ",
        # a live blog's time of its entry
        "11:03 P.M. ",
        "9:36 p.m. ",
    ):
        text = f"{dateline}A lion was shot dead in Kenya on Wednesday after attacking a man."
        wording = unit_wording(named_story(ctx, text), clause(text))
        assert wording is not None
        assert attributed(wording, ["Outlet 1"]) == (
            "According to Outlet 1, a lion was shot dead in Kenya on Wednesday after attacking a man."
        )
    # and a dateline alone is no sentence
    text = "(CNN) A lion was shot dead in Kenya on Wednesday."
    story = named_story(ctx, text)
    assert not is_sentence(story.articles[0], story.articles[0].span(0, len("(CNN) ")))


def test_a_party_and_state_or_a_highway_is_no_first_person(ctx: Context) -> None:
    for text in (
        "Rep. Jarek Novak (I-Mich.) announced Tuesday that he has formed an exploratory committee.",
        "Police closed I-95 for five hours on Monday after a truck crash.",
    ):
        wording = unit_wording(named_story(ctx, text), clause(text))
        assert wording is not None and wording.text.endswith(text.removeprefix("Rep. "))
    # the outlet's own "I" still is one
    text = "I asked the mayor about the budget on Monday."
    assert unit_wording(named_story(ctx, text), clause(text)) is None


def test_another_storys_title_inside_the_text_is_no_summary_sentence(ctx: Context) -> None:
    text = (
        "Two men face charges over a prostitution ring in Pittsfield\n\nViolent pimp gets 12 years in prison "
        "after beating prostitute\n\nVan Wert allowed meetings in his apartment in exchange for cash."
    )
    story = named_story(ctx, text)
    assert unit_wording(story, clause(text, text.index("Violent"), text.index("\n\nVan"))) is None
    assert unit_wording(story, clause(text, text.index("Van Wert"))) is not None
    # the text's first line may be its own headline
    assert unit_wording(story, clause(text, 0, text.index("\n\nViolent"))) is not None
    # a line in capitals is a column's subheading, whatever its last mark
    text = (
        "Fans are welcome to come along on Saturday.\n\nTHE BELL HASN’T TOLLED FOR ‘BAYSIDE!’\n\n"
        "The musical has proven so popular that its run was extended."
    )
    story = named_story(ctx, text)
    heading = text.index("THE BELL")
    assert unit_wording(story, clause(text, heading, text.index("\n\nThe musical"))) is None


def test_a_clause_in_capitals_is_no_summary_sentence(ctx: Context) -> None:
    # a broadcaster's teaser run into the text: its names cannot be told from its words
    text = "A NEWBORN BABY IS IN STATE CUSTODY AFTER KARSK POLICE SAY. Karsk police took the baby on Monday."
    story = named_story(ctx, text)
    assert unit_wording(story, clause(text, 0, text.index(" Karsk police took"))) is None
    assert unit_wording(story, clause(text, text.index("Karsk police took"))) is not None


def test_a_clause_that_points_back_with_this_or_that_is_no_summary_sentence(ctx: Context) -> None:
    text = "Jarek Novak was acquitted in 1995. That was the year the border closed."
    assert unit_wording(named_story(ctx, text), clause(text, text.index("That"))) is None
    text = "The court ruled on Monday. This is the first time a court has ruled so."
    assert unit_wording(named_story(ctx, text), clause(text, text.index("This"))) is None
    text = "Two accounts sent the threats. Those accounts have since been removed by Twitter."
    assert unit_wording(named_story(ctx, text), clause(text, text.index("Those"))) is None
    text = "Eris was found in 2005. It was like Pluto but more massive."
    assert unit_wording(named_story(ctx, text), clause(text, text.index("It"))) is None
    # a possessive whose noun the sentence before holds
    text = "It is the earliest creature with asymmetrical feathers. Caihong’s were on its tail, experts said."
    assert unit_wording(named_story(ctx, text), clause(text, text.index("Caihong"))) is None
    text = "Karsk signed the deal. Caihong’s feathers were on its tail, experts said."
    assert unit_wording(named_story(ctx, text), clause(text, text.index("Caihong"))) is not None
    # an "it" that stands for nothing but the clause after it
    for opening in ("It is clear that", "It was reported that", "It turns out that"):
        text = f"Eris was found in 2005. {opening} Karsk will sign the water agreement."
        assert unit_wording(named_story(ctx, text), clause(text, text.index("It"))) is not None, opening
    # a time is no subject: "This week" says when, not which
    text = "The court ruled on Monday. This week the Karsk court heard the appeal."
    assert unit_wording(named_story(ctx, text), clause(text, text.index("This"))) is not None


@pytest.mark.parametrize(
    ("paragraph", "own"),
    [
        (
            "LIASSON: The president held his first news conference. The White House runs like a machine.",
            False,
        ),
        ("PRESIDENT VELDT: The talks went well. The White House runs like a machine.", False),
        (
            "THE FACTS: The president held his first news conference. The White House runs like a machine.",
            True,
        ),
        (
            "NEW DELHI: The president held his first news conference. The White House runs like a machine.",
            True,
        ),
    ],
)
def test_a_transcripts_speaker_speaks_the_whole_paragraph(ctx: Context, paragraph: str, own: bool) -> None:
    text = f"Karsk signed the water agreement on Monday.\n\n{paragraph}\n\nMCEVERS: Thank you."
    if own and paragraph.startswith("NEW DELHI"):
        text = paragraph  # a dateline opens the text, alone
    second = text.index("The White House")
    span = clause(text, second, text.index("machine.") + len("machine."))
    assert (unit_wording(named_story(ctx, text), span) is not None) is own


def test_the_writers_own_words_around_what_someone_said_are_no_summary_sentence(ctx: Context) -> None:
    text = "As my colleague Mira Dostal reported, Jarek Novak said he would stay off the river for a week."
    assert unit_wording(named_story(ctx, text), clause(text)) is None
    # the first person inside the words said is the speaker's
    text = "Jarek Novak said my colleagues at the Karsk office would stay off the river for a week."
    assert unit_wording(named_story(ctx, text), clause(text)) is not None


@pytest.mark.parametrize(
    "text",
    [
        "The journal has learned that the court order referred to in this story has been amended.",
        "This story has been corrected to show that the winner of five of the seven elections won more.",
        "Stay with Karsk Radio for developments in this story.",
    ],
)
def test_words_about_the_page_itself_are_no_summary_sentence(ctx: Context, text: str) -> None:
    # what an outlet says of its own page is no fact of the story
    assert unit_wording(named_story(ctx, text), clause(text)) is None


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "About 200 interpreters arrived on Friday. They are expected to stay at the base for a week.",
            "They",
        ),
        ("About 200 interpreters arrived on Friday. Since then, they have stayed at the base.", "Since"),
        # whose, the reader cannot tell
        ("The film opened on Friday. Their ringleader is played by Will Poulter.", "Their"),
    ],
)
def test_they_or_their_is_no_opening_for_a_summary_sentence(ctx: Context, text: str, opening: str) -> None:
    assert unit_wording(named_story(ctx, text), clause(text, text.index(opening))) is None


def test_a_piece_from_inside_a_quoted_sentence_is_not_given_as_said(ctx: Context) -> None:
    text = (
        "Mira Dostal said: “Karsk will keep sharing data on the reservoir, and it will do so "
        "[in every season] to build trust between the two governments.”"
    )
    story = quoted_story(ctx, text)
    whole = text.index("“") + 1
    piece = text.index("[in every season]")
    end = len(text) - 1
    for start, expected in ((whole, True), (piece, False)):
        wording = unit_wording(story, clause(text, start, end))
        assert (wording is not None) == expected, wording


@pytest.mark.parametrize(
    ("cue", "expected"),
    [
        # a source the story has no entity for, as the article words it
        ("the ministry said", "The ministry said: “The visit is proof of interference”."),
        ("officials said", "Officials said: “The visit is proof of interference”."),
        # a misread cue names no one
        ("the good news is", None),
    ],
)
def test_quoted_words_of_a_source_without_a_name_are_given_to_it_as_written(
    ctx: Context, cue: str, expected: str | None
) -> None:
    text = f"The ambassador toured the city. “The visit is proof of interference,” {cue}."
    wording = unit_wording(quoted_story(ctx, text), clause(text, text.index("The visit"), text.index(",”")))
    assert (wording.text if wording else None) == expected


def test_a_bare_quoted_question_alone_is_not_given_as_said(ctx: Context) -> None:
    text = "Mira Dostal said: “I just don't want a poor person in that post. Does that make sense?”"
    story = quoted_story(ctx, text)
    question = text.index("Does")
    for start, expected in ((text.index("“") + 1, True), (question, False)):
        wording = unit_wording(story, clause(text, start, len(text) - 1))
        assert (wording is not None) == expected, wording
    # a longer question says what the speaker holds
    text = "Mira Dostal said: “Why can't people just let the farmers keep their water?”"
    assert unit_wording(quoted_story(ctx, text), clause(text, text.index("Why"), len(text) - 1)) is not None


def test_quoted_words_cut_before_the_speaker_stopped_are_marked_as_cut(ctx: Context) -> None:
    text = (
        "Mira Dostal said: “Karsk will keep sharing data on the reservoir [in every season] to build trust "
        "between the two governments.”"
    )
    story = quoted_story(ctx, text)
    start, cut = text.index("“") + 1, text.index(" [in every season]")
    for end, expected in (
        (cut, "Mira Dostal said: “Karsk will keep sharing data on the reservoir …”"),
        (len(text) - 1, f"Mira Dostal said: “{text[start:-1]}”"),
    ):
        wording = unit_wording(story, clause(text, start, end))
        assert wording is not None and wording.text == expected
    # a whole quotation that ends without a stop of its own: the summary's sentence still ends with one
    text = "Mira Dostal said: “Karsk will keep sharing data on the reservoir with Valdoria” after the talks."
    story = quoted_story(ctx, text)
    wording = unit_wording(story, clause(text, text.index("“") + 1, text.index("”")))
    assert wording is not None
    assert wording.text == "Mira Dostal said: “Karsk will keep sharing data on the reservoir with Valdoria”."


def test_who_told_whom_without_what_is_no_summary_sentence(ctx: Context) -> None:
    text = (
        "Matteo Borrini, a forensic scientist at Liverpool John Moores University, told BuzzFeed News. "
        "Borrini told reporters that the stains were unrealistic."
    )
    story = named_story(ctx, text)
    first = story.articles[0].sentences[0][1]
    assert unit_wording(story, clause(text, 0, first)) is None
    assert unit_wording(story, clause(text, text.index("Borrini told"))) is not None


def test_a_clause_that_ends_where_the_words_it_introduces_begin_says_nothing(ctx: Context) -> None:
    text = "“Says who?” Cohen asked again, to which Keilar replied, “Polls. I just told you.”"
    story = named_story(ctx, text)
    start = text.index("Cohen")
    assert unit_wording(story, clause(text, start, text.index(", “Polls"))) is None


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # what was agreed to, warned of, insisted on is what the verb says, not words left outside it
        (
            "Prime Minister Annika Veldt of Valdoria and President Dario Kolvanek of Karsk agreed on Tuesday "
            "to a temporary arrangement for sharing the waters of the Selva River, but left the future of "
            "the dam unresolved.",
            True,
        ),
        ("The Karsk minister warned of severe shortages in the southern provinces.", True),
        ("The farmers' union insisted on a written guarantee from both governments.", True),
        # who spoke and when, or where, still says nothing
        ("Mira Dostal said on Tuesday after the meeting in Rivenholm.", False),
        ("The ministers agreed on Tuesday.", False),
        ("The Karsk minister commented on the report.", False),
        # nor where what the parse takes for the words said is a participle of something else
        ("Veldt wrote in the 10-page will written last September.", False),
    ],
)
def test_a_speech_verb_whose_preposition_carries_what_was_said_is_a_summary_sentence(
    ctx: Context, text: str, sentence: bool
) -> None:
    story = named_story(ctx, text)
    end = text.index(", but") if ", but" in text else len(text)
    assert (unit_wording(story, clause(text, 0, end)) is not None) is sentence


def test_words_said_before_their_tag_are_a_summary_sentence(ctx: Context) -> None:
    # the parse hangs "will close" on "indicated" as a clause of its own, not as what was indicated
    text = (
        "After months of talks, the Karsk government will close the dam on Friday, officials indicated "
        "late Sunday."
    )
    wording = unit_wording(named_story(ctx, text), clause(text))
    assert wording is not None and wording.text.endswith("officials indicated late Sunday.")


@pytest.mark.parametrize(
    "text",
    [
        "In the writer’s case, the walk seems to have.",
        "The minister said the ministry would.",
        "Karsk did not.",
        "The court on Wednesday for the first time ruled that the Karsk Constitution’s",
    ],
)
def test_a_clause_whose_verb_phrase_is_left_to_the_sentence_before_is_no_summary_sentence(
    ctx: Context, text: str
) -> None:
    assert unit_wording(named_story(ctx, text), clause(text)) is None


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        (
            "Catherine Ashton told reporters that she did not know precisely where Mohamed Morsi was being "
            "held.",
            " was being",
        ),
        ("Mira Dostal thinks the money will run out by March.", " will run"),
    ],
)
def test_a_clause_that_stops_before_its_verb_is_no_summary_sentence(
    ctx: Context, text: str, cut: str
) -> None:
    # the subject or auxiliary is in the clause, the verb it goes with in the next one
    assert unit_wording(named_story(ctx, text), clause(text, 0, text.index(cut))) is None
    assert unit_wording(named_story(ctx, text), clause(text)) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outlet's own "we" and its rhetorical questions are opinion, not a fact to report
        ("Against our better judgment, who are we to deny the minister her tariff?", None),
        ("We believe the tariff will hurt the mills in Karsk.", None),
        ("You can see the minister's speech below, via the ministry.", None),
        ("If anyone has information, you are asked to contact the Karsk police.", None),
        ('"I think this is crazy, we don’t value each others lives.”', None),
        ("For example, you may disable the recording at any time in the settings menu.", None),
        ("The US Senate passed the tariff on Monday.", "The US Senate passed the tariff on Monday."),
        (
            "The We Will Not Comply Act would ban the tariff.",
            "The We Will Not Comply Act would ban the tariff.",
        ),
        ("The ministry asked whether the tariff was legal?", None),
        # a subordinate clause alone, a columnist's own "I", a transcript's speaker label
        ("Although the causes of the drought are still under investigation.", None),
        ("I ripped the article out and wrote to the ministry the next day.", None),
        ("MB: The objects in the outer solar system have not been disturbed much.", None),
        # a first person the clause itself attributes is someone's words, not the outlet's
        (
            "I wish you the best of luck, the minister wrote to Mira Dostal.",
            "I wish you the best of luck, the minister wrote to Mira Dostal.",
        ),
        # a parenthesis opened and never closed
        ("The minister praised the speech announcing the tariff (a first for Karsk.", None),
        # a dateline in the agency's mixed case, and a clause cut after a demonstrative
        (
            "New York (CNN) -- The ministry imposed a tariff on steel.",
            "The ministry imposed a tariff on steel.",
        ),
        ("The minister on Wednesday criticized the blocking of posts by those.", None),
    ],
)
def test_what_a_summary_does_not_say_in_an_outlets_name(
    ctx: Context, text: str, expected: str | None
) -> None:
    wording = unit_wording(named_story(ctx, text), clause(text))
    assert (wording.text if wording else None) == expected


def test_a_subject_opening_on_his_or_her_is_whose_it_is(ctx: Context) -> None:
    text = "Peter Jackson directed the film. His best move was casting Saoirse Ronan."
    story = named_story(ctx, text)
    wording = unit_wording(story, clause(text, text.index("His")))
    assert wording is not None and wording.text == "Peter Jackson's best move was casting Saoirse Ronan."


def test_a_text_cut_off_inside_a_clause_tells_it_without_its_last_part_or_not_at_all(ctx: Context) -> None:
    text = (
        "The Senate confirmed William Barr as attorney general on Thursday, installing a seasoned lawyer "
        "to head the Justice Department and"
    )
    wording = unit_wording(named_story(ctx, text), clause(text))
    assert (
        wording is not None
        and wording.text == "The Senate confirmed William Barr as attorney general on Thursday."
    )
    text = (
        "Even after Paul Manafort pledged to cooperate, his attorneys kept giving the president's legal team"
    )
    assert unit_wording(named_story(ctx, text), clause(text, text.index("his"))) is None
    text += " updates."  # the same clause where the text goes on
    assert unit_wording(named_story(ctx, text), clause(text, text.index("his"))) is not None


def test_a_verb_whose_subject_is_the_clause_befores_is_no_summary_sentence(ctx: Context) -> None:
    text = (
        "President Trump on Friday made his salesman's pitch for America before an international crowd of "
        "corporate and political titans, and took credit for its economic success, yet he was shadowed by "
        "clouds from home."
    )
    story = named_story(ctx, text)
    start = text.index("and took")
    assert unit_wording(story, clause(text, start)) is None  # not "Took credit …, yet Donald Trump was …"


def test_a_be_or_have_cut_from_what_it_is_or_has_is_no_summary_sentence(ctx: Context) -> None:
    text = (
        "Prosecutor Richard Schmack said new phone records proved McCullough had, as he long claimed, made a "
        "call from a booth in Rockford."
    )
    story = named_story(ctx, text)
    cut = text.index(", made")
    assert cut_short(story.articles[0], Span("a1", 0, cut, text[:cut]))
    assert unit_wording(story, clause(text, 0, cut)) is None
    assert unit_wording(story, clause(text)) is not None
    text = "She was the child of Arthur Wright, a surgeon, and who was also, she said, abusive."
    cut = text.index(", she said")
    assert cut_short(named_story(ctx, text).articles[0], Span("a1", 0, cut, text[:cut]))
    # a "come" or "happen" that only says when, cut from when: "The moves to undercut Veldt come"
    text = "The moves to undercut Veldt come just days after the council met in Karsk for talks."
    story = named_story(ctx, text)
    cut = text.index(" just days")
    assert cut_short(story.articles[0], Span("a1", 0, cut, text[:cut]))
    assert unit_wording(story, clause(text, 0, cut)) is None
    assert unit_wording(story, clause(text)) is not None


@pytest.mark.parametrize(
    ("text", "cut", "expected"),
    [
        ("The ministry blocked an app that workers used to report prices.", " that", True),
        ("Floods came in June, the season when the river is the lifeline of the plains.", " when", True),
        # a "when" of the verb's tells when it happened, not which: the clause is whole without it
        (
            "Mira Dostal said the dam was closed and the river had dropped when she visited it.",
            " when",
            False,
        ),
    ],
)
def test_a_clause_stopped_before_the_relative_clause_that_tells_which_is_cut_short(
    ctx: Context, text: str, cut: str, expected: bool
) -> None:
    end = text.index(cut)
    assert cut_short(named_story(ctx, text).articles[0], Span("a1", 0, end, text[:end])) is expected


def test_quoted_words_cut_inside_the_words_the_speaker_quotes_are_not_given_as_said(ctx: Context) -> None:
    text = "Mr Wilson said: “I asked ‘Is it OK? Is it safe?’ and we agreed.”"
    story = quoted_story(ctx, text)
    start, cut = text.index("I asked"), text.index(" Is it safe")
    assert unit_wording(story, clause(text, start, cut)) is None  # not “I asked ‘Is it OK?”
    wording = unit_wording(story, clause(text, start, len(text) - 1))
    assert wording is not None and wording.text == f"Wilson said: “{text[start:]}"
    # an apostrophe is no quotation mark left open
    text = "Mr Wilson said: “I asked if the path was safe, and Jane’s answer was yes.”"
    wording = unit_wording(quoted_story(ctx, text), clause(text, text.index("I asked"), len(text) - 1))
    assert wording is not None


def test_a_clause_that_opens_or_closes_a_quotation_alone_is_no_summary_sentence(ctx: Context) -> None:
    # the words would read as the outlet's own, or as a quotation the speaker never closed
    text = "Greene slammed Fauci as “the most dangerous man in America. He misled us all.” Fauci declined."
    story = named_story(ctx, text)
    cut = text.index("He misled")
    for start, end, expected in ((0, cut, False), (cut, text.index(" Fauci declined"), False)):
        assert (unit_wording(story, clause(text, start, end)) is not None) == expected
    # two openings and no closing (a closing mark lost to a bad encoding): no quotation is closed
    text = "Jake Tapper called the speech “unhinged�? and “wild. The speech ran long."
    story = named_story(ctx, text)
    assert unit_wording(story, clause(text, 0, text.index(" The speech"))) is None
    text = 'The administration started “Operation Allies Refuge" to evacuate thousands of helpers.'
    assert unit_wording(named_story(ctx, text), clause(text)) is not None


def test_a_person_first_named_gets_the_role_every_outlet_gives_them() -> None:
    people = [("e1", "Vladimir Putin", "Russian President"), ("e2", "Ali Khamenei", None)]
    names = ["Vladimir Putin", "Russian President", "Ali Khamenei"]
    wording = Wording("Vladimir Putin met Ali Khamenei in Tehran.", ["a1"], names=names)
    named, ids = introduced(wording, people)
    assert named.text == "Russian President Vladimir Putin met Ali Khamenei in Tehran."
    assert ids == ["e1", "e2"]
    # not inside someone's words, not twice, and not where the evidence does not write the role
    quoted = Wording("Peskov said: “Vladimir Putin will stay.”", ["a1"], names=names)
    assert introduced(quoted, people) == (quoted, [])
    already = Wording("President Vladimir Putin left.", ["a1"], names=names)
    assert introduced(already, people)[0].text == "President Vladimir Putin left."
    # a title of the evidence's own is a role already: not "Detective Constable leader of the team Tim Bird"
    bird = [("e5", "Tim Bird", "leader of the rescue team")]
    titled = Wording(
        "Detective Constable Tim Bird said so.", ["a1"], names=["Tim Bird", "leader of the rescue team"]
    )
    assert introduced(titled, bird)[0].text == "Detective Constable Tim Bird said so."
    # nor where the evidence writes the role before the name already, in whatever capitals
    dostal = [("e7", "Mira Dostal", "former federal prosecutor")]
    names = ["Mira Dostal", "former federal prosecutor"]
    led = Wording("Former federal prosecutor Mira Dostal won.", ["a1"], names=names)
    assert introduced(led, dostal)[0].text == "Former federal prosecutor Mira Dostal won."
    unwritten = Wording("Vladimir Putin left.", ["a1"], names=["Vladimir Putin"])
    assert introduced(unwritten, people)[0].text == "Vladimir Putin left."
    # in the capitals of the wording's own evidence
    evidence = ["DeKalb County state's attorney Richard Schmack argued the case."]
    schmack = Wording(
        "Richard Schmack argued the case.", ["a1"], evidence, ["Richard Schmack", "State's Attorney"]
    )
    titled = introduced(schmack, [("e4", "Richard Schmack", "State's Attorney")])[0]
    assert titled.text == "State's attorney Richard Schmack argued the case."
    # but a one-word title before a name takes its capital where the evidence writes it small
    evidence = ["The visiting president arrived with a gift for Annika Veldt."]
    kolvanek = Wording(
        "Veldt met Dario Kolvanek in Rivenholm.", ["a1"], evidence, ["Dario Kolvanek", "president"]
    )
    titled = introduced(kolvanek, [("e6", "Dario Kolvanek", "president")])[0]
    assert titled.text == "Veldt met President Dario Kolvanek in Rivenholm."
    # a role written in small letters that now opens the sentence takes one after "According to X,",
    # whatever name the clause opened on ("President Trump's chief economic adviser, Gary Cohn, …")
    adviser = [("e3", "Gary Cohn", "economic adviser")]
    names = ["Gary Cohn", "economic adviser"]
    cohn = Wording("Gary Cohn criticized the response.", ["a1"], names=names, proper_start=True)
    assert attributed(introduced(cohn, adviser)[0], ["Outlet 1"]) == (
        "According to Outlet 1, economic adviser Gary Cohn criticized the response."
    )
    putin = attributed(introduced(wording, people)[0], ["Outlet 1"])
    assert putin.startswith("According to Outlet 1, Russian President")


def test_a_person_first_named_by_surname_alone_gets_the_full_name() -> None:
    kolvanek = [("e6", "Dario Kolvanek", "president")]
    evidence = ["Kolvanek handed the Valdorian premier a glass carafe, the president's aides said."]
    names = ["Dario Kolvanek", "president"]
    wording = Wording("Kolvanek handed Annika Veldt a glass carafe.", ["a1"], evidence, names)
    named, ids = introduced(wording, kolvanek)
    assert named.text == "President Dario Kolvanek handed Annika Veldt a glass carafe."
    assert ids == ["e6"]
    # not a surname the story gives two people, nor one after a title or a name, nor inside quoted words
    assert introduced(wording, kolvanek, {"Kolvanek"})[0].text == wording.text
    for text in ("Mr Kolvanek left.", "Peskov said: “Kolvanek will stay.”"):
        assert introduced(Wording(text, ["a1"], evidence, names), kolvanek)[0].text == text
    # nor where the evidence does not name that person
    other = Wording("Kolvanek left.", ["a1"], evidence, ["Annika Veldt"])
    assert introduced(other, kolvanek)[0].text == "Kolvanek left."
    # nor a surname that says whose family or administration: not "a Dario Kolvanek family friend"
    for text in ("Jan Orsk, a Kolvanek family friend, left.", "The Kolvanek administration left."):
        assert introduced(Wording(text, ["a1"], evidence, names), kolvanek)[0].text == text


@pytest.mark.parametrize(
    ("text", "cut", "second", "end"),
    [
        # a relative clause set off by a comma adds to what is named: the clause before it stands
        (
            "Habeas corpus is the legal procedure that keeps the state from holding you without cause. "
            "Karsk signed a water deal, which takes effect in March.",
            " that keeps",
            "Karsk",
            ", which",
        ),
        # a denial of "a deal" where the relative clause tells which deal denies every deal without it; made,
        # it is a deal all the same
        (
            "Veldt said Wednesday that she would not make a deal where she would testify before the council. "
            "Veldt made a deal where she would testify before the council.",
            " where",
            "Veldt made",
            " where",
        ),
    ],
)
def test_a_clause_cut_before_the_relative_clause_that_tells_which_is_no_sentence(
    ctx: Context, text: str, cut: str, second: str, end: str
) -> None:
    article = segmented_story(ctx, [text]).articles[0]
    stop = text.index(cut)
    assert not is_sentence(article, Span("a1", 0, stop, text[:stop]))
    start = text.index(second)
    stop = text.index(end, start)
    assert is_sentence(article, Span("a1", start, stop, text[start:stop]))


def test_a_subordinate_clause_ending_on_a_relative_clause_is_no_sentence(ctx: Context) -> None:
    text = "Whether the bank will claw back millions it paid to Mira Dostal, who is retiring with $12 million"
    article = segmented_story(ctx, [text]).articles[0]
    assert not is_sentence(article, Span("a1", 0, len(text), text))


def test_a_name_keeps_its_capital_inside_a_sentence_but_not_a_common_word_that_one_holds() -> None:
    cases = [
        ("Dmitry Peskov explained it.", ["Dmitry Peskov"], "Dmitry Peskov explained it."),
        ("Soultrait said so.", ["Arthur de Soultrait"], "Soultrait said so."),
        ("Sen. Flake spoke.", ["Sen.", "Jeff Flake"], "Sen. Flake spoke."),
        ("Louis C.K. said so.", ["Louis C.K."], "Louis C.K. said so."),
        # the common word a name holds or opens on
        (
            "Wildlife officials shot the lion.",
            ["Kenya Wildlife Service"],
            "wildlife officials shot the lion.",
        ),
        (
            "Water from the reservoir tested clean.",
            ["Water Bureau"],
            "water from the reservoir tested clean.",
        ),
    ]
    for text, names, inner in cases:
        assert attributed(Wording(text, [], names=names), ["A"]) == f"According to A, {inner}"


def test_a_call_to_the_reader_is_no_summary_sentence(ctx: Context) -> None:
    # a page's call to its reader, whatever subject the parse finds for the rest of the sentence
    text = "Vote up the GoFundMe and crowdfunding campaigns that are so stupid, they're almost insulting."
    assert unit_wording(named_story(ctx, text), clause(text)) is None
    text = "Voters backed the crowdfunding campaigns that were so stupid, they were almost insulting."
    assert unit_wording(named_story(ctx, text), clause(text)) is not None
    # nor is the page's appeal for tips, while police asking for them is news
    text = "Anyone with information regarding this case is asked to call Officer Ana Veldt at 413-448-9700."
    assert unit_wording(named_story(ctx, text), clause(text)) is None
    text = "Police asked residents to report any sightings of the dark Range Rover."
    assert unit_wording(named_story(ctx, text), clause(text)) is not None
    # a participle opening the sentence is no call
    text = "Cut off from society, the children return to the world with their chances greatly impaired."
    assert unit_wording(named_story(ctx, text), clause(text)) is not None


def test_the_answer_to_a_question_left_out_is_no_summary_sentence(ctx: Context) -> None:
    text = (
        "Whose side is the Karsk government on? Based on every appearance so far, the answer is clear: not "
        "the public’s."
    )
    assert unit_wording(named_story(ctx, text), clause(text, text.index("the answer"))) is None
    # an answer that says what it answers stands
    text = "The answer to the water shortage is clear: a second reservoir on the Vell river."
    assert unit_wording(named_story(ctx, text), clause(text)) is not None
