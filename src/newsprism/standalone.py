"""Whether a clause of an article stands as a sentence of a summary, and how it reads as one.

A clause stands when it is the outlet's own account (no quotation opened or closed alone, no "we" of the
outlet, no "I" or "you" of a writer, no rhetorical question) with a subject and a finite verb of a main
clause. As a sentence it loses the word that joined it to the clause before ("and", "as police looked
on"), an outlet's comment or heading opening it ("Crucially,", "Why it matters:") and a function word left
dangling at its end.
"""

from __future__ import annotations

import re
from typing import Any

from .model import Article, Span
from .quantify.dates import WEEKDAYS
from .quoting.cues import CLAUSE

# "CAIRO (Reuters) - ", "HONOLULU (AP) — ", "WASHINGTON — ": a dateline is where the copy was filed, not news
# (or "New York (CNN) --" in the agency's mixed case, "SYCAMORE, Ill. --" with its state); a wire's name in
# brackets needs no dash after it: "Seoul, South Korea (CNN)North Korea is …", "(CNN) The Senate …"; a live
# blog's time of its entry: "11:03 P.M. Israel will be required …"
DATELINE = re.compile(
    r"^\s*(?:(?:[A-Z][A-Z .,'’/-]{2,}(?:,\s+[A-Z][\w.]{1,12}(?:\s[A-Z][\w.]{1,12})?\s*)?(?:\([^)]{1,40}\))?"
    r"|[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3}\s*\([^)]{1,40}\))\s*[-—–]+"
    r"|(?:[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3}\s*)?\((?:CNN(?: [A-Z][a-z]+)?|AP|AFP|Reuters|UPI)\)"
    r"|\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?(?=\s+[A-Z]))\s*"
)
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
# the words a verb's clause holds before the verb: left in a clause that stops short of it, they make none
_LEFT_FOR_VERB = {"aux", "auxpass", "nsubj", "nsubjpass"}
# and the words a noun phrase holds before its noun
_LEFT_FOR_NOUN = {"det", "poss", "nummod", "nmod", "compound", "amod"}
# what may hang on a verb without saying what was done: "McCullough had, as he long-claimed," says nothing
_BESIDE_VERB = {"nsubj", "nsubjpass", "punct", "advcl", "advmod", "neg", "mark", "cc", "aux"}
# verbs that say only when something came, and what may hang on one in its clause without saying when: "The
# moves to undercut Fauci come" (just days after …)
WHEN_VERBS = {"come", "happen", "occur"}
_BESIDE_WHEN = {"nsubj", "nsubjpass", "aux", "neg", "punct", "cc", "advmod"}
# what a tag after the words it reports holds besides its verb: "the Labor Department said Friday", "two
# sources familiar with the list told Fox News", "said Paul Udoto, a spokesman for the wildlife service"
_TAG_PARTS = {
    "nsubj",
    "nsubjpass",
    "aux",
    "auxpass",
    "neg",
    "npadvmod",
    "advmod",
    "prep",
    "dobj",
    "dative",
    "agent",
}
# what may stand between reported words and their tag, left out with it: a clause the sentence goes on with
_CLAUSES_BETWEEN = {"advcl", "relcl", "acl", "ccomp", "parataxis"}
# what makes a verb's phrase whole without the verb after its "and"
_COMPLETE = {"dobj", "attr", "acomp", "xcomp", "ccomp", "oprd", "dative", "prep"}
# the outlet's own "we": "US" is a country, and a "We" inside a sentence is a title ("the We Will Not
# Comply Act")
_EDITORIAL = re.compile(r"^\W*(?:We|Our|Ours)\b|\b(?:we|us|ours?|ourselves)\b")
# a writer's own "I", or their "you" to the reader ("You can see the cold open below")
# not the "I" of a party and state ("Rep. Justin Amash (I-Mich.)") or of a highway ("I-95")
_FIRST_PERSON = re.compile(r"\b(?:I(?!-[A-Z0-9])|me|my|mine|myself|[Yy]ou|[Yy]our|yours|yourself)\b")
_LABEL = re.compile(r"\W*[A-Z][\w.]{0,15}:\s")  # a transcript's "MB: …" or "Q: …"
# a transcript's speaker opening a paragraph ("MCEVERS: …", "PRESIDENT DONALD TRUMP: …"): every sentence
# of it is that speaker's; not the outlet's own headings in capitals ("THE FACTS: …", "UPDATE: …")
_SPEAKER_LABEL = re.compile(r"\W*([A-Z][A-Z.'’ -]{0,40}):\s")
_OWN_HEADINGS = {
    "THE FACTS",
    "FACT CHECK",
    "UPDATE",
    "CORRECTION",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "NOTE",
    "BREAKING",
    "WATCH",
    "LISTEN",
    "PHOTOS",
    "VIDEO",
    "READ MORE",
    "RELATED",
    "CLAIM",
    "VERDICT",
}
_QUOTATION = re.compile(r"[“\"][^”\"]*[”\"]")
# the outlet speaking of its own page: "the court order referred to in this story has been amended"
_THIS_PAGE = re.compile(r"\bthis (?:story|article|post|piece)\b", re.I)
# the page's appeal for tips: "Anyone with information regarding this case is asked to call …"
_TIP_LINE = re.compile(
    r"\b(?:anyone|those|people) with (?:any )?(?:information|details|knowledge)\b[^.;]{0,120}?\b"
    r"(?:call|contact|reach out|come forward|email|text)\b",
    re.I,
)
# what a caption says someone in a picture does, and what a picture is
_POSED = {
    "wave", "pose", "arrive", "hold", "speak", "gesture", "look", "walk", "stand", "sit", "listen", "attend",
    "react", "leave", "smile", "watch", "pray", "gather", "march", "chant", "shout", "mourn", "cry", "greet",
    "embrace", "hug", "talk", "wait", "rally", "protest", "depart", "enter", "exit", "celebrate", "kneel",
    "raise",
}  # fmt: skip
_PICTURE = {"photo", "image", "picture", "photograph"}
_PICTURED = re.compile(rf"\b(?:{'|'.join(sorted(_PICTURE))})\b", re.I)
# "in this file photo", "in this April 17, 2018 handout photo": a picture's own words, not "in this country,
# the picture …"
_IN_THIS_PICTURE = re.compile(
    rf"\b[Ii]n this (?:(?:undated|handout|file|\d{{1,4}},?|[A-Z][a-z]*\.?,?)\s+){{0,5}}"
    rf"(?:{'|'.join(sorted(_PICTURE))})\b"
)
# a caption's date before what the picture shows: "March 30, 2016 A stray lion passes in front of a car"
_DATED = re.compile(
    r"\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? (?:19|20)\d\d\s+[A-Z]"
)
_PICTURE_DATE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# a verb of speech whose preposition brings what was said: "agreed to a temporary arrangement", "warned of
# shortages", "insisted on a guarantee"; not "commented on the report", which says nothing of what
_SAID_WITH = {
    "agree": {"to", "on"}, "warn": {"of", "about", "against"}, "caution": {"against"}, "insist": {"on"},
    "complain": {"about", "of"}, "hint": {"at"}, "boast": {"about", "of"}, "brag": {"about", "of"},
    "testify": {"against"}, "rule": {"against", "for"}, "point": {"to"},
}  # fmt: skip
# words that join a clause to the one before it: a summary sentence drops them, and a clause opening on one
# does not begin inside a sentence
_CONNECTIVES = {"and", "but", "or", "while", "whereas", "where", "which", "who", "that", "as", "so", "then"}
_CONNECTIVES |= {"also", "adding", "noting", "yet"}
_LEADING_LINK = re.compile(rf"^({'|'.join(sorted(_CONNECTIVES))})\b[\s,]*", re.I)
# "As many as two dozen people saw it", "Yet another delay …": the clause's own words, not "as" or "yet"
# joining it to the one before
_OWN_OPENING = re.compile(
    r"(?:as\s+(?:many|much|few|little|long|far|soon|high|low|recently|early|late)\s+as"
    r"|yet\s+(?:another|again|more))\b",
    re.I,
)
# the connectives that always join: the others may be the clause's own words ("That way, …", "As of last
# December, …", "So far, …"), which the parse tells apart
_JOINING = {"and", "but", "or", "whereas", "where", "which", "who", "adding", "noting"}
# an outlet's own comment on the fact it opens ("Crucially, Trump did this as …", "Turns out, …"): a neutral
# summary states the fact without it; and a word that ties the fact to the outlet's sentence before
# ("Meanwhile,", "However,", "Well,"), which the summary's order does not keep
STANCE = {
    "crucially", "ironically", "interestingly", "notably", "tellingly", "predictably", "unsurprisingly",
    "curiously", "remarkably", "shockingly", "sadly", "fortunately", "unfortunately", "thankfully",
    "incredibly", "bizarrely", "strangely", "tragically", "alarmingly", "conveniently", "disturbingly",
    "meanwhile", "however", "still", "furthermore", "moreover", "indeed", "well", "additionally",
    "nevertheless", "nonetheless", "besides", "anyway", "first", "finally", "lastly", "elsewhere", "instead",
}  # fmt: skip
_STANCE_OPENER = re.compile(
    rf"^({'|'.join(sorted(STANCE))}|in the meantime|all the while|at the same time|in addition"
    r"|on the (?:one|other)(?: hand)?|by contrast|in contrast|similarly|likewise"
    r"|(?:as )?(?:it )?turns out|of course|sure enough|needless to say|as it happens),\s*",
    re.I,
)
# what a page asks its reader to do, opening a sentence: "Vote up the campaigns …", "Tell us what you think"
_CALLS = {
    "vote", "click", "tap", "sign", "subscribe", "share", "follow", "scroll", "read", "watch", "see",
    "check", "download", "join", "tell", "let", "email", "visit", "like", "comment", "listen", "find",
}  # fmt: skip
# the same set off inside the sentence: "Cadbury, meanwhile, lost its own trademark battle"
_STANCE_INSIDE = re.compile(
    r",\s+(?:meanwhile|however|instead|in turn|for (?:its|his|her|their) part),\s+", re.I
)
# the heading an outlet sets before a paragraph of its own format ("Why it matters: Pelosi had promised
# …"): the page's layout, not a word of the fact
SECTION_LABEL = re.compile(
    r"^(?:why it matters|(?:the )?big picture|the numbers|what happened|between the lines"
    r"|(?:the )?bottom line|driving the news|go deeper"
    r"|what['’]s next|by the numbers|yes, but|the other side|flashback|details|the backstory|context"
    r"|what they['’]re saying|what to watch|(?:the )?state of play|zoom (?:in|out)|catch up quick"
    r"|where it stands|the latest|be smart|reality check|the intrigue|our thought bubble):\s*",
    re.I,
)
# a clause cut inside a phrase ends on a word that needs one after it: "… student loan debt from" (not a
# particle, which may end a verb: "the talks went on")
_DANGLING = re.compile(
    r"(?:\s+(?:from|of|to|by|for|with|into|the|a|an|and|or|but|that|than|as|until|unless|because|whether"
    r"|including|despite|amid|among|between|via|toward|towards|upon|onto))+\s*$",
    re.I,
)


