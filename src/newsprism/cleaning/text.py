"""Plain-text cleaning: main text of a scraped dump, its title, outlet and date, chrome removed.

Our own line rules: page-title lines (`Headline | Outlet`), site chrome (menus, "Select Page",
"Media ID: …", share/subscribe/cookie lines, copyright footers, lists of related links), bylines,
datelines, and repeated captions or credits (kept once). Everything taken out is returned in
`removed`, so a reader can check that nothing of the story was lost.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import ftfy
from ftfy.badness import is_bad

from ..model import Removed
from .body import article_block, is_table_row, line_score, looks_like_whole_page
from .meta import parse_date

_HEADER_ZONE = 12  # page chrome and title lines sit in the first lines of a scraped dump
_CHROME_EXACT = {
    "select page", "skip to content", "skip to main content", "skip to navigation", "menu", "main menu",
    "home", "search", "log in", "login", "sign in", "sign up", "register", "subscribe", "share", "tweet",
    "print", "email", "e-mail", "advertisement", "advertising", "sponsored", "related", "related articles",
    "related stories", "read more", "most read", "most popular", "trending", "comments", "close", "next",
    "previous", "back to top", "share this", "share this article", "share this story", "follow us",
    "newsletter", "listen", "listen to this article", "toggle navigation", "open menu", "close menu",
    "share photo", "share video", "facebook", "twitter", "reddit", "whatsapp", "linkedin", "pinterest",
}  # fmt: skip
_SOCIAL = r"(facebook|twitter|x|whatsapp|email|linkedin|telegram|reddit)"
_CHROME_RULES = [
    ("id-line", r"^(media|image|photo|video|article|story|post)\s*(id|no\.?|number)\s*[:#]?\s*\w+$"),
    ("breadcrumb", r"^(home|news|world)\s*[>›»/|]\s*\S.{0,60}$"),
    ("share", r"^(share|tweet|post|send)( (it|this|on|via|to))?\b.{0,30}\b" + _SOCIAL + r"\W*$"),
    ("share", r"^share (this|on|via)\b.{0,40}$"),
    (
        "subscribe",
        r"^(subscribe|sign up|register)\b.{0,60}\b(newsletter|updates|alerts|free|today|now)\b",
    ),
    ("subscribe", r"^(get|receive) (our|the) .{0,40}newsletter"),
    (
        "cookie",
        r"\b(we use cookies|this (web)?site uses cookies|accept (all )?cookies"
        r"|cookie (policy|settings))\b",
    ),
    ("copyright", r"^(©|\(c\)|copyright\s*(©|\(c\)|\d{4})).{0,120}$"),
    ("copyright", r"^.{0,80}\ball rights reserved\.?$"),
    ("related", r"^(related|read more|read also|see also|more on this|recommended)\s*[:>»-].{0,200}$"),
    ("follow", r"^follow (us|@\w+)\b.{0,60}$"),
    # the editors' word about the page ("Editor's note: This interview has been edited for length and
    # clarity.", "… If you capture an amazing photo of the eclipse, send images …")
    ("editor-note", r"^editors?['’]?s?['’]? note\s*:"),
    # and their note of a correction ("Correction: This article originally misnamed Robin Roberts as Robin
    # Carter.", "CLARIFICATION (March 18): An earlier version …"), whose wrong words are no part of the story
    ("correction", r"^(correction|clarification)\s*(\([^)]{0,40}\)|,[^:]{0,30})?\s*:"),
    (
        "correction",
        r"^this (story|article|report|post) (has been|was) (corrected|updated|amended)\b"
        r".{0,300}$",
    ),
    ("advert", r"^(advertisement|sponsored content|ad)\s*[-:]?\s*$"),
    ("archive-banner", r"^.{0,60}\b(english|arabic|online)?\s*archive\s*\d{4}\s*[-–]\s*\d{4}\s*$"),
    ("subscribe", r"^(thanks|thank you) for (signing up|subscribing)\b.{0,40}$"),
    ("subscribe", r"^(keep an eye on|check) your inbox\b.{0,80}$"),
    ("subscribe", r"^get\b.{0,30}\bupdates directly to your inbox\b.{0,300}$"),
    # a newsletter's promise, a short line of its own: "The news and stories that matter, delivered weekday
    # mornings."
    (
        "subscribe",
        r"^(?=.{0,300}$).*?\b(?:get breaking news alerts"
        r"|delivered (?:to your inbox|weekday mornings|every morning))\b",
    ),
    ("error", r"^(sorry!?|an error (has )?occurred.{0,60}|please try again( later)?\.?)$"),
    ("reprints", r"^[-•*]?\s*(order reprints|print (this )?article|reprints? (&|and) permissions)\s*$"),
    ("reprints", r"^this copy is for your personal,? non-commercial use only\b"),
    ("credit", r"^(write|writing) to \S.{0,60}\bat\s+\S+@\S+\s*$"),
    ("credit", r"^\S+@\S+\.\w+$"),
    # who else reported or edited the story: "Sharaf al-Hourani contributed to this report.", "(Reporting by
    # Joan Gralla; Editing by Jan Paschal)", "Nicholas Kamm/AFP/Getty Images"
    (
        "credit",
        r"^.{0,400}\bcontributed (reporting )?to this (report|story|article)(\s(from|in)\s[^.]{0,60})?\.?$",
    ),
    ("credit", r"^\((additional reporting|reporting|writing|editing) by\b.{0,300}\)\.?$"),
    ("credit", r"^this article appeared on page [\w -]{1,12} of the\b.{0,80}$"),
    ("credit", r"^\((image|photo|picture|pic|video)s?:\s*[^()]{1,60}\)$"),  # "(Image: Reuters)"
    # the writer's note at the foot: "Linda Stansberry is a staff writer at the Journal. Reach her at …
    # Follow her on Twitter @LCStansberry."
    (
        "credit",
        r"^(.{0,300}[.!?]\s+)?follow (him|her|them) on (twitter|instagram|facebook|x)"
        r"(\s+(at\s+)?@\w+)?\W*$",
    ),
    (
        "credit",
        r"^[A-Z][\w.'’ -]{2,40} is an? ([a-z-]+ )?(writer|reporter|editor|correspondent|columnist)\b.{0,80}"
        r"\.\s+(reach|contact|e-?mail|follow|write to) (him|her|them)\b.{0,200}$",
    ),
    ("credit", r"^(photo by )?[\w.'’ -]{2,60}(/[a-z]+)*/getty images$"),
    (
        "related",
        r"^(you (may|might) also like|more (from|stories|on)\b.{0,40}|tags?|trending now)\s*[:.…]*$",
    ),
    ("embed", r"^you can add location information to your tweets\b"),
    ("embed", r"^when you tweet with a location, twitter stores that location\b"),
    # what a web archive says of its captures, where a page was scraped from one
    ("archive-notice", r"^starting in 1996, alexa internet has been donating their crawl data\b"),
    ("archive-notice", r"^these crawls are part of an effort to archive pages\b"),
    ("archive-notice", r"^this is a set of web collections curated by .{0,80}\bthe internet archive\b"),
    ("archive-notice", r"^warczone is a collection of outsider-uploaded warcs\b"),
    ("embed", r"^video loading\b.{0,40}\bclick to play\b"),
    ("embed", r"^media playback is (unsupported|not supported) on your device\b"),
    ("embed", r"^embed more (news )?videos\b"),
    # a video player's caption, its button first: "CLOSE Ariel Winter is tired of being told what to wear.
    # USA TODAY" (in capitals only: "Close to 200 people …" is prose)
    ("embed", r"^(?-i:CLOSE\s+[A-Z])"),
    ("embed", r"^the interactive transcript could not be loaded\b"),
    # a video player's messages, left in the page where the player was
    ("embed", r"^rating is available when the video has been rented\b"),
    ("embed", r"^this feature is not available right now\b.{0,40}$"),
    # an embedded tweet as a page's text gives it: its words, links, "— Name (@handle) August 17, 2016"
    ("embed", r"\bhttps?://t\.co/\S+.{0,120}\(@\w+\)\s+[a-z]+ \d{1,2},? \d{4}\s*$"),
    # a photo gallery as a page's text gives it: "Photos: <title> <caption> Hide Caption 1 of 23 Photos: …"
    ("gallery", r"\bhide caption \d+ of \d+\s*$"),
    ("updated", r"^\(this (story|article|post) (has been|was) (updated|corrected)\b.{0,120}\)\.?$"),
    ("caption", r"^(media|image) (caption|copyright)\b(?-i:(?!\s+[a-z]))"),  # "Image copyright Getty Images"
    ("subscribe", r"\bby clicking \W?(subscribe|sign up)\W{0,3} you agree\b"),
    (
        "updated",
        r"^(updated|last updated|published|posted)\s*(at|on|:)?\s*[\d:]+\s*([ap]\.?m\.?)?.{0,40}$",
    ),
    # a headline with the page's time stamps glued to it: "… Will Be Served Posted: Wednesday, June 27, 2012
    # 1:32 PM EDT Updated: Wednesday, June 27, 2012 2:15 PM EDT"
    ("updated", r"\bposted:\s.{0,60}\bupdated:\s.{0,60}\d\s*([ap]\.?m\.?)?(\s+[a-z]{2,4})?\s*$"),
]
# The rules anchored at the line start run as one alternation matched once at the start (each a named
# group naming its kind); the few that may match anywhere are searched one by one.
_CHROME_KINDS = {f"k{n}": kind for n, (kind, _) in enumerate(_CHROME_RULES)}
_CHROME_AT_START = re.compile(
    "|".join(f"(?P<k{n}>{rule[1:]})" for n, (_, rule) in enumerate(_CHROME_RULES) if rule.startswith("^")),
    re.I,
)
_CHROME_ANYWHERE = [
    (kind, re.compile(rule, re.I)) for kind, rule in _CHROME_RULES if not rule.startswith("^")
]
# A line that opens a list of links to other stories; the short lines after it go too.
_RELATED_OPENER = re.compile(
    r"^(you (may|might) also like|related( stories| articles| coverage)?|more (from|stories|on)\b.{0,40}"
    r"|recommended( for you)?|trending( now)?|most (read|popular|viewed)|read (more|next))\s*[:.…]*$",
    re.I,
)
_ENDS_SENTENCE = re.compile(r"[.!?\"”]$")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z]{2,8});", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# marks a page sets for layout alone: soft hyphens ("Gloria knew \u00adChapman"), zero-width spaces, word
# joiners, a byte-order mark inside the text (not the zero-width joiners some scripts spell words with)
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
# an icon font's glyphs (a share bar's "\uf610"), in the private use area no text is written in
_ICONS = re.compile("[\ue000-\uf8ff]")
# a quotation mark between a stop and a capital with no space on either side, where a page ran two
# paragraphs together: '… during his incarceration."Cosby spent …', '… with investigators."We are …'
_RUN_TOGETHER = re.compile(r'(?<=[a-z0-9][.!?,])(["“”])(?=[A-Z])')
# a link's text run into the small word before it, where a page set no space between them: "according
# toThe New York Times", "now known asWinnipeg" (not a name written in one piece: "YouTube", "iPhone")
_GLUED = re.compile(r"(?<![\w@#/.])(to|as|of|in|on|at|by|for|from|with|and|the)(?=[A-Z][a-z])")
# a dateline's dash run into the first word of the copy: "SYCAMORE, Ill. --A 76-year-old man …", "NEW YORK
# (AP) —The mayor …"; only where capitalized words open the paragraph before it
_DATELINE_GLUED = re.compile(r"^((?:[A-Z][\w.'’]*,?\s+){1,4}(?:\([^)]{1,40}\)\s*)?(?:--?|—|–))(?=[A-Z])")
# a sentence run into the initials that end the one before: "… the deal with the U.S.Officials also said …"
_AFTER_INITIALS = re.compile(r"(?<=\b[A-Za-z]\.[A-Za-z]\.)(?=[A-Z][a-z])")
_YEAR = re.compile(r"\b(19|20)\d\d\b")
# A media player's or list widget's controls and counters, run into a paragraph: "CLOSE Skip in Skip x Embed
# x Share FBI officials say …", "… Ashley Reign 115k votes 18k voters 9.8M views 25 items Follow Embed List
# Rules Vote up …". A run of these words holds `_WIDGET_CONTROLS` controls or counters, two of them
# different; prose never does.
_CONTROLS = {"close", "skip", "embed", "share", "follow", "replay", "mute", "unmute", "autoplay", "x", "×"}
_WIDGET_FILLER = {"in", "list", "rules", "video", "ad"}
_COUNTER = re.compile(r"\d[\d.,]*[km]?", re.I)
_COUNTED = {"votes", "voters", "views", "items", "shares", "comments", "likes"}
_WIDGET_CONTROLS = 3
# a paragraph without two different controls or counters has no run: most are read no further
_WIDGET_WORDS = _CONTROLS | _COUNTED
# where a widget's run begins within this many words of its paragraph, what is before it is the widget's
# header (a list's section, title and author) and goes with it
_WIDGET_HEADER = 12
# An update's label before its news: "Update, 21 April: Science has learned …", "UPDATE 2: Microsoft …"
# (the label alone, or with a number or date: "Update your software: It …" is no label)
_UPDATE_LABEL = re.compile(
    r"^(?:UPDATE|Update|Updated)(?:[^:\n\w]*|\W[^:\n]{0,25}\d[^:\n]{0,12})\s?:\s+(?=[A-Z“\"])"
)
# A photo credit the page ran into the paragraph after its picture: "Neil Warner / Splash News Britney Spears'
# handlers have …" (a photographer, a slash, an agency's name that says what it is)
_CREDIT_BEFORE = re.compile(
    r"^(?:[A-Z][\w.'’-]+\s){1,3}/\s(?:[A-Z][\w&'’-]+\s){0,2}"
    r"(?:News|Images|Photos?|Pictures|Press|Shutterstock|Invision|AP|AFP|Reuters|EPA)\s+(?=[A-Z“\"])"
)
_BYLINE_PREFIX = re.compile(r"^(by|written by|reporting by|story by)\s+", re.I)
_BYLINE = re.compile(
    r"^(?i:by|written by|reporting by|story by)\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}"
    r"(\s*(,|and|&)\s*.{0,60})?$"
)
# A photo credit closing a caption: "(Reuters)", "(AP Photo/Evan Vucci)", "(David M Warren / Staff
# Photographer)", "Photo: Jane Doe", "REUTERS/Stephen Lam", "AFP/Getty Images", "(Photo by Patrick T.
# Fallon for The Washington Post)"; an agency's "In this Jan. 29, 2006, file photo, …"; or a slideshow's
# counter opening it ("1 of 6.", "2/18").
_CAPTION_CREDIT = re.compile(
    r"\((?:[Pp]hoto[:/ ]\s*)?[A-Z][\w.&'’-]*(?:(?:\s*/\s*|\s)[A-Z][\w.&'’-]*){0,5}\)\s*$"
    r"|\b(?i:photo|image|picture|credit)s?\s*[:/]\s*[A-Z]\S*(?: \S+){0,5}\s*$"
    r"|\b[A-Z]{2,}/[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3}\s*$"
    r"|\((?i:photo|image|picture)s?(?::| (?i:by|courtesy of|credit)\b)[^()]{2,80}\)\s*$"
    r"|^(?i:in this (?:[\w.]+,? ){0,5}(?:photo|image|picture)(?:,| (?:released|taken|provided|made|shot)\b))"
    r"|\bGetty Images\s*$"
    r"|^\d{1,2} of \d{1,2}\.\s|^\d{1,2}/\d{1,2}\s"
)
_TITLE_SEP = re.compile(r"\s+[|–—]\s+|\s+-\s+(?=[^-]{2,60}$)")
_BANNER_WORDS = re.compile(
    r"\b(english|arabic|online|official( site)?|archive|home ?page|website|edition|news ?site)\b"
    r"|\d{4}\s*[-–]?\s*(\d{4})?",
    re.I,
)
_NAV_WORDS = {
    "home", "news", "world", "politics", "opinion", "business", "sport", "sports", "culture", "arts",
    "tech", "technology", "science", "health", "middle-east", "middle", "east", "arab", "local", "national",
    "economy", "lifestyle", "entertainment", "video", "photos", "latest", "breaking", "international",
    "analysis", "features", "travel", "media", "region", "africa", "asia", "europe", "americas", "us", "uk",
}  # fmt: skip
_DATE_LINE = re.compile(
    r"^(published|updated|posted|date)?\s*:?\s*((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
    r"(\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"(\s*(at\s*)?\d{1,2}[:.]\d{2}\s*(am|pm|[A-Z]{2,4})?)?\s*$",
    re.I,
)


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    outlet: str | None = None
    outlet_from: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None
    removed: list[Removed] = field(default_factory=list)


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff66-\uff9f]")


def words(text: str) -> int:
    """Words in a line; in Chinese, Japanese and Korean, written without spaces, two characters count one."""
    cjk = len(_CJK.findall(text))
    return len(_CJK.sub(" ", text).split()) + (cjk + 1) // 2


def norm(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip()


def line_key(line: str) -> str:
    """Comparison form of a line: case, quotes and spacing do not make two lines different."""
    text = unicodedata.normalize("NFKC", line).lower().replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\W+", " ", text).strip()


def chrome_kind(line: str) -> str | None:
    """The kind of site chrome a whole line is, or None when it may be content."""
    text = norm(line)
    low = text.lower().rstrip(":.!")
    match = _CHROME_AT_START.match(text)
    if match:
        return next(_CHROME_KINDS[name] for name, found in match.groupdict().items() if found is not None)
    for kind, rule in _CHROME_ANYWHERE:
        if rule.search(text):
            return kind
    return "nav" if low in _CHROME_EXACT else None


# a figure's legend in a paper: "Fig. 4 Feathers preserved in …", "Figure 2: Mean length …"
_FIGURE = re.compile(r"^(?:Fig\.|Figure|FIGURE|FIG\.)\s?\d+[a-z]?(?:[.:|]\s|\s(?=[A-Z(]))")


def is_caption(line: str) -> bool:
    return bool(_CAPTION_CREDIT.search(line)) and words(line) <= 60 or bool(_FIGURE.match(line))


def split_title_line(line: str) -> tuple[str, str] | None:
    """`Headline | Outlet` -> (headline, outlet part) when the line looks like a page title."""
    text = norm(line)
    if len(text) > 300 or text.endswith((".", '"', "”")) and " | " not in text:
        return None
    if text.startswith("|") or text.count(" | ") >= 3:  # a table row, not "Headline | Outlet"
        return None
    parts = _TITLE_SEP.split(text)
    if len(parts) < 2:
        return None
    head, site = " | ".join(parts[:-1]).strip(), parts[-1].strip()
    if not head or not site or len(site.split()) > 10:
        return None
    return head, site


def _outlet_name(raw_sites: list[str]) -> str | None:
    """A readable outlet name from the `| Outlet` parts of title lines (banners and year ranges removed)."""
    names = [norm(_BANNER_WORDS.sub(" ", s)).strip(" -–|:") for s in raw_sites]
    names = [n for n in names if n and any(ch.isalpha() for ch in n)]
    if not names:
        return None
    counts = Counter(n.lower() for n in names)
    best_key = max(counts, key=lambda k: (counts[k], -len(k)))
    variants = [n for n in names if n.lower() == best_key]
    return _best_casing(variants)


def _best_casing(variants: list[str]) -> str:
    """Join variants word by word, preferring a word written in title case over ALL CAPS or all lower."""
    split = [re.split(r"(\s+|-)", v) for v in variants]
    out = []
    for pieces in zip(*split, strict=False):
        good = [p for p in pieces if p[:1].isupper() and not p.isupper()]
        if good:
            out.append(good[0])
        elif pieces[0].isalpha() and (pieces[0].isupper() and len(pieces[0]) > 4 or pieces[0].islower()):
            out.append(pieces[0].capitalize())
        else:
            out.append(pieces[0])
    return "".join(out)


def _bare_headline(line: str) -> bool:
    """A first line that reads as a headline: short, no closing punctuation, not chrome, byline or date."""
    text = norm(line)
    tokens = text.split()
    return (
        3 <= len(tokens) <= 20
        and not _BYLINE.match(text)
        and not re.search(r"[.!?:;,\"”’)]$", text)
        and chrome_kind(text) is None
        and not _DATE_LINE.match(text)
        and not _looks_nav(text)
    )


def _looks_nav(text: str) -> bool:
    words = re.findall(r"[\w-]+", text.lower())
    return bool(words) and sum(w in _NAV_WORDS for w in words) / len(words) >= 0.6


def _hard_wrapped(blocks: list[list[str]]) -> bool:
    """Whether blank-line separated blocks hold lines broken at a fixed width (a text file wrapped at ~72
    columns) rather than one paragraph per line: most lines in multi-line blocks reach close to the
    widest line and do not end a sentence."""
    inner = [line.rstrip() for block in blocks if len(block) > 1 for line in block[:-1]]
    if len(inner) < 3:
        return False
    width = sorted(len(line) for line in inner)[int(0.9 * (len(inner) - 1))]
    near = [line for line in inner if 0.75 * width <= len(line) <= width]
    open_ended = [line for line in near if not re.search(r"[.!?:\"”’]$", line)]
    return 40 <= width <= 100 and len(near) >= 0.7 * len(inner) and len(open_ended) >= 0.5 * len(near)


# a line that stops inside a sentence: on a word no sentence ends with, or before one in small letters
_STOPS_ON = re.compile(
    r"\b(of|the|a|an|to|and|or|in|on|at|by|for|from|with|its|their|his|her|that|as|than)$", re.I
)


def _broken_after(line: str, following: str) -> bool:
    if re.search(r"[.!?:;\"”’)\]]$", line):
        return False
    return bool(_STOPS_ON.search(line)) or following[:1].islower()


def _rejoined(paragraphs: list[str]) -> list[str]:
    """Lines of a text wrapped at a fixed width with a blank line after each (as a PDF copies out) joined
    into their sentences, where the text shows it three times or more: "… containing classified
    information" / "provided to the Committee …"."""
    breaks = [n for n in range(len(paragraphs) - 1) if _broken_after(paragraphs[n], paragraphs[n + 1])]
    if len(breaks) < 3:
        return paragraphs
    out: list[str] = []
    for n, paragraph in enumerate(paragraphs):
        if n - 1 in breaks:
            out[-1] += " " + paragraph
        else:
            out.append(paragraph)
    return out


