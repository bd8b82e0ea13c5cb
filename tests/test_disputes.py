"""Disputes: who, where, which office, and a claim stated against denied, read off real parses."""

from __future__ import annotations

import pytest
from builders import segmented_story

from newsprism.context import Context
from newsprism.disputes import office, same_office
from newsprism.model import Span, Story, Unit
from newsprism.stages import conflicts, entities, quantities


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Russian President", "president"),
        ("the Foreign Minister", "foreign minister"),
        ("Vice President", "vice president"),
        ("Defense Secretary", "defence minister"),  # a secretary with a portfolio is its minister
        ("Foreign Secretary", "foreign minister"),
        ("Secretary of State", "foreign minister"),
        ("Spokesman for the Kremlin", "spokesperson"),
        ("Supreme Guide", None),  # an honorific style: framing, not an office to dispute
        ("Leader of the Islamic Revolution", None),
        ("Vladimir Putin", None),
    ],
)
def test_office_of_a_label(label: str, expected: str | None) -> None:
    assert office(label) == expected


def test_an_office_said_more_fully_is_the_same_office() -> None:
    assert same_office("minister", "foreign minister")
    assert not same_office("president", "vice president")  # a rank makes another office
    assert not same_office("foreign minister", "defence minister")


def story_of(ctx: Context, first: str, second: str, dates: tuple[str, str] | None = None) -> Story:
    """Two outlets' versions of one fact, aligned by hand as one unit over their first sentences."""
    story = segmented_story(ctx, [first, second], ["The Meridian Post", "Karsk News Agency"])
    for article, day in zip(story.articles, dates or (None, None), strict=True):
        article.date = day
    entities.run(story, ctx)
    quantities.run(story, ctx)
    evidence = [Span(a.id, *a.sentences[0], a.text[slice(*a.sentences[0])]) for a in story.articles]
    outlets = [a.outlet or "" for a in story.articles]
    story.units = [Unit("u1", first, ["a1", "a2"], "all", evidence, outlets)]
    return story


def kinds(story: Story) -> list[tuple[str, str, list[str]]]:
    return [(c.kind, c.severity, [v.text for v in c.values]) for c in conflicts.find_conflicts(story)]


def test_one_outlet_denies_what_the_other_states(ctx: Context) -> None:
    story = story_of(
        ctx, "Karsk signed the water agreement in Rivenholm.", "Karsk did not sign the water agreement."
    )
    assert kinds(story) == [
        ("claim", "contradiction", ["Karsk signed the water agreement in Rivenholm.", "not"]),
    ]


def test_a_denial_verb_denies_the_act_it_governs(ctx: Context) -> None:
    story = story_of(ctx, "Karsk signed the water agreement.", "Karsk denied signing the water agreement.")
    ((kind, _, values),) = kinds(story)
    assert (kind, values[1]) == ("claim", "denied")


def test_negations_of_different_acts_are_no_claim_conflict(ctx: Context) -> None:
    story = story_of(ctx, "Karsk signed the water agreement.", "Karsk did not publish the water agreement.")
    assert kinds(story) == []


def test_different_actors_of_one_act(ctx: Context) -> None:
    story = story_of(
        ctx,
        "Vladimir Putin handed Ali Khamenei a rare copy of the Qur'an.",
        "Hassan Rouhani handed Ali Khamenei a rare copy of the Qur'an.",
    )
    ((kind, severity, values),) = kinds(story)
    assert (kind, severity, values) == ("attribute", "discrepancy", ["Putin", "Rouhani"])
    (conflict,) = conflicts.find_conflicts(story)
    assert conflict.about.startswith("who: ")
    assert [v.normalized["value"] for v in conflict.values] == ["Vladimir Putin", "Hassan Rouhani"]


def test_who_announced_a_fact_is_its_source_not_its_actor(ctx: Context) -> None:
    story = story_of(
        ctx, "The Kremlin said the talks were useful.", "Ali Khamenei said the talks were useful."
    )
    assert kinds(story) == []


