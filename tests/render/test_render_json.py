import json

import pytest
from sample_report import build_report

from newsprism.errors import NewsprismError
from newsprism.model import SCHEMA, Report
from newsprism.render.json import from_json, load_report, to_json


def test_round_trip_keeps_every_key(tmp_path):
    report = build_report()
    path = tmp_path / "report.json"
    path.write_text(to_json(report), encoding="utf-8")
    loaded = load_report(path)
    assert isinstance(loaded, Report)
    assert loaded.to_dict() == report.to_dict()
    assert loaded.stories[0].units[1].evidence[0].text == report.stories[0].units[1].evidence[0].text


def test_json_is_readable_utf8_and_follows_the_contract():
    text = to_json(build_report())
    assert "“We will not allow" in text
    data = json.loads(text)
    assert data["schema"] == SCHEMA
    story = data["stories"][0]
    assert {
        "id",
        "title",
        "articles",
        "entities",
        "quotes",
        "units",
        "conflicts",
        "framing",
        "summary",
    } <= set(story)
    for unit in story["units"]:
        for ev in unit["evidence"]:
            article = next(a for a in story["articles"] if a["id"] == ev["article"])
            assert article["text"][ev["start"] : ev["end"]] == ev["text"]


def test_other_schema_is_refused(tmp_path):
    data = build_report().to_dict()
    data["schema"] = "newsprism/2"
    path = tmp_path / "report.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(NewsprismError) as caught:
        load_report(path)
    assert caught.value.code == "E201"
    assert "newsprism/2" in str(caught.value)


@pytest.mark.parametrize(
    "text", ["not json", "[1, 2]", '{"schema": "newsprism/1", "stories": [{"id": "s1"}]}']
)
def test_malformed_report_is_refused(text):
    with pytest.raises(NewsprismError) as caught:
        from_json(text)
    assert caught.value.code == "E201"


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(NewsprismError) as caught:
        load_report(tmp_path / "absent.json")
    assert caught.value.code == "E101"