def _paragraphs(blocks: list[list[str]], unwrap: bool) -> list[str]:
    """One paragraph per line, or per block when the text was hard-wrapped; lines broken inside a sentence
    and set apart by blank lines are joined again (`_rejoined`)."""
    if unwrap and _hard_wrapped(blocks):
        return [" ".join(norm(line) for line in block) for block in blocks]
    lines = [norm(line) for block in blocks for line in block]
    return _rejoined(lines) if unwrap else lines


@dataclass
class _Scan:
    """What reading the lines so far has found: header state, date, author, lines seen."""

    title_key: str | None
    date: str | None = None
    author: str | None = None
    body_started: bool = False
    in_related: bool = False
    previous: str = ""
    seen: set[str] = field(default_factory=set)

    def kind(self, line: str, position: int) -> str | None:
        """The kind of non-content a line is, or None when it is kept."""
        count, key = words(line), line_key(line)
        in_header = not self.body_started and position < _HEADER_ZONE
        open_ended = not _ENDS_SENTENCE.search(line)
        kind = chrome_kind(line)
        if kind is None and in_header:
            kind = self._header_kind(line, count)
        if kind is None and self.title_key == key:
            kind = "title"
        if kind is None and count >= 5:
            kind = self._repeat_kind(line, key)
        if kind is None and in_header and count <= 3 and open_ended:
            kind = "nav"
        if kind is None and self.in_related and count <= 15 and open_ended:
            kind = "related"
        opener = kind is not None and _RELATED_OPENER.match(line) is not None
        self.in_related = opener or (self.in_related and kind == "related")
        self.previous = key
        if kind is None and count >= 8 and not is_caption(line):
            self.body_started = True
        return kind

    def _header_kind(self, line: str, count: int) -> str | None:
        if _BYLINE.match(line):
            self.author = self.author or _BYLINE_PREFIX.sub("", line).strip(" ,")
            return "byline"
        if _DATE_LINE.match(line) or (count <= 10 and _YEAR.search(line) and parse_date(line)):
            self.date = self.date or parse_date(line)
            return "dateline"
        return None

    def _repeat_kind(self, line: str, key: str) -> str | None:
        """A caption or credit is kept once; a paragraph scraped twice in a row too. Other repeated lines
        (an interview's recurring question, a recipe's "Portion: 1 cup") are content."""
        kind = None
        if key in self.seen and is_caption(line):
            kind = "caption-repeat"
        elif key == self.previous:
            kind = "repeat"
        self.seen.add(key)
        return kind


