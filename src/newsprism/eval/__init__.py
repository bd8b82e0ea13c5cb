"""Scorers for the evaluation data in ../shared/data beside the repository.

One module per dataset and task; each scores our output against the dataset's gold with the metric the
dataset's own benchmark publishes, so our figures sit beside the published peers in BENCHMARKS.md.

- `extraction`: main-text extraction on the article-extraction benchmark (token 4-gram shingle
  precision, recall and F1, per page, averaged over pages, with a bootstrap spread), and the dates the
  benchmark's URLs carry.
- `clustering`: B-cubed precision, recall and F1 of stories against gold events, and loaders that turn
  BASIL and NeuS records into articles.
- `dedup`: a pool of copies made from real texts (changed chrome, cut endings, other headlines, words
  changed) among real articles on the same events, scored pair by pair.
"""
