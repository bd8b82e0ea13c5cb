"""Attributions in a parsed text: who (source) is said by which words (cue) to hold what (content).

Every attribution starts from a cue the parse attaches content to: a clause ("said (that) …", "…, X
said"), an infinitive ("vowed to …"), an object ("called Y a liar"), a prepositional phrase ("according
to X, …", "referred to …") or a noun's clause ("his claim that …"); `cues.py` names the words. The source
is the cue's subject, found through the verbs it is coordinated or subordinated with ("X described …,
and added: “…”"). A quotation keeps its boundaries: content that reaches into one takes all of it, a
quotation split by its attribution ("“…,” X said, “…”") is one content, and a quotation no cue claimed
takes the speech verb of its sentence, or the clause before a colon that introduces it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from . import cues
from .marks import Quotation, quotations

Span = tuple[int, int]

# What an attribution reports: words spoken or written; a judgement of something ("criticized the plan",
# "was critical of"); a commitment or intention ("vowed to"); a relay of another source ("according to").
SPEECH, JUDGEMENT, INTENTION, RELAY = "speech", "judgement", "intention", "relay"

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_CLIMB = {"conj", "advcl", "xcomp", "ccomp", "relcl", "acl", "pcomp"}
_CUE_LEFT = {"aux", "auxpass", "neg", "advmod"}
_EDGE = " \t\n,;:—–-"
_WORD = re.compile(r"\w+")
_LEMMA_FIXES = {"hop": "hope"}  # the small English model lemmatizes "hopes" and "hoping" to "hop"
_MIN_QUOTATION_WORDS = 3
# a title in quotation marks, every word capitalized but its small ones ("Cooking With the Two Fat Ladies"):
# a book, a show or a song, not words anyone said
_SMALL = r"(?:a|an|the|of|and|or|in|on|to|for|at|by|from|with|as|but|nor)"
_TITLE = re.compile(rf"[A-Z0-9][\w’'-]*(?:[\s:,-]+(?:[A-Z0-9][\w’'-]*|{_SMALL})){{1,11}}")
_MIN_CONTENT_WORDS = 2
_MAX_CLIMB = 4
_ASIDES = {"acl", "advcl", "prep", "npadvmod", "relcl"}
_DASHES = {"—", "–", "--"}
_SUBORDINATORS = {"when", "as", "while", "after", "before", "because", "if", "since", "though", "although"}
_MAX_TITLE_NAME = 5
_SENTENCES = "newsprism.sentences"
_STARTS = "newsprism.sentence_starts"
_TEXT = "newsprism.text"


@dataclass
class Attribution:
    """One attribution with character spans into the parsed text; `quoted` are the verbatim pieces of the
    content (inside quotation marks), and `direct` says the content is nothing but such words."""

    cue: Span
    content: Span
    source: Span | None
    cue_token: int
    source_token: int | None = None
    kind: str = SPEECH
    quoted: list[Span] = field(default_factory=list)
    direct: bool = False


def text_of(doc: Any) -> str:
    """The document's text, kept once: spaCy's Doc.text joins every token again on each access."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return str(text)


def sentences_of(doc: Any) -> list[Any]:
    """The parser's sentences, listed once per document: Doc.sents and Token.sent walk every token again
    on each access."""
    sentences = doc.user_data.get(_SENTENCES)
    if sentences is None:
        sentences = doc.user_data[_SENTENCES] = list(doc.sents)
        doc.user_data[_STARTS] = [sentence.start_char for sentence in sentences]
    return list(sentences)


def lemma(token: Any) -> str:
    value = str(token.lemma_).lower()
    return _LEMMA_FIXES.get(value, value)


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _subtree_span(token: Any) -> Span:
    """Characters of a token's subtree, edge punctuation trimmed."""
    tokens = list(token.subtree)
    return _trim(text_of(token.doc), tokens[0].idx, max(t.idx + len(t.text) for t in tokens))


def _content_span(clause: Any) -> Span:
    """A reported clause up to a further speech act of the same speaker hung on it: in "X said the
    decisions had helped, adding: “…”", what was said ends before ", adding"."""
    start, end = _subtree_span(clause)
    for token in clause.subtree:
        if (
            token.i > clause.i
            and token.tag_ == "VBG"
            and token.dep_ in {"advcl", "conj", "xcomp"}
            and lemma(token) in cues.SPEECH
        ):
            end = min(end, _trim(text_of(token.doc), start, token.left_edge.idx)[1])
    return start, end


