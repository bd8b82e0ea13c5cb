"""Summarize: a neutral summary of a story in which every sentence cites the articles that support it.

What every outlet reports comes first, then what only some report, attributed to them ("According to X, …"),
then the disputed points with each outlet's version. The first fact chosen, whoever carries it, is the one
that tells most of the outlets' titles and leads (`headline.main_event`; one it could state only as some
outlets' a little less), so that a short summary still holds the story's main event. Within a part, units are
chosen by salience: how close their clause is to what the other outlets write (`Unit.centrality`, from align)
and how early the outlet brings it (`summary.position_weight`), less a little for a fact told in loaded words
(`_LOADED`); outlets take turns for the facts each one alone carries, the one whose own fact stands out most
first; an outlet whose clause is aligned with a fact but cannot be cited for the words it is told in has that
clause as a fact of its own (`newsprism.facts`). Room is kept for the disputed points, which no single article
shows; a disputed claim is stated only when the outlets' sentences are about one matter
(`versions.one_matter`), not merely about one person.

A clause takes back the pieces of its sentence that cannot stand alone ("…, which will take effect in
March") when the outlets that carry them include all of its own, and facts of the same outlets share one
sentence and one "According to X, …; …" (up to `_FUSED` of them), so that the words go to facts. A person
is named at first mention with the role every outlet gives them (`wording.neutral_role`), never with one
outlet's own label.

Each fact is told from the clause its article brings earliest and worded by `newsprism.facts` (with
`newsprism.wording`), held to its evidence by `newsprism.support`: a sentence with a content word, name or
number its evidence does not carry becomes the evidence clause as written, or is dropped. The headline is
the summary's fact that tells most of the outlets' titles and leads, in one line (`newsprism.headline`);
by the same measure the summary tells each of its parts, the main event first (`main_first`), but never
opens on a fact told as going on from another ("The governor also signed …", `openers.goes_on`). Where an
outlet's fuller telling of a fact opens the summary as that outlet's, or takes back a clause of a fact more
outlets carry, the fact is still stated as the outlets' that carry it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..compress import word_count as _words
from ..context import Context
from ..facts import MIN_WORDS, candidates, fitted, loaded_in, outlets_of, position, worded
from ..headline import HEADLINE_WORDS, event_marks, first_fact, framed, headline, main_event, untagged
from ..model import Article, Span, Story, SummarySentence, Unit
from ..openers import goes_on
from ..settings import SummarySettings
from ..standalone import cut_off, cut_short, is_sentence
from ..support import carried, unsupported
from ..versions import claims_joined, conflict_wording, one_matter
from ..wording import (
    Wording,
    attributed,
    frame,
    inside_quotation,
    introduced,
    joined,
    named_in_full,
    neutral_role,
    own_evidence,
    relays,
)

NAME = "summarize"
LEVEL = "story"
REQUIRES = {"units", "entities", "quotes", "conflicts"}
PROVIDES = {"summary"}

# an attributed sentence holds up to this many facts of the same outlets, and this many words: one
# "According to X," for several facts saves words for facts, and fewer, longer sentences still read
_FUSED = 4
_FUSED_WORDS = 70
# a fact whose content words the summary has already said, this share of them or more, adds too little
_SAID_SHARE = 0.75
# … and an outlet's own version of a fact the summary states citing that outlet, this share: it is there for
# what it tells beyond the fact ("President Donald Trump said Monday he is taking hydroxychloroquine" after
# "President Trump said he is taking hydroxychloroquine, …" tells nothing)
_RETOLD_SAID = 0.6
# a fact told in an outlet's loaded or evaluative words ("spouted baseless theories", "supposedly") goes
# after one told plainly where their salience is this close: a neutral summary states facts plainly first
_LOADED = 0.05


def salience(story: Story, unit: Unit, position_weight: float) -> float:
    """Centrality plus a bonus for coming early in the article that brings it first."""
    return unit.centrality + position_weight * (1 - min(position(story, e) for e in unit.evidence))


class _Sentences:
    """Where each unit's evidence begins, so that a clause can take back the pieces of its sentence that
    cannot stand alone: "Trump signed an order" with "that requires providers to reveal prices"."""

    def __init__(self, story: Story, excluded: set[str]) -> None:
        self.story = story
        self.at = {(e.article, e.start): u for u in story.units if u.id not in excluded for e in u.evidence}
        self.alone: dict[tuple[str, int, int], bool] = {}  # whether a clause is a sentence, once per clause

    def _alone(self, article: Article, span: Span) -> bool:
        key = (article.id, span.start, span.end)
        if key not in self.alone:
            self.alone[key] = is_sentence(article, span) or inside_quotation(article, span) is not None
        return self.alone[key]

    def holding(self, spans: list[Span]) -> list[Unit]:
        """The units whose evidence holds the start of one of the spans (`Wording.outside`)."""
        found: list[Unit] = []
        if not spans:
            return found
        for (article, start), unit in self.at.items():
            for span in spans:
                if article == span.article and start <= span.start:
                    evidence = next(e for e in unit.evidence if e.article == article and e.start == start)
                    if span.start < evidence.end:
                        found.append(unit)
        return found

    def whole(self, unit: Unit, taken: set[str], outlets: set[str]) -> tuple[Unit, list[Unit]]:
        """The unit with the clauses next to it in its sentence that are no sentence of their own, while the
        outlets that carry them include all of `outlets`, those its wording cites (the longer sentence cites
        no outlet for words it does not carry); and the units those clauses are."""
        evidence = own_evidence(unit)
        article = self.story.article(evidence.article)
        here = next((c for c in article.clauses if c.start == evidence.start), None)
        if here is None or inside_quotation(article, evidence):
            return unit, []
        siblings = sorted((c for c in article.clauses if c.sentence == here.sentence), key=lambda c: c.start)
        after = [c for c in siblings if c.start >= evidence.end]
        before = [c for c in reversed(siblings) if c.end <= evidence.start]
        start, end, absorbed = evidence.start, evidence.end, []
        for clauses in (after, before):
            found: list[tuple[Span, Unit]] = []
            for clause in clauses:
                other = self.at.get((article.id, clause.start))
                span = next((e for e in other.evidence if e.article == article.id), None) if other else None
                if (
                    other is None
                    or span is None
                    or other.id in taken
                    or not set(other.outlets) >= outlets
                    or self._alone(article, span)
                ):
                    break
                found.append((span, other))
            if clauses is after:  # the sentence stops where it is whole: not on "… and who was also"
                while found and cut_short(article, article.span(start, found[-1][0].end)):
                    found.pop()
            for span, other in found:
                start, end = min(start, span.start), max(end, span.end)
                absorbed.append(other)
        if not absorbed:
            return unit, []
        whole = article.span(start, end)
        extra = [e for u in absorbed for e in u.evidence if e.article != article.id]
        evidences = [whole if e is evidence else e for e in unit.evidence] + extra
        return replace(unit, text=whole.text, evidence=evidences), absorbed


def _fused(parts: list[tuple[tuple[str, int], Wording]], outlets: tuple[str, ...]) -> str:
    """One attributed sentence of several facts, in the order their outlet gives them."""
    text = attributed(parts[0][1], list(outlets))
    for _, wording in parts[1:]:
        text = joined(text, wording)
    return text


def _alone(text: str) -> bool:
    """Whether a fact keeps a sentence of its own: quoted words ("X said: “…”; …" would read as part of the
    quotation), an aside, or a source the sentence relays ("X reports that, according to …, a; b" would
    give b to that source)."""
    return any(mark in text for mark in '“”"') or text.startswith("(") or relays(text)


def _redundancy(unit: Unit, chosen: list[Unit]) -> float:
    if unit.vector is None:
        return 0.0
    return max((float(unit.vector @ c.vector) for c in chosen if c.vector is not None), default=0.0)


def _chunks(article: Article) -> list[tuple[int, str]]:
    """The article's noun phrases of two content words or more, where each begins, as lemma keys: "Iran's
    nuclear issue" and "the nuclear issue" are both "nuclear issue"."""
    if article.doc is None:
        return []
    keys = []
    for chunk in article.doc.noun_chunks:
        words = [t.lemma_.lower() for t in chunk if t.pos_ in {"NOUN", "ADJ"} and not t.is_stop]
        if len(words) >= 2:
            keys.append((chunk.start_char, " ".join(words)))
    return keys


