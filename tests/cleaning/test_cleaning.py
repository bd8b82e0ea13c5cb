"""Cleaning rules: site chrome, titles, bylines and repeated captions out; outlet, date and language in."""

from __future__ import annotations

import textwrap

import pytest
from cleaning_samples import BODY, CAPTION, DUMP, HEADER, PAGE

from newsprism.cleaning.html import clean_html
from newsprism.cleaning.meta import detect_language, outlet_from_filename, outlet_from_url
from newsprism.cleaning.text import _outlet_name, chrome_kind, clean_text, is_caption, split_title_line
from newsprism.errors import InputError
from newsprism.settings import load_settings

PRECISION_MIN_CHARS = load_settings(environ={}).clean.precision_min_chars


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Select Page", "nav"),
        ("Media ID: 55345656", "id-line"),
        ("Skip to content", "nav"),
        ("Share this article", "share"),
        ("Subscribe to our newsletter", "subscribe"),
        ("© 2026 X. All rights reserved.", "copyright"),
        ("Home > World", "breadcrumb"),
        ("Advertisement", "advert"),
        ("We use cookies to improve your experience", "cookie"),
        ("ASHARQ AL-AWSAT English Archive 2005 -2017", "archive-banner"),
        ("Share on Facebook", "share"),
        ("Read more: how the deal works", "related"),
        ("Follow us on Twitter", "follow"),
        # the text of embedded players and widgets, as Multi-News's scraped pages carry it
        (
            "You can add location information to your Tweets, such as your city or precise location, from "
            "the web and via third-party applications. You always have the option to delete your Tweet "
            "location history. Learn more",
            "embed",
        ),
        (
            "When you tweet with a location, Twitter stores that location. You can switch location on/off "
            "before each Tweet and always have the option to delete your location history. Learn more",
            "embed",
        ),
        (
            "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive. "
            "Flowing in every day, these data are added to the Wayback Machine after an embargo period.",
            "archive-notice",
        ),
        (
            "These crawls are part of an effort to archive pages as they are created and archive the pages "
            "that they refer to.",
            "archive-notice",
        ),
        ("Video Loading Video Unavailable Click to play Tap to play The video will start in 8", "embed"),
        (
            'Media playback is unsupported on your device Media caption Timbuktu mayor Halle Cisse: "We '
            "don't know who's in charge\"",
            "embed",
        ),
        ("Image copyright Getty Images Image caption Protesters gathered outside the embassy", "caption"),
        (
            "Father of Portland Shooting Victim Says Justice Will Be Served Posted: Wednesday, June 27, 2012 "
            "1:32 PM EDT Updated: Wednesday, June 27, 2012 2:15 PM EDT",
            "updated",
        ),
        ("The interactive transcript could not be loaded.", "embed"),
        ("Rating is available when the video has been rented.", "embed"),
        ("This feature is not available right now. Please try again later.", "embed"),
        (
            'When asked about being down in the race, Trump adviser replies, "Says who?"https://t.co/HO9wqbdDWR'
            "https://t.co/C2UzSDdUo4 — The Situation Room (@CNNSitRoom) August 17, 2016",
            "embed",
        ),
        ("(This story has been updated with comments from the plaintiff's attorney.)", "updated"),
        ("Sharaf al-Hourani contributed to this report.", "credit"),
        (
            "AP writers Margie Mason in Jakarta, Indonesia, and Eric Talmadge in Tokyo contributed to this "
            "report.",
            "credit",
        ),
        ("(Reporting by Joan Gralla; Editing by Jan Paschal)", "credit"),
        ("Nicholas Kamm/AFP/Getty Images", "credit"),
        ("This article appeared on page A - 10 of the San Francisco Chronicle", "credit"),
        (
            "Linda Stansberry is a staff writer at the Journal. Reach her at 442-1400, extension 317, or "
            "linda@northcoastjournal.com. Follow her on Twitter @LCStansberry.",
            "credit",
        ),
        ("Mira Dostal is a senior correspondent for the Herald. Email her at mira@herald.example.", "credit"),
        ("(Image: Reuters)", "credit"),
        ("(Photo: Getty Images/iStockphoto)", "credit"),
        # a photo gallery's captions, run together into one paragraph
        (
            "Photos: The rise and fall of O.J. Simpson Photos: The rise and fall of O.J. Simpson "
            "O.J. Simpson reacts after learning he was granted parole. Hide Caption 1 of 23 Photos: "
            "The rise and fall of O.J. Simpson Simpson, pictured in 1974, was a running back. "
            "Hide Caption 2 of 23",
            "gallery",
        ),
        (
            "CLOSE If the hearing goes as expected, Simpson would be eligible to leave prison on Oct. 1. USA "
            "TODAY Sports",
            "embed",
        ),
        ("CLOSE Skip in Skip x Embed x Share FBI officials say there are no more threats.", "embed"),
        (
            "EMBED More News Videos Bill Cosby heads to Montgomery County Correctional Facility in "
            "Eagleville. Watch the report from Chad Pradelli on Action News at 4 p.m.",
            "embed",
        ),
        # a newsletter sign-up box, its messages run together
        (
            "Get daily updates directly to your inbox + Subscribe Thank you for subscribing! Could not "
            "subscribe, try again later Invalid Email",
            "subscribe",
        ),
        (
            "Get daily news updates directly to your inbox Subscribe Thank you for subscribing We have more "
            "newsletters Show me See our privacy notice Could not subscribe, try again later Invalid Email",
            "subscribe",
        ),
        (
            "Cheat Sheet A speedy, smart summary of all the news you need to know. By clicking "
            '"Subscribe," you agree to have read the Terms of Use and Privacy Policy Subscribe Thank You!',
            "subscribe",
        ),
        (
            "Breaking News Emails Get breaking news alerts and special reports. The news and stories that "
            "matter, delivered weekday mornings.",
            "subscribe",
        ),
    ],
)
def test_chrome_kind_on_chrome_lines(line, kind):
    assert chrome_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Putin made his first visit in 8 years to Tehran yesterday.",
        "Home prices rose 3% in March, the ministry said.",
        "Share prices fell sharply on Monday after the announcement.",
        "Advertising revenue fell 5% last year.",
        "Follow-up talks are planned for next week in Vienna, the ministry said.",
        "The online archive 2005-2017 was opened to researchers in Tehran on Monday.",
        "Video of the attack was posted online, and viewers could click to play it on the site.",
        "Media playback of the speech was cut off, the broadcaster said.",
        "The video was posted: officials updated: the count twice on Monday, the ministry said.",
        "(This story has been told many times, but rarely by the survivors themselves.)",
        "The tweet, posted at https://t.co/abc, was deleted by Monday, the ministry said.",
        "Image rights are at the heart of the case, the court heard.",
        "Image copyright laws differ from country to country, the court heard.",
        "Photos: the ministry said the gallery would hide captions 1 of 23 in the show.",
        "Starting in 1996, Alexa Internet sold its crawl data to several companies, the filing shows.",
        "Three agencies contributed to this report, which was published on Monday by the ministry.",
        "Reporting by the Karsk Herald on the tariff drew complaints from the ministry.",
        "Fans follow her on Twitter by the millions, and the ministry said so on Monday.",
        "Fans in Karsk follow her on Twitter.",
        "Mira Dostal is a staff writer at the Herald who covered the talks for a decade.",
        "(Photo evidence was shown to the court on Monday, the ministry said.)",
    ],
)
def test_chrome_kind_leaves_content_alone(line):
    assert chrome_kind(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Copyright law changes were approved by parliament on Tuesday.",
        "Post-election protests spread on Facebook and Twitter, officials said.",
        "Close to 200 people gathered outside the ministry on Monday.",
        "CLOSE to 200 people gathered outside the ministry on Monday.",
    ],
)
def test_chrome_kind_content_starting_like_chrome(line):
    assert chrome_kind(line) is None


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        ("Headline | Outlet", ("Headline", "Outlet")),
        ("Storm hits coast - BBC News", ("Storm hits coast", "BBC News")),
        ("Storm hits coast — The Guardian", ("Storm hits coast", "The Guardian")),
        ("A | B | Daily Ledger", ("A | B", "Daily Ledger")),
        ("The minister resigned on Friday - a first for the party.", None),
        ("No separator in this line", None),
        ("Headline | " + " ".join(["word"] * 11), None),
    ],
)
def test_split_title_line(line, parts):
    assert split_title_line(line) == parts


