"""Cleaning: main text and metadata from HTML pages and from scraped plain text."""

from .html import clean_html
from .text import Cleaned, clean_text

__all__ = ["Cleaned", "clean_html", "clean_text"]
