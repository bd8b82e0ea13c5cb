"""Cluster: the online story index (key terms, time window, batches) and the stage on the example story."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from newsprism.context import Context, Progress
from newsprism.model import Article, Report
from newsprism.settings import load_settings
from newsprism.stages import cluster, segment
from newsprism.story_index import StoryIndex, day_number, key_terms

TEXT = (
    "Russian President Vladimir Putin met Ayatollah Ali Khamenei in Tehran on Monday to discuss the war in "
    "Syria. The talks lasted about two hours, the Kremlin said."
)
# Same actors, another event: a hard negative that must not join TEXT's story.
GAS_DEAL = (
    "Russia's Gazprom and the National Iranian Gas Company signed a pipeline contract worth $4 billion, "
    "the energy ministers of Russia and Iran announced in Moscow. Putin and Khamenei were not present."
)
FESTIVAL = "The Velmora Film Festival gave its Golden Heron to The Salt Road, a drama about salt miners."


@pytest.fixture(scope="module")
def ctx() -> Context:
    settings = load_settings(overrides={"embed.backend": "hashing"}, environ={})
    return Context(settings, progress=Progress(quiet=True))


def segmented(ctx: Context, article_id: str, text: str, date: str | None) -> Article:
    article = Article(id=article_id, path=f"{article_id}.txt", text=text, title=None, date=date)
    return segment.segment_article(article, ctx.parse([text])[0], ctx.settings.align.min_clause_words)


def test_key_terms_drop_function_words_and_weigh_names() -> None:
    counts = key_terms(
        "Putin in Tehran", "The Russian leader met Khamenei. He said talks went well.", 1000, 2.0
    )
    assert counts["putin"] == 1.0  # first word of the title: no sign it is a name
    assert counts["tehran"] == 2.0 and counts["khamenei"] == 2.0 and counts["russian"] == 2.0
    assert counts["leader"] == 1.0 and counts["talks"] == 1.0
    assert not {"the", "in", "he", "said"} & set(counts)


def test_key_terms_read_only_the_lead() -> None:
    assert set(key_terms(None, "Summit opens. " + "x" * 50 + " Later paragraph", 20, 1.0)) == {
        "summit",
        "opens",
    }


def test_day_number_reads_iso_dates_and_gives_nan_otherwise() -> None:
    assert day_number("2015-11-24T10:00:00") - day_number("2015-11-23") == 1
    assert np.isnan(day_number(None)) and np.isnan(day_number("last Monday"))


def test_vectors_are_unit_length_and_rare_terms_weigh_more(ctx: Context) -> None:
    index = StoryIndex(ctx.settings.cluster)
    vectors = index.vectorize(
        [Counter({"syria": 1, "talks": 1}), Counter({"talks": 1}), Counter({"talks": 1})]
    )
    rows = vectors.toarray()
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0)
    syria, talks = index.vocabulary["syria"], index.vocabulary["talks"]
    assert rows[0, syria] > rows[0, talks]


def test_identical_articles_thirty_days_apart_are_two_stories(ctx: Context) -> None:
    articles = [
        segmented(ctx, "a1", TEXT, "2015-11-23"),
        segmented(ctx, "a2", TEXT, "2015-12-23"),
        segmented(ctx, "a3", TEXT, "2015-11-25"),
    ]
    report = cluster.run(Report(articles=articles), Context(ctx.settings, progress=Progress(quiet=True)))
    stories = [(s.id, [a.id for a in s.articles], s.first_seen, s.last_seen) for s in report.stories]
    assert stories == [
        ("s1", ["a1", "a3"], "2015-11-23", "2015-11-25"),
        ("s2", ["a2"], "2015-12-23", "2015-12-23"),
    ]
    # No title: the story is named by its central article's first sentence.
    assert report.stories[0].title == TEXT.split(" The talks")[0]


def test_copies_follow_their_original(ctx: Context) -> None:
    other = "The Velmora Film Festival gave its Golden Heron to The Salt Road, a drama about salt miners."
    articles = [
        segmented(ctx, "a1", TEXT, "2015-11-23"),
        segmented(ctx, "a2", other, "2015-11-23"),
        segmented(ctx, "a3", other, "2015-11-24"),
    ]
    articles[2].copy_of = "a2"
    report = cluster.run(Report(articles=articles), Context(ctx.settings, progress=Progress(quiet=True)))
    assert [[a.id for a in s.articles] for s in report.stories] == [["a2", "a3"], ["a1"]]
    assert report.stories[0].last_seen == "2015-11-24"


def plain(article_id: str, text: str, date: str | None, title: str | None = None) -> Article:
    return Article(id=article_id, path=f"{article_id}.txt", text=text, title=title, date=date)


def test_same_actors_in_another_event_stay_apart(ctx: Context) -> None:
    articles = [plain("a1", TEXT, "2015-11-23"), plain("a2", GAS_DEAL, "2015-11-24"), plain("a3", TEXT, None)]
    assert cluster.assign_stories(articles, ctx) == ["s0", "s1", "s0"]  # undated: no window to keep it out


def test_a_story_grows_through_members_inside_the_window(ctx: Context) -> None:
    dates = ["2015-11-23", "2015-11-29", "2015-12-05", "2015-12-20"]
    articles = [plain(f"a{i}", TEXT, d) for i, d in enumerate(dates)]
    assert cluster.assign_stories(articles, ctx) == ["s0", "s0", "s0", "s1"]


def test_input_order_does_not_change_the_stories(ctx: Context) -> None:
    articles = [
        plain("a1", TEXT, "2015-11-23"),
        plain("a2", FESTIVAL, "2015-11-23"),
        plain("a3", GAS_DEAL, "2015-11-24"),
        plain("a4", TEXT, "2015-11-24"),
        plain("a5", FESTIVAL, "2015-11-25"),
    ]

    def groups(items: list[Article]) -> set[frozenset[str]]:
        labels = cluster.assign_stories(items, ctx)
        return {frozenset(a.id for a, x in zip(items, labels, strict=True) if x == label) for label in labels}

    assert (
        groups(articles)
        == groups(articles[::-1])
        == {
            frozenset({"a1", "a4"}),
            frozenset({"a2", "a5"}),
            frozenset({"a3"}),
        }
    )


def test_a_later_batch_joins_the_stories_of_the_first(ctx: Context) -> None:
    first = [plain("a1", TEXT, "2015-11-23"), plain("a2", FESTIVAL, "2015-11-23")]
    second = [
        plain("a3", FESTIVAL, "2015-11-24"),
        plain("a4", GAS_DEAL, "2015-11-24"),
        plain("a5", TEXT, None),
    ]
    index = StoryIndex(ctx.settings.cluster)
    assert cluster.place(index, first, ctx) == [0, 1]
    assert cluster.place(index, second, ctx) == [1, 2, 0]
    whole = StoryIndex(ctx.settings.cluster)
    assert cluster.place(whole, first + second, ctx) == [0, 1, 1, 2, 0]


@pytest.mark.slow
def test_river_summit_stories(example_report: Report) -> None:
    by_file = {Path(a.path).name: s for s in example_report.stories for a in s.articles}
    summit = by_file["01_meridian_post.txt"]
    assert sorted(Path(a.path).name for a in summit.articles) == [
        "01_meridian_post.txt",
        "02_karsk_news_agency.html",
        "03_continental_press.txt",
        "04_northgate_herald.txt",
        "05_valdoria_today.txt",
    ]
    festival = by_file["06_meridian_post_festival.txt"]
    assert [Path(a.path).name for a in festival.articles] == ["06_meridian_post_festival.txt"]
    assert len(example_report.stories) == 2
    assert summit.title == "Valdoria, Karsk reach interim deal on Selva River water"  # most central
    assert summit.title in {a.title for a in summit.articles}
    assert (summit.first_seen, summit.last_seen) == ("2026-03-10", "2026-03-10")
    assert festival.title == "Karskian Drama The Salt Road Takes Golden Heron at Velmora Festival"
    assert (festival.first_seen, festival.last_seen) == (None, None)
