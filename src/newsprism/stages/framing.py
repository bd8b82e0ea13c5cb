"""Framing: how each outlet tells the story.

Per article: headline and lead; the order in which it brings the facts it shares with other outlets
(emphasis); what it alone reports and what it leaves out that others carry; the labels it uses for
each entity; and loaded or evaluative words from a lexicon, outside quotations (an outlet quoting a
speaker's words is not its own wording), with offsets into the text or the headline.
"""

from __future__ import annotations

import re
from importlib import resources

from ..cleaning.text import is_caption
from ..context import Context
from ..model import Article, Framing, Loaded, Story
from ..quoting import quote_regions

NAME = "framing"
LEVEL = "story"
REQUIRES = {"units", "entities"}
PROVIDES = {"framing"}

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def _forms(lemma: str) -> set[str]:
    """Inflected forms of a lexicon entry: court -> courts, courted, courting."""
    forms = {lemma}
    if " " in lemma:
        return forms
    if lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    elif lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    else:
        forms |= {lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lemma):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def load_lexicon() -> dict[str, str]:
    """Surface form -> lexicon entry, from the packaged list of loaded and evaluative words."""
    text = resources.files("newsprism").joinpath("data/loaded_words.txt").read_text(encoding="utf-8")
    lexicon: dict[str, str] = {}
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if entry.startswith("="):
            lexicon.setdefault(entry[1:], entry[1:])
        elif entry:
            for form in _forms(entry):
                lexicon.setdefault(form, entry)
    return lexicon


def loaded_words(text: str, lexicon: dict[str, str], where: str = "text") -> list[Loaded]:
    quoted = quote_regions(text)
    found = []
    for match in _WORD.finditer(text):
        word = match.group().lower().replace("’", "'")
        if word in lexicon and not any(s <= match.start() < e for s, e in quoted):
            found.append(Loaded(match.group(), match.start(), match.end(), where))
    phrases = [p for p in lexicon if " " in p]
    lowered = text.lower()
    for phrase in phrases:
        for m in re.finditer(r"\b" + re.escape(phrase) + r"\b", lowered):
            if not any(s <= m.start() < e for s, e in quoted):
                found.append(Loaded(text[m.start() : m.end()], m.start(), m.end(), where))
    return sorted(found, key=lambda x: x.start)


def lead(article: Article) -> str | None:
    """The first sentence that is not a photo caption."""
    for start, end in article.sentences:
        if not is_caption(article.text[start:end]):
            return article.text[start:end]
    return article.text[:300] or None


def frame(story: Story, article: Article, lexicon: dict[str, str]) -> Framing:
    carried = [u for u in story.units if article.id in u.articles]
    position = {u.id: next(e.start for e in u.evidence if e.article == article.id) for u in carried}
    shared = sorted((u for u in carried if u.coverage != "one"), key=lambda u: position[u.id])
    others = len(story.outlets) - 1
    omitted = [
        u.id
        for u in story.units
        if article.id not in u.articles
        and (len(u.outlets) >= 2 or (others and len(u.outlets) >= others))
        and article.outlet not in u.outlets
    ]
    loaded = loaded_words(article.title, lexicon, "headline") if article.title else []
    loaded += loaded_words(article.text, lexicon)
    return Framing(
        headline=article.title,
        lead=lead(article),
        emphasis=[u.id for u in shared],
        loaded=loaded,
        labels={e.id: e.labels[article.id] for e in story.entities if article.id in e.labels},
        exclusive=[u.id for u in carried if u.coverage == "one"],
        omits=omitted,
    )


def run(story: Story, ctx: Context) -> Story:
    lexicon = load_lexicon()
    story.framing = {a.id: frame(story, a, lexicon) for a in story.originals}
    return story
