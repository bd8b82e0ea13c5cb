"""Neutral wording for the summary: a unit's evidence as a sentence of its own, and a conflict as each
outlet's version side by side.

A unit's sentence is its evidence clause with the outlet's own labels taken out: a role written next to the
name it describes ("the Russian President Vladimir Putin", "Khamenei, the Leader of the Islamic Revolution,")
is dropped, a role standing alone ("the Leader") becomes the entity's canonical name, an opening "he"/"she"
or "his"/"her" the person it refers to (`newsprism.openers`), and a dateline ("CAIRO (Reuters) -") goes.
Quoted words are given verbatim, inside their marks, with their speaker. A clause that cannot stand as a
sentence (`newsprism.standalone`) is not used, but for words that a tag at the end of their sentence gives to
someone, told with that tag ("…, police said"), and the second of two verbs that share a subject, told with
that subject; one a text was cut off inside goes without its last part.

Every wording comes with what it stands on (`Wording.evidence`, `Wording.names`) so that
`newsprism.support.unsupported` can hold it to its sources.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace

from spacy.lang.en.stop_words import STOP_WORDS

from .compress import optional_parts, tidy
from .model import Article, Entity, Mention, Span, Story, Unit
from .names import HONORIFICS, OFFICES, SAME_OFFICE, capital_inside, fold
from .openers import pronoun_edits, unresolved_opener
from .pronouns import SEX, gender, subject_before
from .quoting import quote_regions
from .quoting.speakers import speaker_of
from .standalone import (
    DATELINE,
    SECTION_LABEL,
    STANCE,
    as_sentence,
    cut_off,
    is_sentence,
    opens_on_link,
    said_after,
    shared_subject,
)

# a clause that ends where the words it introduces begin ("… Putin said at the meeting that") says nothing
_SPEECH_END = re.compile(
    r"\b(said|says|added|noted|stated|stressed|explained|declared|replied|responded|answered|told \w+|that)"
    r"\s*[:,]?\s*$",
    re.I,
)
_OFFICE_TIME = re.compile(r"\b(?:former|then|ex)[\s-]+$", re.I)
_APPOSITION = re.compile(r"\s?|,\s")
# what goes with an office where a name replaces it: "the", or whose it is ("his spokesperson Andrew Wyatt")
_THE = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+$")
# a possessive right before an office: "the state's attorney", "the county's sheriff"
_OWNER = re.compile(r"\w['’]s\s+$")
# between an office and whose it is: "Trump campaign chairman", "Trump's chief economic adviser"
_MODIFIER_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:chief|top|senior|deputy|new|longtime)\s+)*")
# a capitalized word right before a name, no comma between: a title ("Constable", "Judge", "Gov.")
_TITLE_WORD = re.compile(r"[A-Z][\w’'-]*\.?")
# the time of an office, never a name: "Former federal prosecutor Lori Lightfoot"
_TERM = {"former", "late", "acting", "interim", "outgoing", "incoming", "then", "ex"}
_CEO = re.compile(r"\bchief executive(?: officer)?\b")
# the words of a title that are an outlet's framing of the person, not an office
_LOADED_TITLE = {"supreme", "guide", "leader", "ruler", "dictator", "strongman", "regime"}
# an office held no more, before its mention: "former Massachusetts ", "ex-"
_PAST_OFFICE = re.compile(r"\b(?:former|ex|late|then)[\s-]+(?:[A-Z][\w.'’-]*\s+){0,3}$", re.I)
# an office joined to another before a name: "Chairman and " of "Chairman and Chief Executive Leslie Moonves"
_JOINED_OFFICE = re.compile(r"\b([A-Z][\w.’'-]*)\s+(?:and|&)\s+$")
# who said the quoted words before it: "“I’m feeling great,” he said."
_SPEECH_TAG = re.compile(r"[”\"]\s+(he|she)\s+(?=\w)", re.I)
# "…, adding:" before a quotation the clause leaves out: the clause stands without it
_TRAILING_CUE = re.compile(r",?\s*\b(adding|noting|saying|stressing|explaining)\s*[:,]?\s*$", re.I)
_QUOTE_MARKS = "“”\"‘’'«»„"
# a quoted question alone of fewer words asks nothing a reader learns from ("Does that make sense?", "Why
# not?"); a longer one says what the speaker holds ("Why can't people just let other people feel good …?")
_BARE_QUESTION = 6
# the small words inside a name of several ("Arthur de Soultrait", "Department of Health")
_NAME_PARTICLES = {
    "of", "de", "del", "della", "da", "du", "di", "la", "le", "van", "von", "der", "den", "al", "bin", "ibn",
    "the", "and", "for", "on", "y",
}  # fmt: skip
# entity types whose words are names ("Polish", "Republicans"), unlike a "Three" or a "Monday"
_NAMED = {"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}


@dataclass
class Wording:
    """A summary sentence before it is placed: its text, the articles it cites, and what supports it."""

    text: str
    citations: list[str]
    evidence: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    # opens on a name ("Polish authorities"), which keeps its capital after "According to X,"
    proper_start: bool = False
    verbatim: bool = False  # someone's words as quoted, citing the articles that quote them so
    # parts of the clause's sentence outside it that the wording takes words from: the tag that says whose
    # words it reports (`_said_tag`), the subject it shares with the verb before it (`_with_subject`)
    outside: list[Span] = field(default_factory=list)


def own_evidence(unit: Unit) -> Span:
    """The evidence the unit's text is (its central version), or its first."""
    return next((e for e in unit.evidence if e.text == unit.text), unit.evidence[0])


