"""Disagreements that are not numbers: who did something, where, which office a person holds, and a claim
one outlet states while another denies it.

Who, where and negation are read off units that align one fact across outlets, between clauses in the
outlets' own voice (not quoted) that agree on at least half their other content words (`SAME_STATEMENT`),
so two sentences are only compared when they tell the same statement:
- who: the named subjects of the act differ ("Putin gave …" against "Rouhani gave …"); whoever says a
  fact is its source, not its actor;
- where: the places it happened in differ ("in Tehran" against "in Moscow"), unless the story ever names
  the two places in one sentence ("Tehran, Iran" tells a city from its country);
- claim: one outlet's clause is negated or denied ("did not meet", "denied meeting"), the other's is not,
  about the same act.
A denial is compared over the whole story too: when an outlet reports that someone denied something ("Stone
has denied wrongdoing") and another outlet, carrying no denial of theirs, states the matter in its own voice
(sharing words with what is denied, or making the accusation denied), the second states as settled what the
first reports as denied. A dismissal is a denial only of a claim ("dismissed the report", "dismissed it as
a joke", not "dismissed his campaign manager"), and an attempt ("struggled to debunk") is none.
A person's office is compared over the whole story, from titles written beside the name: "Foreign Minister
Lavrov" against "Lavrov, the defence minister" is a disagreement, "Supreme Guide" against "Leader of the
Islamic Revolution" is framing, "minister" against "foreign minister" is the same office said more or less
fully, and a former office says nothing against a present one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .model import Article, Conflict, ConflictValue, Entity, Mention, Story, Unit
from .names import SAME_OFFICE, fold
from .pronouns import subject_before
from .quoting import quote_regions
from .quoting.cues import CLAUSE
from .stages.entities import entity_at
from .support import content_words, stem

# Offices whose holders are few and named: two of them given to one person cannot both be a slip of style.
OFFICES = {
    "president", "minister", "premier", "chancellor", "secretary", "spokesperson", "senator", "governor",
    "representative", "mayor", "judge", "justice", "ambassador", "envoy", "director", "chair", "ceo",
    "speaker", "commander", "general", "admiral", "colonel", "captain", "sergeant", "attorney", "king",
    "queen", "emir",
}  # fmt: skip
# Words that make a different office of the same head ("vice president" is not the president) ...
RANKS = {"vice", "deputy", "prime", "acting", "assistant", "under", "chief", "lieutenant", "lt", "major"}
# ... and words that only say which one ("foreign minister" is a minister).
PORTFOLIOS = {"foreign", "defence", "interior", "finance", "state", "justice", "health", "trade", "economy"}
DENIALS = {"deny", "refute", "dismiss", "disprove", "debunk"}
# What one dismisses when the dismissal denies it: a claim, not a person, a proposal or a lawsuit.
CLAIMS = {
    "allegation", "claim", "accusation", "report", "story", "suggestion", "idea", "notion", "criticism",
    "speculation", "rumor", "rumour", "concern", "theory", "comparison", "assertion", "finding", "talk",
    "question", "poll", "account", "evidence", "news", "charge", "statement", "warning", "fear",
}  # fmt: skip
# A denial someone only tries at is none: "struggled to debunk that ninth planet"
_ATTEMPTS = {"try", "struggle", "attempt", "seek", "fail", "want", "hope", "plan"}
# What a denial's own words add besides what it denies: who, when and where, and what else was done ("in
# a tweet, Trump denied X and consistently criticized …")
_BESIDE_MATTER = {
    "nsubj", "nsubjpass", "aux", "auxpass", "neg", "conj", "cc", "advcl", "punct", "advmod", "npadvmod",
    "prep",
}  # fmt: skip
# What a denial of "wrongdoing" or "the allegations" answers: a statement of an accusation or a misdeed.
ACCUSATIONS = {
    "accuse", "accusation", "allege", "allegation", "charge", "convict", "indict", "indictment", "guilty",
    "lie", "lying", "fraud", "harass", "harassment", "assault", "abuse", "bribe", "bribery", "corrupt",
    "corruption", "collude", "collusion", "misconduct", "wrongdoing", "crime", "criminal", "violate",
    "violation", "illegal", "illegally", "steal", "rape", "cheat", "hack", "leak", "bias", "biased",
    "manipulate", "interfere", "interference", "cover", "obstruct", "obstruction",
}  # fmt: skip
NEGATIONS = {"not", "n't", "n’t", "never", "no", "nobody", "none", "nothing", "neither", "nor"}
PLACES = {"GPE", "LOC", "FAC"}  # the entity types of places
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
    words = [SAME_OFFICE.get(w, w) for w in _LEADING.sub("", fold(label)).split()]
    heads = [n for n, w in enumerate(words) if w in OFFICES]
    if not heads:
        return None
    head = (
        heads[0] if "of" in words[: heads[0] + 2] else heads[-1]
    )  # "secretary of state", "foreign minister"
    kept = [w for w in words[:head] if w in RANKS | PORTFOLIOS]
    tail = words[head + 1 : head + 3]
    if tail[:1] == ["of"] and tail[1:] and tail[1] in PORTFOLIOS:
        kept.append(tail[1])  # "secretary of state"
    title = words[head]
    if title == "secretary" and set(kept) & PORTFOLIOS:
        # a secretary with a portfolio is its minister: "Foreign Secretary", "Secretary of State", "Defense
        # Secretary" are what other countries call the foreign and defence ministers
        kept, title = ["foreign" if w == "state" else w for w in kept], "minister"
    return " ".join([*kept, title])


def same_office(a: str, b: str) -> bool:
    """One office said more or less fully: the longer adds a portfolio ("foreign minister", "minister")."""
    wa, wb = set(a.split()), set(b.split())
    small, large = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return small <= large and not (large - small) & RANKS


_BESIDE = re.compile(r"\s*|\s*,\s*(?:the\s+|a\s+)?|\s*,\s*")


def _attached_roles(story: Story, entity: Entity, article_id: str) -> Iterator[Mention]:
    """The entity's role mentions written right beside one of its names in an article ("Foreign Minister
    Sergei Lavrov", "Lavrov, the foreign minister"): a role standing alone may have been bound wrongly."""
    text = story.article(article_id).text
    names = [m for m in entity.mentions if m.article == article_id and m.kind == "name"]
    for m in entity.mentions:
        if m.article != article_id or m.kind == "name":
            continue
        if any(
            (n.start >= m.end and _BESIDE.fullmatch(text[m.end : n.start]))
            or (m.start >= n.end and _BESIDE.fullmatch(text[n.end : m.start]))
            for n in names
        ):
            yield m


