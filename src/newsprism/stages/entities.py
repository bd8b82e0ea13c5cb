"""Entities: spaCy mentions -> one canonical entity per actor across every article of a story.

People are merged by name structure (titles stripped; "Khamenei" and "Ayatollah Ali" join "Ali
Khamenei" when that is the only person they fit); other names by their folded form across types, a
country's other names with it ("the US", "America") and an acronym with the one name whose initials it is
("NCAA").
The offices and descriptions an article binds to a name ("Russian President Vladimir Putin",
"Khamenei, the Leader of the Islamic Revolution") become role labels, and where a role bound to one
person recurs in the story ("the Russian president") it is a mention of that person too.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict

from ..context import Context
from ..mentions import Found, common_opening, find_mentions
from ..model import Entity, Mention, Story
from ..names import (
    ALIASES,
    HONORIFICS,
    SEX_TITLE,
    acronym,
    fold,
    initials,
    is_title_word,
    name_key,
    same_nation,
    strip_possessive,
)

NAME = "entities"
LEVEL = "story"
REQUIRES = {"doc"}
PROVIDES = {"entities"}

_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v"}
_HEADS_OF_STATE = {"president", "king", "queen", "emir", "monarch", "sultan", "emperor"}


def _surname(words: list[str]) -> str:
    core = [w for w in words if fold(w) not in _SUFFIXES] or words
    return fold(core[-1])


def _given(words: list[str]) -> set[str]:
    """A full name's given names and initials, compared without their stops: "H.W." is "HW"."""
    return {fold(w).replace(" ", "") for w in words[:-1]}


def resolve_people(people: list[Found]) -> dict[int, int]:
    """Group person mentions: full names by surname and compatible given names, then lone words."""
    groups: list[list[int]] = []
    full_of_group: list[set[str]] = []
    for i, found in sorted(enumerate(people), key=lambda p: -len(p[1].words)):
        if len(found.words) < 2:
            continue
        given = _given(found.words)
        for g, members in enumerate(groups):
            other = people[members[0]]
            if _surname(other.words) == _surname(found.words) and (
                given <= full_of_group[g] or full_of_group[g] <= given
            ):
                members.append(i)
                break
        else:
            groups.append([i])
            full_of_group.append(given)
    group_of = {i: g for g, members in enumerate(groups) for i in members}
    singles: dict[str, list[int]] = defaultdict(list)
    for i, found in enumerate(people):
        if i not in group_of and found.words:
            singles[fold(" ".join(found.words))].append(i)
    for key, members in singles.items():
        by_surname = [g for g, m in enumerate(groups) if _surname(people[m[0]].words) == key]
        by_given = [g for g, m in enumerate(groups) if key in full_of_group[g]]
        matches = by_surname or by_given
        apart = _titled_apart(people, members) if len(by_surname) > 1 else []
        members = [i for i in members if not any(i in kept for kept in apart)]
        for kept in apart:
            groups.append(kept)
            full_of_group.append(set())
            group_of.update({i: len(groups) - 1 for i in kept})
        if matches:
            target = max(matches, key=lambda g: len(groups[g]))
            if len(matches) == 1 or by_surname:
                group_of.update({i: target for i in members})
                continue
        if members:
            groups.append(list(members))
            full_of_group.append(set())
            group_of.update({i: len(groups) - 1 for i in members})
    return group_of


def _titled_apart(people: list[Found], members: list[int]) -> list[list[int]]:
    """The lone surname's mentions titled "Mr" and those titled "Mrs", "Ms" or "Miss", where the story has
    both and names several people of that surname: "Mr Wilson" and "Mrs Wilson" beside Gary and Jane Wilson
    are two people, and which full name each is the text does not say. Each stays a person of its own
    rather than both going to the one named most; an untitled "Wilson" still does."""
    by_title: dict[bool, list[int]] = defaultdict(list)
    for i in members:
        title = SEX_TITLE.match(people[i].text)
        if title:
            by_title[bool(title.group(1))].append(i)
    return list(by_title.values()) if len(by_title) == 2 else []