def test_clean_text_scraped_dump():
    cleaned = clean_text(DUMP)
    assert cleaned.title == "Storm floods the river port"
    assert (cleaned.outlet, cleaned.outlet_from) == ("Daily Ledger", "title-line")
    assert cleaned.date == "2024-03-03"
    assert cleaned.text == "\n\n".join([CAPTION, *BODY])
    removed = [(r.kind, r.text) for r in cleaned.removed]
    assert removed[:4] == [
        ("title", "Storm floods the river port | Daily Ledger"),
        ("nav", "Skip to content"),
        ("breadcrumb", "Home > World"),
        ("share", "Share this article"),
    ]
    assert removed[5:] == [
        ("dateline", "March 3, 2024"),
        ("caption-repeat", CAPTION),
        ("subscribe", "Subscribe to our newsletter"),
        ("copyright", "© 2024 Daily Ledger. All rights reserved."),
        ("cookie", "We use cookies to improve your experience"),
    ]
    assert removed[4][1] == "By Jane Doe"
    for chrome in [
        "Skip to content",
        "Home >",
        "Share this",
        "Jane Doe",
        "March 3",
        "©",
        "cookies",
        "Subscribe",
    ]:
        assert chrome not in cleaned.text


@pytest.mark.parametrize("raw", ["", "caf\u00e9 \u00c3\u00a9 "])  # plain, and text with mojibake ftfy mends
def test_clean_text_drops_marks_set_for_layout_alone(raw):
    text = (
        f"{raw}Gloria knew \u00adChapman was\u200b planning to return to New York.\n\n"
        "Chapman flew to New York on Monday\u2060 and met the\ufeff press in Karsk.\n"
    )
    cleaned = clean_text(text).text
    assert "Gloria knew Chapman was planning to return to New York." in cleaned
    assert "Chapman flew to New York on Monday and met the press in Karsk." in cleaned
    assert not any(mark in cleaned for mark in "\u00ad\u200b\u2060\ufeff")


