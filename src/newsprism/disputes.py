"""Disagreements that are not numbers: who did something, where, which office a person holds, and a claim
one outlet states while another denies it.

Each is read off units that align one fact across outlets, so two sentences are only compared when they
report the same thing:
- who: the named subjects of the fact differ ("Putin gave …" against "Rouhani gave …");
- where: the places it happened in differ ("in Tehran" against "in Moscow"), unless the story ever names
  the two places in one sentence ("Tehran, Iran" tells a city from its country);
- claim: one outlet's clause is negated or denied ("did not meet", "denied meeting"), the other's is not.
A denial is compared over the whole story too: when an outlet reports that someone denied something ("Stone
has denied wrongdoing") and another outlet names them without carrying any denial of theirs, the second
states as settled what the first reports as denied.
A person's office is compared over the whole story: "Foreign Minister Lavrov" against "Defence Minister
Lavrov" is a disagreement, "Supreme Guide" against "Leader of the Islamic Revolution" is framing, and
"minister" against "foreign minister" is the same office said more or less fully.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .model import Article, Conflict, ConflictValue, Story, Unit
from .names import fold
from .quoting.cues import CLAUSE
from .stages.entities import entity_at, subject_before

# Offices whose holders are few and named: two of them given to one person cannot both be a slip of style.
OFFICES = {
    "president", "minister", "premier", "chancellor", "secretary", "spokesperson", "senator", "governor",
    "representative", "mayor", "judge", "justice", "ambassador", "envoy", "director", "chair", "ceo",
    "speaker", "commander", "general", "admiral", "colonel", "captain", "sergeant", "attorney", "king",
    "queen", "emir",
}  # fmt: skip
_SAME_OFFICE = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair",
                "chairwoman": "chair", "gen": "general", "sen": "senator", "rep": "representative",
                "gov": "governor", "defense": "defence"}  # fmt: skip
# Words that make a different office of the same head ("vice president" is not the president) ...
RANKS = {"vice", "deputy", "prime", "acting", "assistant", "under", "chief", "lieutenant", "lt", "major"}
# ... and words that only say which one ("foreign minister" is a minister).
PORTFOLIOS = {"foreign", "defence", "interior", "finance", "state", "justice", "health", "trade", "economy"}
DENIALS = {"deny", "refute", "dismiss", "disprove", "debunk"}
NEGATIONS = {"not", "n't", "never", "no", "nobody", "none", "nothing", "neither", "nor"}
_PLACES = {"GPE", "LOC", "FAC"}
_LEADING = re.compile(r"^(the|a|an|former)\s+")


@dataclass(frozen=True)
class Reading:
    """What one article's evidence for a unit says about one attribute, and where it says it."""

    article: str
    outlet: str
    value: str
    start: int
    end: int


def office(label: str) -> str | None:
    """The formal office a label names, rank words kept: "Russian President" -> "president", "the Foreign
    Minister" -> "foreign minister", "Vice President" -> "vice president"; None for a name or an honorific."""
    words = [_SAME_OFFICE.get(w, w) for w in _LEADING.sub("", fold(label)).split()]
    heads = [n for n, w in enumerate(words) if w in OFFICES]
    if not heads:
        return None
    head = (
        heads[0] if "of" in words[: heads[0] + 2] else heads[-1]
    )  # "secretary of state", "foreign minister"
    kept = [w for w in words[:head] if w in RANKS | PORTFOLIOS] + [words[head]]
    tail = words[head + 1 : head + 3]
    if tail[:1] == ["of"] and tail[1:] and tail[1] in PORTFOLIOS:
        kept.append(tail[1])  # "secretary of state"
    return " ".join(kept)


def same_office(a: str, b: str) -> bool:
    """One office said more or less fully: the longer adds a portfolio ("foreign minister", "minister")."""
    wa, wb = set(a.split()), set(b.split())
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return small <= large and not (large - small) & RANKS


def _first_occurrence(article: Article, label: str) -> tuple[int, int] | None:
    at = article.text.find(label)
    return (at, at + len(label)) if at >= 0 else None


