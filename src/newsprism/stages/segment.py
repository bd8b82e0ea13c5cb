"""Segment: paragraphs (newlines), then sentences (spaCy), then clauses (dependency parse).

Sentences never end inside a quotation: spaCy's sentences are joined across one. A clause is a stretch of
a sentence that states one thing: the sentence is cut where a coordinated, adverbial or relative clause
begins, around long quotations and between the sentences of a quotation, never elsewhere inside a
quotation, and never leaving a piece shorter than `align.min_clause_words` words.
"""

from __future__ import annotations

import re
from typing import Any

from ..context import Context
from ..model import Article, Clause, Report
from ..quantify.phrases import SECONDS
from ..quoting import quote_regions, sentences_of, text_of
from ..quoting.marks import paragraphs
from ..standalone import WHEN_VERBS

NAME = "segment"
LEVEL = "corpus"
REQUIRES = {"articles"}
PROVIDES = {"paragraphs", "sentences", "clauses", "doc"}

_SUBORDINATORS = {
    "while", "when", "whereas", "although", "though", "because", "as", "after", "before", "since", "if",
    "unless", "until", "once",
}  # fmt: skip
# verbs whose "like …" or "as if …" is what they say
_SEEMING = {"look", "seem", "sound", "feel", "appear"}
_WORD = re.compile(r"\w+")
_LONG_QUOTE_WORDS = 6
# a length of time before a subordinator measures it ("moments after", "a few months before"), unless it is
# the main verb's own time ("died last week after …")
_SPANS_OF_TIME = {*SECONDS, "moment"}
_OWN_TIME = {"last", "this", "next", "that", "every", "each"}
# adverbs that qualify a subordinator from before it: "shortly after", "even though", "as long as"
_QUALIFYING = {"just", "shortly", "soon", "right", "long", "even", "only", "immediately", "well"}
# what "comes" or "happens" after or before is when it came; what the verb says besides when ("has come
# under scrutiny after …") makes a clause of its own
_SEQUENCE = {"after", "before", "since"}
_COMPLEMENTS = {"prep", "dobj", "attr", "acomp", "prt", "xcomp", "ccomp", "oprd"}


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return start, end


def sentence_spans(
    doc: Any, paras: list[tuple[int, int]], quotes: list[tuple[int, int]]
) -> list[tuple[int, int, int]]:
    """(start, end, paragraph) of sentences: spaCy's, cut at paragraph ends, joined across a quotation."""
    text = text_of(doc)
    bounds: list[list[int]] = []
    for sent in sentences_of(doc):
        if bounds and any(q_start < sent.start_char < q_end for q_start, q_end in quotes):
            bounds[-1][1] = sent.end_char
        else:
            bounds.append([sent.start_char, sent.end_char])
    spans: list[tuple[int, int, int]] = []
    for s_start, s_end in bounds:
        for number, (p_start, p_end) in enumerate(paras):
            start, end = max(s_start, p_start), min(s_end, p_end)
            if end > start:
                start, end = _trim(text, start, end)
                if end > start:
                    spans.append((start, end, number))
    return spans


def opens_clause(token: Any) -> bool:
    """Whether a verb starts a clause of its own: a conjoined finite verb or one with its own subject, an
    adverbial clause with a subordinator or a leading participle, a relative clause, a long appositive."""
    children = list(token.children)
    has_subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    if token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"}:
        # without a subject, a verb is conjoined only with a conjunction: "hours after Pippa, 28, was guest
        # of honour" is one clause the parse misread, not "occurred …" and "was guest of honour"
        coordinated = any(c.dep_ == "cc" for c in [*token.head.children, *children])
        return has_subject or (token.tag_ in {"VBD", "VBZ", "VBP", "MD"} and coordinated)
    if token.dep_ == "advcl" and token.pos_ in {"VERB", "AUX"} and not infinitive:
        if token.head.lemma_ in _SEEMING and any(c.dep_ == "mark" for c in children):
            return False  # "it doesn't look like he's going to get help": what the verb says, no clause
        came = token.head.lemma_ in WHEN_VERBS and any(
            c.dep_ == "mark" and c.lower_ in _SEQUENCE for c in children
        )
        if came and not any(c.dep_ in _COMPLEMENTS for c in token.head.children):
            return False  # "The shake-up comes weeks after …": when it came is what the verb says
        marked = any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in children)
        leading = bool(token.left_edge.is_sent_start)
        return marked or leading or has_subject
    if token.dep_ == "relcl":
        # "…, which lasted two hours" is cut; "a gesture both sides called symbolic" is not
        return token.left_edge.lower_ in {"which", "who", "whom", "whose", "where", "when", "that"}
    if token.dep_ == "parataxis":
        return has_subject
    if token.dep_ == "appos" and token.pos_ in {"NOUN", "PROPN"}:
        # ", a gesture aides described as a reminder that …" carries a claim; ", the Leader of …" does not.
        described = any(t.tag_ in {"VBD", "VBZ", "VBP"} for t in token.subtree)
        return described and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == ","
    return False


