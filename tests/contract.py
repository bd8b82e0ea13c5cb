"""The output contract (DESIGN.md §3), checked on every report the test suite produces."""

from __future__ import annotations

from pathlib import Path
from typing import Any

TOP_KEYS = {"schema", "generated_at", "settings", "inputs", "skipped", "stories"}
STORY_KEYS = {
    "id", "title", "first_seen", "last_seen", "articles", "entities", "quotes", "units", "conflicts",
    "framing", "summary",
}  # fmt: skip
ARTICLE_KEYS = {"id", "path", "url", "outlet", "title", "date", "language", "text", "copy_of", "removed"}


def _slice_ok(text: str, item: dict[str, Any], where: str) -> None:
    got = text[item["start"] : item["end"]]
    assert got == item["text"], (
        f"{where}: text[{item['start']}:{item['end']}] is {got!r}, not {item['text']!r}"
    )


def check_contract(report: dict[str, Any], input_files: list[str | Path]) -> None:
    """Assert every rule of the contract; input_files are the files the run was given (folders expanded)."""
    assert set(report) >= TOP_KEYS, f"missing keys {TOP_KEYS - set(report)}"
    assert report["schema"] == "newsprism/1"
    articles = [a for s in report["stories"] for a in s["articles"]]
    paths = [a["path"] for a in articles] + [s["path"] for s in report["skipped"]]
    assert len(paths) == len(set(paths)), "an input appears twice among articles and skipped"
    for file in map(str, input_files):
        owned = [p for p in paths if p == file or p.startswith(file + "#")]
        assert owned, f"input {file} is neither an article nor skipped"
        if "#" not in "".join(owned):
            assert len(owned) == 1, f"plain file {file} gives {len(owned)} entries"
    for skipped in report["skipped"]:
        assert skipped["code"].startswith("E1") and skipped["reason"], skipped
    ids: set[str] = set()
    for story in report["stories"]:
        check_story(story, ids)


def check_story(story: dict[str, Any], ids: set[str]) -> None:
    """The rules that hold inside one story; `ids` collects ids to check they are unique in the report."""
    assert set(story) >= STORY_KEYS, f"story lacks {STORY_KEYS - set(story)}"
    headline = story.get("headline")
    assert headline is None or (isinstance(headline, str) and headline and "\n" not in headline), headline
    by_id = {a["id"]: a for a in story["articles"]}
    for article in story["articles"]:
        assert set(article) >= ARTICLE_KEYS, f"article lacks {ARTICLE_KEYS - set(article)}"
        assert article["copy_of"] is None or article["copy_of"] in by_id
        kind = article.get("copy_kind")
        assert (kind is None) == (article["copy_of"] is None) and kind in (None, "duplicate", "syndication")
    for kind in ("articles", "entities", "quotes", "units", "conflicts"):
        for item in story[kind]:
            assert item["id"] not in ids, f"id {item['id']} used twice"
            ids.add(item["id"])
    assert story["id"] not in ids
    ids.add(story["id"])

    def text_of(article_id: str) -> str:
        assert article_id in by_id, f"{article_id} is not an article of story {story['id']}"
        return str(by_id[article_id]["text"])

    for entity in story["entities"]:
        for m in entity["mentions"]:
            _slice_ok(text_of(m["article"]), m, f"mention of {entity['id']}")
        assert set(entity["labels"]) <= set(by_id)
    entity_ids = {e["id"] for e in story["entities"]}
    for quote in story["quotes"]:
        assert quote["agreement"] in {"same", "trimmed", "altered", "single"}
        assert quote["speaker"] is None or quote["speaker"] in entity_ids
        assert len({v["article"] for v in quote["variants"]}) == len(quote["variants"]), (
            "one version per article"
        )
        for v in quote["variants"]:
            text = text_of(v["article"])
            _slice_ok(text, v, f"quote {quote['id']}")
            if v.get("speaker_start") is not None:
                assert text[v["speaker_start"] : v["speaker_end"]] == v["speaker_text"], (
                    f"speaker of {quote['id']}"
                )
            if v.get("cue_start") is not None:
                assert text[v["cue_start"] : v["cue_end"]] == v["cue"], f"cue of {quote['id']}"
            for piece in v.get("quoted", []) + v.get("differs", []):
                _slice_ok(text, piece, f"quoted or differing words of {quote['id']}")
                assert v["start"] <= piece["start"] and piece["end"] <= v["end"], (
                    f"piece outside {quote['id']}"
                )
            assert v.get("speaker") is None or v["speaker"] in entity_ids
    originals = {a["id"] for a in story["articles"] if a["copy_of"] is None}
    outlets = {by_id[a]["outlet"] or a for a in originals}
    for unit in story["units"]:
        assert unit["coverage"] in {"all", "some", "one"}
        assert set(unit["articles"]) <= originals, f"unit {unit['id']} cites a copy"
        for e in unit["evidence"]:
            _slice_ok(text_of(e["article"]), e, f"evidence of {unit['id']}")
        unit_outlets = {by_id[a]["outlet"] or a for a in unit["articles"]}
        expected = "all" if unit_outlets == outlets else "some" if len(unit_outlets) > 1 else "one"
        assert unit["coverage"] == expected, f"{unit['id']} coverage {unit['coverage']} != {expected}"
    for conflict in story["conflicts"]:
        for v in conflict["values"]:
            _slice_ok(text_of(v["article"]), v, f"conflict {conflict['id']}")
    for q in story.get("quantities", []):
        _slice_ok(text_of(q["article"]), q, "quantity")
    for article_id, framing in story["framing"].items():
        article = by_id[article_id]
        for loaded in framing["loaded"]:
            source = article["title"] if loaded.get("where") == "headline" else article["text"]
            _slice_ok(source, loaded, f"loaded word in {article_id}")
    unit_articles = {u["id"]: set(u["articles"]) for u in story["units"]}
    unit_articles |= {c["id"]: {v["article"] for v in c["values"]} for c in story["conflicts"]}
    for sentence in story["summary"]:
        assert sentence["citations"], f"summary sentence cites nothing: {sentence['text']!r}"
        assert set(sentence["citations"]) <= set(by_id)
        sources = sentence["units"] + sentence.get("conflicts", [])
        supported = set().union(*(unit_articles.get(u, set()) for u in sources))
        assert set(sentence["citations"]) <= supported, f"cites articles outside its units: {sentence}"
