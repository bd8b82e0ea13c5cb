"""Score loaded-word detection (the framing stage's `loaded_words`) against BASIL's lexical-bias spans, in one
run: ours (the packaged lexicon with its context rules, outside quotations, given the spaCy parse), the same
lexicon matched as bare words (no context, no quotation filter), and VADER's sentiment lexicon as bare words
at |valence| >= 1.5 (the reported peer; 1.0 and 2.0 beside it). Then ours with each context rule off.

Gold: the `bias_spans` with `bias == "lex"` of ../shared/data/stories/basil.jsonl that have offsets into
the article's body; bodies are what is scored. Of the 350 lex spans, 8 have no offsets and are left out: 2
stand in the headline ("Caves", "'Compromise'") and 6 in no text at all ("stunning" and "shied away" three
times each, on HuffPost articles of other events).

Matching: a predicted word or phrase is correct when it overlaps a gold span (precision over predictions);
a gold span is found when some prediction overlaps it (recall over gold spans); F1 is their harmonic mean,
pooled over the articles of a split. Rows: "own wording", the main one, scores against the gold spans
outside quotations (`quote == "no"`), since ours ignores quoted words by design, and a prediction that
overlaps a quoted gold span counts neither way; "all spans" scores against every lex span. "art. F1": the
mean over articles with gold spans of their own F1 (an article with no prediction scores 0).

Split by event: events are numbered 1..68 in the order they first appear in basil.jsonl; odd numbers are
the development split (where the lexicon and the context rules were looked at and tuned), even numbers the
test split (the headline figures). Speed: articles/s of each detector alone; the parse ours reads is timed
apart.

Usage: python bench/bench_loaded.py [--write] [--quiet]
  --write  record the tables as section "loaded-words" of BENCHMARKS.md
  --quiet  no progress on stderr
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from common import DATA, markdown_table, publish, read_jsonl  # noqa: E402

from newsprism.backends import nlp  # noqa: E402
from newsprism.context import Progress  # noqa: E402
from newsprism.settings import load_settings  # noqa: E402
from newsprism.stages import framing  # noqa: E402

BASIL = DATA / "stories" / "basil.jsonl"
VADER_THRESHOLDS = (1.5, 1.0, 2.0)  # the first is the reported peer
SPLITS = ("test", "dev")
OURS = "**ours** (lexicon + context)"
PLAIN = "plain lexicon (bare words)"
Span = tuple[int, int]


@dataclass
class GoldArticle:
    event: int  # 1..68, by first appearance in the file
    text: str
    own: list[Span]  # gold lex spans outside quotations
    quoted: list[Span]  # gold lex spans inside quotations

    @property
    def split(self) -> str:
        return "dev" if self.event % 2 else "test"


def load_basil(path: Path = BASIL) -> tuple[list[GoldArticle], int]:
    """BASIL's articles with their gold lex spans, and how many lex spans were left out for want of
    offsets."""
    numbers: dict[str, int] = {}
    articles, left_out = [], 0
    for row in read_jsonl(path):
        event = numbers.setdefault(row["event_id"], len(numbers) + 1)
        own: list[Span] = []
        quoted: list[Span] = []
        for span in row["bias_spans"]:
            if span["bias"] != "lex":
                continue
            if span["start"] is None:
                left_out += 1
            else:
                (quoted if span["quote"] == "yes" else own).append((span["start"], span["end"]))
        articles.append(GoldArticle(event, row["text"], own, quoted))
    return articles, left_out


def overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


@dataclass
class Counts:
    predicted: int = 0
    correct: int = 0
    gold: int = 0
    found: int = 0
    article_f1: list[float] = field(default_factory=list)

    def add(self, predictions: list[Span], gold: list[Span], ignored: list[Span]) -> None:
        scored = [p for p in predictions if overlaps(p, gold) or not overlaps(p, ignored)]
        correct = sum(overlaps(p, gold) for p in scored)
        found = sum(overlaps(g, predictions) for g in gold)
        self.predicted += len(scored)
        self.correct += correct
        self.gold += len(gold)
        self.found += found
        if gold:
            self.article_f1.append(_f1(correct / len(scored) if scored else 0.0, found / len(gold)))

    def prf(self) -> tuple[float, float, float]:
        p = self.correct / self.predicted if self.predicted else 0.0
        r = self.found / self.gold if self.gold else 0.0
        return p, r, _f1(p, r)

    @property
    def article_mean(self) -> float:
        return sum(self.article_f1) / len(self.article_f1) if self.article_f1 else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(articles: list[GoldArticle], predictions: list[list[Span]]) -> dict[str, Counts]:
    """Counts for the own-wording row (quoted gold spans set aside) and the all-spans row."""
    own, every = Counts(), Counts()
    for article, predicted in zip(articles, predictions, strict=True):
        own.add(predicted, article.own, article.quoted)
        every.add(predicted, article.own + article.quoted, [])
    return {"own wording": own, "all spans": every}


def bare_words(words: set[str]) -> Callable[[str], list[Span]]:
    """A detector that marks every word of `words` (entries with a space: every phrase), case-folded, with
    no context and no quotation filter."""
    single = {w for w in words if " " not in w}
    phrases = framing._phrase_pattern(sorted(words))

    def detect(text: str) -> list[Span]:
        found = [
            m.span() for m in framing._WORD.finditer(text) if m.group().lower().replace("’", "'") in single
        ]
        if phrases is not None:
            found += [m.span() for m in phrases.finditer(text)]
        return sorted(found)

    return detect


def vader_words(threshold: float) -> set[str]:
    """Words of VADER's lexicon (read from the installed package) with |mean valence| >= threshold."""
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    words = set()
    for line in text.splitlines():
        token, valence, *_ = line.split("\t")
        if abs(float(valence)) >= threshold and any(c.isalpha() for c in token):
            words.add(token.lower())
    return words


