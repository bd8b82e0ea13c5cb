"""The store: batches added over several runs give the stories one run gives, and no batch is half saved."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import EXAMPLE, quiet_settings
from contract import check_contract

import newsprism
from newsprism.backends.store import MIGRATIONS, SQLiteStore, open_store
from newsprism.errors import NewsprismError
from newsprism.model import Report

SUMMIT = ["01_meridian_post.txt", "02_karsk_news_agency.html", "03_continental_press.txt"]
LATER = ["04_northgate_herald.txt", "05_valdoria_today.txt", "06_meridian_post_festival.txt"]


def batch(tmp_path: Path, name: str, files: list[str]) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for file in files:
        shutil.copy(EXAMPLE / file, folder / file)
    return folder


def run(paths: list[Path], store: Path, **overrides: object) -> Report:
    report = newsprism.analyze(
        [str(p) for p in paths],
        quiet_settings(**{"embed.backend": "hashing", **overrides}),
        newsprism.Progress(quiet=True),
        store=store,
    )
    check_contract(report.to_dict(), [str(f) for p in paths for f in sorted(p.iterdir())])
    return report


def groups(report: Report) -> set[frozenset[str]]:
    return {frozenset(Path(a.path).name for a in s.articles) for s in report.stories}


def test_a_second_batch_joins_the_stories_of_the_first(tmp_path: Path) -> None:
    store = tmp_path / "news.db"
    first = run([batch(tmp_path, "monday", SUMMIT)], store)
    assert groups(first) == {frozenset(SUMMIT)}
    second = run([batch(tmp_path, "tuesday", LATER)], store)
    assert groups(second) == {frozenset(SUMMIT + LATER[:2]), frozenset(LATER[2:])}
    summit = next(s for s in second.stories if len(s.articles) == 5)
    assert summit.id == first.stories[0].id  # the story keeps its id and grows
    assert {a.id for a in first.stories[0].articles} < {a.id for a in summit.articles}
    copy = next(a for a in summit.articles if a.path.endswith("04_northgate_herald.txt"))
    original = next(a for a in summit.articles if a.path.endswith("03_continental_press.txt"))
    assert (copy.copy_of, copy.copy_kind) == (original.id, "syndication")  # found against the stored text
    whole = newsprism.analyze(
        [str(EXAMPLE)], quiet_settings(**{"embed.backend": "hashing"}), newsprism.Progress(quiet=True)
    )
    assert groups(second) == groups(whole)


def test_ids_stay_unique_across_runs(tmp_path: Path) -> None:
    store = tmp_path / "news.db"
    first = run([batch(tmp_path, "monday", SUMMIT)], store).to_dict()
    second = run([batch(tmp_path, "tuesday", LATER)], store).to_dict()

    def ids(report: dict[str, object], kind: str) -> set[str]:
        stories = report["stories"]
        assert isinstance(stories, list)
        return {item["id"] for s in stories for item in s[kind]}

    for kind in ("entities", "quotes", "units", "conflicts"):
        assert not ids(first, kind) & ids(second, kind), kind


def test_reading_the_same_files_again_adds_nothing(tmp_path: Path) -> None:
    store = tmp_path / "news.db"
    folder = batch(tmp_path, "monday", SUMMIT)
    run([folder], store)
    again = run([folder], store)
    assert again.stories == []
    assert sorted(s.code for s in again.skipped) == ["E113"] * 3
    rows = sqlite3.connect(store).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert rows == 3


def test_a_failed_batch_leaves_the_committed_ones_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "news.db"
    run([batch(tmp_path, "monday", SUMMIT)], store)

    def crash(*args: object, **kwargs: object) -> str:
        raise RuntimeError("disk gone")

    monkeypatch.setattr("newsprism.backends.store.json.dumps", crash)
    with pytest.raises(RuntimeError, match="disk gone"):
        run([batch(tmp_path, "tuesday", LATER)], store)
    monkeypatch.undo()
    db = sqlite3.connect(store)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
    assert db.execute("SELECT count(*) FROM index_rows").fetchone()[0] == 3
    assert db.execute("SELECT count(*) FROM stories").fetchone()[0] == 1
    db.close()
    retried = run([tmp_path / "tuesday"], store)
    assert groups(retried) == {frozenset(SUMMIT + LATER[:2]), frozenset(LATER[2:])}


def test_other_clustering_settings_are_refused(tmp_path: Path) -> None:
    store = tmp_path / "news.db"
    run([batch(tmp_path, "monday", SUMMIT)], store)
    with pytest.raises(NewsprismError) as caught:
        run([batch(tmp_path, "tuesday", LATER)], store, **{"cluster.lead_chars": 500})
    assert caught.value.code == "E205" and "cluster.lead_chars" in str(caught.value)


def test_a_new_store_is_migrated_to_the_current_schema(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "news.db")
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    store.close()


def test_a_store_from_a_newer_newsprism_or_another_file_is_refused(tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    db = sqlite3.connect(newer)
    db.execute(f"PRAGMA user_version={len(MIGRATIONS) + 1}")
    db.close()
    with pytest.raises(NewsprismError) as caught:
        SQLiteStore(newer)
    assert caught.value.code == "E204"
    text = tmp_path / "notes.db"
    text.write_text("not a database at all, just some words " * 100)
    with pytest.raises(NewsprismError) as caught:
        SQLiteStore(text)
    assert caught.value.code == "E204"


def test_a_postgres_url_or_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NewsprismError) as caught:
        open_store("postgresql://localhost/news")
    assert caught.value.code == "E204" and "SQLite" in str(caught.value)
    with pytest.raises(NewsprismError) as caught:
        open_store(tmp_path / "no such folder" / "news.db")
    assert caught.value.code == "E204"
