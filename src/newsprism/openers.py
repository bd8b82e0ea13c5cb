"""Who a clause's opening pronoun or possessive stands for, so that a summary sentence names them.

A clause lifted out of its article may open on "he", "she", "his" or "her" ("His best move was casting
Saoirse Ronan"): the summary puts the person the story tells it is in its place (`pronoun_edits`), or leaves
the clause out where the reader could not tell who or what it is about (`unresolved_opener`: "they", "their",
"That was the year …", "It was like Pluto"). So with a pronoun further in that nothing in the clause stands
for (`_stranded`): "Four of her cabinet ministers resigned" names Theresa May where the article named her
just before; "Much of its body was …" is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .model import Article, Entity, Span, Story
from .names import OFFICES, fold
from .pronouns import PERSON_WORDS, SEX, gender, subject_before
from .quoting import quote_regions
from .standalone import first_word

# a clause's subject pronoun, past a connective and a short opening: "and he", "Sometimes she", "Last
# week, he", "On Monday, after the talks, she"
_LEAD_IN = (
    r"\W*(?:(?:and|but|while|where|when|then|so)\s+)?"
    r"(?:(?:[\w’'-]+\s+){0,4}[\w’'-]+,\s+(?:(?:[\w’'-]+\s+){0,4}[\w’'-]+,\s+)?"
    r"|(?:sometimes|later|now|also|often|still|soon|once|eventually|instead|\w+ly)\s+)?"
)
# "Trump, he said, was …": a speech tag set inside someone else's words, not the clause's subject
_OPENING_PRONOUN = re.compile(rf"({_LEAD_IN})(he|she)\b(?!\s+(?:said|says|added|noted|wrote)\s*,)", re.I)
_PLURAL_OPENER = re.compile(rf"{_LEAD_IN}they\b", re.I)
# "That was the year …", "This footage offers …": a subject that points back to the sentence before
_POINTING_BACK = {"this", "that", "these", "those"}
# a subject that stands for things named before: "All were defeated", "Both were arrested"
_QUANTIFIERS = {"all", "both", "each", "neither", "none"}
# what says a clause follows from something told before it
_FOLLOWING_FROM = {"therefore", "consequently", "hence"}
_AS_A_RESULT = re.compile(r"as a result(?! of)")
# whose a subject is: "His pick for labor secretary", "Their ringleader"
_POSSESSIVES = {"his", "her", "their", "its"}
# pronouns for a thing or for several, which the summary does not put a name in place of
_THINGS = {"it", "its", "they", "them", "their"}
_SUBJECT = {"nsubj", "nsubjpass"}
_NOUNS = {"NOUN", "PROPN"}
_WORD = re.compile(r"\w+")
# a step up the parse that leaves a noun's own phrase: a clause of it or a coordination
_OPEN_PATH = {"conj", "relcl", "acl", "advcl", "ccomp", "xcomp", "nsubj", "nsubjpass", "dobj", "appos"}


# a fact told as going on from one before it: "The governor also signed into law another bill", "In addition
# to the relic, the archaeologists uncovered …", "The other bill would …", "A second woman was charged …";
# "also" before a comma, colon or quotation opens the clause, further in it may be another clause's ("…, who
# also …")
_GOES_ON = re.compile(
    r"^(?:(?:in addition|additionally|also|meanwhile|moreover|furthermore|likewise|similarly)\b"
    r"|(?:the other|another)\s"
    # "A second woman …", "The third victim …": the first was told before
    r"|(?:a|the)\s+(?:second|third|fourth|fifth)\s+(?:woman|man|person|victim|suspect|child|boy|girl|officer|"
    r"worker|patient|body|case|death|fatality|attacker|gunman|shooter|passenger)\b"
    r"|[^,;:“\"]{0,50}?\balso\s+\w)",
    re.I,
)


def goes_on(text: str) -> bool:
    """Whether a fact is told as going on from one told before ("… also signed into law another bill"), which
    reads as a summary's opening only where the reader has met the first."""
    return bool(_GOES_ON.match(text))


