"""Scorers for the evaluation data in ../shared/data beside the repository.

One module per dataset and task; each scores our output against the dataset's gold with the metric the
dataset's own benchmark publishes, so our figures sit beside the published peers in BENCHMARKS.md.

- `extraction`: main-text extraction on the article-extraction benchmark (token 4-gram shingle
  precision, recall and F1, per page, averaged over pages, with a bootstrap spread), and the dates the
  benchmark's URLs carry.
"""
