"""What the Markdown and HTML writers both show: display names, coverage groups, label tables, intervals."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from newsprism.model import Article, Framing, Quote, QuoteVariant, Story, Unit

COVERAGE_TITLES: dict[str, str] = {
    "all": "What every outlet reports",
    "some": "What only some report",
    "one": "Reported by one outlet",
}

_DURATION_STEPS = (("d", 86400), ("h", 3600), ("min", 60), ("s", 1))


def article_names(story: Story) -> dict[str, str]:
    """Article id -> the outlet name, with the id added when one outlet has several articles in the story."""
    counts: dict[str, int] = {}
    for art in story.articles:
        name = art.outlet or art.id
        counts[name] = counts.get(name, 0) + 1
    return {
        art.id: (art.outlet or art.id) if counts[art.outlet or art.id] == 1 else f"{art.outlet} ({art.id})"
        for art in story.articles
    }


def syndicated_by(story: Story) -> dict[str, list[Article]]:
    """Original id -> the other outlets' copies of it; same-outlet duplicates are left out (collapsed)."""
    carried: dict[str, list[Article]] = {}
    for art in story.articles:
        if art.copy_of and art.copy_kind == "syndication":
            carried.setdefault(art.copy_of, []).append(art)
    return carried


def outlet_names(story: Story, article_ids: list[str]) -> list[str]:
    """Distinct outlet names for some articles, in the order given; unknown ids are shown as they are."""
    by_id = {art.id: art.outlet or art.id for art in story.articles}
    seen: dict[str, None] = {}
    for article_id in article_ids:
        seen.setdefault(by_id.get(article_id, article_id), None)
    return list(seen)


def unit_outlets(story: Story, unit: Unit) -> list[str]:
    return unit.outlets or outlet_names(story, unit.articles)


def units_by_coverage(story: Story) -> list[tuple[str, str, list[Unit]]]:
    """(coverage, section title, units) for all three coverages, in the story's unit order."""
    return [
        (cov, title, [u for u in story.units if u.coverage == cov]) for cov, title in COVERAGE_TITLES.items()
    ]


def label_table(story: Story) -> tuple[list[str], list[tuple[str, list[list[str]]]]]:
    """Outlet columns and one row per entity: its canonical name and, per outlet, the labels it used."""
    outlet_of = {art.id: art.outlet or art.id for art in story.articles}
    keyed = [
        outlet_of.get(article_id, article_id) for entity in story.entities for article_id in entity.labels
    ]
    columns = list(dict.fromkeys([*outlet_of.values(), *keyed]))
    rows: list[tuple[str, list[list[str]]]] = []
    for entity in story.entities:
        cells: dict[str, dict[str, None]] = {outlet: {} for outlet in columns}
        for article_id, labels in entity.labels.items():
            cells[outlet_of.get(article_id, article_id)].update(dict.fromkeys(labels))
        rows.append((entity.canonical, [list(labels) for labels in cells.values()]))
    return columns, rows


@dataclass
class SpeakerQuotes:
    """One speaker's quotes: the name a reader knows them by, and the words each outlet gives them."""

    name: str
    quotes: list[Quote]


def quotes_by_speaker(story: Story) -> list[SpeakerQuotes]:
    """Quotes grouped by who said them, the most quoted first; quotes whose speaker is unknown go last."""
    canonical = {entity.id: entity.canonical for entity in story.entities}
    groups: dict[str, list[Quote]] = {}
    for quote in story.quotes:
        name = canonical.get(quote.speaker or "") or quote.speaker_text or ""
        groups.setdefault(name, []).append(quote)
    ordered = sorted(groups.items(), key=lambda item: (not item[0], -len(item[1])))
    return [SpeakerQuotes(name or "Unknown speaker", quotes) for name, quotes in ordered]


def marked_pieces(variant: QuoteVariant) -> list[tuple[str, bool]]:
    """A version's text cut into (piece, differs) pairs: True for the words no other version uses."""
    pieces: list[tuple[str, bool]] = []
    position = variant.start
    for span in sorted(variant.differs, key=lambda d: d.start):
        if span.start < position or span.end > variant.end:
            continue
        pieces += [(variant.text[position - variant.start : span.start - variant.start], False)]
        pieces += [(variant.text[span.start - variant.start : span.end - variant.start], True)]
        position = span.end
    pieces.append((variant.text[position - variant.start :], False))
    return [(text, differs) for text, differs in pieces if text]


def shorten(text: str, limit: int = 200) -> str:
    """One line of at most `limit` characters, cut at a word boundary with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:") + "…"


def loaded_in_context(article: Article, framing: Framing, width: int = 50) -> list[tuple[str, str]]:
    """Each loaded word once, with the words around its first use: ("Courts", "Khamenei Courts Putin: …")."""
    seen: dict[str, tuple[str, str]] = {}
    for word in framing.loaded:
        if word.text.lower() in seen:
            continue
        source = (article.title or "") if word.where == "headline" else article.text
        start, end = max(0, word.start - width), min(len(source), word.end + width)
        before, after = source[start : word.start], source[word.end : end]
        if start > 0:
            before = "…" + before.split(None, 1)[-1] if " " in before.strip() else "…" + before
        if end < len(source):
            after = (after.rsplit(None, 1)[0] if " " in after.strip() else after) + "…"
        seen[word.text.lower()] = (word.text, " ".join(f"{before}{word.text}{after}".split()))
    return list(seen.values())


def safe_url(url: str | None) -> str | None:
    """The URL when it is a plain http(s) link, else None (so `javascript:` and friends stay text)."""
    if url is None:
        return None
    stripped = url.strip()
    return stripped if stripped.lower().startswith(("http://", "https://")) else None


def number_text(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def duration_text(seconds: float) -> str:
    """5400 -> '1 h 30 min'."""
    left = round(seconds)
    parts = []
    for name, size in _DURATION_STEPS:
        amount, left = divmod(left, size)
        if amount:
            parts.append(f"{amount} {name}")
    return " ".join(parts) or "0 s"


def interval_text(normalized: Mapping[str, Any]) -> str:
    """A normalized value {low, high, unit} as a reader would say it: '≥ 1 h 30 min', '6,300–8,100 USD'; a
    date as its ISO days ('2015-11-23', '2015-11-11/2015-11-20'); an attribute or a claim as what was read
    ('foreign minister', 'denies')."""
    if isinstance(normalized.get("iso"), str):
        return str(normalized["iso"])
    if isinstance(normalized.get("value"), str):
        return str(normalized["value"])
    low, high = _bound(normalized.get("low")), _bound(normalized.get("high"))
    unit = str(normalized.get("unit") or "")

    def amount(value: float) -> str:
        return duration_text(value) if unit == "s" else f"{number_text(value)} {unit}".strip()

    if low is not None and high is not None:
        return amount(low) if low == high else f"{amount(low)} – {amount(high)}"
    if low is not None:
        return f"≥ {amount(low)}"
    if high is not None:
        return f"≤ {amount(high)}"
    return "unspecified"


def _bound(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
