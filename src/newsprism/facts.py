"""A story's facts as a summary can state them: each unit worded as a sentence its evidence supports
(`newsprism.wording`, `newsprism.support`), citing the articles whose own clause carries it (and its loaded
words, if any), shortened (`newsprism.compress`) where that lets it cite every outlet that reports it or fit
the room left; told from the clause its article brings earliest, or from one in plain words that more outlets
can be cited for; and each outlet's clause that its wording cannot cite told as that outlet's own fact."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from functools import lru_cache

from .compress import fit, shortened, word_count
from .model import Span, Story, Unit
from .names import HONORIFICS, OFFICES, fold
from .openers import opens_on_pronoun, referents
from .stages.framing import load_lexicon, loaded_words
from .standalone import as_sentence, cut_off, cut_short, is_sentence, opens_on_link, transcribed
from .support import carried, stem, unsupported
from .wording import (
    Wording,
    inside_quotation,
    names_in,
    own_evidence,
    unit_wording,
)

# a summary sentence has at least this many words; a clause this short may still be the start of one, with
# the rest of its sentence ("A woman killed three people" "and wounded three others …, officials said.")
MIN_WORDS = 6
MIN_CLAUSE = 3
# a cited article's own clause must carry at least this share of a summary sentence's content words
_CITED_SHARE = 0.5
# … and of a sentence shortened so that it may cite the article: "Democrats are proposing a return to
# regular order in their new rules package" is half in "House Democrats have unveiled a package of new rules
# … to promote diversity", which does not say it
_SHORTENED_SHARE = 2 / 3
# a cited outlet's clause of which the fact as worded carries less than this share tells more than it:
# "President Donald Trump Monday appeared to accept … Putin's denial of interfering in the 2016 U.S.
# presidential election, prompting a sharply critical response …" is cited for "President Donald Trump on
# Monday publicly sided with Russian President Vladimir Putin over his own intelligence agencies" and is
# still its outlet's own account
TELLS_MORE = 0.5
# two clauses of one fact this close (embedding cosine) tell the same: the one more outlets can be cited for
# tells it (`told`)
_SAME_TELLING = 0.75


def candidates(
    story: Story, excluded: Collection[str] = ()
) -> tuple[list[Unit], dict[str, Wording | None], set[str]]:
    """The facts a summary chooses from: the story's units of `MIN_CLAUSE` words or more but those in
    `excluded`, each told from its best clause (`told`), and the outlets' own versions of them
    (`versions`); the wordings `told` found on the way (`worded`, by unit id: those of the facts several
    outlets carry), which need not be found again; and the ids of the versions that are an outlet's fuller
    telling of a fact it is cited for (`_retold`)."""
    units = [told(story, u) for u in story.units if u.id not in excluded and word_count(u.text) >= MIN_CLAUSE]
    going = _going_on(story, excluded)
    several = [(u, w) for u, w in units if len(u.outlets) > 1]
    wordings = {u.id: w for u, w in several}
    own = [v for u, w in several for v in versions(story, u, w, going)]
    fuller = {v.id for v in own if _retold(story, v, wordings, going)}
    return [u for u, _ in units] + own, wordings, fuller


def _sentence_of(story: Story, span: Span) -> tuple[str, int] | None:
    """The (article, sentence number) of the clause the span is, or None where it is no clause."""
    clause = next((c for c in story.article(span.article).clauses if c.start == span.start), None)
    return (span.article, clause.sentence) if clause is not None else None


def _going_on(story: Story, excluded: Collection[str]) -> set[tuple[str, int]]:
    """The sentences, by (article, sentence number), that go on with a clause only their own outlet carries
    and that is no sentence of its own: what only that outlet's clause of the sentence can bring to a
    summary."""
    return {
        at
        for unit in story.units
        if unit.coverage == "one" and unit.id not in excluded
        for e in unit.evidence
        if (at := _sentence_of(story, e)) is not None and not is_sentence(story.article(e.article), e)
    }


def _supported(story: Story, unit: Unit, wording: Wording) -> Wording | None:
    """The wording when its evidence carries every word of it; else the evidence clause as written, when
    that stands as a sentence; else None."""
    if not unsupported(wording.text, wording.evidence, [*wording.names, *story.outlets]):
        return wording
    evidence = own_evidence(unit)
    article = story.article(evidence.article)
    verbatim = as_sentence(evidence.text, opens_on_link(article, evidence))
    if (
        not is_sentence(article, evidence)
        or cut_off(article, evidence)
        or unsupported(verbatim, [evidence.text])
    ):
        return None
    if opens_on_pronoun(verbatim):
        return None  # a pronoun the reader of a summary cannot resolve
    return Wording(verbatim, [evidence.article], [evidence.text], names_in(story, [evidence]))


def worded(story: Story, unit: Unit) -> Wording | None:
    """The unit as a supported wording, or None. Where some of the unit's articles do not carry enough of
    it to be cited, the clause without the details they lack, when that lets it cite them all
    (`newsprism.compress`): the fact every outlet reports is told as theirs, not as one outlet's claim."""
    wording = unit_wording(story, unit)
    wording = _supported(story, unit, wording) if wording else None
    if wording is None:
        return None
    cited = _cited(story, unit, wording)
    if len(cited.citations) == len(wording.citations) or wording.verbatim:
        return cited
    evidence = own_evidence(unit)
    article = story.article(evidence.article)
    pools = [_pool(story, unit, a) for a in wording.citations if a not in cited.citations]

    def share(text: str) -> float:
        return min(carried(text, *pool) for pool in pools)

    parts = shortened(article, evidence, share, _SHORTENED_SHARE, MIN_WORDS)
    shorter = _without(story, unit, parts) if parts else None
    return shorter if shorter is not None and len(shorter.citations) > len(cited.citations) else cited