def inside_quotation(article: Article, span: Span) -> tuple[int, int] | None:
    """The quotation that holds most of a span, when the span is someone's quoted words."""
    for q_start, q_end in quote_regions(article.text):
        overlap = min(q_end, span.end) - max(q_start, span.start)
        if overlap >= 0.8 * (span.end - span.start):
            return q_start, q_end
    return None


def names_in(story: Story, spans: list[Span]) -> list[str]:
    """The canonical names and every label of the entities mentioned inside the spans."""
    names: list[str] = []
    for entity in story.entities:
        if any(s.article == m.article and s.start <= m.start < s.end for m in entity.mentions for s in spans):
            names.append(entity.canonical)
            names += [label for labels in entity.labels.values() for label in labels]
    return names


def _predicate(article: Article, start: int, end: int) -> bool:
    """Whether the words describe rather than name: what a clause says its subject is ("… is Executive Vice
    President"), or an office with an indefinite article ("Mondale, a Democratic vice president who …")."""
    doc = article.doc
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in span.root.children)
    return indefinite or span.root.dep_ in {"attr", "oprd"}


def _is_office(text: str) -> bool:
    """Whether a role mention names an office or a title ("the Leader of the Islamic Revolution", "Russian
    President"), so that the canonical name may stand in for it; a bound description that names no office
    ("the Veterans Affairs San Diego Healthcare System") is left as written."""
    return any(w in OFFICES or w in HONORIFICS for w in fold(text).split())


def _offices(story: Story, entity: Entity) -> tuple[dict[str, set[str]], dict[str, list[str]], set[str]]:
    """The offices each outlet that names the person gives them, as comparison keys ("Gov." is "Governor",
    "Chief Executive" is "CEO"); each key's forms as written; and the keys an outlet says the person held
    no more ("former Massachusetts Gov. Bill Weld")."""
    offices: dict[str, set[str]] = {}
    forms: dict[str, list[str]] = {}
    past: set[str] = set()
    for m in entity.mentions:
        article = story.article(m.article)
        offices.setdefault(article.outlet or m.article, set())
        form = re.sub(r"^the\s+", "", m.text, flags=re.I)
        if m.kind == "role" and any(w in OFFICES for w in fold(form).split()):
            key = _office_key(form)
            offices[article.outlet or m.article].add(key)
            forms.setdefault(key, []).append(form)
            if _PAST_OFFICE.search(article.text[max(0, m.start - 40) : m.start]):
                past.add(key)
    return offices, forms, past


def _office_key(form: str) -> str:
    """An office as compared: folded, its abbreviations and synonyms as one word."""
    return " ".join(SAME_OFFICE.get(w, w) for w in _CEO.sub("ceo", fold(form)).split())


def neutral_role(story: Story, entity: Entity) -> str | None:
    """The office every outlet that names the person gives them, the most specific when several ("Russian
    President" for Vladimir Putin, where both outlets write it): a role no one outlet's wording owns. None
    when the outlets share none ("Supreme Guide" against "Leader of the Islamic Revolution") or only one
    outlet names the person."""
    if entity.type != "PERSON":
        return None
    offices, forms, past = _offices(story, entity)
    shared = set.intersection(*offices.values()) - past if len(offices) > 1 else set()
    if not shared:
        return None
    key = max(shared, key=lambda k: (len(k.split()), k))
    # as written before a name: "Russian President", not "Russian president"
    return max(sorted(set(forms[key])), key=lambda f: (sum(c.isupper() for c in f), forms[key].count(f)))


