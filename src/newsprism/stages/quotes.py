"""Quotes: quotations and reported speech with their cue verb and speaker, aligned across outlets.

A quotation's cue is the speech verb that governs it in the parse (or the nearest one in its sentence);
the speaker is the cue's subject, climbing to the governing verb for "…, adding: “…”", and a pronoun
speaker is the last person named before it. Reported speech ("X said that …") without quotation marks is
kept with `direct = False`. The same utterance carried by several outlets becomes one Quote whose
`agreement` says whether the wordings are the same, one a trimmed part of the other, or altered.
"""

from __future__ import annotations

import re
from itertools import combinations
from typing import Any

from ..context import Context
from ..disjoint import DisjointSets
from ..model import Agreement, Article, Quote, QuoteVariant, Story
from ..names import fold
from .entities import entity_at
from .segment import quote_regions

NAME = "quotes"
LEVEL = "story"
REQUIRES = {"doc", "entities"}
PROVIDES = {"quotes"}

SPEECH_VERBS = {
    "say", "add", "note", "tell", "state", "stress", "emphasize", "emphasise", "explain", "announce",
    "declare", "warn", "insist", "argue", "claim", "reply", "respond", "ask", "remark", "comment", "affirm",
    "assert", "acknowledge", "admit", "confirm", "deny", "write", "tweet", "urge", "vow", "pledge",
    "suggest", "continue", "conclude", "reiterate", "observe", "underline", "maintain", "report",
    "describe", "call", "predict", "promise", "threaten", "recall", "complain", "tout", "boast", "counter",
    "caution", "testify",
}  # fmt: skip
_PRONOUNS = {"he", "she", "they", "i", "we"}
_MIN_QUOTE_WORDS = 3
_MATCH_THRESHOLD = 0.55  # MiniLM cosine for two outlets' versions of one utterance (translations included)
_WORD = re.compile(r"\w+")


def _tokens(doc: Any, start: int, end: int) -> list[Any]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _sentence_of(article: Article, offset: int) -> tuple[int, int]:
    for start, end in article.sentences:
        if start <= offset < end:
            return start, end
    return offset, offset


def _cue_for(doc: Any, q_start: int, q_end: int, s_start: int, s_end: int) -> Any | None:
    """The speech verb governing the quotation, else the nearest speech verb in its sentence."""
    inside = _tokens(doc, q_start, q_end)
    for token in inside:
        for ancestor in token.ancestors:
            if not (q_start <= ancestor.idx < q_end) and ancestor.lemma_.lower() in SPEECH_VERBS:
                return ancestor
    verbs = [
        t
        for t in _tokens(doc, s_start, s_end)
        if t.lemma_.lower() in SPEECH_VERBS and t.pos_ in {"VERB", "AUX"} and not (q_start <= t.idx < q_end)
    ]
    return min(verbs, key=lambda t: min(abs(t.idx - q_start), abs(t.idx - q_end))) if verbs else None


