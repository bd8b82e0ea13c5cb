"""How normalized conflict values read in the reports."""

from __future__ import annotations

import pytest

from newsprism.render.views import interval_text


@pytest.mark.parametrize(
    ("normalized", "expected"),
    [
        ({"low": 5400, "high": None, "unit": "s", "hedge": "more than"}, "≥ 1 h 30 min"),
        ({"low": 6480, "high": 7920, "unit": "s"}, "1 h 48 min – 2 h 12 min"),
        ({"low": 18, "high": 22, "unit": "country"}, "18 country – 22 country"),
        ({"low": 16762, "high": 16762, "unit": "day", "iso": "2015-11-23"}, "2015-11-23"),
        ({"low": None, "high": 16800, "unit": "day", "iso": "../2015-12-31"}, "../2015-12-31"),
        ({"value": "foreign minister"}, "foreign minister"),
        ({"value": "denies"}, "denies"),
        ({}, "unspecified"),
    ],
)
def test_interval_text(normalized: dict[str, object], expected: str) -> None:
    assert interval_text(normalized) == expected