def test_different_places_of_one_event(ctx: Context) -> None:
    story = story_of(
        ctx, "The two ministers met in Tehran on Monday.", "The two ministers met in Moscow on Monday."
    )
    (conflict,) = conflicts.find_conflicts(story)
    assert (conflict.kind, [v.text for v in conflict.values]) == ("attribute", ["Tehran", "Moscow"])
    assert conflict.about.startswith("where: ")


def test_a_city_and_its_country_are_no_dispute_about_where(ctx: Context) -> None:
    story = story_of(
        ctx,
        "The two ministers met in Tehran on Monday. Tehran, Iran was calm.",
        "The two ministers met in Iran on Monday.",
    )
    assert kinds(story) == []


def test_two_offices_for_one_person(ctx: Context) -> None:
    story = story_of(
        ctx,
        "Foreign Minister Sergei Lavrov arrived in Rivenholm.",
        "Sergei Lavrov, the defence minister, arrived in Rivenholm.",
    )
    (conflict,) = [c for c in conflicts.find_conflicts(story) if c.about.startswith("office")]
    assert (conflict.about, [v.text for v in conflict.values]) == (
        "office of Sergei Lavrov",
        ["Foreign Minister", "defence minister"],
    )
    assert [v.normalized["value"] for v in conflict.values] == ["foreign minister", "defence minister"]


def test_dates_of_one_meeting_that_cannot_both_hold(ctx: Context) -> None:
    story = story_of(
        ctx,
        "The ministers' meeting was held on Monday in Rivenholm.",
        "The ministers' meeting was held on Tuesday in Rivenholm.",
        ("2026-03-11", "2026-03-11"),
    )
    (conflict,) = conflicts.find_conflicts(story)
    assert (conflict.kind, conflict.about, conflict.severity) == (
        "date",
        "date of the meeting",
        "contradiction",
    )
    assert [v.normalized["iso"] for v in conflict.values] == ["2026-03-09", "2026-03-10"]


def test_a_less_precise_date_is_no_conflict(ctx: Context) -> None:
    story = story_of(
        ctx,
        "The ministers' meeting was held earlier this month in Rivenholm.",
        "The ministers' meeting was held on Monday in Rivenholm.",
        ("2026-03-11", "2026-03-11"),
    )
    assert kinds(story) == []


def test_one_outlet_states_what_another_reports_as_denied(ctx: Context) -> None:
    story = story_of(
        ctx,
        "Roger Stone was convicted on Friday of lying to Congress.",
        "Roger Stone has denied wrongdoing throughout the case.",
    )
    (conflict,) = conflicts.find_conflicts(story)
    assert (conflict.kind, conflict.severity, conflict.units) == ("claim", "discrepancy", [])
    assert conflict.about.startswith("Roger Stone denies: Roger Stone has denied wrongdoing")
    assert [(v.outlet, v.text, v.normalized["value"]) for v in conflict.values] == [
        ("The Meridian Post", "Roger Stone was convicted on Friday of lying to Congress.", "states"),
        ("Karsk News Agency", "denied", "denies"),
    ]


def test_a_denial_both_outlets_carry_is_no_conflict(ctx: Context) -> None:
    story = story_of(
        ctx,
        "Roger Stone was convicted on Friday. He denied any wrongdoing.",
        "Roger Stone has denied wrongdoing throughout the case.",
    )
    assert kinds(story) == []


def test_a_denial_in_a_relative_clause_is_no_conflict(ctx: Context) -> None:
    # the outlet states the matter too; the denial only tells what Novak used to say
    story = story_of(
        ctx,
        "A DNA test established that Jarek Novak is the father of the child.",
        "A DNA test confirmed that Jarek Novak is the father of a child in Karsk that he has denied having.",
    )
    assert kinds(story) == []


def test_a_denial_the_other_outlet_carries_in_a_relative_clause_is_no_conflict(ctx: Context) -> None:
    # both report the denial: one as its news, one as background to the test's result
    story = story_of(
        ctx,
        "For months, Jarek Novak denied that he fathered the child in Karsk.",
        "A DNA test confirmed that Jarek Novak is the father of a child in Karsk that he has denied having.",
    )
    assert kinds(story) == []


