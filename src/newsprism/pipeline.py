"""Stage order, the requires/provides check, and the run of a batch from paths to a Report."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from .backends.store import Store, digest, open_store
from .context import Context, Progress
from .errors import NewsprismError
from .model import Article, Report, Skipped
from .settings import Settings, load_settings
from .sources import load_sources
from .stages import (
    align,
    clean,
    cluster,
    conflicts,
    dedup,
    entities,
    framing,
    ingest,
    quantities,
    quotes,
    segment,
    summarize,
)

CORPUS_STAGES: list[ModuleType] = [ingest, clean, dedup, cluster, segment]
STORY_STAGES: list[ModuleType] = [entities, quotes, quantities, align, conflicts, framing, summarize]


def check_chain(stages: Sequence[ModuleType], available: Iterable[str] = ("paths",)) -> None:
    """Fail before any work when a stage needs something no earlier stage provides (E401)."""
    have = set(available)
    for stage in stages:
        missing = set(stage.REQUIRES) - have
        if missing:
            raise NewsprismError(
                "E401",
                f"stage {stage.NAME!r} needs {sorted(missing)}, which no earlier stage provides",
                "reorder the stages",
            )
        have |= set(stage.PROVIDES)


def store_fingerprint(settings: Settings) -> dict[str, Any]:
    """The settings under which stored signatures and index rows stay comparable with new ones."""
    dedup_, cluster_ = settings.dedup, settings.cluster
    return {
        "dedup.shingle": dedup_.shingle,
        "dedup.num_perm": dedup_.num_perm,
        "dedup.seed": dedup_.seed,
        "embed.backend": settings.embed.backend if cluster_.embedding_weight else None,
        "cluster.lead_chars": cluster_.lead_chars,
        "cluster.embed_chars": cluster_.embed_chars,
        "cluster.name_weight": cluster_.name_weight,
    }


def set_aside_stored(report: Report, store: Store) -> None:
    """Articles already in the store (same path and text) are not added twice."""
    digests = {a.id: digest(a) for a in report.articles}
    known = store.known_digests(digests.values())
    for article in report.articles:
        if digests[article.id] in known:
            report.skipped.append(Skipped(article.path, "E113", "already in the store (same path and text)"))
    report.articles = [a for a in report.articles if digests[a.id] not in known]


def analyze(
    paths: str | Path | Iterable[str | Path],
    settings: Settings | None = None,
    progress: Progress | None = None,
    store: str | Path | None = None,
) -> Report:
    """Read, clean, deduplicate, cluster and compare every article under `paths` into a Report.

    With `store`, earlier runs' articles and stories are kept there: new articles are deduplicated against
    them and placed into their stories, and the report holds the stories this run added to or started.
    """
    settings = settings or load_settings()
    if isinstance(paths, str | Path):
        paths = [paths]
    check_chain([*CORPUS_STAGES, *STORY_STAGES])
    opened = open_store(store) if store is not None else None
    try:
        return _analyze(paths, settings, progress or Progress(), opened)
    finally:
        if opened is not None:
            opened.close()


def _analyze(
    paths: Iterable[str | Path], settings: Settings, progress: Progress, store: Store | None
) -> Report:
    ctx = Context(
        settings=settings,
        sources=load_sources(settings.sources) if settings.sources else [],
        progress=progress,
        store=store,
    )
    if store is not None:
        store.check_settings(store_fingerprint(settings))
        ctx.continue_counters(store.counters())
    report = Report(
        generated_at=datetime.now(UTC).isoformat(timespec="seconds"),
        settings=settings.to_dict(),
        paths=[str(p) for p in paths],
    )
    fresh: list[Article] = []
    for stage in CORPUS_STAGES:
        with ctx.progress.stage(stage.NAME):
            report = stage.run(report, ctx)
        if stage is ingest:
            ctx.progress.info(f"read {report.inputs} files: {len(report.raw)} documents")
        if stage is clean and store is not None:
            set_aside_stored(report, store)
            fresh = list(report.articles)
    ctx.progress.info(f"{len(report.articles)} articles in {len(report.stories)} stories")
    for story in ctx.progress.iterate(report.stories, "stories"):
        for stage in STORY_STAGES:
            with ctx.progress.stage(stage.NAME):
                story = stage.run(story, ctx)
    if store is not None:
        save(report, fresh, store, ctx)
    report.timings = {name: round(seconds, 3) for name, seconds in ctx.progress.timings.items()}
    copies = sum(1 for a in report.articles if a.copy_of)
    ctx.progress.info(
        f"done: {len(report.articles) - copies} articles, {copies} copies, {len(report.skipped)} skipped, "
        f"{len(report.stories)} stories"
    )
    for skipped in report.skipped:
        ctx.progress.info(f"skipped {skipped.path}: {skipped.code} {skipped.reason}")
    return report


def save(report: Report, fresh: list[Article], store: Store, ctx: Context) -> None:
    """Commit this run's articles, index rows and analysed stories to the store in one transaction."""
    placement: cluster.Placement = report.placement
    store.save_batch(
        articles=fresh,
        index=placement.index,
        first_row=placement.first_row,
        row_ids=placement.row_ids,
        stories={placement.numbers[s.id]: s for s in report.stories},
        counters=ctx.counters,
        fingerprint=store_fingerprint(ctx.settings),
    )
    grown = sum(1 for s in report.stories if s.id in placement.stored_story_ids)
    ctx.progress.info(
        f"store: {len(report.stories) - grown} new stories, {grown} grown, saved to {store.path}"
    )