def title_conflicts(story: Story, outlet: dict[str, str]) -> Iterator[Conflict]:
    """A person given two offices by two outlets, each written beside the person's name. A former office
    is left out: "former Vice President Biden" says nothing against "President Biden" in another year; and
    a label that joins two offices holds each ("president and CEO of Chimerix" is no dispute with
    "president")."""
    order = {a.id: n for n, a in enumerate(story.articles)}
    for entity in story.entities:
        if entity.type != "PERSON":
            continue
        offices: dict[str, list[Reading]] = {}
        for article_id in {m.article for m in entity.mentions if m.article in outlet}:
            for m in _attached_roles(story, entity, article_id):
                if re.match(r"(?i)(the\s+)?(former|ex-?|then|late|outgoing)\b", m.text):
                    continue
                # each office of a label that joins two ("president and CEO of Chimerix")
                for named in filter(None, map(office, re.split(r"\s+(?:and|&)\s+", m.text))):
                    reading = Reading(article_id, outlet[article_id], named, m.start, m.end)
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
            readings: dict[tuple[str, str], Reading] = {}  # one reading per office, and per label
            for r in (r for pair in clash for r in pair):
                if not any((x.article, x.start) == (r.article, r.start) for x in readings.values()):
                    readings.setdefault((r.article, r.value), r)
            ordered = sorted(readings.values(), key=lambda r: (order[r.article], r.start))
            yield _conflict(story, "attribute", f"office of {entity.canonical}", [], ordered)


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


