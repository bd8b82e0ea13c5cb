"""Entities: spaCy's split names repaired, name forms and roles merged into one entity per person."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import segmented_story

from newsprism.context import Context
from newsprism.mentions import Found, _fixed_ents
from newsprism.model import Entity, Report, Story
from newsprism.pronouns import subject_before
from newsprism.stages import entities


@pytest.fixture(scope="module")
def story_of(ctx: Context):
    def build(*texts: str) -> Story:
        return entities.run(segmented_story(ctx, list(texts)), ctx)

    return build


def named(story: Story, canonical: str) -> Entity:
    found = [e for e in story.entities if e.canonical == canonical]
    assert len(found) == 1, f"{canonical!r} among {[e.canonical for e in story.entities]}"
    return found[0]


def mentions(entity: Entity) -> list[tuple[str, str, str]]:
    return [(m.article, m.text, m.kind) for m in entity.mentions]


def canonical_at(story: Story, at: int, words: str) -> str | None:
    """The canonical name of the entity the words at `at` of the story's first article mention."""
    found = entities.entity_at(story, "a1", at, at + len(words))
    return found.canonical if found else None


def people(story: Story) -> list[str]:
    return sorted(e.canonical for e in story.entities if e.type == "PERSON")


PESKOV = (
    "The Spokesman for the Kremlin Dmitry Peskov explained that Putin and Khamenei have both totally "
    "rejected “any external attempt to dictate scenarios of political settlements” regarding the strife "
    "in Syria."
)


def test_kremlin_dmitry_peskov_split_is_repaired(ctx: Context, story_of) -> None:
    doc = ctx.parse([PESKOV])[0]
    # The small spaCy model reads "the Kremlin Dmitry" as one ORG and "Peskov" as a PERSON.
    assert [(e.text, e.label_) for e in doc.ents][:2] == [("the Kremlin Dmitry", "ORG"), ("Peskov", "PERSON")]
    assert _fixed_ents(doc)[:2] == [(3, 5, "ORG"), (5, 7, "PERSON")]
    story = story_of(PESKOV)
    assert named(story, "Dmitry Peskov").type == "PERSON"
    assert mentions(named(story, "Dmitry Peskov")) == [
        ("a1", "Spokesman for the Kremlin", "role"),
        ("a1", "Dmitry Peskov", "name"),
    ]
    # the Kremlin inside his office is still the Kremlin: an organisation of its own
    assert mentions(named(story, "Kremlin")) == [("a1", "Kremlin", "name")]
    assert named(story, "Kremlin").type == "ORG"


def test_surname_and_titled_forms_merge_into_one_person(story_of) -> None:
    story = story_of(
        "Ayatollah Ali Khamenei met Vladimir Putin on Monday. Khamenei said the talks were good.",
        "Ayatollah Seyyed Ali Khamenei welcomed Putin to Tehran for talks on Syria.",
    )
    khamenei = named(story, "Ali Khamenei")
    assert mentions(khamenei) == [
        ("a1", "Ayatollah Ali Khamenei", "name"),
        ("a1", "Khamenei", "name"),
        ("a2", "Ayatollah Seyyed Ali Khamenei", "name"),
    ]
    assert khamenei.labels == {
        "a1": ["Ayatollah Ali Khamenei", "Khamenei"],
        "a2": ["Ayatollah Seyyed Ali Khamenei"],
    }
    assert mentions(named(story, "Vladimir Putin")) == [
        ("a1", "Vladimir Putin", "name"),
        ("a2", "Putin", "name"),
    ]
    assert people(story) == ["Ali Khamenei", "Vladimir Putin"]


def test_appositive_role_used_alone_later_is_a_role_mention(story_of) -> None:
    story = story_of(
        "Ayatollah Seyyed Ali Khamenei, the Leader of the Islamic Revolution, welcomed Putin. Later, the "
        "Leader of the Islamic Revolution said the Americans were not to be trusted."
    )
    text = story.articles[0].text
    khamenei = named(story, "Ali Khamenei")
    roles = [(m.start, m.end) for m in khamenei.mentions if m.kind == "role"]
    first = text.index("Leader of the Islamic Revolution")
    second = text.index("Leader of the Islamic Revolution", first + 1)
    assert roles == [(first, first + 32), (second, second + 32)]
    assert khamenei.labels["a1"] == ["Ayatollah Seyyed Ali Khamenei", "Leader of the Islamic Revolution"]