def test_clean_text_drops_a_share_bars_icons_and_labels():
    # an icon font's glyphs (private-use characters) and the names of the networks a bar shares to
    raw = (
        "Share Photo \uf610\n\n\uf611\n\nReddit\n\nLaura Crotty Alexander led a study that found the "
        "superbug MRSA becomes more resistant when exposed to vapors.\n\nFacebook\n\n\uf610 Pinterest\n\n"
        "The study was published on Monday."
    )
    cleaned = clean_text(raw)
    assert cleaned.text == (
        "Laura Crotty Alexander led a study that found the superbug MRSA becomes more resistant when exposed "
        "to vapors.\n\nThe study was published on Monday."
    )


@pytest.mark.parametrize(
    ("raw", "mended"),
    [
        # paragraphs a page ran together: a quotation closes and the next sentence opens without a space
        (
            'Cosby said he would not discuss "the lessons I acquired during his incarceration."Cosby spent '
            "a few hours at the house.",
            'Cosby said he would not discuss "the lessons I acquired during his incarceration." Cosby spent '
            "a few hours at the house.",
        ),
        # … or the next paragraph opens on a quotation
        (
            'Police were working with investigators."We are taking all of this seriously," the chief said.',
            'Police were working with investigators. "We are taking all of this seriously," the chief said.',
        ),
        (
            "The law was signed on Tuesday.“It is a good day for farmers.”Nothing else was said.",
            "The law was signed on Tuesday. “It is a good day for farmers.” Nothing else was said.",
        ),
        # a quotation that goes on after its comma, and initials, are left as they are
        (
            '"We will see," he said, "what the court decides."',
            '"We will see," he said, "what the court decides."',
        ),
        ("The U.S.-based firm and the U.N. said so.", "The U.S.-based firm and the U.N. said so."),
        # a link's text run into the word before it: "according toThe New York Times"
        (
            "The talks were over, according toThe New York Times, and the town, known asWinnipeg, grew.",
            "The talks were over, according to The New York Times, and the town, known as Winnipeg, grew.",
        ),
        # names written in one piece stay whole, and so do handles
        ("YouTube and iPhone users wrote to @byTheBook.", "YouTube and iPhone users wrote to @byTheBook."),
        # a dateline's dash run into the first word, and a sentence run into initials before it
        (
            "SYCAMORE, Ill. --A 76-year-old man will be released.",
            "SYCAMORE, Ill. -- A 76-year-old man will be released.",
        ),
        ("NEW YORK (AP) —The mayor spoke.", "NEW YORK (AP) — The mayor spoke."),
        (
            "It breaks a limit of the deal with the U.S.Officials also said the next step was near.",
            "It breaks a limit of the deal with the U.S. Officials also said the next step was near.",
        ),
        # a hyphenated word and a dash inside a sentence stay as written
        (
            "Anti-Semitism rose, the Anti-Defamation League said.",
            "Anti-Semitism rose, the Anti-Defamation League said.",
        ),
        ("The rule --A draft, not law-- was cut.", "The rule --A draft, not law-- was cut."),
    ],
)
def test_clean_text_spaces_what_a_page_ran_together(raw, mended):
    assert clean_text(raw).text == mended


