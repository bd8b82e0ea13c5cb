"""Each outlet's version of a disputed point, in one sentence: figures side by side ("Asharq Al-Awsat puts
the length of the meeting at more than an hour and a half; Khamenei.ir at around two hours"), an office or a
claim as each outlet words it; and which disputed claims a summary states (`one_matter`) and as how many
points (`claims_joined`)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import chain

from spacy.lang.en.stop_words import STOP_WORDS

from .model import Article, Conflict, Story
from .quantify.numbers import SMALL
from .support import content_words, stem
from .wording import Wording, listed

# "two people died" as the figure of a toll: "puts the toll at two", not "at two people died"
_TOLL_VERB = re.compile(r"(?:\s+(?:people|persons))?\s+(?:died|dead|were killed|killed)$", re.I)
# the content words besides names that the sentences of a disputed claim must share to be one matter
_MATTER_WORDS = 3
# first words of a figure that take a small letter inside a sentence: hedges, numbers, quantifiers
_INSIDE = STOP_WORDS | set(SMALL) | {"nearly", "roughly", "approximately", "almost", "over", "under", "some"}


def sentence_at(article: Article, start: int) -> str:
    """The text of the article's sentence that holds the offset (empty where none does)."""
    return next((article.text[s:e] for s, e in article.sentences if s <= start < e), "")


def _at(figures: list[str]) -> str:
    """An outlet's figures after "puts … at", a figure written at the start of a sentence ("More than 50",
    "Two people died") in the case it takes inside one."""
    said = " and ".join(f[0].lower() + f[1:] if f.split(" ", 1)[0].lower() in _INSIDE else f for f in figures)
    if re.match(r"(?:between|from)\s", said, re.I):
        return said  # a span: "puts the time between 6:45 and 7 p.m."
    return f"at {said}"  # "at at least four", as "puts the toll at" takes it


def conflict_wording(story: Story, conflict: Conflict) -> Wording | None:
    """Each outlet's version of a disputed point: figures side by side ("Asharq Al-Awsat puts the length of
    the meeting at more than an hour and a half; Khamenei.ir at around two hours"); for an office, each
    outlet's title for the person; for who, where or a denial, each outlet's own sentence, quoted."""
    office = conflict.kind == "attribute" and conflict.about.startswith("office of ")
    words = conflict.kind not in {"attribute", "claim"} or office
    by_outlet: dict[str, dict[str, str]] = {}  # what each outlet says, and the figure it is, as normalized
    for value in conflict.values:
        outlet = value.outlet or story.article(value.article).outlet or value.article
        said = value.text if words else sentence_at(story.article(value.article), value.start).strip()
        said = _TOLL_VERB.sub("", said) if conflict.kind == "casualties" else said
        if said:
            by_outlet.setdefault(outlet, {}).setdefault(said, repr(sorted(value.normalized.items())))
    for versions in by_outlet.values():  # "an estimated $26.6 million" holds "$26.6 million": one figure
        for said in [s for s in versions if any(o.endswith(f" {s}") for o in versions)]:
            del versions[said]
    if len([o for o, said in by_outlet.items() if said]) < 2:
        return None
    citations = list(dict.fromkeys(v.article for v in conflict.values))
    evidence = [sentence_at(story.article(v.article), v.start) for v in conflict.values]
    outlets = list(by_outlet)
    if conflict.kind in {"attribute", "claim"}:
        topic = (
            conflict.about if office else {"claim": "this"}.get(conflict.kind, conflict.about.split(":")[0])
        )
        parts = [f"{o} reports “{' … '.join(by_outlet[o])}”" for o in outlets]
        text = f"Accounts differ on {topic}: " + "; ".join(parts) + "."
    else:
        # outlets that give the same figures are named together: "Outlet 1 and Outlet 2 put the pay at …",
        # however each writes them ("1.75 cent", "1.75 cents")
        groups: dict[tuple[str, ...], list[str]] = {}
        for o in outlets:
            groups.setdefault(tuple(sorted(set(by_outlet[o].values()))), []).append(o)
        (who, at), *others = [(names, _at(list(by_outlet[names[0]]))) for names in groups.values()]
        first = f"{listed(who)} put{'s' if len(who) == 1 else ''} the {conflict.about} {at}"
        text = "; ".join([first, *(f"{listed(names)} {at}" for names, at in others)])
        text = text.removesuffix(".") + "."  # "… at 5 p.m." keeps one stop
    return Wording(text, citations, evidence, outlets)


def one_matter(story: Story, wording: Wording | None) -> bool:
    """Whether the outlets' sentences of a disputed claim are about one matter: each shares at least
    `_MATTER_WORDS` content words besides the story's names with another. A denial and a sentence that
    only name the same person ("Trump denied …" and "They were technically adversaries, … Trump …") are
    two matters, and stating them as one dispute would invent it."""
    if wording is None:
        return False
    names = {
        stem(w)
        for e in story.entities
        for n in [e.canonical, *chain(*e.labels.values())]
        for w in content_words(n)
    }
    words = [{stem(w) for w in content_words(s) if not w[:1].isdigit()} - names for s in wording.evidence]
    return all(
        any(len(own & other) >= _MATTER_WORDS for j, other in enumerate(words) if j != i)
        for i, own in enumerate(words)
    )


def claims_joined(conflicts: list[Conflict]) -> list[tuple[Conflict, list[str]]]:
    """The conflicts with their ids, claim conflicts that share a reading joined into one: a statement two
    outlets deny, or one denial found twice, is one disputed point, not several sentences alike."""
    joined: list[tuple[Conflict, list[str]]] = []
    for conflict in conflicts:
        keys = {(v.article, v.start) for v in conflict.values}
        same = next(
            (
                (c, ids)
                for c, ids in joined
                if conflict.kind == c.kind == "claim" and keys & {(v.article, v.start) for v in c.values}
            ),
            None,
        )
        if same is None:
            joined.append(
                (replace(conflict, values=list(conflict.values), units=list(conflict.units)), [conflict.id])
            )
            continue
        first, ids = same
        seen = {(v.article, v.start) for v in first.values}
        first.values += [v for v in conflict.values if (v.article, v.start) not in seen]
        first.units += [u for u in conflict.units if u not in first.units]
        ids.append(conflict.id)
    return joined
