"""The quote-attribution scorer on hand-made spans: exact hits, overlap hits, misses, one-to-one pairing."""

from __future__ import annotations

import pytest

from newsprism.eval.quotes import Attribution, GoldArticle, overlap_f1, pair, score, score_spans, trim, words

TEXT = 'Mayor Ann Lee said: "The river is clean again and the fish are back." Critics disagreed.'
CONTENT = (TEXT.index("The river"), TEXT.index('."') + 1)  # "The river … back." with its full stop
SPEAKER = (0, len("Mayor Ann Lee"))
CUE = (TEXT.index("said"), TEXT.index("said") + 4)


def test_trim_drops_quotation_marks_and_edge_punctuation():
    start, end = trim(TEXT, (CONTENT[0] - 1, CONTENT[1] + 1))
    assert TEXT[start:end] == "The river is clean again and the fish are back"


def test_an_exact_hit_counts_in_both_modes():
    counts = score_spans(TEXT, [CONTENT], [(CONTENT[0] - 1, CONTENT[1] + 1)])
    assert counts.matched == {"exact": 1, "overlap": 1}
    assert counts.prf("exact") == (1.0, 1.0, 1.0)


def test_a_partial_span_is_an_overlap_hit_but_not_exact():
    partial = (CONTENT[0], TEXT.index(" and the fish"))  # 5 of 10 words: token F1 2*5/15 = 0.67
    assert overlap_f1(words(TEXT, CONTENT), words(TEXT, partial)) == pytest.approx(2 / 3)
    assert score_spans(TEXT, [CONTENT], [partial]).matched == {"exact": 0, "overlap": 1}


def test_a_span_below_half_token_f1_is_a_miss():
    short = (CONTENT[0], TEXT.index(" is clean"))  # "The river": 2 of 10 words, F1 1/3
    counts = score_spans(TEXT, [CONTENT], [short])
    assert counts.matched == {"exact": 0, "overlap": 0}
    assert counts.prf("overlap") == (0.0, 0.0, 0.0)


def test_one_prediction_pairs_with_one_gold_span_only():
    # one predicted speaker against the same gold speaker annotated twice: one hit, recall 1/2
    counts = score_spans(TEXT, [SPEAKER, SPEAKER], [SPEAKER])
    assert counts.matched["exact"] == 1
    assert counts.prf("exact") == (1.0, 0.5, pytest.approx(2 / 3))


def test_pairing_takes_the_best_pair_first():
    # gold 0 fits prediction 0 best; the greedy pass must not give prediction 0 to gold 1
    table = {(0, 0): 0.9, (1, 0): 0.6, (1, 1): 0.7, (0, 1): 0.0}
    assert pair([(0, 0), (1, 1)], [(0, 0), (1, 1)], lambda g, p: table[(g[0], p[0])]) == 2


def test_score_sums_fields_over_articles_and_skips_missing_spans():
    article = GoldArticle("d1", TEXT, [Attribution(SPEAKER, CUE, CONTENT)])
    predicted = [Attribution(SPEAKER, None, CONTENT), Attribution(None, None, (0, 5))]
    counts = score([article], [predicted])
    assert counts["source"].prf("exact") == (1.0, 1.0, 1.0)
    assert (counts["cue"].predicted, counts["cue"].gold) == (0, 1)
    assert counts["content"].prf("exact") == (0.5, 1.0, pytest.approx(2 / 3))


def test_score_refuses_unaligned_predictions():
    with pytest.raises(ValueError):
        score([GoldArticle("d1", TEXT)], [])
