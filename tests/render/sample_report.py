"""A small, complete Report built by hand, with hostile article text; every offset is found in the text."""

from __future__ import annotations

from newsprism.model import (
    Article,
    Conflict,
    ConflictValue,
    Entity,
    Framing,
    Loaded,
    Mention,
    Quote,
    QuoteVariant,
    Removed,
    Report,
    Skipped,
    Span,
    Story,
    SummarySentence,
    Unit,
)

SCRIPT_PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>"
LINK_PAYLOAD = '"]]><a href="javascript:alert(3)">x</a>'

MEETING_A1 = "The meeting continued for more than an hour and a half, officials said " + SCRIPT_PAYLOAD
TEXT_A1 = (
    "Russian President Vladimir Putin met Iran's Supreme Guide Ali Khamenei in Tehran on Monday.\n"
    + MEETING_A1
    + ".\nPutin gave Khamenei an old handwritten Qur'an.\n"
    + "“We will not allow outside attempts to dictate a settlement in Syria,” Khamenei said."
)
TEXT_A2 = (
    "Leader of the Islamic Revolution Ayatollah Ali Khamenei received Vladimir Putin in Tehran.\n"
    "The two leaders talked for around two hours.\n"
    "Putin presented the Leader with a rare handwritten copy of the Holy Qur'an.\n"
    "“We will not allow outside attempts to dictate a settlement,” the Leader said.\n"
    "An archived comment read " + LINK_PAYLOAD + " under the page."
)

SUMMARY = [
    "Putin gave Khamenei a handwritten Qur'an.",
    "Asharq Al-Awsat says the meeting lasted more than an hour and a half; "
    "Tehran Times says around two hours.",
]


def span(article: Article, fragment: str) -> Span:
    start = article.text.index(fragment)
    return article.span(start, start + len(fragment))


def mention(article: Article, fragment: str, kind: str = "name") -> Mention:
    found = span(article, fragment)
    return Mention(article.id, found.start, found.end, found.text, kind)


def loaded(article: Article, fragment: str) -> Loaded:
    found = span(article, fragment)
    return Loaded(found.text, found.start, found.end)