def test_office_before_a_name_is_a_role_and_recurs(story_of) -> None:
    story = story_of(
        "Russian President Vladimir Putin arrived on Monday. "
        "The Russian president then met Iranian officials."
    )
    assert mentions(named(story, "Vladimir Putin")) == [
        ("a1", "Russian President", "role"),
        ("a1", "Vladimir Putin", "name"),
        ("a1", "Russian president", "role"),
    ]


def test_the_end_of_a_bodys_name_before_a_person_is_the_office_not_the_name(story_of) -> None:
    # the parse may take "Nations" of "the United Nations" for the start of the person's name
    story = story_of("U.S. Ambassador to the United Nations Nikki Haley retweeted a criticism on Monday.")
    assert mentions(named(story, "Nikki Haley")) == [
        ("a1", "Ambassador to the United Nations", "role"),
        ("a1", "Nikki Haley", "name"),
    ]


def test_people_with_different_surnames_stay_apart(story_of) -> None:
    story = story_of(
        "Angela Merkel met Emmanuel Macron in Paris. Merkel said the talks were useful and Macron agreed."
    )
    assert people(story) == ["Angela Merkel", "Emmanuel Macron"]
    assert mentions(named(story, "Angela Merkel")) == [
        ("a1", "Angela Merkel", "name"),
        ("a1", "Merkel", "name"),
    ]
    assert mentions(named(story, "Emmanuel Macron")) == [
        ("a1", "Emmanuel Macron", "name"),
        ("a1", "Macron", "name"),
    ]


def test_people_sharing_a_surname_with_different_given_names_stay_apart(story_of) -> None:
    story = story_of(
        "President Donald Trump met reporters at the White House on Monday. His daughter Ivanka Trump joined "
        "him later, and Trump thanked her."
    )
    assert people(story) == ["Donald Trump", "Ivanka Trump"]
    assert mentions(named(story, "Ivanka Trump")) == [("a1", "Ivanka Trump", "name")]
    assert ("a1", "Donald Trump", "name") in mentions(named(story, "Donald Trump"))


def test_resolve_people_groups_by_surname_and_given_names() -> None:
    def found(text: str) -> Found:
        return Found("a1", 0, len(text), text, "PERSON", text.split())

    names = [
        "Donald Trump",
        "Ivanka Trump",
        "Donald J. Trump",
        "Ali Khamenei",
        "Seyyed Ali Khamenei",
        "Khamenei",
    ]
    groups = entities.resolve_people([found(n) for n in names])
    assert groups[0] == groups[2] != groups[1]
    assert groups[3] == groups[4] == groups[5] != groups[0]
    # initials with and without their stops are one name: "George H.W. Bush" and "George HW Bush"
    names = ["George H.W. Bush", "Barbara Bush", "George HW Bush", "George W. Bush"]
    groups = entities.resolve_people([found(n) for n in names])
    assert groups[0] == groups[2] != groups[1]
    assert groups[3] not in {groups[0], groups[1]}


def test_every_mention_slices_its_article(story_of) -> None:
    story = story_of(
        PESKOV,
        "Ayatollah Seyyed Ali Khamenei, the Leader of the Islamic Revolution, in a meeting with Russian "
        "President Vladimir Putin on Monday, welcomed cooperation. The Leader of the Islamic Revolution said "
        "Moscow’s decisions had boosted Russia’s standing.",
    )
    texts = {a.id: a.text for a in story.articles}
    assert len(story.entities) >= 6
    for entity in story.entities:
        assert entity.id.startswith("e")
        for m in entity.mentions:
            assert texts[m.article][m.start : m.end] == m.text
    assert len({e.id for e in story.entities}) == len(story.entities)


ENTITY_TEXT = (
    "Vladimir Putin made his first visit in 8 years to Tehran and he was taken to the residence of Ayatollah "
    "Ali Khamenei, where he presented the Ayatollah with an old copy of the Qur’an. Khamenei thanked Putin."
)


