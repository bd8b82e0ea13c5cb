"""Containers: feeds, WARC archives and zip/tar archives give one entry per article, named `file#member`,
and every container is accounted for (its members, or the container itself in skipped)."""

from __future__ import annotations

import io
import json
import struct
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsprism.context import Context, Progress
from newsprism.model import RawDocument, Report, Skipped
from newsprism.settings import load_settings
from newsprism.stages import containers
from newsprism.stages.ingest import expand, read_bytes, read_file, run

LEAD = "Russian President Vladimir Putin arrived in Tehran on Monday for his first visit in eight years."
MORE = "He met Supreme Leader Ayatollah Ali Khamenei for more than an hour and a half, officials said."
RUSSIAN = "Президент России Владимир Путин прибыл в Тегеран в понедельник с первым визитом за восемь лет."
PAGE = f"<!DOCTYPE html><html><head><title>Putin in Tehran</title></head><body><p>{LEAD}</p></body></html>"

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Tehran Times</title>
  <link>https://www.tehrantimes.com/</link>
  <description>News</description>
  <item>
    <title>Putin arrives in Tehran</title>
    <link>https://www.tehrantimes.com/news/1</link>
    <pubDate>Mon, 23 Nov 2015 10:30:00 +0330</pubDate>
    <dc:creator>Staff writer</dc:creator>
    <description>A short teaser.</description>
    <content:encoded><![CDATA[<p>{LEAD}</p><p>{MORE}</p>]]></content:encoded>
  </item>
  <item>
    <title>Khamenei meets Putin</title>
    <link>https://www.tehrantimes.com/news/2</link>
    <description>{MORE}</description>
  </item>
  <item>
    <title>A headline alone</title>
    <link>https://www.tehrantimes.com/news/3</link>
  </item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Kremlin news</title>
  <id>urn:kremlin</id>
  <updated>2015-11-23T12:00:00Z</updated>
  <entry>
    <title>Meeting with Supreme Leader of Iran</title>
    <link href="http://en.kremlin.ru/events/president/news/50763"/>
    <id>urn:kremlin:50763</id>
    <updated>2015-11-23T12:00:00Z</updated>
    <author><name>Press service</name></author>
    <content type="html">&lt;p&gt;{LEAD}&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Talks in Tehran</title>
    <link href="http://en.kremlin.ru/events/president/news/50764"/>
    <id>urn:kremlin:50764</id>
    <published>2015-11-23T13:15:00+03:00</published>
    <updated>2015-11-24T09:00:00Z</updated>
    <summary>{MORE}</summary>
  </entry>
</feed>
"""


def make_ctx(**overrides: object) -> Context:
    return Context(load_settings(environ={}, overrides=overrides or None), progress=Progress(quiet=True))


def entries(data: bytes, path: str, **overrides: object) -> list[RawDocument | Skipped]:
    return list(read_bytes(data, path, make_ctx(**overrides)))


def summary(items: list[RawDocument | Skipped]) -> list[tuple[str, str]]:
    """(path, kind of document or skip code) for each entry, in order."""
    return [(i.path, i.kind if isinstance(i, RawDocument) else i.code) for i in items]


def assert_accounted(items: list[RawDocument | Skipped], container: str) -> None:
    """The contract's rule for one container: entries exist, all belong to it, and no path repeats."""
    paths = [i.path for i in items]
    assert paths and len(paths) == len(set(paths))
    assert all(p == container or p.startswith(container + "#") for p in paths)


# format detection -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("news.xml", b"<whatever/>", "feed"),
        ("news.RSS", b"", "feed"),
        ("a.atom", b"", "feed"),
        ("feed.php", RSS.encode(), "feed"),
        ("feed", b"\xef\xbb\xbf<!-- hi --><feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        ("rdf", b'<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="x">', "feed"),
        ("crawl.WARC.gz", b"", "warc"),
        ("crawl.warc", b"", "warc"),
        ("crawl.bin", b"WARC/1.0\r\n", "warc"),
        ("pages.zip", b"", "zip"),
        ("pages.tar", b"", "tar"),
        ("pages.tar.gz", b"", "tar"),
        ("pages.tgz", b"", "tar"),
        ("page.html", PAGE.encode(), None),
        ("page.html", b"<html><body><p>about <feed> and <rss> tags</p></body></html>", None),
        ("notes.txt", b"feedback from readers", None),
    ],
)
def test_container_format(name, data, expected):
    assert containers.container_format(name, data) == expected


