"""report.html: one self-contained page; article text is always escaped and nothing can run or load."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from newsprism.model import Article, Report, Span, Story, Unit
from newsprism.render.views import (
    SpeakerQuotes,
    article_names,
    interval_text,
    label_table,
    loaded_in_context,
    marked_pieces,
    quotes_by_speaker,
    safe_url,
    shorten,
    syndicated_by,
    unit_outlets,
    units_by_coverage,
)

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


@dataclass
class Citation:
    name: str
    href: str
    evidence: str


@dataclass
class Column:
    """One article in the side-by-side view."""

    article: Article
    anchor: str
    name: str
    carried_by: list[str]
    url: str | None
    paragraphs: list[Markup] = field(default_factory=list)


@dataclass
class StoryView:
    story: Story
    names: dict[str, str]
    citations: list[list[Citation]]
    coverage: list[tuple[str, str, list[Unit]]]
    units: dict[str, Unit]
    unit_outlets: dict[str, str]
    label_columns: list[str]
    label_rows: list[tuple[str, list[list[str]]]]
    entities: dict[str, str]
    columns: list[Column]
    anchored: set[str]
    speakers: list[SpeakerQuotes]
    pieces: dict[str, list[list[tuple[str, bool]]]]
    loaded: dict[str, list[tuple[str, str]]]  # article id -> (loaded word, the words around it)


def mark_id(story: Story, article_id: str, unit_id: str) -> str:
    return f"{story.id}-{article_id}-{unit_id}"


def highlighted(story: Story, article: Article, outlets: dict[str, str], anchored: set[str]) -> list[Markup]:
    """The article's text as escaped paragraphs, evidence spans in <mark>s; mark ids are added to anchored."""
    spans: list[tuple[Span, Unit]] = sorted(
        ((ev, unit) for unit in story.units for ev in unit.evidence if ev.article == article.id),
        key=lambda pair: (pair[0].start, -pair[0].end),
    )
    pieces: list[tuple[str, Unit | None]] = []
    position = 0
    for span, owner in spans:
        # spans should not overlap; one that starts inside the previous one (or is out of range) is skipped
        if span.start < position or span.end <= span.start or span.end > len(article.text):
            continue
        pieces += [(article.text[position : span.start], None), (article.text[span.start : span.end], owner)]
        position = span.end
    pieces.append((article.text[position:], None))

    paragraphs: list[Markup] = []
    current: list[Markup] = []
    for piece, unit in pieces:
        for number, line in enumerate(piece.split("\n")):
            if number:
                paragraphs.append(Markup("").join(current))
                current = []
            if not line:
                continue
            if unit is None:
                current.append(escape(line))
                continue
            # a span running over a line break is closed and reopened; ids stay unique, on the first part only
            anchor: Markup | str = ""
            if (identifier := mark_id(story, article.id, unit.id)) not in anchored:
                anchor = Markup(' id="{}"').format(identifier)
                anchored.add(identifier)
            title = f"{unit.id} · {unit.coverage}: {outlets[unit.id]}"
            current.append(
                Markup('<mark class="cov-{}"{} title="{}">{}</mark>').format(
                    unit.coverage, anchor, title, line
                )
            )
    paragraphs.append(Markup("").join(current))
    return [Markup("<p>{}</p>").format(p) for p in paragraphs if p.striptags().strip()]


def _citations(story: Story, names: dict[str, str], anchored: set[str]) -> list[list[Citation]]:
    """Per summary sentence, a link per cited article to its evidence mark (or the article) with the text."""
    units = {unit.id: unit for unit in story.units}
    result = []
    for sentence in story.summary:
        cited = []
        for article_id in sentence.citations:
            evidence = [
                (unit_id, ev)
                for unit_id in sentence.units
                if unit_id in units
                for ev in units[unit_id].evidence
                if ev.article == article_id
            ]
            marks = [mark_id(story, article_id, unit_id) for unit_id, _ in evidence]
            href = next((m for m in marks if m in anchored), f"{story.id}-{article_id}")
            disputed = [
                v.text
                for c in story.conflicts
                if c.id in sentence.conflicts
                for v in c.values
                if v.article == article_id
            ]
            shown = " … ".join([*(shorten(ev.text) for _, ev in evidence), *disputed]) or "no evidence span"
            cited.append(Citation(names.get(article_id, article_id), f"#{href}", shown))
        result.append(cited)
    return result


def story_view(story: Story) -> StoryView:
    names = article_names(story)
    outlets = {unit.id: ", ".join(unit_outlets(story, unit)) for unit in story.units}
    label_columns, label_rows = label_table(story)
    anchored: set[str] = set()
    carried = syndicated_by(story)
    columns = [
        Column(
            article=art,
            anchor=f"{story.id}-{art.id}",
            name=names[art.id],
            carried_by=[", ".join(filter(None, [names[c.id], c.date])) for c in carried.get(art.id, [])],
            url=safe_url(art.url),
            paragraphs=highlighted(story, art, outlets, anchored),
        )
        for art in story.originals
    ]
    return StoryView(
        story=story,
        names=names,
        citations=_citations(story, names, anchored),
        coverage=units_by_coverage(story),
        units={unit.id: unit for unit in story.units},
        unit_outlets=outlets,
        label_columns=label_columns,
        label_rows=label_rows,
        entities={entity.id: entity.canonical for entity in story.entities},
        columns=columns,
        anchored=anchored,
        speakers=quotes_by_speaker(story),
        pieces={quote.id: [marked_pieces(v) for v in quote.variants] for quote in story.quotes},
        loaded={a.id: loaded_in_context(a, f) for a in story.articles if (f := story.framing.get(a.id))},
    )


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("newsprism", "render/templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(shorten=shorten, interval=interval_text)
    return env


def to_html(report: Report) -> str:
    template = _environment().get_template("report.html.j2")
    return template.render(report=report, stories=[story_view(s) for s in report.stories], csp=CSP)
