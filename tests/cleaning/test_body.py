"""The article block of a whole page flattened to text."""

from __future__ import annotations

from newsprism.cleaning.body import article_block, is_table_row, line_score, looks_like_whole_page
from newsprism.cleaning.text import clean_text, words

MENU = ["Home", "World", "Politics", "Business", "Sport", "Opinion", "Video", "Search"]
ARTICLE = [
    "The river burst its banks on Tuesday and flooded the lower port, forcing hundreds of families to "
    "leave their homes before dawn, officials said on Wednesday.",
    "Rescue teams said the water rose by more than two metres in six hours, the fastest rise recorded at "
    "the port since records began in 1998.",
    "Flood defences",
    "The mayor said schools would stay closed until Friday while engineers inspect the walls of the old "
    "harbour, which date from the nineteenth century.",
]
TEASERS = [
    "You may also like",
    "Storm warning for the coast this weekend",
    "* Week 12 power rankings (133)",
    "* Fire crews praised after warehouse blazeCrews worked through the night to save the old mill",
]
COMMENTS = [
    "Comments",
    "Jane on March 3, 2024 at 4:47 pm said:",
    "I live by the harbour and the water came up so fast that we had no time to move the car or the bikes.",
]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "© 2024 Daily Ledger"]


def page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part)


def test_line_scores() -> None:
    assert line_score(ARTICLE[0], words(ARTICLE[0]), chrome=False) == words(ARTICLE[0])
    assert line_score("Flood defences", 2, chrome=False) < 0
    assert line_score("Comments", 1, chrome=False) <= -1_000_000
    assert line_score(TEASERS[2], words(TEASERS[2]), chrome=False) < 0
    assert line_score(TEASERS[3], words(TEASERS[3]), chrome=False) < 0
    assert line_score(ARTICLE[1], words(ARTICLE[1]), chrome=True) < 0


def test_article_block_prefers_the_early_prose_block() -> None:
    scores = [-10, -10, 30, 25, -14, 28, -1_000_000, 20, 20, 20, -1_000_000, -10]
    assert article_block(scores) == (2, 6)
    assert article_block([-5, -5]) is None


def test_whole_page_keeps_the_article_only() -> None:
    cleaned = clean_text(page(MENU, ARTICLE, TEASERS, COMMENTS, FOOTER))
    assert cleaned.text.split("\n\n") == ARTICLE
    kinds = {r.text: r.kind for r in cleaned.removed}
    assert kinds["Home"] in {"nav", "outside-article"}
    assert kinds[COMMENTS[2]] == "outside-article"
    assert kinds["Storm warning for the coast this weekend"] in {"related", "outside-article"}


def test_an_article_with_a_little_chrome_is_not_cut() -> None:
    text = page(["Skip to content"], ARTICLE, ["Share this article"])
    scores = [line_score(line, words(line), chrome=False) for line in ARTICLE]
    assert not looks_like_whole_page(scores)
    assert clean_text(text).text.split("\n\n") == ARTICLE


def test_table_rows_stay_inside_the_article() -> None:
    assert is_table_row("1   Kyle Busch      5040   5")
    assert not is_table_row("Home  World")
    table = ["Pos   Driver          Points", "1     Kyle Busch      5040", "2     Martin Truex    5035"]
    cleaned = clean_text(page(MENU, ARTICLE[:2], table, ARTICLE[2:], TEASERS, FOOTER))
    for row in table:
        assert " ".join(row.split()) in cleaned.text