def _markers(story: Story, units: list[Unit]) -> dict[str, set[str]]:
    """What each unit's evidence brings to a summary, by unit id: the entities it names, and the topics of
    its own outlet's: noun phrases ("nuclear issue") or entities an outlet names twice or more and no other
    outlet names at all, the blind spots of the others."""
    marks: dict[str, set[str]] = {u.id: set() for u in units}
    chunks = {a.id: _chunks(a) for a in story.articles}
    spans: dict[str, list[tuple[int, int, str]]] = {}  # each article's evidence spans and their units
    for unit in units:
        for e in unit.evidence:
            spans.setdefault(e.article, []).append((e.start, e.end, unit.id))
    per_outlet: dict[str, dict[str, int]] = {}
    for entity in story.entities:
        for m in entity.mentions:
            outlet = story.article(m.article).outlet or m.article
            per_outlet.setdefault(outlet, {})[entity.id] = per_outlet.get(outlet, {}).get(entity.id, 0) + 1
            for start, end, unit_id in spans.get(m.article, []):
                if start <= m.start < end:
                    marks[unit_id].add(entity.id)
    for article in story.originals:
        counts = per_outlet.setdefault(article.outlet or article.id, {})
        for _, key in chunks[article.id]:
            counts[key] = counts.get(key, 0) + 1
    for unit in units:
        if unit.coverage != "one":
            continue
        outlet = unit.outlets[0] if unit.outlets else unit.articles[0]
        own = {k for k, n in per_outlet.get(outlet, {}).items() if n >= 2}
        elsewhere = {k for o, counts in per_outlet.items() if o != outlet for k in counts}
        found = {k for e in unit.evidence for at, k in chunks[e.article] if e.start <= at < e.end}
        marks[unit.id] |= {f"topic:{k}" for k in (found | marks[unit.id]) & own - elsewhere}
    return marks