def title_conflicts(story: Story, outlet: dict[str, str]) -> Iterator[Conflict]:
    for entity in story.entities:
        if entity.type != "PERSON":
            continue
        offices: dict[str, list[Reading]] = {}
        for article_id, labels in entity.labels.items():
            if article_id not in outlet:
                continue
            article = story.article(article_id)
            for label in labels:
                named = office(label)
                where = _first_occurrence(article, label) if named else None
                if named and where:
                    reading = Reading(article_id, outlet[article_id], named, *where)
                    offices.setdefault(outlet[article_id], []).append(reading)
        if len(offices) < 2:
            continue
        clash = [
            (a, b)
            for oa, ra in offices.items()
            for ob, rb in offices.items()
            if oa < ob
            for a in ra
            for b in rb
            if not any(same_office(x.value, y.value) for x in ra for y in rb)
        ]
        if clash:
            order = {a.id: n for n, a in enumerate(story.articles)}
            readings = sorted(
                dict.fromkeys(r for pair in clash for r in pair), key=lambda r: order[r.article]
            )
            yield _conflict(story, "attribute", f"office of {entity.canonical}", [], readings)


def _doc_span(article: Article, start: int, end: int) -> Any:
    return article.doc.char_span(start, end, alignment_mode="expand") if article.doc is not None else None


Named = dict[str, tuple[int, int]]  # canonical name -> where the clause names it


def _named(story: Story, article: Article, tokens: list[Any], types: set[str]) -> Named:
    names: Named = {}
    for token in tokens:
        entity = entity_at(story, article.id, token.idx, token.idx + len(token))
        if entity is not None and entity.type in types:
            names.setdefault(entity.canonical, (token.idx, token.idx + len(token)))
    return names


def _subjects(story: Story, article: Article, span: Any) -> Named:
    """The people and organisations that are the subject of the clause's main verb. Whoever announces or
    says the fact is its source, not its actor: a different source is the quotes' business."""
    if span.root.lemma_.lower() in CLAUSE:
        return {}
    tokens = [t for c in span.root.children if c.dep_ in {"nsubj", "nsubjpass"} for t in [c, *c.conjuncts]]
    return _named(story, article, tokens, {"PERSON", "ORG"})


def _places(story: Story, article: Article, span: Any) -> Named:
    """The places the clause says it happened in or at: objects of "in"/"at" under its main verb."""
    preps = [c for c in span.root.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}]
    return _named(story, article, [o for p in preps for o in p.children if o.dep_ == "pobj"], _PLACES)


def _named_together(story: Story, places: set[str]) -> bool:
    """Whether the story names two of these places in one sentence: "Tehran, Iran" is a city and its
    country, so the two are no disagreement about where."""
    mentions = [m for e in story.entities if e.canonical in places for m in e.mentions]
    for article in story.articles:
        for start, end in article.sentences:
            inside = {
                e.canonical
                for e in story.entities
                if e.canonical in places
                for m in e.mentions
                if m.article == article.id and start <= m.start < end
            }
            if len(inside) > 1:
                return True
    return not mentions


def _disjoint(found: dict[str, Named], outlet: dict[str, str]) -> list[Reading]:
    """One reading per article when what different outlets name shares nothing."""
    named = {a: names for a, names in found.items() if names}
    if len({outlet[a] for a in named}) < 2:
        return []
    if any(outlet[a] != outlet[b] and named[a].keys() & named[b].keys() for a in named for b in named):
        return []
    return [
        Reading(a, outlet[a], ", ".join(sorted(names)), *min(names.values())) for a, names in named.items()
    ]


def _predicate(span: Any) -> str:
    """The lemma of what the clause says happened; under a denial, what it denies ("denied signing": sign)."""
    root = span.root
    if root.lemma_.lower() in DENIALS:
        for child in root.children:
            if child.dep_ in {"xcomp", "ccomp", "dobj", "pcomp"} and child.pos_ in {"VERB", "AUX"}:
                return str(child.lemma_.lower())
    return str(root.lemma_.lower())


def _polarity(span: Any) -> tuple[int, int] | None:
    """Where the clause's main verb is negated or a denial ("did not meet", "denied meeting"), else None."""
    root = span.root
    if root.lemma_.lower() in DENIALS:
        return root.idx, root.idx + len(root)
    for token in [root, *[c for c in root.children if c.dep_ in {"aux", "xcomp", "ccomp"}]]:
        for child in token.children:
            if child.lower_ in NEGATIONS and child.dep_ in {"neg", "det", "nsubj", "dobj", "advmod"}:
                return child.idx, child.idx + len(child)
    return None


