"""Framing: how each outlet tells the story.

Per article: headline and lead; the order in which it brings the facts it shares with other outlets
(emphasis); what it alone reports and what it leaves out that others carry; the labels it uses for
each entity; and loaded or evaluative words from a lexicon, outside quotations (an outlet quoting a
speaker's words is not its own wording), with offsets into the text or the headline.

Loaded words are a lexicon plus context: an entry tagged [verb] or [adj] counts only in that part of speech
(from the article's parse; for headlines, from the word before), an intensifier only before an adjective or
adverb, a lexicon word quoted alone counts as the outlet's scare quotes, and "regime" not after a technical
modifier. bench/bench_loaded.py measures each rule on BASIL.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

from ..cleaning.text import is_caption
from ..context import Context
from ..model import Article, Framing, Loaded, Story
from ..quoting import quote_regions

NAME = "framing"
LEVEL = "story"
REQUIRES = {"units", "entities"}
PROVIDES = {"framing"}

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TAG = re.compile(r"\s*\[(verb|adj|intensifier)\]$")

# The context rules `loaded_words` applies; a caller (the bench) may switch some off to measure them.
PART_OF_SPEECH = "part of speech"
INTENSIFIERS = "intensifiers"
SCARE_QUOTES = "scare quotes"
NEIGHBOURS = "neighbours"
RULES = frozenset({PART_OF_SPEECH, INTENSIFIERS, SCARE_QUOTES, NEIGHBOURS})

# Without a parse (headlines), a word right after one of these heads or sits in a noun phrase ("the courts",
# "in lower courts"), so it is not the verb; "to" is not here, since "to court" is the verb.
_BEFORE_NOUN = {
    "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "your", "my",
    "some", "any", "no", "all", "both", "many", "several", "few", "in", "of", "at", "by", "for", "from",
    "into", "on", "with", "before", "through", "between", "among", "lower", "federal", "state", "appeals",
}  # fmt: skip
# "regime" judges a government ("the Assad regime") but is a plain term after a technical modifier.
_NEUTRAL_BEFORE = {
    "regime": {
        "tax", "sanctions", "sanction", "trade", "regulatory", "inspection", "inspections", "visa", "export",
        "import", "price", "currency", "treatment", "training", "exercise", "drug", "dosing", "fiscal",
        "monetary", "pension", "licensing", "compliance", "verification", "nonproliferation", "immigration",
        "legal", "accounting",
    }
}  # fmt: skip


class Lexicon(dict[str, str]):
    """Surface form -> lexicon entry, with `tags` (entry -> the use it is loaded in: "verb", "adj" or
    "intensifier") and `phrases`, one pattern for every entry of several words."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, str] = {}
        self.phrases: re.Pattern[str] | None = None


