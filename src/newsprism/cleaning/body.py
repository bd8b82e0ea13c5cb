"""The article's block of lines in a whole web page flattened to text (menus, teasers, comments and all).

Each kept line scores its word count when it reads as prose (long, or a full sentence) and a penalty
when it does not (menu items, headlines of other stories, bullet lists of links, site chrome); a line
that opens a comments section or a list of related stories is a boundary no block crosses.
The blocks of best total score are found as maximum-sum runs; the article is the best one after a
prior for coming earlier on the page, as articles come before their comments and link lists.

The constants were chosen on the 181 pages of ../shared/data/extraction flattened with inscriptis
(bench/bench_extraction.py): 12/12 held up on both halves of the pages (F1 0.916 and 0.887 with table
rows counted), where the best setting on one half fell to 0.866 on the other.
"""

from __future__ import annotations

import re

_PROSE_WORDS = 12  # a line this long is prose even without a closing full stop
_SHORT_PENALTY = 12  # what a non-prose line costs beyond its own words
_BOUNDARY = -1_000_000  # no block crosses a line that opens comments or a list of other stories
_EARLY_PRIOR = 0.9  # a block starting at the end of the page keeps 10% of its score
_SECTION_OPENER = re.compile(
    r"^(comments?|\d+ comments?|leave a (reply|comment)|related( \w+)?|you (may|might) also like"
    r"|more (stories|from)\b.{0,40}|tags?:?|about the author|recommended.{0,20}|trending.{0,10}"
    r"|most (read|popular).{0,10}|read (more|next))\W*$",
    re.I,
)
_COMMENT_HEADER = re.compile(
    r"^(\*\s*)?\S.{0,60}\b(on|said)\b.{0,40}\d{1,2}:\d{2}\s*([ap]\.?m\.?)?.{0,10}(said:?)?$"
    r"|^(\d+\.\s*)?\S{1,40} (says|said|wrote|writes):$"
    r"|^.{0,40}\b(\d+|a few|an?) (minutes?|hours?|days?|weeks?|months?|years?) ago$",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?\"”…)»]$")
_BULLET = re.compile(r"^[*•·–»-]\s")
_TEASER_GLUE = re.compile(
    r"[a-z0-9][A-Z][a-z]"
)  # "…SteakhouseA party of six…": a headline run into its teaser
_COLUMN_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
_COUNT_END = re.compile(r"\(\d+\)$")  # "Week 12 power rankings (133)": a link with a comment count


def is_table_row(raw_line: str) -> bool:
    """A line laid out in columns (cells apart by runs of spaces), as text renderers write table rows."""
    return len(_COLUMN_GAP.findall(raw_line.strip())) >= 2


def line_score(line: str, words: int, chrome: bool, table_row: bool = False) -> int:
    """How much a line adds to the block it is in: its words if it reads as prose, else a penalty;
    a table row adds a little, so a table inside the article stays in it."""
    if _SECTION_OPENER.match(line) or _COMMENT_HEADER.match(line):
        return _BOUNDARY
    if chrome:
        return -(_SHORT_PENALTY + words)
    if table_row:
        return max(1, _prose_score(line, words))
    return _prose_score(line, words)


def _prose_score(line: str, words: int) -> int:
    prose = words >= _PROSE_WORDS or (words >= 5 and bool(_SENTENCE_END.search(line)))
    if _COUNT_END.search(line):
        prose = False
    if _BULLET.match(line) and (_TEASER_GLUE.search(line) or words < 12 or not _SENTENCE_END.search(line)):
        prose = False
    return words if prose else -(_SHORT_PENALTY + words)


def _best_run(scores: list[int], low: int, high: int) -> tuple[int, int, int]:
    best, total, start = (0, low, low), 0, low
    for i in range(low, high):
        if total <= 0:
            total, start = 0, i
        total += scores[i]
        if total > best[0]:
            best = (total, start, i + 1)
    return best


def article_block(scores: list[int]) -> tuple[int, int] | None:
    """(start, end) of the block of lines most likely to be the article, or None when no line is prose."""
    runs: list[tuple[int, int, int]] = []
    pending = [(0, len(scores))]
    while pending:
        low, high = pending.pop()
        total, start, end = _best_run(scores, low, high)
        if total > 0:
            runs.append((total, start, end))
            pending += [(low, start), (end, high)]
    if not runs:
        return None
    n = len(scores)
    _, start, end = max(runs, key=lambda r: r[0] * (1 - _EARLY_PRIOR * r[1] / n))
    return start, end


def looks_like_whole_page(scores: list[int]) -> bool:
    """Many short, non-prose lines: a page flattened to text rather than an article with a little chrome."""
    lines = [s for s in scores if s != 0]
    return len(lines) >= 15 and sum(s < 0 for s in lines) >= 0.3 * len(lines)
