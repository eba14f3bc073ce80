"""Shared helpers for the extractor tests: run the extractor and find the shared seed folder."""

import datetime as dt
from pathlib import Path

from bot.extract import extract_report


def run(text: str, published: str | None = None, lang: str | None = None):
    """Extract a report from `text`, with an optional ISO publication date."""
    return extract_report(text, dt.date.fromisoformat(published) if published else None, lang)


def seeds_dir() -> Path | None:
    """The shared seed folder (a `shared/seeds` directory found by searching upward), or None."""
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "seeds"
        if (candidate / "gold.json").is_file():
            return candidate
    return None