@pytest.mark.parametrize(
    ("raw", "kept", "widget"),
    [
        # a video player's controls before the text (with its "CLOSE" button first, the line is the player's
        # caption: `chrome_kind`)
        (
            "Skip in Skip x Embed x Share FBI officials say there are no known additional threats.",
            "FBI officials say there are no known additional threats.",
            "Skip in Skip x Embed x Share",
        ),
        # a list widget's header and counters
        (
            "internet The Dumbest GoFundMe Campaigns Ever Ashley Reign 115k votes 18k voters 9.8M views "
            "25 items Follow Embed List Rules Vote up the campaigns that are so stupid.",
            "Vote up the campaigns that are so stupid.",
            "internet The Dumbest GoFundMe Campaigns Ever Ashley Reign 115k votes 18k voters 9.8M views "
            "25 items Follow Embed List Rules",
        ),
        # the same words in prose stay
        ("Share prices fell 3 x 4 in London. Follow the money, close the skip, and share.", None, None),
    ],
)
def test_clean_text_takes_out_a_widget_run_into_a_paragraph(raw, kept, widget):
    cleaned = clean_text(raw)
    assert cleaned.text == (kept or raw)
    assert [r.text for r in cleaned.removed if r.kind == "widget"] == ([widget] if widget else [])


def test_clean_text_takes_out_a_photo_credit_run_into_the_text():
    cleaned = clean_text("Neil Warner / Splash News Britney Spears' handlers have ideas on interviews.")
    assert cleaned.text == "Britney Spears' handlers have ideas on interviews."
    assert ("credit", "Neil Warner / Splash News") in [(r.kind, r.text) for r in cleaned.removed]
    # a dateline of two places is no credit
    dateline = "JAKARTA/PANGKALAN BUN, Indonesia (Reuters) - Fires burned on Borneo."
    assert clean_text(dateline).text == dateline


