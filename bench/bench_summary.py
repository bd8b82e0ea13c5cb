"""Story summary quality on Multi-News (124 clusters, newser.com references) and NeuS (205 left/center/right
triplets, AllSides neutral summaries): our summary beside lead baselines, LexRank and TextRank, in one run.

Our summary: each cluster becomes one story, the gold cluster standing in for the cluster stage. Every
document is a plain-text RawDocument of its own outlet ("Outlet 1", "Outlet 2", …) and goes through the
product's corpus stages clean, dedup and segment, then every story stage of `pipeline.STORY_STAGES` up to and
including summarize, with defaults.toml as is. The summary is the text of `story.summary`; a second row
summarizes the same story with its word budget set to the reference's length, as `--summary-words` does,
so that length is not what separates it from the peers.

Peers read the same text: the cleaned article texts our pipeline reads, in document order, blank-line
separated. lead-3 is the first three sentences of the first document; lead round-robin takes the first
sentence of each document, then the second of each, and so on. LexRank and TextRank (sumy) rank sentences
and take them best first until the reference length, shown in document order. Every system's output is then
cut to the reference summary's word count (whitespace words), so no system gains recall by length; a shorter
output is left as it is. ROUGE: rouge-score's rouge1, rouge2, rougeL F-measure, use_stemmer=True, mean over
clusters x100. Seconds: each system's own time over all clusters, models loaded before timing.

Two rows bound what a better choice of sentences could score: with the reference in hand, our summary's own
candidate sentences (`summarize.statements`, each fact stated alone, attributed where the summary would
attribute it) are taken greedily while ROUGE-1 rises, with their attribution frames and without them.

Faithfulness (our summary only): see `unsupported` and `overlap` below for the exact rules.

Usage: python bench/bench_summary.py [--limit N] [--examples N] [--write] [--quiet]
  --limit N     only the first N clusters of each dataset
  --examples N  print our summary beside the reference for the first N clusters of each dataset, and N
                sentences the strict faithfulness check flags (stderr)
  --quiet       no progress bars
  --write       record the tables as section "summary" of BENCHMARKS.md
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).parent))

from common import DATA, markdown_table, publish, read_jsonl, require  # noqa: E402

from newsprism.context import Context, Progress  # noqa: E402
from newsprism.model import RawDocument, Report, Story, SummarySentence  # noqa: E402
from newsprism.pipeline import STORY_STAGES  # noqa: E402
from newsprism.settings import load_settings  # noqa: E402
from newsprism.stages import clean, cluster, dedup, segment, summarize  # noqa: E402
from newsprism.support import FRAME_WORDS as SUMMARY_FRAME_WORDS  # noqa: E402
from newsprism.versions import sentence_at  # noqa: E402

MULTI_NEWS = DATA / "summaries" / "multi_news.jsonl"
NEUS = DATA / "stories" / "neus_test.jsonl"
HEADER = ["system", "R-1", "R-2", "R-L", "words (mean)", "clusters", "seconds"]
# Published on the full Multi-News test set (data README): orientation only, another sample and set-up.
ANCHORS = {
    "Multi-News": [
        ("LexRank (published, full test set, not this sample)", "38.27", "12.70", "–"),
        ("TextRank (published, full test set, not this sample)", "38.44", "13.10", "–"),
        ("PRIMERA (published, full test set, not this sample)", "49.9", "21.1", "25.9"),
    ],
    "NeuS": [],
}
# Words our summarizer writes around a claim by design ("According to X and Y, …", "Reports differ on the
# …: X gives …", "Z said: “…”"); they are not claims about the event, so the checks below leave them out.
FRAME_WORDS = frozenset({"according", "reports", "differ", "gives", "said"}) | SUMMARY_FRAME_WORDS
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st", "jr", "sr",
    "inc", "corp", "co", "ltd", "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "e.g", "i.e",
}  # fmt: skip
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_WORD = re.compile(r"\w+(?:['’]\w+)*")
# Letters (with inner apostrophes) or a number with its separators: "Pao’s", "972,814", "3.5".
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,:]\d+)*")
_POSSESSIVE = re.compile(r"['’]s$", re.I)


@dataclass
class Cluster:
    id: str
    documents: list[str]
    reference: str
    titles: list[str | None]
    headline: str  # what a headline is scored against


def load_multi_news(path: Path) -> list[Cluster]:
    clusters = []
    for record in read_jsonl(path):
        documents = [d for d in record["documents"] if d.strip()]
        first = split_sentences(record["summary"])[0]  # Multi-News has no titles: the summary's opening
        clusters.append(
            Cluster(str(record["id"]), documents, record["summary"], [None] * len(documents), first)
        )
    return clusters


def load_neus(path: Path) -> list[Cluster]:
    return [
        Cluster(
            str(r["id"]),
            [a["text"] for a in r["articles"]],
            r["neutral_summary"],
            [a.get("title") for a in r["articles"]],
            r["neutral_title"],
        )
        for r in read_jsonl(path)
    ]


class RegexTokenizer:
    """sumy's tokenizer protocol without NLTK's punkt data (not downloadable here): a sentence ends at . ! or
    ? (closing quotes kept) before a capital or digit, unless the word before the stop is an abbreviation or
    an initial; a line break always ends one."""

    language = "english"

    def to_sentences(self, text: str) -> tuple[str, ...]:
        return tuple(s for line in text.splitlines() for s in split_sentences(line))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


def split_sentences(text: str) -> list[str]:
    sentences, start = [], 0
    for match in _BOUNDARY.finditer(text):
        before = text[start : match.start()].split()
        word = before[-1].lstrip("\"'“‘(").lower() if before else ""
        if match.group().startswith(".") and (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    sentences.append(text[start:].strip())
    return [s for s in sentences if s]


def word_count(text: str) -> int:
    return len(text.split())


def truncate(text: str, words: int) -> str:
    """The first `words` whitespace-separated words of text (all of it when shorter)."""
    return " ".join(text.split()[:words])


# --- peers --------------------------------------------------------------------------------------------------


def lead_3(texts: Sequence[str], tokenizer: RegexTokenizer, budget: int) -> str:
    return " ".join(tokenizer.to_sentences(texts[0])[:3]) if texts else ""


def lead_round_robin(texts: Sequence[str], tokenizer: RegexTokenizer, budget: int) -> str:
    """Sentence 1 of every document, then sentence 2 of every document, … until `budget` words."""
    per_document = [tokenizer.to_sentences(t) for t in texts]
    out: list[str] = []
    for rank in range(max(map(len, per_document), default=0)):
        for sentences in per_document:
            if rank < len(sentences) and sum(map(word_count, out)) < budget:
                out.append(sentences[rank])
    return " ".join(out)


def best_until(budget: int) -> Callable[[Sequence[Any]], list[Any]]:
    """A sumy sentence count: the best-rated sentences (sumy passes them best first) until `budget` words."""

    def take(infos: Sequence[Any]) -> list[Any]:
        kept: list[Any] = []
        words = 0
        for info in infos:
            if words >= budget:
                break
            kept.append(info)
            words += word_count(str(info.sentence))
        return kept

    return take


def sumy_system(name: str) -> Callable[[Sequence[str], RegexTokenizer, int], str]:
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    # Stemmer("english") is nltk's Snowball stemmer: rules in code, no data to download.
    summarizer = {"lexrank": LexRankSummarizer, "textrank": TextRankSummarizer}[name](Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")

    def run(texts: Sequence[str], tokenizer: RegexTokenizer, budget: int) -> str:
        document = PlaintextParser.from_string("\n\n".join(texts), tokenizer).document
        return " ".join(str(s) for s in summarizer(document, best_until(budget)))

    return run


# --- ours ---------------------------------------------------------------------------------------------------


def our_story(item: Cluster, ctx: Context) -> tuple[Story, list[str]]:
    """The cluster as one analysed story, and the cleaned texts of its articles (what the peers read)."""
    raw = [
        RawDocument(
            path=f"{item.id}/{number}.txt",
            kind="text",
            text=text,
            meta={"outlet": f"Outlet {number}", **({"title": title} if title else {})},
        )
        for number, (text, title) in enumerate(zip(item.documents, item.titles, strict=True), 1)
    ]
    report = Report(raw=raw)
    for stage in (clean, dedup, segment):
        report = stage.run(report, ctx)
    texts = [a.text for a in report.articles]
    if not report.articles:
        return Story(id=item.id, title="empty"), texts
    story = cluster.make_story(ctx.new_id("s"), report.articles, report.articles[0])
    for stage in STORY_STAGES:
        story = stage.run(story, ctx)
    return story, texts


def summary_text(sentences: Iterable[SummarySentence]) -> str:
    return " ".join(s.text for s in sentences)


# --- faithfulness -------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(_stemmer()(word))


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    from sumy.nlp.stemmers import Stemmer

    return Stemmer("english")


def _tokens(text: str) -> list[str]:
    return [_POSSESSIVE.sub("", t) for t in _TOKEN.findall(text)]


def _number(token: str) -> str:
    return token.replace(",", "")


@dataclass(frozen=True)
class SourceWords:
    """What a source text offers a claim: its words as written, lowercased and stemmed, and its numbers."""

    exact: frozenset[str]
    lower: frozenset[str]
    stems: frozenset[str]
    numbers: frozenset[str]

    @classmethod
    def of(cls, texts: Iterable[str]) -> SourceWords:
        tokens = [t for text in texts for t in _tokens(text)]
        lower = frozenset(t.lower() for t in tokens if not t[0].isdigit())
        return cls(
            frozenset(tokens),
            lower,
            frozenset(_stem(w) for w in lower),
            frozenset(_number(t) for t in tokens if t[0].isdigit()),
        )

    def has_word(self, word: str) -> bool:
        return word in self.lower or _stem(word) in self.stems


def claim(sentence: str, outlets: Collection[str]) -> str:
    """A summary sentence without its attribution frame ("According to X, Y and Z, ", "X reports that, "):
    the claim itself.
    The outlets are needed because a list of them holds commas, as the claim may."""
    if not outlets:
        return sentence
    name = "|".join(re.escape(o) for o in sorted(outlets, key=len, reverse=True))
    listed = rf"(?:{name})(?:(?:, | and )(?:{name}))*"
    return re.sub(rf"^(?:According to {listed}, |{listed} reports? that, )", "", sentence)


def content_words(text: str, licensed: Collection[str] = ()) -> list[str]:
    """Alphabetic tokens, lowercased, that are neither stop words nor licensed (frame words, outlet names)."""
    words = (t.lower() for t in _tokens(text) if not t[0].isdigit())
    return [w for w in words if w not in _stop_words() and w not in licensed]


def unsupported(text: str, sources: Iterable[str], licensed: Collection[str] = ()) -> list[str]:
    """The tokens of a claim (a summary sentence, attribution frame removed) that its sources do not support;
    none means the claim is faithful.

    Every content word must occur in the sources as written (lowercased) or with the same Snowball stem (a
    data-free stand-in for the lemma: irregular forms such as paid/paying do not match), every number as
    written (thousands commas aside), and every capitalized word but the first with that capital, so "US" is
    not taken for "us". Possessive 's is ignored; `licensed` words (lowercase) are never checked.
    """
    source = SourceWords.of(sources)
    missing: list[str] = []
    for position, token in enumerate(_tokens(text)):
        lower = token.lower()
        if lower in licensed:
            continue
        if token[0].isdigit():
            ok = _number(token) in source.numbers
        elif position > 0 and token[0].isupper():
            ok = token in source.exact
        else:
            ok = lower in _stop_words() or source.has_word(lower)
        if not ok:
            missing.append(token)
    return missing


def overlap(text: str, source: str, licensed: Collection[str] = ()) -> float:
    """Share of a claim's content words found in the source (as written or by stem); 1.0 if it has none."""
    words = content_words(text, licensed)
    if not words:
        return 1.0
    found = SourceWords.of([source])
    return sum(found.has_word(w) for w in words) / len(words)


