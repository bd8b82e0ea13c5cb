"""Main-text extraction scored as the article-extraction benchmark scores it (../shared/data/extraction).

The metric: split gold and predicted text into word tokens and take every run of four consecutive tokens
(a shingle, counted with multiplicity; a text shorter than four tokens is one shingle). On each page,
true positives are shingles on both sides, false positives only predicted, false negatives only gold;
the three counts are divided by their sum, so a long page weighs no more than a short one. Precision is
averaged over the pages that predicted something, recall over the pages that have gold text, and F1 is
the harmonic mean of the two; a page where neither side has a shingle counts as perfect. The spread of
each figure is the standard deviation over a seeded bootstrap of pages.

The benchmark's pages also carry dates in many of their URLs (`/2019/11/19/`, `-20191115/`,
`2019-11-19`); `newsprism.cleaning.meta.date_from_url` reads them as gold for date extraction from the
page alone (the page is then given without its URL), and `blank_url` takes the address out of the page
for the stricter test. `ours_text` and `ours_date` run our cleaning on a page as ingest does.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote, urlsplit

from ..cleaning import clean_html
from ..decoding import decode
from ..errors import InputError

_TOKEN = re.compile(r"\w+")


class PageScores(NamedTuple):
    """One page's true positives, false positives and false negatives, as fractions summing to 1."""

    tp: float
    fp: float
    fn: float


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class Page:
    """One page of the benchmark: its id, the URL it was fetched from, its gold body and its raw bytes."""

    id: str
    url: str | None
    gold: str
    html: bytes


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def shingles(text: str, n: int = 4) -> Counter[str]:
    """Every run of n consecutive word tokens, counted; fewer than n tokens make one shingle, none none."""
    words = tokens(text)
    if len(words) < n:
        return Counter([" ".join(words)] if words else [])
    return Counter(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))


def page_scores(gold: str, predicted: str, n: int = 4) -> PageScores:
    """Shingle matches of one page, normalised so that tp + fp + fn = 1 (both sides empty: a perfect page)."""
    expected, got = shingles(gold, n), shingles(predicted, n)
    tp = sum((expected & got).values())
    fp = sum((got - expected).values())
    fn = sum((expected - got).values())
    total = tp + fp + fn
    if total == 0:
        return PageScores(1.0, 0.0, 0.0)
    return PageScores(tp / total, fp / total, fn / total)


def _harmonic(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0


def aggregate(pages: Sequence[PageScores]) -> Scores:
    """Precision averaged over pages with a prediction, recall over pages with gold, F1 of the two."""
    precisions = [p.tp / (p.tp + p.fp) for p in pages if p.tp + p.fp > 0]
    recalls = [p.tp / (p.tp + p.fn) for p in pages if p.tp + p.fn > 0]
    precision = statistics.fmean(precisions) if precisions else 0.0
    recall = statistics.fmean(recalls) if recalls else 0.0
    return Scores(precision, recall, _harmonic(precision, recall))


def bootstrap(pages: Sequence[PageScores], samples: int = 1000, seed: int = 0) -> Scores:
    """Standard deviation of each aggregate figure over `samples` resamplings of the pages (seeded)."""
    if not pages:
        return Scores(0.0, 0.0, 0.0)
    rng = random.Random(seed)
    runs = [aggregate(rng.choices(pages, k=len(pages))) for _ in range(samples)]
    return Scores(
        statistics.pstdev(r.precision for r in runs),
        statistics.pstdev(r.recall for r in runs),
        statistics.pstdev(r.f1 for r in runs),
    )


def ours_text(html: bytes, url: str | None, precision_min_chars: int) -> str:
    """Our HTML path as ingest runs it: bytes decoded, then cleaned; a page we refuse gives no text."""
    try:
        return clean_html(decode(html)[0], url, precision_min_chars).text
    except InputError:
        return ""


def ours_date(html: str, precision_min_chars: int) -> str | None:
    """The day our cleaning finds for a page given without its URL."""
    try:
        found = clean_html(html, None, precision_min_chars).date
    except InputError:
        return None
    return found[:10] if found else None


def blank_url(html: str, url: str | None) -> str:
    """The page with its own address taken out (full, host and path, or percent-encoded in share links), so
    that a date extractor sees only what the page says, not the URL the gold date was read from."""
    if not url:
        return html
    parts = urlsplit(url)
    path = parts.path.rstrip("/")
    spellings = {url.split("#")[0], quote(url.split("#")[0], safe="")}
    if len(path) > 1:
        spellings |= {path, quote(path, safe="")}
    for spelling in sorted(spellings, key=len, reverse=True):
        html = html.replace(spelling, "")
    return html


def load_pages(folder: Path) -> list[Page]:
    """The benchmark's pages in id order: `ground-truth.json` beside `html/<id>.html.gz`."""
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        Page(
            id=page_id,
            url=record.get("url") or None,
            gold=record.get("articleBody") or "",
            html=gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes()),
        )
        for page_id, record in sorted(gold.items())
    ]