def _colon_head(doc: Any, start: int, end: int) -> Any | None:
    """The main verb of the words before a colon that introduces a quotation."""
    tokens = _tokens(doc, start, end)
    verbs = [t for t in tokens if t.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubj" for c in t.children)]
    return verbs[-1] if verbs else None


def _subject(cue: Any) -> Any | None:
    """The cue's grammatical subject, climbing through participles and conjoined verbs."""
    verb = cue
    for _ in range(4):
        if verb is not cue and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS:
            # "X said Moscow's decisions had boosted …, adding: “…”": the one adding is X, who said it
            verb = verb.head
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return subjects[0]
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return agents[0]
        if verb.dep_ in {"advcl", "conj", "xcomp", "ccomp", "relcl"} and verb.head is not verb:
            verb = verb.head
        else:
            return None
    return None


def _speaker_span(subject: Any) -> tuple[int, int]:
    tokens = [t for t in subject.subtree if t.dep_ not in {"punct", "relcl"}]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def _previous_person(story: Story, article: Article, before: int) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for entity in story.entities:
        if entity.type != "PERSON":
            continue
        for m in entity.mentions:
            if m.article == article.id and m.end <= before and (best is None or m.start > best[0]):
                best = (m.start, m.end)
    return best


def _variant(story: Story, article: Article, start: int, end: int, cue: Any, direct: bool) -> QuoteVariant:
    variant = QuoteVariant(article.id, start, end, article.text[start:end], direct=direct)
    if cue is None:
        return variant
    variant.cue = cue.text
    subject = _subject(cue)
    if subject is None:
        return variant
    s_start, s_end = _speaker_span(subject)
    variant.speaker_start, variant.speaker_end = s_start, s_end
    variant.speaker_text = article.text[s_start:s_end]
    named = _previous_person(story, article, s_start) if fold(subject.text) in _PRONOUNS else (s_start, s_end)
    entity = entity_at(story, article.id, *named) if named else None
    variant.speaker = entity.id if entity else None
    return variant


def extract(story: Story, article: Article) -> list[QuoteVariant]:
    doc = article.doc
    variants: list[QuoteVariant] = []
    regions = quote_regions(article.text)
    for q_start, q_end in regions:
        c_start, c_end = q_start + 1, q_end - 1
        content = article.text[c_start:c_end].strip()
        if len(_WORD.findall(content)) < _MIN_QUOTE_WORDS:
            continue
        s_start, s_end = _sentence_of(article, q_start)
        if s_start >= q_start:  # the quotation opens its sentence: its cue may be in the one before
            s_start = article.text.rfind("\n", 0, q_start) + 1
        cue = _cue_for(doc, q_start, q_end, s_start, max(s_end, q_end))
        if cue is None and article.text[s_start:q_start].rstrip().endswith(":"):
            cue = _colon_head(doc, s_start, q_start)  # "Veldt was firm: “…”"
        between = article.text[cue.idx : q_start] if cue is not None and cue.idx < q_start else ""
        direct = not re.search(r"\bthat\b", between)
        lead = len(content) - len(content.lstrip())
        variants.append(_variant(story, article, c_start + lead, c_start + lead + len(content), cue, direct))
    for token in doc:
        if token.lemma_.lower() not in SPEECH_VERBS or token.pos_ != "VERB":
            continue
        for child in token.children:
            if child.dep_ != "ccomp":
                continue
            start, end = child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)
            if (
                any(qs < end and start < qe for qs, qe in regions)
                or len(_WORD.findall(article.text[start:end])) < 4
            ):
                continue
            variants.append(_variant(story, article, start, end, token, direct=False))
    variants.sort(key=lambda v: v.start)
    return variants


def agreement(a: str, b: str) -> Agreement:
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return "same"
    if fa in fb or fb in fa:
        return "trimmed"
    return "altered"


def group(story: Story, variants: list[QuoteVariant], vectors: Any) -> list[Quote]:
    """One Quote per utterance: variants from different articles matched as mutual best above threshold."""
    linked = DisjointSets(len(variants))
    if len(variants) > 1:
        sim = vectors @ vectors.T
        for i, j in combinations(range(len(variants)), 2):
            if variants[i].article == variants[j].article or not (variants[i].direct or variants[j].direct):
                continue
            speaker_i, speaker_j = variants[i].speaker, variants[j].speaker
            if speaker_i and speaker_j and speaker_i != speaker_j:
                continue
            others_i = [k for k in range(len(variants)) if variants[k].article == variants[j].article]
            others_j = [k for k in range(len(variants)) if variants[k].article == variants[i].article]
            best_i = max(others_i, key=lambda k: sim[i, k])
            best_j = max(others_j, key=lambda k: sim[j, k])
            if best_i == j and best_j == i and sim[i, j] >= _MATCH_THRESHOLD:
                linked.union(i, j)
    quotes = []
    for members in linked.groups():
        members_v = [variants[i] for i in members]
        speakers = [v.speaker for v in members_v if v.speaker]
        # a name shows who spoke better than the "he" of one article
        named = [v for v in members_v if v.speaker and fold(v.speaker_text or "") not in _PRONOUNS]
        first = (named or [v for v in members_v if v.speaker] or members_v)[0]
        canonical = next((e.canonical for e in story.entities if e.id == first.speaker), None)
        kinds = {agreement(a.text, b.text) for a, b in combinations(members_v, 2)}
        agree: Agreement = next((k for k in ("altered", "trimmed", "same") if k in kinds), "single")
        quotes.append(
            Quote(
                id="",
                speaker=speakers[0] if speakers else None,
                speaker_text=first.speaker_text if named or not canonical else canonical,
                variants=members_v,
                agreement=agree,
            )
        )
    order = {a.id: n for n, a in enumerate(story.articles)}
    quotes.sort(key=lambda q: (-len(q.variants), order[q.variants[0].article], q.variants[0].start))
    return quotes


def run(story: Story, ctx: Context) -> Story:
    # Reported speech and short scare quotes count only when the parse found who said them.
    variants = [
        v
        for article in story.originals
        for v in extract(story, article)
        if v.speaker_text or (v.direct and v.cue and len(_WORD.findall(v.text)) >= 6)
    ]
    vectors = ctx.embedder.encode([v.text for v in variants]) if variants else None
    story.quotes = group(story, variants, vectors)
    for quote in story.quotes:
        quote.id = ctx.new_id("q")
    return story
