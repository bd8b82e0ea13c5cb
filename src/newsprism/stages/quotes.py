"""Quotes: who said what in each article, and the same utterance matched across outlets.

Attributions come from `newsprism.quoting` (quotations, reported speech, cues and sources in the parse).
Each becomes a QuoteVariant whose speaker words ("he", "the Leader", "Putin") are resolved to an entity:
a name or role through the entity's mentions, "he"/"she" to the person last named as a subject, "who" to
the noun it describes. The same utterance carried by several outlets becomes one Quote whose `agreement`
says whether the wordings are the same, one a trimmed part of the other, or altered (translated or
paraphrased), with the words that differ marked on each version; outlets that put the same words in
different mouths are flagged.
"""

from __future__ import annotations

import re
from itertools import combinations
from typing import Any

from ..context import Context
from ..disjoint import DisjointSets
from ..model import Agreement, Article, Entity, Quote, QuoteVariant, Span, Story
from ..names import fold
from ..pronouns import SEX, aside, gender, subject_before
from ..quoting import RELAY, SPEECH, Attribution, attributions, quote_regions
from ..quoting.speakers import may_stand_for
from ..settings import QuotesSettings
from ..standalone import in_caption

NAME = "quotes"
LEVEL = "story"
REQUIRES = {"doc", "entities"}
PROVIDES = {"quotes"}

_PRONOUNS = {"he", "she", "him", "her", "they", "i", "we", "it"}
# the pronouns that stand for one person the prose names
_PERSONAL = {"he", "she", "him", "her"}
# a speaker given in more words than this is a misread cue, not someone the outlet names
_SPEAKER_WORDS = 6
_RELATIVES = {"who", "which", "that", "whom"}
_FUNCTION_WORDS = {
    "the", "a", "an", "that", "this", "these", "those", "and", "or", "of", "to", "in", "on", "for", "with",
    "as", "by", "at", "from", "is", "are", "was", "were", "be", "been", "it", "its",
}  # fmt: skip
_WORD = re.compile(r"\w+(?:['’]\w+)*")


def _resolve(story: Story, article: Article, found: Attribution) -> Entity | None:
    """The entity the source words refer to."""
    if found.source is None or found.source_token is None:
        return None
    doc = article.doc
    head = doc[found.source_token]
    word = head.lower_
    if word in _RELATIVES and head.head.dep_ in {"relcl", "acl"}:
        head = head.head.head  # "Putin, who said …": the speaker is the noun the clause describes
        word = head.lower_
    if word in _PRONOUNS:
        # "they", "we", "it", "I": a body, a crowd, a thing or the writer, no one person named before
        if word not in _PERSONAL:
            return None
        person = subject_before(story, article, found.source[0]) or _previous_person(
            story, article, head.idx, SEX[word]
        )
        # "“It is no good keeping Pluto …,” he said": whom the quoted words name in the third person is not
        # who says them (reported speech may name them: "Trump has ordered a plan, he said")
        in_words = (
            person is not None
            and word in {"he", "she"}
            and any(
                m.article == article.id and start <= m.start < end
                for start, end in found.quoted
                for m in person.mentions
            )
        )
        return None if in_words else person
    # the entity named by the phrase's head word ("Putin" in "Russian President Vladimir Putin"), else a
    # person in apposition to it ("His spokeswoman, Mira Dostal"); never a place or body that only
    # qualifies the speaker ("Diplomats in Rivenholm", "the Kremlin's spokesman")
    named = _named_at(story, article, [head])
    if named:
        return next((e for e in named if e.type == "PERSON"), named[0])
    beside = [t for child in head.children if child.dep_ in {"appos", "compound"} for t in child.subtree]
    return next((e for e in _named_at(story, article, beside) if e.type == "PERSON"), None)


def _named_at(story: Story, article: Article, tokens: list[Any]) -> list[Entity]:
    """Entities with a mention on any of the tokens."""
    offsets = [t.idx for t in tokens]
    return [
        e for e in story.entities
        if any(m.article == article.id and any(m.start <= o < m.end for o in offsets) for m in e.mentions)
    ]  # fmt: skip


