"""Whether a summary sentence says only what its cited evidence says.

Every content word, name and number of a summary sentence must be found in what it cites:
- the evidence it stands on (its units' evidence spans, or the sentences holding a conflict's values);
- the names of the entities mentioned in that evidence, so that "Ali Khamenei" may stand for "the Leader of
  the Islamic Revolution" there;
- the names of the outlets it attributes to ("According to Asharq Al-Awsat, …");
- the summary's own few words for attributing and contrasting (`FRAME_WORDS`: "according", "puts",
  "length", "denial"), which carry no news of their own.
Function words need no support. Words match by a light stem, so an inflection matches its stem
("meetings" and "meeting", "rejected" and "rejects", "said" and "says"), and numbers match exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_]+(?:['’][^\W\d_]+)?")
# The summary's own words: attribution, contrast and the names of what a conflict measures.
FRAME_WORDS = {
    "according", "report", "reports", "reported", "puts", "put", "gives", "give", "differ", "differs",
    "accounts", "outlet", "outlets", "states", "state", "denial", "denies", "deny", "length", "number",
    "amount", "share", "age", "date", "toll", "time", "rank", "office", "since", "last", "said", "says",
    "who", "where", "held", "version", "distance",
}  # fmt: skip
# irregular forms of verbs news is told in, by the verb: "died" and "dies", "won" and "wins" are one word
_FORMS = {
    "say": "said says", "meet": "met", "give": "gave given", "hold": "held", "die": "died dies dying",
    "win": "won", "lead": "led", "tell": "told", "take": "took taken", "send": "sent",
    "speak": "spoke spoken", "write": "wrote written", "pay": "paid", "sell": "sold", "buy": "bought",
    "bring": "brought", "begin": "began begun", "become": "became", "come": "came", "go": "went gone",
    "know": "knew known", "think": "thought", "keep": "kept", "seek": "sought", "stand": "stood",
    "strike": "struck", "choose": "chose chosen", "flee": "fled", "break": "broke broken",
    "drive": "drove driven", "fly": "flew flown", "grow": "grew grown", "throw": "threw thrown",
    "draw": "drew drawn", "see": "saw seen", "fight": "fought", "catch": "caught", "teach": "taught",
    "feel": "felt", "build": "built", "spend": "spent", "hear": "heard", "swear": "swore sworn",
    "steal": "stole stolen", "lose": "lost", "run": "ran", "sit": "sat", "lie": "lied lies lying",
    "tie": "tied ties", "rise": "rose risen", "fall": "fell fallen", "deal": "dealt", "hide": "hid hidden",
    "forget": "forgot forgotten",
}  # fmt: skip
_IRREGULAR = {form: verb for verb, forms in _FORMS.items() for form in forms.split()}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light stem: lowercase, no possessive, an irregular verb's form as the verb (`_FORMS`), common
    inflections and a final e off ("meetings" -> "meeting", "rejected" -> "reject", "countries" ->
    "country", "accused" and "accuse" -> "accus", "died" and "dies" -> "die")."""
    word = word.lower().replace("’", "'")
    word = re.sub(r"'s?$", "", word)
    word = _IRREGULAR.get(word, word)
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + replacement
            break
    # a final e goes too, so that "accuse" and "accused", "state" and "states" meet
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


def content_words(text: str) -> list[str]:
    """The words and numbers of a text that carry content: no function words, no punctuation."""
    return [t for t in _TOKEN.findall(text) if t.lower() not in STOP_WORDS and t.lower().strip("'’") != "s"]


def _is_number(token: str) -> bool:
    return token[:1].isdigit()


def unsupported(sentence: str, evidence: Iterable[str], names: Iterable[str] = ()) -> list[str]:
    """The content words and numbers of `sentence` found neither in `evidence` nor in `names` nor among the
    summary's frame words; empty when the sentence is fully supported."""
    pool = " ".join([*evidence, *names])
    stems = {stem(t) for t in _TOKEN.findall(pool)}
    numbers = {t.replace(",", "") for t in _TOKEN.findall(pool) if _is_number(t)}
    missing = []
    for token in content_words(sentence):
        if _is_number(token):
            if token.replace(",", "").rstrip(".") not in numbers:
                missing.append(token)
        elif token.lower() not in FRAME_WORDS and stem(token) not in stems:
            missing.append(token)
    return missing


def carried(sentence: str, evidence: Iterable[str], names: Iterable[str] = ()) -> float:
    """The share of the sentence's content words and numbers (frame words aside) that the evidence and the
    names carry: 1.0 for a sentence that says only what the evidence says."""
    checked = [t for t in content_words(sentence) if t.lower() not in FRAME_WORDS]
    if not checked:
        return 1.0
    return 1 - len(unsupported(sentence, evidence, names)) / len(checked)