def _qualified(doc: Any, mark: Any, first: int) -> Any:
    """Where a clause opening on the subordinator `mark` begins, with what measures or qualifies the
    subordinator from before it, which the parse may hang on the main verb: "moments after …", "weeks
    after …", "shortly before …", "as long as …"; not before token `first`."""
    if mark.dep_ != "mark" or mark.i <= first:
        return mark
    before = doc[mark.i - 1]
    measures = (
        before.dep_ in {"npadvmod", "tmod"}
        and before.lemma_.lower() in _SPANS_OF_TIME
        and not any(c.lower_ in _OWN_TIME for c in before.children)
    )
    qualifies = before.dep_ == "advmod" and before.lower_ in _QUALIFYING
    if (measures or qualifies) and before.left_edge.i >= first:
        return before.left_edge
    return mark


def _full_quotation(text: str, q_start: int, q_end: int) -> bool:
    """A quotation that is a whole utterance ("said: “We …”"), not a phrase quoted inside a clause."""
    before = text[:q_start].rstrip()
    content = text[q_start + 1 : q_end - 1].lstrip()
    opens = not before or before[-1] in ":,.;—–" or before.lower().endswith("that")
    return opens and content[:1].isupper() and _words(content) >= _LONG_QUOTE_WORDS


def clause_cuts(
    doc: Any, start: int, end: int, quotes: list[tuple[int, int]], min_words: int, sentence_starts: list[int]
) -> list[int]:
    """Character offsets inside [start, end) where one clause ends and the next begins; `sentence_starts`
    are the parser's sentence starts in the whole text."""
    text = text_of(doc)
    inside = [q for q in quotes if q[0] >= start and q[1] <= end]
    candidates: set[int] = set()
    span = doc.char_span(start, end, alignment_mode="expand")
    tokens = list(span) if span is not None else []
    for token in tokens:
        if opens_clause(token):
            left = token.left_edge
            while left.i > span.start and doc[left.i - 1].dep_ in {"cc", "punct", "mark"}:
                left = doc[left.i - 1]
            left = _qualified(doc, left, span.start)
            candidates.add(left.idx)
            if token.dep_ != "conj":
                candidates.add(token.right_edge.idx + len(token.right_edge.text))
        if token.text == ";":
            candidates.add(token.idx + 1)
    for q_start, q_end in inside:
        if _full_quotation(text, q_start, q_end):
            candidates.update((q_start, q_end))
    cuts = {c for c in candidates if start < c < end and not any(qs < c < qe for qs, qe in inside)}
    # A quotation of several sentences is cut between them: each sentence is a claim of its own.
    cuts |= {offset for offset in sentence_starts if start < offset < end}
    kept: list[int] = []
    for cut in sorted(cuts):
        previous = kept[-1] if kept else start
        if _words(text[previous:cut]) >= min_words and _words(text[cut:end]) >= min_words:
            kept.append(cut)
    return kept


def segment_article(article: Article, doc: Any, min_words: int) -> Article:
    article.doc = doc
    article.paragraphs = paragraphs(article.text)
    quotes = quote_regions(article.text)
    article.sentences = []
    article.clauses = []
    starts = [sent.start_char for sent in sentences_of(doc)]
    for number, (start, end, para) in enumerate(sentence_spans(doc, article.paragraphs, quotes)):
        article.sentences.append((start, end))
        bounds = [start, *clause_cuts(doc, start, end, quotes, min_words, starts), end]
        for left, right in zip(bounds, bounds[1:], strict=False):
            c_start, c_end = _trim(article.text, left, right)
            if c_end > c_start:
                article.clauses.append(Clause(c_start, c_end, number, para))
    return article


def run(report: Report, ctx: Context) -> Report:
    docs = ctx.parse([a.text for a in report.articles])
    for article, doc in zip(ctx.progress.iterate(report.articles, "segment"), docs, strict=True):
        segment_article(article, doc, ctx.settings.align.min_clause_words)
    return report