def _previous_person(story: Story, article: Article, before: int, pronoun: str) -> Entity | None:
    """The person named last before `before`, in its paragraph or the two before, outside quoted words and
    asides, who may be `pronoun`: whom someone's words name ("worse than Lindsay Lohan," one user wrote) is
    not who the prose goes on about, nor is a photographer a credit in brackets names ("(Photo: Jason
    LaVeris, FilmMagic)"), nor anyone a photo's caption run into the text shows."""
    quoted = quote_regions(article.text)
    starts = [start for start, _ in article.paragraphs if start <= before]
    floor = starts[-3] if len(starts) > 2 else 0  # its own paragraph and the two before
    best: tuple[int, Entity] | None = None
    for entity in story.entities:
        if entity.type != "PERSON" or gender(story, entity) not in {None, pronoun}:
            continue
        for m in entity.mentions:
            if m.article != article.id or not floor <= m.start < m.end <= before:
                continue
            if any(s <= m.start < e for s, e in quoted):
                continue
            if aside(article.text, m.start, before) or in_caption(article, m.start):
                continue  # "(Photo: Jason LaVeris, FilmMagic)", "… and Ty Burrell attend the event …"
            if best is None or m.start > best[0]:
                best = (m.start, entity)
    return best[1] if best else None


def variant(story: Story, article: Article, found: Attribution) -> QuoteVariant:
    """The report's form of one attribution, its speaker resolved to an entity."""
    text = article.text
    start, end = found.content
    cue_start, cue_end = found.cue
    v = QuoteVariant(
        article.id, start, end, text[start:end], cue=text[cue_start:cue_end], direct=found.direct,
        cue_start=cue_start, cue_end=cue_end, quoted=[article.span(s, e) for s, e in found.quoted],
    )  # fmt: skip
    if found.source is not None:
        v.speaker_start, v.speaker_end = found.source
        v.speaker_text = text[found.source[0] : found.source[1]]
        entity = _resolve(story, article, found)
        v.speaker = entity.id if entity else None
    return v


def reported(found: list[Attribution]) -> list[Attribution]:
    """The attributions a reader asks "who said what" about: words spoken or written, and any judgement or
    intention the article quotes verbatim, with a speaker or quoted words. Of nested ones the outermost
    speaks ("Peskov explained that Putin had rejected “…”" is Peskov's, "Kolvanek said he hoped …" one
    quote), unless it only relays ("According to footage, Putin said “…”" is Putin's)."""
    kept = [
        a for a in found if (a.source is not None or a.quoted) and (a.kind in {SPEECH, RELAY} or a.quoted)
    ]

    def holds(outer: Attribution, inner: Attribution) -> bool:
        return outer is not inner and outer.content[0] <= inner.cue[0] < outer.content[1]

    relays = [a for a in kept if a.kind == RELAY and any(holds(a, b) for b in kept)]
    speaking = [a for a in kept if not any(a is r for r in relays)]
    return [a for a in speaking if not any(holds(b, a) for b in speaking)]


def extract(story: Story, article: Article) -> list[QuoteVariant]:
    """The quotes of one article, each with its speaker resolved."""
    return [variant(story, article, found) for found in reported(attributions(article.doc))]


def agreement(a: str, b: str) -> Agreement:
    fa, fb = fold(a), fold(b)
    if fa == fb:
        return "same"
    if fa in fb or fb in fa:
        return "trimmed"
    return "altered"


def _word_spans(v: QuoteVariant) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of the words the speaker said in this version, in article offsets."""
    pieces = v.quoted if v.direct and v.quoted else [Span(v.article, v.start, v.end, v.text)]
    return [
        (p.start + m.start(), p.start + m.end(), fold(m.group()))
        for p in pieces
        for m in _WORD.finditer(p.text)
    ]


def mark_differences(story: Story, variants: list[QuoteVariant]) -> None:
    """Set each version's `differs`: its runs of words that no other version uses, so a reader sees what
    one outlet's wording adds or changes; function words alone ("that", "the") are not a difference."""
    words = [_word_spans(v) for v in variants]
    for n, v in enumerate(variants):
        others = {w for m, spans in enumerate(words) if m != n for *_, w in spans}
        text = story.article(v.article).text
        runs: list[list[tuple[int, int, str]]] = []
        previous = -2
        for i, (start, end, word) in enumerate(words[n]):
            if word in others:
                continue
            if runs and previous == i - 1:
                runs[-1].append((start, end, word))
            else:
                runs.append([(start, end, word)])
            previous = i
        v.differs = []
        for run in runs if len(variants) > 1 else []:
            while run and run[0][2] in _FUNCTION_WORDS:
                run.pop(0)
            while run and run[-1][2] in _FUNCTION_WORDS:
                run.pop()
            if run:
                v.differs.append(Span(v.article, run[0][0], run[-1][1], text[run[0][0] : run[-1][1]]))


