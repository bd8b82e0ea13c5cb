"""Mentions: the people, bodies and places one article names, as its parse finds them, repaired where a
small model errs ("the Kremlin Dmitry" + "Peskov", "Parents Ashley and Evan Boyle", "Nations Nikki Haley"),
with the offices and descriptions the article binds to each person ("Russian President Vladimir Putin",
"Khamenei, the Leader of the Islamic Revolution"). `newsprism.stages.entities` resolves them across a
story's articles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .model import Article
from .names import (
    HONORIFICS,
    OFFICES,
    capital_inside,
    fold,
    is_title_word,
    name_key,
    name_tokens,
    strip_possessive,
)

ENTITY_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT"}
_ROLE_DEPS = {"compound", "amod", "nmod", "appos"}
_BODY_TYPES = {"ORG", "GPE", "NORP"}
_PLATFORMS = {"twitter", "instagram", "facebook", "youtube", "tiktok", "snapchat", "reddit", "whatsapp"}
_MAX_ROLE_TOKENS = 10


@dataclass
class Found:
    """A mention before resolution: where it is, what kind of name, and the roles bound to it there."""

    article: str
    start: int
    end: int
    text: str
    type: str
    words: list[str]
    kind: str = "name"
    roles: list[tuple[int, int, str]] = field(default_factory=list)
    nations: set[str] = field(default_factory=set)  # "Russian President", "Iran’s Supreme Guide"


def _trim_span(text: str, start: int, end: int, person: bool) -> tuple[int, int]:
    """Drop possessive endings and, for non-people, a leading article ("the Kremlin" -> "Kremlin")."""
    piece = text[start:end]
    stripped = strip_possessive(piece)
    end = start + len(stripped.rstrip())
    if not person:
        match = re.match(r"(the|a|an)\s+", text[start:end], re.I)
        if match:
            start += match.end()
    return start, end


def _fixed_ents(doc: Any) -> list[tuple[int, int, str]]:
    """Entity token ranges with spaCy's "the Kremlin Dmitry" + "Peskov" split repaired."""
    ents = [[e.start, e.end, e.label_] for e in doc.ents if e.label_ in ENTITY_TYPES]
    for left, right in zip(ents, ents[1:], strict=False):
        adjacent = right[2] == "PERSON" and left[2] != "PERSON" and left[1] == right[0]
        if adjacent and left[1] - left[0] > 1 and doc[left[1] - 1].pos_ == "PROPN":
            left[1] -= 1
            right[0] -= 1
    for ent in ents:  # "12:39 A.M. Israel and Hamas …": a live blog's time of day is no part of a name
        while ent[1] - ent[0] > 1 and ent[0] > 0 and _time_of_day(doc[ent[0]], doc[ent[0] - 1]):
            ent[0] += 1
    for ent in ents:  # "Instagram and Twitter", "@handle": a small model's people that are a platform
        if ent[2] == "PERSON" and all(
            t.lower_ in _PLATFORMS or t.text[:1] == "@" for t in doc[ent[0] : ent[1]]
        ):
            ent[2] = "ORG"
    return [(s, e, label) for s, e, label in ents if e > s]


_TIME_MARKS = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "et", "est", "edt", "bst", "cet"}


def _time_of_day(token: Any, before: Any) -> bool:
    """Whether the token marks the time of day just written before it ("12:39 A.M.", "10 p.m. ET")."""
    return token.lower_ in _TIME_MARKS and (
        bool(re.fullmatch(r"\d{1,2}(?::\d{2})?", before.text)) or before.lower_ in _TIME_MARKS
    )


def _office_of(doc: Any, i: int) -> int | None:
    """Start of "Spokesman for the Kremlin" when the organisation ends just before token i: an office
    named with the body it serves, written before a name."""
    j = i
    while j > 0 and doc[j - 1].ent_type_ in _BODY_TYPES:
        j -= 1
    if j == i or j < 2:
        return None
    if doc[j - 1].lower_ == "the":
        j -= 1
    if j >= 2 and doc[j - 1].lower_ in {"of", "for", "to"} and is_title_word(doc[j - 2].text):
        k = j - 2
        while k > 0 and is_title_word(doc[k - 1].text):
            k -= 1
        return k
    return None