def test_entity_at_prefers_the_longest_overlap(story_of) -> None:
    story = story_of(ENTITY_TEXT)
    text = ENTITY_TEXT
    putin = text.index("Putin")
    assert entities.entity_at(story, "a1", putin, putin + 5).canonical == "Vladimir Putin"
    # Overlaps "Putin" by 2 characters and "Khamenei" (second sentence) by all 8.
    khamenei, last_putin = text.rindex("Khamenei"), text.rindex("Putin")
    assert entities.entity_at(story, "a1", khamenei, last_putin + 2).canonical == "Ali Khamenei"
    assert entities.entity_at(story, "a1", text.index("residence"), text.index("residence") + 9) is None
    assert entities.entity_at(story, "a2", 0, 20) is None


@pytest.mark.slow
def test_seed_pair_entities(tehran_report: Report) -> None:
    story = tehran_report.stories[0]
    by_prefix = {Path(a.path).name[:3]: a for a in story.articles}
    asharq, khamenei_ir = by_prefix["000"], by_prefix["003"]
    peskov = named(story, "Dmitry Peskov")
    assert (peskov.type, [(m.article, m.text) for m in peskov.mentions]) == (
        "PERSON",
        [(asharq.id, "Spokesman for the Kremlin"), (asharq.id, "Dmitry Peskov")],
    )
    leader = named(story, "Ali Khamenei")
    # "the Iranian leader" in one outlet, "the Leader" in the other: descriptions the story resolves
    assert "Iranian leader" in leader.labels[asharq.id]
    assert "Leader" in leader.labels[khamenei_ir.id]
    assert set(named(story, "United States").labels[khamenei_ir.id]) == {"America", "US", "United States"}
    labels = set(leader.labels[khamenei_ir.id])
    assert {
        "Ayatollah Seyyed Ali Khamenei",
        "Ayatollah Khamenei",
        "Leader of the Islamic Revolution",
    } <= labels
    assert {"Ayatollah Ali Khamenei", "Khamenei"} <= set(leader.labels[asharq.id])
    roles = [m.text for m in leader.mentions if m.article == khamenei_ir.id and m.kind == "role"]
    assert roles.count("Leader of the Islamic Revolution") == khamenei_ir.text.count(
        "Leader of the Islamic Revolution"
    )


def test_bare_office_capitalized_as_the_story_writes_it_is_the_person(story_of) -> None:
    story = story_of(
        "Ayatollah Seyyed Ali Khamenei, the Leader of the Islamic Revolution, met Russian President "
        "Vladimir Putin. Putin expressed happiness about this meeting with the Leader. The leader of a "
        "delegation spoke too."
    )
    khamenei = named(story, "Ali Khamenei")
    assert ("a1", "Leader", "role") in mentions(khamenei)
    assert [m for m in khamenei.mentions if m.text == "leader"] == []


def test_nationality_and_office_fit_the_one_person_of_that_country(story_of) -> None:
    story = story_of(
        "Russian President Vladimir Putin met Iran’s Supreme Guide Ayatollah Ali Khamenei in Tehran. "
        "Putin came to discuss Syria with the Iranian leader.",
    )
    assert ("a1", "Iranian leader", "role") in mentions(named(story, "Ali Khamenei"))
    assert "Supreme Guide" in named(story, "Ali Khamenei").labels["a1"]


def test_nationality_with_another_office_is_not_the_one_person_of_that_country(story_of) -> None:
    # Russia's ambassador is not its president, whom the story names
    story = story_of(
        "Aside from speaking to Russian President Vladimir Putin twice, Trump said he did not direct "
        "Michael Flynn to discuss sanctions with the Russian ambassador.",
    )
    assert not any(m.text == "Russian ambassador" for e in story.entities for m in e.mentions)
    # while "the Russian leader" is
    story = story_of(
        "Russian President Vladimir Putin flew to Tehran. Khamenei met the Russian leader on Monday.",
    )
    assert ("a1", "Russian leader", "role") in mentions(named(story, "Vladimir Putin"))


def test_nationality_shared_by_two_people_resolves_to_neither(story_of) -> None:
    story = story_of(
        "Russian President Vladimir Putin and Russian Foreign Minister Sergei Lavrov flew to Tehran. "
        "Reporters asked the Russian official about Syria."
    )
    assert not any(m.text == "Russian official" for e in story.entities for m in e.mentions)


def test_country_aliases_join_the_country_when_the_story_names_it(story_of) -> None:
    story = story_of(
        "The United States and Iran traded warnings. America’s policy is hostile, said Ali Khamenei.",
        "Khamenei said the US cannot be trusted and praised the Islamic Republic of Iran’s resistance.",
    )
    assert named(story, "United States").labels == {"a1": ["United States", "America"], "a2": ["US"]}
    assert named(story, "Iran").labels == {"a1": ["Iran"], "a2": ["Islamic Republic of Iran"]}


