"""Dedup: word shingles, copies of each kind found and kept apart from other accounts of the same event,
originals (earliest, longest, first), copy kinds (duplicate or syndication) and incremental runs."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from newsprism.context import Context
from newsprism.model import Article, Report
from newsprism.settings import load_settings
from newsprism.stages import dedup

SETTINGS = load_settings(environ={}).dedup  # the defaults from defaults.toml [dedup]

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


def article(
    article_id: str, text: str, date: str | None = None, outlet: str | None = None, url: str | None = None
) -> Article:
    return Article(id=article_id, path=f"{article_id}.txt", text=text, date=date, outlet=outlet, url=url)


def copies(articles: list[Article]) -> dict[str, str]:
    return dedup.find_copies(articles, SETTINGS)


def every_nth_word_changed(text: str, n: int) -> str:
    """Every `n`th word replaced, deleted or followed by an inserted word, in turn; paragraphs kept."""
    edited, count = [], 0
    for paragraph in text.split("\n\n"):
        out: list[str] = []
        for word in paragraph.split():
            count += 1
            turn = count // n % 3
            if count % n:
                out.append(word)
            elif turn == 0:
                out.append("altered")
            elif turn == 2:
                out += [word, "indeed"]
        edited.append(" ".join(out))
    return "\n\n".join(edited)


CHROME_ABOVE = "Home > World > Europe\nShare on Facebook Share on Twitter\nBy Maria Okafor, Daily Courier\n\n"
CHROME_BELOW = "\n\n© 2026 Daily Courier. All rights reserved.\nSign up for our daily newsletter"


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


def test_shingle_hashes_are_one_sorted_hash_per_distinct_shingle() -> None:
    hashes = dedup.shingle_hashes("the river the river the river flows", 2)
    assert hashes.dtype == np.uint32 and list(hashes) == sorted(set(hashes))
    assert len(hashes) == len(dedup.shingles("the river the river the river flows", 2)) == 3


def test_copy_with_other_chrome_and_byline_is_a_copy_of_the_earliest() -> None:
    later = article("a1", CHROME_ABOVE + WIRE + CHROME_BELOW, "2026-03-11")
    earlier = article(
        "a2", "Share this article\nBy Tom Brennan\n\n" + WIRE + "\n\n© 2026 Herald", "2026-03-10"
    )
    assert copies([later, earlier]) == {"a1": "a2"}


def test_trimmed_copy_with_two_words_changed_is_a_copy() -> None:
    trimmed = WIRE.rsplit("\n\n", 1)[0].replace("easing a dispute", "calming a dispute")
    trimmed = trimmed.replace("face-to-face talks", "direct talks")
    assert trimmed.count("calming") == 1 and trimmed.count("direct talks") == 1
    assert copies([article("a1", WIRE, "2026-03-10"), article("a2", trimmed, "2026-03-10")]) == {"a2": "a1"}


def test_copy_trimmed_to_its_first_paragraphs_is_a_copy() -> None:
    trimmed = "\n\n".join(WIRE.split("\n\n")[:2])
    assert copies([article("a1", WIRE, "2026-03-10"), article("a2", trimmed, "2026-03-10")]) == {"a2": "a1"}


def test_containment_makes_a_copy_where_jaccard_does_not() -> None:
    first_paragraph = dedup.shingle_hashes(WIRE.split("\n\n")[0], SETTINGS.shingle)
    whole = dedup.shingle_hashes(WIRE, SETTINGS.shingle)
    assert len(first_paragraph) / len(whole) < SETTINGS.threshold  # Jaccard, as the paragraph is inside
    assert dedup.is_copy(first_paragraph, whole, SETTINGS)
    assert not dedup.is_copy(first_paragraph, whole, replace(SETTINGS, containment=1.01))


def test_copy_under_another_headline_is_a_copy() -> None:
    retitled = "Neighbours strike stopgap deal over Selva dam\n\n" + WIRE
    titled = "Valdoria, Karsk reach interim deal on Selva River water\n\n" + WIRE
    assert copies([article("a1", titled, "2026-03-10"), article("a2", retitled, "2026-03-11")]) == {
        "a2": "a1"
    }


def test_copy_with_one_word_in_ten_changed_is_a_copy() -> None:
    edited = every_nth_word_changed(WIRE, 10)
    assert copies([article("a1", WIRE, "2026-03-10"), article("a2", edited, "2026-03-11")]) == {"a2": "a1"}


def test_copy_with_chrome_trim_and_one_word_in_twenty_changed_is_a_copy() -> None:
    trimmed = "\n\n".join(WIRE.split("\n\n")[:4])
    edited = CHROME_ABOVE + every_nth_word_changed(trimmed, 20) + CHROME_BELOW
    assert copies([article("a1", WIRE, "2026-03-10"), article("a2", edited, "2026-03-11")]) == {"a2": "a1"}


def test_two_accounts_of_the_same_event_are_not_copies() -> None:
    assert 130 <= len(OWN_ACCOUNT_1.split()) <= 170 and 130 <= len(OWN_ACCOUNT_2.split()) <= 170
    articles = [article("a1", OWN_ACCOUNT_1), article("a2", OWN_ACCOUNT_2), article("a3", WIRE)]
    assert copies(articles) == {}


def test_copies_of_one_original_are_one_group() -> None:
    articles = [
        article("a1", WIRE, "2026-03-10"),
        article("a2", every_nth_word_changed(WIRE, 10), "2026-03-11"),
        article("a3", CHROME_ABOVE + WIRE, "2026-03-12"),
        article("a4", OWN_ACCOUNT_1, "2026-03-10"),
    ]
    assert copies(articles) == {"a2": "a1", "a3": "a1"}


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


@pytest.mark.parametrize(
    ("copy", "original", "kind"),
    [
        (
            article("a2", WIRE, outlet="Northgate Herald"),
            article("a1", WIRE, outlet="Continental Press"),
            "syndication",
        ),
        (
            article("a2", WIRE, outlet="northgate herald"),
            article("a1", WIRE, outlet="Northgate Herald"),
            "duplicate",
        ),
        (
            article("a2", WIRE, url="https://www.herald.example/a"),
            article("a1", WIRE, url="https://wire.example/b"),
            "syndication",
        ),
        (
            article("a2", WIRE, url="https://www.herald.example/a"),
            article("a1", WIRE, outlet="Herald", url="https://herald.example/b"),
            "duplicate",
        ),
        (article("a2", WIRE), article("a1", WIRE, url="https://wire.example/b"), "duplicate"),
        (article("a2", WIRE), article("a1", WIRE), "duplicate"),
    ],
)
def test_copy_kind_by_outlet_else_by_web_domain(copy: Article, original: Article, kind: str) -> None:
    assert dedup.copy_kind(copy, original) == kind


def test_run_marks_copies_with_their_original_and_kind(ctx: Context) -> None:
    articles = [
        article("a1", WIRE, "2026-03-10", "Continental Press"),
        article("a2", CHROME_ABOVE + WIRE, "2026-03-11", "Northgate Herald"),
        article("a3", WIRE, "2026-03-12", "continental press"),
        article("a4", OWN_ACCOUNT_1, "2026-03-10", "Meridian Post"),
    ]
    report = dedup.run(Report(articles=articles), ctx)
    assert [(a.copy_of, a.copy_kind) for a in report.articles] == [
        (None, None),
        ("a1", "syndication"),
        ("a1", "duplicate"),
        (None, None),
    ]


def test_signature_is_a_seeded_minhash_of_the_shingles() -> None:
    values = dedup.signature(WIRE, SETTINGS)
    assert values.dtype == np.uint32 and len(values) == SETTINGS.num_perm
    assert np.array_equal(values, dedup.signature(WIRE.upper(), SETTINGS))  # shingles are lowercased
    assert not np.array_equal(values, dedup.signature(WIRE, replace(SETTINGS, seed=SETTINGS.seed + 1)))


def test_new_articles_are_checked_against_earlier_ones_by_their_stored_signatures() -> None:
    original = article("a1", WIRE, "2026-03-10")
    earlier_copy = replace(article("a2", WIRE + CHROME_BELOW, "2026-03-11"), copy_of="a1")
    account = article("a3", OWN_ACCOUNT_1, "2026-03-10")
    earlier = [(a, dedup.signature(a.text, SETTINGS)) for a in (original, earlier_copy, account)]
    new = [article("a4", CHROME_ABOVE + WIRE, "2026-03-12"), article("a5", OWN_ACCOUNT_2, "2026-03-12")]
    assert dedup.find_copies(new, SETTINGS, earlier=earlier) == {"a4": "a1"}


def test_earlier_articles_keep_their_roles_when_a_new_copy_is_dated_before_them() -> None:
    original = article("a1", WIRE, "2026-03-11")
    earlier_copy = replace(article("a2", WIRE, "2026-03-12"), copy_of="a1")
    earlier = [(a, dedup.signature(a.text, SETTINGS)) for a in (original, earlier_copy)]
    older = article("a0", WIRE, "2026-03-10")
    assert dedup.find_copies([older], SETTINGS, earlier=earlier) == {"a0": "a1"}


def test_a_new_copy_joins_the_earlier_group_through_the_stored_copy_of() -> None:
    original = article("a1", WIRE, "2026-03-10")
    with_more = replace(article("a2", WIRE + "\n\n" + OWN_ACCOUNT_2, "2026-03-11"), copy_of="a1")
    earlier = [(a, dedup.signature(a.text, SETTINGS)) for a in (original, with_more)]
    more_only = article("a3", OWN_ACCOUNT_2, "2026-03-12")  # inside a2, nothing of a1
    assert dedup.find_copies([more_only], SETTINGS, earlier=earlier) == {"a3": "a1"}
    unlinked = [(replace(a, copy_of=None), values) for a, values in earlier]
    assert dedup.find_copies([more_only], SETTINGS, earlier=unlinked) == {"a3": "a2"}


class EarlierRuns:
    """A store's one answer dedup reads: the articles of earlier runs with their signatures."""

    def __init__(self, articles: list[Article]) -> None:
        self.stored = [(a, dedup.signature(a.text, SETTINGS)) for a in articles]

    def signatures(self) -> list[tuple[Article, np.ndarray]]:
        return self.stored


