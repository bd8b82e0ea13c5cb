"""The store: articles, the story index and analysed stories kept between runs, so a new batch is placed
into existing stories without recomputing them.

SQLite in WAL mode with synchronous=FULL; each batch is saved in one transaction, so a crash keeps every
batch committed before it and nothing of the batch in flight. The schema is versioned with
`PRAGMA user_version` and upgraded by the migrations below when a store is opened.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from scipy import sparse

from ..errors import NewsprismError
from ..model import Article, Story, from_jsonable, to_jsonable
from ..story_index import StoryIndex

MIGRATIONS: list[str] = [
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, row INTEGER, story TEXT NOT NULL, copy_of TEXT, copy_kind TEXT,
        path TEXT NOT NULL, digest TEXT NOT NULL, json TEXT NOT NULL, signature BLOB
    );
    CREATE INDEX articles_story ON articles (story);
    CREATE INDEX articles_digest ON articles (digest);
    CREATE TABLE terms (term TEXT PRIMARY KEY, col INTEGER UNIQUE NOT NULL, df INTEGER NOT NULL);
    CREATE TABLE index_rows (
        row INTEGER PRIMARY KEY, article TEXT NOT NULL, story INTEGER NOT NULL, day REAL,
        cols BLOB NOT NULL, vals BLOB NOT NULL, embedding BLOB NOT NULL
    );
    CREATE TABLE stories (
        number INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, title TEXT, first_seen TEXT, last_seen TEXT,
        json TEXT
    );
    """,
]


def digest(article: Article) -> str:
    """What makes a re-read file the same article: its path and its cleaned text."""
    return hashlib.sha256(f"{article.path}\0{article.text}".encode()).hexdigest()


class Store(Protocol):
    """What the pipeline needs from a store; SQLite is the one kept here."""

    path: Path

    def check_settings(self, fingerprint: dict[str, Any]) -> None: ...
    def counters(self) -> dict[str, int]: ...
    def known_digests(self, digests: Iterable[str]) -> set[str]: ...
    def load_index(self, index: StoryIndex) -> list[str]: ...
    def signatures(self) -> list[tuple[Article, np.ndarray]]: ...
    def story_ids(self) -> dict[int, str]: ...
    def articles_of(self, story_ids: Sequence[str]) -> list[Article]: ...
    def save_batch(
        self,
        articles: Sequence[Article],
        index: StoryIndex,
        first_row: int,
        row_ids: Sequence[str],
        stories: dict[int, Story],
        counters: dict[str, int],
        fingerprint: dict[str, Any],
    ) -> None: ...
    def close(self) -> None: ...


