"""Online story clustering: articles join stories one at a time, in date order, within a time window.

An article is compared with the articles already placed by a weighted sum of two cosines: TF-IDF of the
key terms of its title and lead (names count extra), and a static sentence embedding of the same text.
It joins the story whose members within the window are most similar to it on average, when that average
reaches the threshold; otherwise it starts a story. Nothing is recomputed when a batch is added: the
state (term counts, vectors, labels, dates) is what a store keeps between runs.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from scipy import sparse

from .settings import ClusterSettings

# Function words and news verbs that say nothing about which event an article is about.
_STOPWORD_TEXT = """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my myself no nor not now of off on once only or other our ours ourselves out over own same she
    should so some such than that the their theirs them themselves then there these they this those
    through to too under until up very was we were what when where which while who whom why will with
    would you your yours yourself yourselves said says say told according would could may might must
    shall new one two also s t mr mrs ms dr just like get got make made many much even still yet via per
    amid among including since though although however whether across around within without upon us it's
    don't he's she's they're we're i'm
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?:]['\"”’)]?\s+$")


def _fold(word: str) -> str:
    return word.lower().replace("’", "'").strip("'-")


def key_terms(title: str | None, text: str, lead_chars: int, name_weight: float) -> dict[str, float]:
    """Term counts of title and lead; capitalised words inside a sentence (names) count `name_weight`."""
    counts: dict[str, float] = defaultdict(float)
    for part in (title or "", lead(text, lead_chars)):
        for match in _WORD.finditer(part):
            word = _fold(match.group(0))
            if len(word) < 2 or word in STOPWORDS:
                continue
            before = part[: match.start()]
            is_name = (
                match.group(0)[0].isupper() and bool(before.strip()) and not _SENTENCE_END.search(before)
            )
            counts[word] += name_weight if is_name else 1.0
    return dict(counts)


def day_number(value: str | None) -> float:
    """Days since year 1 for an ISO date, NaN when there is none or it does not parse."""
    try:
        return float(date.fromisoformat(value[:10]).toordinal()) if value else math.nan
    except ValueError:
        return math.nan


@dataclass
class StoryIndex:
    """The clustering state: vocabulary and document frequencies, one vector row per placed article."""

    settings: ClusterSettings
    chunk: int = 256
    vocabulary: dict[str, int] = field(default_factory=dict)
    document_frequency: list[int] = field(default_factory=list)
    terms: sparse.csr_matrix = field(default_factory=lambda: sparse.csr_matrix((0, 0), dtype=np.float32))
    embeddings: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    days: np.ndarray = field(default_factory=lambda: np.zeros(0))
    labels: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    members: list[list[int]] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.labels)

    def vectorize(self, counts: Sequence[Mapping[str, float]]) -> sparse.csr_matrix:
        """TF-IDF rows (sublinear tf, smoothed idf), unit length, over the grown vocabulary."""
        for doc in counts:
            for term in doc:
                if term not in self.vocabulary:
                    self.vocabulary[term] = len(self.vocabulary)
                    self.document_frequency.append(0)
                self.document_frequency[self.vocabulary[term]] += 1
        total = self.size + len(counts)
        df = np.asarray(self.document_frequency, dtype=np.float64)
        idf = np.log((1 + total) / (1 + df)) + 1
        rows, cols, values = [], [], []
        for row, doc in enumerate(counts):
            for term, count in doc.items():
                col = self.vocabulary[term]
                rows.append(row)
                cols.append(col)
                values.append((1 + math.log(count)) * idf[col])
        matrix = sparse.csr_matrix(
            (np.asarray(values, dtype=np.float32), (rows, cols)), shape=(len(counts), len(self.vocabulary))
        )
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1
        return sparse.csr_matrix(sparse.diags(1 / norms) @ matrix, dtype=np.float32)

    def _append(self, terms: sparse.csr_matrix, embeddings: np.ndarray, days: np.ndarray) -> None:
        width = len(self.vocabulary)
        old = self.terms
        old.resize((old.shape[0], width))
        terms.resize((terms.shape[0], width))
        self.terms = sparse.csr_matrix(sparse.vstack([old, terms], format="csr"), dtype=np.float32)
        self.embeddings = embeddings if not self.size else np.vstack([self.embeddings, embeddings])
        self.days = np.concatenate([self.days, days])
        self.labels = np.concatenate([self.labels, np.full(len(days), -1, dtype=np.int64)])

    def add(
        self,
        titles: Sequence[str | None],
        texts: Sequence[str],
        dates: Sequence[str | None],
        embed: Callable[[list[str]], np.ndarray],
    ) -> list[int]:
        """Place a batch; the story number of each article, in the order given."""
        lead_chars, name_weight = self.settings.lead_chars, self.settings.name_weight
        counts = [key_terms(t, x, lead_chars, name_weight) for t, x in zip(titles, texts, strict=True)]
        start = self.size
        vectors = self.vectorize(counts)
        embedded = (
            embed([lead_text(t, x, self.settings.embed_chars) for t, x in zip(titles, texts, strict=True)])
            if self.settings.embedding_weight
            else np.zeros((len(texts), 0), dtype=np.float32)
        )
        self._append(vectors, embedded, np.asarray([day_number(d) for d in dates], dtype=np.float64))
        new = np.arange(start, self.size)
        days = self.days[new]
        order = new[np.lexsort((new, np.where(np.isnan(days), np.inf, days)))]
        for first in range(0, len(order), self.chunk):
            self._place(order[first : first + self.chunk])
        return [int(x) for x in self.labels[new]]

    def _window(self, chunk: np.ndarray) -> np.ndarray:
        """Indices of every article that could share a story with one in the chunk."""
        days = self.days[chunk]
        if np.isnan(days).any():
            return np.arange(self.size)
        low, high = days.min() - self.settings.window_days, days.max() + self.settings.window_days
        return np.flatnonzero(np.isnan(self.days) | ((self.days >= low) & (self.days <= high)))

    def _place(self, chunk: np.ndarray) -> None:
        window = self._window(chunk)
        position = np.full(self.size, -1)
        position[window] = np.arange(len(window))
        weight, window_days = self.settings.embedding_weight, self.settings.window_days
        similarity = (1 - weight) * (self.terms[chunk] @ self.terms[window].T).toarray()
        if weight:
            similarity += weight * np.clip(self.embeddings[chunk] @ self.embeddings[window].T, 0, 1)
        days = self.days[window]
        for row, article in zip(similarity, chunk, strict=True):
            day = self.days[article]
            placed = self.labels[window] >= 0
            near = np.isnan(days) | np.isnan(day) | (np.abs(days - day) <= window_days)
            candidates = np.flatnonzero(placed & near & (row >= self.settings.threshold))
            best, best_score = -1, -math.inf
            for story in sorted({int(self.labels[window[c]]) for c in candidates}):
                at = position[self.members[story]]
                at = at[at >= 0]
                score = float(row[at[near[at]]].mean())
                if score >= self.settings.threshold and score > best_score:  # a tie goes to the older story
                    best, best_score = story, score
            if best < 0:
                best = len(self.members)
                self.members.append([])
            self.members[best].append(int(article))
            self.labels[article] = best

    def central(self, story: int) -> int:
        """The member closest to the story's mean term vector: whose headline names the story."""
        members = self.members[story]
        vectors = self.terms[members]
        centroid = np.asarray(vectors.mean(axis=0)).ravel()
        return members[int(np.argmax(vectors @ centroid))]


def lead(text: str, chars: int) -> str:
    """The first `chars` characters, not ending inside a word."""
    if len(text) <= chars:
        return text
    cut = text.rfind(" ", 0, chars + 1)
    return text[: cut if cut > 0 else chars]


def lead_text(title: str | None, text: str, chars: int) -> str:
    """Title and the start of the text: where news states the event."""
    return f"{title}. {lead(text, chars)}" if title else lead(text, chars)