def _balanced(text: str) -> bool:
    """Whether every quotation and parenthesis the text opens it closes; a straight mark may stand for
    either curly one."""
    opening, closing, straight = text.count("“"), text.count("”"), text.count('"')
    quoted = (opening + closing + straight) % 2 == 0 and abs(opening - closing) <= straight
    return quoted and text.count("(") == text.count(")")


def _outlets_own(text: str) -> str | None:
    """The words of a clause in the outlet's own voice, quotations left out; None when the clause is no
    account of the outlet's: it opens or closes a quotation alone, speaks in the outlet's own "we", asks
    a rhetorical question (opinion, not a fact to report), speaks of its own page ("in this story") or
    asks its readers for tips ("Anyone with information … is asked to call …"), or opens on a
    transcript's speaker label."""
    if not _balanced(text) or _LABEL.match(text):
        return None
    own = _QUOTATION.sub("", text)
    if not re.search(r"\w", own):
        return None  # quoted words alone, with no one to say them
    if _EDITORIAL.search(own) or _THIS_PAGE.search(own) or _TIP_LINE.search(own):
        return None
    return None if own.rstrip(" ’'”\")").endswith("?") else own


def transcribed(article: Article, span: Span) -> bool:
    """Whether the clause lies in a paragraph a transcript gives to a speaker by name (`_SPEAKER_LABEL`):
    one of two or more such paragraphs, as a transcript has, where "NEW DELHI: …" opens one alone."""
    labels = [
        (s, e)
        for s, e in article.paragraphs
        if (label := _SPEAKER_LABEL.match(article.text, s)) and label.group(1).strip() not in _OWN_HEADINGS
    ]
    return len(labels) >= 2 and any(s <= span.start < e for s, e in labels)


