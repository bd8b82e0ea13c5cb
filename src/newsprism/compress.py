"""Compression: the parts of a clause a summary sentence may leave out so that it says only what several
outlets carry.

Two outlets often tell one fact in one clause each, with details of their own around it: "A woman killed
three people … at a drugstore distribution center Thursday in Harford County, Maryland" and "A woman shot
and killed three people … at a Rite Aid warehouse in Aberdeen". A sentence that keeps every detail of one
can cite only that one, and the fact every outlet reports is told as one outlet's claim. Leaving out the
details the others lack lets the sentence cite them all.

Only what can go without changing what the rest says is left out: a time or place said with a preposition
("at a drugstore distribution center", "on Thursday"), a date ("Thursday"), a clause of time or manner
("before fatally shooting herself", ", gathering a crowd of hundreds"), an apposition or a relative clause
set off by commas (", a former lawyer,"). A condition ("if provoked"), a restrictive relative clause
("Republicans who did not attend"), who says so (", officials said", ", an inquest heard"), what came of it
counted (", killing five police officers") and a time or place that is the news ("had been set to expire
at the end of September") stay, and so does anything inside someone's quoted words.

The summary leaves parts out to cite more outlets (`shortened`), to fit a fact into the last words of its
room and a long fact into a headline (`fit`); never merely to be shorter, since the details are news too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from .model import Article, Span
from .names import OFFICES, fold
from .quoting import quote_regions
from .quoting.cues import CLAUSE

# prepositions of time and place, whose phrase a verb can lose and still say what it said; "in" and "on" only
# before a date, a time or a place the parse names ("on Thursday", "in Kenya") or a time that is no date
# (`_IN_TIME`): "based on false testimony" and "joined in imposing sanctions" need theirs
_ADJUNCT = {
    "at", "during", "after", "before", "near", "outside", "inside", "amid", "across", "following",
    "within", "throughout", "along", "behind", "beside", "around",
}  # fmt: skip
_NAMED_PLACE = {"in", "on"}
# verbs whose place is what they say: "put them at risk", "placed the order in Karsk", "spent a few hours at
# the county jail"
_PLACING = {"put", "place", "lay", "spend"}
# what makes "in" a preposition of time whatever follows: "in the wake of a mass shooting", "in the
# aftermath of the vote", "in the midst of talks"
_IN_TIME = {"wake", "aftermath", "midst"}
_PLACES = {"DATE", "TIME", "GPE", "LOC", "FAC"}
# what opens a clause of time; not "if", "unless", "until", "whether": leaving a condition out would change
# what the rest says
_TIME = {"before", "after", "while", "when", "as"}
_DATES = {"DATE", "TIME"}
# what tells of a time to come, with the verb it governs: "expected to hold", "scheduled to open"
_AHEAD = {"expect", "schedule", "set", "due", "plan", "slate"}
# what a length of time before it measures: "15 years after", "two days ago"
_MEASURED = {"after", "before", "ago", "later", "earlier", "since"}
# what may open a sentence and end at a comma: "As Yellin hinted,", "Instead,", "On Monday,"
_FRONTED = {"advcl", "advmod", "prep", "npadvmod", "intj"}
# whose words a part holds ("…, an inquest heard", ", saying …"): a summary never drops who says so; the
# forms too, which the parse may take for nouns
_SOURCE = CLAUSE | {
    "hear", "accord", "cite", "quote", "according", "heard", "said", "told", "wrote", "reported",
}  # fmt: skip
# what a verb keeps after it besides its time and place: an object, a complement, a particle, an agent
_KEEPS = {"dobj", "attr", "acomp", "xcomp", "ccomp", "dative", "prt", "oprd", "agent"}
_FINITE = {"VBD", "VBZ", "VBP"}


def _kept(verb: Any, part: Any) -> bool:
    """Whether the verb says something after it without the part: "killed three people", "dealt with the
    issue", "was shot dead", not "had been set to expire" (at the end of September) or "met" (in 1978),
    where the time or place is the news."""
    return any(
        c.i > verb.i
        and c.i != part.i
        and (c.dep_ in _KEEPS or c.dep_ == "prep" and c.lower_ not in _ADJUNCT | _NAMED_PLACE)
        for c in verb.children
    )


def _ahead(verb: Any) -> bool:
    """Whether the verb tells of what is yet to happen: "will hold", "is expected to hold", "is due to
    open", where when it happens is what the clause announces."""
    if any(c.dep_ == "aux" and c.lower_ in {"will", "shall"} for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ in _AHEAD


def _dated(token: Any) -> bool:
    """Whether the part names a date or a time: "in May", "next week", "on Tuesday"."""
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return token.ent_type_ in _DATES or any(c.ent_type_ in _DATES for c in objects)


def _part(token: Any) -> bool:
    """Whether the token heads a part its clause can do without."""
    dep, head = token.dep_, token.head
    if dep in {"prep", "npadvmod", "tmod"} and _dated(token) and _ahead(head):
        return False  # "is expected to hold its first session in May": the when is the news
    comma_before = bool(token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ",")
    if dep in {"prep", "npadvmod", "tmod", "advcl"} and not _kept(head, token):
        return False
    if dep == "prep":
        # "were in custody", "the Department of Health": what is, or a name; but "would be open to talks" (in
        # the wake of …) says what is before the part
        said = any(c.dep_ in {"acomp", "attr"} and c.i < token.i for c in head.children)
        if head.pos_ != "VERB" and not (head.pos_ == "AUX" and said):
            return False
        if head.lemma_ in _PLACING:
            return False  # "jobs put them at high risk": where it puts them is what it says
        objects = [c for c in token.children if c.dep_ == "pobj"]
        return token.lower_ in _ADJUNCT or (
            token.lower_ in _NAMED_PLACE
            and bool(objects)
            and (objects[0].ent_type_ in _PLACES or token.lower_ == "in" and objects[0].lower_ in _IN_TIME)
        )
    if dep in {"npadvmod", "tmod"}:
        return token.ent_type_ in _DATES and head.pos_ == "VERB"  # not the "two days" of "two days ago"
    if dep == "advcl":
        marks = [c.lower_ for c in token.children if c.dep_ == "mark"]
        # ", gathering a crowd of hundreds": a participle's clause, set off by a comma; not one that counts
        # what came of it (", killing five police officers"); an order is no count (", to become the first
        # black woman … to lead the nation's third-largest city")
        counts = any(t.like_num and t.ent_type_ not in _DATES | {"ORDINAL"} for t in token.subtree)
        participle = not marks and token.tag_ == "VBG" and comma_before and not counts
        return bool(marks and marks[0] in _TIME or participle)
    if dep in {"appos", "relcl", "acl"}:
        return comma_before  # set off by a comma, it adds to what it describes; without, it tells which
    return False


def optional_parts(article: Article, span: Span) -> list[tuple[int, int]]:
    """Where the clause's optional parts lie (see the module's doc), each with the commas that set it off."""
    doc = article.doc
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand") if doc is not None else None
    if tokens is None:
        return []
    quoted = quote_regions(article.text)
    parts = []
    for token in tokens:
        first, last = token.left_edge, token.right_edge
        if first.i <= tokens.start or not _part(token):
            continue  # a part at the clause's very start would leave it without its opening
        if last.i >= tokens.end:  # it runs on into the rest of the sentence: the clause's own words of it
            last = next(t for t in reversed(tokens) if not t.is_punct)  # the part's own word at least
        inside = list(token.subtree)
        if last.dep_ in {"cc", "punct"} or any({t.lemma_.lower(), t.lower_} & _SOURCE for t in inside):
            continue  # "on X, Y, and" whose last conjunct hangs elsewhere; who says so
        text = article.text[first.idx : last.idx + len(last)]
        after = doc[last.i + 1] if last.i + 1 < tokens.end else None
        if text.count("(") != text.count(")") or (after is not None and after.text in {"(", "["}):
            continue  # "… port of Burgos (also known as Poros)": a bracket goes with what it glosses
        if token.dep_ == "appos" and after is not None and not after.is_punct:
            continue  # no comma closes it: "Trump, his Mexican counterpart X and Y have signed" lists them
        before = doc[first.i - 1]
        if before.pos_ == "PROPN" and first.text[:1].isupper() and token.dep_ != "prep":
            continue  # "Medical News Today": the rest of a name, whatever the parse makes of it
        if token.dep_ in {"npadvmod", "tmod"} and after is not None and after.lower_ in _MEASURED:
            continue  # "15 years after he was arrested": the time it measures
        if _figure(before) and sum(_figure(t) and t.lemma_ == before.lemma_ for t in tokens) > 1:
            continue  # "4,500 tons during a typical year and 12,000 tons during a crisis": which is which
        if _strands(tokens, last):
            continue  # "… system [after a shooting in Florida] left 17 people dead": what follows needs it
        start, end = _edges(token, last, before, after)
        end = with_zone(article.text, end)  # "just after 3 a.m. CT", whatever the parse makes of "CT"
        if token.dep_ == "prep" and before.dep_ == "advmod" and before.head == token.head:
            start = before.idx  # "late in a presidential election year": the adverb the time is of
        if any(s < end and start < e for s, e in quoted):
            continue  # someone's words are given whole or not at all
        parts.append((start, end))
    titles = [(s, e) for s, e in _titles(tokens) if not any(qs < e and s < qe for qs, qe in quoted)]
    return parts + titles


# a time zone after a time of day: "3 a.m. CT", "10 p.m. EST"
_ZONE = re.compile(
    r"(?<=[ap]\.m\.)\s+(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|AES?T)\b|(?<=[AP]M)\s+(?:[ECMP][SD]?T|GMT|UTC)\b"
)


def with_zone(text: str, end: int) -> int:
    """Where a part ending at `end` ends with the time zone written after its time of day, if any."""
    zone = _ZONE.match(text, end)
    return zone.end() if zone else end


def _strands(tokens: Any, last: Any) -> bool:
    """Whether leaving out a part that ends at `last` strands what follows it: a verb without a subject of
    its own ("… system [after a deadly shooting in Florida] left 17 people dead") or, before the next comma, a
    relative pronoun the parse hangs on no noun ("[following two mass shootings] over the weekend that killed
    29 people"), whose noun was in the part."""
    rest = [t for t in tokens if t.i > last.i]
    if not rest:
        return False
    verb = rest[0]
    if verb.tag_ in _FINITE and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        return True
    for t in rest:
        if t.text in {",", ";"}:
            break
        if t.tag_ in {"WDT", "WP"} and t.dep_ in {"nsubj", "nsubjpass"} and t.head.dep_ != "relcl":
            return True
    return False


def _titles(tokens: Any) -> list[tuple[int, int]]:
    """Where an office stands before a person's full name, with the words that go with it ("Prime Minister
    Annika Veldt", "former Massachusetts Gov. Bill Weld", "the Russian President Vladimir Putin"): the name
    says whom the clause is about without it. Not the end of a longer phrase ("Trump's chief economic
    adviser Gary Cohn"), which would leave its first words before the name."""
    doc, parts = tokens.doc, []
    for token in tokens:
        if token.ent_type_ != "PERSON" or token.ent_iob_ != "B":
            continue
        if token.i + 1 >= len(doc) or doc[token.i + 1].ent_iob_ != "I":
            continue  # a single name ("Weld") may need its office to say who
        first, office = token.i, False
        while first > tokens.start and (
            fold(doc[first - 1].text) in OFFICES
            or (doc[first - 1].pos_ in {"PROPN", "ADJ"} and doc[first - 1].text[:1].isupper())
        ):
            office = office or fold(doc[first - 1].text) in OFFICES
            first -= 1
        if first > tokens.start and doc[first - 1].lower_ == "the":
            first -= 1
        before = doc[first - 1] if first > tokens.start else None
        if office and (before is None or before.pos_ not in {"ADJ", "NOUN", "PROPN", "PART", "NUM"}):
            parts.append((doc[first].idx, token.idx))
    return parts


def _figure(token: Any) -> bool:
    """Whether the token is what a number counts: "tons" of "12,000 tons", "%" of "3.5%"."""
    return any(c.dep_ == "nummod" or c.like_num for c in token.children)


def _edges(token: Any, last: Any, before: Any, after: Any) -> tuple[int, int]:
    """Where a part begins and ends with the commas that go with it. Set off by two commas, it takes both
    (", a former lawyer,") unless one of them also closes something else: the opening "As Yellin hinted,"
    before it, or the "after he was arrested outside Lincoln, Mont.," it ends."""
    first = token.left_edge
    start, end = first.idx, last.idx + len(last)
    if before.text != ",":
        return start, end  # "… three others before X, officials said" keeps the comma before "officials"
    ancestors = set(token.ancestors)
    # a comma that also sets off who says so stays theirs: "…, preying on lizards, says co-author Xu"
    tag = after.head if after is not None else None
    told = tag is not None and tag.i > after.i and tag.lemma_.lower() in CLAUSE
    told = told and any(a.dep_ in {"ccomp", "parataxis"} and a.head == tag for a in [token, *ancestors])
    closing = after is not None and after.text == "," and not told
    previous = token.doc[max(before.i - 1, 0)]
    opened = before.i > 0 and any(
        t.right_edge.i in {previous.i, before.i}
        and t.dep_ in _FRONTED
        and t.i < t.head.i
        and t not in ancestors
        for t in [previous, *previous.ancestors]
    )
    # what opens the sentence and ends with the part ("after he was arrested outside Lincoln, Mont.,"): the
    # parse may hang the comma on it, so it ends at the part or at the comma
    ends_more = closing and any(
        a.right_edge.i in {last.i, after.i} and a.dep_ in _FRONTED and a.i < a.head.i
        for a in [token.head, *token.head.ancestors]
    )
    if closing and opened and not ends_more:
        return start, after.idx + 1
    if closing and not opened and not ends_more:
        return before.idx, after.idx + 1
    return (start, end) if opened else (before.idx, end)


def cut(text: str, offset: int, parts: Sequence[tuple[int, int]]) -> str:
    """The text with the parts (character ranges of the article it starts `offset` into) left out."""
    for start, end in sorted(parts, reverse=True):
        text = text[: start - offset] + text[end - offset :]
    return tidy(text)


def tidy(text: str) -> str:
    """One space between words and none before a stop or a comma, where parts were left out; one stop after
    an abbreviation ("Beverly Hills, Calif." of "…, Calif., on Monday.")."""
    text = re.sub(r"\s{2,}", " ", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
    return re.sub(r",(?=[.;:!?])", "", text)


def shortened(
    article: Article, span: Span, share: Callable[[str], float], enough: float, min_words: int
) -> list[tuple[int, int]] | None:
    """Optional parts to leave out of the clause so that `share` of what is left (how much of it the outlets
    to be cited carry, their least) reaches `enough`: of the parts that bring it there, the shortest; while
    none does, the one that raises it most. None when no choice of parts reaches it, or what is left would be
    under `min_words` words."""
    parts = optional_parts(article, span)
    chosen: list[tuple[int, int]] = []
    current = share(span.text)
    while current < enough:
        trials = []
        for part in parts:
            if any(part[0] < e and s < part[1] for s, e in chosen):
                continue
            text = cut(span.text, span.start, [*chosen, part])
            trials.append((share(text), text, part))
        if not trials:
            return None
        best, text, part = max(trials, key=lambda t: (t[0] >= enough, len(t[1]) if t[0] >= enough else t[0]))
        if best <= current or word_count(text) < min_words:
            return None
        chosen.append(part)
        current = best
    return chosen


def fit(article: Article, span: Span, over: int, min_words: int) -> list[tuple[int, int]] | None:
    """Optional parts to leave out of the clause so that it is at least `over` words shorter: the shortest
    part that does it alone, else the longest and then again. None when no choice of parts does, or what is
    left would be under `min_words` words."""
    parts = optional_parts(article, span)
    chosen: list[tuple[int, int]] = []
    left = word_count(span.text)

    def words(part: tuple[int, int]) -> int:
        return word_count(article.text[part[0] : part[1]])

    while over > 0:
        free = [p for p in parts if not any(p[0] < e and s < p[1] for s, e in chosen)]
        if not free:
            return None
        enough = [p for p in free if words(p) >= over]
        part = min(enough, key=words) if enough else max(free, key=words)
        chosen.append(part)
        over -= words(part)
        left -= words(part)
    return chosen if left >= min_words else None


def word_count(text: str) -> int:
    """Words as the summary's budgets count them, as a reader does: what spaces part, with a letter or a
    digit in it ("U.S.", "Biden's" and "70-30" are one word each; a dash alone is none)."""
    return sum(1 for w in text.split() if re.search(r"\w", w))