def opens_on_pronoun(text: str) -> bool:
    """Whether a clause's subject is "he" or "she" at its start, past a connective and a short opening
    ("and he …", "Last week, she …")."""
    return bool(_OPENING_PRONOUN.match(text))


def _contraction(article: Article, start: int, end: int, name: str) -> tuple[int, int, str]:
    """The edit that puts a name in a pronoun's place, a contraction spelled out: "He’s continuing" is
    "Jeff Flake is continuing", not "Jeff Flake’s continuing", which reads as a possessive."""
    if not re.match(r"['’]s\b", article.text[end : end + 2]):
        return start, end, name
    doc = article.doc
    verb = doc.char_span(end, end + 2) if doc is not None else None
    if verb is None:
        return start, end + 2, f"{name} is"
    following = verb[0].nbor() if verb[0].i + 1 < len(verb.doc) else None
    perfect = verb[0].lemma_ == "have" or (following is not None and following.tag_ == "VBN")
    return start, end + 2, f"{name} {'has' if perfect else 'is'}"


def _subject_pronoun(article: Article, evidence: Span) -> tuple[int, int] | None:
    """Where the clause's subject is "he" or "she" at its start (`opens_on_pronoun`), or, as the parse
    reads it, anywhere before the clause's main verb ("About an hour later he said …", "Told that Forbes
    would drop him, he responded …"; not "When he arrived, Trump said …")."""
    opener = _OPENING_PRONOUN.match(evidence.text)
    if opener:
        return evidence.start + opener.start(2), evidence.start + opener.end(2)
    doc = article.doc
    tokens = doc.char_span(evidence.start, evidence.end, alignment_mode="expand") if doc is not None else None
    if tokens is None:
        return None
    root = tokens.root
    subject = next(
        (
            c
            for c in root.children
            if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"he", "she"} and c.i < root.i
        ),
        None,
    )
    return (subject.idx, subject.idx + len(subject.text)) if subject is not None else None


def referents(story: Story, spans: list[Span]) -> list[str]:
    """The names of the people the spans' opening "he" or "she" stands for ("where he presented the
    Ayatollah …": Vladimir Putin), so that a clause is read as saying who it means."""
    names = []
    for span in spans:
        if opens_on_pronoun(span.text):
            person = subject_before(story, story.article(span.article), span.start)
            if person is not None:
                names += [person.canonical, *(label for labels in person.labels.values() for label in labels)]
    return names


def _referential(it: Any) -> bool:
    """Whether an opening "it" stands for something named before, as the subject of its verb: not the "it"
    of "it turns out that …", "it is important to …" or "It was Simpson that …", which stands for nothing."""
    verb = it.head
    if it.dep_ not in {"nsubj", "nsubjpass"} or verb.lemma_ in {"turn", "seem", "appear", "happen", "matter"}:
        return False
    # "it is clear that …", "it was reported that …", "It was Simpson that …": a copula, an adjective or a
    # passive holding the clause "it" stands in for
    empty = verb.lemma_ == "be" or it.dep_ == "nsubjpass" or any(c.dep_ == "acomp" for c in verb.children)
    held = any(
        c.i > it.i
        and (
            c.dep_ in {"ccomp", "xcomp", "csubj", "advcl"}
            or (c.dep_ == "attr" and any(g.dep_ in {"relcl", "acl"} for g in c.children))
        )
        for c in verb.children
    )
    return not (empty and held)


def _possessive_opener(article: Article, evidence: Span) -> Any:
    """The possessive that opens the clause's subject, past a connective ("His pick for labor secretary
    withdrew", "and their ringleader is played by …"), or None."""
    doc = article.doc
    tokens = doc.char_span(evidence.start, evidence.end, alignment_mode="expand") if doc is not None else None
    words = [t for t in tokens or [] if not t.is_punct]
    if words and words[0].lower_ in {"and", "but", "so", "while", "yet"}:
        words = words[1:]
    first = words[0] if words else None
    if first is not None and first.lower_ in _POSSESSIVES and first.head.dep_ in {"nsubj", "nsubjpass"}:
        return first
    return None