@pytest.mark.parametrize(
    ("raw", "kept", "removed"),
    [
        # an update's label goes, its news stays
        (
            "Update, 21 April: The court order has been amended.",
            "The court order has been amended.",
            ("update-label", "Update, 21 April:"),
        ),
        (
            "UPDATE 2: Microsoft has no plans to spy on you.",
            "Microsoft has no plans to spy on you.",
            ("update-label", "UPDATE 2:"),
        ),
        # the editors' note on the page goes whole
        (
            "Editor’s note: This interview has been edited for length and clarity.\n\nThe talks went on.",
            "The talks went on.",
            ("editor-note", "Editor’s note: This interview has been edited for length and clarity."),
        ),
        # and so does its note of a correction, whose wrong name is no part of the story
        (
            "Correction: This article originally misnamed Robin Roberts as Robin Carter.\n\n"
            "The boy recovered.",
            "The boy recovered.",
            ("correction", "Correction: This article originally misnamed Robin Roberts as Robin Carter."),
        ),
        (
            "CORRECTION (March 18, 11:30 a.m.): An earlier version of this article misnamed the ship.\n\n"
            "It sank.",
            "It sank.",
            (
                "correction",
                "CORRECTION (March 18, 11:30 a.m.): An earlier version of this article misnamed the ship.",
            ),
        ),
        # and a note that the page was corrected, however it opens
        (
            "This story has been corrected to show that the winner won a larger majority.\n\nIt sank.",
            "It sank.",
            (
                "correction",
                "This story has been corrected to show that the winner won a larger majority.",
            ),
        ),
        # a sentence that opens on the word is no label
        (
            "Corrections officers said the inmate escaped: It was the second time.",
            "Corrections officers said the inmate escaped: It was the second time.",
            None,
        ),
        (
            "Update your software: It matters, experts said.",
            "Update your software: It matters, experts said.",
            None,
        ),
    ],
)
def test_clean_text_takes_out_the_editors_labels_and_notes(raw, kept, removed):
    cleaned = clean_text(raw)
    assert cleaned.text == kept
    assert [(r.kind, r.text) for r in cleaned.removed] == ([removed] if removed else [])


def test_clean_text_byline_is_removed_as_byline():
    cleaned = clean_text(HEADER.replace("By Jane Doe", "By Jane Doe and John Smith") + "\n" + BODY[0])
    assert ("byline", "By Jane Doe and John Smith") in [(r.kind, r.text) for r in cleaned.removed]
    assert cleaned.text == BODY[0]


def test_clean_text_byline_and_dateline_after_a_lead_caption():
    header = "Storm floods the river port | Daily Ledger"
    dump = f"{header}\n\n{CAPTION}\n\nBy Jane Doe\nMarch 3, 2024\n\n{BODY[0]}\n"
    cleaned = clean_text(dump)
    assert cleaned.date == "2024-03-03"
    assert cleaned.text == f"{CAPTION}\n\n{BODY[0]}"


def test_clean_text_unwraps_hard_wrapped_paragraphs():
    wrapped = "Storm floods the river port | Daily Ledger\n\n" + "\n\n".join(
        textwrap.fill(p, 72) for p in BODY
    )
    assert max(len(line) for line in wrapped.splitlines()) <= 72
    assert wrapped.count("\n") > 6
    cleaned = clean_text(wrapped)
    assert cleaned.text == "\n\n".join(BODY)
    assert cleaned.title == "Storm floods the river port"


def test_clean_text_joins_lines_broken_inside_a_sentence_and_set_apart_by_blank_lines():
    # as a PDF copies out: every line of the page a paragraph of its own
    pdf = "Storm floods the river port | Daily Ledger\n\n" + "\n\n".join(
        line for p in BODY for line in textwrap.wrap(p, 40)
    )
    assert clean_text(pdf).text == "\n\n".join(BODY)
    # a heading without a stop, before a paragraph that opens a sentence, stays apart
    lines = ["Storm floods the river port | Daily Ledger", "", BODY[0], "", "The flood", "", BODY[1]]
    assert clean_text("\n".join(lines)).text == "\n\n".join([BODY[0], "The flood", BODY[1]])


