import json
import os

import pytest
from sample_report import build_report

from newsprism.errors import ConfigError, NewsprismError
from newsprism.render import write_report
from newsprism.render.json import load_report


def test_writes_three_files(tmp_path):
    out = tmp_path / "out" / "nested"
    paths = write_report(build_report(), out)
    assert paths == {"json": out / "report.json", "md": out / "report.md", "html": out / "report.html"}
    assert sorted(p.name for p in out.iterdir()) == ["report.html", "report.json", "report.md"]
    assert json.loads(paths["json"].read_text(encoding="utf-8"))["schema"] == "newsprism/1"
    assert paths["md"].read_text(encoding="utf-8").startswith("# newsprism report")
    assert paths["html"].read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert load_report(paths["json"]).to_dict() == build_report().to_dict()
    assert os.stat(paths["html"]).st_mode & 0o777 == 0o644


def test_some_formats_and_overwrite(tmp_path):
    (tmp_path / "report.md").write_text("old", encoding="utf-8")
    paths = write_report(build_report(), tmp_path, formats=["md"])
    assert list(paths) == ["md"]
    assert paths["md"].read_text(encoding="utf-8") != "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]
    assert list(write_report(build_report(), tmp_path, formats="json")) == ["json"]


def test_unknown_format_writes_nothing(tmp_path):
    with pytest.raises(ConfigError) as caught:
        write_report(build_report(), tmp_path / "out", formats=["json", "pdf"])
    assert caught.value.code == "E202"
    assert "'pdf'" in str(caught.value)
    assert not (tmp_path / "out").exists()


def test_unwritable_directory(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(NewsprismError) as caught:
        write_report(build_report(), blocker / "out")
    assert caught.value.code == "E501"


def test_failed_write_leaves_no_temporary_file(tmp_path, monkeypatch):
    def refuse(source, target):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(NewsprismError) as caught:
        write_report(build_report(), tmp_path, formats=["json"])
    assert caught.value.code == "E501" and "disk full" in str(caught.value)
    assert list(tmp_path.iterdir()) == []
