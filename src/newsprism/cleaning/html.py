"""HTML pages: main text and metadata through trafilatura, then our plain-text rules on the text.

trafilatura runs first in its precision mode without its fallback extractors (`fast`), which leaves out
more of a page's boilerplate at half the cost; when that keeps fewer than `precision_min_chars`
characters it has usually dropped the article itself (short pages, unusual layouts), and the default
mode with its fallbacks runs too, the longer result winning. bench/bench_extraction.py measures it.
"""

from __future__ import annotations

from typing import Any

from ..errors import InputError
from ..model import Removed
from .meta import date_from_url, iso_date
from .text import Cleaned, clean_text, line_key, norm, split_title_line


def _extract(raw: str, url: str | None, precision: bool) -> tuple[Any, Cleaned | None]:
    """trafilatura's document and our cleaning of its text (None when it found no text)."""
    import trafilatura

    doc: Any = trafilatura.bare_extraction(
        raw,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=precision,
        fast=precision,
    )
    if doc is None or not (doc.text or "").strip():
        return doc, None
    return doc, clean_text(doc.text, from_html=True)


def clean_html(raw: str, url: str | None = None, precision_min_chars: int = 500) -> Cleaned:
    """Main text, title, outlet (og:site_name / JSON-LD publisher, else the title's `| Outlet` part),
    date (meta tags, JSON-LD, URL, text), author and canonical URL of a page."""
    doc, inner = _extract(raw, url, precision=True)
    if inner is None or len(inner.text) < precision_min_chars:
        full_doc, full = _extract(raw, url, precision=False)
        if full is not None and (inner is None or len(full.text) > len(inner.text)):
            doc, inner = full_doc, full
    if inner is None or not inner.text.strip():
        raise InputError("E108", "no article text found in the page", "is it an article page, not an index?")
    page_title = norm(doc.title) if doc.title else None
    parts = split_title_line(page_title) if page_title else None
    title = parts[0] if parts else page_title or inner.title
    text = inner.text
    first, _, rest = text.partition("\n\n")
    if title and line_key(first) == line_key(title):  # the extracted text often opens with the headline
        inner.removed.insert(0, Removed("title", first))
        text = rest
    outlet: str | None
    outlet_from: str | None
    if doc.sitename:
        outlet, outlet_from = doc.sitename, "meta"
    elif parts:
        outlet, outlet_from = parts[1], "title-line"
    else:
        outlet, outlet_from = inner.outlet, inner.outlet_from
    canonical = doc.url or url
    return Cleaned(
        text=text,
        title=title,
        outlet=norm(outlet) if outlet else None,
        outlet_from=outlet_from,
        date=iso_date(doc.date) or date_from_url(canonical) or inner.date,
        url=canonical,
        author=norm(doc.author) if doc.author else inner.author,
        removed=inner.removed,
    )