def _pointing_back_inside(article: Article, evidence: Span) -> bool:
    """Whether a clause past its first word has a demonstrative for its subject ("… said that should be left
    to law enforcement", "… said this was historic") or a "do" that stands for a verb before it ("Women did
    so in developing countries"), or, where no verb before it in the clause may tell what it stands for, a
    demonstrative for an object ("To do this, …", "There is no excuse for this") or a word that makes the
    clause follow from something told before ("will therefore retract", "As a result, …"): not a relative
    "that", which the parse tags apart, nor one in someone's quoted words, which are given as they were
    said."""
    doc = article.doc
    tokens = doc.char_span(evidence.start, evidence.end, alignment_mode="expand") if doc is not None else None
    quoted = quote_regions(article.text)
    words = list(tokens or [])
    for n, t in enumerate(words):
        if any(s <= t.idx < e for s, e in quoted):
            continue
        # "To do this, …", "There is no excuse for this": what? ("for those who …" says what); "will therefore
        # retract", "As a result, …": from what?
        alone = (
            t.lower_ in _POINTING_BACK and t.tag_ == "DT" and t.dep_ in {"dobj", "pobj"} and not t.n_rights
        )
        result = t.lower_ == "as" and _AS_A_RESULT.match(" ".join(w.lower_ for w in words[n : n + 4]))
        # unless a verb before it in the clause may tell: "Told that …, he responded he was fine with that"
        if (alone or result or t.lower_ in _FOLLOWING_FROM) and not any(
            w.pos_ == "VERB" and w.lemma_ != "be" and w != t.head for w in words[:n]
        ):
            return True
        if n == 0:
            continue
        if t.lower_ in _POINTING_BACK and t.tag_ == "DT" and t.dep_ in _SUBJECT and t.head.dep_ != "relcl":
            return True
        # a verb before it in the clause may be what it stands for ("ordered them to stay home and told the
        # others to do the same")
        if _does_so(t) and not any(w.pos_ == "VERB" for w in words[:n]):
            return True
    return False


def _does_so(token: Any) -> bool:
    """Whether the token is "do" standing for a verb said before: "Women did so", "Valdoria did the same"."""
    return token.lemma_ == "do" and any(
        (c.lower_, c.dep_) in {("so", "advmod"), ("same", "dobj")} for c in token.children
    )


def unresolved_opener(
    story: Story, article: Article, evidence: Span, done: Sequence[tuple[int, int, str]] = ()
) -> bool:
    """Whether the clause opens on "they", on a subject pointing back ("That", "Those accounts") or on an
    "it" standing for something named before, which the summary does not resolve, on a bare "All" or "Both"
    or on a possessive whose noun the sentence before holds ("Caihong’s were on its tail"), or has a
    demonstrative subject or a "did so" further in (`_pointing_back_inside`), or holds a pronoun that
    nothing in it stands for and the story does not resolve (`_stranded`: "he" or "her" where no person is
    within reach, "Much of its body …", "One of them was …"): a sentence about someone or something the
    reader cannot tell ("They are expected to stay there for around a week", "That was the year he was
    acquitted", "It was like Pluto"). `done`: pronouns already named (a speech tag's)."""
    if _PLURAL_OPENER.match(evidence.text):
        return True
    owner = _possessive_opener(article, evidence)
    if owner is not None and (
        owner.lower_ not in {"his", "her"} or not subject_before(story, article, evidence.start)
    ):
        return True  # "Their ringleader is played by …", "His best move was …": whose?
    first = first_word(article, evidence)
    subject = first.head if first is not None and first.dep_ == "det" else first
    if first is not None and first.lower_ in _POINTING_BACK and subject.dep_ in {"nsubj", "nsubjpass"}:
        return True  # "That was the year …", "Those accounts have since been removed": which ones?
    owned = subject
    while owned is not None and owned.dep_ == "compound":
        owned = owned.head
    if owned is not None and owned.dep_ in _SUBJECT and any(c.dep_ == "case" for c in owned.children):
        return True  # "Caihong’s were on its tail": Caihong's what?
    bare = first is not None and not any(c.dep_ == "prep" for c in first.children)
    if bare and first.lower_ in _QUANTIFIERS and first.dep_ in _SUBJECT:
        return True  # "All were defeated in the Senate": all of what? ("All of the amendments" says)
    if first is not None and first.lower_ == "it" and _referential(first):
        return True  # "It was like Pluto but more massive": what was?
    if _pointing_back_inside(article, evidence):
        return True  # "Trump said that should be left to law enforcement": what should?
    opener = _subject_pronoun(article, evidence)
    if opener is not None and subject_before(story, article, evidence.start) is None:
        return True  # "She added that …" where no one within reach is she
    opening = _opening_edits(story, article, evidence)
    return any(person is None for _, person in _stranded(story, article, evidence, [*done, *opening]))