def group(story: Story, variants: list[QuoteVariant], vectors: Any, settings: QuotesSettings) -> list[Quote]:
    """One Quote per utterance: versions from different articles matched as mutual best above the
    threshold; a pair whose speakers differ must clear the stricter `mismatch_threshold`."""
    threshold, mismatch = settings.match_threshold, settings.mismatch_threshold
    linked = DisjointSets(len(variants))
    if vectors is not None and len(variants) > 1:
        sim = vectors @ vectors.T
        articles = {v.article for v in variants}
        # each version's most similar version in every other article
        best = [
            {
                other: max((k for k, w in enumerate(variants) if w.article == other), key=lambda k: sim[i, k])
                for other in articles - {v.article}
            }
            for i, v in enumerate(variants)
        ]
        for i, j in combinations(range(len(variants)), 2):
            a, b = variants[i], variants[j]
            if a.article == b.article or not (a.direct or a.quoted or b.direct or b.quoted):
                continue
            differ = _speakers_differ(story, a, b)
            mutual = best[i][b.article] == j and best[j][a.article] == i
            if mutual and sim[i, j] >= (mismatch if differ else threshold):
                linked.union(i, j)
    quotes = []
    for members_v in _one_per_article([[variants[i] for i in members] for members in linked.groups()]):
        speakers = list(dict.fromkeys(v.speaker for v in members_v if v.speaker))
        # a name shows who spoke better than the "he" of one article
        named = [v for v in members_v if v.speaker and fold(v.speaker_text or "") not in _PRONOUNS]
        first = (named or [v for v in members_v if v.speaker] or members_v)[0]
        canonical = next((e.canonical for e in story.entities if e.id == first.speaker), None)
        kinds = {agreement(a.words, b.words) for a, b in combinations(members_v, 2)}
        agree: Agreement = next((k for k in ("altered", "trimmed", "same") if k in kinds), "single")
        mark_differences(story, members_v)
        quotes.append(
            Quote(
                id="",
                speaker=speakers[0] if speakers else None,
                speaker_text=first.speaker_text if named or not canonical else canonical,
                variants=members_v,
                agreement=agree,
                speaker_mismatch=len(speakers) > 1 or _given_to_another(story, speakers, members_v),
            )
        )
    order = {a.id: n for n, a in enumerate(story.articles)}
    quotes.sort(key=lambda q: (-len(q.variants), order[q.variants[0].article], q.variants[0].start))
    return quotes


def _speakers_differ(story: Story, a: QuoteVariant, b: QuoteVariant) -> bool:
    """Whether two versions give their words to different speakers: two entities, or one entity and
    someone the story has no entity for ("Nuland" and "the Syrian foreign ministry", `_given_to_another`)."""
    if a.speaker and b.speaker:
        return a.speaker != b.speaker
    speaker = a.speaker or b.speaker
    return speaker is not None and _given_to_another(story, [speaker], [a, b])


def _given_to_another(story: Story, speakers: list[str], variants: list[QuoteVariant]) -> bool:
    """Whether a version gives the words to someone the story has no entity for, beside the speaker the
    others name: "the researchers wrote" and another outlet's "BuzzFeed reported". Not words that may stand
    for the speaker (`may_stand_for`: "TRUMP:", "Det Con Tim Bird, the leader of the rescue team", "she"),
    nor a long run of words, which is a misread cue rather than someone."""
    entity = next((e for e in story.entities if speakers and e.id == speakers[0]), None)
    if entity is None:
        return False
    return any(
        not v.speaker
        and 0 < len((v.speaker_text or "").split()) <= _SPEAKER_WORDS
        and not may_stand_for(v.speaker_text or "", entity)
        for v in variants
    )


def _one_per_article(groups: list[list[QuoteVariant]]) -> list[list[QuoteVariant]]:
    """Groups with at most one version per article; a second one from an article (matched through a third
    outlet) stands as a quote of its own."""
    out = []
    for members in groups:
        kept: dict[str, QuoteVariant] = {}
        for v in members:
            if v.article in kept:
                out.append([v])
            else:
                kept[v.article] = v
        out.append(list(kept.values()))
    return out


def run(story: Story, ctx: Context) -> Story:
    variants = [v for article in story.originals for v in extract(story, article)]
    # versions are only compared across articles: one article's quotes need no vectors
    several = len({v.article for v in variants}) > 1
    vectors = ctx.embedder.encode([v.words for v in variants]) if several else None
    story.quotes = group(story, variants, vectors, ctx.settings.quotes)
    for quote in story.quotes:
        quote.id = ctx.new_id("q")
    return story