def _left_role(doc: Any, start: int) -> tuple[int, int]:
    """Token range of office words written just before a name ("the Russian President | Vladimir Putin",
    "The Spokesman for the Kremlin | Dmitry Peskov")."""
    body = _office_of(doc, start)
    if body is not None:
        return body, start
    i = start
    while i > 0:
        token = doc[i - 1]
        if not token.text.rstrip(".").isalpha():
            break
        if token.dep_ in {"det", "poss", "case"} or token.pos_ in {"DET", "ADP", "VERB", "PRON", "CCONJ"}:
            break
        if token.ent_type_ and token.ent_type_ not in {"NORP", "PERSON"}:
            break
        attached = token.dep_ in _ROLE_DEPS or token.ent_type_ == "NORP"
        if not (is_title_word(token.text) or (attached and token.pos_ in {"PROPN", "NOUN", "ADJ"})):
            break
        i -= 1
    return i, start


def _appositive_role(doc: Any, ent_start: int, ent_end: int) -> tuple[int, int] | None:
    """Token range of a description in apposition to a name ("Khamenei, the Leader of …,")."""
    for token in doc[ent_start:ent_end]:
        for child in token.children:
            if child.dep_ == "appos" and child.i >= ent_end and child.ent_type_ != "PERSON":
                left, right = child.left_edge.i, child.right_edge.i + 1
                if doc[left].dep_ == "det":
                    left += 1
                words = doc[left:right]
                if 0 < len(words) <= _MAX_ROLE_TOKENS and not any(t.pos_ == "VERB" for t in words):
                    return left, right
    return None


def common_opening(token: Any, text: str) -> bool:
    """Whether a word opening a sentence is a common one the parse took into a name: the text writes it in
    small letters, and never with its capital inside a sentence ("Parents Ashley and Evan Boyle filed …"
    beside "her parents"; not "Will Smith" where "actor Will Smith" is written too)."""
    word = token.text
    return (
        token.is_sent_start
        and word[:1].isupper()
        and word[1:].islower()
        and re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None
        and not capital_inside(word, text)
    )


def _plural_opening(token: Any, text: str) -> bool:
    """Whether a name the parse found is a plural common noun opening a sentence ("Detectives said …",
    "Media interest in …", which the small model takes for a body): one the text never writes with its
    capital inside a sentence."""
    return (
        token.is_sent_start
        and token.pos_ == "NOUN"
        and token.tag_ == "NNS"
        and not capital_inside(token.text, text)
    )


def _name_goes_on(doc: Any, i: int) -> bool:
    """Whether the token goes on with a name begun before it: the word before it is a capitalized name word,
    not an office or honorific, which would open a person's name ("President Dario Kolvanek")."""
    before = doc[i - 1] if i > 0 else None
    return (
        before is not None
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and fold(before.text).rstrip(".") not in OFFICES | HONORIFICS
    )


