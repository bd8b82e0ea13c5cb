"""Cluster: group articles into stories, one story per event.

Two articles are compared by the cosine of their title-and-lead embeddings and by the IDF-weighted
overlap of the names they mention; articles dated further apart than `cluster.window_days` never
share a story. Average-linkage clustering cuts at `cluster.threshold`. Copies follow their original.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import date
from typing import Any

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from ..context import Context
from ..model import Article, Report, Story
from ..names import fold, name_key, name_tokens

NAME = "cluster"
LEVEL = "corpus"
REQUIRES = {"articles", "sentences", "doc", "copy_of"}
PROVIDES = {"stories"}

NAMED_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT"}
_LEAD_SENTENCES = 3


def lead_text(article: Article) -> str:
    """Title and first sentences: where news states the event."""
    sentences = [article.text[s:e] for s, e in article.sentences[:_LEAD_SENTENCES]]
    return " ".join(([article.title] if article.title else []) + sentences)[:1000]


def entity_keys(doc: Any) -> set[str]:
    """Names an article mentions: surnames for people, folded names for everything else."""
    keys = set()
    for ent in doc.ents:
        if ent.label_ not in NAMED_TYPES:
            continue
        if ent.label_ == "PERSON":
            words = name_tokens(ent.text)
            if words:
                keys.add("p:" + fold(words[-1]))
        else:
            key = name_key(ent.text)
            if key:
                keys.add("n:" + key)
    return keys


def entity_similarity(keys: list[set[str]]) -> np.ndarray:
    """IDF-weighted Jaccard of name sets, so rare shared names count more than "US" or "Russian"."""
    n = len(keys)
    df = Counter(k for ks in keys for k in ks)
    idf = {k: math.log(1 + n / c) for k, c in df.items()}
    out = np.zeros((n, n), dtype=np.float32)
    for i in range(n):
        for j in range(i + 1, n):
            union = keys[i] | keys[j]
            if union:
                shared = sum(idf[k] for k in keys[i] & keys[j])
                out[i, j] = out[j, i] = shared / sum(idf[k] for k in union)
    return out


def _days(value: str | None) -> int | None:
    try:
        return date.fromisoformat(value[:10]).toordinal() if value else None
    except ValueError:
        return None


def similarity(
    articles: list[Article], embeddings: np.ndarray, weight: float, window_days: float
) -> np.ndarray:
    names = entity_similarity([entity_keys(a.doc) for a in articles])
    sim = weight * np.clip(embeddings @ embeddings.T, 0, 1) + (1 - weight) * names
    days = [_days(a.date) for a in articles]
    for i, di in enumerate(days):
        for j, dj in enumerate(days):
            if di is not None and dj is not None and abs(di - dj) > window_days:
                sim[i, j] = 0.0
    np.fill_diagonal(sim, 1.0)
    return np.asarray(sim)


def group(sim: np.ndarray, threshold: float) -> list[int]:
    """Cluster labels from average linkage on 1 - similarity."""
    if len(sim) == 1:
        return [1]
    distance = squareform(np.clip(1 - sim, 0, None), checks=False)
    return [
        int(x) for x in fcluster(linkage(distance, method="average"), t=1 - threshold, criterion="distance")
    ]


def make_story(story_id: str, members: list[Article], sim: np.ndarray, index: dict[str, int]) -> Story:
    originals = [a for a in members if a.copy_of is None] or members
    central = max(originals, key=lambda a: float(sum(sim[index[a.id], index[b.id]] for b in originals)))
    dates = sorted(a.date for a in members if a.date)
    title = central.title or central.text[: central.sentences[0][1] if central.sentences else 120]
    return Story(
        id=story_id,
        title=title,
        first_seen=dates[0] if dates else None,
        last_seen=dates[-1] if dates else None,
        articles=members,
    )


def run(report: Report, ctx: Context) -> Report:
    originals = [a for a in report.articles if a.copy_of is None]
    if not originals:
        return report
    s = ctx.settings.cluster
    embeddings = ctx.embedder.encode([lead_text(a) for a in originals])
    sim = similarity(originals, embeddings, s.embedding_weight, s.window_days)
    labels = group(sim, s.threshold)
    by_label: dict[int, list[Article]] = {}
    for article, label in zip(originals, labels, strict=True):
        by_label.setdefault(label, []).append(article)
    story_of = {a.id: label for a, label in zip(originals, labels, strict=True)}
    for article in report.articles:
        if article.copy_of is not None:
            by_label[story_of[article.copy_of]].append(article)
    index = {a.id: i for i, a in enumerate(originals)}
    ordered = sorted(by_label.values(), key=lambda m: (-len(m), min(report.articles.index(a) for a in m)))
    for members in ordered:
        members.sort(key=report.articles.index)
        report.stories.append(make_story(ctx.new_id("s"), members, sim, index))
    return report
