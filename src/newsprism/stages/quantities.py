"""Quantities: dates, times, durations, ages, counts, casualties, percentages, money, ordinals as intervals.

"more than an hour and a half" -> [5400, None] s, hedge "more than"; "around two hours" -> [6480, 7920] s,
hedge "around"; "around 20 countries" -> [18, 22] country; "three more people" -> [3, None] people (the
total is at least what was added); the phrases are read by `newsprism.quantify`.
Each quantity is attached to what it measures (`about`): the noun its clause describes ("meeting … which
lasted around two hours" -> meeting), so that two outlets' figures are only compared when they measure the
same thing. Relative dates ("yesterday", "on Monday") are resolved against the article's own date.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from ..context import Context
from ..model import Article, Quantity, Story
from ..quantify import find, interval, number

__all__ = ["extract", "interval", "number", "run", "slot"]

NAME = "quantities"
LEVEL = "story"
REQUIRES = {"doc"}
PROVIDES = {"quantities"}

_QUALIFIER = {"amod", "compound", "nmod", "npadvmod"}  # the dependencies of a word that qualifies a noun
# a count of more of something ("three more people died") says what was added, and the total is at least that
_MORE = {"more", "additional", "further", "new"}
# Nouns news uses interchangeably for one event; a duration of "talks" and of "the meeting" compare.
_EVENT_NOUNS = {"meeting", "talk", "talks", "summit", "session", "negotiation", "discussion", "conversation"}


def slot(q: Quantity) -> tuple[str, str, str] | None:
    """What a quantity measures, as (kind, unit, about); None when unknown, so it is never compared."""
    if not q.about or q.about in STOP_WORDS:
        return None  # "he", "it", "this": what a pronoun stands for is not known here
    about = "meeting" if q.about in _EVENT_NOUNS else q.about
    return q.kind, q.unit, about


def _about(doc: Any, start: int, end: int) -> str | None:
    """Lemma of the noun a quantity measures, found by climbing the parse from its last word."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    token = span[-1]
    following = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    objects = [g for c in following for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    if objects:  # "four hours of talks"
        return str(objects[0].lemma_.lower())
    for _ in range(5):
        head = token.head
        if head.pos_ in {"NOUN", "PROPN"} and not (start <= head.idx < end):
            return str(head.lemma_.lower())
        if head.pos_ in {"VERB", "AUX"}:
            # the noun a relative clause or a participle qualifies: "a settlement dating back 49,000 years"
            if head.dep_ in {"relcl", "acl"} and head.head.pos_ in {"NOUN", "PROPN"}:
                return str(head.head.lemma_.lower())
            subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            return str(subjects[0].lemma_.lower()) if subjects else str(head.lemma_.lower())
        token = head
    return None


def _counted(doc: Any, start: int) -> tuple[str, int, bool] | None:
    """Lemma and end of the noun a count counts ("20 countries" -> country), past the words that qualify
    it ("680 illegal aliens" -> alien, "12 senior officials" -> official), and whether the count is of more
    of them ("three more people"); None when it counts no noun."""
    span = doc.char_span(start, start + 1, alignment_mode="expand") if doc is not None else None
    if span is None:
        return None
    token = span[0]
    # a word that leans on the number itself ("more" in "three more people") leaves the count to the
    # number's noun
    number = token.nbor(-1) if token.i > 0 else None
    more = False
    if number is not None and token.head == number and 0 < number.head.i - token.i <= 3:
        more = token.lower_ in _MORE
        token = number.head
    # a qualifier leans on a noun a few words on: "illegal" on "aliens", "Mississippi" on "plants"
    while token.dep_ in _QUALIFIER and 0 < token.head.i - token.i <= 3:
        more = more or token.lower_ in _MORE
        token = token.head
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    return str(token.lemma_.lower()), token.idx + len(token.text), more


def published(article: Article) -> date | None:
    try:
        return date.fromisoformat((article.date or "")[:10])
    except ValueError:
        return None


def extract(article: Article) -> list[Quantity]:
    """The article's quantities, each attached to what it measures; a count or an ordinal to the noun it
    counts ("20 countries" -> country, "his third visit" -> visit)."""
    found = []
    for f in find(article.text, article.doc, published(article)):
        unit, end, high = f.unit, f.end, f.high
        if f.noun_start is not None:
            counted = _counted(article.doc, f.noun_start)
            if counted is None:
                continue  # "two of", "20 had": not a count of something
            unit, end = counted[0], max(end, counted[1])
            high = None if counted[2] else high
        if f.kind == "ordinal":
            about: str | None = unit  # "his third visit" is about the visits, whatever verb it sits under
        else:
            about = _about(article.doc, f.start, end) if article.doc is not None else None
        text = article.text[f.start : end]
        quantity = Quantity(article.id, f.start, end, text, f.kind, f.low, high, unit, f.hedge, about, f.iso)
        found.append(quantity)
    return found


def run(story: Story, ctx: Context) -> Story:
    story.quantities = [q for article in story.originals for q in extract(article)]
    return story
