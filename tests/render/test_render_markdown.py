import re

from sample_report import SUMMARY, build_report

from newsprism.model import Report
from newsprism.render.markdown import to_markdown

SECTIONS = [
    "### Summary",
    "### What every outlet reports",
    "### What only some report",
    "### Reported by one outlet",
    "### Who said what",
    "### Where they differ",
    "### How each outlet tells it",
    "### Articles",
    "## Skipped inputs",
]


def test_every_section_in_order():
    markdown = to_markdown(build_report())
    positions = [markdown.index(title) for title in SECTIONS]
    assert positions == sorted(positions)
    assert markdown.startswith("# newsprism report\n")
    assert "## Putin meets Khamenei in Tehran" in markdown


def test_content_is_all_there():
    markdown = to_markdown(build_report())
    for name in ("Asharq Al-Awsat", "Tehran Times"):
        assert name in markdown
    for number, sentence in enumerate(SUMMARY, 1):
        assert f"{number}. {sentence} [Asharq Al-Awsat, Tehran Times]" in markdown
    assert "[^s1-u1]: u1: Putin gave Khamenei" in markdown
    assert "“more than an hour and a half” → ≥ 1 h 30 min" in markdown
    assert "“around two hours” → 1 h 45 min – 2 h 15 min" in markdown
    assert "#### Ali Khamenei (1 quote)" in markdown
    assert "- Asharq Al-Awsat, Tehran Times — trimmed" in markdown
    assert (
        "  - Asharq Al-Awsat (said, Khamenei): “We will not allow outside attempts to dictate a settlement "
        "**in Syria**,”" in markdown
    )
    assert "  - Tehran Times (said, the Leader): “We will not allow" in markdown
    assert "— altered — **attributed to different speakers**" in markdown
    assert "| Ali Khamenei | Supreme Guide; Ali Khamenei | Leader of the Islamic Revolution; " in markdown
    assert "| `inputs/photo.jpg` | E104 | binary file, not text |" in markdown


def test_article_text_cannot_break_structure():
    report = build_report()
    story = report.stories[0]
    story.articles[0].title = "# Breaking\nnews | more"
    story.summary[0].text = "## not a heading"
    markdown = to_markdown(report)
    assert not any(line.startswith(("# Breaking", "## not a heading")) for line in markdown.splitlines())
    assert "\\# Breaking news \\| more" in markdown
    # a pipe inside a table cell is escaped, so every table row keeps its column count
    assert "Putin \\| Kremlin" in markdown
    for line in markdown.splitlines():
        if line.startswith("| Ali Khamenei") or line.startswith("| Vladimir Putin"):
            assert line.replace("\\|", "").count("|") == 4
    # no raw "<" at all: every one from an article is backslash-escaped, so no renderer sees HTML
    assert re.search(r"(?<!\\)<", markdown) is None
    assert "\\<script\\>alert(1)\\</script\\>" in markdown


def test_empty_report():
    markdown = to_markdown(Report(inputs=0))
    assert "0 stories" in markdown and "Every input was read." in markdown
