"""Quantify: numbers, hedges and quantity phrases of news text, normalized to intervals."""

from .numbers import HEDGES, interval, number
from .phrases import Found, find

__all__ = ["HEDGES", "Found", "find", "interval", "number"]
