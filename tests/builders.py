"""Small builders for stage tests: parsed, segmented articles in a story, before any story stage runs."""

from __future__ import annotations

from newsprism.context import Context
from newsprism.model import Article, Story
from newsprism.stages import segment


def segmented_story(
    ctx: Context, texts: list[str], outlets: list[str] | None = None, copies: dict[str, str] | None = None
) -> Story:
    """A story of articles a1, a2, … holding `texts`, parsed and segmented, before any story stage."""
    articles = []
    for number, text in enumerate(texts, 1):
        outlet = outlets[number - 1] if outlets else f"Outlet {number}"
        article = Article(id=f"a{number}", path=f"{number}.txt", text=text, outlet=outlet)
        article.copy_of = (copies or {}).get(article.id)
        articles.append(segment.segment_article(article, ctx.parse([text])[0], 4))
    return Story(id="s1", title="t", articles=articles)
