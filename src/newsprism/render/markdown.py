"""report.md: the report as plain Markdown, readable raw and rendered."""

from __future__ import annotations

import re

from newsprism.model import QuoteVariant, Report, Skipped, Story, SummarySentence
from newsprism.render.views import (
    article_names,
    interval_text,
    label_table,
    loaded_in_context,
    marked_pieces,
    quotes_by_speaker,
    shorten,
    unit_outlets,
    units_by_coverage,
)

_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]<>|])")
_BLOCK_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")
_FOOTNOTE_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def text(value: str | None) -> str:
    """Article-derived text made safe for one line of Markdown: no line breaks, tables or block markers."""
    if not value:
        return ""
    flat = " ".join(value.split())
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), _INLINE_SPECIALS.sub(r"\\\1", flat))


def code(value: str) -> str:
    """A code span that survives backticks and pipes inside the value."""
    flat = " ".join(value.split()).replace("|", "\\|")
    return f"`` {flat} ``" if "`" in flat else f"`{flat}`"


def quoted(value: str) -> str:
    return f"“{text(shorten(value))}”"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return lines + [""]


def to_markdown(report: Report) -> str:
    count = len(report.stories)
    lines = [
        "# newsprism report",
        "",
        f"Generated {text(report.generated_at) or 'at an unknown time'} · {report.inputs} inputs · "
        f"{count} {'story' if count == 1 else 'stories'} · {len(report.skipped)} skipped",
        "",
    ]
    for story in report.stories:
        lines += _story(story)
    lines += _skipped(report.skipped)
    return "\n".join(lines).rstrip() + "\n"


def _story(story: Story) -> list[str]:
    names = article_names(story)
    dates = " to ".join(dict.fromkeys(d for d in (story.first_seen, story.last_seen) if d))
    lines = [
        f"## {text(story.title) or story.id}",
        "",
        f"Outlets: {text(', '.join(story.outlets)) or 'none'} · "
        f"{'Dates: ' + text(dates) if dates else 'Undated'} · story {story.id}",
        "",
    ]
    if story.headline:
        lines += [f"**{text(story.headline)}**", ""]
    lines += _summary(story, names)
    lines += _units(story, names)
    lines += _quotes(story, names)
    lines += _conflicts(story, names)
    lines += _framing(story, names)
    lines += _articles(story, names)
    return lines


def _footnote(story: Story, unit_id: str) -> str:
    return f"[^{_FOOTNOTE_UNSAFE.sub('-', f'{story.id}-{unit_id}')}]"


def _summary(story: Story, names: dict[str, str]) -> list[str]:
    lines = ["### Summary", ""]
    if not story.summary:
        return lines + ["_No summary._", ""]
    referenced: dict[str, None] = {}
    for number, sentence in enumerate(story.summary, 1):
        lines.append(f"{number}. {_sentence(story, sentence, names)}")
        referenced.update(dict.fromkeys(sentence.units))
    lines.append("")
    units = {unit.id: unit for unit in story.units}
    for unit_id in referenced:
        unit = units.get(unit_id)
        about = (
            f"{text(unit.text)} ({text(', '.join(unit_outlets(story, unit)))})" if unit else "not in report"
        )
        lines.append(f"{_footnote(story, unit_id)}: {text(unit_id)}: {about}")
    return lines + [""]


def _sentence(story: Story, sentence: SummarySentence, names: dict[str, str]) -> str:
    cited = ", ".join(names.get(a, a) for a in sentence.citations)
    notes = " ".join(_footnote(story, unit_id) for unit_id in sentence.units)
    return " ".join(
        part for part in (text(sentence.text), f"[{text(cited)}]" if cited else "", notes) if part
    )


def _units(story: Story, names: dict[str, str]) -> list[str]:
    lines: list[str] = []
    for _, title, units in units_by_coverage(story):
        lines += [f"### {title}", ""]
        if not units:
            lines += ["_None._", ""]
            continue
        for unit in units:
            lines.append(
                f"- **{text(unit.id)}** {text(unit.text)} — {text(', '.join(unit_outlets(story, unit)))}"
            )
            lines += [
                f"  - {text(names.get(ev.article, ev.article))}: {quoted(ev.text)}" for ev in unit.evidence
            ]
        lines.append("")
    return lines


