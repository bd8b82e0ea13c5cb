"""Golden test: the facts written down in river-summit.toml, found in the report on examples/river-summit."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from newsprism.model import Article, Report, Story

GOLDEN = Path(__file__).parent / "river-summit.toml"
EXPECTED: dict[str, Any] = tomllib.loads(GOLDEN.read_text(encoding="utf-8"))

pytestmark = pytest.mark.slow


def by_file(report: Report) -> dict[str, tuple[Story, Article]]:
    return {Path(a.path).name: (s, a) for s in report.stories for a in s.articles}


def spans_of(article: Article, phrase: str) -> list[tuple[int, int]]:
    found, start = [], article.text.find(phrase)
    assert start >= 0, f"{phrase!r} is not in the cleaned text of {article.path}"
    while start >= 0:
        found.append((start, start + len(phrase)))
        start = article.text.find(phrase, start + 1)
    return found


def test_story_grouping(example_report: Report) -> None:
    files = by_file(example_report)
    story_ids = {files[f][0].id for f in EXPECTED["story_files"]}
    assert len(story_ids) == 1, "the summit articles are split across stories"
    for other in EXPECTED["other_story_files"]:
        assert files[other][0].id not in story_ids, f"{other} was put in the summit story"


@pytest.mark.parametrize("expected", EXPECTED["outlet"], ids=lambda e: e["file"])
def test_outlet_and_title(example_report: Report, expected: dict[str, str]) -> None:
    _, article = by_file(example_report)[expected["file"]]
    assert article.outlet == expected["outlet"]
    assert article.title == expected["title"]


def test_syndicated_copy(example_report: Report) -> None:
    files = by_file(example_report)
    copy = EXPECTED["copy"]
    assert files[copy["file"]][1].copy_of == files[copy["copy_of"]][1].id
    story = files[copy["file"]][0]
    assert all(files[copy["file"]][1].id not in u.articles for u in story.units), (
        "a copy counted as an outlet"
    )


@pytest.mark.parametrize("expected", EXPECTED["removed"], ids=lambda e: e["file"])
def test_chrome_removed(example_report: Report, expected: dict[str, Any]) -> None:
    _, article = by_file(example_report)[expected["file"]]
    for text in expected["texts"]:
        assert text not in article.text, f"{text!r} left in {expected['file']}"


def test_repeated_caption_kept_once(example_report: Report) -> None:
    caption = EXPECTED["caption"]
    _, article = by_file(example_report)[caption["file"]]
    assert article.text.count(caption["text"]) <= 1
    assert any(r.kind == "caption-repeat" and r.text == caption["text"] for r in article.removed)


@pytest.mark.parametrize("expected", EXPECTED["entity"], ids=lambda e: e["canonical"])
def test_one_entity_per_actor(example_report: Report, expected: dict[str, Any]) -> None:
    files = by_file(example_report)
    story = files[next(iter(expected["mentions"]))][0]
    entity = next((e for e in story.entities if e.canonical == expected["canonical"]), None)
    assert entity is not None, (
        f"no entity named {expected['canonical']}: {[e.canonical for e in story.entities]}"
    )
    for file, forms in expected["mentions"].items():
        article = files[file][1]
        for form in forms:
            spans = spans_of(article, form)
            assert any(
                m.article == article.id and m.start <= s and e <= m.end + 2
                for m in entity.mentions
                for s, e in spans
            ), f"{form!r} in {file} is not a mention of {entity.canonical}"


def unit_holding(story: Story, article: Article, phrase: str) -> Any:
    for start, end in spans_of(article, phrase):
        for unit in story.units:
            if any(e.article == article.id and e.start < end and start < e.end for e in unit.evidence):
                return unit
    return None


@pytest.mark.parametrize(
    "expected",
    [
        pytest.param(u, marks=pytest.mark.xfail(reason=u["known_miss"], strict=True))
        if "known_miss" in u
        else u
        for u in EXPECTED["unit"]
    ],
    ids=lambda e: e["about"][:40],
)
def test_units_and_coverage(example_report: Report, expected: dict[str, Any]) -> None:
    files = by_file(example_report)
    items = list(expected["phrases"].items())
    story, first = files[items[0][0]]
    unit = unit_holding(story, first, items[0][1])
    assert unit is not None, f"no unit holds {items[0][1]!r}"
    for file, phrase in items[1:]:
        assert unit_holding(story, files[file][1], phrase) is unit, (
            f"{phrase!r} ({file}) is not in {unit.text!r}"
        )
    assert unit.coverage == expected["coverage"]


def test_duration_conflict(example_report: Report) -> None:
    files = by_file(example_report)
    values = EXPECTED["duration"]["values"]
    story = files[next(iter(values))][0]
    conflicts = [c for c in story.conflicts if c.kind == "duration"]
    assert conflicts, "no duration conflict found"
    texts = {(Path(story.article(v.article).path).name, v.text) for c in conflicts for v in c.values}
    for file, text in values.items():
        assert (file, text) in texts, f"{text!r} from {file} is not among {texts}"


def test_trimmed_quote(example_report: Report) -> None:
    files = by_file(example_report)
    quote_spec = EXPECTED["quote"]
    story = files[next(iter(quote_spec["full"]))][0]
    speaker = next(e for e in story.entities if e.canonical == quote_spec["speaker"])
    wanted = {**quote_spec["full"], **quote_spec["trimmed"]}
    for quote in story.quotes:
        got = {Path(story.article(v.article).path).name: v.text for v in quote.variants}
        if all(got.get(f) == t for f, t in wanted.items()):
            assert quote.speaker == speaker.id
            assert quote.agreement == "trimmed"
            return
    pytest.fail(
        f"no quote carries {wanted}; quotes: {[[v.text[:40] for v in q.variants] for q in story.quotes]}"
    )


def test_summary_cites_only_story_articles(example_report: Report) -> None:
    story = by_file(example_report)[EXPECTED["story_files"][0]][0]
    assert story.summary, "no summary"
    ids = {a.id for a in story.articles}
    assert all(s.citations and set(s.citations) <= ids for s in story.summary)
