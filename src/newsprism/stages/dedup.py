"""Dedup: syndicated and near-identical copies found with MinHash LSH and marked `copy_of` the original.

Candidates come from MinHash LSH (datasketch, seeded) over `dedup.shingle`-word shingles, with bands of
three rows, so pairs well below the copy thresholds are still proposed (a copy with words changed, chrome
added or its ending cut). A candidate pair is a copy when the exact shingle sets overlap by
`dedup.threshold` (Jaccard) or the shorter text is `dedup.containment` contained in the longer one (a
trimmed ending). Copies link into groups; the original of a group is the earliest dated, then the longest,
then the first article. `copy_kind` says whether a copy repeats its own outlet (a duplicate, collapsed in
reports) or carries another outlet's text (syndication).

For incremental runs, `signature` gives an article's MinHash (`run` leaves it on `Article.signature` for a
store) and `find_copies(new, settings, earlier=[(article, signature), ...])` checks new articles against
earlier ones without hashing those again. Signatures compare only under the same shingle, num_perm and seed.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from urllib.parse import urlsplit

import numpy as np
import numpy.typing as npt
from datasketch import MinHash

from ..context import Context
from ..disjoint import DisjointSets
from ..model import Article, Report
from ..settings import DedupSettings

NAME = "dedup"
LEVEL = "corpus"
REQUIRES = {"articles"}
PROVIDES = {"copy_of", "copy_kind"}

SCHEME = "affine32"  # datasketch's MinHash scheme; a stored signature is read back under the same one
# Three MinHash values per LSH band (num_perm / 3 bands): with two, text that many unrelated articles share
# proposes them in pairs by the million (bench_dedup's large corpus of 20,000, a fifth with one wire footer:
# 1.8 million candidate pairs instead of 21,000); with four, recall on the benchmark pool fell to 0.987.
BAND_ROWS = 3
_WORD = re.compile(r"\w+")

Signature = npt.NDArray[np.uint32]


def shingles(text: str, size: int) -> set[str]:
    """Lowercased runs of `size` words; a text of `size` words or fewer is one shingle, no words none."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def shingle_hashes(text: str, size: int) -> npt.NDArray[np.uint32]:
    """The shingles as sorted distinct 32-bit hashes (CRC-32: stable across runs and machines)."""
    hashes = [zlib.crc32(shingle.encode("utf-8")) for shingle in shingles(text, size)]
    return np.unique(np.array(hashes, dtype=np.uint32))


@lru_cache(maxsize=4)
def _permutations(num_perm: int, seed: int) -> tuple[npt.NDArray[np.uint32], npt.NDArray[np.uint32]]:
    """datasketch's seeded permutations, drawn once instead of once per article."""
    a, b = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME).permutations
    return a, b


def _identity(value: int) -> int:
    return value


def _minhash(hashes: npt.NDArray[np.uint32], settings: DedupSettings) -> MinHash:
    minhash = MinHash(
        num_perm=settings.num_perm,
        seed=settings.seed,
        hashfunc=_identity,  # the shingles are hashed already
        permutations=_permutations(settings.num_perm, settings.seed),
        scheme=SCHEME,
    )
    minhash.update_batch(hashes.tolist())
    return minhash


def signature(text: str, settings: DedupSettings, hashes: npt.NDArray[np.uint32] | None = None) -> Signature:
    """The MinHash of a text's shingles (`hashes`, when the caller has them already), to keep beside the
    article for later incremental runs."""
    if hashes is None:
        hashes = shingle_hashes(text, settings.shingle)
    values: Signature = _minhash(hashes, settings).hashvalues
    return values


def is_copy(a: npt.NDArray[np.uint32], b: npt.NDArray[np.uint32], settings: DedupSettings) -> bool:
    """Whether two texts, as shingle hashes, are copies: near-identical (Jaccard) or one holding the
    other (containment of the shorter)."""
    if not len(a) or not len(b):
        return False
    shared = len(np.intersect1d(a, b, assume_unique=True))
    near_identical = shared >= settings.threshold * (len(a) + len(b) - shared)
    return near_identical or shared >= settings.containment * min(len(a), len(b))


def _original_rank(article: Article, number: int, first_new: int) -> tuple[bool, str, int, int]:
    """Earlier articles first (a store's rows keep their roles), then earliest dated, longest, first."""
    return (number >= first_new, article.date or "9999", -len(article.text), number)


