"""Near-duplicate detection scored on copies made from real articles (../shared/data), among real
same-story articles that are not copies.

The pool: every source article of BASIL (events × three outlets), NeuS (left/center/right triplets),
Multi-News (clusters of one event) and PolNeAR (political news), plus seeded copies of a sample of them
(originals of at least `MIN_WORDS` words). Each copy is one of `KINDS`:

- `chrome`: site chrome lines added (navigation, share, newsletter, copyright), a different byline, a
  short caption or dateline line of the original taken away;
- `trim`: the last 1–3 paragraphs cut, or 20–40% of the words when paragraphs are too few or too short;
- `headline`: another headline on a line above the same text;
- `words`: 10% of the words substituted, deleted or inserted;
- `combined`: chrome, trim and 5% of the words together.

Gold: a copy, its original and the original's other copies are one group; every other pair is not. The
other articles of the same event, triplet or cluster (`topic`) are the hard negatives. Source articles
that already share half their 8-word shingles with another source article are copies inside the source
data itself (a wire story carried twice, one Twitter or web-archive page in several clusters) and are left
out, so gold never calls two copies distinct.

Scores are pairwise: precision and recall over pairs placed in one group; per kind, the share of copies
found in their original's group; and the false positives among hard-negative pairs.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from math import comb
from pathlib import Path
from typing import Any

from ..model import Article
from ..stages.dedup import shingles

KINDS = ("chrome", "trim", "headline", "words", "combined")
ORIGINALS_PER_DATASET = 75  # the benchmark's pool: 300 originals, 600 copies
POOL_SEED = 1
MIN_WORDS = 80
WORD_EDIT_RATE = 0.10
COMBINED_WORD_EDIT_RATE = 0.05
SOURCE_COPY_SHINGLE = 8
SOURCE_COPY_CONTAINMENT = 0.5

_VOCABULARY_WORD = re.compile(r"[a-z]{3,}")

OUTLETS = ("Northgate Herald", "Daily Courier", "Metro Tribune", "Harbor Gazette", "Valley Times")
SECTIONS = ("Politics", "World", "U.S.", "Business", "Opinion", "Nation")
FIRST_NAMES = ("Maria", "James", "Aisha", "Tom", "Elena", "David", "Priya", "Samuel", "Grace", "Omar")
LAST_NAMES = ("Okafor", "Lindqvist", "Moreno", "Chen", "Walsh", "Haddad", "Novak", "Brennan", "Sato")
HEADER_LINES = (
    "Home > {section} > Latest",
    "Advertisement",
    "Skip to main content",
    "Menu Search Subscribe Sign in",
    "Share on Facebook Share on Twitter Share via Email",
    "Listen to this article",
    "{outlet} | {section}",
    "Updated {day} {month} {year}",
)
FOOTER_LINES = (
    "© {year} {outlet}. All rights reserved.",
    "Read more: {section} news from {outlet}",
    "Sign up for our daily newsletter to get the latest headlines",
    "Share this article",
    "Follow us on Twitter and Facebook",
    "Copyright {year} {outlet}. This material may not be published, broadcast, rewritten or redistributed.",
    "Report an error",
    "Advertisement",
)
BYLINES = ("By {first} {last}", "By {first} {last}, {outlet}", "{first} {last} | {outlet}")
MONTHS = ("January", "March", "May", "July", "September", "November")


@dataclass(frozen=True)
class Document:
    """One article of the pool: `original` is the id of the source article it is (itself, or the one it
    copies), `topic` the event, triplet or cluster it belongs to (None: none known), `kind` its copy kind."""

    id: str
    text: str
    original: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    topic: str | None = None
    kind: str | None = None


@dataclass(frozen=True)
class Scores:
    documents: int
    copies: int
    gold_pairs: int
    predicted_pairs: int
    precision: float
    recall: float
    f1: float
    recall_by_kind: dict[str, float]
    copies_by_kind: dict[str, int]
    hard_negative_pairs: int
    hard_negative_false_positives: int
    false_positives: int


def words(text: str) -> int:
    return len(text.split())


def _read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        yield from (json.loads(line) for line in handle if line.strip())


def load_sources(data: Path) -> list[Document]:
    """Every article of the four datasets under `data` (../shared/data), as source documents."""
    found: list[Document] = []
    for row in _read_jsonl(data / "stories" / "basil.jsonl"):
        doc_id = f"basil:{row['event_id']}:{row['outlet']}"  # four rows have article_id "empty"
        event = f"basil:{row['event_id']}"
        found.append(Document(doc_id, row["text"], doc_id, row["title"], row["outlet"], row["date"], event))
    for row in _read_jsonl(data / "stories" / "neus_test.jsonl"):
        for number, article in enumerate(row["articles"]):
            doc_id = f"neus:{row['id']}:{number}"
            triplet = f"neus:{row['id']}"
            found.append(Document(doc_id, article["text"], doc_id, article["title"], topic=triplet))
    for row in _read_jsonl(data / "summaries" / "multi_news.jsonl"):
        for number, text in enumerate(row["documents"]):
            doc_id = f"multi_news:{row['id']}:{number}"
            found.append(Document(doc_id, text, doc_id, topic=f"multi_news:{row['id']}"))
    for row in _read_jsonl(data / "quotes" / "polnear.jsonl.gz"):
        doc_id = f"polnear:{row['doc_id']}"
        found.append(Document(doc_id, row["text"], doc_id, row["title"], row["publisher"], row["date"]))
    return found


def without_source_copies(sources: Sequence[Document]) -> list[Document]:
    """The source documents less those sharing `SOURCE_COPY_CONTAINMENT` of their 8-word shingles with an
    earlier-listed one (exact repeats included): copies inside the source data itself."""
    sets = [shingles(doc.text, SOURCE_COPY_SHINGLE) for doc in sources]
    holders: dict[str, list[int]] = defaultdict(list)
    for number, shingle_set in enumerate(sets):
        for shingle in shingle_set:
            holders[shingle].append(number)
    kept = []
    for number, shingle_set in enumerate(sets):
        shared = Counter(other for s in shingle_set for other in holders[s] if other < number)
        smaller = {other: min(len(shingle_set), len(sets[other])) for other in shared}
        if not any(count >= SOURCE_COPY_CONTAINMENT * smaller[other] for other, count in shared.items()):
            kept.append(sources[number])
    return kept


def vocabulary(sources: Iterable[Document]) -> list[str]:
    """Words for substitutions and insertions, sorted so a seed gives the same words on any machine."""
    return sorted({w for doc in sources for w in _VOCABULARY_WORD.findall(doc.text.lower())})


def _chrome_values(rng: random.Random) -> dict[str, str]:
    return {
        "outlet": rng.choice(OUTLETS),
        "section": rng.choice(SECTIONS),
        "first": rng.choice(FIRST_NAMES),
        "last": rng.choice(LAST_NAMES),
        "year": str(rng.randint(2010, 2020)),
        "day": str(rng.randint(1, 28)),
        "month": rng.choice(MONTHS),
    }


def with_chrome(text: str, rng: random.Random) -> str:
    """Header lines and a byline above, footer lines below; a short first line (caption, dateline) taken
    away half the time."""
    values = _chrome_values(rng)
    paragraphs = text.split("\n\n")
    if len(paragraphs) > 1 and words(paragraphs[0]) <= 15 and rng.random() < 0.5:
        paragraphs = paragraphs[1:]
    header = [line.format(**values) for line in rng.sample(HEADER_LINES, rng.randint(1, 3))]
    footer = [line.format(**values) for line in rng.sample(FOOTER_LINES, rng.randint(1, 3))]
    byline = rng.choice(BYLINES).format(**values)
    return "\n".join([*header, byline, ""]) + "\n\n".join(paragraphs) + "\n\n" + "\n".join(footer)


def trimmed(text: str, rng: random.Random) -> str:
    """The last 1–3 paragraphs cut (15–45% of the words), else the last 20–40% of the words."""
    paragraphs = text.split("\n\n")
    total = words(text)
    cut, cut_words = 0, 0
    limit = rng.randint(1, 3)
    while cut < limit and cut < len(paragraphs) - 1:
        next_words = words(paragraphs[-1 - cut])
        if cut_words + next_words > 0.45 * total:
            break
        cut, cut_words = cut + 1, cut_words + next_words
    if cut and cut_words >= 0.15 * total:
        return "\n\n".join(paragraphs[: len(paragraphs) - cut])
    keep = round(total * (1 - rng.uniform(0.2, 0.4)))
    kept, count = [], 0
    for paragraph in paragraphs:
        tokens = paragraph.split()
        if count + len(tokens) >= keep:
            kept.append(" ".join(tokens[: keep - count]))
            break
        kept.append(paragraph)
        count += len(tokens)
    return "\n\n".join(kept)


def with_word_edits(text: str, rate: float, rng: random.Random, vocabulary: Sequence[str]) -> str:
    """`rate` of the words changed, each at a distinct place: substituted, deleted or a word inserted."""
    paragraphs = [paragraph.split() for paragraph in text.split("\n\n")]
    places = [(p, w) for p, tokens in enumerate(paragraphs) for w in range(len(tokens))]
    chosen = rng.sample(places, round(rate * len(places)))
    edits = {place: rng.choice(("substitute", "delete", "insert")) for place in chosen}
    edited = []
    for p, tokens in enumerate(paragraphs):
        out: list[str] = []
        for w, token in enumerate(tokens):
            edit = edits.get((p, w))
            if edit == "insert":
                out += [rng.choice(vocabulary), token]
            elif edit == "substitute":
                out.append(rng.choice(vocabulary))
            elif edit is None:
                out.append(token)
        edited.append(" ".join(out))
    return "\n\n".join(edited)


def make_copy(
    original: Document, kind: str, rng: random.Random, vocabulary: Sequence[str], headlines: Sequence[str]
) -> Document:
    """A copy of `original` of one of `KINDS`."""
    copy = replace(original, id=f"{original.id}~{kind}", outlet=None, date=None, kind=kind)
    if kind == "chrome":
        return replace(copy, text=with_chrome(original.text, rng))
    if kind == "trim":
        return replace(copy, text=trimmed(original.text, rng))
    if kind == "headline":
        headline = rng.choice([h for h in headlines if h != original.title])
        return replace(copy, text=f"{headline}\n\n{original.text}", title=headline)
    if kind == "words":
        return replace(copy, text=with_word_edits(original.text, WORD_EDIT_RATE, rng, vocabulary))
    if kind == "combined":
        text = with_word_edits(trimmed(original.text, rng), COMBINED_WORD_EDIT_RATE, rng, vocabulary)
        return replace(copy, text=with_chrome(text, rng))
    raise ValueError(f"unknown copy kind {kind!r}; known: {', '.join(KINDS)}")


def build_pool(
    sources: Sequence[Document],
    originals_per_dataset: int = ORIGINALS_PER_DATASET,
    seed: int = POOL_SEED,
    others_per_dataset: int | None = None,
) -> list[Document]:
    """Source articles (`without_source_copies`) and two copies (of two different kinds, every kind equally
    often) of `originals_per_dataset` originals from each dataset. The pool holds the originals, every
    article sharing a topic with one (the hard negatives) and `others_per_dataset` more articles of each
    dataset (None: all), in a seeded shuffled order."""
    rng = random.Random(seed)
    words_for_edits = vocabulary(sources)
    headlines = sorted({doc.title for doc in sources if doc.title})
    by_dataset: dict[str, list[Document]] = defaultdict(list)
    for doc in sources:
        by_dataset[doc.id.split(":", 1)[0]].append(doc)
    kind_pairs = list(combinations(KINDS, 2))
    chosen: list[Document] = []
    copies: list[Document] = []
    for dataset in sorted(by_dataset):
        eligible = [doc for doc in by_dataset[dataset] if words(doc.text) >= MIN_WORDS]
        for original in rng.sample(eligible, min(originals_per_dataset, len(eligible))):
            for kind in kind_pairs[len(chosen) % len(kind_pairs)]:
                copies.append(make_copy(original, kind, rng, words_for_edits, headlines))
            chosen.append(original)
    topics = {doc.topic for doc in chosen if doc.topic}
    chosen_ids = {doc.id for doc in chosen}
    pool = [doc for doc in sources if doc.id in chosen_ids or doc.topic in topics]
    in_pool = {doc.id for doc in pool}
    for dataset in sorted(by_dataset):
        rest = [doc for doc in by_dataset[dataset] if doc.id not in in_pool]
        pool += rest if others_per_dataset is None else rng.sample(rest, min(others_per_dataset, len(rest)))
    pool += copies
    rng.shuffle(pool)
    return pool


def _pairs(counts: Iterable[int]) -> int:
    return sum(comb(n, 2) for n in counts)


def score(pool: Sequence[Document], copies: dict[str, str]) -> Scores:
    """Pairwise scores of `copies` ({copy id: original id}, as dedup finds them) against the pool's gold."""
    predicted = {doc.id: copies.get(doc.id, doc.id) for doc in pool}
    both = _pairs(Counter((predicted[d.id], d.original) for d in pool).values())
    predicted_pairs = _pairs(Counter(predicted.values()).values())
    gold_pairs = _pairs(Counter(d.original for d in pool).values())
    topical = [d for d in pool if d.topic]
    same_topic = Counter((d.topic, d.original) for d in topical)
    hard_negative_pairs = _pairs(Counter(d.topic for d in topical).values()) - _pairs(same_topic.values())
    hard_false = _pairs(Counter((predicted[d.id], d.topic) for d in topical).values()) - _pairs(
        Counter((predicted[d.id], d.topic, d.original) for d in topical).values()
    )
    precision = both / predicted_pairs if predicted_pairs else 1.0
    recall = both / gold_pairs if gold_pairs else 1.0
    kinds: dict[str, list[bool]] = defaultdict(list)
    for doc in pool:
        if doc.kind:
            kinds[doc.kind].append(predicted[doc.id] == predicted[doc.original])
    return Scores(
        documents=len(pool),
        copies=sum(len(found) for found in kinds.values()),
        gold_pairs=gold_pairs,
        predicted_pairs=predicted_pairs,
        precision=precision,
        recall=recall,
        f1=2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        recall_by_kind={kind: sum(kinds[kind]) / len(kinds[kind]) for kind in KINDS if kinds[kind]},
        copies_by_kind={kind: len(kinds[kind]) for kind in KINDS if kinds[kind]},
        hard_negative_pairs=hard_negative_pairs,
        hard_negative_false_positives=hard_false,
        false_positives=predicted_pairs - both,
    )


def articles(pool: Iterable[Document]) -> list[Article]:
    """The pool as the articles dedup reads."""
    return [Article(doc.id, doc.id, doc.text, doc.title, doc.outlet, doc.date) for doc in pool]
