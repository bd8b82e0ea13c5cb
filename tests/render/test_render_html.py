import copy

import lxml.html
from sample_report import SCRIPT_PAYLOAD, SUMMARY, build_report

from newsprism.model import Article, Report, Span
from newsprism.render.html import CSP, to_html
from newsprism.render.markdown import to_markdown


def parse(html: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(html)


def test_nothing_can_run_or_load():
    html = to_html(build_report())
    root = parse(html)
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    forbidden = {"script", "iframe", "object", "embed", "link", "img", "base"}
    assert not [el for el in elements if el.tag in forbidden]
    for el in elements:
        assert not [name for name in el.attrib if name.lower().startswith("on")], el.tag
        href = el.get("href", "").strip().lower()
        assert not href.startswith("javascript:"), href
        if href.startswith(("http://", "https://")):
            assert el.tag == "a" and el.get("rel") == "noopener noreferrer"
        assert "src" not in el.attrib
        assert not el.get("style")
    assert "javascript:" not in " ".join(el.get("href", "") for el in elements)


def test_csp_meta_comes_before_anything_it_governs():
    root = parse(to_html(build_report()))
    metas = root.xpath("//head/meta[@http-equiv='Content-Security-Policy']")
    assert [m.get("content") for m in metas] == [CSP]
    tags = [el.tag for el in root.find("head")]
    assert tags.index("meta", 1) < tags.index("style")
    assert metas[0].getparent().index(metas[0]) < tags.index("style")
    assert CSP == "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def test_hostile_text_is_escaped_and_shown():
    html = to_html(build_report())
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in html
    assert "&lt;a href=&#34;javascript:alert(3)&#34;&gt;x&lt;/a&gt;" in html
    assert "&lt;b onmouseover=alert(5)&gt;" in html
    # the javascript: URL of a2 is shown as text, never as a link
    assert "javascript:alert(4)" in parse(html).text_content()
    assert SCRIPT_PAYLOAD in parse(html).text_content()


def test_every_evidence_span_is_marked():
    report = build_report()
    root = parse(to_html(report))
    story = report.stories[0]
    for unit in story.units:
        for ev in unit.evidence:
            (mark,) = root.xpath(f"//*[@id='s1-{ev.article}-{unit.id}']")
            assert mark.tag == "mark"
            assert mark.text_content() == ev.text
            assert mark.get("class") == f"cov-{unit.coverage}"
            assert unit.id in mark.get("title")
    assert len(root.xpath("//div[@class='text']//mark")) == sum(len(u.evidence) for u in story.units)


def test_side_by_side_keeps_the_whole_text():
    report = build_report()
    root = parse(to_html(report))
    for article in report.stories[0].articles:
        (column,) = root.xpath(f"//article[@id='s1-{article.id}']")
        paragraphs = [p.text_content() for p in column.xpath(".//div[@class='text']/p")]
        assert paragraphs == article.text.split("\n")


def test_summary_cites_outlets_with_evidence():
    root = parse(to_html(build_report()))
    items = root.xpath("//ol[@class='summary']/li")
    assert len(items) == 2
    for item, sentence in zip(items, SUMMARY, strict=True):
        assert sentence in item.text_content()
        cites = item.xpath(".//a[@class='cite']")
        assert [a.text_content() for a in cites] == ["Asharq Al-Awsat", "Tehran Times"]
        for cite in cites:
            target = cite.get("href").removeprefix("#")
            assert root.xpath(f"//*[@id='{target}']"), target
            assert cite.get("title")
    first_cite = items[0].xpath(".//a[@class='cite']")[0]
    assert "Putin gave Khamenei an old handwritten Qur'an." in first_cite.get("title")


def test_sections_and_counts():
    report = build_report()
    root = parse(to_html(report))
    text = root.text_content()
    headings = [h.text_content().strip() for h in root.xpath("//h2|//h3")]
    for title in (
        "Summary",
        "What every outlet reports",
        "What only some report",
        "Reported by one outlet",
        "Who said what",
        "Where they differ",
        "How each outlet tells it",
        "Side by side",
        "Skipped inputs",
    ):
        assert any(h.startswith(title) for h in headings), title
    terms = root.xpath("//dl[@class='counts']//dt")
    values = root.xpath("//dl[@class='counts']//dd")
    counts = {dt.text_content(): dd.text_content() for dt, dd in zip(terms, values, strict=True)}
    assert counts == {"Inputs": "3", "Stories": "1", "Skipped": "1"}
    assert "≥ 1 h 30 min" in text and "more than an hour and a half" in text
    assert "Supreme Guide; Ali Khamenei" in text
    assert "inputs/photo.jpg" in text and "E104" in text
    (details,) = root.xpath("//article[@id='s1-a1']//details")
    assert details.get("open") is None and "Removed by the cleaner (2)" in details.text_content()


def test_syndicated_copies_are_named_on_their_original_and_duplicates_collapse():
    report = build_report()
    story = report.stories[0]
    original = story.articles[0]
    story.articles += [
        Article(
            id="a3",
            path="inputs/copy.txt",
            text=original.text,
            outlet="Wire Copy",
            date="2015-11-24",
            copy_of="a1",
            copy_kind="syndication",
        ),
        Article(
            id="a4",
            path="inputs/again.txt",
            text=original.text,
            outlet=original.outlet,
            copy_of="a1",
            copy_kind="duplicate",
        ),
    ]
    root = parse(to_html(report))
    assert not root.xpath("//article[@id='s1-a3']") and not root.xpath("//article[@id='s1-a4']")
    (column,) = root.xpath("//article[@id='s1-a1']")
    assert "Syndicated: also carried by Wire Copy, 2015-11-24" in column.text_content()
    markdown = to_markdown(report)
    assert "inputs/copy.txt" in markdown and "inputs/again.txt" not in markdown


def test_overlapping_spans_are_skipped():
    report = build_report()
    story = report.stories[0]
    original = story.articles[0]
    first = story.units[0].evidence[0]
    inside = Span("a1", first.start + 3, first.end + 2, original.text[first.start + 3 : first.end + 2])
    story.units[2].evidence.append(inside)
    root = parse(to_html(report))
    assert not root.xpath("//*[@id='s1-a1-u3']")
    paragraphs = [p.text_content() for p in root.xpath("//article[@id='s1-a1']//div[@class='text']/p")]
    assert paragraphs == original.text.split("\n")
    all_ids = root.xpath("//@id")
    assert len(all_ids) == len(set(all_ids))
    ids = set(all_ids)
    links = {href.removeprefix("#") for href in root.xpath("//a/@href") if href.startswith("#")}
    assert links <= ids, links - ids


def test_span_across_a_line_break_stays_one_id():
    report = build_report()
    story = report.stories[0]
    article = story.articles[0]
    start = article.text.index("Monday.")
    end = article.text.index("continued")
    story.units[0].evidence[0] = article.span(start, end)
    root = parse(to_html(report))
    assert len(root.xpath("//*[@id='s1-a1-u1']")) == 1
    marks = root.xpath("//article[@id='s1-a1']//mark[contains(@title, 'u1')]")
    assert "".join(m.text_content() for m in marks) == article.text[start:end].replace("\n", "")


def test_empty_report_renders():
    root = parse(to_html(Report()))
    assert "Every input was read." in root.text_content()


def test_rendering_does_not_change_the_report():
    report = build_report()
    before = copy.deepcopy(report.to_dict())
    to_html(report)
    assert report.to_dict() == before


def test_who_said_what_sets_versions_side_by_side_with_their_differences():
    report = build_report()
    root = parse(to_html(report))
    quote = root.xpath("//*[@id='s1-q1']")[0]
    versions = quote.xpath(".//div[@class='versions']/blockquote")
    assert [v.xpath("./cite/a")[0].text_content() for v in versions] == ["Asharq Al-Awsat", "Tehran Times"]
    assert [m.text_content() for m in quote.xpath(".//mark[@class='differs']")] == ["in Syria"]
    assert "the Leader · said" in versions[1].xpath("./cite")[0].text_content()
    hostile = root.xpath("//*[@id='s1-q2']")[0]
    assert "attributed to different speakers" in hostile.text_content()
    assert not hostile.xpath(".//script | .//img | .//a[starts-with(@href, 'javascript')]")
    assert SCRIPT_PAYLOAD in hostile.text_content()
