"""Dates as real news writes them, resolved against the article's own date: each row is a snippet of a BASIL
article (../shared/data/stories/basil.jsonl), that article's date, the date phrase in it and the days a
reader would give it, as ISO 8601 ("../2019-02-15" is open before).

Conventions: a month, a week (Monday to Sunday) or a year is all its days; "early", "mid" and "late" a month
are its days 1–10, 11–20 and 21 to the end; "N weeks/years ago" is the period around that point, half a
period either way; "since", "from" and "after" leave the end open, "until" and "by" the start. The snippets
stay as short as the phrase needs; the test that they come from BASIL runs when ../shared is beside the
repository.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from conftest import SHARED

from newsprism.context import Context
from newsprism.model import Article, Quantity
from newsprism.quantify.dates import day_number, iso
from newsprism.stages import quantities, segment


def row(published: str, context: str, text: str, days: str, hedge: str | None = None) -> Any:
    return pytest.param(published, context, (text, days, hedge), id=f"{published}: {text}")


ROWS = [
    # absolute dates, the year from the article when it is left out
    row("2019-02-15", "Trump reopened the government for three weeks on Jan. 25", "Jan. 25", "2019-01-25"),
    row("2012-10-12", "A version of this article appears in print on October 12, 2012", "October 12, 2012",
        "2012-10-12"),
    row("2017-11-13", "WikiLeaks Twitter account on September 20, 2016", "September 20, 2016", "2016-09-20"),
    row("2013-05-15", "points describing the Sept. 11, 2012, attack", "Sept. 11, 2012", "2012-09-11"),
    row("2017-11-13", "In June 2016, Trump Jr. accepted", "June 2016", "2016-06-01/2016-06-30"),
    row("2018-08-13", "in late September 2016 on a laptop", "late September 2016", "2016-09-21/2016-09-30"),
    row("2019-02-15", "of the 1.6 million arrests that happened in 2000.", "2000", "2000-01-01/2000-12-31"),
    row("2016-08-31", "he may resign before his term ends in 2018", "2018", "2018-01-01/2018-12-31"),
    row("2019-02-15", "In January, Trump asserted that he had", "January", "2019-01-01/2019-01-31"),
    row("2018-08-13", "quit the F.B.I. in May.", "May", "2018-05-01/2018-05-31"),
    row("2018-12-20", "first reported by The Washington Post in early September.", "early September",
        "2018-09-01/2018-09-10"),
    row("2013-05-15", "better protected than they were last September.", "last September",
        "2012-09-01/2012-09-30"),
    # a month or day without its year: the tense of the clause decides which one
    row("2018-12-20", "announced her resignation in February.", "February", "2018-02-01/2018-02-28"),
    row("2018-12-20", "is expected to leave his post in July", "July", "2019-07-01/2019-07-31"),
    row("2018-12-20", "his final day in office will be Feb. 28.", "Feb. 28", "2019-02-28"),
    row("2018-12-20", "would be retiring at the end of February.", "the end of February",
        "2019-02-21/2019-02-28"),
    row("2013-02-20", "Sentencing has been set for June 28.", "June 28", "2013-06-28"),
    row("2010-12-01", "will plummet on Jan. 1.", "Jan. 1", "2011-01-01"),
    row("2011-12-07", "ahead of the Jan. 3 caucuses.", "Jan. 3", "2012-01-03"),
    row("2018-12-23", "will be leaving the administration on January 1", "January 1", "2019-01-01"),
    # hedged dates leave one end open
    row("2019-02-15", "Since 2014, a high proportion", "Since 2014", "2014-01-01/..", "since"),
    row("2018-12-20", "the biggest hike in military spending since 2002.", "since 2002", "2002-01-01/..",
        "since"),
    row("2019-01-25", "would keep the government open for three weeks until Feb. 15", "until Feb. 15",
        "../2019-02-15", "until"),
    row("2019-03-28", "demanding the full Mueller report by April 2.", "by April 2", "../2019-04-02", "by"),
    row("2013-02-20", "From December 2007 through December 2008, the", "From December 2007", "2007-12-01/..",
        "from"),
    # weekdays: the last one, the article's own day, or the next one in a clause about the future
    row("2019-02-15", "President Donald Trump on Friday declared a national emergency", "Friday",
        "2019-02-15"),
    row("2019-02-15", "a senior administration official told reporters Friday.", "Friday", "2019-02-15"),
    row("2019-02-15", "Majority Leader Mitch McConnell (R-Ky.) announced Thursday on the Senate floor",
        "Thursday", "2019-02-14"),
    row("2015-06-14", "refused on Friday to allow Mr. Obama", "Friday", "2015-06-12"),
    row("2012-08-21", "But Akin rebuffed calls late Monday to step aside", "Monday", "2012-08-20"),
    row("2012-08-21", "Akin canceled a scheduled television interview Monday night.", "Monday", "2012-08-20"),
    row("2010-12-08", "after the tax deal was announced on Monday night.", "Monday", "2010-12-06"),
    row("2013-01-14", "lawmakers who were briefed on the plan said Monday.", "Monday", "2013-01-14"),
    row("2013-01-14", "the president could use a public event as soon as Wednesday", "Wednesday",
        "2013-01-16"),
    row("2012-04-25", "Paul Ryan is heading to Georgetown University for a speech Thursday morning",
        "Thursday", "2012-04-26"),
    row("2012-04-25", "the event is still scheduled for Thursday morning.", "Thursday", "2012-04-26"),
    row("2012-10-12", "the president will approach next Tuesday's debate", "next Tuesday", "2012-10-16"),
    row("2013-02-20", "When prosecutors charged the couple last Friday", "last Friday", "2013-02-15"),
    # periods relative to the article
    row("2011-11-29", "Earlier this month a longtime Arpaio ally", "Earlier this month",
        "2011-11-01/2011-11-28"),
    row("2018-12-20", "Earlier this week, Trump went against Mattis", "Earlier this week",
        "2018-12-17/2018-12-19"),
    row("2011-11-29", "Last year, the Justice Department filed", "Last year", "2010-01-01/2010-12-31"),
    row("2016-08-31", "in a voicemail last week.", "last week", "2016-08-22/2016-08-28"),
    row("2017-11-13", "who was charged last month in Special Counsel", "last month", "2017-10-01/2017-10-31"),
    row("2010-12-01", "a new, more Republican Congress is sworn in next month.", "next month",
        "2011-01-01/2011-01-31"),
    row("2012-12-09", "since a session three weeks ago, when they", "three weeks ago",
        "2012-11-15/2012-11-21"),
    row("2012-10-12", "when he debated Sarah Palin four years ago,", "four years ago",
        "2008-04-13/2009-04-12"),
    row("2012-08-21", "As I said yesterday, Todd Akin", "yesterday", "2012-08-20"),
]  # fmt: skip


@pytest.fixture(scope="module")
def dates_in(ctx: Context):
    def run(context: str, published: str) -> list[Quantity]:
        article = Article(id="a1", path="x.txt", text=context, date=published)
        segment.segment_article(article, ctx.parse([context])[0], 4)
        return [q for q in quantities.extract(article) if q.kind == "date"]

    return run


@pytest.mark.parametrize(("published", "context", "expected"), ROWS)
def test_real_date(dates_in, published: str, context: str, expected: tuple[str, str, str | None]) -> None:
    text, days, hedge = expected
    found = dates_in(context, published)
    matches = [q for q in found if q.text == text]
    assert matches, f"{text!r} not found; found {[q.text for q in found]}"
    q = matches[0]
    assert (q.iso, q.hedge, q.unit) == (days, hedge, "day")
    assert q.iso == iso(q.low, q.high)


def test_the_table_holds_forty_real_dates() -> None:
    assert len(ROWS) >= 40


def test_a_relative_date_in_an_undated_article_is_not_read(dates_in) -> None:
    found = dates_in("Akin apologized for his remarks Monday and said yesterday he would stay.", "")
    assert found == []
    absolute = dates_in("The deal was signed on July 14, 2015, in Vienna.", "")
    assert [(q.text, q.iso) for q in absolute] == [("July 14, 2015", "2015-07-14")]


def test_day_numbers_count_from_1970() -> None:
    assert day_number(date(1970, 1, 2)) == 1
    assert iso(day_number(date(2015, 11, 23)), None) == "2015-11-23/.."


def test_every_snippet_is_real_basil_text_of_its_date() -> None:
    path = SHARED / "data" / "stories" / "basil.jsonl"
    if not path.exists():
        pytest.skip(f"the evaluation data is not here ({path.parent}); it sits in ../shared")
    with open(path, encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle]
    missing = [
        (r.values[0], r.values[1])
        for r in ROWS
        if not any(r.values[1] in a["text"] and a["date"][:10] == r.values[0] for a in articles)
    ]
    assert missing == []