def test_an_alias_alone_stays_as_written(story_of) -> None:
    story = story_of("America’s allies met in Brussels on Monday to discuss the war.")
    assert named(story, "America").type == "GPE"


def test_an_acronym_joins_the_name_it_stands_for(story_of) -> None:
    story = story_of(
        "The Supreme Court ruled that the NCAA has illegally restricted education benefits.",
        "The court ruled the National Collegiate Athletic Association’s restrictions on education benefits "
        "violate antitrust law. The American Civil Liberties Union (ACLU) welcomed the ruling.",
        "The ACLU said the Federal Bureau of Investigation had not been asked. The FBI declined to comment.",
    )
    ncaa = named(story, "National Collegiate Athletic Association")
    assert ncaa.labels == {"a1": ["NCAA"], "a2": ["National Collegiate Athletic Association"]}
    assert set(named(story, "American Civil Liberties Union").labels) == {"a2", "a3"}
    assert named(story, "Federal Bureau of Investigation").labels["a3"] == [
        "Federal Bureau of Investigation",
        "FBI",
    ]
    assert not any(e.canonical in {"NCAA", "ACLU", "FBI"} for e in story.entities)


def test_an_acronym_two_names_could_stand_for_stays_apart(story_of) -> None:
    story = story_of(
        "The National Rifle Association and the National Restaurant Association both lobbied the NRA board.",
    )
    assert named(story, "NRA").labels == {"a1": ["NRA"]}


def test_a_platform_the_parse_takes_for_a_person_is_no_person(story_of) -> None:
    story = story_of(
        "Rebekah Martinez has been posting on Instagram and Twitter since she was reported missing. "
        "Follow her on Twitter @LCStansberry."
    )
    assert people(story) == ["Rebekah Martinez"]


def test_a_surname_two_people_share_goes_to_the_one_named_most(story_of) -> None:
    # the parse takes the last "Trump" for an organisation; the surname is still a person's
    story = story_of(
        "Donald Trump met reporters on Thursday. Donald Trump spoke for an hour. Melania Trump stood beside "
        "him. Trump's campaign said the talks went well."
    )
    assert canonical_at(story, story.articles[0].text.rindex("Trump"), "Trump") == "Donald Trump"


def test_the_head_of_state_is_the_one_person_the_story_calls_president(story_of) -> None:
    text = (
        "Karsk President Dario Kolvanek met Valdorian Prime Minister Annika Veldt in Rivenholm. "
        "The Head of State presented Veldt with a carafe of spring water."
    )
    assert canonical_at(story_of(text), text.index("Head of State"), "Head of State") == "Dario Kolvanek"


def test_a_common_word_opening_the_sentence_is_not_part_of_a_name(story_of) -> None:
    text = (
        "The girl died in January. Parents Ashley and Evan Boyle filed a negligence lawsuit while their only "
        "child was in a coma. Her parents said nobody administered CPR."
    )
    assert people(story_of(text)) == ["Ashley", "Evan Boyle"]
    # a given name the story also writes inside a sentence stays
    text = "Will Smith left early. He will return. The actor Will Smith said so."
    assert people(story_of(text)) == ["Will Smith"]
    # nor is a verb opening it, which the small model may take into the name ("Fearing Helena")
    text = "Fearing Helena's wrath, the city closed its schools. Helena is moving north."
    assert people(story_of(text)) == ["Helena"]
    # nor a possessive ending, after which nothing is a name ("the president’s son")
    text = "The probe tied to Hunter Biden, the president’s son, will remain in place, an official said."
    assert people(story_of(text)) == ["Hunter Biden"]


def test_a_lone_surname_titled_as_either_sex_among_namesakes_stays_apart(story_of) -> None:
    text = (
        "Gary Wilson and Jane Wilson went walking in Snowdonia.\n\nMrs Wilson fell from a ledge.\n\n"
        "Mr Wilson was led to safety by the rescue team. Wilson said the app had failed them."
    )
    story = story_of(text)
    # which of the couple each title is, the text does not say: neither goes to the one named most
    assert people(story) == ["Gary Wilson", "Jane Wilson", "Mr Wilson", "Mrs Wilson"]
    # one title alone still goes with the untitled surname to the one named most
    story = story_of(text.replace("Mrs Wilson", "Mr Wilson"))
    assert people(story) == ["Gary Wilson", "Jane Wilson"]


