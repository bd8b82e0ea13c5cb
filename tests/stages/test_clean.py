"""The clean stage: one document in, one Article out, metadata from document, sources, URL, file name."""

from __future__ import annotations

import pytest
from cleaning_samples import BODY, DUMP

from newsprism.errors import InputError
from newsprism.model import RawDocument
from newsprism.settings import CleanSettings, load_settings
from newsprism.sources import Source
from newsprism.stages.clean import clean_document

SETTINGS = load_settings(environ={}).clean


def settings(**changes: int) -> CleanSettings:
    return load_settings(overrides={f"clean.{k}": v for k, v in changes.items()}, environ={}).clean


def raw_text(path: str, meta: dict[str, str] | None = None) -> RawDocument:
    return RawDocument(path=path, kind="text", text=DUMP, meta=meta or {})


def test_clean_document_outlet_precedence():
    title_line = clean_document(raw_text("in/ledger.txt"), [], SETTINGS)
    assert (title_line.outlet, title_line.outlet_from) == ("Daily Ledger", "title-line")
    meta = clean_document(raw_text("d.jsonl#2", {"outlet": "Ledger Wire"}), [], SETTINGS)
    assert (meta.outlet, meta.outlet_from) == ("Ledger Wire", "meta")
    sources = [Source("*.jsonl", "Mapped Outlet", "2024-03-05", "https://mapped.example/x")]
    mapped = clean_document(raw_text("d.jsonl#2", {"outlet": "Ledger Wire"}), sources, SETTINGS)
    assert (mapped.outlet, mapped.outlet_from, mapped.date) == ("Mapped Outlet", "sources", "2024-03-05")
    assert mapped.url == "https://mapped.example/x"


def test_clean_document_url_and_filename_fallbacks():
    plain = RawDocument("in/bbc-news_2024.txt", "text", "\n\n".join(BODY))
    named = clean_document(plain, [], SETTINGS)
    assert (named.outlet, named.outlet_from) == ("Bbc News", "filename")
    assert named.language == "en" and named.title is None and named.date is None
    meta = {"url": "https://www.example.co.uk/news/1", "date": "3 March 2024", "title": "From meta"}
    by_url = clean_document(RawDocument("d.jsonl#1", "text", BODY[0], meta=meta), [], SETTINGS)
    assert (by_url.outlet, by_url.outlet_from) == ("example.co.uk", "url")
    assert (by_url.date, by_url.title, by_url.url) == ("2024-03-03", "From meta", meta["url"])


def test_clean_document_too_short():
    with pytest.raises(InputError) as info:
        clean_document(RawDocument("a.txt", "text", "Too short."), [], settings(min_chars=80))
    assert info.value.code == "E108"


def test_real_seed_pair(tehran_dir):
    """The two real files; `tehran_dir` (conftest) skips with a reason when ../shared is not here."""
    files = sorted(tehran_dir.glob("*.txt"))
    assert [f.name[:3] for f in files] == ["000", "003"]
    asharq, leader = (
        clean_document(RawDocument(str(f), "text", f.read_text(encoding="utf-8")), [], SETTINGS)
        for i, f in enumerate(files)
    )
    for article in (asharq, leader):
        for chrome in ["Select Page", "Media ID", "English Archive"]:
            assert chrome not in article.text
        assert article.language == "en"
    assert (asharq.outlet, asharq.outlet_from) == ("Asharq Al-Awsat", "title-line")
    assert asharq.title == "Khamenei Courts Putin: American Policies Threaten our Countries"
    caption = (
        "Khamenei looks at a copy of the Holy Qur’an gifted to him by Putin during their meeting in Tehran"
    )
    assert asharq.text.count(caption) == 1
    assert ("caption-repeat", caption + " yesterday (Reuters)") in [(r.kind, r.text) for r in asharq.removed]
    assert (leader.outlet, leader.outlet_from) == ("003_7ec6af216209cf01", "filename")
    assert leader.removed == []
    raw = RawDocument(str(files[1]), "text", files[1].read_text(encoding="utf-8"))
    mapped = clean_document(raw, [Source("003_*", "Khamenei.ir")], SETTINGS)
    assert (mapped.outlet, mapped.outlet_from) == ("Khamenei.ir", "sources")


def test_non_english_article_is_kept_and_marked() -> None:
    text = (
        "Le président russe est arrivé lundi à Téhéran pour des entretiens avec le Guide suprême iranien. "
        "Les deux dirigeants ont parlé de la Syrie pendant près de deux heures, selon le Kremlin."
    )
    article = clean_document(RawDocument("lemonde.txt", "text", text), [], SETTINGS)
    assert article.language == "fr" and article.text == text


def test_mojibake_is_repaired() -> None:
    broken = "The cafÃ© owner said the talks were â€œa good startâ€\x9d, reporters said on Monday."
    article = clean_document(RawDocument("a.txt", "text", broken), [], settings(min_chars=10))
    assert article.text == "The café owner said the talks were “a good start”, reporters said on Monday."
