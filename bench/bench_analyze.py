"""Time `analyze` on the example story and the real seed pair: cold (a new process, models loaded from
disk) and warm (models already in memory), with model load times and peak memory.

Usage: python bench/bench_analyze.py [--write] [--fresh-demo]
  --write       record the table in BENCHMARKS.md
  --fresh-demo  also time `make demo` in a fresh clone (creates its own .venv; a few minutes)
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from common import ROOT, SHARED, write_section  # noqa: E402

import newsprism  # noqa: E402
from newsprism.backends import embed, nlp  # noqa: E402
from newsprism.context import Progress  # noqa: E402
from newsprism.settings import load_settings  # noqa: E402

CORPORA = {
    "example (examples/river-summit, 6 files)": ([ROOT / "examples" / "river-summit"], None),
    "seed pair (tehran-2015-11-23, 2 files)": (
        [SHARED / "corpus" / "tehran-2015-11-23"],
        str(ROOT / "tests" / "golden" / "tehran-sources.toml"),
    ),
}


def cold_run(paths: list[Path], sources: str | None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of `newsprism analyze` in a new process."""
    out = tempfile.mkdtemp()
    command = [sys.executable, "-m", "newsprism.cli", "analyze", *map(str, paths), "--out", out, "-q"]
    if sources:
        command += ["--sources", sources]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(command, check=True)
    elapsed = time.perf_counter() - start
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return elapsed, peak / 1024


def fresh_demo() -> float:
    with tempfile.TemporaryDirectory() as tmp:
        clone = Path(tmp) / "newsprism"
        subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True)
        start = time.perf_counter()
        subprocess.run(["make", "demo"], cwd=clone, check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--fresh-demo", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    corpora = {name: spec for name, spec in CORPORA.items() if spec[0][0].exists()}
    rows = []
    for name, (paths, sources) in corpora.items():
        cold, cold_peak = cold_run(paths, sources)
        rows.append((name, cold, cold_peak))
    settings = load_settings(environ={})
    start = time.perf_counter()
    nlp.load(settings.nlp.model)
    spacy_load = time.perf_counter() - start
    start = time.perf_counter()
    embed.get_embedder(settings.embed.backend, settings.embed.batch_size)
    minilm_load = time.perf_counter() - start
    lines = [
        f"Model load in one process: spaCy {spacy_load:.1f} s, MiniLM {minilm_load:.1f} s.",
        "",
        "| corpus | cold: new process (s) | cold peak RSS (MB) | warm: models loaded (s, median of "
        f"{args.repeat}) | warm process peak RSS (MB) |",
        "|---|---|---|---|---|",
    ]
    for name, cold, cold_peak in rows:
        paths, sources = corpora[name]
        run_settings = settings.with_values({"sources": sources}) if sources else settings
        times = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            newsprism.analyze([str(p) for p in paths], run_settings, Progress(quiet=True))
            times.append(time.perf_counter() - start)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        lines.append(
            f"| {name} | {cold:.1f} | {cold_peak:.0f} | {statistics.median(times):.2f} | {peak:.0f} |"
        )
    if args.fresh_demo:
        lines += [
            "",
            f"`make demo` in a fresh clone (venv creation and install included): {fresh_demo():.0f} s.",
        ]
    table = "\n".join(lines)
    print(table)
    if args.write:
        write_section("analyze", "### `analyze` end to end\n\n" + table)


if __name__ == "__main__":
    main()
