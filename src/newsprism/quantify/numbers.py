"""Numbers as news writes them, and the hedges around them, as intervals.

"20", "3,500", "twenty-five", "one and a half", "1.2 million", "a dozen", "5bn" are values; "more than",
"around", "up to" turn a value into an interval [low, high] where None is an open end.
"""

from __future__ import annotations

import re

SMALL = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "half": 0.5,
}  # fmt: skip
SCALE = {
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12,
}  # fmt: skip
_WORDS_OF_SCALE = ("hundred", "thousand", "million", "billion", "trillion")
# hedge -> (low factor, high factor); None = open on that side
HEDGES: dict[str, tuple[float | None, float | None]] = {
    "more than": (1, None), "over": (1, None), "well over": (1, None), "just over": (1, 1.15),
    "at least": (1, None), "no fewer than": (1, None), "no less than": (1, None), "upwards of": (1, None),
    "nearly": (0.9, 1), "almost": (0.9, 1), "just under": (0.9, 1), "close to": (0.9, 1),
    "around": (0.9, 1.1), "about": (0.9, 1.1), "approximately": (0.9, 1.1), "roughly": (0.9, 1.1),
    "some": (0.9, 1.1), "an estimated": (0.9, 1.1), "estimated": (0.9, 1.1), "up to": (None, 1),
    "less than": (None, 1), "under": (None, 1), "fewer than": (None, 1), "at most": (None, 1),
    "as many as": (None, 1), "as much as": (None, 1), "upward of": (1, None), "a minimum of": (1, None),
    "a maximum of": (None, 1), "above": (1, None), "below": (None, 1),
}  # fmt: skip
# "dozens of", "tens of thousands of": how many a plural of a round number means, as a closed interval
VAGUE = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
    "tens of thousands": (20000, 99999), "hundreds of thousands": (200000, 999999),
    "millions": (2e6, 9.99e6), "tens of millions": (2e7, 9.99e7), "hundreds of millions": (2e8, 9.99e8),
    "billions": (2e9, 9.99e9),
}  # fmt: skip

_UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
_TEEN_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TEN_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# a number in words as written: "twenty-five", "a dozen", "a two(-hour)", never two numbers run together
NUMBER_WORD = (
    rf"(?:(?:an?\s+)?(?:(?:{_TEN_WORDS})(?:[\s-](?:{_UNIT_WORDS}))?|{_TEEN_WORDS}|{_UNIT_WORDS}|dozen)"
    rf"|half\s+an?|an?|half)"
)
NUMBER = (
    rf"(?:\d[\d,]*(?:\.\d+)?|{NUMBER_WORD})"
    rf"(?:\s+(?:and\s+a\s+half|and\s+a\s+quarter))?(?:\s+(?:{'|'.join(_WORDS_OF_SCALE)})){{0,2}}"
)
HEDGE = "|".join(sorted((re.escape(h) for h in HEDGES), key=len, reverse=True))


def number(text: str) -> float | None:
    """'20' -> 20, 'two' -> 2, 'a two' -> 2, 'half an' -> 0.5, 'a dozen' -> 12, 'one and a half' -> 1.5,
    'seven hundred thousand' -> 700000, '1.2 million' -> 1.2e6, '5bn' -> 5e9."""
    text = text.lower().replace(",", "").strip()
    extra = 0.0
    for tail, value in (("and a half", 0.5), ("and a quarter", 0.25)):
        if text.endswith(tail):
            extra, text = value, text[: -len(tail)].strip()
    text = re.sub(r"(?<=\d)(bn|mn|tn|[kmb])\b", r" \1", text)  # "5bn" -> "5 bn"
    words = re.split(r"[\s-]+", text)
    if words[:1] in (["a"], ["an"]) and len(words) > 1:  # "a two-hour meeting", "a dozen"
        words = words[1:]
    if words in (["half", "a"], ["half", "an"]):
        return 0.5 + extra
    total = current = 0.0
    for word in words:
        if word in SCALE and (current or word in _WORDS_OF_SCALE):
            current = (current or 1.0) * SCALE[word]
            if SCALE[word] >= 1000:
                total, current = total + current, 0.0
            continue
        try:
            current += float(word) if word[:1].isdigit() else SMALL[word]
        except (KeyError, ValueError):
            return None
    return total + current + extra


def interval(value: float, hedge: str | None) -> tuple[float | None, float | None]:
    low_f, high_f = HEDGES.get((hedge or "").lower(), (1, 1))
    low = None if low_f is None else round(value * low_f, 3)
    high = None if high_f is None else round(value * high_f, 3)
    return low, high
