"""Who an article gives a quotation's words to, by the quotations stage's speaker for them."""

from __future__ import annotations

import re
from itertools import chain

from ..model import Article, Entity, QuoteVariant, Story
from ..names import OFFICES, fold

# the words a speech tag gives quoted words to that stand for a speaker the quotations stage resolved: not
# "it" ("It predicted: …", a bulletin) nor "my" ("My daughter")
_STANDING_FOR = {"he", "she", "they", "i", "we", "who", "his"}
_PRONOUNS = _STANDING_FOR | {"him", "her", "it", "you", "them", "its", "their", "our", "my"}
# words given quoted words that name no one the story has an entity for, in as many words as a source is
# named and ending on an office or a source's noun ("the Syrian foreign ministry", "officials", "the incident
# report"), not a misread cue ("the good news")
_UNNAMED_WORDS = 6
_SOURCES = {
    "family", "statement", "report", "website", "site", "ministry", "department", "police", "agency",
    "company", "government", "court", "filing", "letter", "lawsuit", "complaint", "release", "campaign",
    "office", "embassy", "army", "military", "authority", "authorities", "prosecutor", "lawyer", "witness",
    "resident", "source", "document", "memo", "policy", "post", "tweet", "message", "school", "university",
    "hospital", "board", "committee", "council", "commission", "union", "team", "group", "organization",
    "party", "administration", "spokesperson", "parent", "neighbor", "neighbour", "friend", "doctor",
    "researcher", "expert", "analyst", "scientist", "investigator",
}  # fmt: skip
# where the words naming someone go on to qualify them: "the leader | of the rescue team", "officials | in
# Damascus", "a spokesman | for the ministry", "the senator, | who …"
_QUALIFIED = re.compile(r",|\b(?:of|in|at|for|from|with|who|on)\b", re.I)


def speaker_of(story: Story, article: Article, region: tuple[int, int]) -> str | None:
    """Who the article gives the quoted words in `region` to: the quotation's speaker, where this article's
    version names them, by a mention of theirs or a pronoun, or names no one. Another outlet's speaker is
    not this one's: words "the researchers wrote" are not BuzzFeed's where another outlet has BuzzFeed
    report them. Where the quotation has no speaker the story names, the words the article gives it to, as
    written ("the Syrian foreign ministry"), when they are a few and no pronoun."""
    unnamed = None
    for quote in story.quotes:
        for v in quote.variants:
            if v.article != article.id or not region[0] <= v.start < region[1]:
                continue
            if quote.speaker:
                entity = next(e for e in story.entities if e.id == quote.speaker)
                return entity.canonical if _names(article, v, entity) else None
            if unnamed is None and _source(v.speaker_text or ""):
                unnamed = " ".join((v.speaker_text or "").split())
    return unnamed


def _source(cue: str) -> bool:
    """Whether the words a version gives quoted words to name a source the story has no entity for
    (`_SOURCES`, an office), in a few words and with no pronoun."""
    words = fold(cue).split()
    if not 0 < len(words) <= _UNNAMED_WORDS or set(words) & _PRONOUNS:
        return False
    return bool(_forms(words[-1:]) & (_SOURCES | OFFICES))


def _names(article: Article, variant: QuoteVariant, entity: Entity) -> bool:
    """Whether the article's version of a quotation may be given to the entity: it names no speaker, or
    names them by a mention of theirs, a word of their name ("TRUMP: …"), an office ("the president") or
    a pronoun the quotations stage resolved ("he", "who")."""
    if variant.speaker_start is None or not variant.speaker_text:
        return True
    if any(
        m.article == article.id and variant.speaker_start <= m.start < (variant.speaker_end or m.end)
        for m in entity.mentions
    ):
        return True
    return may_stand_for(variant.speaker_text, entity)


def may_stand_for(cue: str, entity: Entity) -> bool:
    """Whether the words a version gives quoted words to may stand for the entity: a word of their name
    ("TRUMP: …"), a pronoun ("he", "who") or words that name an office ("the president", "officials", "the
    leader of the rescue team"), by the noun they end on before what qualifies it: "the Syrian foreign
    ministry" is a ministry, not the State Department's spokeswoman, though "foreign" may open an office."""
    names = {w for n in [entity.canonical, *chain(*entity.labels.values())] for w in fold(n).split()}
    head = fold(_QUALIFIED.split(cue)[0]).split()[-1:]
    return bool(_forms(fold(cue).split()) & (names | _STANDING_FOR) or _forms(head) & OFFICES)


def _forms(words: list[str]) -> set[str]:
    """The words and their singulars ("officials": "official")."""
    return {*words, *(w.removesuffix("s") for w in words)}
