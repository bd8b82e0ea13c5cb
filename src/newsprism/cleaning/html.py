"""HTML pages: main text and metadata through trafilatura, then our plain-text rules on the text.

The page is parsed once. Metadata comes from trafilatura's meta-tag and JSON-LD readers and htmldate,
without the costly searches of its full metadata pass (authors in the page body, categories, tags,
licence): a third of the time for the same titles, sites and dates on the benchmark pages. The text
comes first from trafilatura's precision mode without its fallback extractors (`fast`), which leaves
out more boilerplate at half the cost; when that keeps fewer than `precision_min_chars` characters it
has usually dropped the article itself (short pages, unusual layouts), and the default mode with its
fallbacks runs too, the longer result winning. bench/bench_extraction.py measures all of it.
"""

from __future__ import annotations

import contextlib
from typing import Any

from ..errors import InputError
from ..model import Removed
from .meta import date_from_url, iso_date
from .text import Cleaned, clean_text, line_key, norm, split_title_line


def _metadata(tree: Any, url: str | None) -> Any:
    """Title, site name, canonical URL, author and date from meta tags, JSON-LD and htmldate."""
    from htmldate import find_date
    from trafilatura import metadata
    from trafilatura.settings import set_date_params

    meta = metadata.examine_meta(tree)
    with contextlib.suppress(Exception):  # malformed JSON-LD in a page must not lose the page
        meta = metadata.extract_meta_json(tree, meta)
    meta.title = meta.title or metadata.extract_title(tree)
    meta.url = meta.url or metadata.extract_url(tree, url)
    meta.sitename = (meta.sitename or metadata.extract_sitename(tree) or "").lstrip("@") or None
    params = set_date_params(False)
    params["url"] = meta.url
    meta.date = find_date(tree, **params)
    return meta


def _text(tree: Any, url: str | None, precision: bool) -> Cleaned | None:
    """trafilatura's main text, through our cleaning (None when it found no text)."""
    import trafilatura

    doc: Any = trafilatura.bare_extraction(
        tree,
        url=url,
        include_comments=False,
        include_tables=True,
        favor_precision=precision,
        fast=precision,
    )
    if doc is None or not (doc.text or "").strip():
        return None
    return clean_text(doc.text, from_html=True)


def clean_html(raw: str, url: str | None, precision_min_chars: int) -> Cleaned:
    """Main text, title, outlet (og:site_name / JSON-LD publisher, else the title's `| Outlet` part),
    date (meta tags, JSON-LD, URL, text), author and canonical URL of a page."""
    from trafilatura.utils import load_html

    tree = load_html(raw)
    if tree is None:
        raise InputError("E108", "no article text found: the page could not be parsed as HTML")
    doc = _metadata(tree, url)
    inner = _text(tree, url, precision=True)
    if inner is None or len(inner.text) < precision_min_chars:
        full = _text(tree, url, precision=False)  # trafilatura works on copies: the tree is intact
        if full is not None and (inner is None or len(full.text) > len(inner.text)):
            inner = full
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