def _main(span: Any) -> Any:
    """The verb a clause's statement rests on; under a speech verb ("…, police said"), the verb of what was
    said. Whoever says the fact is its source, not its actor: a different source is the quotes' business."""
    root = span.root
    if root.lemma_.lower() in CLAUSE - DENIALS:
        return next((c for c in root.children if c.dep_ == "ccomp"), None)
    return root


def _statement_text(span: Any) -> str:
    main = _main(span)
    return str(span.doc[main.left_edge.i : main.right_edge.i + 1].text) if main is not None else ""


def _subjects(story: Story, article: Article, span: Any) -> Named:
    """The people and organisations that do what the clause says: the subjects of its main verb, when that
    verb is an act (not "be" or "have": "McKenzie was 6" and "Laura was 6" are two facts, not one)."""
    main = _main(span)
    if main is None or main.pos_ != "VERB" or main.lemma_.lower() in {"be", "have"}:
        return {}
    tokens = [t for c in main.children if c.dep_ in {"nsubj", "nsubjpass"} for t in [c, *c.conjuncts]]
    return _named(story, article, tokens, {"PERSON", "ORG"})


def _places(story: Story, article: Article, span: Any) -> Named:
    """The places the clause says it happened in or at: objects of "in"/"at" under its main verb."""
    main = _main(span)
    preps = [
        c
        for c in (main.children if main is not None else [])
        if c.dep_ == "prep" and c.lower_ in {"in", "at"}
    ]
    return _named(story, article, [o for p in preps for o in p.children if o.dep_ == "pobj"], PLACES)


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


def _same_names(a: Named, b: Named) -> bool:
    """Shared names, spelling aside: "Van Wert" and "VanWert" are one person, and so are a name and the
    fuller one that holds all its words ("Elon", which a small parse may take for an organisation, and "Elon
    Musk")."""
    squeezed_a = {fold(n).replace(" ", "") for n in a}
    squeezed_b = {fold(n).replace(" ", "") for n in b}
    words_a, words_b = [set(fold(n).split()) for n in a], [set(fold(n).split()) for n in b]
    return (
        bool(a.keys() & b.keys())
        or any(x.endswith(y) or y.endswith(x) for x in squeezed_a for y in squeezed_b)
        or any(x <= y or y <= x for x in words_a for y in words_b)
    )


def _disjoint(found: dict[str, Named], outlet: dict[str, str]) -> list[Reading]:
    """One reading per article when what different outlets name shares nothing."""
    named = {a: names for a, names in found.items() if names}
    if len({outlet[a] for a in named}) < 2:
        return []
    if any(outlet[a] != outlet[b] and _same_names(named[a], named[b]) for a in named for b in named):
        return []
    return [
        Reading(a, outlet[a], ", ".join(sorted(names)), *min(names.values())) for a, names in named.items()
    ]


def _predicate(span: Any) -> str:
    """The lemma of what the clause says happened; under a denial, what it denies ("denied signing": sign)."""
    root = _main(span)
    if root is None:
        return ""
    if root.lemma_.lower() in DENIALS:
        for child in root.children:
            if child.dep_ in {"xcomp", "ccomp", "dobj", "pcomp"} and child.pos_ in {"VERB", "AUX"}:
                return str(child.lemma_.lower())
    return str(root.lemma_.lower())


def _polarity(span: Any) -> tuple[int, int] | None:
    """Where the clause's main verb is negated or a denial ("did not meet", "denied meeting"), else None."""
    root = _main(span)
    if root is None:
        return None
    if root.lemma_.lower() in DENIALS:
        return root.idx, root.idx + len(root)
    for token in [root, *[c for c in root.children if c.dep_ in {"aux", "xcomp", "ccomp"}]]:
        for child in token.children:
            if child.lower_ in NEGATIONS and child.dep_ in {"neg", "det", "nsubj", "dobj", "advmod"}:
                return child.idx, child.idx + len(child)
    return None


