"""Dedup: syndicated and near-identical copies found with MinHash LSH and marked `copy_of` the original.

Candidates come from LSH on word shingles; a candidate pair is a copy when the shingle sets overlap by
`dedup.threshold` (Jaccard) or the shorter text is `dedup.containment` contained in the longer one
(a copy with a trimmed ending). The original is the earliest dated copy, then the longest, then the first.
"""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH, MinHashLSHEnsemble

from ..context import Context
from ..disjoint import DisjointSets
from ..model import Article, Report

NAME = "dedup"
LEVEL = "corpus"
REQUIRES = {"articles"}
PROVIDES = {"copy_of"}

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int) -> set[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def _original_rank(article: Article, order: int) -> tuple[str, int, int]:
    return (article.date or "9999", -len(article.text), order)


def find_copies(
    articles: list[Article], size: int, num_perm: int, threshold: float, containment: float, seed: int
) -> dict[str, str]:
    """Map copy id -> original id."""
    sets = [shingles(a.text, size) for a in articles]
    hashes = []
    for shingle_set in sets:
        minhash = MinHash(num_perm=num_perm, seed=seed)
        for shingle in shingle_set:
            minhash.update(shingle.encode("utf-8"))
        hashes.append(minhash)
    # Near duplicates by Jaccard; trimmed copies by containment of the shorter text in the longer one.
    near = MinHashLSH(threshold=threshold, num_perm=num_perm)
    inside = MinHashLSHEnsemble(threshold=containment, num_perm=num_perm)
    for number, minhash in enumerate(hashes):
        near.insert(str(number), minhash)
    inside.index((str(n), h, len(sets[n])) for n, h in enumerate(hashes) if sets[n])
    linked = DisjointSets(len(articles))
    for i, minhash in enumerate(hashes):
        if not sets[i]:
            continue
        for key in {*near.query(minhash), *inside.query(minhash, len(sets[i]))}:
            j = int(key)
            if j == i or not sets[j]:
                continue
            shared = len(sets[i] & sets[j])
            jaccard = shared / len(sets[i] | sets[j])
            contained = shared / min(len(sets[i]), len(sets[j]))
            if jaccard >= threshold or contained >= containment:
                linked.union(j, i)
    copies: dict[str, str] = {}
    for members in linked.groups():
        if len(members) < 2:
            continue
        original = min(members, key=lambda i: _original_rank(articles[i], i))
        for i in members:
            if i != original:
                copies[articles[i].id] = articles[original].id
    return copies


def run(report: Report, ctx: Context) -> Report:
    s = ctx.settings.dedup
    copies = find_copies(report.articles, s.shingle, s.num_perm, s.threshold, s.containment, s.seed)
    for article in report.articles:
        article.copy_of = copies.get(article.id)
    if copies:
        ctx.progress.info(f"dedup: {len(copies)} copies of other articles")
    return report