def _heading(article: Article, span: Span) -> bool:
    """Whether the clause is a short line of its own inside the text with no stop at its end: a heading, a
    link or another story's title ("Violent pimp gets 12 years in prison after beating prostitute"). The
    text's first line may be the article's own headline, which says what the article does."""
    where = next(((n, s, e) for n, (s, e) in enumerate(article.paragraphs) if s <= span.start < e), None)
    if where is None or where[0] == 0:
        return False
    line = article.text[where[1] : where[2]].strip()
    return len(line.split()) <= 20 and not re.search(r"[.!?:;\"”’')\]…]$", line)


def _shouted(text: str) -> bool:
    """Whether a clause of four words or more is all capitals: a broadcaster's teaser or a pull quote ("A
    NEWBORN BABY IS NOW IN STATE CUSTODY AFTER …"), whose names and words a summary cannot tell apart."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 4 and bool(letters) and all(c.isupper() for c in letters)


def _told_which_after(tokens: Any) -> bool:
    """Whether the clause stops before a relative clause, no comma between, that tells which of what it
    names with "the" it means: "the legal procedure" of "… the legal procedure that keeps …"; or which of
    what it denies: "he would not make a deal" (where he would testify …) denies every deal without it,
    where "he made a deal" is true all the same."""
    doc = tokens.doc
    after = doc[tokens.end] if tokens.end < len(doc) else None
    if after is None or after.tag_ not in {"WDT", "WP", "WRB"} or after.head.dep_ != "relcl":
        return False
    noun = after.head.head
    if not tokens.start <= noun.i < tokens.end:
        return False
    # not "the island" (where …): a "where" or "when" of a thing already named tells more of it
    the = after.tag_ != "WRB" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    inside = [a for a in noun.ancestors if tokens.start <= a.i < tokens.end]
    return the or any(c.dep_ == "neg" for a in inside for c in a.children)


def is_sentence(article: Article, span: Span, reported: bool = False) -> bool:
    """Whether a clause can stand as a sentence of the outlet's account (`_outlets_own`): it has a subject
    and a finite verb ("When police used force against protesters." has no main clause; "Police in Oakland
    have." no verb phrase worth a line), no first person of its own, and is no heading (`_heading`).
    `reported`: the clause may be the words a tag at the end of its sentence reports (`said_after`), which
    stand as a sentence with that tag."""
    own = _outlets_own(span.text)
    if own is None or _heading(article, span) or transcribed(article, span) or _shouted(span.text):
        return False
    doc = article.doc
    dateline = DATELINE.match(span.text)  # "New York (CNN) --" parses as a sentence root of its own
    start = span.start + (dateline.end() if dateline else 0)
    tokens = doc.char_span(start, span.end, alignment_mode="expand") if doc is not None else None
    if tokens is None:
        return True
    if not len(tokens) or _caption(tokens[0].sent):  # a dateline alone is no sentence
        return False
    root = tokens.root
    words = [t for t in tokens if not t.is_punct and t.dep_ != "neg"]
    last = words[-1] if words else root
    if last.lower_ in {"those", "these"} or last.tag_ == "POS":
        return False  # "… the blocking of posts by those", "… ruled that the Constitution’s": cut short
    head = last.head if last.dep_ == "conj" else last
    if (
        last.tag_ in {"JJ", "JJR", "JJS"}
        and head.dep_ in {"dobj", "pobj"}
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)
    ):
        return False  # "… died a horrific, agonising" (— and many say senseless — death): its noun is cut
    if (
        last.dep_ == "prep"
        and not any(c.i < tokens.end for c in last.children)
        and last.i + 1 < last.sent.end
    ):
        return False  # "… points the pistol directly at" (the photographer): cut before its object
    if last.tag_ == "MD" or (
        last.lemma_ in {"have", "do", "be"}
        and not any(c.i > last.i and c.dep_ not in {"neg", "punct"} for c in last.children)
    ):
        return False  # "it seems to have.", "she said she would.": the verb phrase is the sentence before's
    opening = words[1] if len(words) > 1 and words[0].lower_ in _CONNECTIVES else words[0] if words else None
    if (
        opening is not None
        and opening.pos_ in {"VERB", "AUX"}
        and opening.dep_ == "conj"
        and opening.head.i < tokens.start
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in opening.children)
    ):
        return False  # "and took credit for its success, yet he was …": its subject is the clause before's
    if (
        opening is not None
        and opening.tag_ == "VB"
        and opening.lower_ in _CALLS
        and not _quoted(span, opening.idx)
    ):
        return False  # "Vote up the campaigns that are so stupid, they're …": a call to the reader
    if _bare_verb(tokens):
        return False  # "… proved McCullough had, as he long-claimed": cut before what "had" goes with
    if _told_which_after(tokens):
        return False  # "… is the legal procedure" that keeps the government from …: which one is after it
    # "Although the causes are unknown." is no sentence; "that the river ran dry" is one once the
    # summary drops its connective
    if any(c.dep_ == "mark" and c.lower_ not in _CONNECTIVES for c in root.children) and not _main_after(
        tokens
    ):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.idx < span.start for t in tokens for c in t.children):
        return False  # "would set up meetings …, police said": the subject was left in the clause before
    if any(t.dep_ in _LEFT_FOR_VERB and t.head.i >= tokens.end for t in tokens):
        return False  # "… she did not know where Morsi": its verb ("was being held") is in the clause after
    if any(t.dep_ in _LEFT_FOR_NOUN and t.head.i >= tokens.end for t in tokens):
        return False  # "… with praise at a “Howdy, Modi!”": its noun ("rally") is in the clause after
    if words and words[0].tag_ in {"WDT", "WP"} and words[0].dep_ in {"nsubj", "nsubjpass"}:
        return False  # "that has swept across the country …": a relative clause, whose subject is before it
    subjects = [t for t in tokens if t.dep_ in {"nsubj", "nsubjpass", "expl"} and t.head == root]
    if any(
        t.lemma_.lower() == "answer"
        and any(c.lower_ == "the" for c in t.children)
        and not any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children)
        for t in subjects
    ):
        return False  # "the answer is clear: not the public's": to a question the sentence before asked
    if _FIRST_PERSON.search(own) and not (
        root.lemma_.lower() in CLAUSE
        and subjects
        and subjects[0].lower_ not in {"i", "you"}
        and not any(
            _FIRST_PERSON.fullmatch(t.text) and not _in_said(t, root) and not _quoted(span, t.idx)
            for t in tokens
        )
    ):
        return False  # a columnist's own "I" or "you", unless the clause says whose words they are
    subject = bool(subjects) or _name_before_day(root)
    # an infinitive's "to" is no auxiliary of a finite verb: "Secretary Clinton's E-mail to daughter at 11:23
    # p.m." (a label the parse reads as "to daughter") says nothing
    finite = root.tag_ in _FINITE or any(
        t.head == root and t.dep_ in {"aux", "auxpass"} and t.tag_ != "TO" for t in tokens
    )
    # "indictments … set the political world abuzz": a past tense the parse took for a participle; a
    # participle with an active subject of its own and no auxiliary is a past tense; not one with its agent
    # ("rally attended by upward of 50,000 people", cut after a quoted name, says what the rally was)
    finite = finite or (
        root.tag_ == "VBN"
        and any(t.dep_ == "nsubj" for t in subjects)
        and not any(c.dep_ == "agent" for c in root.children)
    )
    # what "tell" takes as its object is whom it was told: "told BuzzFeed News" says nothing either
    said = {"ccomp", "xcomp"} if root.lemma_.lower() == "tell" else {"ccomp", "dobj", "xcomp", "attr"}
    # the words said may come first, a clause of their own the parse hangs on the tag ("Trump will announce
    # on Tuesday that …, media reports indicated late Sunday")
    said_first = any(
        t.head == root and t.dep_ in {"advcl", "parataxis"} and t.i < root.i and _has_subject(t)
        for t in tokens
    )
    if (
        root.lemma_.lower() in CLAUSE
        and not said_first
        and not any(t.head == root and t.dep_ in said and _says(t) for t in tokens)
        and not any(_said_with(root, c) for c in root.children)
    ):
        return False  # "Mira Dostal said after the meeting": who spoke, with the words left outside
    main = root.dep_ == "ROOT" or (reported and _tag_verb(tokens) is not None)
    return subject and finite and root.pos_ in {"VERB", "AUX"} and main


def _tag_verb(tokens: Any) -> Any:
    """The speech verb of the tag after the clause whose words it reports, the main verb of their sentence
    ("…, police said"), or None."""
    verb = tokens.root.head
    if tokens.root.dep_ != "ccomp" or verb.dep_ != "ROOT" or verb.i < tokens.end:
        return None
    return verb if verb.lemma_.lower() in CLAUSE else None


def said_after(article: Article, span: Span) -> tuple[int, int, Any] | None:
    """Where the clause is the words a tag at the end of its sentence reports, where that tag starts and
    ends, and its subject. The tag is its speech verb with its subject and what says when, where or to
    whom, none of its other clauses ("Employers added 266,000 jobs in November | and the jobless rate fell
    …, the Labor Department said Friday." -> "the Labor Department said Friday"). None where the clause is
    no such words, or where more than whole clauses of the sentence stand between the two: the summary
    leaves those out, and a word of the clause's own left there would leave it cut ("… in his | place,
    the agency reported")."""
    doc = article.doc
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand") if doc is not None else None
    if tokens is None or not len(tokens) or (verb := _tag_verb(tokens)) is None:
        return None
    first = last = verb
    for child in sorted(verb.lefts, key=lambda c: -c.i):
        if child.dep_ not in _TAG_PARTS or child.right_edge.i != first.i - 1:
            break
        first = child.left_edge
    for child in verb.rights:  # up to a comma: not "…, the company said, a stunning downfall for …"
        if child.dep_ not in _TAG_PARTS or child.left_edge.i != last.i + 1:
            break
        last = child.right_edge
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not first.i <= subject.i <= last.i or first.i < tokens.end:
        return None
    if tokens.root.right_edge.i >= first.i:
        return None  # the reported words go on after the tag
    inside = set(range(tokens.start, tokens.end))
    return (
        (first.idx, last.idx + len(last), subject)
        if all(_left_out(token, inside, verb) for token in doc[tokens.end : first.i])
        else None
    )


def shared_subject(article: Article, span: Span) -> tuple[int, list[tuple[int, int]]] | None:
    """Where the clause opens on the second of two verbs that share a subject ("Richard Spencer was stopped
    on his way to Sweden | and sent back to the United States …"): where that subject begins, and the parts
    between it and the clause that a sentence of the two leaves out (all but the auxiliaries the clause goes
    without: "Richard Spencer was" … "sent back …"). None where the clause has a subject of its own, the
    first verb has none before it, or says "not" (which verb it denies, a reader cannot tell), or the two
    are alternatives ("… or are in the Emerald Triangle")."""
    doc = article.doc
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand") if doc is not None else None
    words = [t for t in tokens if not t.is_punct] if tokens is not None else []
    if len(words) < 2 or words[0].lower_ not in {"and", "but", "then", "yet"}:
        return None  # not "… or are in the Emerald Triangle"; a verb with no "and" may be a misparse
    verb = words[1]
    head = verb
    while head.dep_ == "conj" and head.pos_ in {"VERB", "AUX"} and not _has_subject(head):
        head = head.head
    if head is verb or verb.head.i >= words[0].i or _has_subject(verb):
        return None
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i), None)
    if (
        subject is None
        or subject.tag_ in {"WP", "WDT"}
        or head.dep_ not in {"ROOT", "ccomp", "conj", "parataxis"}
        or any(c.dep_ in {"neg", "mark"} for c in head.children)
    ):
        # "not" denies one verb of the two; "… when Robb Stark had an army and was alive, …" says when
        return None
    # "was stopped … and sent back": a past form after an auxiliary is the participle it governs, passive
    # where it has no object ("has been consumed by missteps and produced less legislation" has "has")
    own_tense = verb.tag_ in {"VBZ", "VBP", "MD"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    borrowed = (
        {"aux"} if any(c.dep_ in {"dobj", "dative", "ccomp"} for c in verb.children) else {"aux", "auxpass"}
    )
    kept = set(range(subject.left_edge.i, subject.right_edge.i + 1))
    if not own_tense:
        kept |= {c.i for c in head.children if c.dep_ in borrowed and c.i < head.i}
    parts: list[tuple[int, int]] = []
    for token in doc[subject.left_edge.i : verb.i]:
        if token.i in kept:
            continue
        if parts and parts[-1][1] == token.idx:
            parts[-1] = (parts[-1][0], doc[token.i + 1].idx)
        else:
            parts.append((token.idx, doc[token.i + 1].idx))
    return subject.left_edge.idx, parts


def _left_out(token: Any, inside: set[int], verb: Any) -> bool:
    """Whether a word between reported words (`inside`, token indices) and their tag's verb belongs to what
    a sentence of the two can leave out: punctuation, or a whole clause hanging on either, but not the
    second verb of two that share an object ("… accusations that he sexually harassed | and assaulted
    numerous women …")."""
    top = token
    while top.head.i not in inside and top.head != verb and top.head != top:
        top = top.head
    if top.dep_ == "conj" and top.pos_ in {"VERB", "AUX"}:
        return any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in top.children) or any(
            c.dep_ in _COMPLETE for c in top.head.children
        )
    return top.dep_ in _CLAUSES_BETWEEN or top.dep_ in {"punct", "cc"}


