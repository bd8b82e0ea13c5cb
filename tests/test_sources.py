"""The `--sources` map: CSV and TOML forms, E203 for every way a file can be wrong, and glob matching."""

from __future__ import annotations

import pytest

from newsprism.errors import ConfigError
from newsprism.sources import Source, load_sources, match_source

CSV = """pattern,outlet,date,url
000_*.txt,Asharq Al-Awsat,2015-11-24,https://english.aawsat.com/x

,,,
  news/*.html , The Ledger ,,
dump.jsonl,Wire Service,,
"""

TOML_SIMPLE = """
"000_*" = "Asharq Al-Awsat"
"003_*" = "Khamenei.ir"
"""

TOML_TABLES = """
[[source]]
match = "000_*"
outlet = "Asharq Al-Awsat"
date = 2015-11-24
url = "https://english.aawsat.com/x"

[[source]]
match = "003_*"
"""


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_csv_with_bom_blank_rows_and_spaces(tmp_path):
    path = write(tmp_path, "sources.csv", CSV, encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert load_sources(path) == [
        Source("000_*.txt", "Asharq Al-Awsat", "2015-11-24", "https://english.aawsat.com/x"),
        Source("news/*.html", "The Ledger"),
        Source("dump.jsonl", "Wire Service"),
    ]


def test_csv_with_only_the_required_columns(tmp_path):
    path = write(tmp_path, "sources.csv", "Pattern , Outlet\n003_*,Khamenei.ir\n")
    assert load_sources(path) == [Source("003_*", "Khamenei.ir")]


def test_toml_simple_form(tmp_path):
    path = write(tmp_path, "sources.toml", TOML_SIMPLE)
    assert load_sources(path) == [Source("000_*", "Asharq Al-Awsat"), Source("003_*", "Khamenei.ir")]


def test_toml_source_tables(tmp_path):
    path = write(tmp_path, "sources.toml", TOML_TABLES)
    assert load_sources(path) == [
        Source("000_*", "Asharq Al-Awsat", "2015-11-24", "https://english.aawsat.com/x"),
        Source("003_*", None, None, None),
    ]


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("sources.csv", "glob,name\n000_*,Asharq\n", "'pattern' and 'outlet'"),
        ("sources.csv", "pattern\n000_*\n", "'pattern' and 'outlet'"),
        ("sources.csv", "", "'pattern' and 'outlet'"),
        ("sources.toml", '"000_*" = "Asharq\n', "not valid TOML"),
        ("sources.toml", '[[source]]\noutlet = "Asharq"\n', "number 1 needs a 'match' glob"),
        (
            "sources.toml",
            '[[source]]\nmatch = "a*"\n[[source]]\nmatch = 3\n',
            "number 2 needs a 'match' glob",
        ),
        ("sources.toml", '"000_*" = 3\n', "must map a glob to an outlet name"),
        ("sources.toml", '[news]\noutlet = "X"\n', "must map a glob to an outlet name"),
    ],
)
def test_bad_files_are_e203(tmp_path, name, text, words):
    path = write(tmp_path, name, text)
    with pytest.raises(ConfigError) as info:
        load_sources(path)
    assert info.value.code == "E203"
    assert words in info.value.message
    assert str(path) in info.value.message


def test_missing_or_unreadable_file_is_e203(tmp_path):
    for path in (tmp_path / "nope.csv", tmp_path):
        with pytest.raises(ConfigError) as info:
            load_sources(path)
        assert info.value.code == "E203"
        assert info.value.message.startswith(f"cannot read sources file {path}")


def test_non_utf8_file_is_e203(tmp_path):
    path = tmp_path / "sources.csv"
    path.write_bytes("pattern,outlet\nlemonde*,Le Monde édition\n".encode("cp1252"))
    with pytest.raises(ConfigError) as info:
        load_sources(path)
    assert info.value.code == "E203"


SOURCES = [
    Source("000_*.txt", "Asharq Al-Awsat"),
    Source("news/*.html", "The Ledger"),
    Source("dump.jsonl", "Wire Service"),
    Source("/abs/only/*.txt", "Absolute"),
]


@pytest.mark.parametrize(
    ("path", "outlet"),
    [
        ("000_94931048b707c418.txt", "Asharq Al-Awsat"),
        ("/data/corpus/tehran/000_94931048b707c418.txt", "Asharq Al-Awsat"),
        ("/data/news/a.html", "The Ledger"),
        ("news/a.html", "The Ledger"),
        ("/data/dump.jsonl#3", "Wire Service"),
        ("dump.jsonl#17", "Wire Service"),
        ("/abs/only/x.txt", "Absolute"),
        ("/data/000_94931048b707c418.html", None),
        ("/data/other.jsonl#3", None),
        ("/data/a.html", None),
    ],
)
def test_match_source(path, outlet):
    found = match_source(SOURCES, path)
    assert (found.outlet if found else None) == outlet


def test_match_source_relative_to_working_folder(tmp_path, monkeypatch):
    (tmp_path / "in").mkdir()
    monkeypatch.chdir(tmp_path)
    sources = [Source("in/a.txt", "Relative")]
    assert match_source(sources, str(tmp_path / "in" / "a.txt")) == sources[0]
    assert match_source(sources, str(tmp_path / "out" / "a.txt")) is None


def test_first_matching_source_wins():
    sources = [Source("*.txt", "First"), Source("000_*.txt", "Second")]
    assert match_source(sources, "000_x.txt") == sources[0]
    assert match_source([], "000_x.txt") is None
