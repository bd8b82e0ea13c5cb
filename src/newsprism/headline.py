"""Headline: a story's summary in one line.

The headline is a fact of the summary, never new words: its first shared fact, or its first fact with
the attribution where no fact is shared; a fact too long for a line is given without details it can do
without where the summary kept such a wording, else cut at a word and marked "…".
"""

from __future__ import annotations

import re

from .compress import word_count
from .model import Story
from .pronouns import quotes_someone
from .quoting import quote_regions

HEADLINE_WORDS = 24


def headline(story: Story, briefs: dict[str, str] | None = None) -> str | None:
    """One line: the summary's first shared fact (else its first fact), the first of the facts a sentence
    fuses with its attribution; where that is too long, the same fact without details it can do without
    (`briefs`, kept by the summary as it is made), else a shorter one of the first three, else the first
    cut at a word with " …". Someone's quoted words are no headline ("Trump said: “Does that make sense?”")
    while the summary has a fact of its own. Never cut at a comma, which may sit inside the attribution
    ("According to X and Y, …") or before the clause's verb ("Elsewhere in the country, …")."""
    facts = [s for s in story.summary if not s.conflicts]
    told = [s for s in facts if not quotes_someone(s.text)] or facts
    candidates = [s for s in told if not framed(s.text, story.outlets)] or told
    if not candidates:
        return None
    firsts = [first_fact(s.text) for s in candidates[:3]]
    shorter = [(briefs or {}).get(f, f) for f in firsts]
    text = next(
        (f for f in [firsts[0], shorter[0], *firsts[1:]] if word_count(f) <= HEADLINE_WORDS),
        firsts[0],
    )
    words = text.split()
    if len(words) > HEADLINE_WORDS:
        text = " ".join(words[:HEADLINE_WORDS]).rstrip(",;:—–-") + " …"
    return text


def framed(text: str, outlets: list[str]) -> bool:
    """Whether the sentence opens on the summary's attribution to outlets ("According to X, …", "X reports
    that, …"), not on a source the outlets relay ("According to the statement, …")."""
    return any(text.startswith((f"According to {o}", f"{o} report")) for o in outlets)


def first_fact(text: str) -> str:
    """The first of the facts a sentence fuses ("According to X, a; b." -> "According to X, a"), without its
    stop; a semicolon inside quoted words is theirs."""
    quoted = quote_regions(text)
    cut = next(
        (m.start() for m in re.finditer("; ", text) if not any(s <= m.start() < e for s, e in quoted)), None
    )
    fact = text[:cut] if cut is not None else text
    return (
        fact if re.search(r"\b(?:\w\.){2,}$", fact) else fact.removesuffix(".")
    )  # "… in the U.S." keeps its stop