def unit_conflicts(story: Story, outlet: dict[str, str]) -> Iterator[Conflict]:
    """Who, where and claim conflicts on each unit that more than one outlet carries."""
    for unit in story.units:
        evidence = [e for e in unit.evidence if e.article in outlet]
        if len({outlet[e.article] for e in evidence}) < 2:
            continue
        subjects: dict[str, Named] = {}
        places: dict[str, Named] = {}
        polarity: list[Reading] = []
        predicates: set[str] = set()
        for e in evidence:
            article = story.article(e.article)
            span = _doc_span(article, e.start, e.end)
            if span is None or not len(span):
                continue
            subjects[e.article] = _subjects(story, article, span)
            places[e.article] = _places(story, article, span)
            cue = _polarity(span)
            predicates.add(_predicate(span))
            polarity.append(
                Reading(
                    e.article, outlet[e.article], "denies" if cue else "states", *(cue or (e.start, e.end))
                )
            )
        if readings := _disjoint(subjects, outlet):
            yield _conflict(story, "attribute", f"who: {_short(unit)}", [unit.id], readings)
        readings = _disjoint(places, outlet)
        if readings and not _named_together(story, {n for r in readings for n in r.value.split(", ")}):
            yield _conflict(story, "attribute", f"where: {_short(unit)}", [unit.id], readings)
        # one outlet states what another denies only when both speak of the same act
        if {r.value for r in polarity} == {"states", "denies"} and len(predicates) == 1:
            yield _conflict(story, "claim", _short(unit), [unit.id], polarity, "contradiction")


@dataclass(frozen=True)
class Denial:
    """Someone denying something in one article: who (canonical name), the sentence, and the denial verb."""

    article: str
    name: str
    sentence: tuple[int, int]
    cue: tuple[int, int]


def denials(story: Story, article: Article) -> Iterator[Denial]:
    """Every denial verb with a named (or pronoun-resolved) person, organisation or country as its subject."""
    if article.doc is None:
        return
    for sentence in article.doc.sents:
        for token in sentence:
            if token.lemma_.lower() not in DENIALS or token.pos_ != "VERB":
                continue
            verb = token.head if token.dep_ in {"conj", "xcomp"} and token.head is not token else token
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                entity = entity_at(story, article.id, subject.idx, subject.idx + len(subject))
                if entity is None and subject.lower_ in {"he", "she"}:
                    entity = subject_before(story, article, subject.idx)
                if entity is not None and entity.type in {"PERSON", "ORG", "GPE"}:
                    span = (sentence.start_char, sentence.end_char)
                    yield Denial(article.id, entity.canonical, span, (token.idx, token.idx + len(token)))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower())}


def _statement(story: Story, article: Article, denial: Denial, denied: str) -> tuple[int, int] | None:
    """The sentence of `article` naming the denier that says most of what was denied, and is no denial."""
    entity = next(e for e in story.entities if e.canonical == denial.name)
    best: tuple[int, int, int] | None = None
    for start, end in article.sentences:
        if not any(m.article == article.id and start <= m.start < end for m in entity.mentions):
            continue
        span = _doc_span(article, start, end)
        if span is None or not len(span) or _polarity(span):
            continue
        shared = len(_words(article.text[start:end]) & _words(denied))
        if best is None or shared > best[0]:
            best = (shared, start, end)
    return (best[1], best[2]) if best else None


def denial_conflicts(story: Story, outlet: dict[str, str]) -> Iterator[Conflict]:
    """Claim conflicts between an outlet reporting a denial and outlets stating the matter without it."""
    found = {a.id: list(denials(story, a)) for a in story.originals if a.id in outlet}
    for denial in (d for ds in found.values() for d in ds):
        denied_text = story.article(denial.article).text[slice(*denial.sentence)]
        readings = []
        for article in story.originals:
            if article.id not in outlet or outlet[article.id] == outlet[denial.article]:
                continue
            if any(d.name == denial.name for d in found[article.id]):
                continue  # this outlet carries the denial as well
            statement = _statement(story, article, denial, denied_text)
            if statement:
                readings.append(Reading(article.id, outlet[article.id], "states", *statement))
        if readings:
            readings.append(Reading(denial.article, outlet[denial.article], "denies", *denial.cue))
            about = f"{denial.name} denies: {_clip(denied_text)}"
            yield _conflict(story, "claim", about, [], readings)


def _clip(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _short(unit: Unit) -> str:
    return _clip(unit.text)


def _conflict(
    story: Story,
    kind: str,
    about: str,
    units: list[str],
    readings: list[Reading],
    severity: str = "discrepancy",
) -> Conflict:
    """A conflict whose values are the article's own words at each reading, with what they were read as."""
    values = [
        ConflictValue(r.article, story.article(r.article).text[r.start : r.end], {"value": r.value}, r.start,
                      r.end, r.outlet)
        for r in readings
    ]  # fmt: skip
    return Conflict("", kind, about, units, values, severity)