def _cue_span(token: Any, right: Any = None) -> Span:
    """The cue word with its auxiliaries, negation and adverbs written just before it ("has often said")
    and, for a prepositional cue, the preposition ("referred to")."""
    doc = token.doc
    left = token.i
    children = {c.i for c in token.children if c.dep_ in _CUE_LEFT}
    while left - 1 in children:
        left -= 1
    last = right if right is not None and right.i > token.i else token
    return doc[left].idx, last.idx + len(last.text)


def _coordinated_left(token: Any) -> Any | None:
    """A clause the parse hung on the cue from its left that is really a verb coordinated with it:
    "X referred to …, and while …, said: “…”" parses "referred" as what was said."""
    for child in token.children:
        if (
            child.i < token.i
            and child.dep_ in {"ccomp", "conj"}
            and child.pos_ in {"VERB", "AUX"}
            and (child.dep_ == "conj" or any(c.dep_ == "cc" and c.i > child.i for c in child.children))
        ):
            return child
    return None


def subject(token: Any) -> Any | None:
    """The token that names who the cue's words belong to, climbing through coordinated and subordinate
    verbs ("…, adding: “…”") and repairing a coordination the parse turned into a clause."""
    verb = token
    for _ in range(_MAX_CLIMB):
        children = list(verb.children)
        agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if agents:
            return agents[0]
        subjects = [c for c in children if c.dep_ in _SUBJECTS]
        if subjects:
            return subjects[0]
        donor = _coordinated_left(verb)
        if donor is not None:
            found = [c for c in donor.children if c.dep_ in _SUBJECTS]
            if found:
                return found[0]
        if verb.dep_ in _CLIMB and verb.head.i != verb.i:
            reported = verb.head.dep_ == "ccomp" and lemma(verb.head.head) in cues.SPEECH
            if verb.tag_ == "VBG" and lemma(verb) in cues.SPEECH and reported:
                verb = verb.head  # "X said Moscow had helped, adding: …": X is the one adding
            verb = verb.head
            if verb.pos_ not in {"VERB", "AUX"}:
                return None
            continue
        return None
    return None


def _source_span(source: Any, avoid: list[Span]) -> Span:
    """The source's phrase without asides set off after it ("Rubio, speaking in Miami,", "Trump, in
    Kentucky,", "— who …") or a dateline before it; its name alone when the phrase runs into the content."""
    doc = source.doc
    after_dash = [
        c for c in source.children
        if c.dep_ == "appos" and any(t.text in _DASHES for t in doc[source.i : c.left_edge.i])
    ]  # fmt: skip
    if after_dash:  # "WASHINGTON (AP) — Former Attorney General Michael Mukasey told …"
        source = after_dash[-1]
    holders = [source] + [c for c in source.children if c.dep_ == "appos"]
    dropped = {
        t.i
        for holder in holders
        for child in holder.children
        if child.i > source.i
        and child.dep_ in _ASIDES
        and doc[child.left_edge.i - 1].text in {",", "(", "—", "–", "--"}
        for t in child.subtree
    }
    tokens = list(source.subtree)
    dashes = [t.i for t in tokens if t.text in _DASHES]
    left = max([i + 1 for i in dashes if i < source.i], default=tokens[0].i)
    right = min([i for i in dashes + sorted(dropped) if i > source.i], default=tokens[-1].i + 1)
    tokens = [t for t in tokens if left <= t.i < right]
    start, end = _trim(text_of(doc), tokens[0].idx, max(t.idx + len(t.text) for t in tokens))
    if any(s < end and start < e for s, e in avoid):
        left = source.i
        while left > 0 and doc[left - 1].head.i == source.i and doc[left - 1].dep_ != "punct":
            left -= 1
        start, end = doc[left].idx, source.idx + len(source.text)
    return start, end


