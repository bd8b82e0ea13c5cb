"""The command line: a thin layer over the library (`newsprism analyze`, `newsprism ingest`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from . import __version__
from .context import Progress
from .errors import ConfigError, NewsprismError
from .pipeline import analyze as run_analyze
from .render import FORMATS, write_report
from .settings import Settings, load_settings

_SETTINGS_HELP = "Settings file (TOML) layered over the defaults."
_SET_HELP = "Override one setting, e.g. --set align.threshold=0.65 (repeatable)."


def _settings(
    config: str | None,
    sets: tuple[str, ...],
    sources: str | None,
    summary: tuple[int | None, int | None] = (None, None),
) -> Settings:
    overrides: dict[str, Any] = {}
    for item in sets:
        key, sep, value = item.partition("=")
        if not sep:
            raise ConfigError("E202", f"--set needs section.key=value, got {item!r}")
        overrides[key.strip()] = value.strip()
    if sources:
        overrides["sources"] = sources
    for name, limit in zip(("summary.sentences", "summary.words"), summary, strict=True):
        if limit is not None:
            overrides[name] = str(limit)
    return load_settings(config, overrides)


def _formats(value: str) -> list[str]:
    names = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise click.BadParameter(f"choose from {', '.join(FORMATS)}", param_hint="--format")
    return names


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsprism")
def main() -> None:
    """newsprism reads one news story through every outlet that covered it."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out", required=True, type=click.Path(file_okay=False), help="Folder for the reports.")
@click.option(
    "--format", "formats", default="json,md,html", show_default=True, help="Comma-separated formats."
)
@click.option("--sources", type=click.Path(dir_okay=False), help="CSV or TOML mapping path globs to outlets.")
@click.option("--config", type=click.Path(dir_okay=False), help=_SETTINGS_HELP)
@click.option("--set", "sets", multiple=True, metavar="KEY=VALUE", help=_SET_HELP)
@click.option(
    "--store",
    type=click.Path(dir_okay=False),
    help="SQLite file that keeps articles and stories between runs: new articles join earlier stories, "
    "and the report holds the stories this run added to.",
)
@click.option(
    "--summary-sentences", type=click.IntRange(min=1), help="At most this many summary sentences per story."
)
@click.option(
    "--summary-words", type=click.IntRange(min=1), help="At most this many words per story summary."
)
@click.option("--strict", is_flag=True, help="Exit with status 1 when any input was skipped.")
@click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
def analyze(
    paths: tuple[str, ...],
    out: str,
    formats: str,
    sources: str | None,
    config: str | None,
    sets: tuple[str, ...],
    store: str | None,
    summary_sentences: int | None,
    summary_words: int | None,
    strict: bool,
    quiet: bool,
) -> None:
    """Analyze the articles in PATHS (files or folders, searched recursively) into reports in OUT."""
    progress = Progress(quiet=quiet)
    try:
        chosen = _formats(formats)
        settings = _settings(config, sets, sources, (summary_sentences, summary_words))
        report = run_analyze(list(paths), settings, progress, store)
        written = write_report(report, out, chosen)
    except ConfigError as exc:
        click.echo(f"newsprism: error: {exc}", err=True)
        sys.exit(2)
    except NewsprismError as exc:
        click.echo(f"newsprism: error: {exc}", err=True)
        sys.exit(2 if exc.code.startswith(("E2", "E3", "E4")) else 1)
    for name, path in written.items():
        progress.info(f"wrote {name}: {path}")
    if strict and report.skipped:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False), help="JSONL file to write.")
@click.option("--sources", type=click.Path(dir_okay=False), help="CSV or TOML mapping path globs to outlets.")
@click.option("--config", type=click.Path(dir_okay=False), help=_SETTINGS_HELP)
@click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
def ingest(paths: tuple[str, ...], out: str, sources: str | None, config: str | None, quiet: bool) -> None:
    """Read and clean PATHS only: one cleaned article per line in OUT, skipped files on stderr."""
    from .context import Context
    from .model import Report, to_jsonable
    from .sources import load_sources
    from .stages import clean
    from .stages import ingest as ingest_stage

    progress = Progress(quiet=quiet)
    try:
        settings = _settings(config, (), sources)
        ctx = Context(settings, load_sources(settings.sources) if settings.sources else [], progress)
        report = clean.run(ingest_stage.run(Report(paths=list(paths)), ctx), ctx)
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8") as handle:
            for article in report.articles:
                handle.write(json.dumps(to_jsonable(article), ensure_ascii=False) + "\n")
    except NewsprismError as exc:
        click.echo(f"newsprism: error: {exc}", err=True)
        sys.exit(2)
    except OSError as exc:
        click.echo(f"newsprism: error: E501 cannot write {out}: {exc.strerror or exc}", err=True)
        sys.exit(1)
    for skipped in report.skipped:
        progress.info(f"skipped {skipped.path}: {skipped.code} {skipped.reason}")
    progress.info(f"{len(report.articles)} articles, {len(report.skipped)} skipped -> {out}")


if __name__ == "__main__":
    main()
