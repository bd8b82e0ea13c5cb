"""Settings layers: defaults.toml < user file < NEWSPRISM_* environment < overrides; checked and typed."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from newsprism.errors import ConfigError
from newsprism.settings import Settings, defaults, load_settings

USER_FILE = """
[align]
threshold = 0.55
min_clause_words = 6

[ingest]
extensions_text = [".txt"]
"""


def user_file(tmp_path, text=USER_FILE):
    path = tmp_path / "newsprism.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_load_typed_and_match_defaults_toml():
    settings = load_settings(environ={})
    assert isinstance(settings, Settings)
    assert settings.align.threshold == 0.40 and isinstance(settings.align.threshold, float)
    assert settings.align.min_clause_words == 4 and isinstance(settings.align.min_clause_words, int)
    assert settings.ingest.max_file_mb == 50.0
    assert settings.ingest.extensions_jsonl == [".jsonl", ".ndjson"]
    assert settings.embed.backend == "minilm"
    assert settings.sources is None
    raw = tomllib.loads(resources.files("newsprism").joinpath("defaults.toml").read_text(encoding="utf-8"))
    assert {k: v for k, v in settings.to_dict().items() if k != "sources"} == raw
    assert defaults() == settings


def test_user_file_overrides_defaults(tmp_path):
    settings = load_settings(user_file(tmp_path), environ={})
    assert settings.align.threshold == 0.55
    assert settings.align.min_clause_words == 6
    assert settings.ingest.extensions_text == [".txt"]
    assert settings.align.lexical_weight == 0.5


def test_environment_overrides_the_file(tmp_path):
    env = {"NEWSPRISM_ALIGN__THRESHOLD": "0.7", "NEWSPRISM_CLEAN__MIN_CHARS": "10", "OTHER": "x"}
    settings = load_settings(user_file(tmp_path), environ=env)
    assert settings.align.threshold == 0.7
    assert settings.clean.min_chars == 10 and isinstance(settings.clean.min_chars, int)
    assert settings.align.min_clause_words == 6


def test_overrides_win_over_environment_and_strings_are_coerced():
    env = {"NEWSPRISM_ALIGN__THRESHOLD": "0.7"}
    settings = load_settings(overrides={"align.threshold": "0.8"}, environ=env)
    assert settings.align.threshold == 0.8 and isinstance(settings.align.threshold, float)
    listed = load_settings(overrides={"ingest.extensions_text": ".txt, .text,"}, environ={})
    assert listed.ingest.extensions_text == [".txt", ".text"]
    assert load_settings(overrides={"sources": "map.csv"}, environ={}).sources == "map.csv"


def test_int_for_a_float_setting_becomes_a_float(tmp_path):
    settings = load_settings(overrides={"align.threshold": 1}, environ={})
    assert settings.align.threshold == 1.0 and isinstance(settings.align.threshold, float)
    from_file = load_settings(user_file(tmp_path, "[ingest]\nmax_file_mb = 2\n"), environ={})
    assert from_file.ingest.max_file_mb == 2.0 and isinstance(from_file.ingest.max_file_mb, float)


def test_float_for_an_int_setting_is_refused():
    with pytest.raises(ConfigError) as info:
        load_settings(overrides={"clean.min_chars": 80.5}, environ={})
    assert info.value.code == "E202"


@pytest.mark.parametrize(
    "overrides",
    [{"nosuch.key": "1"}, {"align.nosuch": "1"}, {"align": "0.5"}, {"align.threshold.deep": "1"}],
)
def test_unknown_setting_is_e202(overrides):
    with pytest.raises(ConfigError) as info:
        load_settings(overrides=overrides, environ={})
    assert info.value.code == "E202"
    assert "unknown setting" in info.value.message


def test_unknown_setting_in_file_or_environment_is_e202(tmp_path):
    with pytest.raises(ConfigError) as info:
        load_settings(user_file(tmp_path, "[align]\nthreshhold = 0.5\n"), environ={})
    assert info.value.code == "E202"
    with pytest.raises(ConfigError) as info:
        load_settings(environ={"NEWSPRISM_NOSUCH__KEY": "1"})
    assert info.value.code == "E202"


@pytest.mark.parametrize(
    ("overrides", "words"),
    [
        ({"align.threshold": "abc"}, "must be float"),
        ({"clean.min_chars": "8.5"}, "must be int"),
        ({"clean.min_chars": True}, "must be int"),
        ({"embed.backend": 3}, "must be str"),
        ({"ingest.extensions_text": 3}, "must be list"),
    ],
)
def test_wrong_type_is_e202(overrides, words):
    with pytest.raises(ConfigError) as info:
        load_settings(overrides=overrides, environ={})
    assert info.value.code == "E202"
    assert words in info.value.message


def test_wrong_type_in_environment_is_e202():
    with pytest.raises(ConfigError) as info:
        load_settings(environ={"NEWSPRISM_ALIGN__THRESHOLD": "abc"})
    assert info.value.code == "E202"


def test_bad_or_missing_settings_file_is_e201(tmp_path):
    bad = user_file(tmp_path, "[align\nthreshold = 0.5\n")
    for path in (bad, tmp_path / "missing.toml"):
        with pytest.raises(ConfigError) as info:
            load_settings(path, environ={})
        assert info.value.code == "E201"
        assert str(path) in info.value.message


def test_non_utf8_settings_file_is_e201(tmp_path):
    path = tmp_path / "newsprism.toml"
    path.write_bytes('[embed]\nbackend = "minilm"  # café\n'.encode("cp1252"))
    with pytest.raises(ConfigError) as info:
        load_settings(path, environ={})
    assert info.value.code == "E201"


def test_with_values_leaves_the_original_alone():
    base = load_settings(environ={})
    changed = base.with_values({"align.threshold": 0.9})
    assert (base.align.threshold, changed.align.threshold) == (0.40, 0.9)
