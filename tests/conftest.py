"""Shared fixtures: paths, the real seed pair (when ../shared is beside the repository), reports that are
produced once per test run and checked against the output contract."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from contract import check_contract

import newsprism
from newsprism.context import Context, Progress
from newsprism.model import Report
from newsprism.settings import Settings, load_settings
from newsprism.stages.ingest import expand

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSPRISM_SHARED", ROOT.parent / "shared"))
TEHRAN = SHARED / "corpus" / "tehran-2015-11-23"
EXAMPLE = ROOT / "examples" / "river-summit"
GOLDEN = ROOT / "tests" / "golden"


def quiet_settings(**overrides: Any) -> Settings:
    return load_settings(overrides=overrides, environ={})


def analyze_checked(paths: list[Path | str], **overrides: Any) -> Report:
    """Run the whole pipeline and hold its report to the output contract before any test looks at it."""
    report = newsprism.analyze(
        [str(p) for p in paths], quiet_settings(**overrides), newsprism.Progress(quiet=True)
    )
    files, missing = expand([str(p) for p in paths])
    check_contract(report.to_dict(), [str(f) for f in files] + [m.path for m in missing])
    return report


@pytest.fixture(scope="session")
def ctx() -> Context:
    """Default settings (real models, loaded once per run), quiet."""
    return Context(quiet_settings(), progress=Progress(quiet=True))


@pytest.fixture(scope="session")
def analyze() -> Callable[..., Report]:
    return analyze_checked


@pytest.fixture(scope="session")
def tehran_dir() -> Path:
    if not TEHRAN.exists():
        pytest.skip(f"the real seed pair is not here ({TEHRAN}); it sits in ../shared beside the repository")
    return TEHRAN


@pytest.fixture(scope="session")
def tehran_report(tehran_dir: Path) -> Report:
    return analyze_checked([tehran_dir], sources=str(GOLDEN / "tehran-sources.toml"))


@pytest.fixture(scope="session")
def example_report() -> Report:
    return analyze_checked([EXAMPLE])