def _attribution(cue: Any, content: Span, kind: str = SPEECH, cue_right: Any = None) -> Attribution:
    cue_span = _cue_span(cue, cue_right)
    source = subject(cue)
    span = _source_span(source, [content, cue_span]) if source is not None else None
    return Attribution(cue_span, content, span, cue.i, source.i if source is not None else None, kind)


def _according_to(token: Any) -> Attribution | None:
    """ "According to X, …": X is the source and the clause the phrase modifies is the content."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"]
    objects = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    if not objects or token.head.i == token.i:
        return None
    clause = token.head
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    text = text_of(token.doc)
    outside = _subtree_span(clause)
    if token.i > clause.i:  # "…, according to X": the content is everything before the phrase
        content = _trim(text, outside[0], token.idx)
    else:
        phrase_end = max(t.idx + len(t.text) for t in token.subtree)
        content = _trim(text, phrase_end, outside[1])
    if text[content[1] - 1 : content[1]] == ".":
        content = (content[0], content[1] - 1)
    source = objects[0]
    cue = (token.idx, preps[0].idx + len(preps[0].text))
    return Attribution(cue, content, _subtree_span(source), token.i, source.i, RELAY)


def _clauses(token: Any) -> list[Any]:
    """What a speech verb reports: its clausal complements ("said that A and that B" is one content), and
    a "that" clause the parse hung on a noun after it ("told reporters after the talks that …")."""
    coordinated = _coordinated_left(token)
    clauses = [
        c for c in token.children if c.dep_ == "ccomp" and (coordinated is None or c.i != coordinated.i)
    ]
    for prep in (c for c in token.children if c.dep_ == "prep" and c.i > token.i):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            clauses += [
                r for r in noun.children
                if r.dep_ == "relcl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in r.children)
            ]  # fmt: skip
    return clauses


def _from_verb(token: Any) -> list[Attribution]:
    word = lemma(token)
    found = []
    children = list(token.children)
    if word in cues.CLAUSE:
        clauses = _clauses(token)
        if clauses:
            spans = [_content_span(c) for c in clauses]
            found.append(_attribution(token, (min(s for s, _ in spans), max(e for _, e in spans))))
    for child in children:
        if child.dep_ == "xcomp" and word in cues.INFINITIVE:
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                found.append(_attribution(token, _subtree_span(child), INTENTION))
        elif child.dep_ == "prep" and child.lower_ in cues.PREPOSITION.get(word, ()):
            objects = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if objects:
                found.append(_attribution(token, _subtree_span(objects[0]), JUDGEMENT, child))
    for child in children:
        if child.dep_ == "acomp" and lemma(child) in cues.ADJECTIVE:
            for grandchild in child.children:
                if grandchild.dep_ == "ccomp":
                    found.append(_attribution(token, _subtree_span(grandchild), JUDGEMENT, child))
                elif grandchild.dep_ == "prep" and grandchild.lower_ in {"of", "about", "that", "in", "with"}:
                    objects = [g for g in grandchild.children if g.dep_ in {"pobj", "pcomp"}]
                    if objects:
                        found.append(_attribution(token, _subtree_span(objects[0]), JUDGEMENT, grandchild))
    if not found and word in cues.OBJECT:
        # "called the deal a promise"; the parse may give only predicates ("called Trump “crazy”")
        objects = [c for c in children if c.dep_ == "dobj"] or [c for c in children if c.dep_ == "oprd"]
        if objects:
            start, end = _subtree_span(objects[0])
            for sibling in children:
                if sibling.i > objects[0].i and sibling.dep_ in {"oprd", "ccomp", "xcomp"}:
                    end = max(end, _subtree_span(sibling)[1])
            dash = text_of(token.doc).find(" — ", start, end)  # an aside after a dash is the outlet's own
            found.append(_attribution(token, (start, dash if dash > start else end), JUDGEMENT))
    return found


def _from_noun(token: Any) -> list[Attribution]:
    found = []
    for child in token.children:
        if child.dep_ in {"acl", "ccomp"} and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in child.children
        ):
            owner = [c for c in token.children if c.dep_ in {"poss", "compound"} and c.i < token.i]
            content = _subtree_span(child)
            source = owner[0] if owner else None
            span = _subtree_span(source) if source is not None else None
            found.append(
                Attribution((token.idx, token.idx + len(token.text)), content, span, token.i,
                            source.i if source is not None else None)
            )  # fmt: skip
    return found


def _inside(span: Span, quotes: list[Quotation]) -> bool:
    return any(q.start <= span[0] and span[1] <= q.end for q in quotes)


def _cover_quotations(found: Attribution, quotes: list[Quotation]) -> None:
    """Content that reaches into a quotation takes all of it."""
    start, end = found.content
    for quote in quotes:
        if quote.start < end and start < quote.end:
            start, end = min(start, quote.start), max(end, quote.end)
    found.content = (start, end)


def _sentence_of(doc: Any, offset: int) -> Any:
    """The parser's sentence holding a character offset."""
    sentences = sentences_of(doc)
    index = bisect.bisect_right(doc.user_data[_STARTS], offset) - 1
    return sentences[index] if index >= 0 else None