def _title_lines(lines: list[str], nonempty: list[int]) -> tuple[str | None, list[tuple[int, str, str]]]:
    """The headline and every `Headline | Outlet` line in the header (index, left part, right part)."""
    found: list[tuple[int, str, str]] = []
    for i in nonempty[:_HEADER_ZONE]:
        parts = split_title_line(lines[i])
        if parts and (" | " in lines[i] or i == nonempty[0]):
            found.append((i, *parts))
    if found:
        return max(found, key=lambda t: (not _looks_nav(t[1]), words(t[1])))[1], found
    if nonempty and _bare_headline(lines[nonempty[0]]):
        title = norm(lines[nonempty[0]])
        return title, [(nonempty[0], title, "")]
    return None, []


def _blocks(lines: list[str], drop: dict[int, str]) -> list[list[str]]:
    """Kept lines grouped into blocks separated by blank lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for i, line in enumerate(lines):
        if not line.strip() or i in drop:
            if current and not line.strip():
                blocks.append(current)
                current = []
            continue
        current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _keep_article_block(lines: list[str], drop: dict[int, str]) -> None:
    """When the text is a whole page flattened (menus, teasers, comments), drop what lies outside the
    article's block of lines; an article with a little chrome around it is left as the rules made it."""
    scores = [
        0 if not line.strip() else line_score(norm(line), words(line), i in drop, is_table_row(line))
        for i, line in enumerate(lines)
    ]
    if not looks_like_whole_page(scores):
        return
    block = article_block(scores)
    if block is None:
        return
    for i, line in enumerate(lines):
        if line.strip() and i not in drop and not block[0] <= i < block[1]:
            drop[i] = "outside-article"