def _says(token: Any) -> bool:
    """Whether a speech verb's complement says something: a clause with a subject of its own, or an object;
    not a participle the parse takes for one ("Bacall wrote in the 10-page will written last September",
    where "will written" is read as a verb)."""
    if token.dep_ != "ccomp" or token.tag_ != "VBN":
        return True
    return any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in token.children)


def _main_after(tokens: Any) -> bool:
    """Whether a clause of its own runs to the end, its subject after a comma, with no word that makes it
    subordinate: the main clause of "While Trump took a victory lap …, the hard work is just beginning
    …", which a small parse may hang under the clause before it."""
    last = max((t.i for t in tokens if not t.is_punct), default=tokens.start)
    return any(
        t.pos_ in {"VERB", "AUX"}
        and t.dep_ != "relcl"  # "…, who is retiring with $125 million" says more of a name before it
        and t.right_edge.i >= last
        and any(
            c.dep_ in {"nsubj", "nsubjpass"}
            and c.left_edge.i > tokens.start
            and c.doc[c.left_edge.i - 1].text == ","
            for c in t.children
        )
        and not any(c.dep_ == "mark" for c in t.children)
        for t in tokens
    )


def cut_off(article: Article, span: Span) -> bool:
    """Whether the clause runs to the end of a text that stops without a stop, cut off where it was
    taken: "… his attorneys continued giving the president's legal team" (what?)."""
    rest = article.text[span.end :]
    return not rest.strip() and not re.search(r"[.!?\"”’')…]\s*$", article.text)


