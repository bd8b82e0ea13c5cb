"""Stage order, the requires/provides check, and the run of a batch from paths to a Report."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

from .context import Context, Progress
from .errors import NewsprismError
from .model import Report
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

CORPUS_STAGES: list[ModuleType] = [ingest, clean, dedup, segment, cluster]
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


def analyze(
    paths: str | Path | Iterable[str | Path],
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> Report:
    """Read, clean, deduplicate, cluster and compare every article under `paths` into a Report."""
    settings = settings or load_settings()
    if isinstance(paths, str | Path):
        paths = [paths]
    ctx = Context(
        settings=settings,
        sources=load_sources(settings.sources) if settings.sources else [],
        progress=progress or Progress(),
    )
    check_chain([*CORPUS_STAGES, *STORY_STAGES])
    report = Report(
        generated_at=datetime.now(UTC).isoformat(timespec="seconds"),
        settings=settings.to_dict(),
        paths=[str(p) for p in paths],
    )
    for stage in CORPUS_STAGES:
        with ctx.progress.stage(stage.NAME):
            report = stage.run(report, ctx)
        if stage is ingest:
            ctx.progress.info(f"read {report.inputs} files: {len(report.raw)} documents")
    ctx.progress.info(f"{len(report.articles)} articles in {len(report.stories)} stories")
    for story in ctx.progress.iterate(report.stories, "stories"):
        for stage in STORY_STAGES:
            with ctx.progress.stage(stage.NAME):
                story = stage.run(story, ctx)
    report.timings = {name: round(seconds, 3) for name, seconds in ctx.progress.timings.items()}
    copies = sum(1 for a in report.articles if a.copy_of)
    ctx.progress.info(
        f"done: {len(report.articles) - copies} articles, {copies} copies, {len(report.skipped)} skipped, "
        f"{len(report.stories)} stories"
    )
    for skipped in report.skipped:
        ctx.progress.info(f"skipped {skipped.path}: {skipped.code} {skipped.reason}")
    return report
