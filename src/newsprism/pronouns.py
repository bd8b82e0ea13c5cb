"""Whom "he" and "she" stand for: the person last named as a subject within the pronoun's reach.

After "…, Maddalena said." the prose goes on about whom the words were about, unless the pronoun itself
says something ("He added …"); someone brought in unnamed in between ("a guy who had hosted a talk show")
leaves the pronoun unresolved.

News prose names a person, then goes on with "he" or "she": "Putin made his first visit … where he
presented …". The reach is the pronoun's paragraph, or the sentence before it when that one quotes no one
(a pronoun after a quotation is more often about the person the quotation was about). A title tells a
person's pronoun ("Ms. Ashton" is no "he"), and a person the story does not name coming in between ("her
father", "the woman") leaves the pronoun unresolved rather than given to the wrong name.
"""

from __future__ import annotations

import re
from typing import Any

from .model import Article, Entity, Mention, Story
from .names import SEX_TITLE, SEX_TITLE_BEFORE
from .quoting import quote_regions
from .quoting.cues import CLAUSE

_QUOTED = re.compile(r"[“\"]([^”\"]*)(?:[”\"]|$)")
# "he" or "she", found within `_NEAR` characters of where a clause begins
_PRONOUN = re.compile(r"\b(he|she)\b", re.I)
_NEAR = 40
_SUBJECTS = {"nsubj", "nsubjpass", "expl"}
# verbs whose subject is only who told what the sentence reports before it (`_tag`)
_TELLING = {"say", "tell"}


def quotes_someone(text: str) -> bool:
    """Whether the text holds someone's quoted words, four or more, not a title in quotation marks ("On
    “The Bachelor,” Martinez got attention")."""
    if text.count("”") != text.count("“") or text.count('"') % 2:
        return True  # a quotation's end or start alone
    return any(len(re.findall(r"\w+", m.group(1))) >= 4 for m in _QUOTED.finditer(text))


def _reach(article: Article, offset: int) -> int:
    """Where the person a pronoun at `offset` stands for may be named: its own paragraph, or the sentence
    just before when that one quotes no one. A pronoun opening a paragraph after a quotation ("…,” Trump
    said. / He grew up in New Jersey") is more often about the person the quotation was about."""
    paragraph = next((start for start, end in article.paragraphs if start <= offset < end), 0)
    before = [(start, end) for start, end in article.sentences if end <= offset]
    if not before or before[-1][0] >= paragraph:
        return paragraph
    start, end = before[-1]
    return paragraph if quotes_someone(article.text[start:end]) else start


def subject_before(
    story: Story, article: Article, offset: int, hops: int = 4, pronoun: str | None = None
) -> Entity | None:
    """The person last named as a grammatical subject before `offset` and within its reach (`_reach`):
    what "he" or "she" most likely refers to in news prose ("Putin made his first visit … where he
    presented …" -> Putin). Within one sentence the subject of its main clause goes before one inside a
    clause of it: in "Trump insisted …, despite acknowledging that Biden won. … He has launched lawsuits"
    "He" is Trump; "Police said Novak fled. He was arrested" names no other person to be "He". Where no
    one is named within reach but the same pronoun is a subject there, it is the person that one stands
    for (up to `hops` times): "Martinez got attention … She has been posting …, she tweeted … “…,” she
    wrote". `pronoun`: "he" or "she" where the word at `offset` is another form of it ("his", "her");
    else the "he" or "she" found there, if any."""
    # sentence start, mention start, main clause, who says so of the sentence (`_tag`), who
    subjects: list[tuple[int, int, bool, bool, Entity]] = []
    reach = _reach(article, offset)
    pronoun = pronoun or _pronoun_at(article, offset)
    for entity in story.entities:
        if entity.type != "PERSON" or (pronoun and gender(story, entity) not in {None, pronoun}):
            continue  # "Ms. Ashton" is not the "he" of "He said at a joint appearance with Ashton …"
        for m in entity.mentions:
            if m.article != article.id or m.end > offset or m.start < reach:
                continue
            if pronoun and _titled(article.text, m) not in {None, pronoun}:
                continue  # "Mr Wilson" is not the "she" after him, whoever else the story calls Wilson
            if aside(article.text, m.start, offset):
                continue  # "(When Bustle reached out for comment, …)": the outlet's aside, not the topic
            span = (
                article.doc.char_span(m.start, m.end, alignment_mode="expand")
                if article.doc is not None
                else None
            )
            if span is not None and (span.root.dep_ in {"nsubj", "nsubjpass"} or _misparsed_subject(span)):
                subjects.append((span.sent.start, m.start, _main_clause(span.root), _tag(span.root), entity))
    if not subjects:
        earlier = _same_pronoun_before(article, offset, reach, pronoun) if hops else None
        return subject_before(story, article, earlier, hops - 1) if earlier is not None else None
    last = max(s[0] for s in subjects)
    in_sentence = sorted((s for s in subjects if s[0] == last), key=lambda s: s[1])
    if not _speaks(article, offset):
        # "Lambach would take a cut, Maddalena said. Some of the women he recruited …": the prose goes on
        # about whom the words were about, not about who said them; "He added …" goes on with the speaker
        in_sentence = [s for s in in_sentence if not s[3]] or in_sentence
    main = [s for s in in_sentence if s[2]]
    _, start, _, _, entity = (main or in_sentence)[-1]
    return None if _someone_else(article, start, offset, pronoun) else entity