def _bare_verb(tokens: Any) -> bool:
    """Whether a "be" or "have" of the clause's own has nothing it is or has, and its sentence goes on past
    the clause: "McCullough had, as he long-claimed", "and who was also" (the parse may hang what follows
    elsewhere, so a whole sentence is never taken for cut); or a "come" or "happen" that only says when,
    cut from when: "The moves to undercut Fauci come" (just days after …)."""
    bare = any(
        t.lemma_ in {"be", "have"}
        and t.dep_ in {"ROOT", "ccomp", "conj", "relcl"}
        and not any(c.dep_ not in _BESIDE_VERB for c in t.children)
        and t.sent.end > tokens.end  # last: the parse walks the whole sentence to find it
        for t in tokens
    )
    return bare or any(
        t.lemma_ in WHEN_VERBS
        and not any(tokens.start <= c.i < tokens.end and c.dep_ not in _BESIDE_WHEN for c in t.children)
        and any(c.i >= tokens.end and not c.is_punct for c in t.children)
        for t in tokens
    )


def cut_short(article: Article, span: Span) -> bool:
    """Whether a clause stops before what it needs to be told whole: a relative clause of its sentence that
    tells which, with no comma between ("… between June and September, the season" without "when the river
    is the lifeline of the southern plains"; one set off by a comma, ", which are common …", only adds), or
    what its "be" or "have" is or has ("… the youngest child of Dr. Arthur Dickson Wright, … and who was
    also")."""
    end = next((e for s, e in article.sentences if s <= span.start < e), span.end)
    if not re.match(r"\s*(?:when|where|which|who|whom|whose|that)\b", article.text[span.end : end], re.I):
        tokens = article.doc.char_span(span.start, span.end, alignment_mode="expand") if article.doc else None
        return tokens is not None and _bare_verb(tokens)
    after = article.doc.char_span(span.end, end, alignment_mode="expand") if article.doc else None
    word = next((t for t in after if not t.is_space), None) if after is not None else None
    # "… uninstalling an app that her employer required …" is cut; "… was well and had access to
    # television when she visited him" is not: a "when" of the verb's is no relative clause
    return word is None or "relcl" in {word.dep_, word.head.dep_}