def licensed_words(story: Story, sentence: SummarySentence) -> frozenset[str]:
    """Frame words, outlet names and, in a "Reports differ on the …" sentence, what the figures are about."""
    words = set(FRAME_WORDS)
    for outlet in story.outlets:
        words.update(t.lower() for t in _tokens(outlet))
    for conflict in story.conflicts:
        if conflict.id in sentence.conflicts:
            words.update(t.lower() for t in _tokens(conflict.about))
    return frozenset(words)


def mentioned_names(story: Story, articles: Collection[str]) -> set[str]:
    """The words of every name (canonical or as an outlet writes it) of the entities the articles mention:
    "Donald Trump" where a cited article writes "Trump" or "the president", a speaker named outside the
    quoted words a clause holds; and the words the articles give quoted words to ("the Syrian foreign
    ministry said")."""
    entities = {
        token
        for entity in story.entities
        if any(m.article in articles for m in entity.mentions)
        for name in [entity.canonical, *(label for labels in entity.labels.values() for label in labels)]
        for token in _tokens(name)
    }
    speakers = [v.speaker_text for q in story.quotes for v in q.variants if v.article in articles]
    return entities | {token for text in speakers if text for token in _tokens(text)}


@dataclass
class Faithfulness:
    sentences: int = 0
    to_evidence: int = 0  # every checked token found in the evidence spans the sentence cites
    # … but a name, found among the names of the people and things the cited articles mention
    to_evidence_named: int = 0
    to_articles: int = 0  # … in the whole text of the articles it cites
    citations: int = 0
    confirmed: int = 0  # citations whose article holds >= 50% of the sentence's content words
    frame_words: int = 0
    words: int = 0
    misses: list[tuple[str, list[str]]] = field(default_factory=list)

    def add(self, story: Story) -> None:
        units = {u.id: u for u in story.units}
        conflicts = {c.id: c for c in story.conflicts}
        for sentence in story.summary:
            cited = set(sentence.citations)
            licensed = licensed_words(story, sentence)
            spans = [e.text for u in sentence.units for e in units[u].evidence if e.article in cited]
            # a disputed point quotes each outlet's sentence that holds its version ("… Biden denied that he
            # fathered the child; however, …"), not only the words of the version ("denied")
            values = [v for c in sentence.conflicts for v in conflicts[c].values]
            spans += [v.text for v in values] + [
                sentence_at(story.article(v.article), v.start) for v in values
            ]
            articles = [story.article(a).text for a in sentence.citations]
            text = claim(sentence.text, story.outlets)
            missing = unsupported(text, spans, licensed)
            self.sentences += 1
            self.to_evidence += not missing
            named = mentioned_names(story, cited)
            self.to_evidence_named += all(token in named for token in missing)
            self.to_articles += not unsupported(text, articles, licensed)
            if missing:
                self.misses.append((sentence.text, missing))
            self.citations += len(articles)
            self.confirmed += sum(overlap(text, article, licensed) >= 0.5 for article in articles)
            self.words += word_count(sentence.text)
            self.frame_words += word_count(sentence.text) - word_count(text)