def _misparsed_subject(name: Any) -> bool:
    """Whether a name the parse hangs elsewhere stands right before its sentence's main verb, outside the
    verb's subject as parsed: "…, in Palm Beach, Fla., Trump was asked …" (a small model takes "Trump" for
    the object of "in" and "reporters" before it for the subject); not "the man who met Trump was asked"."""
    doc = name.doc
    after = doc[name.end] if name.end < len(doc) else None
    root = name.sent.root
    if after is None or root.pos_ not in {"VERB", "AUX"}:
        return False
    # a verb between the name and the subject it is found in tells the name is the verb's ("the man who met
    # Trump"); prepositions alone, as the parse strings them ("reporters at his estate in Palm Beach, Fla.,
    # Trump"), tell nothing
    subjects = [c for c in root.children if c.dep_ in _SUBJECTS]
    for ancestor in name.root.ancestors:
        if ancestor in subjects:
            break
        if ancestor.pos_ in {"VERB", "AUX"} and ancestor.i != root.i:
            return False
    return after.i == root.i or (after.dep_ in {"aux", "auxpass"} and after.head.i == root.i)


def _tag(subject: Any) -> bool:
    """Whether a subject is only who told what its sentence reports before it: "…, Maddalena said." (a
    source's "said" or "told"; one who "concluded in his autopsy report" did the work the prose goes on
    with: "He classified the death as an accident")."""
    verb = subject.head
    return verb.lemma_.lower() in _TELLING and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)


def _speaks(article: Article, offset: int) -> bool:
    """Whether the "he" or "she" at `offset` is the subject of a verb of saying ("He added …")."""
    found = _pronoun_near(article, offset)
    if found is None or article.doc is None:
        return False
    at = offset + found.start()
    token = article.doc.char_span(at, at + len(found.group()), alignment_mode="expand")
    return bool(token) and token.root.head.lemma_.lower() in CLAUSE


def aside(text: str, start: int, offset: int) -> bool:
    """Whether `start` is inside parentheses that close before `offset`: an aside the prose after it does
    not go on from."""
    opened = text.rfind("(", 0, start)
    return opened >= 0 and text.rfind(")", opened, start) < 0 and text.find(")", start, offset) >= 0


def gender(story: Story, entity: Entity) -> str | None:
    """ "he" or "she" where the story gives the person a title or a role that tells ("Mr. Morsi", "Ms.
    Ashton", "Mira Dostal, a government spokeswoman", "her father, Arthur") and never the other one; else
    None."""
    found = {_titled(story.article(m.article).text, m) for m in entity.mentions}
    found |= {_role_gender(m.text) for m in entity.mentions if m.kind == "role"}
    found -= {None}
    return found.pop() if len(found) == 1 else None


def _role_gender(role: str) -> str | None:
    """The pronoun the last word of a role that tells one takes: "the victim's mother" -> "she". A word with
    a capital counts only opening the role before a common word ("Spokeswoman", not "Mother Jones
    reporter", a name)."""
    words = re.findall(r"[^\W\d_]+", role)
    common = [
        w.lower()
        for n, w in enumerate(words)
        if w.islower() or (n == 0 and (len(words) == 1 or words[1].islower()))
    ]
    told = [_ROLE_NOUNS.get(w) or _PERSON_NOUNS.get(w) for w in common]
    return next((g for g in reversed(told) if g), None)


def _titled(text: str, mention: Mention) -> str | None:
    """ "he" or "she" where the mention has a title that tells ("Mr Wilson", "Mrs Wilson"); else None."""
    title = SEX_TITLE_BEFORE.search(text[max(0, mention.start - 6) : mention.start]) or SEX_TITLE.match(
        mention.text
    )
    return ("he" if title.group(1) else "she") if title else None


def _same_pronoun_before(article: Article, offset: int, reach: int, pronoun: str | None) -> int | None:
    """Where `pronoun` was last a subject in [reach, offset), outside anyone's quoted words."""
    if pronoun is None or article.doc is None or reach >= offset:
        return None
    tokens = article.doc.char_span(reach, offset, alignment_mode="contract") or []
    quoted = [(s, e) for s, e in quote_regions(article.text) if s < offset and e > reach]
    found = [
        t.idx
        for t in tokens
        if t.lower_ == pronoun
        and t.dep_ in {"nsubj", "nsubjpass"}
        and not any(s <= t.idx < e for s, e in quoted)
    ]
    return found[-1] if found else None