def test_clean_text_keeps_short_lines_as_their_own_paragraphs():
    lines = ["Storm floods the river port | Daily Ledger", "", BODY[0], BODY[1], "The port reopened."]
    assert clean_text("\n".join(lines)).text == "\n\n".join([*BODY, "The port reopened."])


def test_outlet_name_drops_banners_and_prefers_title_case():
    assert (
        _outlet_name(["Asharq Al-awsat", "ASHARQ AL-AWSAT English Archive 2005 -2017"]) == "Asharq Al-Awsat"
    )
    assert _outlet_name(["Daily Ledger Online", "DAILY LEDGER"]) == "Daily Ledger"
    assert _outlet_name(["2005 - 2017", "Archive"]) is None


def test_clean_html_page():
    cleaned = clean_html(
        PAGE.format(*BODY), "https://www.dailyledger.example/world/flood", PRECISION_MIN_CHARS
    )
    assert (cleaned.outlet, cleaned.outlet_from) == ("Daily Ledger", "meta")
    assert cleaned.date == "2024-03-03"
    assert cleaned.title == "River port flooded after storm"
    assert cleaned.url == "https://www.dailyledger.example/world/flood"
    assert cleaned.text.split("\n\n")[:2] == BODY
    assert cleaned.text.count("\n\n") == 2
    for chrome in ["World news section", "cookies", "Privacy policy", "River port flooded"]:
        assert chrome not in cleaned.text


def test_clean_html_without_article_text():
    with pytest.raises(InputError) as info:
        clean_html("<html><head><title>Index</title></head><body></body></html>", None, PRECISION_MIN_CHARS)
    assert info.value.code == "E108"


def test_clean_html_page_with_only_chrome():
    with pytest.raises(InputError):
        clean_html("<html><body><nav><a href='/'>Home</a></nav></body></html>", None, PRECISION_MIN_CHARS)


def test_outlet_from_filename_and_url():
    assert outlet_from_filename("003_7ec6af216209cf01.txt") == "003_7ec6af216209cf01"
    assert outlet_from_filename("bbc-news_2024.txt") == "Bbc News"
    assert outlet_from_filename("dumps/al-monitor.jsonl#17") == "Al Monitor"
    assert outlet_from_url("https://www.example.co.uk/a/b") == "example.co.uk"
    assert outlet_from_url("https://news.example.com") == "news.example.com"
    assert outlet_from_url(None) is None and outlet_from_url("not a url") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The president arrived in Tehran on Monday and said that the talks with him were useful.", "en"),
        ("Le président est arrivé à Téhéran lundi et il a dit que les discussions étaient utiles.", "fr"),
        ("Der Präsident ist am Montag in Teheran eingetroffen und sagte, die Gespräche seien gut.", "de"),
        ("El presidente llegó a Teherán el lunes y dijo que las conversaciones fueron útiles.", "es"),
        ("Президент прибыл в Тегеран в понедельник и заявил, что переговоры были полезными.", "ru"),
        ("وصل الرئيس إلى طهران يوم الاثنين وقال إن المحادثات كانت مفيدة.", "ar"),
        ("12345", None),
        ("Putin Tehran", None),
    ],
)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_bare_first_line_headline_becomes_the_title() -> None:
    cleaned = clean_text(
        "Putin visits Tehran for talks on Syria\n\n"
        "Russian President Vladimir Putin arrived in Tehran on Monday for talks on the war in Syria.\n"
    )
    assert cleaned.title == "Putin visits Tehran for talks on Syria"
    assert cleaned.text.startswith("Russian President")
    assert [(r.kind, r.text) for r in cleaned.removed] == [
        ("title", "Putin visits Tehran for talks on Syria")
    ]
    assert cleaned.outlet is None