def _spaced(paragraph: str) -> str:
    """The paragraph with a space where a quotation closes or opens at a sentence's end without one: after
    a closing mark, before an opening one (a straight mark closes where the marks before it in the
    paragraph are odd in number); after a small word a link's text was run into (`_GLUED`), a dateline's
    dash (`_DATELINE_GLUED`) and initials that end a sentence (`_AFTER_INITIALS`)."""

    def space(match: re.Match[str]) -> str:
        mark = match.group(1)
        closes = mark == "”" or (mark == '"' and paragraph.count('"', 0, match.start()) % 2 == 1)
        return f"{mark} " if closes else f" {mark}"

    paragraph = _DATELINE_GLUED.sub(r"\1 ", _RUN_TOGETHER.sub(space, paragraph))
    return _AFTER_INITIALS.sub(" ", _GLUED.sub(r"\1 ", paragraph))


def _widget_runs(words: list[str]) -> list[tuple[int, int]]:
    """The (first, end) word positions of each run of a widget's controls and counters (`_CONTROLS`)."""
    runs, n = [], 0
    while n < len(words):
        start, controls, kinds = n, 0, set[str]()
        while n < len(words):
            word = words[n].lower()
            if word in _CONTROLS:
                controls, kinds, n = controls + 1, kinds | {word}, n + 1
            elif _COUNTER.fullmatch(word) and n + 1 < len(words) and words[n + 1].lower() in _COUNTED:
                controls, kinds, n = controls + 1, kinds | {words[n + 1].lower()}, n + 2
            elif word in _WIDGET_FILLER and n > start:
                n += 1
            else:
                break
        if controls >= _WIDGET_CONTROLS and len(kinds) >= 2:
            runs.append((start, n))
        n = max(n, start + 1)
    return runs