def test_container_format_sniffs_archives_without_an_extension():
    assert containers.container_format("download", make_zip({"a.txt": b"x"})) == "zip"
    assert containers.container_format("download", make_tar({"a.txt": b"x"}, "w")) == "tar"
    assert containers.container_format("download", make_tar({"a.txt": b"x"}, "w:gz")) == "tar"
    assert containers.container_format("download", make_warc(PAGES)) == "warc"


# feeds ----------------------------------------------------------------------------------------------------


def test_rss_items_become_documents_with_feed_metadata():
    items = list(containers.read_feed(RSS.encode(), "in/feed.xml"))
    assert summary(items) == [("in/feed.xml#1", "html"), ("in/feed.xml#2", "text"), ("in/feed.xml#3", "E107")]
    first, second, third = items
    assert first.text == f"<p>{LEAD}</p><p>{MORE}</p>"  # content:encoded wins over the description
    assert first.meta == {
        "title": "Putin arrives in Tehran",
        "url": "https://www.tehrantimes.com/news/1",
        "date": "2015-11-23T07:00:00Z",
        "author": "Staff writer",
        "outlet": "Tehran Times",
    }
    assert first.encoding == "utf-8"
    assert second.text == MORE
    assert second.meta == {
        "title": "Khamenei meets Putin",
        "url": "https://www.tehrantimes.com/news/2",
        "outlet": "Tehran Times",
    }
    assert third.reason == "feed item has no text in its content or summary"


def test_atom_entries_use_content_then_summary_and_published_then_updated():
    items = list(containers.read_feed(ATOM.encode(), "kremlin.atom"))
    assert summary(items) == [("kremlin.atom#1", "html"), ("kremlin.atom#2", "text")]
    first, second = items
    assert first.text == f"<p>{LEAD}</p>"
    assert first.meta == {
        "title": "Meeting with Supreme Leader of Iran",
        "url": "http://en.kremlin.ru/events/president/news/50763",
        "date": "2015-11-23T12:00:00Z",
        "author": "Press service",
        "outlet": "Kremlin news",
    }
    assert second.text == MORE
    assert second.meta["date"] == "2015-11-23T10:15:00Z"


@pytest.mark.parametrize(
    ("item", "kind"),
    [
        (f"<description>{LEAD} &lt;b&gt;Updated&lt;/b&gt;</description>", "html"),
        (f"<description>{LEAD} Oil fell 3% as 2 &lt; 3.</description>", "text"),
    ],
)
def test_rss_item_is_html_only_when_it_carries_markup(item, kind):
    data = f"<rss version='2.0'><channel><title>T</title><item>{item}</item></channel></rss>"
    [doc] = containers.read_feed(data.encode(), "f.rss")
    assert doc.kind == kind


def test_atom_plain_text_content_stays_text():
    entry = f'<entry><id>1</id><title>A</title><content type="text">{LEAD} &lt;b&gt;</content></entry>'
    data = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>{entry}</feed>'
    [doc] = containers.read_feed(data.encode(), "f.atom")
    assert (doc.kind, doc.text) == ("text", f"{LEAD} <b>")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<rss version='2.0'><channel><title>Empty</title></channel></rss>", "feed has no items"),
        (b"<rss><channel", "feed could not be parsed: <unknown>:2:5: unclosed token"),
        (b'{"json": "not a feed"}', "feed could not be parsed"),
        (b"\x00\x01\x02 not xml at all", "feed could not be parsed"),
    ],
)
def test_feed_without_items_is_skipped_as_a_whole(data, reason):
    [skip] = containers.read_feed(data, "feed.xml")
    assert (skip.path, skip.code) == ("feed.xml", "E110")
    assert skip.reason.startswith(reason)


def test_broken_feed_keeps_the_items_it_could_read():
    """feedparser's lenient parser recovers what it can; an item it recovers without text is skipped."""
    data = f"<rss><channel><title>T</title><item><title>A</title><description>{LEAD}</description></item>"
    items = list(containers.read_feed((data + "<item><title>broken").encode(), "f.rss"))
    assert summary(items) == [("f.rss#1", "text"), ("f.rss#2", "E107")]


