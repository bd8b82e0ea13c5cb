"""Quantity phrases as real news writes them: each row is a snippet of an article or claim in ../shared/data
(BASIL, NeuS, Multi-News, ClaimDiff), the quantity in it, and the interval a reader would give it.

Conventions of the expected values: hedges as `newsprism.quantify.HEDGES` reads them ("more than" opens the
top, "about" is ±10%, "nearly" is the 10% below); a range is its two ends; "dozens of" is 24–99, "hundreds
of" 200–999, "thousands of" 2,000–9,999, "tens of thousands of" 20,000–99,999, "millions of" 2–9.99
million; a month is 1/12 of a Julian year. The snippets stay as short as the phrase needs; the test that
they come from the data runs when ../shared is beside the repository.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import SHARED

from newsprism.context import Context
from newsprism.model import Article, Quantity
from newsprism.stages import quantities, segment

MIN, HOUR, DAY, WEEK = 60, 3600, 86400, 604800
YEAR = 31557600
MONTH = YEAR / 12


def row(
    source: str,
    context: str,
    text: str,
    kind: str,
    low: float | None,
    high: float | None,
    unit: str,
    hedge: str | None = None,
    *,
    bug: str | None = None,
) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=bug)] if bug else []
    return pytest.param(
        source, context, (text, kind, low, high, unit, hedge), marks=marks, id=f"{source}: {text}"
    )


ROWS = [
    # money
    row("basil", "million for humanitarian assistance and $805 million for drug detection technology",
        "$805 million", "money", 805e6, 805e6, "USD"),
    row("multi_news", "and also pledged to donate $50,000 to the Committee to",
        "$50,000", "money", 5e4, 5e4, "USD"),
    row("basil", "was charged with illegally funneling more than $10,000 into his campaign.",
        "more than $10,000", "money", 1e4, None, "USD", "more than"),
    row("claimdiff", "We are talking about general revenue of over $1 trillion a year.",
        "over $1 trillion", "money", 1e12, None, "USD", "over"),
    row("claimdiff", "for its role in paying $150,000 for the rights to McDougal's story.",
        "$150,000", "money", 15e4, 15e4, "USD"),
    row("neus", "while running deficits above $1.3 trillion throughout the next",
        "above $1.3 trillion", "money", 1.3e12, None, "USD", "above"),
    row("neus", "the midterm vote, rose from $12 million to $92 million.",
        "$92 million", "money", 92e6, 92e6, "USD"),
    row("neus", "the midterm vote, rose from $12 million to $92 million.",
        "$12 million", "money", 12e6, 12e6, "USD"),
    row("multi_news", "Ross personally invested only about $3 million in his firm's first two",
        "about $3 million", "money", 2.7e6, 3.3e6, "USD", "about"),
    row("basil", "with his use of $750,000 in campaign money to pay for living",
        "$750,000", "money", 75e4, 75e4, "USD"),
    row("multi_news", "listing $1.25 billion in partnership interests, $1.1 billion",
        "$1.25 billion", "money", 1.25e9, 1.25e9, "USD"),
    row("neus", "where its fate is intertwined with a $3.5 trillion package of Democratic",
        "$3.5 trillion", "money", 3.5e12, 3.5e12, "USD"),
    row("neus", "from targeting people making at least $90,000 a year",
        "at least $90,000", "money", 9e4, None, "USD", "at least"),
    row("multi_news", "left behind an estimated $26.6 million estate",
        "an estimated $26.6 million", "money", 23.94e6, 29.26e6, "USD", "an estimated"),
    row("neus", "up the construction of a roughly\xa0$1 trillion infrastructure bill",
        "roughly\xa0$1 trillion", "money", 0.9e12, 1.1e12, "USD", "roughly"),
    row("basil", "Obama has cut $716 billion from Medicare.", "$716 billion", "money", 716e9, 716e9, "USD"),
    row("multi_news", "WL Ross agreed to pay a $2.3 million fine",
        "$2.3 million", "money", 2.3e6, 2.3e6, "USD"),
    # a weight in pounds is no sum of money
    row("basil", "he was 5-foot-11 and 215 pounds.", "215 pounds", "count", 215, 215, "pound"),
    row("multi_news", "and put hundreds of millions of dollars in your pocket.",
        "hundreds of millions of dollars", "money", 2e8, 9.99e8, "USD"),
    row("multi_news", "in return for tens of thousands of dollars in electronic currency.",
        "tens of thousands of dollars", "money", 2e4, 99999, "USD"),
    row("multi_news", "Our business has been injured to millions of dollars.",
        "millions of dollars", "money", 2e6, 9.99e6, "USD"),
    # percentages and percentage points
    row("claimdiff", "After all, FICA taxes amount to 6.2% each for employers and",
        "6.2%", "percent", 6.2, 6.2, "%"),
    row("multi_news", "yielded a probability of 77 percent that if the wreck were",
        "77 percent", "percent", 77, 77, "%"),
    row("claimdiff", "blood plasma treatment had cut COVID-19 mortality by 35%.",
        "35%", "percent", 35, 35, "%"),
    row("basil", "projections that currently are in the range of 2 percent to 3 percent.",
        "2 percent to 3 percent", "percent", 2, 3, "%"),
    row("neus", "Unemployment dropped to 3.9 percent in April, the lowest",
        "3.9 percent", "percent", 3.9, 3.9, "%"),
    row("multi_news", "Tesla shares were down more than 1% early Wednesday",
        "more than 1%", "percent", 1, None, "%", "more than"),
    row("neus", "Democratic Attorney General Andy Beshear, 49.4 percent (456,332 votes) to 48.5 percent",
        "49.4 percent", "percent", 49.4, 49.4, "%"),
    row("neus", "Democratic Attorney General Andy Beshear, 49.4 percent (456,332 votes) to 48.5 percent",
        "48.5 percent", "percent", 48.5, 48.5, "%"),
    row("neus", "Hillary Clinton in 2016 by more than 20 percentage points.",
        "more than 20 percentage points", "percent", 20, None, "pp", "more than"),
    row("multi_news", "to about 160% in Anchiornis huxleyi and about 140% in Aurornis xui",
        "about 140%", "percent", 126, 154, "%", "about"),
    row("multi_news", "Tryfan is responsible for “about 30 per cent” of the incidents",
        "about 30 per cent", "percent", 27, 33, "%", "about"),
    row("multi_news", "So are 13% of boys and girls in developing", "13%", "percent", 13, 13, "%"),
    row("multi_news", "overweight soared 28 percent in adults and 47 percent in",
        "28 percent", "percent", 28, 28, "%"),
    row("multi_news", "overweight soared 28 percent in adults and 47 percent in",
        "47 percent", "percent", 47, 47, "%"),
    row("claimdiff", "and employees for Social Security, and 1.45% each for Medicare.",
        "1.45%", "percent", 1.45, 1.45, "%"),
    row("multi_news", "enough tickets to cover 65 percent to 75 percent of the possible number",
        "65 percent to 75 percent", "percent", 65, 75, "%"),
    row("multi_news", "has advanced by more than 14% so far this year",
        "more than 14%", "percent", 14, None, "%", "more than"),
    row("multi_news", "collect the money and keep anywhere from 50 to 90 percent of it.",
        "50 to 90 percent", "percent", 50, 90, "%"),
    row("basil", "increase economic growth next year by 1.25 percentage points and create 1.6 million jobs.",
        "1.25 percentage points", "percent", 1.25, 1.25, "pp"),
    # ranges
    row("basil", "Mr. Jackson receive a sentence of 46 to 57 months in prison.",
        "46 to 57 months", "duration", 46 * MONTH, 57 * MONTH, "s"),
    row("basil", "they would seek to have her sentenced to 18 to 24 months.",
        "18 to 24 months", "duration", 18 * MONTH, 24 * MONTH, "s"),
    row("neus", "the defense team would likely take three to four hours on Friday",
        "three to four hours", "duration", 3 * HOUR, 4 * HOUR, "s"),
    row("basil", "by anyone 19 or older with anyone between 12 and 16 years old is considered",
        "between 12 and 16 years old", "age", 12, 16, "year"),
    row("basil", "when they were between 16 and 18 years old.",
        "between 16 and 18 years old", "age", 16, 18, "year"),
    # ages
    row("basil", "Raul Labrador, a 46-year-old Mormon father of five",
        "a 46-year-old", "age", 46, 46, "year"),
    row("multi_news", "Gloria, 67, said: “It didn’t matter how", "67", "age", 67, 67, "year",
        bug="the small English model types the first name 'Gloria' as a place"),
    row("multi_news", "he loved it,\" said Murray Rubin, 87, a retired", "87", "age", 87, 87, "year"),
    row("multi_news", "It was Autumn Veatch, 16, calling Monday from a", "16", "age", 16, 16, "year"),
    row("multi_news", "will rely on 18-year-old Christina McHale and 19-year-old Melanie Oudin this weekend",
        "18-year-old", "age", 18, 18, "year"),
    row("multi_news", "will rely on 18-year-old Christina McHale and 19-year-old Melanie Oudin this weekend",
        "19-year-old", "age", 19, 19, "year"),
    row("basil", "at times, the 42-year-old kept his composure for much",
        "42-year-old", "age", 42, 42, "year"),
    row("basil", "Mr. Cowan, 43, who is known as Mo, is", "43", "age", 43, 43, "year"),
    row("basil", "On Friday, the aide, Elizabeth Lauten, 31, who has more than 14,",
        "31", "age", 31, 31, "year"),
    row("neus", "Toni Preckwinkle, a 72-year-old former school teacher with nearly two decades",
        "a 72-year-old", "age", 72, 72, "year"),
    row("neus", "Toni Preckwinkle, a 72-year-old former school teacher with nearly two decades",
        "nearly two decades", "duration", 18 * YEAR, 20 * YEAR, "s", "nearly"),
    row("multi_news", "A 12-year-old boy died Monday after being", "A 12-year-old", "age", 12, 12, "year"),
    row("claimdiff", "but before the 15-year-old girl's allegations surfaced.",
        "15-year-old", "age", 15, 15, "year"),
    row("multi_news", "said Lizandra Cosme, 32, and Susana Gonzalez, 27, face charges after five",
        "32", "age", 32, 32, "year"),
    row("multi_news", "said Lizandra Cosme, 32, and Susana Gonzalez, 27, face charges after five",
        "27", "age", 27, 27, "year"),
    row("multi_news", "identified by the sheriff's office as Snochia Moseley, 26, from Baltimore County.",
        "26", "age", 26, 26, "year"),
    row("basil", "Mr. Trump said that Mr. Mattis, 68, will leave at the end", "68", "age", 68, 68, "year"),
    row("claimdiff", "A 77-year-old retired St. Louis police", "A 77-year-old", "age", 77, 77, "year"),
    row("claimdiff", "The Weekly Standard, a 28-year old neoconservative institution, is",
        "a 28-year old", "age", 28, 28, "year"),
    row("multi_news", "caused injury\" to the five 2-year-old children - three girls and two",
        "2-year-old", "age", 2, 2, "year"),
    # vague plurals
    row("claimdiff", "the new materials, perhaps thousands of emails, were discovered",
        "thousands of emails", "count", 2000, 9999, "email"),
    row("neus", "A federal judge released hundreds of pages of court documents",
        "hundreds of pages", "count", 200, 999, "page"),
    row("neus", "even though millions of workers are still out of work",
        "millions of workers", "count", 2e6, 9.99e6, "worker"),
    row("basil", "Chick-fil-A swelled across the country, dozens of groups and prominent individuals",
        "dozens of groups", "count", 24, 99, "group"),
    row("claimdiff", "as tens of thousands of workers are unlikely to meet a",
        "tens of thousands of workers", "count", 2e4, 99999, "worker"),
    row("neus", "extending emergency relief for millions of borrowers that had been set to",
        "millions of borrowers", "count", 2e6, 9.99e6, "borrower"),
    row("basil", "which saw thousands of activists reconvene in cities",
        "thousands of activists", "count", 2000, 9999, "activist"),
    row("basil", "It was on vivid display Tuesday before hundreds of supporters, including",
        "hundreds of supporters", "count", 200, 999, "supporter"),
    row("basil", "grateful to have the support of hundreds of farmers across Iowa",
        "hundreds of farmers", "count", 200, 999, "farmer"),
    row("neus", "opposition from hundreds of universities, the Trump",
        "hundreds of universities", "count", 200, 999, "university"),
    row("neus", "chemical attacks on civilians which killed dozens of men, women, and children.",
        "dozens of men", "count", 24, 99, "man"),
    row("multi_news", "labeled as illegal cross-selling to millions of customers who often were enrolled",
        "millions of customers", "count", 2e6, 9.99e6, "customer"),
    row("multi_news", "he was culpable for the hundreds of people killed by security forces",
        "hundreds of people", "count", 200, 999, "people"),
    row("claimdiff", "unrest across the Middle East pushed millions of people to flee their homes",
        "millions of people", "count", 2e6, 9.99e6, "people"),
    row("multi_news", "Israeli strikes have also hit dozens of homes.",
        "dozens of homes", "count", 24, 99, "home"),
    row("basil", "and have voluntarily turned over thousands of documents in response to their",
        "thousands of documents", "count", 2000, 9999, "document"),
    row("neus", "The agenda detailed dozens of initiatives, but also called for",
        "dozens of initiatives", "count", 24, 99, "initiative"),
    # counts
    row("neus", "on Palm Sunday left at least 40 people dead and injured dozens of",
        "at least 40 people dead", "casualties", 40, None, "killed", "at least"),
    row("neus", "Employers add 266,000 jobs, unemployment rate",
        "266,000 jobs", "count", 266000, 266000, "job"),
    row("claimdiff", "Trump has 740 delegates to Cruz's 514.",
        "740 delegates", "count", 740, 740, "delegate"),
    row("basil", "To date, 23 states and the District of", "23 states", "count", 23, 23, "state"),
    row("multi_news", "More than 500 people signed letters.",
        "More than 500 people", "count", 500, None, "people", "more than"),
    row("neus", "In a 5-4 ruling that affects more than 600,000 immigrants who were brought to the",
        "more than 600,000 immigrants", "count", 6e5, None, "immigrant", "more than"),
    row("neus", "Police said 13 people were killed in separate shootings",
        "13 people were killed", "casualties", 13, 13, "killed"),
    # casualty figures: the unit says whether people died or were hurt
    row("basil", "the attacks that killed nearly 3,000 people",
        "nearly 3,000", "casualties", 2700, 3000, "killed", "nearly"),
    row("basil", "in which 50 people were killed and at least 53 others were wounded",
        "at least 53 others were wounded", "casualties", 53, None, "injured", "at least"),
    row("multi_news", "Morsi supporters left about 80 dead",
        "about 80 dead", "casualties", 72, 88, "killed", "about"),
    row("multi_news", "At least 15 died when police shot into crowds",
        "At least 15 died", "casualties", 15, None, "killed", "at least"),
    row("multi_news", "bringing the death toll in the military to 56",
        "56", "casualties", 56, 56, "killed"),
    row("multi_news", "the Palestinian death toll since fighting began is now 1,442",
        "1,442", "casualties", 1442, 1442, "killed"),
    row("multi_news", "killing at least 17 people",
        "at least 17", "casualties", 17, None, "killed", "at least"),
    row("multi_news", "wounding more than 200 people",
        "more than 200", "casualties", 200, None, "injured", "more than"),
    row("multi_news", "which left 43 people dead, nearly 1,200 injured",
        "nearly 1,200 injured", "casualties", 1080, 1200, "injured", "nearly"),
    row("basil", "the attack that killed four Americans in Benghazi",
        "four", "casualties", 4, 4, "killed"),
    row("multi_news", "A woman killed three people and wounded three others",
        "three", "casualties", 3, 3, "killed"),
    # those who died at one place are part of the toll, and their place is in the unit
    row("multi_news", "Two people died on the scene. Four people were taken to Johns Hopkins",
        "Two people died", "casualties", 2, 2, "killed on the scene"),
    # times of day, in minutes after midnight
    row("basil", "He’ll make the announcement today at 11am from his hometown",
        "11am", "time", 660, 660, "min"),
    row("multi_news", "at around 2pm, that the man spotted",
        "around 2pm", "time", 825, 855, "min", "around"),
    row("multi_news", "until 6am on Saturday", "6am", "time", 360, 360, "min"),
    row("basil", "The Democrats would need 25 seats in the House to regain",
        "25 seats", "count", 25, 25, "seat"),
    row("multi_news", "which organizers said brought an estimated 10,000 people and up to 26,000 riot",
        "an estimated 10,000 people", "count", 9000, 11000, "people", "an estimated"),
    row("claimdiff", "(More than 30 countries, most in the Western",
        "More than 30 countries", "count", 30, None, "country", "more than"),
    row("basil", "troops in Afghanistan by the summer -- some 7,000 soldiers -- has drawn similar",
        "some 7,000 soldiers", "count", 6300, 7700, "soldier", "some"),
    row("neus", "A total of 1.19 million people filed new claims last",
        "1.19 million people", "count", 1.19e6, 1.19e6, "people"),
    row("neus", "rally attended by upward of 50,000 people, a rare mass showing",
        "upward of 50,000 people", "count", 5e4, None, "people", "upward of"),
    row("neus", "The economy shed 140,000 jobs in December, the Bureau",
        "140,000 jobs", "count", 14e4, 14e4, "job"),
    row("basil", "the Connecticut mass shooting in which 20 children were killed.",
        "20 children", "count", 20, 20, "child"),
    row("multi_news", "the First District affirmed 26 of 31 cases where the employer won",
        "31 cases", "count", 31, 31, "case"),
    row("basil", "The Post interviewed more than 30 people in reporting its",
        "more than 30 people", "count", 30, None, "people", "more than"),
    row("basil", "increase economic growth next year by 1.25 percentage points and create 1.6 million jobs.",
        "1.6 million jobs", "count", 1.6e6, 1.6e6, "job"),
    row("neus", "Democratic Attorney General Andy Beshear, 49.4 percent (456,332 votes) to 48.5 percent",
        "456,332 votes", "count", 456332, 456332, "vote"),
    # durations
    row("multi_news", "Prime Minister Yousaf Raza Gillani began a four-day visit to China",
        "a four-day", "duration", 4 * DAY, 4 * DAY, "s"),
    row("multi_news", "the family has lived in the home for around 14 years.",
        "around 14 years", "duration", 12.6 * YEAR, 15.4 * YEAR, "s", "around"),
    row("claimdiff", "Democrats wanted to see six years of his returns.",
        "six years", "duration", 6 * YEAR, 6 * YEAR, "s"),
    row("neus", "Schumer’s announcement came one day after President", "one day", "duration", DAY, DAY, "s"),
    row("neus", "For 16 years, advocates for legalizing young",
        "16 years", "duration", 16 * YEAR, 16 * YEAR, "s"),
    row("multi_news", "to become masters of the craft in just one five-minute lesson.",
        "five-minute", "duration", 5 * MIN, 5 * MIN, "s"),
    row("neus", "under the Freedom of Information Act after a three-year legal battle",
        "a three-year", "duration", 3 * YEAR, 3 * YEAR, "s"),
    row("basil", "have been furloughed or forced to work without pay for 35 days.",
        "35 days", "duration", 35 * DAY, 35 * DAY, "s"),
    row("multi_news", "Then I spent a year at Letterman as a writer", "a year", "duration", YEAR, YEAR, "s"),
    row("basil", "we’ve extended the life of Medicare by eight years.",
        "eight years", "duration", 8 * YEAR, 8 * YEAR, "s"),
    row("multi_news", "app that tracked her every move 24 hours a day, seven days a week.",
        "24 hours", "duration", DAY, DAY, "s"),
    row("multi_news", "app that tracked her every move 24 hours a day, seven days a week.",
        "seven days", "duration", 7 * DAY, 7 * DAY, "s"),
    row("neus", "the coronavirus ended seven months of job growth and weakened the",
        "seven months", "duration", 7 * MONTH, 7 * MONTH, "s"),
    row("neus", "is likely to hit in two weeks,\" and said the federal",
        "two weeks", "duration", 2 * WEEK, 2 * WEEK, "s"),
    row("multi_news", "Clothing can carry VX for about 30 minutes after contact with the vapour",
        "about 30 minutes", "duration", 27 * MIN, 33 * MIN, "s", "about"),
    row("multi_news", "and he was sentenced to a minimum of nine years in 2008.",
        "a minimum of nine years", "duration", 9 * YEAR, None, "s", "a minimum of"),
    row("basil", "Reince Priebus lasted barely six months as White House chief of",
        "six months", "duration", 6 * MONTH, 6 * MONTH, "s"),
    row("claimdiff", "which is typically around 22 weeks or later.",
        "around 22 weeks", "duration", 19.8 * WEEK, 24.2 * WEEK, "s", "around"),
    row("multi_news", "an honorary Oscar over her eight-decade career.",
        "eight-decade", "duration", 80 * YEAR, 80 * YEAR, "s"),
    row("basil", "the first Cabinet official in 40 years to resign over a stated policy",
        "in 40 years", "since", 40 * YEAR, 40 * YEAR, "s"),
    row("multi_news", "her dying mother had pulled her close some 14 years earlier and whispered",
        "some 14 years", "duration", 12.6 * YEAR, 15.4 * YEAR, "s", "some"),
    row("basil", "Mueller, the special counsel, completed his 22-month investigation of the subject.",
        "22-month", "duration", 22 * MONTH, 22 * MONTH, "s"),
    row("neus", "Just over 12 hours after Theresa May announced",
        "Just over 12 hours", "duration", 12 * HOUR, 13.8 * HOUR, "s", "just over"),
    row("basil", "“After more than two years of investigation plagued by malicious",
        "more than two years", "duration", 2 * YEAR, None, "s", "more than"),
    row("basil", "down on Tehran's nuclear activities for at least 10 years but then slowly ease",
        "at least 10 years", "duration", 10 * YEAR, None, "s", "at least"),
]  # fmt: skip


@pytest.fixture(scope="module")
def found_in(ctx: Context):
    cache: dict[str, list[Quantity]] = {}

    def run(context: str) -> list[Quantity]:
        if context not in cache:
            article = Article(id="a1", path="x.txt", text=context)
            segment.segment_article(article, ctx.parse([context])[0], 4)
            cache[context] = quantities.extract(article)
        return cache[context]

    return run


@pytest.mark.parametrize(("source", "context", "expected"), ROWS)
def test_real_phrase(found_in, source: str, context: str, expected: tuple[Any, ...]) -> None:
    text, kind, low, high, unit, hedge = expected
    matches = [q for q in found_in(context) if q.text == text]
    assert matches, f"{text!r} not found; found {[q.text for q in found_in(context)]}"
    q = matches[0]
    assert (q.kind, q.unit, q.hedge) == (kind, unit, hedge)
    for got, want in ((q.low, low), (q.high, high)):
        assert got == (None if want is None else pytest.approx(want, rel=1e-3))


def test_the_table_holds_a_hundred_real_phrases() -> None:
    assert len(ROWS) >= 100
    assert {r.values[0] for r in ROWS} == {"basil", "neus", "multi_news", "claimdiff"}


def test_a_vote_split_is_not_a_count(found_in) -> None:
    found = found_in("In a 5-4 ruling that affects more than 600,000 immigrants who were brought to the")
    assert [q.text for q in found] == ["more than 600,000 immigrants"]


def _dataset_texts() -> dict[str, list[str]]:
    data = SHARED / "data"
    texts: dict[str, list[str]] = {"basil": [], "neus": [], "multi_news": [], "claimdiff": []}
    with open(data / "stories" / "basil.jsonl", encoding="utf-8") as handle:
        texts["basil"] = [json.loads(line)["text"] for line in handle]
    with open(data / "stories" / "neus_test.jsonl", encoding="utf-8") as handle:
        texts["neus"] = [a["text"] for line in handle for a in json.loads(line)["articles"]]
    with open(data / "summaries" / "multi_news.jsonl", encoding="utf-8") as handle:
        texts["multi_news"] = [d for line in handle for d in json.loads(line)["documents"]]
    with open(data / "conflicts" / "claimdiff.jsonl", encoding="utf-8") as handle:
        texts["claimdiff"] = [
            c for line in handle for c in (json.loads(line)["claim_a"], json.loads(line)["claim_b"])
        ]
    return texts


def test_every_snippet_is_real_text_of_its_dataset() -> None:
    if not (SHARED / "data" / "stories" / "basil.jsonl").exists():
        pytest.skip(f"the evaluation data is not here ({SHARED / 'data'}); it sits in ../shared")
    texts = _dataset_texts()
    missing = [
        (r.values[0], r.values[1]) for r in ROWS if not any(r.values[1] in t for t in texts[r.values[0]])
    ]
    assert missing == []