def build_report() -> Report:
    a1 = Article(
        id="a1",
        path="inputs/aawsat.html",
        text=TEXT_A1,
        title="Putin meets Khamenei | Asharq Al-Awsat",
        outlet="Asharq Al-Awsat",
        date="2015-11-24",
        url="https://english.aawsat.com/putin-khamenei",
        language="en",
        removed=[
            Removed("caption-repeat", "Photo: <img src=x onerror=alert(6)>"),
            Removed("site-chrome", "Subscribe to our newsletter"),
        ],
    )
    a2 = Article(
        id="a2",
        path="inputs/feed.xml#3",
        text=TEXT_A2,
        title="Leader receives Putin <b onmouseover=alert(5)>",
        outlet="Tehran Times",
        date="2015-11-23",
        url="javascript:alert(4)",
        language="en",
    )
    khamenei = Entity(
        id="e1",
        canonical="Ali Khamenei",
        type="PERSON",
        labels={
            "a1": ["Supreme Guide", "Ali Khamenei"],
            "a2": ["Leader of the Islamic Revolution", "Ayatollah Ali Khamenei", "the Leader"],
        },
        mentions=[
            mention(a1, "Ali Khamenei"),
            mention(a1, "Supreme Guide", "title"),
            mention(a2, "Ayatollah Ali Khamenei"),
            mention(a2, "the Leader", "role"),
        ],
    )
    putin = Entity(
        id="e2",
        canonical="Vladimir Putin",
        type="PERSON",
        labels={"a1": ["Russian President Vladimir Putin", "Putin | Kremlin"], "a2": ["Vladimir Putin"]},
        mentions=[mention(a1, "Russian President Vladimir Putin"), mention(a2, "Vladimir Putin")],
    )
    quote_a1 = span(a1, "We will not allow outside attempts to dictate a settlement in Syria,")
    quote_a2 = span(a2, "We will not allow outside attempts to dictate a settlement,")
    quote = Quote(
        id="q1",
        speaker="e1",
        speaker_text="Khamenei",
        variants=[
            QuoteVariant(
                "a1", quote_a1.start, quote_a1.end, quote_a1.text, cue="said", speaker_text="Khamenei",
                quoted=[quote_a1], differs=[span(a1, "in Syria")],
            ),
            QuoteVariant(
                "a2", quote_a2.start, quote_a2.end, quote_a2.text, cue="said", speaker_text="the Leader",
                quoted=[quote_a2],
            ),
        ],
        agreement="trimmed",
    )  # fmt: skip
    # an outlet's hostile text as a quote attributed to two speakers, differing words over the payload
    read_a2 = span(a2, LINK_PAYLOAD)
    relayed_a1 = span(a1, SCRIPT_PAYLOAD)
    hostile = Quote(
        id="q2",
        speaker="e2",
        speaker_text="Vladimir Putin",
        variants=[
            QuoteVariant(
                "a1", relayed_a1.start, relayed_a1.end, relayed_a1.text, cue="said", direct=False,
                speaker_text="officials", differs=[relayed_a1],
            ),
            QuoteVariant(
                "a2", read_a2.start, read_a2.end, read_a2.text, cue="read",
                speaker_text="An archived comment", speaker="e2", differs=[read_a2],
            ),
        ],
        agreement="altered",
        speaker_mismatch=True,
    )  # fmt: skip
    units = [
        Unit(
            id="u1",
            text="Putin gave Khamenei an old handwritten Qur'an",
            articles=["a1", "a2"],
            coverage="all",
            evidence=[
                span(a1, "Putin gave Khamenei an old handwritten Qur'an."),
                span(a2, "Putin presented the Leader with a rare handwritten copy of the Holy Qur'an."),
            ],
            outlets=["Asharq Al-Awsat", "Tehran Times"],
        ),
        Unit(
            id="u2",
            text="The meeting lasted more than an hour and a half",
            articles=["a1"],
            coverage="one",
            evidence=[span(a1, MEETING_A1)],
            outlets=["Asharq Al-Awsat"],
        ),
        Unit(
            id="u3",
            text="The leaders talked for around two hours",
            articles=["a2"],
            coverage="one",
            evidence=[span(a2, "The two leaders talked for around two hours.")],
            outlets=["Tehran Times"],
        ),
    ]
    wording_a1 = span(a1, "more than an hour and a half")
    wording_a2 = span(a2, "around two hours")
    conflict = Conflict(
        id="c1",
        kind="duration",
        about="meeting duration",
        units=["u2", "u3"],
        values=[
            ConflictValue(
                "a1",
                wording_a1.text,
                {"low": 5400, "high": None, "unit": "s"},
                wording_a1.start,
                wording_a1.end,
                "Asharq Al-Awsat",
            ),
            ConflictValue(
                "a2",
                wording_a2.text,
                {"low": 6300, "high": 8100, "unit": "s"},
                wording_a2.start,
                wording_a2.end,
                "Tehran Times",
            ),
        ],
    )
    framing = {
        "a1": Framing(
            headline=a1.title,
            lead=a1.text.split("\n")[0],
            emphasis=["u2", "u1"],
            loaded=[loaded(a1, "Supreme Guide")],
            exclusive=["u2"],
        ),
        "a2": Framing(
            headline=a2.title,
            lead=a2.text.split("\n")[0],
            emphasis=["u1", "u3"],
            loaded=[loaded(a2, "Leader of the Islamic Revolution")],
            exclusive=["u3"],
        ),
    }
    story = Story(
        id="s1",
        title="Putin meets Khamenei in Tehran",
        first_seen="2015-11-23",
        last_seen="2015-11-24",
        articles=[a1, a2],
        entities=[khamenei, putin],
        quotes=[quote, hostile],
        units=units,
        conflicts=[conflict],
        framing=framing,
        summary=[
            SummarySentence(SUMMARY[0], ["a1", "a2"], ["u1"]),
            SummarySentence(SUMMARY[1], ["a1", "a2"], ["u2", "u3"]),
        ],
    )
    return Report(
        generated_at="2025-01-01T00:00:00+00:00",
        settings={"embed": {"backend": "hashing"}},
        inputs=3,
        skipped=[Skipped("inputs/photo.jpg", "E104", "binary file, not text")],
        stories=[story],
        timings={"clean": 0.25},
    )
