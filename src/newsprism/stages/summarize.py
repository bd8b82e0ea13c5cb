"""Summarize: an extractive, neutral summary of a story built from its units.

What every outlet reports comes first, then the disputed figures with each outlet's version, then what
only some outlets report, attributed to them ("According to X, …"). Each sentence is one unit's
evidence clause, with outlet-specific role labels ("the Leader of the Islamic Revolution") replaced by
the entity's canonical name, and cites exactly the articles that carry that unit.
"""

from __future__ import annotations

import re
from itertools import zip_longest

from ..context import Context
from ..model import Article, Conflict, Span, Story, SummarySentence, Unit
from ..names import fold
from ..quoting import quote_regions
from .entities import subject_before

NAME = "summarize"
LEVEL = "story"
REQUIRES = {"units", "entities", "quotes", "conflicts"}
PROVIDES = {"summary"}

_LEADING_LINK = re.compile(
    r"^(and|but|or|while|whereas|where|which|who|that|as|so|then|also|adding|noting)\b[\s,]*", re.I
)
_MIN_WORDS = 6
_SPEECH_END = re.compile(
    r"\b(said|says|added|noted|stated|stressed|explained|declared|told \w+)\s*[:,]?\s*$", re.I
)
# Sentence openers that are not names, so they can be lowercased after "According to X,".
_COMMON_STARTS = {
    "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "there", "during",
    "in", "on", "at", "after", "before", "elsewhere", "both", "his", "her", "their", "its", "some", "many",
}  # fmt: skip
_WORD = re.compile(r"\w+")


def _inside_quotation(article: Article, span: Span) -> tuple[int, int] | None:
    """The quotation that holds most of a span, when the span is someone's quoted words."""
    for q_start, q_end in quote_regions(article.text):
        overlap = min(q_end, span.end) - max(q_start, span.start)
        if overlap >= 0.8 * (span.end - span.start):
            return q_start, q_end
    return None


def _speaker(story: Story, article: Article, region: tuple[int, int]) -> str | None:
    for quote in story.quotes:
        for v in quote.variants:
            if v.article == article.id and region[0] <= v.start < region[1] and quote.speaker:
                return next(e.canonical for e in story.entities if e.id == quote.speaker)
    return None


def _neutral_text(story: Story, unit: Unit) -> tuple[str, list[str]] | None:
    """A summary sentence for a unit and the articles it cites, or None when its evidence cannot stand as
    a neutral sentence. A verbatim quotation cites only the articles whose evidence carries its words.

    Quoted words are given verbatim with their speaker. Otherwise outlet-specific role labels become
    neutral: a role written next to the name it describes ("the Russian President Vladimir Putin",
    "Khamenei, the Leader of the Islamic Revolution,") is dropped, a role standing alone is replaced by
    the canonical name, and an opening "he"/"she" by the person it refers to.
    """
    evidence = next((e for e in unit.evidence if e.text == unit.text), unit.evidence[0])
    article = story.article(evidence.article)
    if _SPEECH_END.search(evidence.text):
        return None
    region = _inside_quotation(article, evidence)
    if region is not None:
        speaker = _speaker(story, article, region)
        words = evidence.text.strip().strip("“”\"‘’'").strip()
        if not speaker or not words:
            return None
        quoting = [e.article for e in unit.evidence if fold(words) in fold(e.text)]
        return f"{speaker} said: “{words}”", quoting
    text = article.text
    edits: list[tuple[int, int, str]] = []
    places = [
        m
        for e in story.entities
        if e.type in {"GPE", "NORP", "ORG"}
        for m in e.mentions
        if m.article == article.id and evidence.start <= m.start
    ]
    for entity in story.entities:
        mentions = [m for m in entity.mentions if m.article == evidence.article]
        names = [m for m in mentions if m.kind == "name"]
        for m in mentions:
            if m.kind == "name" or not (evidence.start <= m.start and m.end <= evidence.end):
                continue
            start = m.start
            the = re.search(r"\b[Tt]he\s+$", text[evidence.start : m.start])
            if the:
                start = evidence.start + the.start()
            before_name = any(0 <= n.start - m.end <= 1 and not text[m.end : n.start].strip() for n in names)
            after_name = [
                n.end
                for n in names
                if evidence.start <= n.end <= m.start
                and re.fullmatch(r"\s*,\s*(the\s+)?", text[n.end : m.start], re.I)
            ]
            if before_name:
                # "Karsk President Dario Kolvanek" -> "Dario Kolvanek", not "Karsk Dario Kolvanek"
                modifiers = [p.start for p in places if p.end <= start and not text[p.end : start].strip()]
                edits.append((min(modifiers, default=start), m.end + 1, ""))
            elif after_name:
                end = m.end + 1 if text[m.end : m.end + 1] == "," else m.end
                edits.append((max(after_name), end, ""))
            elif not re.search(r"\b(a|an)\s+$", text[evidence.start : m.start], re.I):
                edits.append((start, m.end, entity.canonical))  # but "a Valdorian city" only describes
    opener = re.match(r"(\W*(?:and|but|while|where|when|then|so)\s+)?(he|she)\b", evidence.text, re.I)
    if opener:
        person = subject_before(story, article, evidence.start)
        if person is not None:
            edits.append((evidence.start + opener.start(2), evidence.start + opener.end(2), person.canonical))
    out = evidence.text
    last = evidence.end
    for start, end, replacement in sorted(edits, reverse=True):
        if end > last or start < evidence.start:
            continue
        out = out[: start - evidence.start] + replacement + out[end - evidence.start :]
        last = start
    sentence = _sentence(out)
    return (sentence, list(unit.articles)) if sentence else None