def _untagged_surnames(
    story: Story, surname_owner: dict[str, int], found: list[Found]
) -> list[tuple[int, Found]]:
    """A person's surname standing alone where the tagger took it for no name at all ("Schmack also
    reviewed police reports …", after "Richard Schmack"), with the person it names: without it, "he" in
    the next sentence goes to whoever the tagger did see. Only a capitalised proper noun outside every
    name the tagger found and not next to another one counts ("San Diego", "Kleiner Perkins" are other
    names), not after "of" or "the" ("Head of State"), and not a common word opening a sentence ("Read or
    share this story")."""
    spans = defaultdict(list)
    for f in found:
        spans[f.article].append((f.start, f.end))
    out = []
    for article in story.originals:
        doc = article.doc
        if doc is None:
            continue
        for token in doc:
            owner = surname_owner.get(fold(token.text)) if token.text[:1].isupper() else None
            # a surname that is also a common word may be read as one where it is the subject ("Winter chose
            # to clap back", a season to the small model)
            named = token.pos_ == "PROPN" and not token.ent_type_
            acting = token.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ == "VERB"
            if (
                owner is None
                or not (named or acting and token.ent_type_ in {"", "DATE"})
                or any(s <= token.idx < e for s, e in spans[article.id])
                or common_opening(token, article.text)
            ):
                continue
            before = doc[token.i - 1] if token.i > 0 else None
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if before is not None and before.lower_ in {"of", "the"}:
                continue  # "Secretary of State", "the Bills"
            if any(
                t is not None
                and t.pos_ == "PROPN"
                and t.text[:1].isupper()
                and fold(t.text) not in HONORIFICS
                for t in (before, after)
            ):
                continue
            out.append(
                (
                    owner,
                    Found(article.id, token.idx, token.idx + len(token), token.text, "PERSON", [token.text]),
                )
            )
    return out


def _merge_aliases(others: dict[str, list[Found]]) -> None:
    """ "America", "the US" and "the United States" are one entity when the story names the country
    itself; the country's own name is the canonical one."""
    for key in list(others):
        target = ALIASES.get(key)
        if target in others and target != key:
            name = others[target][0].words
            others[target] += [dataclasses.replace(f, words=name) for f in others.pop(key)]


def _merge_acronyms(others: dict[str, list[Found]]) -> None:
    """ "NCAA" and "the National Collegiate Athletic Association" are one entity, named in full, when the
    story writes both and no other name of the story has those initials."""
    for key in list(others):
        letters = acronym(others[key][0].text)
        if letters is None:
            continue
        full = [k for k, found in others.items() if k != key and initials(found[0].text) == letters]
        if len(full) == 1 and len(others[full[0]][0].text.split()) > 1:
            name = others[full[0]][0].words
            others[full[0]] += [dataclasses.replace(f, words=name) for f in others.pop(key)]


# where a sentence begins, just before a mention
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]?\s+|\n\s*)$")


def _canonical(story: Story, found: list[Found]) -> str:
    """The name the person goes by: of two words or more, the form written most, then the longest; a word
    that only ever opens a sentence before a form the story writes without it ("Astrophysicist Nikolai
    Kardashev" beside "the astronomer Nikolai Kardashev") is what the person is, no part of the name."""
    forms = Counter(" ".join(f.words) for f in found if f.words)
    if not forms:
        return found[0].text
    opening: dict[str, bool] = {}
    for f in found:
        if f.words:
            before = story.article(f.article).text[max(0, f.start - 4) : f.start]
            form = " ".join(f.words)
            opening[form] = opening.get(form, True) and _SENTENCE_START.search(before) is not None
    for form in list(forms):
        rest = form.partition(" ")[2]
        if opening[form] and len(rest.split()) >= 2 and rest in forms:
            forms[rest] += forms.pop(form)
    return max(forms, key=lambda form: (len(form.split()) >= 2, forms[form], len(form)))


def _role_mentions(
    story: Story, bound: dict[str, set[int]], taken: dict[str, list[tuple[int, int]]]
) -> list[tuple[int, Found]]:
    """Later uses of a role bound to exactly one person ("the Russian president") as mentions of them."""
    out: list[tuple[int, Found]] = []
    for key, owners in bound.items():
        if len(owners) != 1 or len(key.split()) < 2:
            continue
        (owner,) = owners
        pattern = re.compile(r"\b" + r"[\s\-]+".join(re.escape(w) for w in key.split()) + r"\b", re.I)
        for article in story.originals:
            folded = _fold_keep_offsets(article.text)
            for match in pattern.finditer(folded):
                start, end = match.span()
                if any(s < end and start < e for s, e in taken[article.id]):
                    continue
                taken[article.id].append((start, end))
                text = article.text[start:end]
                out.append((owner, Found(article.id, start, end, text, "PERSON", [], "role")))
    return out


