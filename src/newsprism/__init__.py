"""newsprism: read one news story through every outlet that covered it."""

from __future__ import annotations

from .context import Progress
from .model import Report
from .pipeline import analyze
from .render.json import load_report
from .settings import Settings, load_settings

__version__ = "0.1.0"
__all__ = ["Progress", "Report", "Settings", "__version__", "analyze", "load_report", "load_settings"]
