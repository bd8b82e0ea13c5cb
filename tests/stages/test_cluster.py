"""Cluster: IDF-weighted name overlap, average-linkage grouping, the time window, and the example story."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from newsprism.context import Context, Progress
from newsprism.model import Article, Report
from newsprism.settings import load_settings
from newsprism.stages import cluster, segment

TEXT = (
    "Russian President Vladimir Putin met Ayatollah Ali Khamenei in Tehran on Monday to discuss the war in "
    "Syria. The talks lasted about two hours, the Kremlin said."
)


@pytest.fixture(scope="module")
def ctx() -> Context:
    settings = load_settings(overrides={"embed.backend": "hashing"}, environ={})
    return Context(settings, progress=Progress(quiet=True))


def segmented(ctx: Context, article_id: str, text: str, date: str | None) -> Article:
    article = Article(id=article_id, path=f"{article_id}.txt", text=text, title=None, date=date)
    return segment.segment_article(article, ctx.parse([text])[0], ctx.settings.align.min_clause_words)


def test_entity_similarity_weights_rare_shared_names_more() -> None:
    keys = [{"n:us", "p:peskov"}, {"p:peskov", "n:kremlin"}, {"n:us", "n:iran"}, {"n:us", "n:sochi"}]
    sim = cluster.entity_similarity(keys)
    idf_us, idf_peskov, idf_single = math.log(1 + 4 / 3), math.log(1 + 4 / 2), math.log(1 + 4 / 1)
    # Both pairs share one name of three; the rarer shared name scores higher.
    assert sim[0, 1] == pytest.approx(idf_peskov / (idf_us + idf_peskov + idf_single))
    assert sim[0, 2] == pytest.approx(idf_us / (idf_us + idf_peskov + idf_single))
    assert sim[0, 1] > sim[0, 2]
    assert sim[1, 2] == 0.0
    assert sim[2, 3] == pytest.approx(idf_us / (idf_us + 2 * idf_single))


def test_entity_similarity_is_symmetric_with_zero_diagonal() -> None:
    sim = cluster.entity_similarity([{"p:putin", "n:syria"}, {"p:putin", "n:syria"}, set()])
    assert sim.shape == (3, 3)
    assert np.allclose(sim, sim.T)
    assert sim[0, 1] == pytest.approx(1.0)
    assert list(np.diag(sim)) == [0.0, 0.0, 0.0]
    assert sim[0, 2] == sim[1, 2] == 0.0  # an article naming nobody shares nothing


def test_entity_keys_use_surnames_for_people(ctx: Context) -> None:
    doc = ctx.parse(["Vladimir Putin and Putin's spokesman met officials of the Kremlin in Moscow."])[0]
    keys = cluster.entity_keys(doc)
    assert "p:putin" in keys and "n:moscow" in keys
    assert not any(k.startswith("p:vladimir") for k in keys)


SIM = np.array(
    [
        [1.0, 0.9, 0.1, 0.1],
        [0.9, 1.0, 0.1, 0.1],
        [0.1, 0.1, 1.0, 0.8],
        [0.1, 0.1, 0.8, 1.0],
    ]
)


def test_group_on_a_hand_made_matrix() -> None:
    assert cluster.group(SIM, 0.4) == [1, 1, 2, 2]
    assert cluster.group(SIM, 0.85) == [1, 1, 2, 3]
    assert cluster.group(SIM, 0.95) == [1, 2, 3, 4]
    assert cluster.group(SIM, 0.05) == [1, 1, 1, 1]


def test_group_uses_average_linkage() -> None:
    # 0 and 2 join first; 1 is close to 0 (0.8) but not to 2 (0.0), so {0, 2} and 1 average 0.4.
    sim = np.array([[1.0, 0.8, 0.9], [0.8, 1.0, 0.0], [0.9, 0.0, 1.0]])
    assert cluster.group(sim, 0.35) == [1, 1, 1]
    assert len(set(cluster.group(sim, 0.5))) == 2


def test_group_of_one_article() -> None:
    assert cluster.group(np.array([[1.0]]), 0.4) == [1]


def test_similarity_is_zero_outside_the_time_window(ctx: Context) -> None:
    articles = [
        segmented(ctx, "a1", TEXT, "2015-11-23"),
        segmented(ctx, "a2", TEXT, "2015-12-23"),
        segmented(ctx, "a3", TEXT, None),
    ]
    vectors = ctx.embedder.encode([cluster.lead_text(a) for a in articles])
    sim = cluster.similarity(articles, vectors, 0.7, 7.0)
    assert sim[0, 1] == sim[1, 0] == 0.0
    assert sim[0, 2] == pytest.approx(1.0) and sim[1, 2] == pytest.approx(1.0)  # undated: no window
    assert list(np.diag(sim)) == [1.0, 1.0, 1.0]


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
    assert summit.title == "Valdoria and Karsk Agree Stopgap Water Deal but Dam Dispute Lingers"
    assert summit.title in {a.title for a in summit.articles}
    assert (summit.first_seen, summit.last_seen) == ("2026-03-10", "2026-03-10")
    assert festival.title == "Karskian Drama The Salt Road Takes Golden Heron at Velmora Festival"
    assert (festival.first_seen, festival.last_seen) == (None, None)
