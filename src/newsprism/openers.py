"""Who a clause's opening pronoun or possessive stands for, so that a summary sentence names them.

A clause lifted out of its article may open on "he", "she", "his" or "her" ("His best move was casting
Saoirse Ronan"): the summary puts the person the story tells it is in its place (`pronoun_edits`), or leaves
the clause out where the reader could not tell who or what it is about (`unresolved_opener`: "they", "their",
"That was the year …", "It was like Pluto").
"""

from __future__ import annotations

import re
from typing import Any

from .model import Article, Span, Story
from .pronouns import subject_before
from .standalone import first_word

# a clause's subject pronoun, past a connective and a short opening: "and he", "Sometimes she", "Last
# week, he", "On Monday, after the talks, she"
_LEAD_IN = (
    r"\W*(?:(?:and|but|while|where|when|then|so)\s+)?"
    r"(?:(?:[\w’'-]+\s+){0,4}[\w’'-]+,\s+(?:(?:[\w’'-]+\s+){0,4}[\w’'-]+,\s+)?"
    r"|(?:sometimes|later|now|also|often|still|soon|once|eventually|instead|\w+ly)\s+)?"
)
# "Trump, he said, was …": a speech tag set inside someone else's words, not the clause's subject
_OPENING_PRONOUN = re.compile(rf"({_LEAD_IN})(he|she)\b(?!\s+(?:said|says|added|noted|wrote)\s*,)", re.I)
_PLURAL_OPENER = re.compile(rf"{_LEAD_IN}they\b", re.I)
# "That was the year …", "This footage offers …": a subject that points back to the sentence before
_POINTING_BACK = {"this", "that", "these", "those"}
# whose a subject is: "His pick for labor secretary", "Their ringleader"
_POSSESSIVES = {"his", "her", "their", "its"}


def opens_on_pronoun(text: str) -> bool:
    """Whether a clause's subject is "he" or "she" at its start, past a connective and a short opening
    ("and he …", "Last week, she …")."""
    return bool(_OPENING_PRONOUN.match(text))


def _contraction(article: Article, start: int, end: int, name: str) -> tuple[int, int, str]:
    """The edit that puts a name in a pronoun's place, a contraction spelled out: "He’s continuing" is
    "Jeff Flake is continuing", not "Jeff Flake’s continuing", which reads as a possessive."""
    if not re.match(r"['’]s\b", article.text[end : end + 2]):
        return start, end, name
    doc = article.doc
    verb = doc.char_span(end, end + 2) if doc is not None else None
    if verb is None:
        return start, end + 2, f"{name} is"
    following = verb[0].nbor() if verb[0].i + 1 < len(verb.doc) else None
    perfect = verb[0].lemma_ == "have" or (following is not None and following.tag_ == "VBN")
    return start, end + 2, f"{name} {'has' if perfect else 'is'}"


def _subject_pronoun(article: Article, evidence: Span) -> tuple[int, int] | None:
    """Where the clause's subject is "he" or "she" at its start (`opens_on_pronoun`), or, as the parse
    reads it, anywhere before the clause's main verb ("About an hour later he said …", "Told that Forbes
    would drop him, he responded …"; not "When he arrived, Trump said …")."""
    opener = _OPENING_PRONOUN.match(evidence.text)
    if opener:
        return evidence.start + opener.start(2), evidence.start + opener.end(2)
    doc = article.doc
    tokens = doc.char_span(evidence.start, evidence.end, alignment_mode="expand") if doc is not None else None
    if tokens is None:
        return None
    root = tokens.root
    subject = next(
        (
            c
            for c in root.children
            if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"he", "she"} and c.i < root.i
        ),
        None,
    )
    return (subject.idx, subject.idx + len(subject.text)) if subject is not None else None


def referents(story: Story, spans: list[Span]) -> list[str]:
    """The names of the people the spans' opening "he" or "she" stands for ("where he presented the
    Ayatollah …": Vladimir Putin), so that a clause is read as saying who it means."""
    names = []
    for span in spans:
        if opens_on_pronoun(span.text):
            person = subject_before(story, story.article(span.article), span.start)
            if person is not None:
                names += [person.canonical, *(label for labels in person.labels.values() for label in labels)]
    return names


