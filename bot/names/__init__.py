"""Name normalization and search (a temporary simple index until the full one lands)."""

from bot.names.index import Match, NameIndex

__all__ = ["Match", "NameIndex"]