# Two aligned clauses tell one statement, and differ only in the disputed part, when at least this share of
# their other content words is the same: aligned units pair clauses on one topic, and a who, where or
# claim dispute between two clauses that say different things is no dispute at all.
SAME_STATEMENT = 0.5


def _same_statement(a: str, b: str, disputed: set[str]) -> bool:
    words_a = {stem(w) for w in content_words(a)} - disputed
    words_b = {stem(w) for w in content_words(b)} - disputed
    union = words_a | words_b
    return bool(union) and len(words_a & words_b) / len(union) >= SAME_STATEMENT


def _stems(names: Iterable[str]) -> set[str]:
    return {stem(w) for name in names for w in content_words(name)}


def unit_conflicts(story: Story, outlet: dict[str, str]) -> Iterator[Conflict]:
    """Who, where and claim conflicts on each unit that more than one outlet carries, each between clauses
    in the outlets' own voice (not inside a quotation) that tell one statement but for the disputed part."""
    for unit in story.units:
        evidence = [
            e
            for e in unit.evidence
            if e.article in outlet and not _quoted(story.article(e.article), e.start, e.end)
        ]
        if len({outlet[e.article] for e in evidence}) < 2:
            continue
        texts: dict[str, str] = {}
        subjects: dict[str, Named] = {}
        places: dict[str, Named] = {}
        polarity: list[Reading] = []
        predicates: set[str] = set()
        for e in evidence:
            article = story.article(e.article)
            span = _doc_span(article, e.start, e.end)
            if span is None or not len(span):
                continue
            texts[e.article] = _statement_text(span)
            subjects[e.article] = _subjects(story, article, span)
            places[e.article] = _places(story, article, span)
            cue = _polarity(span)
            predicates.add(_predicate(span))
            value = "denies" if cue else "states"
            polarity.append(Reading(e.article, outlet[e.article], value, *(cue or (e.start, e.end))))
        for what, found in (("who", subjects), ("where", places)):
            readings = _disjoint(found, outlet)
            named = {n for r in readings for n in r.value.split(", ")}
            if not readings or not _agree_otherwise(texts, readings, _stems(named) | _stems(story.outlets)):
                continue
            if what == "where" and _named_together(story, named):
                continue
            yield _conflict(story, "attribute", f"{what}: {_short(unit)}", [unit.id], readings)
        # one outlet states what another denies only when both speak of the same act
        negation = {stem(w) for w in NEGATIONS | DENIALS}
        opposed = {r.value for r in polarity} == {"states", "denies"} and len(predicates) == 1
        if opposed and _agree_otherwise(texts, polarity, negation):
            yield _conflict(story, "claim", _short(unit), [unit.id], polarity, "contradiction")


def _agree_otherwise(texts: dict[str, str], readings: list[Reading], disputed: set[str]) -> bool:
    """Whether every two outlets' clauses in the readings tell one statement but for the disputed words."""
    articles = list(dict.fromkeys(r.article for r in readings))
    return all(_same_statement(texts[a], texts[b], disputed) for a in articles for b in articles if a < b)


def _quoted(article: Article, start: int, end: int) -> bool:
    """Whether most of a span is someone's quoted words rather than the outlet's own."""
    inside = sum(
        max(0, min(end, q_end) - max(start, q_start)) for q_start, q_end in quote_regions(article.text)
    )
    return inside * 2 > end - start


@dataclass(frozen=True)
class Denial:
    """Someone denying something in one article: who (canonical name), the sentence, and the denial verb."""

    article: str
    name: str
    sentence: tuple[int, int]
    cue: tuple[int, int]
    matter: str  # what is denied ("any allegations of nonconsensual sex"), else the whole sentence
    of_denial: bool = False  # what is denied is a denial: "denies denying climate change"
    calling: bool = False  # told by calling the thing false ("called climate change a hoax"), not denying it
    # where what is denied is that something is so, what it is about: "the payments to Daniels and McDougal"
    # of "denied the payments to Daniels and McDougal were campaign contributions"
    subject: str = ""


