"""An entry's spellings folded once, in the form that ranking compares queries against.

The same :class:`FoldedName` values are kept in memory by :class:`bot.names.index.NameIndex` and
stored, column by column, in the database's name index (``bot/storage/name_index.py``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from bot.names.normalize import TokenKey, script_of, token_key, words


class FoldedName(NamedTuple):
    """One spelling of a name: its words' full keys, stems and finer keys, patronymic and script."""

    raw: str
    fulls: Sequence[str]  # one key per word
    stems: Sequence[str]
    fines: Sequence[str]
    patronymic: int  # index of the patronymic word, or -1
    script: str

    @property
    def core(self) -> int:
        """How many words must be matched to cover the name (a patronymic is optional)."""
        return len(self.fulls) - (self.patronymic >= 0)

    def forms(self) -> set[str]:
        """The keys under which the inverted index lists this spelling's entry."""
        return {*self.fulls, *self.stems}


def _patronymic_index(keys: list[TokenKey]) -> int:
    # "Statkevich" looks like a patronymic too; a real one follows a first name, so take the
    # first -vich/-vna token whose predecessor is not one.
    if len(keys) < 3:
        return -1
    for i in range(1, len(keys)):
        if keys[i].patronymic_like and not keys[i - 1].patronymic_like:
            return i
    return -1


def fold_spellings(names: Iterable[str]) -> list[FoldedName]:
    """Fold an entry's spellings in order, dropping those with nothing to fold and repeats in one script."""
    if isinstance(names, str):
        names = [names]
    folded: list[FoldedName] = []
    seen: set[tuple[tuple[str, ...], str]] = set()
    for raw in names:
        if not isinstance(raw, str):
            continue
        # name_keys(raw), without the words whose key is too short.
        keys = [k for k in map(token_key, words(raw)) if k is not None and len(k[0]) >= 2]
        if not keys:
            continue
        fulls, stems, _, fines = zip(*keys, strict=True)  # a TokenKey is (full, stem, patronymic_like, fine)
        # One spelling per script is kept so that a match can echo the user's script.
        script = script_of(raw)
        if (fulls, script) in seen:
            continue
        seen.add((fulls, script))
        folded.append(FoldedName(raw.strip(), fulls, stems, tuple(dict.fromkeys(fines)), _patronymic_index(keys),
                                 script))
    return folded


def deletions(word: str) -> set[str]:
    """Every string one letter shorter than ``word`` (the typo neighbourhood of a stem)."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}