# --- the run -----------------------------------------------------------------------------------------------


@dataclass
class SystemResult:
    scores: list[tuple[float, float, float]] = field(default_factory=list)
    words: list[int] = field(default_factory=list)
    seconds: float = 0.0

    def row(self, name: str) -> list[str]:
        columns = list(zip(*self.scores, strict=True)) if self.scores else [(), (), ()]
        means = [f"{100 * statistics.fmean(c):.2f}" if c else "–" for c in columns]
        words = f"{statistics.fmean(self.words):.0f}" if self.words else "–"
        return [name, *means, words, str(len(self.scores)), f"{self.seconds:.1f}"]


PEERS: dict[str, Callable[[], Callable[[Sequence[str], RegexTokenizer, int], str]]] = {
    "lead-3 (first document)": lambda: lead_3,
    "lead round-robin (sentence k of every document in turn)": lambda: lead_round_robin,
    "LexRank (sumy 0.13.0)": lambda: sumy_system("lexrank"),
    "TextRank (sumy 0.13.0)": lambda: sumy_system("textrank"),
}
OURS = "newsprism summary (defaults.toml lengths)"
# The same story summarized at the reference length, as a user would ask for it (--summary-words N), so that
# length is not what separates it from the peers, which are also given the reference length.
UNCAPPED = "newsprism summary at the reference length (--summary-words)"
# The same sentences with their attribution frames taken out: what the selection alone scores, since the
# frames ("According to Outlet 2, ") are words no reference summary has.
UNFRAMED = "newsprism, reference length, frames left out (not a product output)"