def denials(story: Story, article: Article, background: bool = False) -> Iterator[Denial]:
    """Every denial verb with a named (or pronoun-resolved) person, organisation or country as its subject,
    but not one in a relative clause, which tells who someone is while the sentence states something else
    ("A DNA test confirmed that Biden is the father of a baby that he has denied having"), unless
    `background` is set; with it, a verb that calls something false counts too ("blasted the reports as
    fake news", `_calls_false`), as an outlet's way of carrying a denial another reports."""
    if article.doc is None:
        return
    for sentence in article.doc.sents:
        for token in sentence:
            denying = token.lemma_.lower() in DENIALS and token.pos_ == "VERB" and _denies(token)
            if not (denying or background and _calls_false(token)):
                continue
            verb = token.head if token.dep_ in {"conj", "xcomp"} and token.head.i != token.i else token
            if verb.dep_ in {"relcl", "acl"} and not background:
                continue  # "the father of a baby … that he has denied having": background to what it states
            if token.dep_ == "xcomp" and verb.lemma_.lower() in _ATTEMPTS | DENIALS:
                continue  # tried at, or a denial the outer one tells ("denies denying climate change")
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                entity = entity_at(story, article.id, subject.idx, subject.idx + len(subject))
                if entity is None and subject.lower_ in {"he", "she"}:
                    entity = subject_before(story, article, subject.idx)
                if entity is None and subject.lower_ in {"who", "that"} and verb.dep_ == "relcl":
                    entity = _antecedent(story, article, verb.head)
                if entity is not None and entity.type in {"PERSON", "ORG", "GPE"}:
                    span = (sentence.start_char, sentence.end_char)
                    cue = (token.idx, token.idx + len(token))
                    inner = any(c.lemma_.lower() in DENIALS for c in token.children if c.dep_ in _DENIED)
                    matter, about = _matter(token) or sentence.text, _denied_subject(token)
                    yield Denial(article.id, entity.canonical, span, cue, matter, inner, not denying, about)


# how a denial verb takes what it denies, where that may itself be a denial ("denies denying …")
_DENIED = {"xcomp", "ccomp", "dobj", "pcomp"}
# what tells that someone denied a thing: a statement answering "denies denying it" says so
_DENYING = {stem(w) for w in ("deny", "dismiss", "reject", "refute", "hoax", "doubt", "skeptic")}


def _antecedent(story: Story, article: Article, noun: Any) -> Entity | None:
    """Who a relative clause tells of: the named noun it hangs on, or the name that noun stands beside
    ("Harvey Weinstein, an executive producer of Good Will Hunting who denies …")."""
    for _ in range(4):
        entity = entity_at(story, article.id, noun.idx, noun.idx + len(noun))
        if entity is not None and entity.type in {"PERSON", "ORG", "GPE"}:
            return entity
        if noun.dep_ not in {"appos", "pobj", "prep", "compound"} or noun.head.i == noun.i:
            return None
        noun = noun.head
    return None


def _denies(token: Any) -> bool:
    """Whether a denial verb denies a claim: a dismissal only of a claim or as something ("dismissed the
    story as a joke"); "dismissed Corey Lewandowski" and "dismissed a proposal" deny nothing."""
    if token.lemma_.lower() != "dismiss":
        return True
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(_called(token)) or any(o.lemma_.lower() in CLAIMS for o in objects)


def _called(token: Any) -> set[int]:
    """The words of what a dismissal calls the thing it dismisses ("… as fake news"), wherever the parse
    hangs the "as"."""
    if token.lemma_.lower() != "dismiss":
        return set()
    return {t.i for a in token.subtree if a.dep_ == "prep" and a.lower_ == "as" for t in a.subtree}


# what calling a thing tells that it is not so: "blasted the leaks as fake news", "called the story a hoax"
_FALSE = {
    "fake", "hoax", "joke", "lie", "lies", "fabrication", "fabricated", "nonsense", "false", "phony", "bogus",
}  # fmt: skip
_CALLING = {"blast", "call", "label", "brand", "slam", "deride", "denounce", "decry"}
# the same, as written, whatever the parse makes of the verb
_AS_FALSE = re.compile(rf"\bas\s+(?:an?\s+)?[\"“‘']?(?:{'|'.join(sorted(_FALSE))})\b", re.I)