def _role_head(key: str) -> str:
    """The office a role names: "leader of the islamic revolution" -> "leader", "russian president" ->
    "president"."""
    words = key.split()
    for n, word in enumerate(words):
        if word in {"of", "for", "to"} and n:
            return words[n - 1]
    return words[-1] if words else ""


def _short_roles(
    story: Story, clusters: dict[int, list[Found]], taken: dict[str, list[tuple[int, int]]]
) -> list[tuple[int, Found]]:
    """ "the Leader", "the Iranian leader", "Karsk's president": a bare office capitalized as the story's
    roles write it, or an office with a nationality, that fits exactly one person of the story."""
    heads: dict[str, set[int]] = defaultdict(set)
    nations: dict[int, set[str]] = defaultdict(set)
    offices: dict[int, set[str]] = defaultdict(set)
    for g, members in clusters.items():
        for f in members:
            nations[g] |= f.nations
            if f.kind == "role" and f.type == "PERSON":
                head = _role_head(_role_key(f.text))
                offices[g].add(head)
                written = next((w for w in f.text.split() if fold(w) == head), "")
                if written[:1].isupper():
                    heads[head].add(g)

    def fits(g: int, office: str) -> bool:
        """Whether the office may be the person's: one the story gives them, "leader" for any, a head of
        state's for a head of state; not "the Russian ambassador" for Russia's president."""
        held = offices[g]
        return (
            not held
            or office in held
            or office == "leader"
            or (office in _HEADS_OF_STATE and bool(held & _HEADS_OF_STATE))
        )

    def by_nation(word: str, office: str) -> set[int]:
        found = {g for g, keys in nations.items() if any(same_nation(fold(word), k) for k in keys)}
        found = {g for g in found if fits(g, fold(office))}
        return found if len(found) < 2 else {g for g in found if fold(office) in offices[g]}

    out: list[tuple[int, Found]] = []
    for article in story.originals:
        doc = article.doc
        for token in doc[:-1]:
            nxt = doc[token.i + 1]
            office = doc[token.i + 2] if token.i + 2 < len(doc) else None
            owners: set[int] = set()
            first, last = nxt, nxt
            if token.lower_ == "the" and nxt.text[:1].isupper():
                owners = heads.get(fold(nxt.text), set())
            state = doc[token.i + 3] if token.i + 3 < len(doc) else None
            if (
                token.lower_ == "the"
                and nxt.lower_ == "head"
                and state is not None
                and state.lower_ == "state"
            ):
                # "the Head of State": the one person the story calls president, king or the like
                last, owners = state, {g for g, held in offices.items() if held & _HEADS_OF_STATE}
            elif not owners and office is not None and is_title_word(office.text):
                last = office
                if token.lower_ == "the":
                    owners = by_nation(nxt.text, office.text)
                elif token.ent_type_ in {"GPE", "ORG"} and nxt.dep_ == "case":  # "Karsk's president"
                    first, owners = token, by_nation(token.text, office.text)
            after = doc[last.i + 1] if last.i + 1 < len(doc) else None
            if (
                len(owners) != 1
                or last.pos_ not in {"NOUN", "PROPN"}
                or last.dep_ in {"compound", "amod"}
                or (after is not None and after.pos_ == "PROPN")  # a name follows: already a role label
            ):
                continue
            start, end = first.idx, last.idx + len(last.text)
            if any(s < end and start < e for s, e in taken[article.id]):
                continue
            taken[article.id].append((start, end))
            found = Found(article.id, start, end, article.text[start:end], "PERSON", [], "role")
            out.append((next(iter(owners)), found))
    return out