def in_caption(article: Article, offset: int) -> bool:
    """Whether the offset lies in a photo's caption run into the text (`_caption`)."""
    tokens = (
        article.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if article.doc is not None
        else None
    )
    return bool(tokens is not None and len(tokens) and _caption(tokens[0].sent))


def _caption(sentence: Any) -> bool:
    """Whether a sentence is a photo's caption run into the text: the present tense of what a picture shows
    someone doing, with the picture's date, its "file photo" or a person not named ("Bahraini protesters
    hold up flowers …, Saturday, Feb. 19, 2011.", "A woman waves the Egyptian flag during a protest …"), or
    "This undated photo shows …"; and whatever a sentence says "in this photo", in any tense. News tells what
    happened in the past tense; the present is a caption's (or a headline's, whose verbs are not these)."""
    if _IN_THIS_PICTURE.search(sentence.text):
        return True  # "… in this file photo taken January 24, 2013.", "In this photo, X is seen on the left"
    root = sentence.root
    if root.tag_ not in {"VBZ", "VBP"} or any(c.dep_ in {"aux", "auxpass", "neg"} for c in root.children):
        return False
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if root.lemma_ in {"show", "depict"}:
        return subject.lemma_ in _PICTURE and any(t.lower_ == "this" for t in subject.subtree)
    if _DATED.match(sentence.text):
        return True  # "March 30, 2016 A stray lion passes in front of a car …"
    if root.lemma_ not in _POSED:
        return False
    dated = _PICTURE_DATE.search(sentence.text) and any(t.ent_type_ == "DATE" for t in sentence)
    pictured = _PICTURED.search(sentence.text)
    return bool(dated or pictured or subject.left_edge.lower_ in {"a", "an"})


