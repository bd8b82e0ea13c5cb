"""The one data model that flows through every stage, and its JSON form (the `newsprism/1` contract).

Every derived item points back to its evidence as character offsets into an article's cleaned `text`.
Fields marked `internal` are working state for later stages and are not part of the report.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal

SCHEMA = "newsprism/1"

Coverage = Literal["all", "some", "one"]
Agreement = Literal["same", "trimmed", "altered", "single"]


def internal(default: Any = None, factory: Any = None) -> Any:
    """A field that later stages use but the report does not carry."""
    meta = {"internal": True}
    if factory is not None:
        return field(default_factory=factory, repr=False, compare=False, metadata=meta)
    return field(default=default, repr=False, compare=False, metadata=meta)


@dataclass
class Span:
    """A stretch of one article's cleaned text; `text == article.text[start:end]`."""

    article: str
    start: int
    end: int
    text: str


@dataclass
class RawDocument:
    """Bytes or text as read from a file or a container member, before cleaning."""

    path: str
    kind: Literal["text", "html"]
    text: str
    encoding: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


@dataclass
class Skipped:
    path: str
    code: str
    reason: str


@dataclass
class Removed:
    """Something the cleaner took out of an article, so a reader can check it was not content."""

    kind: str
    text: str


@dataclass
class Clause:
    """A piece of a sentence that states one thing; quotes stay whole."""

    start: int
    end: int
    sentence: int
    paragraph: int


@dataclass
class Article:
    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    language: str | None = None
    author: str | None = None
    copy_of: str | None = None
    copy_kind: str | None = None  # "duplicate" (its own outlet again) | "syndication" (another outlet's)
    outlet_from: str | None = None
    removed: list[Removed] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = internal(factory=list)
    sentences: list[tuple[int, int]] = internal(factory=list)
    clauses: list[Clause] = internal(factory=list)
    doc: Any = internal()
    signature: Any = internal()  # MinHash values from dedup, kept by a store for later runs

    def span(self, start: int, end: int) -> Span:
        return Span(self.id, start, end, self.text[start:end])


@dataclass
class Mention:
    """A place an article names an entity; `kind` is name, role (a description bound to the name) or title."""

    article: str
    start: int
    end: int
    text: str
    kind: str = "name"


@dataclass
class Entity:
    id: str
    canonical: str
    type: str
    labels: dict[str, list[str]] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class QuoteVariant:
    """One article's version of an utterance: the content attributed, its cue and its speaker.

    `direct` is true when the content is the speaker's own words only (in quotation marks); reported
    speech is `direct = False`, and any words it quotes verbatim are in `quoted`. `differs` are the words
    of this version that the other outlets' versions of the same utterance do not have.
    """

    article: str
    start: int
    end: int
    text: str
    cue: str | None = None
    direct: bool = True
    speaker_text: str | None = None  # the words this article uses for the speaker here ("he", "the Leader")
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker: str | None = None  # the entity they refer to, pronouns resolved to the last person named
    cue_start: int | None = None
    cue_end: int | None = None
    quoted: list[Span] = field(default_factory=list)
    differs: list[Span] = field(default_factory=list)

    @property
    def words(self) -> str:
        """What the speaker said as this article gives it: the quoted pieces of a direct quotation (not
        the attribution written between them), else the reported content."""
        if self.direct and self.quoted:
            return " ".join(piece.text for piece in self.quoted)
        return self.text


@dataclass
class Quote:
    """One utterance as every outlet that carries it gives it; `speaker_mismatch` marks outlets that
    attribute the same words to different people."""

    id: str
    speaker: str | None
    speaker_text: str | None
    variants: list[QuoteVariant] = field(default_factory=list)
    agreement: Agreement = "single"
    speaker_mismatch: bool = False


@dataclass
class Quantity:
    """A number in the text, normalized to an interval [low, high] in `unit`; None means open. A date's
    values are day numbers (days since 1970-01-01, unit "day"), and `iso` spells them in ISO 8601."""

    article: str
    start: int
    end: int
    text: str
    kind: str
    low: float | None
    high: float | None
    unit: str
    hedge: str | None = None
    about: str | None = None
    iso: str | None = None


