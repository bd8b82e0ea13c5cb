"""Quotation marks: where quotations open and close, across the conventions news text uses.

Double marks (“…”, "…", «…», „…“) and single ones (‘…’, '…') open a quotation; a single mark opens
only at the start of a word and closes only at the end of one, so apostrophes ("Iran’s", "don’t") never
do. A quotation nested in another stays inside it. A quotation that runs over several paragraphs
follows the printed convention: its paragraphs open with a mark and only the last one closes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_CLOSER = {"“": "”", "„": "“", "«": "»", "‹": "›", '"': '"', "‘": "’", "'": "'"}
_SINGLE = {"‘", "'"}
_BEFORE_OPENER = set(' \t\n([{—–-/“"«„:;,')


@dataclass(frozen=True)
class Quotation:
    """One quotation: a piece per paragraph it covers, marks included; `inner` is the words alone."""

    pieces: tuple[tuple[int, int], ...]
    closed: bool = True

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def inner(self, text: str) -> list[tuple[int, int]]:
        """Each piece without its marks, surrounding spaces, and the comma American style puts inside the
        closing mark (“…,” she said)."""
        spans = []
        for number, (start, end) in enumerate(self.pieces):
            last = number == len(self.pieces) - 1
            start += 1
            if last and self.closed:
                end -= 1
            while start < end and text[start].isspace():
                start += 1
            while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
                end -= 1
            spans.append((start, end))
        return spans


def _opens(text: str, i: int) -> bool:
    ch = text[i]
    if ch not in _CLOSER:
        return False
    if ch in _SINGLE:
        before_ok = i == 0 or text[i - 1] in _BEFORE_OPENER
        return before_ok and i + 1 < len(text) and text[i + 1].isalnum()
    return True


def _close(text: str, opener: str, start: int, end: int) -> int | None:
    """Offset of the mark closing `opener` in text[start:end], or None."""
    closer = _CLOSER[opener]
    i = start
    while i < end:
        ch = text[i]
        if ch == closer:
            if opener not in _SINGLE:
                return i
            after = text[i + 1] if i + 1 < len(text) else " "
            if not text[i - 1].isspace() and not after.isalnum():
                return i
        elif opener in _SINGLE and ch in _CLOSER and ch not in _SINGLE and _opens(text, i):
            nested = _close(text, ch, i + 1, end)  # a double quotation inside a single one
            if nested is not None:
                i = nested
        i += 1
    return None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines, as (start, end) with surrounding spaces trimmed: the paragraphs of cleaned text."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def quotations(text: str) -> list[Quotation]:
    """Every quotation in the text, in order; a quotation left open at a paragraph's end continues only
    when the next paragraph opens with the same mark, and is dropped otherwise."""
    found: list[Quotation] = []
    pending: list[tuple[int, int]] = []
    pending_mark = ""
    for p_start, p_end in paragraphs(text):
        i = p_start
        if pending:
            if text[p_start] == pending_mark:
                close = _close(text, pending_mark, p_start + 1, p_end)
                if close is None:
                    pending.append((p_start, p_end))
                    continue
                pending.append((p_start, close + 1))
                found.append(Quotation(tuple(pending)))
                i = close + 1
            pending = []
        while i < p_end:
            if not _opens(text, i):
                i += 1
                continue
            mark = text[i]
            close = _close(text, mark, i + 1, p_end)
            if close is not None:
                found.append(Quotation(((i, close + 1),)))
                i = close + 1
                continue
            if mark not in _SINGLE:
                pending, pending_mark = [(i, p_end)], mark
                break
            i += 1
    return found


def quote_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph's piece of a quotation, marks included."""
    return list(_regions(text))


@functools.lru_cache(maxsize=256)
def _regions(text: str) -> tuple[tuple[int, int], ...]:
    # the summary asks for one article's quotations for every clause it words: found once per text
    return tuple(piece for quotation in quotations(text) for piece in quotation.pieces)
