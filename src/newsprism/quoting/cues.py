"""The words that attribute content to a source, grouped by how the content hangs off them.

A verb attributes only in some constructions: "said (that) …" reports speech, "said it" does not;
"called X a liar" attributes a judgement, "called a meeting" does not. Each set names the verbs that
attribute in one construction. The sets were written from the verb classes of reporting, judging and
committing, then checked one by one against the PolNeAR train split (`bench/calibrate_quotes.py`
lists how often each verb and construction is an annotated cue there); verbs whose constructions are
annotated less than half the time ("think that", "want to", "support X") are left out.
"""

from __future__ import annotations

# "X said (that) …", "…, X said", "X said: “…”", "X told reporters …"
CLAUSE = {
    "say", "tell", "add", "note", "argue", "ask", "write", "report", "claim", "continue", "explain",
    "announce", "state", "declare", "point", "conclude", "reply", "insist", "acknowledge", "warn",
    "predict", "reveal", "confirm", "tweet", "hope", "joke", "admit", "respond", "suggest", "show",
    "find", "agree", "emphasize", "emphasise", "stress", "assert", "maintain", "contend", "complain",
    "concede", "recall", "remark", "observe", "testify", "allege", "deny", "estimate", "indicate",
    "mention", "promise", "vow", "pledge", "threaten", "caution", "urge", "demand", "wonder",
    "speculate", "charge", "accuse", "boast", "brag", "counter", "lament", "quip", "reiterate", "repeat",
    "signal", "tout", "underscore", "underline", "assure", "inform", "remind", "post", "shout", "yell",
    "exclaim", "retort", "answer", "propose", "recommend", "advise", "forecast", "rule", "disclose",
    "clarify", "proclaim", "affirm", "highlight", "dispute", "question", "inquire", "muse", "guarantee",
    "swear", "hint", "imply", "brief", "comment", "describe", "reason", "assess", "blog", "counsel",
    "posit", "rejoin", "whisper",
}  # fmt: skip
# "X vowed to …", "X refused to …", "X urged Y to …"
INFINITIVE = {
    "ask", "call", "refuse", "expect", "pledge", "vow", "promise", "threaten", "decline", "agree",
    "offer", "urge", "tell", "appeal", "demand", "encourage", "order", "warn", "implore", "beg", "swear",
    "plead", "propose", "press", "challenge", "advise",
}  # fmt: skip
# "X called Y a liar", "X criticized Y", "X praised the deal", "X announced a plan"
OBJECT = {
    "call", "criticize", "criticise", "mention", "discuss", "endorse", "accuse", "announce", "praise",
    "cite", "denounce", "note", "list", "dismiss", "applaud", "congratulate", "blast", "tout", "promise",
    "report", "confirm", "express", "highlight", "mock", "condemn", "slam", "blame", "deny", "describe",
    "laud", "hail", "decry", "lambaste", "lambast", "recommend", "propose",
    "predict", "vow", "warn", "acknowledge", "admit", "rebuke", "ridicule", "disparage",
    "reiterate", "characterize", "characterise", "label", "dub", "brand", "question", "dispute",
    "reject", "unveil", "outline", "commend", "thank", "fault", "chide", "scold", "berate", "assail",
    "deride", "lament", "bemoan", "recount", "recall", "stress", "emphasize", "emphasise",
    "allege", "state", "declare", "insist", "suggest", "urge", "demand",
}  # fmt: skip
# "X referred to …", "X pointed to …": verb -> the prepositions that carry the content
PREPOSITION = {
    "refer": {"to"},
    "point": {"to"},
    "apologize": {"for"},
    "apologise": {"for"},
    "call": {"for"},
    "complain": {"about", "of"},
    "warn": {"of", "about", "against"},
    "boast": {"about", "of"},
    "brag": {"about"},
    "joke": {"about"},
    "comment": {"on"},
    "insist": {"on"},
    "argue": {"for", "against"},
    "speak": {"of"},
    "allude": {"to"},
    "hint": {"at"},
    "vouch": {"for"},
    "advocate": {"for"},
    "lash": {"out"},
    "rail": {"against"},
    "testify": {"about", "to"},
}
# "X was critical of …", "X is convinced that …": judgements stated with an adjective
ADJECTIVE = {
    "critical", "skeptical", "sceptical", "supportive", "confident", "certain", "sure", "optimistic",
    "pessimistic", "convinced", "adamant", "hopeful", "doubtful", "unsure", "fearful", "worried",
    "concerned", "proud", "disappointed", "upset", "angry", "furious", "outraged", "dismissive", "wary",
    "opposed", "insistent", "emphatic", "clear", "afraid", "grateful", "thankful", "unhappy",
}  # fmt: skip
# nouns that carry a clause: "his claim that …", "the report that …"
NOUN = {
    "claim", "statement", "report", "remark", "comment", "announcement", "warning", "assertion",
    "allegation", "suggestion", "argument", "insistence", "promise", "pledge", "vow", "threat",
    "prediction", "admission", "acknowledgment", "acknowledgement", "charge", "accusation", "testimony",
    "declaration", "contention", "belief", "view", "message", "word", "complaint", "tweet",
    "concession", "denial", "explanation", "observation", "reminder", "answer", "response", "reply",
}  # fmt: skip
# verbs that attribute a quotation next to them even when the parse attaches nothing to them ("“…,” he
# said.", "X added, “…”", "a sign read “…”")
SPEECH = CLAUSE | {"quote", "read", "chant", "interject", "mutter", "sing", "cry", "scream", "text", "email"}