def _forms(lemma: str) -> set[str]:
    """Inflected forms of a lexicon entry: court -> courts, courted, courting; a phrase inflects its first
    word (double down -> doubled down)."""
    if " " in lemma:
        head, rest = lemma.split(" ", 1)
        return {f"{form} {rest}" for form in _forms(head)}
    forms = {lemma}
    if lemma.endswith("y") and lemma[-2:-1] not in set("aeiou"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    else:
        forms |= {lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"}
        if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lemma):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _phrase_pattern(forms: list[str]) -> re.Pattern[str] | None:
    """One pattern for the lexicon's phrases, longest first so that a phrase wins over its own start."""
    phrases = sorted((f for f in forms if " " in f), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b", re.I) if phrases else None


@cache
def load_lexicon() -> Lexicon:
    """Surface form -> lexicon entry, from the packaged list of loaded and evaluative words; read once per
    process and shared, never changed after."""
    text = resources.files("newsprism").joinpath("data/loaded_words.txt").read_text(encoding="utf-8")
    lexicon = Lexicon()
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        tag = _TAG.search(entry)
        if tag:
            entry = entry[: tag.start()]
        if not entry:
            continue
        for form in {entry[1:]} if entry.startswith("=") else _forms(entry):
            lexicon.setdefault(form, entry.lstrip("="))
        if tag:
            lexicon.tags[entry.lstrip("=")] = tag.group(1)
    lexicon.phrases = _phrase_pattern(list(lexicon))
    return lexicon


def _scare_quoted(text: str, region: tuple[int, int]) -> bool:
    """A quotation of a single word: BASIL's annotators count a lexicon word in scare quotes (a “cover-up”,
    networks that are “fake”) as the outlet's own judgement."""
    return len(_WORD.findall(text[region[0] : region[1]])) == 1


def _previous_word(text: str, start: int) -> str:
    """The word before `start` in the same sentence, lowercased; "" at a sentence's start."""
    match = re.search(r"([A-Za-z][A-Za-z'’-]*)[^A-Za-z.!?:;\n]*$", text[max(0, start - 40) : start])
    return match.group(1).lower() if match else ""


def _in_use(text: str, span: tuple[int, int], tag: str, parse: dict[int, str] | None) -> bool:
    """Whether a tagged match is used the way its entry is loaded; `parse` maps token offsets to parts of
    speech."""
    start, end = span
    if tag == "intensifier":
        # "very" judges only what it heightens ("very, very wide", not "the very man"), the next word past
        # any comma; without a parse it is left out, since spelling alone does not tell what that word is.
        after = min((i for i, pos in (parse or {}).items() if i >= end and pos != "PUNCT"), default=None)
        return parse is not None and after is not None and parse[after] in {"ADJ", "ADV"}
    if parse is not None and start in parse:
        return parse[start] == tag.upper()
    before = _previous_word(text, start)
    if tag == "verb":
        return bool(before) and before not in _BEFORE_NOUN
    return before in _BEFORE_NOUN  # an adjective before its noun: "a failed bid", "his failed campaign"


def loaded_words(
    text: str, lexicon: dict[str, str], where: str = "text", doc: Any = None, rules: frozenset[str] = RULES
) -> list[Loaded]:
    """Loaded or evaluative words of the lexicon in `text`, outside quotations, where they are used in the
    loaded sense; `doc`, a spaCy parse of `text`, gives parts of speech (without it, neighbouring words)."""
    quoted = [q for q in quote_regions(text) if SCARE_QUOTES not in rules or not _scare_quoted(text, q)]
    usable = doc is not None and doc.text == text
    # A participle that modifies a noun is used as an adjective ("his failed bid"; spaCy tags it VERB).
    parse = {t.idx: "ADJ" if t.dep_ == "amod" else t.pos_ for t in doc if not t.is_space} if usable else None
    tags = lexicon.tags if isinstance(lexicon, Lexicon) else {}
    matches = [(m.span(), m.group().lower().replace("’", "'")) for m in _WORD.finditer(text)]
    phrases = lexicon.phrases if isinstance(lexicon, Lexicon) else _phrase_pattern(list(lexicon))
    if phrases is not None:
        matches += [(m.span(), m.group().lower()) for m in phrases.finditer(text)]
    found = []
    for (start, end), form in matches:
        if form not in lexicon or any(s <= start < e for s, e in quoted):
            continue
        entry = lexicon[form]
        tag = tags.get(entry)
        if NEIGHBOURS in rules and _previous_word(text, start) in _NEUTRAL_BEFORE.get(entry, ()):
            continue
        if tag == "intensifier" and INTENSIFIERS not in rules:
            continue
        if (
            tag
            and (tag == "intensifier" or PART_OF_SPEECH in rules)
            and not _in_use(text, (start, end), tag, parse)
        ):
            continue
        found.append(Loaded(text[start:end], start, end, where))
    return sorted(found, key=lambda x: x.start)


def lead(article: Article) -> str | None:
    """The first sentence that is not a photo caption."""
    for start, end in article.sentences:
        if not is_caption(article.text[start:end]):
            return article.text[start:end]
    return article.text[:300] or None


def frame(story: Story, article: Article, lexicon: dict[str, str]) -> Framing:
    carried = [u for u in story.units if article.id in u.articles]
    position = {u.id: next(e.start for e in u.evidence if e.article == article.id) for u in carried}
    shared = sorted((u for u in carried if u.coverage != "one"), key=lambda u: position[u.id])
    others = len(story.outlets) - 1
    omitted = [
        u.id
        for u in story.units
        if article.id not in u.articles
        and (len(u.outlets) >= 2 or (others and len(u.outlets) >= others))
        and article.outlet not in u.outlets
    ]
    loaded = loaded_words(article.title, lexicon, "headline") if article.title else []
    loaded += loaded_words(article.text, lexicon, doc=article.doc)
    return Framing(
        headline=article.title,
        lead=lead(article),
        emphasis=[u.id for u in shared],
        loaded=loaded,
        labels={e.id: e.labels[article.id] for e in story.entities if article.id in e.labels},
        exclusive=[u.id for u in carried if u.coverage == "one"],
        omits=omitted,
    )


def run(story: Story, ctx: Context) -> Story:
    lexicon = load_lexicon()
    story.framing = {a.id: frame(story, a, lexicon) for a in story.originals}
    return story