def _uncontested(story: Story, entity: Entity, office: str) -> bool:
    """Whether an office an outlet writes before a person's name may stay as written ("Sen. Jeff Flake",
    "former Massachusetts Gov. Bill Weld"): an office, in no outlet's loaded words ("Supreme Guide",
    "strongman"), that each outlet giving the person an office agrees with, the words of one within the
    other's ("President" and "Russian President"); not one of two titles the outlets choose between."""
    key = _office_key(office)
    if set(re.sub(r"\bsupreme court\b", "court", key).split()) & _LOADED_TITLE:
        return False
    words = set(key.split())
    offices, _, _ = _offices(story, entity)
    return all(
        any(words <= set(k.split()) or set(k.split()) <= words for k in keys)
        for keys in offices.values()
        if keys
    )


def introduced(
    wording: Wording, people: list[tuple[str, str, str | None]], alone: Collection[str] = ()
) -> tuple[Wording, list[str]]:
    """The wording with each person it names for the first time in the summary given their full name and
    neutral role ("Russian President Vladimir Putin"), the role when the wording's own evidence writes it
    too; and the ids of the people it introduces. `people`: (entity id, canonical name, neutral role or
    None), not yet named in the summary; `alone`: surnames that stay alone (two people of the story share
    them, or the cited articles never write the full name)."""
    text, ids, proper = wording.text, [], wording.proper_start
    for entity_id, canonical, role in people:
        if not set(canonical.split()[-1:]) & set(alone):
            text = _named_in_full(text, canonical, wording.names)
        match = _first_mention(text, canonical)
        if match is None:
            continue
        ids.append(entity_id)
        before = text[: match.start()].split()[-1:]
        # a title the evidence writes before the name is a role already: "Detective Constable Tim Bird"
        titled = bool(before) and (
            fold(before[0]) in OFFICES | HONORIFICS
            or _TITLE_WORD.fullmatch(before[0])
            or bool(role and fold(text[: match.start()]).endswith(fold(role)))  # "Former federal prosecutor"
        )
        if role and role in wording.names and not titled:
            # in the capitals of the wording's own evidence where it writes the role
            written = [m.group() for e in wording.evidence for m in re.finditer(re.escape(role), e, re.I)]
            role = next((w for w in written if w[:1].isupper()), written[0] if written else role)
            if fold(role) in OFFICES:  # a one-word title before a name takes its capital: "President …"
                role = role[:1].upper() + role[1:]
            text = text[: match.start()] + role + " " + text[match.start() :]
            if match.start() == 0:
                proper = role[:1].isupper()  # "Russian President …" opens on a name, "economic adviser …" not
    text = text[:1].upper() + text[1:]
    return replace(wording, text=text, proper_start=proper), ids


# what a surname before it says whose it is, not who does something: "the Robinson family"
_WHOSE = re.compile(
    r"\s+(?:family|families|household|administration|campaign|presidency|era|estate|camp|team|home|"
    r"residence|children|siblings|brothers|sisters|aides|allies|loyalists|supporters|legacy|case|trial)\b"
)