# characters a speech verb whose subject is a pronoun counts as further from the quotation than it is
_PRONOUN_DISTANCE = 30


def _speech_verb_near(doc: Any, quote: Quotation) -> Any | None:
    """The speech verb of the quotation's sentences, outside it (or of the sentence the parse starts right
    after its closing mark); or the verb of the clause before a colon that opens it, in its sentence or
    ending the paragraph before."""
    text = text_of(doc)
    sentence = _sentence_of(doc, quote.start)
    last = _sentence_of(doc, quote.end - 1)
    if sentence is None or last is None:
        return None
    # a quotation of several sentences is attributed in the one it ends in ("“… It was. …,” he said.")
    tokens = list(doc[sentence.start : last.end])
    next_word = quote.end + len(text[quote.end :]) - len(text[quote.end :].lstrip(" "))
    after = _sentence_of(doc, next_word) if next_word < len(text) else None
    if after is not None and after.start_char == next_word:
        tokens += list(after)  # "“Have I started writing it?” Sanders replied.": the parse ends at the mark
    outside = [t for t in tokens if not (quote.start <= t.idx < quote.end)]
    verbs = [
        t
        for t in outside
        if t.pos_ in {"VERB", "AUX"}
        and t.dep_ not in {"amod", "compound"}
        and lemma(t) in cues.SPEECH
        and subject(t) is not None
    ]
    before = text[: quote.start].rstrip()
    if verbs:
        # a pronoun's verb gives way to a named speaker's close by: in "What she's saying: “…,” Haley said",
        # the name says who, the pronoun only points
        nearest = min(
            verbs,
            key=lambda t: (
                min(abs(t.idx - quote.start), abs(t.idx - quote.end))
                + _PRONOUN_DISTANCE * ((subject(t) or t).pos_ == "PRON")
            ),
        )
        # "When Crowley said she was surprised, he shot back: “…”": the clause the colon ends speaks, not a
        # speech verb subordinate to it
        colon = [t for t in outside if t.idx < quote.start and t.pos_ == "VERB" and subject(t) is not None]
        opening = colon[-1] if before.endswith(":") and colon else None
        if opening is not None and opening.i != nearest.i and opening in nearest.ancestors:
            return opening
        return nearest
    if not before.endswith(":"):
        return None
    if sentence.start_char >= quote.start:  # "… responded:" ends the paragraph before the quotation
        previous = _sentence_of(doc, len(before) - 1)
        outside = list(previous) if previous is not None else []
    heads = [t for t in outside if t.idx < quote.start and t.pos_ in {"VERB", "AUX"} and subject(t)]
    speech = [t for t in heads if lemma(t) in cues.SPEECH]
    return (speech or heads or [None])[-1]


def _claim_quotations(doc: Any, quotes: list[Quotation], found: list[Attribution]) -> list[Attribution]:
    """Attributions for the quotations no cue's content reached: the speech verb of their sentence."""
    text = text_of(doc)
    added: list[Attribution] = []
    for quote in quotes:
        if any(f.content[0] <= quote.start and quote.end <= f.content[1] for f in found + added):
            continue
        inner = " ".join(text[s:e] for s, e in quote.inner(text))
        if len(_WORD.findall(inner)) < _MIN_QUOTATION_WORDS or _TITLE.fullmatch(inner.strip(" .,!?")):
            continue
        cue = _speech_verb_near(doc, quote)
        if cue is None or _inside((cue.idx, cue.idx + 1), quotes):
            continue
        # "Veldt was firm: “…”": the cue is the words of the judgement, not the bare copula
        judged = next((c for c in cue.children if c.dep_ in {"acomp", "attr"} and c.i > cue.i), None)
        added.append(_attribution(cue, (quote.start, quote.end), SPEECH, judged))
    return added