def _quoted(span: Span, at: int) -> bool:
    """Whether the character at `at` lies inside a quotation the span holds whole."""
    return any(span.start + m.start() < at < span.start + m.end() for m in _QUOTATION.finditer(span.text))


def _in_said(token: Any, root: Any) -> bool:
    """Whether the token is among the words a speech verb reports ("Williams said she could not …"), not
    in the clause's own words around them ("As my colleague reported, Williams said …")."""
    while token.head.i not in {token.i, root.i}:
        token = token.head
    return token.head.i == root.i != token.i and token.dep_ in {"ccomp", "xcomp", "dobj", "attr"}


def _said_with(verb: Any, child: Any) -> bool:
    """Whether the verb's preposition brings what was said ("agreed to a temporary arrangement"), not when
    ("agreed on Tuesday")."""
    objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
    return (
        child.dep_ == "prep"
        and child.lower_ in _SAID_WITH.get(verb.lemma_.lower(), ())
        and any(o.ent_type_ not in {"DATE", "TIME"} for o in objects)
    )


def _name_before_day(verb: Any) -> bool:
    """Whether the parse took the verb's subject for part of a day: news style drops the "on" before one
    ("President Donald Trump Monday appeared to accept …"), and the name becomes a compound of "Monday"."""
    return any(
        c.dep_ == "npadvmod"
        and c.i < verb.i
        and c.lower_ in WEEKDAYS
        and any(g.dep_ == "compound" and g.pos_ == "PROPN" for g in c.children)
        for c in verb.children
    )