def test_feed_is_never_fetched(monkeypatch):
    """A feed whose bytes look like a URL or a file path is parsed as text, not opened or downloaded."""
    import urllib.request

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    monkeypatch.setattr(urllib.request.OpenerDirector, "open", refuse)
    for data in [b"https://example.com/feed.xml", b"/etc/hostname"]:
        [skip] = containers.read_feed(data, "feed.xml")
        assert skip.code == "E110"


# WARC -----------------------------------------------------------------------------------------------------

CP1251_PAGE = f"<html><body><h1>Путин в Тегеране</h1><p>{RUSSIAN}</p></body></html>".encode("cp1251")
ARABIC = "وصل الرئيس الروسي فلاديمير بوتين إلى طهران يوم الاثنين في أول زيارة له منذ ثماني سنوات."
META_PAGE = f'<html><head><meta charset="windows-1256"></head><body><p>{ARABIC}</p></body></html>'.encode(
    "cp1256"
)
PAGES = [
    ("request", "https://tass.com/politics/1", None, None, b""),
    ("response", "https://tass.ru/politika/1", "200 OK", "text/html; charset=windows-1251", CP1251_PAGE),
    ("response", "https://tass.com/politics/1", "200 OK", "text/html", META_PAGE),
    ("response", "https://tass.com/img/putin.jpg", "200 OK", "image/jpeg", b"\xff\xd8\xff\xe0" + bytes(300)),
    ("response", "https://tass.com/missing", "404 Not Found", "text/html", b"<html>Not found</html>"),
]


def make_warc(records: list[tuple[str, str, str | None, str | None, bytes]], gzip: bool = True) -> bytes:
    return b"".join(warc_records(records, gzip))


def warc_records(
    records: list[tuple[str, str, str | None, str | None, bytes]], gzip: bool
) -> Iterator[bytes]:
    """Each record's bytes, so a test can cut the archive inside a chosen record."""
    for rec_type, uri, status, content_type, body in records:
        buffer = io.BytesIO()
        writer = WARCWriter(buffer, gzip=gzip)
        headers = {"WARC-Date": "2015-11-23T09:00:00Z"}
        if rec_type == "response":
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=http, warc_headers_dict=headers
            )
        else:
            request = b"GET /politics/1 HTTP/1.1\r\nHost: tass.com\r\n\r\n"
            record = writer.create_warc_record(
                uri, rec_type, payload=io.BytesIO(request), warc_headers_dict=headers
            )
        writer.write_record(record)
        yield buffer.getvalue()


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_html_responses_with_status_200_become_documents(gzip):
    items = list(containers.read_warc(make_warc(PAGES, gzip), "crawl.warc.gz"))
    assert summary(items) == [
        ("crawl.warc.gz#https://tass.ru/politika/1", "html"),
        ("crawl.warc.gz#https://tass.com/politics/1", "html"),
    ]
    russian, arabic = items
    assert russian.meta == {"url": "https://tass.ru/politika/1", "date": "2015-11-23T09:00:00Z"}
    assert (russian.encoding, RUSSIAN in russian.text) == ("windows-1251", True)
    # no charset in the HTTP header: the page's own <meta> declares it
    assert (arabic.encoding, ARABIC in arabic.text) == ("windows-1256", True)


@pytest.mark.parametrize(
    ("content_type", "body", "encoding", "text"),
    [
        # a wrong header charset fails its check and the bytes are detected instead
        ("text/html; charset=utf-8", f"<p>{RUSSIAN}</p>".encode("cp1251"), "cp1251", RUSSIAN),
        # pages labelled latin-1 are read as windows-1252, as browsers do, so curly quotes survive
        ("text/html; charset=ISO-8859-1", "<p>“Un accord”, a-t-il dit.</p>".encode("cp1252"), "cp1252",
         "“Un accord”, a-t-il dit."),
        ("application/xhtml+xml", f"<p>{LEAD}</p>".encode(), "utf-8", LEAD),
    ],
)  # fmt: skip
def test_warc_page_charset_is_honoured_and_checked(content_type, body, encoding, text):
    record = ("response", "https://x.test/a", "200 OK", content_type, body)
    [doc] = containers.read_warc(make_warc([record]), "c.warc")
    assert (doc.encoding, text in doc.text) == (encoding, True)