def _person(doc: Any, article: Article, start: int, end: int) -> Found | None:
    text = article.text
    while start < end and (doc[start].tag_ == "POS" or doc[start].is_punct):
        start += 1  # "the president’s son": the small model may begin a person at the possessive
    if not any(t.text[:1].isupper() for t in doc[start:end]):
        return None  # "’s son": no word of a name
    tokens = doc[start:end]
    inner = 0
    while inner < len(tokens) and fold(tokens[inner].text).rstrip(".") in OFFICES:
        inner += 1
    role_start, role_end = _left_role(doc, start)
    roles: list[tuple[int, int, str]] = []
    name_start_tok = start + inner
    honor = role_end
    while honor > role_start and fold(doc[honor - 1].text).rstrip(".") in HONORIFICS:
        honor -= 1
    if inner:
        role_tokens = (role_start, name_start_tok)
    else:
        role_tokens = (role_start, honor)
        name_start_tok = honor
    if role_tokens[1] == name_start_tok and end - name_start_tok > 2 and _name_goes_on(doc, name_start_tok):
        name_start_tok += 1  # "Ambassador to the United Nations Nikki Haley": "Nations" is the body's
        role_tokens = (role_tokens[0], name_start_tok)
    role_words = [doc[i] for i in range(*role_tokens)]
    if any(
        t.ent_type_ != "NORP" and (t.pos_ in {"NOUN", "PROPN"} or is_title_word(t.text)) for t in role_words
    ):
        span = doc[role_tokens[0] : role_tokens[1]]
        roles.append((span.start_char, span.end_char, span.text))
    appos = _appositive_role(doc, start, end)
    if appos:
        span = doc[appos[0] : appos[1]]
        c_start, c_end = _trim_span(text, span.start_char, span.end_char, person=False)
        roles.append((c_start, c_end, text[c_start:c_end]))
    if name_start_tok < end - 1 and common_opening(doc[name_start_tok], text):
        name_start_tok += 1  # "Parents Ashley and Evan Boyle filed …": "Parents" opens the sentence
    while name_start_tok < end - 1 and doc[name_start_tok].pos_ == "VERB":
        name_start_tok += 1  # "Fearing Irene's wrath, Amtrak …": a verb the small model takes into a name
    if name_start_tok >= end:
        return None
    # "Mr. Cosby’s Jesus": a name after a possessive is whose it is, no part of the name
    owner = next((i for i in range(end - 2, name_start_tok - 1, -1) if doc[i].tag_ == "POS"), None)
    if owner is not None:
        name_start_tok = owner + 1
    # "Mollie Olgin of Ingleside": a full name and where the person is from, read by the small model as one
    # name; the place is no part of it ("Duke of York", with no two names before "of", stays whole)
    of = next((i for i in range(name_start_tok + 2, end - 1) if doc[i].lower_ == "of"), None)
    if of is not None and all(t.text[:1].isupper() for t in doc[name_start_tok:of]):
        end = of
    c_start, c_end = _trim_span(
        text, doc[name_start_tok].idx, doc[end - 1].idx + len(doc[end - 1].text), True
    )
    surface = text[c_start:c_end]
    words = name_tokens(surface)
    kind = "name" if words else "title"
    nations = {fold(t.text) for t in role_words if t.ent_type_ in {"NORP", "GPE"}}
    first = role_tokens[0] if role_words else name_start_tok
    if first >= 2 and doc[first - 1].dep_ == "case" and doc[first - 2].ent_type_ == "GPE":
        nations.add(fold(doc[first - 2].text))  # "Iran’s Supreme Guide Ali Khamenei"
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_ in {"GPE", "ORG"}:
        nations.add(fold(doc[end + 1].text))  # "President Dario Kolvanek of Karsk"
    return Found(article.id, c_start, c_end, surface, "PERSON", words, kind, roles, nations)


def find_mentions(article: Article) -> list[Found]:
    doc = article.doc
    found: list[Found] = []
    for start, end, label in _fixed_ents(doc):
        if label == "PERSON":
            person = _person(doc, article, start, end)
            if person:
                found.append(person)
            continue
        if label == "NORP" and not any(t.tag_ in {"NNPS", "NNS"} for t in doc[start:end]):
            continue  # "Russian" describes; "Americans" acts
        span = doc[start:end]
        if len(span) == 1 and _plural_opening(span[0], article.text):
            continue
        c_start, c_end = _trim_span(article.text, span.start_char, span.end_char, person=False)
        surface = article.text[c_start:c_end]
        if name_key(surface):
            found.append(Found(article.id, c_start, c_end, surface, label, [surface]))
    return found