def _has_subject(verb: Any) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def first_word(article: Article, span: Span) -> Any:
    """The span's first word as the parse reads it, or None without a parse."""
    doc = article.doc
    tokens = doc.char_span(span.start, span.end, alignment_mode="expand") if doc is not None else None
    return next((t for t in tokens or [] if not t.is_punct), None)


def opens_on_link(article: Article, span: Span) -> bool:
    """Whether the clause opens on a word that joins it to the clause before, which a summary sentence
    drops ("and", "as police looked on", "that the talks failed", "then the archive hopes"), rather than a
    word of its own ("That way, …", "As of last December", "So far", "While many celebrated, others …")."""
    found = _LEADING_LINK.match(span.text.strip())
    if found is None or _OWN_OPENING.match(span.text.strip()):
        return False
    if found.group(1).lower() in _JOINING:
        return True
    first = first_word(article, span)
    if first is None or first.lower_ != found.group(1).lower():
        return True
    if first.dep_ == "mark":
        # "as police looked on" alone joins; "As Miller drove home, a gunman fired" keeps the clause it opens,
        # also where the parse hangs the "As" on the main verb with a subject after the comma that ends it
        tokens = article.doc.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is None or first.head != tokens.root:
            return tokens is None
        root = tokens.root
        commas = [t.i for t in tokens if t.text == "," and first.i < t.i < root.i]
        return not any(c.dep_ in {"nsubj", "nsubjpass"} and commas and c.i > commas[0] for c in root.children)
    return first.dep_ == "cc" or (first.dep_ == "advmod" and first.head.pos_ in {"VERB", "AUX"})


def as_sentence(text: str, link: bool = True) -> str:
    """A clause as a sentence: no leading connective (where `link` says it opens on one: see
    `opens_on_link`), no function word left dangling at its end ("… debt from"), a capital first letter, a
    full stop."""
    text = text.strip()
    aside = re.fullmatch(r"\(([^()]+)\)\.?", text)
    text = aside.group(1) if aside else text  # "(As Fortune reported, …)": an aside that is a sentence whole
    text = re.sub(r"^[•·▪▸►■◦‣]+\s*", "", text)  # "•The number of …": a list's bullet, not the sentence's
    text = (_LEADING_LINK.sub("", text) if link else text).strip(" ,;:—–-_")
    text = _STANCE_INSIDE.sub(" ", _STANCE_OPENER.sub("", SECTION_LABEL.sub("", text)))
    text = _DANGLING.sub("", text).strip(" ,;:—–-_")
    text = re.sub(r"\s+([.!?])$", r"\1", text)  # "… in recent weeks .": a space the page set before its stop
    text = re.sub(r"(?<=\w)\s+([,;:])(?=\s)", r"\1", text)  # and before a comma: "The Wall , which"
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if text[-1] not in '.!?"”’':
        text += "."
    return text