# The best choice among the sentences our summary chooses from, made with the reference in hand: how far a
# better selection could go, with the attribution frames the summary must keep and without them.
ORACLE = "best choice of our sentences, reference in hand (a bound on selection, not a product output)"
ORACLE_UNFRAMED = "the same, frames left out (not a product output)"


# Headlines, each system's line as it is (not cut), against NeuS's neutral title, or on Multi-News, which has
# no titles, against the first sentence of the reference summary, which tells the story's main event.
HEADLINE = "newsprism headline"
HEADLINE_PEERS: dict[str, Callable[[Cluster, Sequence[str], RegexTokenizer], str | None]] = {
    "the first article's title": lambda item, texts, tokenizer: item.titles[0] if item.titles else None,
    "the first article's first sentence": lambda item, texts, tokenizer: (
        next(iter(tokenizer.to_sentences(texts[0])), None) if texts else None
    ),
}
HEADLINE_LEXRANK = "LexRank's best sentence (sumy 0.13.0)"


@lru_cache(maxsize=1)
def _rouge_tokenizer() -> Any:
    from rouge_score.tokenizers import DefaultTokenizer

    return DefaultTokenizer(use_stemmer=True)


@cache
def _rouge_tokens(word: str) -> tuple[str, ...]:
    return tuple(_rouge_tokenizer().tokenize(word))


