import importlib.util
from pathlib import Path

import pytest
from sample_report import build_report

from newsprism.render import write_report

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install chromium)"),
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None, reason="playwright is not installed"),
]


def test_report_opens_offline_without_running_anything(tmp_path):
    from playwright.sync_api import sync_playwright

    html = write_report(build_report(), tmp_path / "out", formats=["html"])["html"]
    requests: list[str] = []
    dialogs: list[str] = []
    console: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("request", lambda request: requests.append(request.url))
            page.on("console", lambda message: console.append(f"{message.type}: {message.text}"))

            def on_dialog(dialog):
                dialogs.append(dialog.message)
                dialog.dismiss()

            page.on("dialog", on_dialog)
            page.goto(html.as_uri(), wait_until="load")
            page.wait_for_timeout(300)
            shot = tmp_path / "report.png"
            page.screenshot(path=str(shot), full_page=True)
            marks = page.locator("div.text mark").count()
            columns = page.locator("article.column").count()
            citation = page.locator("a.cite").first
            citation.click()
            target = page.evaluate("location.hash")
            marked = page.evaluate(
                "document.querySelector(':target') && document.querySelector(':target').tagName"
            )
        finally:
            browser.close()

    assert dialogs == []
    assert console == []
    assert requests == [html.as_uri()]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
    assert marks == 4 and columns == 2
    assert target == "#s1-a1-u1" and marked == "MARK"
