"""Pipeline wiring: the requires/provides check, the stage modules' declarations, ids across stories."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

from newsprism import pipeline
from newsprism.errors import NewsprismError
from newsprism.stages import quotes, summarize

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "river-summit"

UNRELATED = """Harbour Town Opens Its New Library | Osmark Evening Gazette

OSMARK — The new public library on the harbour front opened its doors on Saturday morning, three years \
after the old building on Mill Street closed because of a leaking roof. Librarian Clara Voss said more \
than two thousand residents had signed up for a card in the first week, and that the children's reading \
room was full from the moment the doors opened. The building, a converted grain warehouse, holds about \
forty thousand books and a small museum of the town's fishing history.
"""


def stage(name: str, requires: set[str], provides: set[str]) -> ModuleType:
    return SimpleNamespace(NAME=name, REQUIRES=requires, PROVIDES=provides)  # type: ignore[return-value]


def test_check_chain_refuses_a_stage_whose_needs_no_earlier_stage_provides() -> None:
    stages = [stage("read", {"paths"}, {"raw"}), stage("summarize", {"units"}, {"summary"})]
    with pytest.raises(NewsprismError) as raised:
        pipeline.check_chain(stages)
    assert raised.value.code == "E401"
    assert "'summarize'" in raised.value.message and "['units']" in raised.value.message
    assert str(raised.value).startswith("E401 ")


def test_check_chain_refuses_the_right_order_reversed() -> None:
    stages = [stage("b", {"raw"}, {"units"}), stage("a", {"paths"}, {"raw"})]
    with pytest.raises(NewsprismError, match="stage 'b' needs \\['raw'\\]"):
        pipeline.check_chain(stages)


def test_check_chain_takes_what_is_available_at_start() -> None:
    stages = [stage("align", {"clauses", "stories"}, {"units"})]
    pipeline.check_chain(stages, available={"clauses", "stories"})
    with pytest.raises(NewsprismError, match="\\['clauses', 'stories'\\]"):
        pipeline.check_chain(stages)


def test_check_chain_passes_for_the_real_stages() -> None:
    pipeline.check_chain([*pipeline.CORPUS_STAGES, *pipeline.STORY_STAGES])


def test_check_chain_refuses_the_real_story_stages_before_the_corpus_ones() -> None:
    with pytest.raises(NewsprismError) as raised:
        pipeline.check_chain([*pipeline.STORY_STAGES, *pipeline.CORPUS_STAGES])
    assert raised.value.code == "E401" and "'entities'" in raised.value.message


def test_summarize_declares_that_it_needs_quotes() -> None:
    story_stages = [s for s in pipeline.STORY_STAGES if s is not quotes]
    story_stages.insert(story_stages.index(summarize) + 1, quotes)
    with pytest.raises(NewsprismError):
        pipeline.check_chain([*pipeline.CORPUS_STAGES, *story_stages])


@pytest.mark.parametrize(
    "module", [*pipeline.CORPUS_STAGES, *pipeline.STORY_STAGES], ids=lambda m: m.__name__.rsplit(".", 1)[-1]
)
def test_every_stage_declares_itself(module: ModuleType) -> None:
    assert module.__name__.rsplit(".", 1)[-1] == module.NAME
    level = "corpus" if module in pipeline.CORPUS_STAGES else "story"
    assert level == module.LEVEL
    assert isinstance(module.REQUIRES, set) and all(isinstance(r, str) for r in module.REQUIRES)
    assert isinstance(module.PROVIDES, set) and module.PROVIDES
    assert callable(module.run)


def test_stage_order() -> None:
    assert [s.NAME for s in pipeline.CORPUS_STAGES] == ["ingest", "clean", "dedup", "cluster", "segment"]
    assert [s.NAME for s in pipeline.STORY_STAGES] == [
        "entities",
        "quotes",
        "quantities",
        "align",
        "conflicts",
        "framing",
        "summarize",
    ]


@pytest.mark.slow
def test_ids_are_unique_across_stories(analyze, tmp_path: Path) -> None:
    other = tmp_path / "library.txt"
    other.write_text(UNRELATED, encoding="utf-8")
    report = analyze([EXAMPLE, other])
    assert len(report.stories) == 3
    library = next(s for s in report.stories if any(a.path == str(other) for a in s.articles))
    assert [a.outlet for a in library.articles] == ["Osmark Evening Gazette"]
    ids: list[str] = []
    for story in report.stories:
        ids.append(story.id)
        for kind in ("articles", "entities", "quotes", "units", "conflicts"):
            ids.extend(item.id for item in getattr(story, kind))
    assert len(ids) == len(set(ids))
    assert sorted(s.id for s in report.stories) == ["s1", "s2", "s3"]
    entity_ids = [e.id for s in report.stories for e in s.entities]
    assert sorted(entity_ids, key=lambda i: int(i[1:])) == [f"e{n}" for n in range(1, len(entity_ids) + 1)]