def _without(story: Story, unit: Unit, parts: list[tuple[int, int]]) -> Wording | None:
    """The unit worded without the given parts of its clause, citing what carries it; None when that
    wording is not supported."""
    shorter = unit_wording(story, unit, parts)
    if shorter is None or unsupported(shorter.text, shorter.evidence, [*shorter.names, *story.outlets]):
        return None
    return _cited(story, unit, shorter)


def fitted(story: Story, unit: Unit, wording: Wording, over: int) -> Wording | None:
    """The unit's wording at least `over` words shorter, without details it can do without
    (`newsprism.compress.fit`) and citing all the wording cites; None where no such wording is supported."""
    if wording.verbatim:
        return None
    evidence = own_evidence(unit)
    parts = fit(story.article(evidence.article), evidence, over, MIN_WORDS)
    shorter = _without(story, unit, parts) if parts else None
    return shorter if shorter is not None and set(shorter.citations) >= set(wording.citations) else None


def _cited(story: Story, unit: Unit, wording: Wording) -> Wording:
    """The wording citing only the articles whose own evidence carries at least `_CITED_SHARE` of what it
    says, besides the article it is worded from: two clauses aligned as one fact may each add something
    the other outlet does not say, and a citation vouches for the sentence, not for the fact's gist. An
    article whose clause is someone's quoted words, or a transcript's speaker's, is not cited for the fact
    in the outlet's voice ("This administration is running like a fine-tuned machine,” Trump said" does
    not vouch for "The White House is a fine-tuned machine."). Nor is an article cited for loaded or
    evaluative words its own evidence does not use: "In a gesture reflecting the generosity of the Karskian
    people, Kolvanek presented Veldt with a carafe …" is one outlet's telling, whoever else reports the
    carafe."""
    if len(wording.citations) < 2 or wording.verbatim:
        return wording
    own = own_evidence(unit).article
    said = _unsaid(wording.text, _office_labels(story))  # who the people are is no part of what is reported
    loaded = loaded_in(wording.text)
    kept = []
    for article in wording.citations:
        spans = [e for e in unit.evidence if e.article == article]
        source = story.article(article)
        if article != own and all(inside_quotation(source, e) or transcribed(source, e) for e in spans):
            continue  # someone's quoted words: the outlet reports them, it does not state them
        pool = _pool(story, unit, article)
        if article == own or (
            carried(said, *pool) >= _CITED_SHARE and loaded <= set().union(*map(loaded_in, pool[0]))
        ):
            kept.append(article)
    return replace(wording, citations=kept)


