"""Clean: RawDocument -> Article with main text, title, outlet, date, author, url and language.

HTML goes through trafilatura and then our plain-text rules; plain-text dumps through our rules alone
(newsprism.cleaning). Metadata is taken from the document first, then the user's sources map, the URL,
and last the file name. Large batches are cleaned on every core: each document is independent.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from ..cleaning import Cleaned, clean_html, clean_text
from ..cleaning.meta import date_from_url, detect_language, iso_date, outlet_from_filename, outlet_from_url
from ..context import Context
from ..errors import InputError
from ..model import Article, RawDocument, Report, Skipped
from ..settings import CleanSettings
from ..sources import Source, match_source

NAME = "clean"
LEVEL = "corpus"
REQUIRES = {"raw"}
PROVIDES = {"articles"}

_PARALLEL_FROM = 32  # below this many documents a process pool costs more than it saves


def clean_document(raw: RawDocument, sources: list[Source], settings: CleanSettings) -> Article:
    """One RawDocument -> Article (id not set yet); InputError E108 when no article text is left."""
    meta = raw.meta
    if raw.kind == "html":
        cleaned: Cleaned = clean_html(raw.text, meta.get("url"), settings.precision_min_chars)
    else:
        cleaned = clean_text(raw.text)
    if len(cleaned.text) < settings.min_chars:
        raise InputError(
            "E108",
            f"no article text found: {len(cleaned.text)} characters left after cleaning "
            f"(clean.min_chars={settings.min_chars})",
        )
    source = match_source(sources, raw.path)
    outlet, outlet_from = cleaned.outlet, cleaned.outlet_from
    if meta.get("outlet"):
        outlet, outlet_from = meta["outlet"], "meta"
    if source and source.outlet:
        outlet, outlet_from = source.outlet, "sources"
    url = meta.get("url") or cleaned.url or (source.url if source else None)
    if not outlet and outlet_from_url(url):
        outlet, outlet_from = outlet_from_url(url), "url"
    if not outlet:
        outlet, outlet_from = outlet_from_filename(raw.path), "filename"
    date = meta.get("date") or (source.date if source else None) or cleaned.date
    return Article(
        id="",
        path=raw.path,
        text=cleaned.text,
        title=meta.get("title") or cleaned.title,
        outlet=outlet,
        outlet_from=outlet_from,
        date=iso_date(date) or date_from_url(url),
        url=url,
        author=meta.get("author") or cleaned.author,
        language=detect_language(cleaned.text),
        removed=cleaned.removed,
    )


def _clean_one(job: tuple[RawDocument, list[Source], CleanSettings]) -> Article | Skipped:
    raw, sources, settings = job
    try:
        return clean_document(raw, sources, settings)
    except InputError as exc:
        return Skipped(raw.path, exc.code, exc.message)


def _workers(settings: CleanSettings, jobs: int) -> int:
    if jobs < _PARALLEL_FROM:
        return 1
    return max(1, settings.workers or os.cpu_count() or 1)


def run(report: Report, ctx: Context) -> Report:
    settings = ctx.settings.clean
    jobs = [(raw, ctx.sources, settings) for raw in report.raw]
    workers = _workers(settings, len(jobs))
    if workers > 1:
        # fork: the children need only the cleaning code, already imported; results keep input order
        with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
            results = list(ctx.progress.iterate(pool.map(_clean_one, jobs, chunksize=8), "clean"))
    else:
        results = [_clean_one(job) for job in ctx.progress.iterate(jobs, "clean")]
    for result in results:
        if isinstance(result, Skipped):
            report.skipped.append(result)
        else:
            result.id = ctx.new_id("a")
            report.articles.append(result)
    report.raw = []
    return report