def test_run_with_a_store_marks_copies_of_stored_articles_and_keeps_signatures(ctx: Context) -> None:
    stored = EarlierRuns([article("a1", WIRE, "2026-03-10", "Continental Press")])
    new = [article("a2", CHROME_ABOVE + WIRE, "2026-03-11", "Northgate Herald"), article("a3", OWN_ACCOUNT_1)]
    report = dedup.run(Report(articles=new), replace(ctx, store=stored))
    assert [(a.copy_of, a.copy_kind) for a in report.articles] == [("a1", "syndication"), (None, None)]
    assert all(np.array_equal(a.signature, dedup.signature(a.text, SETTINGS)) for a in report.articles)


def test_given_signatures_give_the_same_copies_and_must_match_the_articles() -> None:
    articles = [article("a1", WIRE, "2026-03-10"), article("a2", CHROME_ABOVE + WIRE, "2026-03-11")]
    signatures = [dedup.signature(a.text, SETTINGS) for a in articles]
    assert dedup.find_copies(articles, SETTINGS, signatures=signatures) == copies(articles) == {"a2": "a1"}
    with pytest.raises(ValueError, match="1 signatures for 2 articles"):
        dedup.find_copies(articles, SETTINGS, signatures=signatures[:1])


@pytest.mark.slow
def test_river_summit_syndicated_copy(example_report: Report) -> None:
    by_file = {Path(a.path).name: a for s in example_report.stories for a in s.articles}
    copy = by_file["04_northgate_herald.txt"]
    assert copy.copy_of == by_file["03_continental_press.txt"].id and copy.copy_kind == "syndication"
    others = {name: a.copy_of for name, a in by_file.items() if name != "04_northgate_herald.txt"}
    assert others == dict.fromkeys(others)  # no other article is a copy
