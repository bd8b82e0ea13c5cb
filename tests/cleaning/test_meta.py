"""Dates, outlet names and languages from text, URLs and file names."""

from __future__ import annotations

import pytest

from newsprism.cleaning.meta import date_from_url, detect_language, iso_date, parse_date


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.wsj.com/2019/11/19/markets/x", "2019-11-19"),
        ("https://example.com/news/20191119/story", "2019-11-19"),
        ("https://example.com/2019-11-19-story.html", "2019-11-19"),
        ("https://example.com/story-12345678", None),
        ("https://example.com/2019/13/40/x", None),
        ("https://www.nytimes.com/2019/11/19/opinion/republicans-elections-impeachment.html", "2019-11-19"),
        ("https://www.vox.com/science-and-health/2019/11/8/20948348/delhi-india-air-pollution", "2019-11-08"),
        ("https://www.latimes.com/business/story/2019-11-19/gannett-gatehouse-merger", "2019-11-19"),
        ("https://www.cbsnews.com/news/impeachment-hearings-key-moments-2019-11-19/", "2019-11-19"),
        ("https://www.quantamagazine.org/tuft-cells-that-taste-danger-20191115/", "2019-11-15"),
        ("https://www.wsj.com/articles/google-stadia-so-many-ways-to-playand-pay-11574168580", None),
        ("https://example.com/2019/13/45/not-a-day/", None),
        ("https://example.com/archive/2019/11/", None),
        ("https://example.com/story/4244754002/", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, day: str | None) -> None:
    assert date_from_url(url) == day


def test_iso_date_and_parse_date() -> None:
    assert iso_date("2024-03-03T08:15:00Z") == "2024-03-03"
    assert iso_date("3 March 2024") == "2024-03-03"
    assert iso_date("") is None and iso_date(None) is None
    assert parse_date("March 2024") is None  # no day: not a dateline


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("先日、不正に改造したiPhoneを販売したとして、商標法違反の疑いで男性が逮捕されました。", "ja"),
        ("서울에서 열린 회의에서 대통령은 새로운 정책을 발표했다고 밝혔습니다.", "ko"),
        ("Президент России прибыл в Тегеран в понедельник с первым визитом.", "ru"),
    ],
)
def test_detect_language_by_script(text: str, language: str) -> None:
    assert detect_language(text) == language