def _join_split_quotations(doc: Any, found: list[Attribution], quotes: list[Quotation]) -> None:
    """“…,” X said, “…”: the quotation right after the attribution continues the content before it."""
    text = text_of(doc)
    for item in found:
        if item.content[1] > item.cue[0]:
            continue
        tail = max(item.cue[1], item.source[1] if item.source else 0)
        for quote in quotes:
            if quote.start >= tail and not text[tail : quote.start].strip(" ,:"):
                owned = any(
                    other is not item and other.content[0] <= quote.start < other.content[1]
                    for other in found
                )
                if not owned:
                    item.content = (item.content[0], quote.end)
                break


def _continue_quotations(doc: Any, found: list[Attribution], quotes: list[Quotation]) -> None:
    """“…,” X said on Monday. “…”: a quotation no cue claimed that opens the sentence or paragraph
    right after a quoting attribution goes on with the same speaker's words."""
    text = text_of(doc)
    for quote in quotes:
        if any(a.content[0] <= quote.start < a.content[1] for a in found):
            continue
        before = [a for a in found if _tail(a) <= quote.start]
        if not before:
            continue
        last = max(before, key=_tail)
        if not any(last.content[0] <= q.start and q.end <= last.content[1] for q in quotes):
            continue
        sentence = _sentence_of(doc, max(_tail(last) - 1, 0))
        end = max(_tail(last), sentence.end_char if sentence is not None else 0)
        if not text[end : quote.start].strip(" \n.,;:") and not any(
            end <= a.cue[0] < quote.start for a in found
        ):
            last.content = (last.content[0], quote.end)


def _tail(item: Attribution) -> int:
    return max(item.content[1], item.cue[1], item.source[1] if item.source else 0)


def _colon_titles(doc: Any, quotes: list[Quotation]) -> list[Attribution]:
    """ "Cruz: ‘…’": a line that opens with a name and a colon gives the rest of the line to that name."""
    found = []
    text = text_of(doc)
    for match in re.finditer(r"(?m)^[^\S\n]*([^\n:]{2,60}?):[^\S\n]+(\S[^\n]*)$", text):
        name = doc.char_span(match.start(1), match.end(1), alignment_mode="contract")
        if name is None or len(name) > _MAX_TITLE_NAME or not any(t.pos_ == "PROPN" for t in name):
            continue
        if any(t.pos_ in {"VERB", "AUX"} for t in name) or _inside(match.span(1), quotes):
            continue
        content = _trim(text, *match.span(2))
        if len(_WORD.findall(text[content[0] : content[1]])) >= _MIN_QUOTATION_WORDS:
            colon = match.end(1)
            found.append(Attribution((colon, colon + 1), content, match.span(1), name.root.i, name.root.i))
    return found


def _around(text: str, first: Attribution, second: Attribution) -> bool:
    """Two contents of one cue on either side of it, with nothing but the attribution between them: the
    two halves of a quotation split by its attribution ("“…,” Blackwell added, “…”")."""
    left, right = sorted((first, second), key=lambda a: a.content[0])
    gap = list(text[left.content[1] : right.content[0]])
    for start, end in (left.cue, left.source or (0, 0)):
        if left.content[1] <= start and end <= right.content[0]:
            gap[start - left.content[1] : end - left.content[1]] = " " * (end - start)
    return left.content[1] <= left.cue[0] < right.content[0] and not _WORD.search("".join(gap))


def _end_at_quotation(doc: Any, item: Attribution, quotes: list[Quotation]) -> None:
    """ "X said that “…” on Monday": a content that is a quotation ends with it when the words after it
    state no clause of their own or a subordinate one (the parse hangs the main clause's time, place and
    circumstances on the quotation)."""
    start, end = item.content
    text = text_of(doc)
    for quote in quotes:
        lead = text[start : quote.start].strip().lower()
        if quote.start >= start and lead in {"", "that"} and start < quote.end < end:
            tail = [t for t in doc.char_span(quote.end, end, alignment_mode="expand") or () if not t.is_punct]
            subordinate = bool(tail) and tail[0].lower_ in _SUBORDINATORS  # "“We’ll see,” when asked …"
            if subordinate or not any(t.pos_ in {"VERB", "AUX"} for t in tail):
                item.content = (start, quote.end)
            return