def test_first_sentence_is_not_taken_for_a_headline() -> None:
    text = "Putin arrived in Tehran on Monday for talks on Syria.\nHe met the Iranian leader for two hours.\n"
    cleaned = clean_text(text)
    assert cleaned.title is None
    assert cleaned.text.startswith("Putin arrived")


def test_byline_gives_the_author_and_a_foreign_dateline_the_date() -> None:
    text = "By Jane Doe and John Smith\nsexta-feira, 22 de outubro de 2010 às 20:13\n\n" + "\n\n".join(BODY)
    cleaned = clean_text(text)
    assert cleaned.author == "Jane Doe and John Smith"
    assert cleaned.date == "2010-10-22"
    assert [r.kind for r in cleaned.removed] == ["byline", "dateline"]


def test_long_page_uses_precision_mode_and_keeps_the_body() -> None:
    paragraphs = "".join(f"<p>{BODY[n % 2]} Paragraph {n}.</p>" for n in range(8))
    html = PAGE.replace("<p>{0}</p><p>{1}</p>", paragraphs)
    cleaned = clean_html(html, "https://www.dailyledger.example/2024/03/03/flood", PRECISION_MIN_CHARS)
    assert cleaned.text.count("Paragraph") == 8
    assert "World news section" not in cleaned.text and "Privacy policy" not in cleaned.text


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Members of Occupy Philadelphia remain at City Hall. (David M Warren / Staff Photographer)", True),
        ("Ellen Pao leaves the courthouse in San Francisco, March 25, 2015. REUTERS/Stephen Lam", True),
        ("1 of 6. The encampment at City Hall Park is seen before the deadline passes.", True),
        ("2/18 On Senator McCain “He’s not a war hero.” Getty Images", True),
        ("Protesters gathered outside the embassy. (AP Photo/Evan Vucci)", True),
        (
            "Mike Brown stands in front of a portrayal of Planet Nine. (Photo by Patrick T. Fallon for The "
            "Washington Post)",
            True,
        ),
        ("The court saw the evidence (photos by the police of the scene) on Monday.", False),
        (
            "In this Jan. 29, 2006, file photo, a car passes a sign in Springdale. (Photo: A L BROWN, AP)",
            True,
        ),
        ("In this photo, released by the ministry, the dam is seen from the river.", True),
        ("In this case the court found no photo of the dam.", False),
        ("The deal was backed by the AFL/CIO.", False),
        ("Police said 1 of 6 suspects was arrested on Monday.", False),
        # a paper's figure legend, however long, is told by its number
        (
            "Fig. 4 Feathers preserved in Caihong juji. Feathers attached to the neck: (a) pennaceous "
            "feathers and (b) down-like feather; (c) feathers attached to the chest and trunk region. " * 4,
            True,
        ),
        ("Figure 2: Mean length and diameter of the melanosomes.", True),
        ("Figures 2 and 3 show the melanosomes, the team wrote.", False),
        ("Fig trees grow in the valley.", False),
    ],
)
def test_a_caption_is_told_by_its_credit_or_counter(line: str, caption: bool) -> None:
    assert is_caption(line) is caption


def test_clean_text_takes_out_a_link_label_run_into_the_text():
    # a link's "Opens a New Window." label goes where it stands; a stop that also ends the sentence stays
    raw = (
        "G-20 finance leaders vowed to protect growth amid the trade war Opens a New Window. between the "
        "United States and China Opens a New Window. Finance ministers met in Fukuoka (opens in new tab)."
    )
    cleaned = clean_text(raw)
    assert cleaned.text == (
        "G-20 finance leaders vowed to protect growth amid the trade war between the United States and "
        "China. Finance ministers met in Fukuoka."
    )
    assert [r.text for r in cleaned.removed if r.kind == "link-label"] == [
        "Opens a New Window.",
        "Opens a New Window",
        "(opens in new tab)",
    ]
    # words that merely tell of a new window stay
    plain = "The store opens a new window display on Monday."
    assert clean_text(plain).text == plain