class _Picker:
    """Greedy selection by maximal marginal relevance: each next unit is the most salient one once its
    likeness to what is already chosen is taken off (`summary.redundancy_weight`), with a bonus when it
    brings in someone or something the summary has not named yet (`summary.novelty_weight`), so that a
    story's second topic (a Jordan visit after a Syria meeting) is not crowded out by restatements of the
    first. An outlet's next fact of its own is also scored down by its likeness to that outlet's facts
    already chosen (`summary.turn_redundancy_weight`): what one outlet alone reports is told as the
    different things it is, not as one statement after another on the same point."""

    def __init__(
        self,
        story: Story,
        units: list[Unit],
        key: dict[str, float],
        weights: tuple[float, float, float],
        excluded: set[str],
        wordings: dict[str, Wording | None],
    ) -> None:
        self.story, self.key, (self.redundancy, self.novelty, self.turn_redundancy) = story, key, weights
        self.wordings = wordings  # the candidates' wordings already found, by unit id (`facts.candidates`)
        sentences = _Sentences(story, excluded)
        self.whole, self.holding = sentences.whole, sentences.holding
        self.markers = _markers(story, units)
        # people with the role every outlet gives them, named with it where the summary first names them
        self.people = [
            (e.id, e.canonical, neutral_role(story, e)) for e in story.entities if e.type == "PERSON"
        ]
        surnames = [e.canonical.split()[-1] for e in story.entities if e.type == "PERSON" and e.canonical]
        self.shared_surnames = {s for s in surnames if surnames.count(s) > 1}
        # the articles that write each person's full name, where the summary may name them in full
        self.written = {
            name: {a.id for a in story.articles if name in a.text} for _, name, _ in self.people if name
        }
        self.named_people: set[str] = set()
        self.named: set[str] = set()
        self.units: list[Unit] = []  # chosen
        self.tried: set[str] = set()
        # facts more outlets carry than cite the sentence that took their clause back (`whole`)
        self.narrowed: set[str] = set()
        self.sentences: list[SummarySentence] = []
        self.attributed: list[bool] = []
        # attributed sentences with room for another fact, by their outlets
        self.open: dict[tuple[str, ...], int] = {}
        # the facts of each such sentence, by where their evidence begins
        self.parts: dict[int, list[tuple[tuple[str, int], Wording]]] = {}
        self.words = 0
        # a placed fact's shorter wording for the headline, by the fact as the headline would give it
        self.briefs: dict[str, str] = {}

    def score(self, unit: Unit) -> float:
        new = self.markers.get(unit.id, set()) - self.named
        topics = any(m.startswith("topic:") for m in new)  # a blind spot of the others counts twice
        bonus = self.novelty * (bool(new) + topics)
        own = [c for c in self.units if c.coverage == "one" and c.outlets == unit.outlets]
        repeats = self.turn_redundancy * _redundancy(unit, own) if unit.coverage == "one" else 0.0
        return self.key[unit.id] - self.redundancy * _redundancy(unit, self.units) - repeats + bonus

    def take(
        self,
        candidates: list[Unit],
        attribute: bool,
        room_words: int,
        rank: Callable[[Unit], float] | None = None,
    ) -> bool:
        """Add the best candidate that words into a supported sentence within the word room, attributed
        when `attribute` is set or when not every outlet's clause carries it as worded; best by `rank`
        where given, else by `score`."""
        left = [u for u in candidates if u.id not in self.tried]
        # facts a version of is placed, or that a sentence citing fewer outlets than carry them took back
        retold = {c.id.partition("#")[0] for c in self.units if "#" in c.id} | self.narrowed
        while left:
            unit = max(left, key=rank or self.score)
            left.remove(unit)
            self.tried.add(unit.id)  # tried once, kept out of later turns even when it does not fit
            plain = self.wordings[unit.id] if unit.id in self.wordings else worded(self.story, unit)
            cited = set(outlets_of(self.story, plain) if plain else unit.outlets)
            whole, absorbed = self.whole(unit, {u.id for u in self.units}, cited)
            wording = worded(self.story, whole) if absorbed else None
            if wording is None or not set(outlets_of(self.story, wording)) >= cited:
                whole, absorbed, wording = unit, [], plain
            if wording is None or _words(wording.text) < MIN_WORDS:
                continue
            said = carried(wording.text, [s.text for s in self.sentences]) if self.sentences else 0.0
            # a fact an outlet's fuller telling has told as that outlet's is still stated as the outlets' that
            # carry it: "According to A, the governor drew protests as he signed …" does not say that B and C
            # report the signing too; nor does "According to A, ICE arrested 680 people who had been working
            # at seven plants" say that B and C report raids on the plants
            restated = unit.id in retold and len(cited) > 1
            if said >= (_RETOLD_SAID if self.stated_for(unit) else _SAID_SHARE) and not restated:
                continue  # "During their meeting, Khamenei talked to Putin." after the meeting is told
            over = self.put(whole, wording, attribute, [unit, *absorbed], room_words)
            # a sentence a little too long for the room goes in without details it can do without
            shorter = fitted(self.story, whole, wording, over) if over > 0 else None
            if shorter is not None:
                over = self.put(whole, shorter, attribute, [unit, *absorbed], room_words)
            if over > 0:
                continue
            for other in absorbed:  # one more outlets carry than the sentence cites is still to be stated
                (self.tried if set(other.outlets) <= cited else self.narrowed).add(other.id)
            self.named |= self.markers.get(unit.id, set())
            return True
        return False

    def named_in_order(self, summary: list[SummarySentence], max_words: int) -> list[SummarySentence]:
        """The summary with each person named in full where it first names them as it is read, not as its
        facts were chosen: the main event, chosen first, may name "Lizandra Cosme" in a sentence that a
        shared fact naming "Cosme" goes before. Within `max_words`; a surname two people share, or one
        whose full name the sentence's articles never write, stays alone."""
        words = sum(_words(s.text) for s in summary)
        named: set[str] = set()
        for sentence in summary:
            for _, canonical, _ in self.people:
                if not canonical or canonical in named:
                    continue
                surname = canonical.split()[-1]
                if surname not in self.shared_surnames and self.written[canonical] & set(sentence.citations):
                    text = named_in_full(sentence.text, canonical)
                    if text != sentence.text and words + _words(text) - _words(sentence.text) <= max_words:
                        words += _words(text) - _words(sentence.text)
                        sentence.text = text
                if canonical in sentence.text:
                    named.add(canonical)
        return summary

    def stated_for(self, unit: Unit) -> bool:
        """Whether the unit is an outlet's own version of a fact the summary states citing that outlet."""
        base, _, outlet = unit.id.partition("#")
        return bool(outlet) and any(
            base in s.units and outlet in {self.story.article(a).outlet or a for a in s.citations}
            for s in self.sentences
        )

    def put(self, whole: Unit, wording: Wording, attribute: bool, units: list[Unit], room: int) -> int:
        """Place the unit's wording, its people named in full at first mention and attributed when
        `attribute` is set or when not every outlet carries it as worded; the words over the room when it
        does not fit, else 0."""
        unnamed = [p for p in self.people if p[0] not in self.named_people]
        # a surname stays alone where the cited articles never write the full name
        unwritten = {
            p[1].split()[-1] for p in unnamed if p[1] and not self.written[p[1]] & set(wording.citations)
        }
        wording, people = introduced(wording, unnamed, self.shared_surnames | unwritten)
        cited = outlets_of(self.story, wording)
        at = next(((e.article, e.start) for e in whole.evidence if e.text == whole.text), ("", 0))
        attributed_to = cited if attribute or len(cited) < len(self.story.outlets) else None
        over = self.place(wording, at, attributed_to, units, room)
        if over <= 0:
            self.named_people |= set(people)
            self.brief(whole, wording, attributed_to, unnamed, unwritten)
        return over

    def brief(
        self,
        whole: Unit,
        wording: Wording,
        outlets: list[str] | None,
        unnamed: list[tuple[str, str, str | None]],
        unwritten: set[str],
    ) -> None:
        """Keep, for a placed fact too long for a headline, its wording without details it can do without
        that fits one (`briefs`, by the fact as the headline would give it)."""
        fact = first_fact(attributed(wording, outlets) if outlets else wording.text)
        # the headline names the outlets after the fact, in a tag of its own (`headline.untagged`)
        over = _words(first_fact(wording.text)) - HEADLINE_WORDS
        while over > 0:
            shorter = fitted(self.story, whole, wording, over)
            if shorter is None:
                return
            shorter, _ = introduced(shorter, unnamed, self.shared_surnames | unwritten)
            words = _words(first_fact(shorter.text))
            if words <= HEADLINE_WORDS:
                self.briefs[fact] = first_fact(attributed(shorter, outlets) if outlets else shorter.text)
                return
            # a person's role, left out with the details, comes back at first mention: leave out more
            over += words - HEADLINE_WORDS

    def place(
        self, wording: Wording, at: tuple[str, int], outlets: list[str] | None, units: list[Unit], room: int
    ) -> int:
        """Put the wording in the summary if it fits the word room: in its own sentence, or, attributed to
        the same outlets as an open sentence, as one more of that sentence's facts (up to `_FUSED` and
        `_FUSED_WORDS`), which costs no second "According to …". Quoted words and a relayed source keep a
        sentence of their own (`_alone`). The words over the room where it does not fit, else 0."""
        key = tuple(outlets or [])
        open_ = self.open.get(key) if outlets and not _alone(wording.text) else None
        parts = sorted([*self.parts[open_], (at, wording)], key=lambda p: p[0]) if open_ is not None else []
        text = _fused(parts, key) if parts else ""
        if open_ is None or _words(text) > _FUSED_WORDS:
            open_, parts = None, [(at, wording)]
            text = attributed(wording, list(key)) if outlets else wording.text
        count = _words(text) - (_words(self.sentences[open_].text) if open_ is not None else 0)
        if self.sentences and self.words + count > room:
            return self.words + count - room
        # an outlet's version is of its unit; the clauses the wording takes a tag or a subject from
        # ("…, police said") are evidence of the sentence, not facts it tells
        ids = list(dict.fromkeys(u.id.split("#")[0] for u in [*units, *self.holding(wording.outside)]))
        if open_ is not None:
            sentence = self.sentences[open_]
            sentence.text, sentence.units = text, [*sentence.units, *ids]
            sentence.citations = list(dict.fromkeys([*sentence.citations, *wording.citations]))
        else:
            open_ = len(self.sentences)
            self.sentences.append(SummarySentence(text, wording.citations, ids))
            self.attributed.append(outlets is not None)
            if outlets and not _alone(wording.text):
                self.open[key] = open_
        self.parts[open_] = parts
        if len(parts) >= _FUSED:
            self.open.pop(key, None)
        self.units += units
        self.words += count
        return 0