def _pronoun_near(article: Article, offset: int) -> re.Match[str] | None:
    """The first "he" or "she" at or after `offset` within `_NEAR` characters, offsets from `offset`."""
    return _PRONOUN.search(article.text[offset : offset + _NEAR])


def _pronoun_at(article: Article, offset: int) -> str | None:
    """The first "he" or "she" at or after `offset` in its clause's reach, if any."""
    found = _pronoun_near(article, offset)
    return found.group(1).lower() if found else None


def _main_clause(subject: Any) -> bool:
    """Whether a subject's verb is its sentence's main one, or joined to it by "and"."""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return bool(verb.dep_ == "ROOT")


# nouns for a person whom no name stands for ("her father", "the woman"), with the pronoun each takes
# where it tells one
_PERSON_NOUNS = {
    "father": "he", "husband": "he", "son": "he", "brother": "he", "uncle": "he", "grandfather": "he",
    "man": "he", "boy": "he", "boyfriend": "he", "gunman": "he", "mother": "she", "wife": "she",
    "daughter": "she", "sister": "she", "aunt": "she", "grandmother": "she", "woman": "she", "girl": "she",
    "girlfriend": "she", "friend": None, "neighbor": None, "neighbour": None, "suspect": None,
    "victim": None, "driver": None, "teenager": None, "teen": None, "child": None, "shooter": None,
    "witness": None, "resident": None, "passenger": None, "customer": None, "employee": None,
    "student": None, "nurse": None, "doctor": None, "patient": None, "pilot": None, "lawyer": None,
    "attorney": None, "parent": None, "relative": None, "survivor": None, "owner": None, "guy": "he",
    "comic": None, "comedian": None, "fiancé": "he", "fiance": "he", "fiancée": "she", "fiancee": "she",
    "partner": None,
}  # fmt: skip
# roles that tell a person's pronoun besides `_PERSON_NOUNS`
_ROLE_NOUNS = {
    "spokesman": "he", "chairman": "he", "congressman": "he", "businessman": "he", "councilman": "he",
    "king": "he", "prince": "he", "nephew": "he", "grandson": "he", "stepfather": "he", "widower": "he",
    "spokeswoman": "she", "chairwoman": "she", "congresswoman": "she", "businesswoman": "she",
    "councilwoman": "she", "actress": "she", "queen": "she", "princess": "she", "niece": "she",
    "granddaughter": "she", "stepmother": "she", "widow": "she",
}  # fmt: skip
# every word for a person that tells or may tell their pronoun, with the pronoun where it tells one
PERSON_WORDS = {**_PERSON_NOUNS, **_ROLE_NOUNS}
# whom each form of "he" and "she" is: "him" is a "he", "her" a "she"
SEX = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}
# the object form of "he" and "she" ("her" is also a possessive, which may be the subject's own)
_OBJECT_FORM = {"he": "him", "she": "her"}


def _someone_else(article: Article, named: int, offset: int, pronoun: str | None) -> bool:
    """Whether between the subject named at `named` and the `pronoun` ("he", "she" or None) at `offset`
    someone else the story does not name comes in: an object pronoun of the pronoun's own gender
    ("Merkley tried to get her to stay … She then ran over him" is about a woman, not about Merkley), or
    a person as a subject ("Her father", "the woman")."""
    doc = article.doc
    if doc is None:
        return False
    between = doc.char_span(named, offset, alignment_mode="expand") or []
    form = _OBJECT_FORM.get(pronoun or "")
    if any(t.lower_ == form and t.dep_ != "poss" for t in between):
        return True
    # a subject between that is a person the story does not name, of the pronoun's gender where the noun
    # tells one: "Her father, Arthur, was a surgeon … But he was also a violent alcoholic" is about him, not
    # about Dickson Wright; "Gahler told reporters the woman was a temporary employee … She shot people"
    # so does one brought in as "a …", whatever its place in the sentence: "Herzog wondered about a stand-up
    # comic, a guy who had hosted a talk show. He had lost out to Conan O'Brien" is about the comic; and one
    # brought in as someone's: "Maria received a call. It was her fiancé, phoning from the mill where he
    # worked. “The police are here!” he shouted" is about the fiancé
    return any(
        (
            t.dep_ in {"nsubj", "nsubjpass"}
            or (
                t.dep_ not in {"attr", "oprd", "appos"}  # what someone is: "the man was a temporary employee"
                and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)
            )
            or (t.dep_ != "appos" and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children))
        )
        and t.lemma_.lower() in _PERSON_NOUNS
        and _PERSON_NOUNS[t.lemma_.lower()] in {None, pronoun}
        for t in between
        if t.idx > named
    )
