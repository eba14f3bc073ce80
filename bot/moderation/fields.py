"""The round fields a moderator can correct, their names in three languages, and their values."""

from __future__ import annotations

import datetime as dt
import re

from bot.commands import command_number

# What a moderator types → the stored field. Every language's words work in every chat.
FIELD_ALIASES: dict[str, str] = {
    "date": "event_date", "pardoned": "pardoned", "released": "pardoned", "women": "women", "men": "men",
    "ill": "chronically_ill", "disabled": "disabled", "over50": "over_50", "parents": "with_children",
    "ordinal": "round_ordinal",
    # Belarusian
    "дата": "event_date", "памілаваныя": "pardoned", "вызвалена": "pardoned", "жанчыны": "women",
    "мужчыны": "men", "хворыя": "chronically_ill", "інваліды": "disabled", "старэйшыя50": "over_50",
    "бацькі": "with_children", "нумар": "round_ordinal",
    # Russian
    "помилованы": "pardoned", "освобождены": "pardoned", "женщины": "women", "мужчины": "men",
    "больные": "chronically_ill", "инвалиды": "disabled", "старше50": "over_50", "родители": "with_children",
    "номер": "round_ordinal",
}
# The stored names are accepted as they are, too.
FIELD_ALIASES.update({f: f for f in set(FIELD_ALIASES.values())})

COMMAND_FIELD_NAMES = ("date", "pardoned", "women", "men", "ill", "disabled", "over50", "parents", "ordinal")
MAX_COUNT = 100_000
CLEAR = ("-", "clear", "none")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_field(word: str) -> str | None:
    """The stored field for a moderator's word ("ill", "хворыя", "over_50"), or None."""
    return FIELD_ALIASES.get(word.casefold())


def parse_day(word: str, today: dt.date) -> dt.date | None:
    """A YYYY-MM-DD date that is not in the future, or None."""
    if not _ISO_DAY.fullmatch(word):
        return None
    try:
        day = dt.date.fromisoformat(word)
    except ValueError:
        return None
    return day if dt.date(2000, 1, 1) <= day <= today else None


def parse_value(field: str, word: str, today: dt.date) -> int | str | None:
    """The corrected value for a field: an ISO date for `event_date`, else a whole number in range."""
    if field == "event_date":
        day = parse_day(word, today)
        return day.isoformat() if day else None
    low = 1 if field in ("round_ordinal", "pardoned") else 0
    return command_number(word, low, MAX_COUNT, hash_ok=False)


