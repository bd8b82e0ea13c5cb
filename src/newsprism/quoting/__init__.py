"""Quoting: quotation marks, attribution cues, and attributions found in a parse."""

from .extract import INTENTION, JUDGEMENT, RELAY, SPEECH, Attribution, attributions, sentences_of, text_of
from .marks import Quotation, quotations, quote_regions

__all__ = [
    "INTENTION",
    "JUDGEMENT",
    "RELAY",
    "SPEECH",
    "Attribution",
    "Quotation",
    "attributions",
    "quotations",
    "quote_regions",
    "sentences_of",
    "text_of",
]
