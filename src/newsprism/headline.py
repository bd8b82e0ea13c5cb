"""Headline: a story's summary in one line.

The headline is a fact of the summary, never new words: the one that tells most of what the outlets put
first, their titles and leads (`main_event`), since the most salient shared fact can be a detail ("Nisei
refers to Japanese Americans born to immigrants" in a story of a medal ceremony); a fact stated without
attribution goes before an attributed one that tells a little more (`_ATTRIBUTED`). Without titles or
leads to read, the summary's first shared fact, else its first fact. An attributed fact leads with the
news and names its outlets after it, as a tag ("Veldt and Kolvanek agreed … (3 of 4 outlets)"), so that
the line's words go to the fact: the summary sentence it comes from names them in full. A fact too long
for a line is given without details it can do without where the summary kept such a wording, else cut
before an aside ("…, citing …") or at a word, and marked "…".
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .compress import word_count
from .model import Story, SummarySentence
from .pronouns import quotes_someone
from .quoting import quote_regions
from .support import content_words, stem
from .wording import frame, listed

HEADLINE_WORDS = 24
# a line cut short stops before an aside that one of these opens, after a comma ("…, citing …", "…, which
# …"), where this many words stay: the clause before it tells the news whole
_ASIDES = {
    "which", "who", "whose", "where", "when", "while", "as", "after", "before", "because", "although",
    "though", "according", "amid", "despite", "including", "following", "and", "but",
}  # fmt: skip
_KEPT = 12
# a figure ("1", "$1.7", "3.5%"): a line cut short does not end on one cut from what it counts
_FIGURE = re.compile(r"[$€£]?\d[\d.,]*%?")
# how much of the outlets' titles and leads an attributed fact keeps against one every outlet is cited for:
# a fact the summary states as settled heads it unless the attributed one tells clearly more of the story
_ATTRIBUTED = 0.8


def headline(story: Story, briefs: dict[str, str] | None = None) -> str | None:
    """One line: the summary's fact that tells most of the outlets' titles and leads (`main_event`), else its
    first shared fact, else its first fact; the first of the facts a sentence fuses, its outlets named
    after it (`untagged`). Where that is too long, the same fact without details it can do without
    (`briefs`, kept by the summary as it is made), else the fact cut with " …", before an aside where it
    can be (`_cut`): the main event cut short tells more than a whole detail. Only without titles or
    leads, where the first shared fact is merely the most central, a shorter one of the next two goes
    before a cut one. Someone's quoted words are no headline ("Trump said: “Does that make sense?”") while
    the summary has a fact of its own. A comma is a place to stop only before an aside: one may sit before
    the clause's verb ("Elsewhere in the country, …")."""
    marks = event_marks(story)
    candidates = ranked(story, marks)
    if not candidates:
        return None
    firsts = [(first_fact(s.text), s) for s in candidates[: 1 if marks else 3]]
    shorter = [((briefs or {}).get(f, f), s) for f, s in firsts]
    tagged = [untagged(story, f, s) for f, s in [firsts[0], shorter[0], *firsts[1:]]]
    text, tag = next((t for t in tagged if word_count(t[0]) <= HEADLINE_WORDS), tagged[0])
    words = text.split()
    if len(words) > HEADLINE_WORDS:
        words = _cut(words[:HEADLINE_WORDS])
        text = " ".join(words).rstrip(",;:—–-") + " …"
    return f"{text} ({tag})" if tag else text


def _cut(words: list[str]) -> list[str]:
    """A line's words up to where it may stop: before the last aside that follows a comma, where the line
    keeps `_KEPT` words or more ("… resigned Monday, citing what she said was …" -> "… resigned Monday"),
    else not on a little word ("… agreed on Tuesday", not "… agreed on Tuesday to a") nor on a figure cut from
    what it counts ("… and pledged", not "… and pledged to give 1" of "1 billion doses")."""
    aside = [
        n
        for n in range(_KEPT, len(words))
        if words[n - 1].endswith(",")
        and (words[n] in _ASIDES or (words[n].endswith("ing") and words[n].isalpha() and words[n].islower()))
    ]
    if aside:
        return words[: aside[-1]]
    while len(words) > 1 and (words[-1].lower() in STOP_WORDS or _FIGURE.fullmatch(words[-1])):
        words.pop()
    return words


def ranked(story: Story, marks: list[set[str]]) -> list[SummarySentence]:
    """The summary's facts as a headline would take them: by how much of the outlets' titles and leads
    (`marks`, `event_marks`) they tell (`main_event`), else the shared ones in order; someone's quoted
    words only where the summary has nothing else, the disputed points never."""
    facts = [s for s in story.summary if not s.conflicts]
    told = [s for s in facts if not quotes_someone(s.text)] or facts
    if marks:
        return sorted(told, key=lambda s: -main_event(story, s.text, marks))
    return [s for s in told if not framed(s.text, story.outlets)] or told


def event_marks(story: Story) -> list[set[str]]:
    """Each article's title and lead as stemmed content words, where it has either."""
    return [m for f in story.framing.values() if (m := _words(" ".join(filter(None, [f.headline, f.lead]))))]


def untagged(story: Story, fact: str, sentence: SummarySentence) -> tuple[str, str | None]:
    """A summary fact without its attribution ("According to X and Y, …", "X reports that, …"), and the
    outlets it names as a headline's tag: their names where one or two, else how many of the story's
    ("3 of 4 outlets"). A fact without attribution has no tag."""
    outlets = sorted({story.article(a).outlet or a for a in sentence.citations})
    if not outlets:
        return fact, None
    for words in (frame(outlets), frame(outlets, relayed=True)):
        if fact.startswith(words) and len(fact) > len(words):
            rest = fact[len(words) :]
            tag = listed(outlets) if len(outlets) <= 2 else f"{len(outlets)} of {len(story.outlets)} outlets"
            return rest[0].upper() + rest[1:], tag
    return fact, None


def main_event(story: Story, sentence: str, marks: list[set[str]]) -> float:
    """How much of what the outlets put first a summary sentence's first fact tells: the share of each
    article's title and lead words (`marks`, stemmed content words) it carries, averaged over the articles;
    less for an attributed fact (`_ATTRIBUTED`). The outlets' names and the attribution's words count for
    nothing."""
    fact = first_fact(sentence)
    frame = {stem(w) for o in story.outlets for w in content_words(o)} | {"accord", "report"}
    words = _words(fact) - frame
    share = sum(len(words & m) / len(m) for m in marks) / len(marks)
    return share * (_ATTRIBUTED if framed(fact, story.outlets) else 1.0)


def _words(text: str) -> set[str]:
    return {stem(w) for w in content_words(text) if not w[:1].isdigit()}


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