def test_a_denial_of_someone_the_other_outlet_never_names_is_no_conflict(ctx: Context) -> None:
    story = story_of(ctx, "The jury met on Friday in Rivenholm.", "Roger Stone has denied wrongdoing.")
    assert kinds(story) == []


def test_dismissing_a_person_is_no_denial(ctx: Context) -> None:
    # "dismissed Corey Lewandowski": he was fired, not a claim rejected
    story = story_of(
        ctx,
        "Donald Trump dismissed Corey Lewandowski in June.",
        "Corey Lewandowski ran the campaign of Donald Trump until June.",
    )
    assert kinds(story) == []


def test_an_attempt_to_debunk_is_no_denial(ctx: Context) -> None:
    story = story_of(
        ctx,
        "Mike Brown and Konstantin Batygin struggled to debunk the hypothetical ninth planet.",
        "Mike Brown believes the ninth planet is real.",
    )
    assert kinds(story) == []


def test_a_denial_answers_what_it_denies_not_the_rest_of_its_sentence(ctx: Context) -> None:
    # what Trump called the story is his, not the matter: "news" in it ties no other sentence to the denial
    story = story_of(
        ctx,
        "Donald Trump produced no shortage of news in his first press conference on Thursday.",
        "Donald Trump dismissed the Times story on contacts with Russian officials as fake news.",
    )
    assert kinds(story) == []


def test_a_sentence_telling_the_denial_too_states_nothing_against_it(ctx: Context) -> None:
    story = story_of(
        ctx,
        "New accusations reached Harvey Weinstein, a producer who denies allegations including assault.",
        "Harvey Weinstein has denied any allegations of nonconsensual sex.",
    )
    assert kinds(story) == []


def test_a_denial_told_of_someone_in_a_relative_clause_is_carried(ctx: Context) -> None:
    # the first outlet tells Weinstein's denial beside his name, so its other sentences state nothing
    # against it
    story = story_of(
        ctx,
        "Talk turned to Harvey Weinstein, a producer who denies allegations including assault. "
        "Matt Damon compared allegations against Harvey Weinstein and others.",
        "Harvey Weinstein has denied any allegations of nonconsensual sex.",
    )
    assert kinds(story) == []


def test_a_denial_of_a_denial_is_disputed_only_by_the_denial_it_denies(ctx: Context) -> None:
    # what Trump says of climate change now agrees with his denying that he ever denied it
    story = story_of(
        ctx,
        "Climate change is probably real but not caused by man, Donald Trump said in an interview.",
        "Donald Trump now denies denying climate change.",
    )
    assert conflicts.find_conflicts(story) == []
    # an outlet telling that he did deny it states what he denies, and it is one point
    story = story_of(
        ctx,
        "Donald Trump has long called climate change a hoax invented by China.",
        "Donald Trump now denies denying climate change.",
    )
    assert [c.about for c in conflicts.find_conflicts(story)] == [
        "Donald Trump denies: Donald Trump now denies denying climate change."
    ]


def test_a_name_alone_does_not_tie_a_statement_to_a_denial(ctx: Context) -> None:
    # the killing, told without saying who was behind it, does not answer the denial of responsibility
    story = story_of(
        ctx,
        "Kim Jong-nam, the half-brother of the leader of North Korea, was killed by a nerve agent.",
        "North Korea denied any responsibility for the death of Kim Jong-nam.",
    )
    assert kinds(story) == []
    # a statement of who was behind it does
    story = story_of(
        ctx,
        "Agents of North Korea were responsible for the death of Kim Jong-nam, Malaysia said.",
        "North Korea denied any responsibility for the death of Kim Jong-nam.",
    )
    assert [kind for kind, _, _ in kinds(story)] == ["claim"]
    # denying that something is so is answered by a statement of that thing, named
    story = story_of(
        ctx,
        "Prosecutors revealed a deal with the publisher for its $150,000 payout to one of the alleged Donald "
        "Trump mistresses, the model Karen Veldt.",
        "In a tweet, Donald Trump denied the payments to Anna Roth and Karen Veldt were campaign "
        'contributions, instead calling them a "simple private transaction."',
    )
    assert [kind for kind, _, _ in kinds(story)] == ["claim"]


