"""Open a report in headless Chromium, recording every request, console message and dialog."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
needs_browser = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None, reason="playwright is not installed"),
]


@dataclass
class Visit:
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    found: Any = None


def visit(html: Path, screenshot: Path, inspect: Callable[[Any], Any] | None = None) -> Visit:
    """Load `html` offline, take a full-page screenshot, and run `inspect(page)` before closing."""
    from playwright.sync_api import sync_playwright

    seen = Visit()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("request", lambda request: seen.requests.append(request.url))
            page.on("console", lambda message: seen.console.append(f"{message.type}: {message.text}"))

            def on_dialog(dialog: Any) -> None:
                seen.dialogs.append(dialog.message)
                dialog.dismiss()

            page.on("dialog", on_dialog)
            page.goto(html.as_uri(), wait_until="load")
            page.wait_for_timeout(300)
            page.screenshot(path=str(screenshot), full_page=True)
            seen.found = inspect(page) if inspect else None
        finally:
            browser.close()
    return seen


def assert_offline_and_inert(seen: Visit, html: Path, screenshot: Path) -> None:
    assert seen.dialogs == [], "something in the report ran script"
    assert seen.console == []
    assert seen.requests == [html.as_uri()], "the report fetched something"
    data = screenshot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
