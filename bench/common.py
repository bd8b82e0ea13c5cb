"""Shared helpers for benchmarks: where the evaluation data is, and writing rows into BENCHMARKS.md."""

from __future__ import annotations

import json
import os
import platform
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSPRISM_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data"
BENCHMARKS = ROOT / "BENCHMARKS.md"


def require(path: Path) -> Path:
    """Exit with a clear message when evaluation data is missing (it lives beside the repository)."""
    if not path.exists():
        sys.exit(f"skipped: {path} not found (evaluation data sits in ../shared beside the repository)")
    return path


def read_jsonl(path: Path) -> list[dict]:
    with open(require(path), encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}"


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join([*lines, *("| " + " | ".join(row) + " |" for row in rows)])


def publish(name: str, title: str, table: str, write: bool) -> None:
    """Print a result table and, with --write, record it as section `name` of BENCHMARKS.md."""
    print(table)
    if write:
        write_section(name, f"### {title}\n\n{table}")


def write_section(name: str, body: str) -> None:
    """Replace section `name` of BENCHMARKS.md (between its markers) with body, dated, with the machine."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    stamp = f"_Measured {date.today().isoformat()} on {machine()}._\n\n"
    block = f"{start}\n{stamp}{body.rstrip()}\n{end}"
    text = BENCHMARKS.read_text(encoding="utf-8") if BENCHMARKS.exists() else "# Benchmarks\n"
    if start in text:
        text = re.sub(re.escape(start) + r".*?" + re.escape(end), lambda _: block, text, flags=re.S)
    else:
        text = text.rstrip() + f"\n\n{block}\n"
    BENCHMARKS.write_text(text, encoding="utf-8")