# a link's label for screen readers, left in the text where the link stood: "amid the trade war Opens a New
# Window. between …", "(opens in new tab)"; its stop goes with it where the sentence goes on
_LINK_LABEL = re.compile(
    r"\s*\((?i:opens?\s+in\s+(?:a\s+)?new\s+(?:window|tab))\)|\s+Opens\s+(?:in\s+)?(?:a\s+)?New\s+(?:Window|Tab)"
    r"(?:\.(?=\s+[a-z]))?"
)


def _without_inline_chrome(paragraph: str) -> tuple[str, list[tuple[str, str]]]:
    """The paragraph without the widget runs in it (`_widget_runs`), the header before one near its start
    too, and without a photo credit run into its start (`_CREDIT_BEFORE`) or an update's label
    (`_UPDATE_LABEL`) or a link's label (`_LINK_LABEL`); and what was taken out, by kind."""
    taken = []
    if "pens" in paragraph:  # "Opens …", "(opens …)": a substring test spares most paragraphs the pattern
        taken = [("link-label", found.group().strip()) for found in _LINK_LABEL.finditer(paragraph)]
        paragraph = _LINK_LABEL.sub("", paragraph)
    for kind, label in (("credit", _CREDIT_BEFORE), ("update-label", _UPDATE_LABEL)):
        found = label.match(paragraph)
        if found:
            taken.append((kind, found.group().strip()))
            paragraph = paragraph[found.end() :]
    if len(_WIDGET_WORDS.intersection(paragraph.lower().split())) < 2:
        return paragraph, taken
    words = paragraph.split()
    runs = _widget_runs(words)
    if not runs:
        return paragraph, taken
    if runs[0][0] <= _WIDGET_HEADER:
        runs[0] = (0, runs[0][1])
    taken += [("widget", " ".join(words[a:b])) for a, b in runs]
    kept = [w for n, w in enumerate(words) if not any(a <= n < b for a, b in runs)]
    return " ".join(kept), taken