def _calls_false(token: Any) -> bool:
    """Whether a verb calls what it takes something not so (`_FALSE`): another outlet's way of telling a
    denial ("Trump blasted the reports as fake news" beside "Trump dismissed the story as a joke")."""
    if token.lemma_.lower() not in _CALLING or token.pos_ != "VERB":
        return False
    # "as" wherever the parse hangs it ("blasted such stories as fake news")
    called = [c for c in token.subtree if c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as"]
    return any(t.lower_ in _FALSE for c in called for t in c.subtree)


def _denied_subject(token: Any) -> str:
    """The words of the subject of the clause a denial verb denies ("the payments to Daniels and McDougal"
    of "denied the payments to Daniels and McDougal were campaign contributions"), else ""."""
    for clause in (c for c in token.children if c.dep_ == "ccomp"):
        for subject in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
            return " ".join(t.text for t in subject.subtree)
        # a parse that hangs the subject on the denial verb: what stands between the two
        return " ".join(t.text for t in token.doc[token.i + 1 : clause.left_edge.i])
    return ""


def _purpose(token: Any) -> bool:
    """Whether an adverbial clause is an infinitive of purpose, part of what is denied ("denied ranking
    results to manipulate sentiment"), not something else the denier did ("…, accusing Malaysia of …")."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _matter(token: Any) -> str:
    """The words of what a denial verb denies: its object or clause, without who denies, when and where ("in a
    tweet this week"), what a dismissal calls it ("as a joke") or what else they did ("…, instead calling
    them a private transaction")."""
    called = _called(token)
    aside = {
        t.i
        for d in token.subtree
        if d.i != token.i and d.dep_ == "advcl" and not _purpose(d)
        for t in d.subtree
    }
    words = [
        t
        for child in token.children
        if child.dep_ not in _BESIDE_MATTER or _purpose(child)
        for t in child.subtree
        if t.i not in called | aside
    ]
    matter = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    return matter if content_words(matter) else ""


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower())}


# A statement answers a denial when it shares a content word with what is denied, besides the denier's
# name, for every this many words of it (one at least): on ClaimDiff's weak pairs, one shared word flags 8
# of 176 with no false alarm, two flag 4 (bench_conflicts.py); a long matter ("the failing New York Times
# story on alleged campaign contact with Russian officials") asks for more than one word in passing.
WORDS_PER_SHARED = 5