class SQLiteStore:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise NewsprismError(
                "E204", f"cannot open store {self.path}: {exc}", "give a newsprism store file"
            ) from exc

    def _migrate(self) -> None:
        version = int(self.db.execute("PRAGMA user_version").fetchone()[0])
        if version > len(MIGRATIONS):
            raise NewsprismError(
                "E204",
                f"store {self.path} has schema {version}, newer than this newsprism",
                "upgrade newsprism",
            )
        for number in range(version, len(MIGRATIONS)):
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={number + 1}")
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise

    def _meta(self, key: str) -> Any:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def check_settings(self, fingerprint: dict[str, Any]) -> None:
        """Articles placed with other clustering settings cannot be compared with new ones."""
        stored = self._meta("settings")
        if stored is None:
            return
        if stored != fingerprint:
            changed = sorted(
                k for k in fingerprint.keys() | stored.keys() if fingerprint.get(k) != stored.get(k)
            )
            raise NewsprismError(
                "E205",
                f"store {self.path} was built with other settings ({', '.join(changed)})",
                "use the settings it was built with, or a new store",
            )

    def counters(self) -> dict[str, int]:
        return dict(self._meta("counters") or {})

    def known_digests(self, digests: Iterable[str]) -> set[str]:
        wanted = list(digests)
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            marks = ",".join("?" * len(part))
            found |= {
                r[0] for r in self.db.execute(f"SELECT digest FROM articles WHERE digest IN ({marks})", part)
            }
        return found

    def load_index(self, index: StoryIndex) -> list[str]:
        """Fill an empty index with every stored row; the article id of each row."""
        terms = self.db.execute("SELECT term, col, df FROM terms ORDER BY col").fetchall()
        index.vocabulary = {term: col for term, col, _ in terms}
        index.document_frequency = [df for _, _, df in terms]
        rows = self.db.execute(
            "SELECT article, story, day, cols, vals, embedding FROM index_rows ORDER BY row"
        )
        ids, labels, days, indptr, cols, vals, embeddings = [], [], [], [0], [], [], []
        for article, story, day, col_blob, val_blob, embedding in rows:
            ids.append(article)
            labels.append(story)
            days.append(np.nan if day is None else day)
            cols.append(np.frombuffer(col_blob, dtype=np.int32))
            vals.append(np.frombuffer(val_blob, dtype=np.float32))
            indptr.append(indptr[-1] + len(cols[-1]))
            embeddings.append(np.frombuffer(embedding, dtype=np.float32))
        if not ids:
            return []
        index.terms = sparse.csr_matrix(
            (np.concatenate(vals), np.concatenate(cols), np.asarray(indptr)), shape=(len(ids), len(terms))
        )
        index.embeddings = np.vstack(embeddings)
        index.days = np.asarray(days, dtype=np.float64)
        index.labels = np.asarray(labels, dtype=np.int64)
        index.members = [[] for _ in range(int(index.labels.max()) + 1)]
        for row, label in enumerate(index.labels):
            index.members[label].append(row)
        return ids

    def signatures(self) -> list[tuple[Article, np.ndarray]]:
        """Every stored article with its MinHash signature, for dedup against what came before."""
        rows = self.db.execute(
            "SELECT json, signature FROM articles WHERE signature IS NOT NULL ORDER BY rowid"
        )
        return [(from_jsonable(Article, json.loads(j)), np.frombuffer(s, dtype=np.uint32)) for j, s in rows]

    def story_ids(self) -> dict[int, str]:
        return {number: sid for number, sid in self.db.execute("SELECT number, id FROM stories")}

    def articles_of(self, story_ids: Sequence[str]) -> list[Article]:
        out: list[Article] = []
        for start in range(0, len(story_ids), 500):
            part = list(story_ids[start : start + 500])
            marks = ",".join("?" * len(part))
            rows = self.db.execute(f"SELECT json FROM articles WHERE story IN ({marks}) ORDER BY rowid", part)
            out += [from_jsonable(Article, json.loads(r[0])) for r in rows]
        return out

    def save_batch(
        self,
        articles: Sequence[Article],
        index: StoryIndex,
        first_row: int,
        row_ids: Sequence[str],
        stories: dict[int, Story],
        counters: dict[str, int],
        fingerprint: dict[str, Any],
    ) -> None:
        """One transaction: the new articles, their index rows, the grown vocabulary and the stories."""
        story_of = {a.id: s.id for s in stories.values() for a in s.articles}
        row_of = {article_id: first_row + n for n, article_id in enumerate(row_ids)}
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.executemany(
                "INSERT INTO articles (id, row, story, copy_of, copy_kind, path, digest, json, signature) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        a.id,
                        row_of.get(a.id),
                        story_of[a.id],
                        a.copy_of,
                        a.copy_kind,
                        a.path,
                        digest(a),
                        json.dumps(to_jsonable(a), ensure_ascii=False),
                        None if a.signature is None else np.asarray(a.signature, dtype=np.uint32).tobytes(),
                    )
                    for a in articles
                ],
            )
            self.db.executemany(
                "INSERT INTO terms (term, col, df) VALUES (?, ?, ?) "
                "ON CONFLICT (term) DO UPDATE SET df = excluded.df",
                [(term, col, index.document_frequency[col]) for term, col in index.vocabulary.items()],
            )
            rows = []
            for n, article_id in enumerate(row_ids):
                row = first_row + n
                vector = index.terms[row]
                day = float(index.days[row])
                rows.append(
                    (
                        row,
                        article_id,
                        int(index.labels[row]),
                        None if np.isnan(day) else day,
                        vector.indices.astype(np.int32).tobytes(),
                        vector.data.astype(np.float32).tobytes(),
                        index.embeddings[row].astype(np.float32).tobytes(),
                    )
                )
            self.db.executemany("INSERT INTO index_rows VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            self.db.executemany(
                "INSERT INTO stories (number, id, title, first_seen, last_seen, json) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (number) DO UPDATE SET title = excluded.title, "
                "first_seen = excluded.first_seen, last_seen = excluded.last_seen, json = excluded.json",
                [
                    (
                        number,
                        story.id,
                        story.title,
                        story.first_seen,
                        story.last_seen,
                        json.dumps(to_jsonable(story), ensure_ascii=False),
                    )
                    for number, story in stories.items()
                ],
            )
            self.db.execute(
                "INSERT INTO meta VALUES ('counters', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (json.dumps(counters),),
            )
            self.db.execute(
                "INSERT INTO meta VALUES ('settings', ?) ON CONFLICT (key) DO NOTHING",
                (json.dumps(fingerprint),),
            )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()


def open_store(location: str | Path) -> SQLiteStore:
    """The store at a path; Postgres URLs are named in the error until that backend exists."""
    text = str(location)
    if text.startswith(("postgres://", "postgresql://")):
        raise NewsprismError("E204", "Postgres stores are not available yet", "give a SQLite file path")
    return SQLiteStore(text)
