"""The day of a live blog: a page of entries stamped with times of the day ("19:40", "16:25 — Кто остался")."""

import datetime as dt
import re

from bot.extract.dates import find_dates

# An entry's stamp: a time of day alone on its line, or before the entry's heading after a dash.
_STAMP = re.compile(r"\s*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[\u2014\u2013-].*)?\s*")
# A page with fewer stamps is a report with a time or two in it, not a live blog.
MIN_STAMPS = 3
# The masthead's day ("Last updated: 11 September 2025", "20 марта 2026, обновлено в 21:15") is the blog's when it is
# no older than this before publication.
MASTHEAD_DAYS = 3


def live_blog_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day a live blog covers, or None for any other page: its entries tell times of that day, not days, so a
    round told in them happened on the day the masthead gives, or else the day the blog was published."""
    if published is None:
        return None
    lines = text.splitlines()
    stamps = [k for k, line in enumerate(lines) if _STAMP.fullmatch(line)]
    if len(stamps) < MIN_STAMPS:
        return None
    for line in lines[:stamps[0]]:
        for _, day in find_dates(line, published):
            if day is not None and published - dt.timedelta(days=MASTHEAD_DAYS) <= day <= published:
                return day
    return published