def _fold_keep_offsets(text: str) -> str:
    """Lowercased text of the same length, apostrophes as spaces, so regex offsets index the original."""
    return "".join(" " if ch in "'’" else ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _role_key(text: str) -> str:
    return fold(re.sub(r"^(the|a|an)\s+", "", text, flags=re.I))


def resolve(story: Story) -> list[Entity]:
    found = [f for article in story.originals for f in find_mentions(article)]
    people = [f for f in found if f.type == "PERSON" and f.kind == "name"]
    group_of = resolve_people(people)
    clusters: dict[int, list[Found]] = defaultdict(list)
    for i, person in enumerate(people):
        clusters[group_of[i]].append(person)
    # a surname two people share goes, as a lone word, to the one the story names most ("Trump" beside
    # "Melania Trump" is the president), as a lone name's mentions do in `resolve_people`
    surname_owner: dict[str, int] = {}
    for g, members in sorted(clusters.items(), key=lambda item: len(item[1])):
        surname_owner.update({_surname(f.words): g for f in members if len(f.words) > 1})
    others: dict[str, list[Found]] = defaultdict(list)
    for f in found:
        if f.type == "PERSON":
            continue
        owner = surname_owner.get(fold(f.text)) if len(f.text.split()) == 1 else None
        if owner is not None:
            clusters[owner].append(Found(f.article, f.start, f.end, f.text, "PERSON", [f.text]))
        else:
            others[name_key(f.text)].append(f)
    # a name the tagger read into a phrase ("the Head of State" as a person "of State") names no one
    named = {
        key: g
        for key, g in surname_owner.items()
        if any(len(f.words) > 1 and all(w[:1].isupper() for w in f.words) for f in clusters[g])
    }
    for owner, f in _untagged_surnames(story, named, found):
        clusters[owner].append(f)
    _merge_aliases(others)
    _merge_acronyms(others)
    next_group = max(clusters, default=-1) + 1
    for members in others.values():
        clusters[next_group] = members
        next_group += 1
    bound: dict[str, set[int]] = defaultdict(set)
    honorific_owner: dict[str, set[int]] = defaultdict(set)
    for g, members in clusters.items():
        for f in list(members):
            for _, _, role in f.roles:
                bound[_role_key(role)].add(g)
            first = fold(f.text.split()[0]).rstrip(".") if f.text.split() else ""
            if f.type == "PERSON" and first in HONORIFICS:
                honorific_owner[first].add(g)
            for start, end, role in f.roles:
                clusters[g].append(Found(f.article, start, end, role, "PERSON", [], "role"))
    for f in found:
        if f.kind == "title":
            owners = honorific_owner.get(fold(f.text).split()[-1] if fold(f.text) else "", set())
            if len(owners) == 1:
                clusters[next(iter(owners))].append(f)
    # Roles may contain other names ("Leader of the Islamic Revolution"); only people's mentions block them.
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for members in clusters.values():
        for f in members:
            if f.type == "PERSON":
                taken[f.article].append((f.start, f.end))
    for owner, f in _role_mentions(story, bound, taken) + _short_roles(story, clusters, taken):
        clusters[owner].append(f)
    return _entities(story, clusters)


def _entities(story: Story, clusters: dict[int, list[Found]]) -> list[Entity]:
    order = {a.id: n for n, a in enumerate(story.articles)}
    built = []
    titled: dict[int, list[str]] = {}
    for members in clusters.values():
        names = [f for f in members if f.kind == "name"]
        if not names:
            continue
        members.sort(key=lambda f: (order[f.article], f.start))
        type_ = Counter(f.type for f in names).most_common(1)[0][0]
        labels: dict[str, list[str]] = {}
        for f in members:
            label = strip_possessive(f.text)
            if label not in labels.setdefault(f.article, []):
                labels[f.article].append(label)
        mentions = [Mention(f.article, f.start, f.end, f.text, f.kind) for f in members]
        built.append(Entity("", _canonical(story, names), type_, labels, _dedupe(mentions)))
        if all(len(f.words) == 1 and SEX_TITLE.match(f.text) for f in names):
            titled[len(built) - 1] = [f.text for f in names]
    # a lone surname kept apart from its namesakes by its title is named with it: "Mrs Wilson"
    surnames = {e.canonical.split()[-1] for e in built if e.type == "PERSON" and len(e.canonical.split()) > 1}
    for n, forms in titled.items():
        if built[n].canonical in surnames:
            built[n].canonical = Counter(forms).most_common(1)[0][0]
    built.sort(key=lambda e: (-len({m.article for m in e.mentions}), -len(e.mentions), e.canonical))
    return built


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for m in mentions:
        if (m.article, m.start, m.end) not in seen:
            seen.add((m.article, m.start, m.end))
            out.append(m)
    return out


def entity_at(story: Story, article: str, start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping [start, end) in an article, preferring the longest overlap."""
    best: tuple[int, Entity] | None = None
    for entity in story.entities:
        for m in entity.mentions:
            if m.article == article and m.start < end and start < m.end:
                overlap = min(end, m.end) - max(start, m.start)
                if best is None or overlap > best[0]:
                    best = (overlap, entity)
    return best[1] if best else None


def run(story: Story, ctx: Context) -> Story:
    story.entities = resolve(story)
    for entity in story.entities:
        entity.id = ctx.new_id("e")
    return story
