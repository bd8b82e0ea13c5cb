"""The README's commands must exist and accept the options it shows."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

from newsprism.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def usage_lines() -> list[str]:
    blocks = re.findall(r"```console\n(.*?)```", README, flags=re.S)
    lines = [line.split("#")[0].strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line.startswith("newsprism ")]


def test_readme_shows_both_commands() -> None:
    assert {line.split()[1] for line in usage_lines()} == {"analyze", "ingest"}
    assert "make demo" in README and "make test" in README


@pytest.mark.parametrize("line", usage_lines())
def test_readme_usage_parses(line: str) -> None:
    """Every option in the usage line is accepted by the command (bracketed options included)."""
    words = [w for w in shlex.split(line.replace("[", " ").replace("]", " ")) if w not in {"...", "]..."}]
    words = [w.replace("...", "") for w in words]
    args = ["articles" if w in {"PATH", "PATH..."} else w for w in words[1:]]
    values = {"DIR": "out", "FILE": "x.toml", "SECTION.KEY=VALUE": "align.threshold=0.5",
              "json,md,html": "json,md", "articles.jsonl": "a.jsonl", "N": "5"}  # fmt: skip
    args = [values.get(a, a) for a in args]
    command = main.commands[args[0]]
    context = command.make_context(args[0], args[1:], parent=click.Context(main))
    assert context.params["paths"]


def test_readme_sections_match_markdown_report() -> None:
    from newsprism.render import markdown

    source = Path(markdown.__file__).read_text(encoding="utf-8")
    for title in ("Summary", "Who said what", "Where they differ", "How each outlet tells it"):
        assert title in source and title in README
