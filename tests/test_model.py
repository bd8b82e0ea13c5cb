"""The data model's JSON form: internal fields left out, and a real report rebuilt from its JSON."""

from __future__ import annotations

import json

import pytest

from newsprism.model import (
    SCHEMA,
    Article,
    Clause,
    Loaded,
    Report,
    Span,
    Story,
    Unit,
    from_jsonable,
    to_jsonable,
)


def test_to_jsonable_leaves_out_internal_fields() -> None:
    article = Article(id="a1", path="x.txt", text="Putin met Khamenei.", outlet="Asharq Al-Awsat")
    article.paragraphs = [(0, 19)]
    article.sentences = [(0, 19)]
    article.clauses = [Clause(0, 19, 0, 0)]
    article.doc = object()
    data = to_jsonable(article)
    assert data == {
        "id": "a1",
        "path": "x.txt",
        "text": "Putin met Khamenei.",
        "title": None,
        "outlet": "Asharq Al-Awsat",
        "date": None,
        "url": None,
        "language": None,
        "author": None,
        "copy_of": None,
        "copy_kind": None,
        "outlet_from": None,
        "removed": [],
    }


def test_report_to_dict_leaves_out_working_state() -> None:
    report = Report(generated_at="2026-03-10T00:00:00+00:00", inputs=1, paths=["x.txt"])
    report.articles = [Article(id="a1", path="x.txt", text="t")]
    data = report.to_dict()
    assert set(data) == {"schema", "generated_at", "settings", "inputs", "skipped", "stories", "timings"}
    assert data["schema"] == SCHEMA == "newsprism/1"


def test_to_jsonable_turns_tuples_into_lists_and_keys_into_strings() -> None:
    assert to_jsonable({1: (2, 3), "x": [Span("a1", 0, 1, "P")]}) == {
        "1": [2, 3],
        "x": [{"article": "a1", "start": 0, "end": 1, "text": "P"}],
    }


def test_from_jsonable_rebuilds_nested_dataclasses() -> None:
    unit = Unit(
        "u1", "Putin met Khamenei", ["a1"], "one", [Span("a1", 0, 18, "Putin met Khamenei")], ["X"], None
    )
    story = Story(id="s1", title="t", units=[unit])
    rebuilt = from_jsonable(Story, json.loads(json.dumps(to_jsonable(story))))
    assert rebuilt == story
    assert isinstance(rebuilt.units[0].evidence[0], Span)
    assert from_jsonable(Loaded, {"text": "courts", "start": 9, "end": 15}) == Loaded("courts", 9, 15, "text")
    assert from_jsonable(Article | None, None) is None


def test_from_jsonable_ignores_internal_fields_in_the_input() -> None:
    data = {"id": "a1", "path": "x.txt", "text": "t", "doc": "not a doc", "paragraphs": [[0, 1]]}
    article = from_jsonable(Article, data)
    assert article.doc is None and article.paragraphs == []


@pytest.mark.slow
def test_a_real_report_round_trips(example_report: Report) -> None:
    data = example_report.to_dict()
    rebuilt = from_jsonable(Report, json.loads(json.dumps(data)))
    assert rebuilt.to_dict() == data
    assert rebuilt == example_report
    story = rebuilt.stories[0]
    assert isinstance(story.articles[0], Article) and story.articles[0].doc is None
    assert {type(e).__name__ for e in story.units[0].evidence} == {"Span"}
    assert [a.id for a in story.articles] == [a.id for a in example_report.stories[0].articles]
    assert len(story.units) == len(example_report.stories[0].units) > 0
