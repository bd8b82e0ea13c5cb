from pathlib import Path

import pytest
from browser import assert_offline_and_inert, needs_browser, visit
from sample_report import build_report

from newsprism.render import write_report

pytestmark = needs_browser


def test_report_opens_offline_without_running_anything(tmp_path: Path) -> None:
    html = write_report(build_report(), tmp_path / "out", formats=["html"])["html"]
    shot = tmp_path / "report.png"

    def inspect(page):  # type: ignore[no-untyped-def]
        marks = page.locator("div.text mark").count()
        columns = page.locator("article.column").count()
        page.locator("a.cite").first.click()
        target = page.evaluate("location.hash")
        marked = page.evaluate(
            "document.querySelector(':target') && document.querySelector(':target').tagName"
        )
        return marks, columns, target, marked

    seen = visit(html, shot, inspect)
    assert_offline_and_inert(seen, html, shot)
    marks, columns, target, marked = seen.found
    assert marks == 4 and columns == 2
    assert target == "#s1-a1-u1" and marked == "MARK"


@pytest.mark.slow
@pytest.mark.parametrize("which", ["tehran_report", "example_report"])
def test_real_reports_render_offline(which: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    report = request.getfixturevalue(which)
    html = write_report(report, tmp_path / "out", formats=["html"])["html"]
    shot = tmp_path / f"{which}.png"
    seen = visit(html, shot, lambda page: page.locator("article.column").count())
    assert_offline_and_inert(seen, html, shot)
    assert seen.found == sum(len(s.originals) for s in report.stories)  # copies are named on their original
