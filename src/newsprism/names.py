"""Name handling shared by clustering and entity resolution: titles, possessives and comparison keys."""

from __future__ import annotations

import re
import unicodedata

# Honorifics stay part of how an outlet names a person ("Ayatollah Ali Khamenei", "King Abdullah II").
HONORIFICS = {
    "ayatollah", "grand", "seyyed", "sayyid", "sayed", "syed", "sheikh", "shaikh", "imam", "hojatoleslam",
    "mullah", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "king",
    "queen", "prince", "princess", "emir", "sultan", "pope", "rev", "reverend", "father", "sister", "saint",
    "st", "his", "her", "excellency", "majesty", "highness", "holiness", "comrade", "mx",
}  # fmt: skip
# Offices describe a role; an outlet's choice of them is framing ("Supreme Guide", "Russian President").
OFFICES = {
    "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "general", "gen",
    "spokesman", "spokeswoman", "spokesperson", "leader", "supreme", "guide", "senator", "sen", "rep",
    "representative", "governor", "gov", "mayor", "judge", "justice", "chief", "commander", "colonel",
    "col", "lt", "captain", "capt", "admiral", "director", "chairman", "chairwoman", "chair", "ceo",
    "ambassador", "envoy", "deputy", "foreign", "defense", "defence", "interior", "finance", "head",
    "speaker", "monarch", "crown", "acting", "former", "state", "attorney", "advisor", "adviser",
    "official", "aide", "officer", "sergeant", "sgt", "ruler", "dictator", "strongman", "regime",
}  # fmt: skip
# Folded words that name the same office as another: "Gov." and "Governor", "spokeswoman" and "spokesman"
SAME_OFFICE = {
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair",
    "gen": "general", "sen": "senator", "rep": "representative", "gov": "governor", "defense": "defence",
    "sgt": "sergeant", "capt": "captain", "col": "colonel",
}  # fmt: skip
# Other names of a country -> the folded name it goes by; applied only when a story uses that name too.
ALIASES = {
    "us": "united states", "u s": "united states", "usa": "united states", "america": "united states",
    "united states of america": "united states", "uk": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom", "islamic republic of iran": "iran", "islamic republic": "iran",
    "russian federation": "russia", "peoples republic of china": "china", "prc": "china",
    "dprk": "north korea", "uae": "united arab emirates", "republic of korea": "south korea",
}  # fmt: skip
_ACRONYM = re.compile(r"(?:[A-Z]\.?){2,6}")
# words a name's initials skip: "Federal Bureau of Investigation" is FBI
_UNINITIALLED = {"of", "the", "and", "for", "on", "in", "at", "to", "&"}
_POSSESSIVE = re.compile(r"(['’]s|['’])$")
_LEADING_THE = re.compile(r"^(the|a|an)\s+", re.I)
# a title that tells a person's sex, opening a name: "Mr. Morsi" (group 1 set), "Ms. Ashton", "Mrs Wilson";
# and the same right before a name
_SEX_TITLE = r"(?:(Mr)|Ms|Mrs|Miss)\.?"
SEX_TITLE = re.compile(rf"{_SEX_TITLE}\s")
SEX_TITLE_BEFORE = re.compile(rf"\b{_SEX_TITLE}\s+$")


def strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip())


def fold(text: str) -> str:
    """Lowercase ASCII comparison form: accents, apostrophes and punctuation do not make names differ."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"['’`‘]", "", text.lower())
    return re.sub(r"[^\w]+", " ", text).strip()


def is_title_word(word: str) -> bool:
    key = fold(word).rstrip(".")
    return key in HONORIFICS or key in OFFICES


def name_tokens(text: str) -> list[str]:
    """The words of a name with leading articles, titles, offices and possessives removed."""
    words = strip_possessive(_LEADING_THE.sub("", text.strip())).split()
    while words and is_title_word(words[0]):
        words.pop(0)
    return words


def name_key(text: str) -> str:
    """Comparison key for a non-person name: `the Kremlin` and `Kremlin’s` give `kremlin`."""
    return fold(strip_possessive(_LEADING_THE.sub("", text.strip())))


# Demonyms that do not begin with their country's name (most do: Iranian, Russian, Syrian, Iraqi).
_DEMONYMS = {
    "french": "france", "british": "britain", "turkish": "turkey", "dutch": "netherlands",
    "swiss": "switzerland", "greek": "greece", "spanish": "spain", "polish": "poland", "danish": "denmark",
    "swedish": "sweden", "finnish": "finland", "irish": "ireland", "scottish": "scotland",
    "welsh": "wales", "lebanese": "lebanon", "chinese": "china", "ukrainian": "ukraine",
    "filipino": "philippines", "emirati": "united arab emirates", "saudi": "saudi arabia",
    "vietnamese": "vietnam", "japanese": "japan", "sudanese": "sudan", "norwegian": "norway",
}  # fmt: skip


def same_nation(a: str, b: str) -> bool:
    """Whether two folded words name one country, as a name or a demonym ("iranian" and "iran")."""
    a, b = _DEMONYMS.get(a, a), _DEMONYMS.get(b, b)
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 4 and longer.startswith(shorter) and len(longer) - len(shorter) <= 4


def acronym(text: str) -> str | None:
    """The letters of a name written as an acronym ("NCAA", "F.B.I."), or None."""
    text = strip_possessive(text.strip())
    return text.replace(".", "") if _ACRONYM.fullmatch(text) else None


def initials(text: str) -> str:
    """The initials of a name's words, small function words aside: "National Collegiate Athletic
    Association" gives "NCAA"."""
    words = strip_possessive(_LEADING_THE.sub("", text.strip())).replace("-", " ").split()
    return "".join(w[0].upper() for w in words if w.lower() not in _UNINITIALLED and w[0].isalpha())


def capital_inside(word: str, text: str, alone: bool = False) -> bool:
    """Whether the text writes the word with its capital inside a sentence, after a word in small letters
    ("on Twitter"): a name, where a capital opening a sentence tells nothing; where `alone` is set, with no
    capitalized word after it (not "the World Health Organization" for "World")."""
    after = r"(?!\s+[A-Z])" if alone else ""
    return re.search(rf"\b[a-z][\w’'-]*[,;:]?\s+{re.escape(word)}\b{after}", text) is not None
