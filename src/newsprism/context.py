"""What every stage receives besides the data: settings, the sources map, models and progress."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TextIO, TypeVar

from .backends import embed, nlp
from .backends.store import Store
from .settings import Settings
from .sources import Source

T = TypeVar("T")


class Progress:
    """Stage-by-stage progress on stderr; silent when quiet. Long loops report every few seconds."""

    def __init__(self, quiet: bool = False, stream: TextIO | None = None, every_s: float = 5.0) -> None:
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.every_s = every_s
        self.timings: dict[str, float] = {}

    def info(self, message: str) -> None:
        if not self.quiet:
            print(f"newsprism: {message}", file=self.stream, flush=True)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - start
            self.timings[name] = self.timings.get(name, 0.0) + elapsed

    def iterate(self, items: Iterable[T], label: str) -> Iterator[T]:
        items = list(items)
        last = time.perf_counter()
        for number, item in enumerate(items, start=1):
            yield item
            now = time.perf_counter()
            if now - last >= self.every_s:
                self.info(f"{label} {number}/{len(items)}")
                last = now


@dataclass
class Context:
    settings: Settings
    sources: list[Source] = field(default_factory=list)
    progress: Progress = field(default_factory=Progress)
    store: Store | None = None
    _counters: dict[str, int] = field(default_factory=dict, repr=False)

    def new_id(self, prefix: str) -> str:
        """The next id with this prefix ("e1", "e2", …), unique within one report."""
        self._counters[prefix] = self._counters.get(prefix, 0) + 1
        return f"{prefix}{self._counters[prefix]}"

    @property
    def counters(self) -> dict[str, int]:
        return dict(self._counters)

    def continue_counters(self, counters: dict[str, int]) -> None:
        """Go on from ids handed out in earlier runs (a store's), so ids stay unique across them."""
        for prefix, value in counters.items():
            self._counters[prefix] = max(self._counters.get(prefix, 0), value)

    @property
    def embedder(self) -> embed.Embedder:
        return embed.get_embedder(self.settings.embed.backend, self.settings.embed.batch_size)

    def parse(self, texts: list[str]) -> list[Any]:
        """spaCy Docs for texts, from the one shared pipeline."""
        return nlp.parse(texts, self.settings.nlp.model, self.settings.nlp.batch_size)