def _mark_verbatim(text: str, found: Attribution, quotes: list[Quotation]) -> None:
    """List the content's quoted pieces and decide whether it is the speaker's words alone: nothing but
    quotations, a leading "that", and the attribution written between two of them. Such content runs from
    the first quoted word to the last."""
    start, end = found.content
    inside = [q for q in quotes if start <= q.start and q.end <= end]
    found.quoted = [piece for q in inside for piece in q.inner(text)]
    if not inside:
        return
    rest = list(text[start:end])
    blanks = [(q.start, q.end) for q in inside]
    for left, right in zip(inside, inside[1:], strict=False):
        if left.end <= found.cue[0] < right.start:
            blanks.append((left.end, right.start))  # "“…,” the minister said on Monday, “…”"
    for s, e in blanks:
        rest[s - start : e - start] = " " * (e - s)
    found.direct = [w.lower() for w in _WORD.findall("".join(rest))] in ([], ["that"])
    if found.direct:
        found.content = (found.quoted[0][0], found.quoted[-1][1])


def attributions(doc: Any) -> list[Attribution]:
    """Every attribution in a parsed text, in text order, contents trimmed and quotations whole."""
    text = text_of(doc)
    quotes = quotations(text)
    found: list[Attribution] = []
    for token in doc:
        if _inside((token.idx, token.idx + len(token.text)), quotes):
            continue  # words a speaker is quoted saying are theirs, not the outlet's attribution
        if token.lower_ == "according":
            item = _according_to(token)
            found.extend([item] if item else [])
        elif token.pos_ in {"VERB", "AUX"}:
            found.extend(_from_verb(token))
        elif token.pos_ == "NOUN" and lemma(token) in cues.NOUN:
            found.extend(_from_noun(token))
    for item in found:
        _cover_quotations(item, quotes)
    found = [f for f in found if not f.content[0] <= f.cue[0] < f.content[1]]
    _join_split_quotations(doc, found, quotes)
    found += _claim_quotations(doc, quotes, found)
    found += _colon_titles(doc, quotes)
    _join_split_quotations(doc, found, quotes)
    _continue_quotations(doc, found, quotes)
    for item in found:
        _end_at_quotation(doc, item, quotes)
    kept: dict[int, Attribution] = {}
    for item in found:
        start, end = item.content
        if len(_WORD.findall(text[start:end])) < _MIN_CONTENT_WORDS:
            continue
        best = kept.get(item.cue_token)
        if best is not None and _around(text, best, item):
            best.content = (min(best.content[0], start), max(best.content[1], end))
        elif best is None or end - start > best.content[1] - best.content[0]:
            kept[item.cue_token] = item
    result = sorted(kept.values(), key=lambda a: (a.content[0], a.cue[0]))
    for item in result:
        _mark_verbatim(text, item, quotes)
    return [a for a in result if not _claimed_by_name(doc, a, result)]


def _claimed_by_name(doc: Any, item: Attribution, found: list[Attribution]) -> bool:
    """Whether a pronoun's attribution is of words a named speaker's attribution also claims: in "What she's
    saying: "People saw …," Haley said", the verb before the colon and the one after the quotation both
    take it, and the name says who; the pronoun only points (and may be taken for the wrong person)."""

    def pronoun(a: Attribution) -> bool:
        span = doc.char_span(*a.source, alignment_mode="expand") if a.source else None
        return span is not None and len(span) == 1 and span[0].pos_ == "PRON"

    if not pronoun(item):
        return False
    start, end = item.content
    return any(
        other is not item
        and other.direct  # a quotation a named speaker is given, not reported speech nested in another
        and other.source is not None
        and not pronoun(other)
        and min(end, other.content[1]) - max(start, other.content[0])
        >= 0.8 * min(end - start, other.content[1] - other.content[0])
        for other in found
    )
