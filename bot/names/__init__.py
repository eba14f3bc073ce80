"""Prisoner-name folding, fuzzy search and registry files (pure Python, no I/O besides files).

Typical use::

    from bot.names import NameIndex, read_registry, RegistryRow

    index = NameIndex()
    for item in read_registry("registry.csv"):
        if isinstance(item, RegistryRow):
            index.add(item.id, item.names())
    res = index.resolve("Марию Колесникову")
    res.match or res.candidates
"""

from bot.names.index import CONFIDENT, MARGIN, MIN_SCORE, Match, NameIndex, Resolution
from bot.names.normalize import fold, name_keys
from bot.names.registry_file import RegistryRow, RowError, read_registry, write_registry

__all__ = [
    "CONFIDENT", "MARGIN", "MIN_SCORE", "Match", "NameIndex", "Resolution", "fold", "name_keys",
    "RegistryRow", "RowError", "read_registry", "write_registry",
]  # fmt: skip