def _unigram_f(reference: Counter[str], words: Sequence[str]) -> float:
    """rouge-score's ROUGE-1 F-measure of whitespace words (its tokenizer splits and stems word by word)."""
    tokens = Counter(t for w in words for t in _rouge_tokens(w))
    hits = sum((tokens & reference).values())
    if not hits:
        return 0.0
    precision, recall = hits / sum(tokens.values()), hits / sum(reference.values())
    return 2 * precision * recall / (precision + recall)


def oracle(reference: str, candidates: Sequence[str], budget: int) -> str:
    """Greedily the candidate sentence that most raises ROUGE-1 of the output cut to `budget` words, until
    none raises it: an upper bound, near enough, of what choosing among these sentences can score."""
    target = Counter(t for w in reference.split() for t in _rouge_tokens(w))
    chosen: list[str] = []
    words: list[str] = []
    best = 0.0
    while len(words) < budget:
        left = [c for c in candidates if c not in chosen]
        score, pick = max(
            ((_unigram_f(target, (words + c.split())[:budget]), c) for c in left), default=(0.0, "")
        )
        if score <= best:
            break
        best = score
        chosen.append(pick)
        words += pick.split()
    return " ".join(chosen)


def run_dataset(
    name: str, clusters: list[Cluster], ctx: Context, args: argparse.Namespace
) -> tuple[dict[str, SystemResult], Faithfulness, dict[str, SystemResult]]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    tokenizer = RegexTokenizer()
    peers = {label: make() for label, make in PEERS.items()}
    labels = [OURS, UNCAPPED, UNFRAMED, *peers, ORACLE, ORACLE_UNFRAMED]
    results = {label: SystemResult() for label in labels}
    headlines = {label: SystemResult() for label in [HEADLINE, *HEADLINE_PEERS, HEADLINE_LEXRANK]}
    lexrank = peers["LexRank (sumy 0.13.0)"]
    faith = Faithfulness()
    for number, item in enumerate(tqdm(clusters, desc=name, unit="cluster", disable=args.quiet)):
        budget = word_count(item.reference)
        start = time.perf_counter()
        story, texts = our_story(item, ctx)
        outputs = {OURS: (summary_text(story.summary), time.perf_counter() - start)}
        start = time.perf_counter()
        at_length = summarize.summarize(story, 100, budget, *summarize.weights(ctx.settings.summary))
        outputs[UNCAPPED] = (summary_text(at_length), outputs[OURS][1] + time.perf_counter() - start)
        unframed = " ".join(claim(s.text, story.outlets) for s in at_length)
        outputs[UNFRAMED] = (unframed, outputs[UNCAPPED][1])
        faith.add(story)
        start = time.perf_counter()
        stated = summarize.statements(story)
        outputs[ORACLE] = (oracle(item.reference, stated, budget), time.perf_counter() - start)
        unframed_stated = [claim(s, story.outlets) for s in stated]
        outputs[ORACLE_UNFRAMED] = (oracle(item.reference, unframed_stated, budget), 0.0)
        for label, system in peers.items():
            start = time.perf_counter()
            outputs[label] = (system(texts, tokenizer, budget), time.perf_counter() - start)
        for label, (text, seconds) in outputs.items():
            cut = truncate(text, budget)
            scores = scorer.score(item.reference, cut)
            results[label].scores.append(
                (scores["rouge1"].fmeasure, scores["rouge2"].fmeasure, scores["rougeL"].fmeasure)
            )
            results[label].words.append(word_count(cut))
            results[label].seconds += seconds
        lines = {
            HEADLINE: story.headline,
            **{k: f(item, texts, tokenizer) for k, f in HEADLINE_PEERS.items()},
        }
        lines[HEADLINE_LEXRANK] = lexrank(texts, tokenizer, 1)  # sumy's best sentence alone
        for label, line in lines.items():
            if line:
                scores = scorer.score(item.headline, line)
                headlines[label].scores.append(
                    (scores["rouge1"].fmeasure, scores["rouge2"].fmeasure, scores["rougeL"].fmeasure)
                )
                headlines[label].words.append(word_count(line))
        if number < args.examples:
            print(f"\n[{name} {item.id}] reference ({budget} words): {item.reference}", file=sys.stderr)
            print(f"  headline: {story.headline}  (reference: {item.headline})", file=sys.stderr)
            for sentence in story.summary:
                print(f"  - {sentence.text}  {sentence.citations}", file=sys.stderr)
    return results, faith, headlines


