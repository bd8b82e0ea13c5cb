"""Cluster: group articles into stories, one story per event, with the online `StoryIndex`.

Originals are placed in date order; an article joins a story only when members of it are dated within
`cluster.window_days`, so the same actors meeting again next year start a new story. Copies found by dedup
follow their original. With a store, the index holds every earlier article and only new ones are placed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..context import Context
from ..model import Article, Report, Story
from ..story_index import StoryIndex

NAME = "cluster"
LEVEL = "corpus"
REQUIRES = {"articles", "copy_of"}
PROVIDES = {"stories"}


def place(index: StoryIndex, articles: list[Article], ctx: Context) -> list[int]:
    """Add articles to the index; the story number of each."""

    def embed(texts: list[str]) -> np.ndarray:
        return ctx.embedder.encode(texts)  # the model loads only when the index embeds anything

    titles, texts, dates = [a.title for a in articles], [a.text for a in articles], [a.date for a in articles]
    return index.add(titles, texts, dates, embed)


def assign_stories(articles: list[Article], ctx: Context) -> list[str]:
    """A story key per article, copies with their originals; for benchmarks and callers without a report."""
    originals = [a for a in articles if a.copy_of is None]
    labels = dict(
        zip((a.id for a in originals), place(StoryIndex(ctx.settings.cluster), originals, ctx), strict=True)
    )
    return [f"s{labels[a.copy_of or a.id]}" for a in articles]


def story_title(members: list[Article], central: Article) -> str:
    if central.title:
        return central.title
    first = central.sentences[0][1] if central.sentences else 120
    return central.text[:first].strip() or next((a.title for a in members if a.title), "untitled story")


def make_story(story_id: str, members: list[Article], central: Article) -> Story:
    dates = sorted(a.date for a in members if a.date)
    return Story(
        id=story_id,
        title=story_title(members, central),
        first_seen=dates[0] if dates else None,
        last_seen=dates[-1] if dates else None,
        articles=members,
    )


@dataclass
class Placement:
    """What a run added to the index: its rows (first row, article ids) and each story's number."""

    index: StoryIndex
    first_row: int
    row_ids: list[str]
    stored_story_ids: set[str] = field(default_factory=set)
    numbers: dict[str, int] = field(default_factory=dict)


def run(report: Report, ctx: Context) -> Report:
    originals = [a for a in report.articles if a.copy_of is None]
    index = StoryIndex(ctx.settings.cluster)
    stored_rows = ctx.store.load_index(index) if ctx.store else []
    story_ids = ctx.store.story_ids() if ctx.store else {}
    labels = place(index, originals, ctx)
    story_of = dict(zip(stored_rows, (int(x) for x in index.labels[: len(stored_rows)]), strict=True))
    story_of.update(zip((a.id for a in originals), labels, strict=True))
    touched = {story_of[a.copy_of or a.id] for a in report.articles}
    if ctx.store:  # the stories this batch adds to are analysed again with their earlier articles
        report.articles = (
            ctx.store.articles_of([story_ids[n] for n in sorted(touched) if n in story_ids]) + report.articles
        )
    by_label: dict[int, list[Article]] = {}
    for article in report.articles:
        by_label.setdefault(story_of[article.copy_of or article.id], []).append(article)
    position = {a.id: i for i, a in enumerate(report.articles)}
    ordered = sorted(by_label.items(), key=lambda item: (-len(item[1]), position[item[1][0].id]))
    row_ids = stored_rows + [a.id for a in originals]
    placement = Placement(index, len(stored_rows), [a.id for a in originals], set(story_ids.values()))
    for label, members in ordered:
        central = next(a for a in members if a.id == row_ids[index.central(label)])
        story = make_story(story_ids.get(label) or ctx.new_id("s"), members, central)
        placement.numbers[story.id] = label
        report.stories.append(story)
    report.placement = placement
    return report
