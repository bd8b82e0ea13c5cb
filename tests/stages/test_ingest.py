"""Ingest: folders expand to files, bytes decode to text, and every file ends as documents or a skip."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from newsprism.context import Context, Progress
from newsprism.decoding import decode
from newsprism.errors import InputError
from newsprism.model import RawDocument, Report, Skipped
from newsprism.settings import load_settings
from newsprism.stages.ingest import expand, read_file, run

ENGLISH = "Putin’s visit to Tehran — “a turning point”, officials said on Monday."
FRENCH = (
    "Le président russe Vladimir Poutine est arrivé lundi à Téhéran pour sa première visite en huit ans. "
    "Il a rencontré le guide suprême, l'ayatollah Ali Khamenei, pendant plus d'une heure et demie."
)
ARABIC = "وصل الرئيس الروسي فلاديمير بوتين إلى طهران يوم الاثنين في أول زيارة له منذ ثماني سنوات."
RUSSIAN = "Президент России Владимир Путин прибыл в Тегеран в понедельник с первым визитом за восемь лет."
BINARY = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


def make_ctx(**overrides: object) -> Context:
    return Context(load_settings(environ={}, overrides=overrides or None), progress=Progress(quiet=True))


def outcomes(path: Path, ctx: Context | None = None) -> list[RawDocument | Skipped]:
    return list(read_file(path, ctx or make_ctx()))


# expand -------------------------------------------------------------------------------------------------


def test_expand_recurses_sorts_and_skips_hidden(tmp_path):
    for name in [
        "b.txt",
        "a.txt",
        "sub/c.txt",
        "sub/deeper/d.html",
        ".hidden.txt",
        ".git/config",
        "sub/.e.txt",
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found, missing = expand([str(tmp_path)])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a.txt",
        "b.txt",
        "sub/c.txt",
        "sub/deeper/d.html",
    ]
    assert missing == []


def test_expand_keeps_named_files_and_skips_missing_paths(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    found, missing = expand([str(tmp_path / "a.txt"), str(tmp_path / "nope.txt")])
    assert found == [tmp_path / "a.txt"]
    assert missing == [Skipped(str(tmp_path / "nope.txt"), "E109", "path does not exist")]


def test_expand_lists_each_file_once_when_paths_overlap(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    found, _ = expand([str(tmp_path), str(tmp_path / "a.txt")])
    assert found == [tmp_path / "a.txt"]


# decode -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (ENGLISH, "utf-8"),
        (ENGLISH, "cp1252"),
        (FRENCH, "latin-1"),
        (ARABIC, "cp1256"),
        (RUSSIAN, "windows-1251"),
    ],
)
def test_decode_gives_back_the_original_sentence(text, encoding):
    decoded, _ = decode(text.encode(encoding))
    assert decoded == text


@pytest.mark.parametrize(
    "text",
    [
        "Le président est arrivé à Téhéran lundi, a déclaré le ministère.",
        "España y Francia firmaron el acuerdo en Madrid; el señor ministro habló de un año difícil.",
    ],
)
def test_decode_short_latin1_sentences(text):
    decoded, _ = decode(text.encode("latin-1"))
    assert decoded == text


@pytest.mark.parametrize(
    ("bom", "codec", "expected"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
    ],
)
def test_decode_reads_a_bom_and_drops_it(bom, codec, expected):
    assert decode(bom + RUSSIAN.encode(codec)) == (RUSSIAN, expected)


def test_decode_prefers_a_declared_charset_and_ignores_an_unknown_one():
    assert decode(ARABIC.encode("cp1256"), "cp1256") == (ARABIC, "cp1256")
    assert decode(ENGLISH.encode("utf-8"), "no-such-charset") == (ENGLISH, "utf-8")


def test_decode_refuses_binary():
    with pytest.raises(InputError) as info:
        decode(BINARY)
    assert info.value.code == "E104"


def test_decode_reads_latin1_labels_as_windows_1252():
    data = "“Un accord”, a-t-il dit.".encode("cp1252")
    assert decode(data, "ISO-8859-1") == ("“Un accord”, a-t-il dit.", "cp1252")


# read_file / run --------------------------------------------------------------------------------------


def test_read_file_text_html_and_unknown_extension(tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH + "\n", encoding="utf-8")
    page = (
        f'<!DOCTYPE html><html><head><meta charset="windows-1251"></head><body><p>{RUSSIAN}</p></body></html>'
    )
    (tmp_path / "b.html").write_bytes(page.encode("windows-1251"))
    (tmp_path / "c.php").write_text(f"<html><body><p>{ENGLISH}</p></body></html>", encoding="utf-8")
    (tmp_path / "d").write_text(ENGLISH, encoding="utf-8")
    a, b, c, d = (outcomes(tmp_path / n)[0] for n in ["a.txt", "b.html", "c.php", "d"])
    assert (a.kind, a.text, a.encoding) == ("text", ENGLISH + "\n", "utf-8")
    assert (b.kind, b.encoding) == ("html", "windows-1251") and RUSSIAN in b.text
    assert c.kind == "html"
    assert (d.kind, d.path) == ("text", str(tmp_path / "d"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_read_file_unreadable(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    path.chmod(0)
    try:
        [skip] = outcomes(path)
    finally:
        path.chmod(0o644)
    assert (skip.path, skip.code) == (str(path), "E101")


def test_read_file_error_is_a_skip_not_a_crash(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(ENGLISH, encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert outcomes(path) == [Skipped(str(path), "E101", "file could not be read: Permission denied")]


def test_read_file_oversize_is_skipped_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    [skip] = outcomes(path, make_ctx(**{"ingest.max_file_mb": 0.001}))
    assert (skip.path, skip.code) == (str(path), "E101")
    assert "5000 bytes" in skip.reason
    assert isinstance(outcomes(path)[0], RawDocument)


JSONL_LINES = [
    json.dumps({"text": ENGLISH, "outlet": "Tass", "url": "https://tass.com/a", "date": "2015-11-23"}),
    "   ",
    '{"text": "unterminated',
    "[1, 2]",
    json.dumps({"title": "A record without text", "text": "  "}),
    json.dumps({"text": f"<html><body><p>{ENGLISH}</p></body></html>", "title": None}),
    json.dumps({"text": 42}),
]


def test_read_file_jsonl_records(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text("\r\n".join(JSONL_LINES) + "\r\n", encoding="utf-8")
    got = {item.path.rsplit("#", 1)[1]: item for item in outcomes(path)}
    assert sorted(got, key=int) == ["1", "3", "4", "5", "6", "7"]
    first = got["1"]
    assert isinstance(first, RawDocument) and first.text == ENGLISH and first.kind == "text"
    assert first.meta == {"outlet": "Tass", "url": "https://tass.com/a", "date": "2015-11-23"}
    assert [got[n].code for n in ["3", "4", "5", "7"]] == ["E106", "E106", "E107", "E107"]
    assert got["4"].reason == "invalid JSON record: expected an object"
    assert isinstance(got["6"], RawDocument) and got["6"].kind == "html" and got["6"].meta == {}


def test_read_file_jsonl_record_with_line_separator_in_text(tmp_path):
    path = tmp_path / "dump.jsonl"
    records = [{"text": "Putin arrived in Tehran.\u2028He met Khamenei."}, {"text": RUSSIAN}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    got = outcomes(path)
    assert [(type(g).__name__, g.path) for g in got] == [
        ("RawDocument", f"{path}#1"),
        ("RawDocument", f"{path}#2"),
    ]


def test_read_file_jsonl_html_fragment_is_html(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"text": f"<p>{ENGLISH}</p><p>{ENGLISH}</p>"}) + "\n", encoding="utf-8")
    [doc] = outcomes(path)
    assert doc.kind == "html"


NESTED = {
    "body": ENGLISH,
    "headline": "Putin in Tehran",
    "link": "https://tass.com/a",
    "meta": {"source": {"name": "TASS"}, "published": "2015-11-23"},
    "authors": ["A. Ivanov", "B. Petrov"],
    "meta.flat": "a key with a dot in it",
}


def test_read_file_jsonl_field_map_reaches_into_nested_objects(tmp_path):
    path = tmp_path / "dump.ndjson"
    records = [NESTED, {"text": ENGLISH}, {"body": ENGLISH, "meta": "not an object", "authors": {"x": 1}}]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    ctx = make_ctx(
        **{
            "ingest.jsonl_text": "body",
            "ingest.jsonl_title": "headline",
            "ingest.jsonl_url": "link",
            "ingest.jsonl_outlet": "meta.source.name",
            "ingest.jsonl_date": "meta.published",
            "ingest.jsonl_author": "authors",
        }
    )
    first, second, third = outcomes(path, ctx)
    assert isinstance(first, RawDocument) and first.text == ENGLISH
    assert first.meta == {
        "title": "Putin in Tehran",
        "url": "https://tass.com/a",
        "outlet": "TASS",
        "date": "2015-11-23",
        "author": "A. Ivanov, B. Petrov",
    }
    assert second == Skipped(f"{path}#2", "E107", "record has no article text in its 'body' field")
    assert isinstance(third, RawDocument) and third.meta == {}


def test_read_file_jsonl_field_map_prefers_a_key_that_holds_the_dot(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps(NESTED) + "\n", encoding="utf-8")
    [doc] = outcomes(path, make_ctx(**{"ingest.jsonl_text": "body", "ingest.jsonl_title": "meta.flat"}))
    assert doc.meta["title"] == "a key with a dot in it"


def test_jsonl_field_map_from_the_environment():
    settings = load_settings(environ={"NEWSPRISM_INGEST__JSONL_TEXT": "content.body"})
    assert settings.ingest.jsonl_text == "content.body"
    assert settings.ingest.jsonl_author == "author"


def write_batch(folder: Path) -> None:
    """Bad files sort before the good ones, so a bad file that stopped the batch would lose the rest."""
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_blank.txt").write_text(" \n\t\n\n", encoding="utf-8")
    (folder / "c_binary.txt").write_bytes(BINARY)
    (folder / "d_image.xyz").write_bytes(BINARY)
    (folder / "e_big.txt").write_text("word " * 5000, encoding="utf-8")
    (folder / "f_dump.jsonl").write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")
    (folder / "g_bad.jsonl").write_text("nonsense\n[]\n", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "z_good.txt").write_text(ENGLISH, encoding="utf-8")
    (folder / ".hidden.txt").write_text(ENGLISH, encoding="utf-8")


def test_run_accounts_for_every_file_once(tmp_path):
    folder = tmp_path / "in"
    write_batch(folder)
    report = run(
        Report(paths=[str(folder), str(tmp_path / "missing.txt")]), make_ctx(**{"ingest.max_file_mb": 0.02})
    )
    codes = {Path(s.path).name: s.code for s in report.skipped}
    assert codes == {
        "missing.txt": "E109",
        "a_empty.txt": "E102",
        "b_blank.txt": "E102",
        "c_binary.txt": "E104",
        "d_image.xyz": "E105",
        "e_big.txt": "E101",
        "f_dump.jsonl#3": "E106",
        "f_dump.jsonl#4": "E106",
        "f_dump.jsonl#5": "E107",
        "f_dump.jsonl#7": "E107",
        "g_bad.jsonl#1": "E106",
        "g_bad.jsonl#2": "E106",
    }
    assert [Path(d.path).name for d in report.raw] == ["f_dump.jsonl#1", "f_dump.jsonl#6", "z_good.txt"]
    assert report.inputs == 9
    entries = [d.path for d in report.raw] + [s.path for s in report.skipped]
    assert len(entries) == len(set(entries))
    files, missing = expand([str(folder), str(tmp_path / "missing.txt")])
    for name in [str(f) for f in files] + [m.path for m in missing]:
        owned = [e for e in entries if e == name or e.startswith(name + "#")]
        assert owned, f"{name} is not accounted for"
        assert "#" in "".join(owned) or len(owned) == 1


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_decode_utf16_without_bom(encoding: str) -> None:
    text = "Putin met Khamenei in Tehran on Monday — “the views are the same,” the Kremlin said.\n"
    assert decode(text.encode(encoding)) == (text, encoding)


def test_decode_prefers_valid_utf8_over_a_wrong_single_byte_declaration() -> None:
    text = "Le président est arrivé à Téhéran — “sans délai”."
    assert decode(text.encode("utf-8"), declared="iso-8859-1") == (text, "utf-8")
    assert decode(text.encode("cp1252"), declared="iso-8859-1") == (text, "cp1252")