def test_a_surname_the_parse_takes_for_no_name_is_still_the_person(story_of) -> None:
    text = (
        "Richard Schmack reopened the case. Maria Ridulph was abducted in 1957 near her home. "
        "Schmack also reviewed police reports. In his review he said the documents pointed to innocence."
    )
    story = story_of(text)
    assert canonical_at(story, text.index("Schmack also"), "Schmack") == "Richard Schmack"
    # whom "he" stands for follows: the last person named as a subject is Schmack, not the girl
    article = story.articles[0]
    assert subject_before(story, article, text.index("he said")).canonical == "Richard Schmack"


def test_a_surname_that_is_a_common_word_is_the_person_where_it_acts(story_of) -> None:
    # the small model reads "Winter" opening a sentence as a season
    text = (
        "Ariel Winter wore a gilded minidress to the panel. Some commenters said it was too much. "
        "Winter chose to answer on Instagram on Thursday evening."
    )
    story = story_of(text)
    assert canonical_at(story, text.index("Winter chose"), "Winter") == "Ariel Winter"


def test_a_surname_inside_another_name_or_phrase_is_not_the_person(story_of) -> None:
    text = (
        "Tom Perkins and Jordan West spoke on Monday. Kleiner Perkins filed papers in San Francisco. "
        "The Head of West said nothing. Read more in the West Bank report."
    )
    story = story_of(text)
    for words in ("Kleiner Perkins", "Head of West", "West Bank"):
        at = text.index(words) + len(words) - len(words.split()[-1])
        assert canonical_at(story, at, words.split()[-1]) not in {"Tom Perkins", "Jordan West"}, words


def test_a_person_of_a_place_is_the_person_not_the_place(story_of) -> None:
    # the small model reads "Mollie Olgin of Ingleside" as one name: the town is no surname of hers
    text = "Mollie Olgin of Ingleside was found dead on Saturday. The Ingleside community is mourning."
    story = story_of(text)
    assert "Mollie Olgin" in people(story)
    assert canonical_at(story, text.index("Ingleside community"), "Ingleside") != "Mollie Olgin"
    assert all(" of " not in name for name in people(story))


def test_a_live_blogs_time_is_no_part_of_the_name_after_it(story_of) -> None:
    # "12:39 A.M. Israel and Hamas have agreed …": the small model reads "A.M. Israel" as one name
    text = (
        "12:39 A.M. Israel and Hamas have agreed to a ceasefire starting on Friday.\n\n"
        "1:15 A.M. Hamas says it will abide by the truce. Israel said the truce would hold."
    )
    story = story_of(text)
    names = [e.canonical for e in story.entities]
    assert not [n for n in names if "A.M." in n], names


def test_a_name_after_a_possessive_is_whose_not_part_of_the_name(story_of) -> None:
    # the small model reads "Mr. Cosby’s Jesus" as one name, and the summary had written "the persecution
    # of Cosby’s Jesus" for "the persecution of Jesus"
    text = (
        "Wyatt referenced the persecution of Jesus while talking about Cosby. "
        "“Not saying Mr. Cosby’s Jesus, but we know what this country has done,” he said."
    )
    story = story_of(text)
    assert not [n for n in people(story) if "’s" in n or "'s" in n], people(story)


def test_what_a_person_is_opening_a_sentence_is_no_part_of_their_name(story_of) -> None:
    # "Astrophysicist", taken into the name where it opens a sentence, is what Nikolai Kardashev is: the
    # other outlet names him without it
    story = story_of(
        "Astrophysicist Nikolai Kardashev first proposed these three types in 1962. Kardashev died in 2019.",
        "In 1962, the astronomer Nikolai Kardashev proposed that civilizations would be of three types.",
    )
    assert people(story) == ["Nikolai Kardashev"]
    # a name that opens a sentence whole stays whole
    story = story_of(
        "Mary Ann Kolvanek proposed the plan in 1962. Kolvanek died in 2019.",
        "In 1962, the engineer Kolvanek proposed the plan.",
    )
    assert people(story) == ["Mary Ann Kolvanek"]