def test_warc_records_sharing_a_uri_get_numbered_paths():
    page = ("response", "https://tass.com/a", "200 OK", "text/html", PAGE.encode())
    items = list(containers.read_warc(make_warc([page, page, page]), "c.warc"))
    assert [i.path for i in items] == ["c.warc#https://tass.com/a", "c.warc#https://tass.com/a#2",
                                       "c.warc#https://tass.com/a#3"]  # fmt: skip
    assert {i.meta["url"] for i in items} == {"https://tass.com/a"}


def test_warc_without_articles_is_skipped_as_a_whole():
    [skip] = containers.read_warc(make_warc([PAGES[0], PAGES[3], PAGES[4]]), "c.warc.gz")
    assert skip == Skipped("c.warc.gz", "E110", "no HTML response with status 200 among 3 records")


def test_warc_html_response_that_is_binary_is_a_member_skip():
    bad = ("response", "https://tass.com/x", "200 OK", "text/html", b"\x00\x01" * 400)
    assert summary(list(containers.read_warc(make_warc([bad]), "c.warc"))) == [
        ("c.warc#https://tass.com/x", "E104")
    ]


@pytest.mark.parametrize("gzip", [True, False])
@pytest.mark.parametrize(("cut_in", "kept"), [(3, 2), (2, 1), (0, 0)])
def test_truncated_warc_keeps_whole_records_and_reports_the_damage(gzip, cut_in, kept, capsys):
    """Cut inside record `cut_in` (0-based): the HTML pages of the whole records before it are kept."""
    parts = list(warc_records(PAGES, gzip))
    data = b"".join(parts[:cut_in]) + parts[cut_in][: len(parts[cut_in]) // 2]
    items = list(containers.read_warc(data, "crawl.warc.gz"))
    documents = [i.path for i in items if isinstance(i, RawDocument)]
    assert documents == [f"crawl.warc.gz#{uri}" for _, uri, *_ in PAGES[1 : 1 + kept]]
    assert items[-1] == Skipped(
        "crawl.warc.gz", "E111", f"archive is truncated or corrupt after {cut_in} records"
    )
    assert len(items) == kept + 1
    assert capsys.readouterr().err == ""  # warcio's own warnings are not printed


@pytest.mark.parametrize(
    "data", [b"WARC/1.0\r\nnonsense", b"<html>not a warc</html>", b"\x1f\x8b\x08garbage"]
)
def test_corrupt_warc_is_skipped(data):
    [skip] = containers.read_warc(data, "c.warc")
    assert (skip.path, skip.code) == ("c.warc", "E111")


# archives -------------------------------------------------------------------------------------------------

JSONL = "\n".join(
    json.dumps(r) for r in [{"text": LEAD, "outlet": "Tass"}, {"text": MORE, "title": "Talks"}]
).encode()
INNER = {"x.html": PAGE.encode(), "notes.txt": MORE.encode()}


def make_zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    return buffer.getvalue()


def make_tar(members: dict[str, bytes], mode: str = "w:gz") -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:
        for name, body in members.items():
            info = tarfile.TarInfo(name)
            if name.endswith("/"):
                info.type = tarfile.DIRTYPE
            info.size = 0 if name.endswith("/") else len(body)
            archive.addfile(info, io.BytesIO(body))
    return buffer.getvalue()


def batch_members(prefix: str = "") -> dict[str, bytes]:
    members = {
        "site/": b"",
        "site/a.html": PAGE.encode(),
        "dumps/b.txt": LEAD.encode(),
        "data/c.jsonl": JSONL,
        "empty.txt": b"",
        "__MACOSX/site/._a.html": b"\x00\x05\x16\x07 resource fork",
        ".DS_Store": b"\x00\x00\x00\x01Bud1",
        "inner.zip": make_zip(INNER),
    }
    return {prefix + name: body for name, body in members.items()}


BATCH_EXPECTED = [
    ("site/a.html", "html"),
    ("dumps/b.txt", "text"),
    ("data/c.jsonl#1", "text"),
    ("data/c.jsonl#2", "text"),
    ("empty.txt", "E102"),
    ("inner.zip#x.html", "html"),
    ("inner.zip#notes.txt", "text"),
]


@pytest.mark.parametrize(
    ("name", "build"),
    [
        ("pages.zip", lambda: make_zip(batch_members())),
        ("pages.tar.gz", lambda: make_tar(batch_members("./"), "w:gz")),
        ("pages.tar", lambda: make_tar(batch_members(), "w")),
    ],
)
def test_archive_members_are_read_like_files(name, build, tmp_path):
    path = tmp_path / name
    path.write_bytes(build())
    items = list(read_file(path, make_ctx()))
    assert summary(items) == [(f"{path}#{member}", kind) for member, kind in BATCH_EXPECTED]
    by_member = {i.path.split("#", 1)[1]: i for i in items}
    assert by_member["data/c.jsonl#1"].meta == {"outlet": "Tass"}
    assert by_member["data/c.jsonl#2"].meta == {"title": "Talks"}
    assert by_member["dumps/b.txt"].text == LEAD
    assert_accounted(items, str(path))


def test_archive_nested_two_levels_is_not_read():
    inner = make_zip({"deep.zip": make_zip({"a.txt": LEAD.encode()}), "b.txt": MORE.encode()})
    items = entries(make_zip({"inner.zip": inner}), "outer.zip")
    assert summary(items) == [("outer.zip#inner.zip#deep.zip", "E105"), ("outer.zip#inner.zip#b.txt", "text")]


def test_archive_of_feeds_warcs_and_jsonl_gives_nested_member_paths():
    data = make_zip({"feeds/tt.xml": RSS.encode(), "crawl.warc.gz": make_warc(PAGES[:2])})
    assert summary(entries(data, "all.zip")) == [
        ("all.zip#feeds/tt.xml#1", "html"),
        ("all.zip#feeds/tt.xml#2", "text"),
        ("all.zip#feeds/tt.xml#3", "E107"),
        ("all.zip#crawl.warc.gz#https://tass.ru/politika/1", "html"),
    ]


def test_archive_member_that_leaves_the_archive_is_not_read():
    data = make_zip({"../evil.txt": LEAD.encode(), "/etc/passwd": b"root", "ok.txt": MORE.encode()})
    items = entries(data, "evil.zip")
    assert summary(items) == [("evil.zip#../evil.txt", "E112"), ("evil.zip#/etc/passwd", "E112"),
                              ("evil.zip#ok.txt", "text")]  # fmt: skip
    tar = make_tar({"../../evil.txt": LEAD.encode()})
    assert summary(entries(tar, "evil.tgz")) == [("evil.tgz#../../evil.txt", "E112")]


def test_archive_member_over_the_size_limit_is_skipped_unread():
    data = make_zip({"big.txt": b"word " * 400_000, "small.txt": LEAD.encode()})  # 2 MB, deflates to ~2 KB
    items = entries(data, "bomb.zip", **{"ingest.max_file_mb": 1.0})
    assert summary(items) == [("bomb.zip#big.txt", "E101"), ("bomb.zip#small.txt", "text")]
    assert items[0].reason == "member is larger than ingest.max_file_mb (2000000 bytes)"
    tar = make_tar({"big.txt": b"word " * 400_000})
    assert summary(entries(tar, "bomb.tgz", **{"ingest.max_file_mb": 1.0})) == [("bomb.tgz#big.txt", "E101")]


def test_zip_bomb_whose_header_understates_its_size_stops_at_that_size():
    data = bytearray(make_zip({"bomb.txt": b"word " * 400_000}))
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 1000)  # uncompressed size claimed by the central directory
    [skip] = entries(bytes(data), "bomb.zip", **{"ingest.max_file_mb": 1.0})
    assert (skip.path, skip.code) == ("bomb.zip#bomb.txt", "E111")