def _sentence(text: str) -> str:
    """A clause as a sentence: no leading connective, a capital first letter, a full stop."""
    text = _LEADING_LINK.sub("", text.strip()).strip(" ,;:—–-")
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if text[-1] not in '.!?"”’':
        text += "."
    return text


def _attributed(text: str, outlets: list[str]) -> str:
    names = outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + " and " + outlets[-1]
    if fold(text.split(" ", 1)[0]) in _COMMON_STARTS:
        text = text[:1].lower() + text[1:]
    return f"According to {names}, {text}"


def _conflict_sentence(story: Story, conflict: Conflict) -> SummarySentence:
    parts = []
    for value in conflict.values:
        outlet = story.article(value.article).outlet or value.article
        parts.append(f"{outlet} gives {value.text}")
    text = f"Reports differ on the {conflict.about}: " + "; ".join(parts) + "."
    citations = list(dict.fromkeys(v.article for v in conflict.values))
    return SummarySentence(text, citations, list(conflict.units), conflicts=[conflict.id])


def summarize(story: Story, max_sentences: int, max_words: int) -> list[SummarySentence]:
    """Shared facts first (up to half the sentences), then disputed figures, then what only some outlets
    report, one outlet after another, attributed; within the sentence and word budgets."""
    usable = [u for u in story.units if len(_WORD.findall(u.text)) >= _MIN_WORDS]
    shared = [u for u in usable if u.coverage == "all"]
    by_outlet: dict[str, list[Unit]] = {}
    for u in usable:
        if u.coverage == "one":
            by_outlet.setdefault(u.outlets[0], []).append(u)
    partial = [u for u in usable if u.coverage == "some"]
    partial += [u for group in zip_longest(*by_outlet.values()) for u in group if u is not None]
    several_outlets = len(story.outlets) > 1
    in_conflict = {u for c in story.conflicts for u in c.units}
    sentences: list[SummarySentence] = []
    words = 0

    def add(sentence: SummarySentence) -> None:
        nonlocal words
        count = len(_WORD.findall(sentence.text))
        if len(sentences) < max_sentences and (not sentences or words + count <= max_words):
            sentences.append(sentence)
            words += count

    shared_budget = max(1, max_sentences // 2) if several_outlets else max_sentences
    for unit in shared:
        if len(sentences) >= shared_budget:
            break
        neutral = _neutral_text(story, unit) if unit.id not in in_conflict else None
        if neutral:
            add(SummarySentence(*neutral, [unit.id]))
    for conflict in story.conflicts:
        add(_conflict_sentence(story, conflict))
    for unit in partial:
        neutral = _neutral_text(story, unit) if unit.id not in in_conflict else None
        if neutral:
            text, citations = neutral
            if several_outlets:
                text = _attributed(text, sorted({story.article(a).outlet or a for a in citations}))
            add(SummarySentence(text, citations, [unit.id]))
    return sentences


def run(story: Story, ctx: Context) -> Story:
    story.summary = summarize(story, ctx.settings.summary.sentences, ctx.settings.summary.words)
    return story