def _whole_word(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


def _first_mention(text: str, name: str) -> re.Match[str] | None:
    """The name's first occurrence in the text as whole words, unless it lies inside quoted words."""
    match = _whole_word(name).search(text)
    return None if match is None or any(s <= match.start() < e for s, e in quote_regions(text)) else match


def named_in_full(text: str, canonical: str) -> str:
    """The text with the person's lone surname, at its first mention, as their full name (`_named_in_full`),
    where the text is already known to be about that person."""
    return _named_in_full(text, canonical, [canonical])


def _named_in_full(text: str, canonical: str, names: list[str]) -> str:
    """The text with the person's lone surname, at its first mention, as their full name ("Kolvanek
    handed …" -> "Dario Kolvanek handed …"), where the evidence names that person, outside quotations and
    after no title or name of its own ("Mrs. Veldt", "Jane Wilson")."""
    words = canonical.split()
    if len(words) < 2 or canonical not in names or _whole_word(canonical).search(text):
        return text
    match = _first_mention(text, words[-1])
    if match is None:
        return text
    before = text[: match.start()].split()[-1:]
    if before and before[0][:1].isupper():
        return text
    if _WHOSE.match(text[match.end() :]):
        return text  # "a Robinson family friend", "the Trump administration": whose, not who
    return text[: match.start()] + canonical + text[match.end() :]


def _quoted_words(story: Story, unit: Unit, evidence: Span, region: tuple[int, int]) -> Wording | None:
    article = story.article(evidence.article)
    speaker = speaker_of(story, article, region)
    start, end = max(region[0], evidence.start), min(region[1], evidence.end)
    words = article.text[start:end].strip().strip(_QUOTE_MARKS).strip(" ,")
    if not speaker or not words or any(mark in words for mark in '“”"«»') or re.match(r"^\w+:", words):
        return None  # no speaker, a quotation within the quotation, or a transcript line ("Keilar: …")
    if any(not re.search(r"[’'](?!\w)", words[m.end() :]) for m in re.finditer(r"‘|(?<!\S)'", words)):
        return None  # "I asked ‘Is it OK?": cut inside the words the speaker quotes
    if not (words[0].isupper() or words[0].isdigit()):
        return None  # a piece from inside a quoted sentence ("[in a bid] to fill …"): not what was said
    if words.endswith("?") and not re.search(r"[.!?]\s", words) and len(words.split()) < _BARE_QUESTION:
        return None  # a bare question alone ("Does that make sense?") tells nothing of what was said
    quoting = [e.article for e in unit.evidence if fold(words) in fold(story.article(e.article).text)]
    # a sentence the speaker went on with after the clause stops: a closing mark alone would say they
    # stopped there (a whole sentence of several needs no mark)
    cut = " …" if words[-1] not in ".!?" and re.search(r"\w", article.text[end : region[1]]) else ""
    stop = "" if cut or words[-1] in ".!?" else "."  # the sentence ends, whether the quotation did or not
    said = f"{speaker[:1].upper()}{speaker[1:]} said: “{words}{cut}”{stop}"  # "the family" as written
    return Wording(said, quoting, [words], [speaker], verbatim=True)


def _edits(
    story: Story, article: Article, evidence: Span, tag: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Where the evidence names an entity by an outlet's label, and what neutral words replace it; `tag`,
    the pronoun given quoted words and the name put in its place, if any (`_tagged_speaker`)."""
    text = article.text
    quoted = quote_regions(text)
    edits: list[tuple[int, int, str]] = []
    # what may stand before an office as its modifier: "Karsk President", "President Trump's campaign
    # chairman" (a person's name, and the office that goes with it)
    places = [
        m
        for e in story.entities
        if e.type in {"GPE", "NORP", "ORG", "PERSON"}
        for m in e.mentions
        if m.article == article.id and evidence.start <= m.start
    ]
    for entity in story.entities:
        mentions = [m for m in entity.mentions if m.article == evidence.article]
        names = [m for m in mentions if m.kind == "name"]
        for m in mentions:
            if m.kind == "name" or not (evidence.start <= m.start and m.end <= evidence.end):
                continue
            if not _is_office(m.text) or any(s <= m.start < e for s, e in quoted):
                continue  # a description that is no office, or someone's quoted words: left as written
            if _predicate(article, m.start, m.end):
                continue  # "Cohen is Executive Vice President": what someone is, not a name for them
            # the name right after the office, or set off by commas: "Trump's chief economic adviser, Gary
            # Cohn, said" -> "Gary Cohn said"
            following = next(
                (n for n in names if n.start >= m.end and _APPOSITION.fullmatch(text[m.end : n.start])), None
            )
            # … or after it, with whose office it is: "Gordon Sondland, the U.S. ambassador to the EU"
            whose = _modified(text, places, m.start)
            after_name = [
                n.end
                for n in names
                if evidence.start <= n.end <= whose
                and re.fullmatch(r"\s*,\s*(the\s+)?", text[n.end : whose], re.I)
            ]
            if after_name and re.match(r"\s+and\s", text[m.end :]):
                # "Sondland, the ambassador to the EU and a central figure in the inquiry": one label, which
                # left out would make two people of one
                continue
            if (following or after_name) and entity.type == "PERSON" and _uncontested(story, entity, m.text):
                # "Sen. Jeff Flake": an office no outlet gives otherwise, as the outlet writes it; without
                # "the" before a title and name ("the Russian President Vladimir Putin", "the U.S. Treasury
                # Secretary Steve Mnuchin")
                held = _modified(text, places, m.start)
                the = re.search(r"\b[Tt]he\s+$", text[evidence.start : held]) if following else None
                edits += [(evidence.start + the.start(), held, "")] if the else []
                continue
            # the office goes with whose it is, its time and its article, whether the name comes after it
            # or in its place: "the former Karsk President" -> "Dario Kolvanek", not "former Karsk Dario
            # Kolvanek"
            # an office joined to another before the name goes with it: "Chairman and Chief Executive"
            joined = _JOINED_OFFICE.search(text[evidence.start : m.start])
            joined = joined if joined and _is_office(joined.group(1)) else None
            held = _modified(text, places, evidence.start + joined.start() if joined else m.start)
            for opening in (_OFFICE_TIME, _THE):
                found = opening.search(text[evidence.start : held])
                held = evidence.start + found.start() if found else held
            if _OWNER.search(text[evidence.start : held]):
                continue  # "DeKalb County state's attorney": whose office it is, no one the story names
            if following is not None:
                edits.append((held, following.start, ""))
                if "," in text[m.end : following.start] and text[following.end : following.end + 1] == ",":
                    edits.append((following.end, following.end + 1, ""))
            elif after_name:
                end = m.end + 1 if text[m.end : m.end + 1] == "," else m.end
                edits.append((max(after_name), end, ""))
            elif not re.search(r"\b(a|an)\s+$", text[evidence.start : held], re.I):
                edits.append((held, m.end, entity.canonical))  # but "a Valdorian city" only describes
    return edits + tag + pronoun_edits(story, article, evidence, tag)


def _modified(text: str, places: list[Mention], at: int) -> int:
    """Where an office that begins at `at` begins with the names before it that say whose it is ("Karsk
    President", "U.S. Treasury Secretary", "President Trump's campaign chairman")."""
    while modifier := next((p for p in places if _MODIFIER_GAP.fullmatch(text[p.end : at])), None):
        at = modifier.start
    return at


def _tagged_speaker(story: Story, article: Article, evidence: Span) -> tuple[int, int, str | None] | None:
    """Where the clause gives quoted words to "he" or "she" after them, and who that is: the speaker the
    quotation was found to have, or else the person the pronoun stands for (None when no one)."""
    tag = _SPEECH_TAG.search(evidence.text)
    if tag is None:
        return None
    at = evidence.start + tag.start()
    region = next(((s, e) for s, e in quote_regions(article.text) if s < at < e + 2), None)
    speaker = speaker_of(story, article, region) if region else None
    if speaker is None:
        person = subject_before(story, article, evidence.start)
        speaker = person.canonical if person is not None else None
    return evidence.start + tag.start(1), evidence.start + tag.end(1), speaker


def _last_part(article: Article, evidence: Span) -> tuple[int, int] | None:
    """The part of the clause it can do without (`optional_parts`) that runs to its end, but for a word
    that joins it to what follows ("and")."""
    rest = [
        (start, end)
        for start, end in optional_parts(article, evidence)
        if re.fullmatch(r"[\s,;:—–-]*(?:(?:and|or|but)\b)?\W*", article.text[end : evidence.end])
    ]
    return min(rest, default=None)


def unit_wording(story: Story, unit: Unit, left_out: Sequence[tuple[int, int]] = ()) -> Wording | None:
    """A neutral sentence for a unit and the articles it cites, or None when its evidence cannot stand as a
    sentence. A verbatim quotation cites only the articles whose text carries its words. `left_out`: parts
    of the clause the sentence goes without (`newsprism.compress`)."""
    evidence = own_evidence(unit)
    article = story.article(evidence.article)
    opening = re.match(r"\W*according to\b", evidence.text, re.I)
    if _SPEECH_END.search(evidence.text) or (opening and not relays(evidence.text)):
        return None  # introduces words it does not hold, or is the tail of another clause's sentence
    region = inside_quotation(article, evidence)
    if region is not None:
        return _quoted_words(story, unit, evidence, region)
    tag = _tagged_speaker(story, article, evidence)
    named = [(tag[0], tag[1], tag[2])] if tag is not None and tag[2] is not None else []
    alone = is_sentence(article, evidence)
    said = None if alone else _said_tag(story, article, evidence)
    if not (alone or said):
        return _with_subject(story, unit, left_out)
    if unresolved_opener(story, article, evidence, named):
        return None
    if cut_off(article, evidence):
        # the text was cut off inside the clause: told without its last part, where it can do without it
        # ("…, installing a seasoned lawyer … to head the Justice Department and"), else not at all
        tail = _last_part(article, evidence)
        if tail is None:
            return None
        left_out = [*left_out, tail]
    if tag is not None and tag[2] is None:
        return None  # quoted words of someone the reader cannot tell
    out, last = evidence.text, evidence.end
    resolved: list[str] = []  # names standing for a role or a pronoun of the evidence: support of their own
    edits = _edits(story, article, evidence, named)
    edits = [e for e in edits if not any(s <= e[0] < t for s, t in left_out)]
    for start, end, replacement in sorted([*edits, *((s, t, "") for s, t in left_out)], reverse=True):
        if end > last or start < evidence.start:
            continue
        out = out[: start - evidence.start] + replacement + out[end - evidence.start :]
        resolved.append(replacement)
        last = start
    out = tidy(out) if left_out else out
    if said is not None:
        out = f"{_TRAILING_CUE.sub('', out).rstrip(' ,;:—–-')}, {said[1]}"
        resolved += [said[2]] if said[2] else []
    sentence = as_sentence(_TRAILING_CUE.sub("", DATELINE.sub("", out)), opens_on_link(article, evidence))
    if not sentence:
        return None
    spans = [*unit.evidence, *([said[0]] if said else [])]
    names = [*names_in(story, spans), *filter(None, resolved)]
    return Wording(
        sentence,
        list(unit.articles),
        [e.text for e in spans],
        names,
        _proper(story, article, evidence),
        outside=[said[0]] if said else [],
    )


def _with_subject(story: Story, unit: Unit, left_out: Sequence[tuple[int, int]]) -> Wording | None:
    """The clause that opens on the second of two verbs sharing a subject, worded with that subject and
    the auxiliaries it goes without (`standalone.shared_subject`): "Richard Spencer was sent back to the
    United States …" of "Richard Spencer was stopped on his way to Sweden | and sent back to the United
    States …"; None where it is no such clause."""
    evidence = own_evidence(unit)
    article = story.article(evidence.article)
    shared = shared_subject(article, evidence)
    if shared is None:
        return None
    start, between = shared
    if not _pronouns_of_subject(story, article, evidence, article.span(start, evidence.start), between):
        return None
    whole = article.span(start, evidence.end)
    evidences = [whole if e is evidence else e for e in unit.evidence]
    wording = unit_wording(story, replace(unit, text=whole.text, evidence=evidences), [*between, *left_out])
    if wording is None:
        return None
    return replace(wording, outside=[article.span(start, between[0][0] if between else evidence.start)])


def _pronouns_of_subject(
    story: Story, article: Article, clause: Span, before: Span, left_out: Sequence[tuple[int, int]]
) -> bool:
    """Whether every pronoun of the clause stands for the one person the subject it takes (`before`, less
    what is `left_out`) names: "… sent back because of a ban excluding him" is Spencer's ban; the "him" of
    "Police arrested the man | and charged him" is the man left out, and an "it" or "them" may be anything
    left out."""
    tokens = article.doc.char_span(clause.start, clause.end, alignment_mode="expand")
    words = {t.lower_ for t in tokens or []}
    if words & {"it", "its", "they", "them", "their"}:
        return False
    if not words & set(SEX):
        return True
    # each person the subject's side names, and whether where it names them is left out
    named = {(e.id, any(s <= m.start < t for s, t in left_out)) for e, m in _people_in(story, before)}
    kept = {person for person, out in named if not out}
    return len(kept) == 1 and {person for person, _ in named} == kept


def _people_in(story: Story, span: Span) -> list[tuple[Entity, Mention]]:
    """The people the story names inside the span, with each mention there."""
    return [
        (e, m)
        for e in story.entities
        if e.type == "PERSON"
        for m in e.mentions
        if m.article == span.article and span.start <= m.start < span.end
    ]


def _said_tag(story: Story, article: Article, evidence: Span) -> tuple[Span, str, str | None] | None:
    """Where the clause stands as a sentence with the tag at the end of its sentence that says whose words
    it reports (`standalone.said_after`): the tag, its words as the summary gives them, and the name its
    "he" or "she" stands for, written in where that person is not the one the clause names ("…, she said"
    -> "…, Pelosi said"). None where the tag's pronoun cannot be told ("they said")."""
    found = said_after(article, evidence)
    if found is None or not is_sentence(article, evidence, reported=True):
        return None
    start, end, subject = found
    tag = article.span(start, end)
    if subject.tag_ != "PRP":
        return tag, tag.text, None
    if subject.lower_ not in {"he", "she"}:
        return None
    named = list({e.id: e for e, _ in _people_in(story, evidence)}.values())
    alone = named[0] if len(named) == 1 and gender(story, named[0]) in {None, subject.lower_} else None
    person = subject_before(story, article, subject.idx) or alone
    if person is None:
        return None
    if named == [person]:
        return tag, tag.text, None  # "Spencer was stopped on his way to Sweden, he said"
    at = subject.idx - start
    return tag, tag.text[:at] + person.canonical + tag.text[at + len(subject.text) :], person.canonical


def _proper(story: Story, article: Article, evidence: Span) -> bool:
    """Whether the clause opens on a proper name or adjective ("Polish authorities", "Putin"), past any
    dateline, connective or heading the sentence drops: a name or a proper adjective to the parse, or a
    word the story writes with a capital inside a sentence too ("Twitter", which a small model may take
    for a common noun)."""
    doc = article.doc
    dateline = DATELINE.match(evidence.text)
    start = evidence.start + (dateline.end() if dateline else 0)
    label = SECTION_LABEL.match(article.text[start : evidence.end])
    start += label.end() if label else 0
    tokens = doc.char_span(start, evidence.end, alignment_mode="expand") if doc is not None else None
    words = [t for t in tokens or [] if not t.is_punct]
    if words and opens_on_link(article, evidence):
        words = words[1:]
    opening = next((t for t in words if t.lower_ not in STANCE), None)
    if opening is None or opening.text[:1].islower():
        return False  # in small letters here ("…; juji is from the Mandarin"), whatever the parse says
    # a name of several words the story knows, where the parse of this sentence misses it ("Group of Seven")
    known = (e.canonical for e in story.entities if e.canonical[:1].isupper() and " " in e.canonical)
    if any(re.match(rf"{re.escape(name)}\b", article.text[opening.idx :]) for name in known):
        return True
    # a word the story also writes with a small letter is a common one ("former", "health"), whatever name
    # it opens elsewhere ("the Department of Health"); the parse takes many a sentence's first word for a
    # name ("Fuel is used …"), so there a name is one inside an entity it finds or one of several
    # capitalized words ("Animal Control officials")
    small = any(re.search(rf"\b{re.escape(opening.lower_)}\b", a.text) for a in story.articles)
    if opening.pos_ == "PROPN":
        following = opening.nbor() if opening.i + 1 < len(opening.doc) else None
        if following is not None and following.text == "." and not opening.whitespace_:
            # an abbreviated title before a name ("Sens. Elizabeth Warren …"), which the parse splits off
            following = following.nbor() if following.i + 1 < len(opening.doc) else None
        run = following is not None and following.text[:1].isupper()
        # past a dateline or heading the word opens the sentence the summary gives
        initial = opening.is_sent_start or (start > evidence.start and opening.idx == start)
        people = [e.canonical for e in story.entities if e.type == "PERSON"]
        if initial and _describes(opening.text, article.text[opening.idx + len(opening.text) :], people):
            return _capital_inside(story, opening.text)  # "astrophysicist Nikolai Kardashev"
        if opening.ent_type_ or run or not initial:
            return True
        if small:
            return False
        # "Keen to undermine …" is no name; a word the parse takes for one, and two outlets write with its
        # capital and never in small letters, is
        return _capital_inside(story, opening.text) or _written_by_several(story, opening.text)
    if opening.dep_ in {"nsubj", "nsubjpass"} and opening.pos_ in {"ADV", "VERB", "X"}:
        # a subject the tagger knows no noun for is a name it does not know ("Axios first reported"), unless
        # a common word ("Most moved to remote learning")
        return not (small or opening.is_stop)
    # the parse puts "The" of "The European Union" and "At" of "At least a third" inside the entity: a
    # determiner or preposition is no name whatever entity holds it
    if opening.pos_ not in {"NOUN", "ADJ"} or not opening.text[:1].isupper() or opening.lower_ in _TERM:
        return False
    if small:
        return False
    if opening.tag_ == "NNS" and opening.ent_type_ in {"ORG", ""}:
        # a plural common noun opening a sentence, which the small model may take for a body ("Detectives
        # said …", "Media interest in …"), is a name only where the story writes it so inside a sentence
        return _written_inside(story, opening.text)
    if opening.ent_type_ in _NAMED:
        return True  # a proper adjective ("Polish authorities")
    # a singular noun without a determiner, which two outlets open on and none writes in small letters, is a
    # name the tagger does not know ("Twitter is permanently banning …" beside "Twitter on Thursday …"); not
    # "Protesters gathered …"
    bare = opening.tag_ == "NN" and not any(c.dep_ == "det" for c in opening.children)
    # but a word that qualifies the noun after it ("Silver screen legend", "World leaders", "Government, news
    # and social media websites") is as common a word at two outlets' openings of one sentence
    qualifies = opening.dep_ in {"compound", "amod", "nmod"} and opening.head.i > opening.i
    if qualifies:
        # and a name only where written so on its own: not "World leaders" beside "the World Health
        # Organization", which it opens
        return _capital_inside(story, opening.text, alone=True)
    return _capital_inside(story, opening.text) or (bare and _written_by_several(story, opening.text))


def _describes(opening: str, after: str, names: list[str]) -> bool:
    """Whether the word says what the person named right after it is ("Astrophysicist Nikolai Kardashev",
    "Singer Mara Velko"): a name of several words follows that does not hold the word, and the word is no
    title of rank or office ("Pope Francis", "President Putin"), which keep their capital."""
    word = fold(opening)
    if word in OFFICES | HONORIFICS:
        return False
    after = after.lstrip()
    return any(after.startswith(n) and word not in fold(n).split() for n in names if " " in n)


def _capital_inside(story: Story, word: str, alone: bool = False) -> bool:
    """Whether the word is part of a person's name the story resolves ("Blake" of Jacob Blake) or another
    name whole, or the story writes it with its capital inside a sentence, after a word in small letters
    ("on Twitter"; not "Chicago Police"); where `alone` is set, not as the first word of a longer name ("the
    World Health Organization")."""
    own = _whole_word(word)
    if any(own.search(e.canonical) if e.type == "PERSON" else e.canonical == word for e in story.entities):
        return True
    return _written_inside(story, word, alone)


def _written_inside(story: Story, word: str, alone: bool = False) -> bool:
    """Whether an article writes the word with its capital after a word in small letters ("on Twitter"), and
    where `alone` is set, with no capitalized word after it."""
    return any(capital_inside(word, a.text, alone) for a in story.articles)


def _written_by_several(story: Story, word: str) -> bool:
    """Whether two outlets' articles or more write the word, each with its capital and not as the end of
    another name ("Twitter is permanently banning …" beside "Twitter on Thursday banned …"; not "Government,
    news and social media websites" beside "the UK Government's own website")."""
    own = _whole_word(word)

    def alone(text: str) -> bool:
        return any(
            not re.search(
                r"(?:\b[A-Z][\w’'-]*|\b(?:[A-Z]\.){2,})\s+$", text[max(0, m.start() - 30) : m.start()]
            )
            for m in own.finditer(text)
        )

    return len({a.outlet or a.id for a in story.originals if alone(a.text)}) >= 2


def relays(text: str) -> bool:
    """Whether the sentence relays a source of its own ("According to a statement released by the society,
    the assault took place …"), which an outlet's attribution may not open again."""
    return re.match(r"According to\b", text) is not None


def listed(outlets: Sequence[str]) -> str:
    """ "X", "X and Y", "X, Y and Z": the outlets as an attribution names them."""
    return outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + " and " + outlets[-1]


def frame(outlets: Sequence[str], relayed: bool = False) -> str:
    """The words that attribute a sentence to outlets: "According to X and Y, ", or "X reports that, " for a
    sentence that relays a source of its own."""
    who = listed(outlets)
    return f"{who} report{'s' if len(outlets) == 1 else ''} that, " if relayed else f"According to {who}, "


def attributed(wording: Wording, outlets: list[str]) -> str:
    """'According to X and Y, …'; 'X reports that, according to …' for a sentence that relays a source."""
    return frame(outlets, relays(wording.text)) + _inner(wording)


def joined(sentence: str, wording: Wording) -> str:
    """A sentence with one more clause of the same outlets after a semicolon: "According to X, a; b." """
    # a closing abbreviation keeps its stop: "… in the U.S.; …", "… at 5 p.m.; …"
    if re.search(r"\b(?:\w\.){2,}$", sentence):
        head = sentence
    else:  # and an ellipsis written as dots stays one: "… approved a plea...; …", not "a plea..; …"
        dots = len(sentence) - len(sentence.rstrip("."))
        head = sentence.rstrip(".") + ("…" if dots >= 3 else "")
    return f"{head}; {_inner(wording)}"


def _inner(wording: Wording) -> str:
    """The wording set inside a sentence: its first word lowercased unless it is a name or an acronym
    ("Dmitry Peskov explained …", "NATO said …")."""
    text = wording.text
    opening = text.split()[0].strip("“\"‘'(").removesuffix("’s").removesuffix("'s").rstrip(",")
    if not (
        wording.proper_start
        or (opening.isupper() and (len(opening) > 1 or opening == "I"))
        # a name's word, but no article of one ("A" of the company "Vicomte A")
        or (
            opening.lower() not in STOP_WORDS
            and any(_opens_on(text, opening, n) for n in wording.names)
            and not _describes(opening, text.split(maxsplit=1)[-1], wording.names)
        )
    ):
        text = text[:1].lower() + text[1:]
    return text


def _opens_on(text: str, opening: str, name: str) -> bool:
    """Whether the text's first word is the name's: the name written whole from it, or the name's last word
    ("Soultrait said …" of "Arthur de Soultrait"); not the common word a name of several words opens on or
    holds ("Water from the reservoir …" of "Water Bureau", "Wildlife officials …" of "Kenya Wildlife
    Service")."""
    words = name.split()
    if len(words) > 1 and words[1] == words[1].lower() and words[1] not in _NAME_PARTICLES:
        return False  # a label that goes on in small letters ("Silver screen legend") is no name
    return opening in words and (
        opening == words[-1] or re.match(rf"{re.escape(name)}(?!\w)", text.lstrip("“\"‘'(")) is not None
    )