def test_calling_a_report_fake_news_carries_the_denial(ctx: Context) -> None:
    # both outlets tell Trump rejecting the reports, one in words of its own
    story = story_of(
        ctx,
        "Donald Trump blasted reports of contacts between his campaign and Russian officials as fake news.",
        "Donald Trump dismissed the Times story on contacts between his campaign and Russian officials as "
        "a joke.",
    )
    assert kinds(story) == []
    contacts = "contacts between his campaign and Russian officials"
    dismissed = f"Donald Trump dismissed the Times story on {contacts}."
    # the outlet says so in a sentence of its own, after one that tells of the reports
    asked = f"Donald Trump was asked about reported {contacts}."
    story = story_of(ctx, f"{asked} Donald Trump blasted such stories as fake news.", dismissed)
    assert kinds(story) == []
    # calling something else fake news carries no denial of the story
    story = story_of(ctx, f"{asked} Donald Trump often derides CNN as fake news.", dismissed)
    assert [kind for kind, _, _ in kinds(story)] == ["claim"]


def test_different_actors_of_different_acts_are_no_dispute(ctx: Context) -> None:
    story = story_of(
        ctx,
        "Vladimir Putin handed Ali Khamenei a rare copy of the Qur'an.",
        "Hassan Rouhani praised the cooperation between the two countries.",
    )
    assert kinds(story) == []


def test_a_negation_inside_a_quotation_is_not_the_outlets_claim(ctx: Context) -> None:
    story = story_of(
        ctx,
        "“Karsk signed the water agreement,” he said.",
        "“Karsk did not sign the water agreement,” he said.",
    )
    assert kinds(story) == []


def test_a_negation_with_a_curly_apostrophe_is_a_negation(ctx: Context) -> None:
    story = story_of(
        ctx,
        "The public doesn't believe the ministry anymore, the minister said.",
        "The minister told the press the public doesn’t believe the ministry anymore.",
    )
    assert kinds(story) == []


def test_a_name_and_the_fuller_name_that_holds_it_are_one_actor(ctx: Context) -> None:
    # the small parse takes "Elon" alone for an organisation, and the story names Elon Musk
    story = story_of(
        ctx,
        "Last week, Elon opened a discussion with the board about taking the company private.",
        "Last week, Elon Musk opened a discussion with the board about taking the company private.",
    )
    assert kinds(story) == []


def test_a_label_that_joins_two_offices_holds_each(ctx: Context) -> None:
    story = story_of(
        ctx,
        "Kenneth Moch, the president, resigned on Monday.",
        "Kenneth Moch, president and CEO of Chimerix, resigned on Monday.",
    )
    assert kinds(story) == []
    # an office that is neither is still a dispute, its label read once
    story = story_of(
        ctx,
        "Kenneth Moch, the chairman, resigned on Monday.",
        "Kenneth Moch, president and CEO of Chimerix, resigned on Monday.",
    )
    (conflict,) = conflicts.find_conflicts(story)
    assert [v.text for v in conflict.values] == ["chairman", "president and CEO of Chimerix"]


def test_the_dates_of_a_photo_and_of_an_embedded_post_are_no_dispute(ctx: Context) -> None:
    own = "Donald Trump held a campaign rally in Fairfield on August 14, 2016."
    post = (
        "Donald Trump attacked the media on Sunday. I would be beating Hillary by 20% — Donald J. Trump "
        "(@realDonaldTrump) August 13, 2016"
    )
    caption = (
        "Donald Trump attacked the media again. Republican presidential candidate Donald Trump speaks during "
        "a campaign rally at Sacred Heart University, Saturday, Aug. 13, 2016, in Fairfield, Conn."
    )
    assert kinds(story_of(ctx, own, post)) == []
    assert kinds(story_of(ctx, own, caption)) == []
    # the other date in the outlet's own sentence is a dispute
    story = story_of(ctx, own, "Donald Trump held a campaign rally in Fairfield on Aug. 13, 2016.")
    assert [k[0] for k in kinds(story)] == ["date"]