def _quotes(story: Story, names: dict[str, str]) -> list[str]:
    """Who said what: per speaker, each quote with every outlet's version; words only one version uses
    are in bold."""
    lines = ["### Who said what", ""]
    if not story.quotes:
        return lines + ["_No quotes._", ""]
    for speaker in quotes_by_speaker(story):
        count = len(speaker.quotes)
        lines += [f"#### {text(speaker.name)} ({count} {'quote' if count == 1 else 'quotes'})", ""]
        for quote in speaker.quotes:
            if len(quote.variants) == 1:
                lines.append(f"- {_version(quote.variants[0], names)}")
                continue
            outlets = ", ".join(dict.fromkeys(names.get(v.article, v.article) for v in quote.variants))
            flag = " — **attributed to different speakers**" if quote.speaker_mismatch else ""
            lines.append(f"- {text(outlets)} — {quote.agreement}{flag}")
            lines += [f"  - {_version(variant, names)}" for variant in quote.variants]
        lines.append("")
    return lines


def _version(variant: QuoteVariant, names: dict[str, str]) -> str:
    """One outlet's version: the outlet, how it attributes the words, and the words."""
    how = ", ".join(
        part
        for part in (text(variant.cue), text(variant.speaker_text), "" if variant.direct else "reported")
        if part
    )
    source = text(names.get(variant.article, variant.article)) + (f" ({how})" if how else "")
    body = "".join(
        _edges(piece, f"**{text(piece)}**" if differs else text(piece))
        for piece, differs in marked_pieces(variant)
    )
    return f"{source}: “{body}”" if variant.direct else f"{source}: {body}"


def _edges(raw: str, rendered: str) -> str:
    """Keep the spaces around a piece that `text` trims, so marked words stay apart from their neighbours."""
    return (" " if raw[:1].isspace() else "") + rendered + (" " if raw[-1:].isspace() else "")


def _conflicts(story: Story, names: dict[str, str]) -> list[str]:
    lines = ["### Where they differ", ""]
    if not story.conflicts:
        return lines + ["_No conflicts found._", ""]
    for conflict in story.conflicts:
        units = f", units {text(', '.join(conflict.units))}" if conflict.units else ""
        lines.append(
            f"- **{text(conflict.about)}** — {text(conflict.kind)}, {text(conflict.severity)}{units}"
        )
        for value in conflict.values:
            source = text(value.outlet or names.get(value.article, value.article))
            lines.append(f"  - {source}: {quoted(value.text)} → {text(interval_text(value.normalized))}")
    return lines + [""]


def _framing(story: Story, names: dict[str, str]) -> list[str]:
    lines = ["### How each outlet tells it", ""]
    columns, rows = label_table(story)
    if rows:
        header = ["Entity", *(text(c) for c in columns)]
        lines += table(header, [[text(name), *(text("; ".join(c)) for c in cells)] for name, cells in rows])
    units = {unit.id: unit for unit in story.units}
    for art in story.articles:
        framing = story.framing.get(art.id)
        if framing is None:
            continue
        lines += [f"**{text(names[art.id])}**", ""]
        lines.append(f"- Headline: {text(framing.headline) or '—'}")
        lines.append(f"- Lead: {text(shorten(framing.lead or '')) or '—'}")
        loaded = "; ".join(f"{text(w)} ({quoted(c)})" for w, c in loaded_in_context(art, framing))
        lines.append(f"- Loaded words: {loaded or 'none found'}")
        for label, unit_ids in (
            ("Order of emphasis", framing.emphasis),
            ("Alone reports", framing.exclusive),
            ("Leaves out", framing.omits),
        ):
            if unit_ids:
                listed = ", ".join(
                    f"{text(u)} ({text(shorten(units[u].text, 60))})" if u in units else text(u)
                    for u in unit_ids
                )
                lines.append(f"- {label}: {listed}")
        lines.append("")
    return lines


def _articles(story: Story, names: dict[str, str]) -> list[str]:
    rows = [
        [
            art.id,
            text(art.outlet) or "—",
            text(art.title) or "—",
            text(art.date) or "—",
            code(art.path),
            text(names.get(art.copy_of, art.copy_of)) if art.copy_of else "—",
            str(len(art.removed)),
        ]
        for art in story.articles
        if art.copy_kind != "duplicate"  # an outlet's own repeat adds nothing to read
    ]
    header = ["Id", "Outlet", "Title", "Date", "Path", "Syndicated copy of", "Removed"]
    return ["### Articles", "", *table(header, rows)]


def _skipped(skipped: list[Skipped]) -> list[str]:
    lines = ["## Skipped inputs", ""]
    if not skipped:
        return lines + ["_Every input was read._", ""]
    return lines + table(
        ["Path", "Code", "Reason"], [[code(s.path), s.code, text(s.reason)] for s in skipped]
    )