def pronoun_edits(
    story: Story, article: Article, evidence: Span, done: Sequence[tuple[int, int, str]] = ()
) -> list[tuple[int, int, str]]:
    """The clause's opening "he" or "she" as the person it stands for, a contraction spelled out ("He’s
    continuing" -> "Jeff Flake is continuing"), and its opening "his" or "her" as theirs ("His best move"
    -> "Peter Jackson's best move"), where the story tells who (`subject_before`); and further in, the
    first "he", "him", "his" or "her" that nothing before it in the clause names (`_stranded`: "Four of her
    cabinet ministers resigned" -> "Four of Theresa May's …"). `done`: pronouns already named (a speech
    tag's)."""
    edits = _opening_edits(story, article, evidence)
    for token, person in _stranded(story, article, evidence, [*done, *edits]):
        if person is None:
            continue
        end = token.idx + len(token.text)
        if token.tag_ == "PRP$":
            edits.append((token.idx, end, _possessive(article, person.canonical)))
        elif token.lower_ in {"he", "she"}:
            edits.append(_contraction(article, token.idx, end, person.canonical))
        else:
            edits.append((token.idx, end, person.canonical))
    return edits


def _opening_edits(story: Story, article: Article, evidence: Span) -> list[tuple[int, int, str]]:
    """The clause's opening "he" or "she", or its subject's opening "his" or "her", as the person it stands
    for, where the story tells who."""
    edits = []
    opener = _subject_pronoun(article, evidence)
    if opener:
        person = subject_before(story, article, evidence.start)
        if person is not None:
            edits.append(_contraction(article, *opener, person.canonical))
    owner = _possessive_opener(article, evidence)
    if owner is not None and owner.lower_ in {"his", "her"}:
        person = subject_before(story, article, evidence.start)
        if person is not None:
            edits.append((owner.idx, owner.idx + len(owner.text), _possessive(article, person.canonical)))
    return edits


def _possessive(article: Article, name: str) -> str:
    """The name with 's, its apostrophe as the article writes it."""
    mark = "’" if "’s" in article.text else "'"
    return f"{name}{mark}s"


def _within(token: Any, head: Any) -> bool:
    """Whether the token is part of the head's own phrase ("much of its body", "one of them", "four of her
    ministers"), where the head cannot be what the token stands for; not through a clause or a coordination
    ("the report, which says its findings …", "the company and its partners")."""
    while token.i != head.i:
        if token.dep_ in _OPEN_PATH or token.head.i == token.i:
            return False
        token = token.head
    return True