def _linked(statement: str, denial: str, denier: str, subject: str = "") -> bool:
    """Whether a statement answers to a denial: it shares enough content words with what is denied besides
    the denier's name (`WORDS_PER_SHARED`), one of them a word that is no name or a name in what the denied
    clause is about (`subject`), or the denial is of an accusation and the statement makes one ("denied
    wrongdoing", "was convicted"). A capitalized word is matched whole: "New York" is no "news"."""
    leave_out = _link_words(denier) | {stem(w) for w in NEGATIONS | DENIALS}
    said, denied = _link_words(statement) - leave_out, _link_words(denial) - leave_out
    accused = {stem(w) for w in ACCUSATIONS}
    # "the story on alleged contact" is not denied as an accusation: "alleged" only hedges it
    accusing = {stem(w) for w in content_words(denial) if w.lower() not in {"alleged", "allegedly"}} & accused
    enough = max(1, len(denied) // WORDS_PER_SHARED)
    shared = said & denied
    # a name shared tells whom the matter concerns, not what it is: "Kim Jong-nam … was killed by a nerve
    # agent" does not answer North Korea denying "any responsibility for Mr. Kim's death"; but denying that
    # something is so is answered by a statement of that thing ("… its $150,000 payout to … Karen McDougal"
    # of "denied the payments to Daniels and McDougal were campaign contributions")
    named = _link_words(subject)
    about = any(not w.startswith("^") or w in named for w in shared)
    return (len(shared) >= enough and about) or bool(said & accused and accusing)


def _link_words(text: str) -> set[str]:
    """Content words as stems, a capitalized word whole and apart from them ("New" is not the stem of
    "news")."""
    # the parts of a name written with a hyphen are the name's ("Kim Jong-nam"), not words of their own
    named = {part.lower() for name in _HYPHENED_NAME.findall(text) for part in name.split("-")}
    return {
        f"^{w.lower()}" if w[:1].isupper() or w.lower() in named else stem(w) for w in content_words(text)
    }


_HYPHENED_NAME = re.compile(r"\b[A-Z]\w*(?:-\w+)+")


def _statement(story: Story, article: Article, denial: Denial, denied: str) -> tuple[int, int] | None:
    """The sentence of `article` naming the denier that answers the denial best, and is no denial itself."""
    entity = next(e for e in story.entities if e.canonical == denial.name)
    best: tuple[int, int, int] | None = None
    for start, end in article.sentences:
        if not any(m.article == article.id and start <= m.start < end for m in entity.mentions):
            continue
        span = _doc_span(article, start, end)
        text = article.text[start:end]
        if span is None or not len(span) or _quoted(article, start, end):
            continue  # someone's quoted words are not the outlet stating the matter
        if denial.of_denial:
            if not {stem(t.text.lower()) for t in span} & _DENYING:
                continue  # "climate change is probably real, Trump said" agrees with "denies denying it"
        elif (
            _polarity(span)
            or any(t.lemma_.lower() in DENIALS and t.pos_ == "VERB" for t in span)
            or _AS_FALSE.search(text)
        ):
            # a denial, or one told beside ("… Weinstein, a producer who denies allegations") or in other
            # words ("Trump blasted leaks about his campaign's alleged contact with Russia as “fake news.”")
            continue
        if not _linked(text, denied, denial.name, denial.subject):
            continue
        shared = len(_words(text) & _words(denied))
        if best is None or shared > best[0]:
            best = (shared, start, end)
    return (best[1], best[2]) if best else None


def denial_conflicts(story: Story, outlet: dict[str, str]) -> Iterator[Conflict]:
    """Claim conflicts between an outlet reporting a denial and outlets stating the matter without it."""
    found = {a.id: list(denials(story, a)) for a in story.originals if a.id in outlet}
    # who each article reports denying something, in its own statement or as background to another
    deniers = {a: list(denials(story, story.article(a), background=True)) for a in found}
    told = set()
    for denial in (d for ds in found.values() for d in ds):
        if (denial.article, denial.name, denial.sentence) in told:
            continue  # one sentence's denials of one matter by one person are one point
        told.add((denial.article, denial.name, denial.sentence))
        denied_text = story.article(denial.article).text[slice(*denial.sentence)]
        readings = []
        for article in story.originals:
            if article.id not in outlet or outlet[article.id] == outlet[denial.article]:
                continue
            if any(_carries(story, d, denial) for d in deniers[article.id]):
                continue  # this outlet carries the denial as well ("… a baby that he has denied having")
            statement = _statement(story, article, denial, denial.matter)
            if statement:
                readings.append(Reading(article.id, outlet[article.id], "states", *statement))
        if readings:
            readings.append(Reading(denial.article, outlet[denial.article], "denies", *denial.cue))
            about = f"{denial.name} denies: {_clip(denied_text)}"
            yield _conflict(story, "claim", about, [], readings)


def _carries(story: Story, other: Denial, denial: Denial) -> bool:
    """Whether another outlet's denial (`other`, found with `background`) is the denial's: by the same
    person; and where it calls something false rather than denies it, of a thing the denied matter names
    ("Trump blasted such stories as fake news" of "the Times story on alleged campaign contact"; not "CNN,
    which he often derides as fake news"), and never a denial that one denied it ("called climate change a
    hoax" disputes "denies denying climate change")."""
    if other.name != denial.name:
        return False
    if not other.calling:
        return True
    said = _link_words(story.article(other.article).text[slice(*other.sentence)])
    common = {w for w in said & _link_words(denial.matter) if not w.startswith("^")}
    return not denial.of_denial and bool(common - _link_words(denial.name))


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