@lru_cache(maxsize=8192)
def loaded_in(text: str) -> frozenset[str]:
    """The loaded or evaluative words of the lexicon the text uses, as stems; asked of one clause again for
    each wording that may cite it."""
    return frozenset(stem(w.text.lower()) for w in loaded_words(text, load_lexicon()))


def _office_labels(story: Story) -> list[str]:
    """The offices the story's outlets give people, as written ("Russian President", "Sen."): a sentence
    keeps the one its outlet writes before a name (`wording`), and it says who the person is, not what the
    cited outlet reports of them."""
    return [
        label
        for e in story.entities
        if e.type == "PERSON"
        for labels in e.labels.values()
        for label in labels
        if (words := fold(label).split())
        and set(words) & OFFICES
        and not set(words) & (HONORIFICS | set(fold(e.canonical).split()))
    ]


def _unsaid(text: str, words: list[str]) -> str:
    """The text without the given words."""
    for phrase in sorted(set(words), key=len, reverse=True):
        text = re.sub(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", " ", text)
    return text


def _pool(story: Story, unit: Unit, article: str) -> tuple[list[str], list[str]]:
    """What an article's own evidence for the unit carries: its clauses' words and its title's, and the
    names of whom and what they mention (the outlets' names too, which attributions use). A title is the
    outlet's own statement of the story: "Twitter Finally Bans Alex Jones And Infowars" reports the ban
    that the article's aligned clause ("The Infowars creator is a known conspiracy theorist …") only
    touches."""
    spans = [e for e in unit.evidence if e.article == article]
    title = story.article(article).title
    texts = [e.text for e in spans] + ([title] if title else [])
    return texts, [*names_in(story, spans), *referents(story, spans), *story.outlets]


def told(story: Story, unit: Unit) -> tuple[Unit, Wording | None]:
    """The unit told from the clause of it that its article brings earliest, among the clauses whose wording
    cites as many outlets as the wording of its central one, and that wording (None for one outlet's unit,
    which has no other clause): a fact as an outlet leads with it is its most complete statement ("…
    officially entered the 2020 Republican presidential primary on Monday") where another outlet mentions
    it in passing further down. A wording in loaded or evaluative words, which only the outlets that use
    them are cited for (`_cited`), gives way to any clause that cites more outlets, wherever it comes: the
    fact several outlets report is told in plain words as theirs ("The leaders of North and South Korea
    agreed on Friday to work to remove all nuclear weapons …"), not as the one outlet's "extraordinary
    announcement" after a "historic meeting". So does the central clause, to a clause as early that tells
    the same (embedding cosine `_SAME_TELLING` or more) and cites more outlets: three outlets' leads on
    one vaccine pledge are stated as theirs in the words they all carry ("President Joe Biden announced
    plans to send 20 million doses … abroad"), not as one outlet's lead that only it can be cited for and
    then the others' versions after it; a lead only as close as one on another matter ("Trump has
    expressed his support for … immigration legislation" beside "Trump urged Republican lawmakers … to
    drop their efforts …", 0.71) does not."""
    if len(unit.outlets) < 2:
        return unit, None  # one outlet's clause: nothing to choose, no other outlet to tell
    central = worded(story, unit)
    least = len(outlets_of(story, central)) if central else 0
    best, wording, at = unit, central, position(story, own_evidence(unit)) if central else 2.0
    loaded = central is not None and bool(loaded_in(central.text))
    for span in {e.text: e for e in unit.evidence if e.text != unit.text}.values():
        other = replace(unit, text=span.text)
        evidence = own_evidence(other)
        here = position(story, evidence)
        earlier = here < at
        # a clause as early that tells the same as the central one, in words more outlets can be cited for
        alike = here <= at and _alike(unit, best, other) >= _SAME_TELLING
        if not (earlier or loaded or alike) or cut_short(story.article(evidence.article), evidence):
            continue
        found = worded(story, other)
        cites = len(outlets_of(story, found)) if found is not None else 0
        if found is not None and ((earlier and cites >= least) or ((loaded or alike) and cites > least)):
            best, wording, at, least = other, found, here, max(least, cites)
            loaded = bool(loaded_in(found.text))
    return best, wording


def _alike(unit: Unit, one: Unit, other: Unit) -> float:
    """The cosine of two clauses of a unit (each told as `one` and `other`), 0.0 where either is unknown."""
    a, b = own_evidence(one), own_evidence(other)
    va, vb = unit.clauses.get((a.article, a.start)), unit.clauses.get((b.article, b.start))
    return float(va[1] @ vb[1]) if va is not None and vb is not None else 0.0


def position(story: Story, span: Span) -> float:
    """Where a span begins in its article, from 0 at the start to 1 at the end."""
    return span.start / max(1, len(story.article(span.article).text))


def versions(
    story: Story, unit: Unit, wording: Wording | None, going_on: Collection[tuple[str, int]] = ()
) -> list[Unit]:
    """The outlets' own clauses of a fact that its wording (`worded`) does not cite, each a fact of that
    outlet alone: "House Democrats have unveiled a package of new rules …" aligned with "Democrats are
    proposing a return to regular order in their new rules package …" cannot be cited for the words of the
    other, and is still the outlet's own account of the story. So is a cited outlet's clause whose sentence
    goes on with what only that outlet says (`going_on`, by article and sentence): "… Spencer was stopped
    on his way to Sweden" with "and sent back to the United States because of a ban …", which no other
    clause can bring, and a cited outlet's clause that tells much more than the wording (`TELLS_MORE`).
    Their ids are the unit's with the outlet after "#"."""
    cited = {story.article(a).outlet or a for a in wording.citations} if wording else set()
    own = own_evidence(unit).article
    cited.add(story.article(own).outlet or own)
    versions = []
    for outlet in dict.fromkeys(unit.outlets):
        spans = [e for e in unit.evidence if (story.article(e.article).outlet or e.article) == outlet]
        goes_on = any(_sentence_of(story, e) in going_on for e in spans)
        more = wording is not None and carried(" ".join(e.text for e in spans), [wording.text]) < TELLS_MORE
        if not spans or (outlet in cited and (own in {e.article for e in spans} or not (goes_on or more))):
            continue
        clauses = [unit.clauses[(e.article, e.start)] for e in spans if (e.article, e.start) in unit.clauses]
        versions.append(
            replace(
                unit,
                id=f"{unit.id}#{outlet}",
                text=spans[0].text,
                articles=list(dict.fromkeys(e.article for e in spans)),
                coverage="one",
                evidence=spans,
                outlets=[outlet],
                centrality=max((c for c, _ in clauses), default=unit.centrality),
                vector=clauses[0][1] if clauses else unit.vector,
                clauses={},
            )
        )
    return versions


def _retold(
    story: Story, unit: Unit, wordings: dict[str, Wording | None], going: set[tuple[str, int]]
) -> bool:
    """Whether the unit is an outlet's fuller telling of a fact whose wording cites that outlet
    (`versions`, `TELLS_MORE`), not a clause of it that goes on with what only that outlet says
    (`going`, `_going_on`)."""
    base, _, outlet = unit.id.partition("#")
    wording = wordings.get(base)
    return (
        bool(outlet)
        and wording is not None
        and outlet in outlets_of(story, wording)
        and not any(_sentence_of(story, e) in going for e in unit.evidence)
    )


def outlets_of(story: Story, wording: Wording) -> list[str]:
    return sorted({story.article(a).outlet or a for a in wording.citations})