def _stranded(
    story: Story, article: Article, evidence: Span, done: Sequence[tuple[int, int, str]] = ()
) -> list[tuple[Any, Entity | None]]:
    """The pronouns of the clause outside quoted words that nothing in it stands for, each with the person
    the story tells it is (None for "it", "its", "they", "them" and "their", which the summary does not
    resolve, or where the story does not tell). A pronoun has what it stands for in the clause when a name or
    a noun comes before it (for "he", "his" and "her", a person the story names, of its gender), or when it
    goes before the clause's subject in a phrase of its own ("In his review, Schmack said …"). Of "he",
    "him", "his" and "her", only the first is listed: the name put in its place stands for the next ones.
    `done`: edits already made, whose pronouns count as named."""
    doc = article.doc
    tokens = doc.char_span(evidence.start, evidence.end, alignment_mode="expand") if doc is not None else None
    if tokens is None:
        return []
    quoted = [(s, e) for s, e in quote_regions(article.text) if s < evidence.end and e > evidence.start]
    mentioned = [
        (m, e)
        for e in story.entities
        if e.type == "PERSON"
        for m in e.mentions
        if m.article == article.id and evidence.start <= m.start < evidence.end
    ]
    people = [(m.start, m.end, gender(story, e)) for m, e in mentioned]
    present = {e.id for _, e in mentioned}
    named = {SEX.get(word.group().lower()) for s, e, _ in done if (word := _WORD.match(article.text, s))}
    found: list[tuple[Any, Entity | None]] = []
    for token in tokens:
        word = token.lower_
        if (word not in SEX and word not in _THINGS) or (word == "it" and not _referential(token)):
            continue
        if any(s <= token.idx < e for s, e, _ in done) or any(s <= token.idx < e for s, e in quoted):
            continue
        # what may stand before it: the words before it outside its own phrase, and a subject it goes before
        context = [t for t in tokens if t.i < token.i and not _within(token, t)] + _ahead(token, tokens.end)
        if word in _THINGS:
            if not any(t.pos_ in _NOUNS for t in context):
                found.append((token, None))
            continue
        sex = SEX[word]
        if sex in named or any(_someone(t, sex, people) for t in context):
            continue
        named.add(sex)
        # named in this sentence or the one before, not through a chain of pronouns: a clause lifted out of
        # its article gets a name only where the article leaves no doubt
        person = subject_before(story, article, token.idx, hops=0, pronoun=sex)
        if person is not None and not _named_near(article, person, token.idx):
            person = None
        if person is not None and (person.id in present or person.canonical in {n for *_, n in done}):
            if token.tag_ == "PRP$":
                continue  # "The report on his conduct cleared Trump": the name comes after
            # "She said she was allowed to see him": "him" is not the woman the subject is
            person = None
        found.append((token, person))
    return found


def _named_near(article: Article, person: Entity, offset: int) -> bool:
    """Whether the person is named in the sentence of `offset`, before it, or in the sentence before."""
    starts = [start for start, _ in article.sentences if start <= offset]
    since = starts[-2] if len(starts) > 1 else 0
    return any(m.article == article.id and since <= m.start < offset for m in person.mentions)


def _someone(token: Any, sex: str, people: list[tuple[int, int, str | None]]) -> bool:
    """Whether the token names a person who may be "he" or "she" (`sex`): part of a person the story names,
    a proper noun the tagger gives no other kind ("Van Wert", whom a small model may miss), or a word for
    a person ("the woman", "the spokesman", "the president")."""
    if any(s <= token.idx < e for s, e, _ in people):
        return any(s <= token.idx < e and g in {None, sex} for s, e, g in people)
    if token.pos_ == "PROPN":  # a subject's: not a title or a day ("Two Fat Ladies", "Super Tuesday")
        while token.dep_ in {"compound", "flat", "conj"} and token.head.i != token.i:
            token = token.head
        return token.ent_type_ in {"", "PERSON"} and token.dep_ in _SUBJECT
    word = token.lemma_.lower()
    if token.pos_ != "NOUN" or token.tag_ == "NNS":
        return False  # many are no "he": "the states holding their primaries …, and he noted"
    return PERSON_WORDS[word] in {None, sex} if word in PERSON_WORDS else fold(word) in OFFICES


def _ahead(token: Any, end: int) -> list[Any]:
    """The words of the subject the token goes before in a phrase of its own, and so may stand for ("In his
    review, Schmack said …", "As he fled, Breiner engaged …, authorities said"): the first one after it,
    up the parse, of a verb the token's phrase belongs to; none where no such subject comes before `end`
    (a token index)."""
    head = token
    while head.head.i != head.i:
        head = head.head
        subject = next((c for c in head.children if c.dep_ in _SUBJECT and c.left_edge.i > token.i), None)
        if subject is not None:
            return list(subject.subtree) if subject.i < end else []
    return []