@pytest.mark.parametrize("data", [b"PK\x03\x04 not really a zip", b"", make_zip({"a.txt": b"x"})[:40]])
def test_corrupt_zip_is_skipped_as_a_whole(data):
    [skip] = containers.read_zip(data, "bad.zip", lambda *a: iter(()), 1 << 20)
    assert (skip.path, skip.code) == ("bad.zip", "E111")
    assert skip.reason.startswith("archive could not be opened")


def test_zip_with_a_damaged_member_keeps_the_others():
    data = bytearray(make_zip({"a.txt": LEAD.encode() * 5, "b.txt": MORE.encode()}))
    data[60:70] = b"\xff" * 10  # inside a.txt's deflated bytes
    assert summary(entries(bytes(data), "d.zip")) == [("d.zip#a.txt", "E111"), ("d.zip#b.txt", "text")]


def test_truncated_tar_keeps_the_members_before_the_damage():
    members = {f"m{n}.txt": (f"{n} {LEAD} " * 400).encode() for n in range(4)}
    data = make_tar(members, "w")
    padded = -(-len(members["m0.txt"]) // 512) * 512
    cut = data[: 512 + padded + 512 + len(members["m1.txt"]) // 2]  # inside m1.txt's bytes
    items = entries(cut, "t.tar")
    assert summary(items) == [("t.tar#m0.txt", "text"), ("t.tar", "E111")]
    assert items[-1].reason == "archive is truncated or corrupt after 1 members"
    gz = make_tar(members, "w:gz")
    gz_items = entries(gz[: len(gz) // 2], "t.tgz")
    assert gz_items[-1].path == "t.tgz" and gz_items[-1].code == "E111"
    assert all(isinstance(i, RawDocument) for i in gz_items[:-1])


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("none.zip", make_zip({})),
        ("hidden.zip", make_zip({"__MACOSX/._a": b"x", ".hidden": b"y", "dir/": b""})),
        ("none.tar", make_tar({}, "w")),
    ],
)
def test_archive_with_no_files_is_skipped_as_a_whole(name, data):
    assert entries(data, name) == [Skipped(name, "E110", "archive holds no files")]


# the stage ------------------------------------------------------------------------------------------------


def write_containers(folder: Path) -> None:
    folder.mkdir()
    (folder / "a_feed.xml").write_text(RSS, encoding="utf-8")
    (folder / "b_crawl.warc.gz").write_bytes(make_warc(PAGES))
    (folder / "c_pages.zip").write_bytes(make_zip(batch_members()))
    (folder / "d_empty.zip").write_bytes(make_zip({}))
    parts = list(warc_records(PAGES, gzip=True))
    (folder / "e_truncated.warc.gz").write_bytes(parts[0] + parts[1][:100])
    (folder / "f_plain.txt").write_text(LEAD, encoding="utf-8")


def test_run_counts_each_container_as_one_input_and_accounts_for_every_one(tmp_path):
    folder = tmp_path / "in"
    write_containers(folder)
    report = run(Report(paths=[str(folder)]), make_ctx())
    assert report.inputs == 6
    entries_ = [d.path for d in report.raw] + [s.path for s in report.skipped]
    assert len(entries_) == len(set(entries_))
    files, _ = expand([str(folder)])
    for file in map(str, files):
        assert any(e == file or e.startswith(file + "#") for e in entries_), f"{file} not accounted for"
    assert [s.code for s in report.skipped if "#" not in s.path] == ["E110", "E111"]
    assert len(report.raw) == 2 + 2 + 6 + 1


@pytest.mark.slow
def test_pipeline_reads_a_feed_a_warc_and_a_zip(tmp_path, analyze):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "feed.xml").write_text(RSS, encoding="utf-8")
    page = f"<html><head><title>Putin in Tehran</title></head><body><p>{LEAD}</p><p>{MORE}</p></body></html>"
    crawl = [("response", "https://tass.com/politics/1", "200 OK", "text/html; charset=utf-8", page.encode())]
    (folder / "crawl.warc.gz").write_bytes(make_warc(crawl))
    (folder / "pages.zip").write_bytes(
        make_zip({"site/a.html": page.encode(), "b.txt": f"{LEAD}\n\n{MORE}".encode()})
    )
    report = analyze([folder], **{"embed.backend": "hashing"})
    paths = {a.path for s in report.stories for a in s.articles}
    for container in ["feed.xml", "crawl.warc.gz", "pages.zip"]:
        assert any(p.startswith(f"{folder / container}#") for p in paths), f"nothing from {container}"
    assert report.inputs == 3
