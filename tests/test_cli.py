"""The command line: exit codes (DESIGN.md §5: 0 done, 1 --strict and skipped, 2 usage), files, messages."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsprism.cli import main

LEDGER = """Storm floods the river port | Daily Ledger

The river burst its banks on Tuesday and flooded the lower port, forcing hundreds of families to leave.

Rescue teams said the water rose by more than two metres in six hours, the mayor of the port city said.
"""
COURIER = """River port under water after storm | Evening Courier

Hundreds of families fled their homes on Tuesday when the river burst its banks and flooded the lower port.

The water rose by more than two metres in six hours, according to rescue teams working along the quay.
"""
FAST = ["--set", "embed.backend=hashing"]


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ledger.txt").write_text(LEDGER, encoding="utf-8")
    (folder / "courier.txt").write_text(COURIER, encoding="utf-8")
    return folder


@pytest.fixture
def with_empty(articles):
    (articles / "empty.txt").write_bytes(b"")
    return articles


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.mark.parametrize("command", [[], ["analyze"], ["ingest"]])
def test_help(command):
    result = invoke(*command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output
    if command == ["analyze"]:
        for option in ["--out", "--format", "--sources", "--config", "--set", "--strict", "--quiet"]:
            assert option in result.output
    if not command:
        assert "analyze" in result.output and "ingest" in result.output


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0 and result.output.startswith("newsprism, version ")


@pytest.mark.slow
def test_analyze_writes_three_reports_and_names_the_skipped_file(with_empty, tmp_path):
    out = tmp_path / "out"
    result = invoke("analyze", with_empty, "--out", out, *FAST)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["report.html", "report.json", "report.md"]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["inputs"] == 3
    assert [(s["path"], s["code"]) for s in report["skipped"]] == [(str(with_empty / "empty.txt"), "E102")]
    outlets = sorted(a["outlet"] for s in report["stories"] for a in s["articles"])
    assert outlets == ["Daily Ledger", "Evening Courier"]
    assert f"skipped {with_empty / 'empty.txt'}: E102" in result.stderr
    assert result.stdout == ""


@pytest.mark.slow
def test_strict_exits_1_when_something_was_skipped(with_empty, articles, tmp_path):
    result = invoke("analyze", with_empty, "--out", tmp_path / "out", "--strict", "--quiet", *FAST)
    assert result.exit_code == 1
    assert (tmp_path / "out" / "report.json").exists()
    (with_empty / "empty.txt").unlink()
    clean = invoke("analyze", articles, "--out", tmp_path / "out2", "--strict", "--quiet", *FAST)
    assert clean.exit_code == 0, clean.output


@pytest.mark.slow
def test_format_md_writes_only_markdown(articles, tmp_path):
    out = tmp_path / "out"
    result = invoke("analyze", articles, "--out", out, "--format", "md", "--quiet", *FAST)
    assert result.exit_code == 0, result.output
    assert [p.name for p in out.iterdir()] == ["report.md"]
    assert (out / "report.md").read_text(encoding="utf-8").startswith("# newsprism report")


@pytest.mark.slow
def test_store_keeps_stories_between_runs_and_refuses_other_settings(articles, tmp_path):
    store = tmp_path / "news.db"
    (tmp_path / "later").mkdir()
    (articles / "courier.txt").rename(tmp_path / "later" / "courier.txt")
    first = invoke("analyze", articles, "--out", tmp_path / "one", "--store", store, *FAST)
    assert first.exit_code == 0, first.output
    assert "store: 1 new stories, 0 grown" in first.stderr
    second = invoke("analyze", tmp_path / "later", "--out", tmp_path / "two", "--store", store, *FAST)
    assert second.exit_code == 0, second.output
    assert "store: 0 new stories, 1 grown" in second.stderr
    report = json.loads((tmp_path / "two" / "report.json").read_text(encoding="utf-8"))
    assert [sorted(a["outlet"] for a in s["articles"]) for s in report["stories"]] == [
        ["Daily Ledger", "Evening Courier"]
    ]
    other = invoke(
        "analyze",
        articles,
        "--out",
        tmp_path / "three",
        "--store",
        store,
        *FAST[:1],
        "cluster.lead_chars=400",
    )
    assert other.exit_code == 2 and "E205" in other.output and "cluster.lead_chars" in other.output


def test_unknown_format_is_a_usage_error(articles, tmp_path):
    result = invoke("analyze", articles, "--out", tmp_path / "out", "--format", "pdf")
    assert result.exit_code == 2
    assert "--format" in result.output and "json, md, html" in result.output
    assert not (tmp_path / "out").exists()


def test_unknown_setting_is_e202(articles, tmp_path):
    result = invoke("analyze", articles, "--out", tmp_path / "out", "--set", "nosuch.key=1")
    assert result.exit_code == 2
    assert "E202" in result.output and "nosuch.key" in result.output
    malformed = invoke("analyze", articles, "--out", tmp_path / "out", "--set", "align.threshold")
    assert malformed.exit_code == 2 and "E202" in malformed.output
    assert not (tmp_path / "out").exists()


def test_bad_sources_file_is_e203(articles, tmp_path):
    bad = tmp_path / "sources.csv"
    bad.write_text("glob,name\n*.txt,Daily Ledger\n", encoding="utf-8")
    result = invoke("analyze", articles, "--out", tmp_path / "out", "--sources", bad, *FAST)
    assert result.exit_code == 2
    assert "E203" in result.output and str(bad) in result.output
    missing = invoke("ingest", articles, "--out", tmp_path / "a.jsonl", "--sources", tmp_path / "nope.csv")
    assert missing.exit_code == 2 and "E203" in missing.output


def test_bad_config_file_is_e201(articles, tmp_path):
    config = tmp_path / "newsprism.toml"
    config.write_text("[align\n", encoding="utf-8")
    result = invoke("analyze", articles, "--out", tmp_path / "out", "--config", config)
    assert result.exit_code == 2 and "E201" in result.output


def test_ingest_writes_one_json_line_per_article(with_empty, tmp_path):
    sources = tmp_path / "sources.csv"
    sources.write_text("pattern,outlet\ncourier.txt,The Courier\n", encoding="utf-8")
    out = tmp_path / "deep" / "articles.jsonl"
    result = invoke("ingest", with_empty, "--out", out, "--sources", sources)
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert [(r["outlet"], r["title"]) for r in rows] == [
        ("The Courier", "River port under water after storm"),
        ("Daily Ledger", "Storm floods the river port"),
    ]
    assert rows[1]["text"].startswith("The river burst its banks on Tuesday")
    assert f"skipped {with_empty / 'empty.txt'}: E102" in result.stderr
    assert "2 articles, 1 skipped" in result.stderr


def test_summary_length_flags(articles, tmp_path):
    out = tmp_path / "out"
    result = invoke(
        "analyze", articles, "--out", out, "--format", "json", "--quiet", "--summary-sentences", "2",
        "--summary-words", "40", *FAST,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["settings"]["summary"]["sentences"] == 2
    for story in report["stories"]:
        assert 1 <= len(story["summary"]) <= 2
        assert story["headline"]
    refused = invoke("analyze", articles, "--out", tmp_path / "no", "--summary-words", "0")
    assert refused.exit_code == 2 and "--summary-words" in refused.output