@dataclass
class Unit:
    """One fact as the outlets that carry it state it."""

    id: str
    text: str
    articles: list[str]
    coverage: Coverage
    evidence: list[Span] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    similarity: float | None = None
    centrality: float = internal(0.0)  # how close its clause is to the other articles' clauses (align)
    vector: Any = internal()  # its clause's embedding, unit length (align), to keep a summary from repeating
    # each evidence span's own (centrality, embedding), by (article, start): an outlet's version told alone
    clauses: Any = internal(factory=dict)


@dataclass
class ConflictValue:
    article: str
    text: str
    normalized: dict[str, Any]
    start: int
    end: int
    outlet: str | None = None


@dataclass
class Conflict:
    id: str
    kind: str
    about: str
    units: list[str]
    values: list[ConflictValue]
    severity: str = "discrepancy"


@dataclass
class Loaded:
    text: str
    start: int
    end: int
    where: str = "text"


@dataclass
class Framing:
    headline: str | None
    lead: str | None
    emphasis: list[str] = field(default_factory=list)
    loaded: list[Loaded] = field(default_factory=list)
    labels: dict[str, list[str]] = field(default_factory=dict)
    exclusive: list[str] = field(default_factory=list)
    omits: list[str] = field(default_factory=list)


@dataclass
class SummarySentence:
    """One sentence of a story's summary; it cites the articles its units (or conflicts) come from."""

    text: str
    citations: list[str]
    units: list[str]
    conflicts: list[str] = field(default_factory=list)


@dataclass
class Story:
    id: str
    title: str
    first_seen: str | None = None
    last_seen: str | None = None
    articles: list[Article] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    framing: dict[str, Framing] = field(default_factory=dict)
    summary: list[SummarySentence] = field(default_factory=list)
    headline: str | None = None  # one neutral line, from the summary's most central shared fact

    def article(self, article_id: str) -> Article:
        for art in self.articles:
            if art.id == article_id:
                return art
        raise KeyError(article_id)

    @property
    def originals(self) -> list[Article]:
        """The articles that are not syndicated copies of another one."""
        return [a for a in self.articles if a.copy_of is None]

    @property
    def outlets(self) -> list[str]:
        seen: dict[str, None] = {}
        for art in self.originals:
            seen.setdefault(art.outlet or art.id, None)
        return list(seen)


@dataclass
class Report:
    schema: str = SCHEMA
    generated_at: str = ""
    settings: dict[str, Any] = field(default_factory=dict)
    inputs: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    paths: list[str] = internal(factory=list)
    raw: list[RawDocument] = internal(factory=list)
    articles: list[Article] = internal(factory=list)
    placement: Any = internal()  # the story index and which of its rows and stories this run added

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = to_jsonable(self)
        return result


def to_jsonable(value: Any) -> Any:
    """Dataclasses to plain JSON values, leaving out internal fields."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_jsonable(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not f.metadata.get("internal")
        }
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    return value


def from_jsonable(cls: Any, data: Any) -> Any:
    """Rebuild a dataclass tree from its JSON form (the inverse of to_jsonable)."""
    if data is None:
        return None
    origin = typing.get_origin(cls)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(cls) if a is not type(None)]
        return from_jsonable(options[0], data) if len(options) == 1 else data
    if origin is list:
        (item,) = typing.get_args(cls)
        return [from_jsonable(item, v) for v in data]
    if origin is tuple:
        return tuple(data)
    if origin is dict:
        _, item = typing.get_args(cls)
        return {k: from_jsonable(item, v) for k, v in data.items()}
    if dataclasses.is_dataclass(cls):
        hints = typing.get_type_hints(cls)
        kwargs = {
            f.name: from_jsonable(hints[f.name], data[f.name])
            for f in dataclasses.fields(cls)
            if f.name in data and not f.metadata.get("internal")
        }
        return typing.cast(Any, cls)(**kwargs)
    return data