def _candidate_pairs(
    articles: Sequence[Article], hashvalues: Sequence[Signature], first_new: int, settings: DedupSettings
) -> Iterator[tuple[int, int]]:
    """(earlier, later) article numbers whose MinHash agrees on a whole band, for every later one from
    `first_new` on. The bands are grouped with numpy, one band at a time: datasketch's MinHashLSH keeps a
    Python set per band and key, over 2 GB at 100,000 articles; this keeps the signatures only."""
    numbers = np.asarray([n for n, article in enumerate(articles) if _WORD.search(article.text)])
    if len(numbers) < 2:
        return  # empty texts share one empty MinHash and are never copies
    values = np.asarray([hashvalues[n] for n in numbers], dtype=np.uint32)
    whole_band = np.dtype((np.void, 4 * BAND_ROWS))
    for band in range(settings.num_perm // BAND_ROWS):
        rows = np.ascontiguousarray(values[:, band * BAND_ROWS : (band + 1) * BAND_ROWS])
        _, labels = np.unique(rows.view(whole_band).ravel(), return_inverse=True)
        order = np.argsort(labels, kind="stable")  # members of a bucket stay in article order
        ordered = labels[order]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        ends = np.r_[starts[1:], len(order)]
        shared = ends - starts > 1
        for start, end in zip(starts[shared], ends[shared], strict=True):
            bucket = numbers[order[start:end]]
            for j in range(int(np.searchsorted(bucket, first_new)), len(bucket)):
                later = int(bucket[j])
                yield from ((int(earlier), later) for earlier in bucket[:j])


def _linked(
    articles: Sequence[Article],
    hashvalues: Sequence[Signature],
    first_new: int,
    settings: DedupSettings,
    new_hashes: Sequence[npt.NDArray[np.uint32]],
) -> DisjointSets:
    """Articles grouped by verified copy pairs, and the earlier ones also by their stored `copy_of`."""
    linked = DisjointSets(len(articles))
    position = {article.id: n for n, article in enumerate(articles)}
    for n, article in enumerate(articles[:first_new]):
        if article.copy_of in position:
            linked.union(n, position[article.copy_of])

    @cache
    def hashes(n: int) -> npt.NDArray[np.uint32]:
        return (
            new_hashes[n - first_new]
            if n >= first_new
            else shingle_hashes(articles[n].text, settings.shingle)
        )

    for earlier, later in _candidate_pairs(articles, hashvalues, first_new, settings):
        # a pair met again in another band, or already joined through others, needs no second look
        if linked.find(earlier) != linked.find(later) and is_copy(hashes(earlier), hashes(later), settings):
            linked.union(earlier, later)
    return linked


def find_copies(
    articles: Sequence[Article],
    settings: DedupSettings,
    earlier: Sequence[tuple[Article, Signature]] = (),
    signatures: Sequence[Signature] | None = None,
    hashes: Sequence[npt.NDArray[np.uint32]] | None = None,
) -> dict[str, str]:
    """Map copy id -> original id for the copies among `articles`.

    `earlier`: articles of past runs with their stored signatures (and `copy_of`), not hashed again; a new
    article copying one of them maps to that group's earlier original, and earlier articles keep their
    roles. `signatures` and `hashes` (shingle hashes): those of `articles`, when the caller has computed
    them already (to store the signatures), so no text is hashed twice.
    """
    if hashes is None:
        hashes = [shingle_hashes(article.text, settings.shingle) for article in articles]
    if signatures is None:
        signatures = [signature(a.text, settings, h) for a, h in zip(articles, hashes, strict=True)]
    for given, name in ((signatures, "signatures"), (hashes, "hashes")):
        if len(given) != len(articles):
            raise ValueError(f"{len(given)} {name} for {len(articles)} articles")
    everyone = [article for article, _ in earlier] + list(articles)
    hashvalues = [values for _, values in earlier] + list(signatures)
    first_new = len(earlier)
    copies: dict[str, str] = {}
    for members in _linked(everyone, hashvalues, first_new, settings, hashes).groups():
        original = min(members, key=lambda i: _original_rank(everyone[i], i, first_new))
        for i in members:
            if i >= first_new and i != original:
                copies[everyone[i].id] = everyone[original].id
    return copies


def _domain(article: Article) -> str | None:
    address = article.url or article.path
    host = urlsplit(address).hostname if "://" in address else None
    return host.removeprefix("www.") if host else None


def copy_kind(copy: Article, original: Article) -> str:
    """A copy of its original's own outlet (case aside) is a `duplicate`, of another outlet's text a
    `syndication`; with an outlet unknown, only two different web domains (url, else path) tell."""
    if copy.outlet and original.outlet:
        return "duplicate" if copy.outlet.casefold() == original.outlet.casefold() else "syndication"
    domains = {_domain(copy), _domain(original)}
    return "syndication" if None not in domains and len(domains) == 2 else "duplicate"


def run(report: Report, ctx: Context) -> Report:
    """Mark copies among the articles and, with a store, of the articles it holds from earlier runs;
    each article keeps its signature for the store."""
    settings = ctx.settings.dedup
    hashes = [
        shingle_hashes(a.text, settings.shingle) for a in ctx.progress.iterate(report.articles, "dedup")
    ]
    signatures = [signature(a.text, settings, h) for a, h in zip(report.articles, hashes, strict=True)]
    earlier = ctx.store.signatures() if ctx.store is not None else []
    copies = find_copies(report.articles, settings, earlier, signatures, hashes)
    by_id = {article.id: article for article, _ in earlier} | {
        article.id: article for article in report.articles
    }
    for article, values in zip(report.articles, signatures, strict=True):
        article.signature = values
        article.copy_of = copies.get(article.id)
        article.copy_kind = copy_kind(article, by_id[article.copy_of]) if article.copy_of else None
    if copies:
        ctx.progress.info(f"dedup: {len(copies)} copies of other articles")
    return report