def _referential(it: Any) -> bool:
    """Whether an opening "it" stands for something named before, as the subject of its verb: not the "it"
    of "it turns out that …", "it is important to …" or "It was Simpson that …", which stands for nothing."""
    verb = it.head
    if it.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_ in {"turn", "seem", "appear", "happen", "matter"}:
        return False
    # "it is clear that …", "it was reported that …", "It was Simpson that …": a copula, an adjective or a
    # passive holding the clause "it" stands in for
    empty = verb.lemma_ == "be" or it.dep_ == "nsubjpass" or any(c.dep_ == "acomp" for c in verb.children)
    held = any(
        c.i > it.i
        and (
            c.dep_ in {"ccomp", "xcomp", "csubj", "advcl"}
            or (c.dep_ == "attr" and any(g.dep_ in {"relcl", "acl"} for g in c.children))
        )
        for c in verb.children
    )
    return not (empty and held)


def _possessive_opener(article: Article, evidence: Span) -> Any:
    """The possessive that opens the clause's subject, past a connective ("His pick for labor secretary
    withdrew", "and their ringleader is played by …"), or None."""
    doc = article.doc
    tokens = doc.char_span(evidence.start, evidence.end, alignment_mode="expand") if doc is not None else None
    words = [t for t in tokens or [] if not t.is_punct]
    if words and words[0].lower_ in {"and", "but", "so", "while", "yet"}:
        words = words[1:]
    first = words[0] if words else None
    if first is not None and first.lower_ in _POSSESSIVES and first.head.dep_ in {"nsubj", "nsubjpass"}:
        return first
    return None


def unresolved_opener(story: Story, article: Article, evidence: Span) -> bool:
    """Whether the clause's subject is "he" or "she" (`_subject_pronoun`) that no person of the story
    resolves, or it opens on "they", on a subject pointing back ("That", "Those accounts") or on an "it"
    standing for something named before, which the summary does not resolve: a sentence about someone or
    something the reader cannot tell ("They are expected to stay there for around a week", "That was the
    year he was acquitted", "It was like Pluto")."""
    if _PLURAL_OPENER.match(evidence.text):
        return True
    owner = _possessive_opener(article, evidence)
    if owner is not None and (
        owner.lower_ not in {"his", "her"} or not subject_before(story, article, evidence.start)
    ):
        return True  # "Their ringleader is played by …", "His best move was …": whose?
    first = first_word(article, evidence)
    subject = first.head if first is not None and first.dep_ == "det" else first
    if first is not None and first.lower_ in _POINTING_BACK and subject.dep_ in {"nsubj", "nsubjpass"}:
        return True  # "That was the year …", "Those accounts have since been removed": which ones?
    if first is not None and first.lower_ == "it" and _referential(first):
        return True  # "It was like Pluto but more massive": what was?
    return (
        _subject_pronoun(article, evidence) is not None
        and subject_before(story, article, evidence.start) is None
    )


def pronoun_edits(story: Story, article: Article, evidence: Span) -> list[tuple[int, int, str]]:
    """The clause's opening "he" or "she" as the person it stands for, a contraction spelled out ("He’s
    continuing" -> "Jeff Flake is continuing"), and its opening "his" or "her" as theirs ("His best move"
    -> "Peter Jackson's best move"), where the story tells who (`subject_before`)."""
    edits = []
    opener = _subject_pronoun(article, evidence)
    if opener:
        person = subject_before(story, article, evidence.start)
        if person is not None:
            edits.append(_contraction(article, *opener, person.canonical))
    owner = _possessive_opener(article, evidence)
    if owner is not None and owner.lower_ in {"his", "her"}:
        person = subject_before(story, article, evidence.start)
        if person is not None:
            mark = "’" if "’s" in article.text else "'"
            edits.append((owner.idx, owner.idx + len(owner.text), f"{person.canonical}{mark}s"))
    return edits
