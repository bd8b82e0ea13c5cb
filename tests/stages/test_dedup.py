"""Dedup: word shingles, and syndicated copies marked as copies of the earliest, longest, first article."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.model import Article, Report
from newsprism.stages import dedup

# The defaults from defaults.toml [dedup].
SETTINGS = {"size": 5, "num_perm": 128, "threshold": 0.5, "containment": 0.8, "seed": 1}

WIRE = """RIVENHOLM, March 10 (Continental Press) — The leaders of Valdoria and Karsk agreed on Tuesday to a \
temporary water-sharing arrangement for the Selva River, easing a dispute over a Karskian dam but stopping \
short of a permanent settlement.

Valdorian Prime Minister Annika Veldt and Karsk President Dario Kolvanek met in Rivenholm, a Valdorian city \
on the river close to the border, in their first face-to-face talks since the Dravik Dam began filling its \
reservoir in 2023.

Under the arrangement, Karsk will let at least 900 million cubic metres of water flow downstream between \
June and September, the period of peak irrigation demand in Valdoria. A joint technical commission will \
study a permanent formula for dividing the river.

Kolvanek opened the summit by presenting Veldt with a carafe of water taken from the source of the Selva, \
a gesture both delegations called symbolic.

The two countries previously shared the river under the Selva Waters Treaty, which Karsk declined to renew \
in 2022. The new commission is expected to hold its first session in May."""

# Two outlets' own accounts of one event: same names and topic, different wording throughout.
OWN_ACCOUNT_1 = """Prime Minister Annika Veldt came back from Rivenholm with a promise of summer water for \
the farms of the south, after President Dario Kolvanek of Karsk agreed that the Dravik Dam would open its \
gates in the dry months. Farmers who lost whole harvests last year said the promise was welcome but late. \
Veldt told a crowd on the promenade that her government would not stop pressing until the river flowed \
freely in every season. Engineers from Valdoria will be allowed to inspect the sluice gates before the \
irrigation season begins, a concession officials in the capital described as unexpected. The opposition \
was unimpressed. Jonas Pell said the government had traded a real treaty for a handshake and a carafe of \
spring water, and that he would wait to see whether Karsk kept its word when the summer heat arrived."""

OWN_ACCOUNT_2 = """His Excellency the President of Karsk concluded a successful summit in Rivenholm on \
Tuesday, where the two delegations reached an accord on the waters of the Selva. The Head of State reminded \
his hosts that the reservoir had protected downstream towns from the floods of 2024, saving homes and crops \
on both banks. Presidential spokeswoman Mira Dostal told journalists that Karsk had come with open hands and \
that dialogue, not pressure, served both peoples. Under the accord Karsk guarantees a release of water \
during the summer irrigation season, a commitment described in Dornhal as an expression of good \
neighbourliness. Economists in the capital welcomed the outcome, noting that the hydropower plant now \
supplies more than a third of the country's households. The president returned to Dornhal in the \
evening and was greeted at the airport by members of the government."""


def article(article_id: str, text: str, date: str | None = None) -> Article:
    return Article(id=article_id, path=f"{article_id}.txt", text=text, date=date)


def copies(articles: list[Article]) -> dict[str, str]:
    return dedup.find_copies(articles, **SETTINGS)


def test_shingles_are_lowercased_word_windows() -> None:
    assert dedup.shingles("The leaders, of Valdoria met.", 3) == {
        "the leaders of",
        "leaders of valdoria",
        "of valdoria met",
    }


def test_shingles_of_short_and_empty_texts() -> None:
    assert dedup.shingles("Two words", 5) == {"two words"}
    assert dedup.shingles("Exactly five words right here", 5) == {"exactly five words right here"}
    assert dedup.shingles("", 5) == set()
    assert dedup.shingles(" — ", 5) == set()


def test_same_wire_text_with_different_chrome_is_a_copy_of_the_earliest() -> None:
    later = article("a1", "Home > World\nAdvertisement\n" + WIRE + "\nRead more: World news", "2026-03-11")
    earlier = article("a2", "Share this article\n" + WIRE + "\n© 2026 Herald", "2026-03-10")
    assert copies([later, earlier]) == {"a1": "a2"}


def test_trimmed_copy_with_two_words_changed_is_a_copy() -> None:
    trimmed = WIRE.rsplit("\n\n", 1)[0].replace("easing a dispute", "calming a dispute")
    trimmed = trimmed.replace("face-to-face talks", "direct talks")
    assert trimmed.count("calming") == 1 and trimmed.count("direct talks") == 1
    full, short = dedup.shingles(WIRE, 5), dedup.shingles(trimmed, 5)
    assert len(full & short) / len(short) >= SETTINGS["containment"]
    assert copies([article("a1", WIRE, "2026-03-10"), article("a2", trimmed, "2026-03-10")]) == {"a2": "a1"}


def test_copy_trimmed_to_its_first_paragraphs_is_a_copy_by_containment() -> None:
    trimmed = "\n\n".join(WIRE.split("\n\n")[:2])
    full, short = dedup.shingles(WIRE, 5), dedup.shingles(trimmed, 5)
    assert len(full & short) / len(short) == 1.0 and len(full & short) / len(full | short) < 0.5
    assert copies([article("a1", WIRE, "2026-03-10"), article("a2", trimmed, "2026-03-10")]) == {"a2": "a1"}


def test_two_accounts_of_the_same_event_are_not_copies() -> None:
    assert 130 <= len(OWN_ACCOUNT_1.split()) <= 170 and 130 <= len(OWN_ACCOUNT_2.split()) <= 170
    articles = [article("a1", OWN_ACCOUNT_1), article("a2", OWN_ACCOUNT_2), article("a3", WIRE)]
    assert copies(articles) == {}


def test_undated_copy_loses_to_a_dated_one() -> None:
    assert copies([article("a1", WIRE), article("a2", WIRE, "2026-03-12")]) == {"a1": "a2"}


def test_tie_on_date_goes_to_the_longer_text() -> None:
    longer = WIRE + "\nThe commission will report to both governments by the end of the year."
    articles = [article("a1", WIRE, "2026-03-10"), article("a2", longer, "2026-03-10")]
    assert copies(articles) == {"a1": "a2"}


def test_tie_on_date_and_length_goes_to_the_first() -> None:
    articles = [
        article("a1", WIRE, "2026-03-10"),
        article("a2", WIRE, "2026-03-10"),
        article("a3", WIRE, "2026-03-10"),
    ]
    assert copies(articles) == {"a2": "a1", "a3": "a1"}
    assert copies(list(reversed(articles))) == {"a2": "a3", "a1": "a3"}


def test_empty_articles_are_never_copies() -> None:
    assert copies([article("a1", ""), article("a2", ""), article("a3", WIRE)]) == {}


def test_same_seed_same_result() -> None:
    articles = [
        article(f"a{n}", text) for n, text in enumerate([WIRE, OWN_ACCOUNT_1, WIRE, OWN_ACCOUNT_2], 1)
    ]
    assert copies(articles) == copies(articles) == {"a3": "a1"}


@pytest.mark.slow
def test_river_summit_syndicated_copy(example_report: Report) -> None:
    by_file = {Path(a.path).name: a for s in example_report.stories for a in s.articles}
    assert by_file["04_northgate_herald.txt"].copy_of == by_file["03_continental_press.txt"].id
    others = {name: a.copy_of for name, a in by_file.items() if name != "04_northgate_herald.txt"}
    assert others == dict.fromkeys(others)  # no other article is a copy