def ours(lexicon: dict[str, str], rules: frozenset[str] = framing.RULES) -> Callable[[str, Any], list[Span]]:
    def detect(text: str, doc: Any) -> list[Span]:
        return [(w.start, w.end) for w in framing.loaded_words(text, lexicon, doc=doc, rules=rules)]

    return detect


def unparsed(detect: Callable[[str], list[Span]]) -> Callable[[str, Any], list[Span]]:
    """A detector of text alone, called like ours (which also reads the parse)."""
    return lambda text, _: detect(text)


def run(
    systems: dict[str, Callable[[str, Any], list[Span]]], articles: list[GoldArticle], docs: list[Any]
) -> tuple[dict[str, list[list[Span]]], dict[str, float]]:
    """Every system's predictions for every article, and the seconds each took."""
    predictions, seconds = {}, {}
    for name, detect in systems.items():
        start = time.perf_counter()
        predictions[name] = [detect(a.text, d) for a, d in zip(articles, docs, strict=True)]
        seconds[name] = time.perf_counter() - start
    return predictions, seconds


def split_scores(articles: list[GoldArticle], predicted: list[list[Span]], split: str) -> dict[str, Counts]:
    chosen = [i for i, a in enumerate(articles) if a.split == split]
    return score([articles[i] for i in chosen], [predicted[i] for i in chosen])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--quiet", "-q", action="store_true")
    args = parser.parse_args()
    articles, left_out = load_basil()
    lexicon = framing.load_lexicon()
    pipeline = nlp.load(load_settings(environ={}).nlp.model)
    start = time.perf_counter()
    texts = Progress(quiet=args.quiet).iterate([a.text for a in articles], "parsed")
    docs = list(pipeline.pipe(texts, batch_size=16))
    parse_s = time.perf_counter() - start
    systems = {OURS: ours(lexicon), PLAIN: unparsed(bare_words(set(lexicon)))}
    if importlib.util.find_spec("vaderSentiment"):
        for threshold in VADER_THRESHOLDS:
            systems[f"VADER, abs(valence) >= {threshold}"] = unparsed(bare_words(vader_words(threshold)))
    else:
        print(
            "vaderSentiment is not installed: peer skipped (pip install vadersentiment==3.3.2)",
            file=sys.stderr,
        )
    predictions, seconds = run(systems, articles, docs)
    header = ["split", "gold", "system", "P", "R", "F1", "art. F1", "predicted", "gold spans", "articles/s"]
    rows = []
    for split in SPLITS:
        for gold in ("own wording", "all spans"):
            for name in systems:
                counts = split_scores(articles, predictions[name], split)[gold]
                p, r, f = counts.prf()
                rows.append(
                    [split, gold, name, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", f"{counts.article_mean:.3f}",
                     str(counts.predicted), str(counts.gold), f"{len(articles) / seconds[name]:.0f}"]
                )  # fmt: skip
    ablations = {"all rules": framing.RULES, "no context rule": frozenset()}
    ablations |= {f"without {rule}": framing.RULES - {rule} for rule in sorted(framing.RULES)}
    ablated, _ = run({name: ours(lexicon, rules) for name, rules in ablations.items()}, articles, docs)
    ablation_rows = []
    for name in ablations:
        row = [name]
        for split in SPLITS:
            for gold in ("own wording", "all spans"):
                row.append(f"{split_scores(articles, ablated[name], split)[gold].prf()[2]:.3f}")
        ablation_rows.append(row)
    split_sizes = ", ".join(
        f"{split}: {sum(a.split == split for a in articles)} articles, "
        f"{sum(len(a.own) for a in articles if a.split == split)} own-wording and "
        f"{sum(len(a.quoted) for a in articles if a.split == split)} quoted gold spans"
        for split in SPLITS
    )
    note = (
        f"\n\nBASIL, {len(articles)} articles of {len({a.event for a in articles})} events split by event "
        f"(test = even-numbered events, the headline; dev = odd, where the lexicon and rules were tuned; "
        f"{split_sizes}). Gold: lex spans with offsets into the body ({left_out} without offsets left "
        f"out). A prediction is correct when it overlaps a gold span; a gold span is found when a prediction "
        f"overlaps it. own wording: gold spans outside quotations (a prediction on a quoted gold span counts "
        f"neither way); all spans: every lex span. art. F1: mean per-article F1 over articles with gold "
        f"spans. Dev figures flatter: the lexicon's additions were drawn with dev's missed spans in view. "
        f"Plain lexicon: our word list matched bare (no part of speech, intensifier or scare-quote rule, no "
        f"quotation filter). VADER: the words of vader_lexicon.txt (vaderSentiment 3.3.2) with "
        f"|valence| at or above the threshold, matched bare; 1.5 is the reported peer. Speed: each "
        f"detector alone over all {len(articles)} articles; ours also reads the spaCy parse, which took "
        f"{parse_s:.1f} s ({len(articles) / parse_s:.1f} articles/s)."
    )
    ablation_note = (
        "\n\nOurs with context rules switched off (F1), same run; with no context rule only the quotation "
        "filter is left. Part of speech counts a [verb]/[adj] entry only in that part of speech; "
        "intensifiers count very/deeply/... only before an adjective or adverb; scare quotes count a lexicon "
        "word quoted alone; neighbours drop 'regime' after a technical modifier.\n\n"
        + markdown_table(
            ["rules", "test own wording", "test all spans", "dev own wording", "dev all spans"], ablation_rows
        )
    )
    title = "Loaded words (BASIL lexical bias, split by event)"
    publish("loaded-words", title, markdown_table(header, rows) + note + ablation_note, args.write)


if __name__ == "__main__":
    main()