def clean_text(raw: str, from_html: bool = False) -> Cleaned:
    """Plain-text dump -> main text, with title, outlet, date and author from the header when present.
    `from_html` for text an HTML extractor gave: one paragraph per line, and the page's own metadata
    names title and outlet, so header lines are not read as `Headline | Outlet`."""
    if is_bad(raw) or _ENTITY.search(
        raw
    ):  # mojibake ("cafÃ©") or entities: the checks are cheap, ftfy is not
        text = ftfy.fix_text(raw, uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False)
    else:
        text = _CONTROL.sub("", unicodedata.normalize("NFC", raw))
    text = _ICONS.sub("", _INVISIBLE.sub("", text))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").split("\n")
    nonempty = [i for i, line in enumerate(lines) if line.strip()]
    title, title_lines = (None, []) if from_html else _title_lines(lines, nonempty)
    drop = {i: ("title" if head == title else "site-title") for i, head, _ in title_lines}
    scan = _Scan(line_key(title) if title else None)
    for position, i in enumerate(nonempty):
        if i not in drop:
            kind = scan.kind(norm(lines[i]), position)
            if kind is not None:
                drop[i] = kind
    if not from_html:
        _keep_article_block(lines, drop)
    paragraphs = _paragraphs(_blocks(lines, drop), unwrap=not from_html)
    outlet = _outlet_name([site for _, _, site in title_lines if site])
    inline = [_without_inline_chrome(p) for p in paragraphs if p]
    return Cleaned(
        text="\n\n".join(_spaced(p) for p, _ in inline if p),
        title=title,
        outlet=outlet,
        outlet_from="title-line" if outlet else None,
        date=scan.date,
        author=scan.author,
        removed=[Removed(drop[i], norm(lines[i])) for i in sorted(drop)]
        + [Removed(kind, text) for _, taken in inline for kind, text in taken],
    )