def summarize(
    story: Story,
    max_sentences: int,
    max_words: int,
    position_weight: float = 0.1,
    redundancy: float = 0.5,
    novelty: float = 0.1,
    turn_redundancy: float = 0.0,
) -> list[SummarySentence]:
    """Shared facts, then facts some outlets carry, then disputed points, within the sentence and word
    budgets (see `_summary`)."""
    return _summary(story, max_sentences, max_words, position_weight, redundancy, novelty, turn_redundancy)[0]


def _summary(
    story: Story,
    max_sentences: int,
    max_words: int,
    position_weight: float,
    redundancy: float,
    novelty: float,
    turn_redundancy: float,
) -> tuple[list[SummarySentence], dict[str, str]]:
    """The summary, and its facts' shorter wordings for the headline (`_Picker.brief`). Disputed points
    keep up to a third of the sentences and half the words, and every outlet with facts of its own keeps
    room for one, up to half of what is left; the first fact goes in whatever its length."""
    several = len(story.outlets) > 1
    in_conflict = {u for c in story.conflicts for u in c.units}
    usable, wordings, fuller = candidates(story, in_conflict)
    key = {u.id: salience(story, u, position_weight) - _LOADED * bool(loaded_in(u.text)) for u in usable}
    disputed: list[SummarySentence] = []
    versions_of = {c.id: conflict_wording(story, c) for c in story.conflicts}
    stated = [c for c in story.conflicts if c.kind != "claim" or one_matter(story, versions_of[c.id])]
    for conflict, ids in claims_joined(stated):
        wording = versions_of[conflict.id] if len(ids) == 1 else conflict_wording(story, conflict)
        if wording and not unsupported(wording.text, wording.evidence, [*wording.names, *story.outlets]):
            disputed.append(SummarySentence(wording.text, wording.citations, list(conflict.units), ids))
    kept: list[SummarySentence] = []
    for sentence in disputed[: max_sentences // 3 or 1] if max_sentences > 1 else []:
        if sum(_words(s.text) for s in [*kept, sentence]) <= max_words // 2:
            kept.append(sentence)
    disputed = kept
    room = max_sentences - len(disputed)
    room_words = max_words - sum(_words(s.text) for s in disputed)
    picker = _Picker(story, usable, key, (redundancy, novelty, turn_redundancy), in_conflict, wordings)
    shared = [u for u in usable if u.coverage == "all"] if several else usable
    partial = [u for u in usable if u not in shared]
    by_outlet: dict[str, list[Unit]] = {}
    for u in partial:
        if u.coverage == "one":
            by_outlet.setdefault(u.outlets[0] if u.outlets else u.articles[0], []).append(u)
    keep = min(len(by_outlet), room // 2)
    # the first fact chosen is the one that tells most of the outlets' titles and leads, whoever carries
    # it: the story's main event is in the summary before the facts most like the rest of the articles. A
    # clause is measured with the pieces of its sentence it may take back: "German police mounted a manhunt
    # for a Tunisian asylum-seeker" is the lead "… whose identity papers were found inside the truck …"
    marks = event_marks(story)
    if marks:
        # an outlet's fuller telling of a fact it is cited for does not open before the fact as stated, nor
        # does a fact told as going on from another ("The governor also signed into law another bill")
        firsts = [u for u in usable if u.id not in fuller]
        firsts = [u for u in firsts if not goes_on(u.text)] or firsts
        lead = {u.id: _as_stated(story, picker.whole(u, set(), set(u.outlets))[0], wordings) for u in firsts}
        picker.take(firsts, False, room_words, lambda u: main_event(story, lead[u.id], marks))
    while len(picker.sentences) < room - keep and picker.take(shared, False, room_words):
        pass
    several_outlets = [u for u in partial if u.coverage == "some"]
    while len(picker.sentences) < room and picker.take(several_outlets, True, room_words):
        pass
    # the outlet whose own fact stands out most takes the first turn
    turns = sorted(by_outlet.values(), key=lambda units: -max(key[u.id] for u in units))
    while len(picker.sentences) < room and turns:
        turns = [
            units for units in turns if len(picker.sentences) < room and picker.take(units, True, room_words)
        ]
    if not picker.sentences and not disputed and (opening := _opening(story, usable, marks)) is not None:
        picker.sentences.append(opening)
        picker.attributed.append(True)
    # a shared fact that turned out to be carried by some outlets only goes with theirs
    order = sorted(range(len(picker.sentences)), key=lambda n: picker.attributed[n])
    summary = main_first(story, [picker.sentences[n] for n in order] + disputed, marks)
    return picker.named_in_order(summary, max_words), picker.briefs


def _as_stated(story: Story, unit: Unit, wordings: dict[str, Wording | None]) -> str:
    """The unit's text as the summary would state it for `main_event`: attributed unless its wording cites
    every outlet, so that a fact every outlet is cited for opens the summary before an outlet's own that tells
    only a little more of the main event, as in the headline (`headline._ATTRIBUTED`)."""
    wording = wordings.get(unit.id)  # found for the facts several outlets carry; an outlet's own cites it
    cited = outlets_of(story, wording) if wording is not None else unit.outlets
    return unit.text if len(set(cited)) >= len(story.outlets) else frame(cited or story.outlets) + unit.text


def _opening(story: Story, units: list[Unit], marks: list[set[str]]) -> SummarySentence | None:
    """Where no fact can be stated (the texts stop in mid-sentence, or no clause stands as a sentence), the
    opening clause of a sentence that tells most of the main event, quoted as its outlet writes it and
    marked where the text stops: a summary that says nothing tells the reader less than the outlet's own
    words."""
    starts = {(a.id, start) for a in story.articles for start, _ in a.sentences}
    openings = []
    for unit in units:
        evidence = own_evidence(unit)
        article = story.article(evidence.article)
        if (article.id, evidence.start) in starts and not inside_quotation(article, evidence):
            told = main_event(story, evidence.text, marks) if marks else 0.0
            openings.append((told, -evidence.start, unit, evidence, article))
    if not openings:
        return None
    _, _, unit, evidence, article = max(openings, key=lambda o: o[:2])
    words = evidence.text.strip()
    stops = bool(re.search(r"[.!?]$", words)) and not cut_off(article, evidence)
    quoted = words if stops else words.rstrip(" ,;:—–-") + " …"
    return SummarySentence(f"{frame([article.outlet or article.id])}“{quoted}”", [article.id], [unit.id])


def statements(story: Story) -> list[str]:
    """Every fact of the story as the summary would state it alone, attributed where not every outlet
    carries it as worded: the sentences `summarize` chooses from before fusing and clause joining (outlets'
    own versions of a fact included, `facts.candidates`), and those of the clauses a disputed point is
    made of."""
    out = []
    units, known, _ = candidates(story)
    wordings = (known[u.id] if u.id in known else worded(story, u) for u in units)
    for wording in (w for w in wordings if w is not None and _words(w.text) >= MIN_WORDS):
        cited = outlets_of(story, wording)
        out.append(attributed(wording, cited) if len(cited) < len(story.outlets) else wording.text)
    return out


def weights(settings: SummarySettings) -> tuple[float, float, float, float]:
    """The selection weights of `summarize`, in its order, from the [summary] settings."""
    return (
        settings.position_weight,
        settings.redundancy_weight,
        settings.novelty_weight,
        settings.turn_redundancy_weight,
    )


def main_first(
    story: Story, summary: list[SummarySentence], marks: list[set[str]] | None = None
) -> list[SummarySentence]:
    """The summary with each part, the shared facts and the attributed ones, in the order of how much of the
    story's main event they tell (`headline.main_event`: the outlets' titles and leads), as news is written:
    a reader meets the event the outlets lead with before the details chosen for how central they are
    ("According to A, B and C, the leaders agreed on a water deal" before "According to A, B and D,
    Kolvanek presented Veldt with a carafe of spring water"). The disputed points stay last; without titles
    or leads the order stays. `marks`: the story's `headline.event_marks`, where already found."""
    marks = event_marks(story) if marks is None else marks
    if not marks:
        return summary
    told = {id(s): main_event(story, s.text, marks) for s in summary}
    # a fact told as going on from another ("The governor also signed …") goes after those of its part that
    # do not, and never opens the summary: the first fact that does not go on comes before it
    after = {id(s): goes_on(untagged(story, s.text, s)[0]) for s in summary}
    ordered = sorted(
        summary,
        key=lambda s: (bool(s.conflicts), framed(s.text, story.outlets), after[id(s)], -told[id(s)]),
    )
    opening = next((s for s in ordered if not after[id(s)] and not s.conflicts), None)
    if ordered and after[id(ordered[0])] and opening is not None:
        ordered.remove(opening)
        ordered.insert(0, opening)
    return ordered


def run(story: Story, ctx: Context) -> Story:
    settings = ctx.settings.summary
    story.summary, briefs = _summary(story, settings.sentences, settings.words, *weights(settings))
    story.headline = headline(story, briefs)
    return story