def dataset_table(name: str, clusters: list[Cluster], results: dict[str, SystemResult]) -> str:
    rows = [result.row(label) for label, result in results.items()]
    rows += [[label, r1, r2, rl, "", "", ""] for label, r1, r2, rl in ANCHORS[name]]
    references = statistics.fmean(word_count(c.reference) for c in clusters)
    return f"**{name}** (reference summaries: {references:.0f} words on average)\n\n" + markdown_table(
        HEADER, rows
    )


def faithfulness_table(faith: dict[str, Faithfulness]) -> str:
    def share(part: int, whole: int) -> str:
        return f"{100 * part / whole:.1f}% ({part}/{whole})" if whole else "–"

    header = [
        "dataset", "summary sentences", "faithful to cited evidence spans",
        "… names found among those the cited articles mention", "faithful to cited articles",
        "citations confirmed (overlap >= 50%)", "words in attribution frames",
    ]  # fmt: skip
    rows = [
        [name, str(f.sentences), share(f.to_evidence, f.sentences), share(f.to_evidence_named, f.sentences),
         share(f.to_articles, f.sentences), share(f.confirmed, f.citations), share(f.frame_words, f.words)]
        for name, f in faith.items()
    ]  # fmt: skip
    return markdown_table(header, rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    args = parser.parse_args()
    datasets = {
        "Multi-News": load_multi_news(require(MULTI_NEWS))[: args.limit],
        "NeuS": load_neus(require(NEUS))[: args.limit],
    }
    ctx = Context(settings=load_settings(environ={}), progress=Progress(quiet=True))
    ctx.embedder.encode(["warm up"])  # model loading is not part of any system's seconds
    ctx.parse(["Warm up."])
    tables, faith, headline_tables = [], {}, []
    for name, clusters in datasets.items():
        results, faith[name], headlines = run_dataset(name, clusters, ctx, args)
        tables.append(dataset_table(name, clusters, results))
        against = "the neutral title" if name == "NeuS" else "the first sentence of the reference summary"
        rows = [result.row(label)[:-1] for label, result in headlines.items() if result.scores]
        headline_tables.append(
            f"**Headline, {name}** (against {against})\n\n" + markdown_table(HEADER[:-1], rows)
        )
    subset = f"the first {args.limit} clusters of each dataset" if args.limit else "every cluster"
    note = (
        f"Run on {subset}. Each cluster is one story (the gold cluster in place of the cluster stage), "
        "each document a plain-text article of its own outlet through clean, dedup, segment and every "
        'story stage to summarize, defaults.toml as is; "at the reference length": the same story '
        "summarized with its word budget set to the reference's word count. Peers read the same cleaned "
        "texts. Every output is cut to the reference summary's word count (whitespace words); shorter "
        "outputs are left as they are. lead-3: first three sentences of the first document; round-robin: "
        "sentence 1 of each document, then sentence 2, …; LexRank/TextRank: best-rated sentences until "
        "the reference length, in document order (sentences by a regex splitter, Snowball stems, sumy's "
        "English stop words). ROUGE: rouge-score 0.1.2 rouge1/rouge2/rougeL (not rougeLsum) F-measure, "
        "use_stemmer=True, mean over clusters x100. Seconds: each system's own time, models already "
        "loaded (ours: clean to summarize). Reference in hand: our own candidate sentences (each fact "
        "stated alone, attributed as the summary would) taken greedily while ROUGE-1 of the cut output "
        "rises; a bound on selection (near enough: greedy), not a system. Published rows: full "
        "Multi-News test set as reported by "
        "Fabbri et al. 2019 and Xiao et al. 2022; another sample and set-up, for orientation."
    )
    faith_note = (
        'Faithfulness of our summary sentences, with the attribution frame ("According to X and Y, ") and'
        " template words (according, reports, differ, gives, said, outlet names, what a conflict is "
        "about) set aside: a sentence is faithful when every content word (not an English stop word; as "
        "written or same Snowball stem), every number and every capitalized word after the first occurs "
        "in the text it cites: the evidence spans of its units in its cited articles (strict), the same "
        "with a name also found among the names of the people and things the cited articles mention "
        "(a speaker named outside the quoted words a clause holds, by name or as the article words it, a "
        "full name where the clause writes a surname or a role), or those articles' whole text. A "
        "citation is confirmed when the cited article holds at least 50% of the sentence's content "
        "words. (The summarizer itself cites an article only when that article's own aligned clause "
        "carries half of the sentence's content words, by its own tokens and stems; this check reads "
        "the whole article with the bench's tokenizer, stop words and Snowball stems.)"
    )
    headline_note = (
        "Headlines: our story headline (one line of the summary, `newsprism.headline`) beside the first "
        "article's title (NeuS only: Multi-News documents have none), its first sentence and LexRank's "
        "best-rated sentence, each as it is (not cut), against NeuS's neutral title (AllSides) or, on "
        "Multi-News, the first sentence of the reference summary; rouge-score F-measure as above. The "
        "outlets' titles are one outlet's words and framing, which our headline does not take; they are "
        "here as the line a reader would otherwise see first."
    )
    body = "\n\n".join(
        [*tables, note, faithfulness_table(faith), faith_note, *headline_tables, headline_note]
    )
    publish("summary", "Story summary (Multi-News, NeuS)", body, args.write)
    if args.examples:
        for name, f in faith.items():
            for text, missing in f.misses[: args.examples]:
                print(f"[{name}] unsupported {missing}: {text}", file=sys.stderr)


if __name__ == "__main__":
    main()
