"""The stored form of an entry's names: what the database's name index keeps of each prisoner.

Pure functions, no database (``bot/storage/name_index.py`` writes their results): a big import
calls :func:`folded_batch` in a worker process, so that folding runs beside the writes.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import NamedTuple

from bot.names.spellings import FoldedName, deletions, fold_spellings


class IndexEntry(NamedTuple):
    """A prisoner's row of ``name_entries``, document of ``name_forms`` and stems (for typos)."""

    spellings: str  # encode_spellings() of the folded spellings; "" when no name has anything to fold
    document: str
    stems: frozenset[str]


def encode_spellings(names: list[FoldedName]) -> str:
    """Folded spellings as stored in ``name_entries.spellings``: spellings separated by \x1e, their
    fields by \x1f, keys by spaces (half the size and decoding time of JSON)."""
    return "\x1e".join("\x1f".join((n.raw.replace("\x1e", " ").replace("\x1f", " "), " ".join(n.fulls),
                                    " ".join(n.stems), " ".join(n.fines), str(n.patronymic), n.script))
                       for n in names)


def decode_spellings(text: str) -> list[FoldedName]:
    """The folded spellings stored by :func:`encode_spellings` (their key lists come back as lists)."""
    names = []
    for spelling in text.split("\x1e"):
        raw, fulls, stems, fines, patronymic, script = spelling.split("\x1f")
        names.append(FoldedName(raw, fulls.split(), stems.split(), fines.split(), int(patronymic), script))
    return names


def forms_document(names: list[FoldedName]) -> str:
    """The ``name_forms`` document of an entry: every full key and stem, once, in order."""
    return " ".join(sorted(set().union(*(n.fulls for n in names), *(n.stems for n in names))))


def index_entry(names: Iterable[str]) -> IndexEntry:
    """Fold an entry's names (in their stored order) into what the name index stores of it."""
    folded = fold_spellings(names)
    if not folded:
        return IndexEntry("", "", frozenset())
    return IndexEntry(encode_spellings(folded), forms_document(folded), frozenset().union(*(n.stems for n in folded)))


def _packed(entry: IndexEntry) -> tuple[str, str, str]:
    # Three strings: a worker hands them back in a quarter of the time of pickling the entry itself.
    return entry.spellings, entry.document, " ".join(entry.stems)


def typo_document(stem: str) -> str:
    """A stem's ``name_typos`` document: the stem and every string one letter shorter. Neither order
    nor repeats matter to the index (it keeps which documents hold a term, not where or how often)."""
    return " ".join([stem, *deletions(stem)])


# The stems this process has made typo documents for: a folding worker serves one import, so each
# stem's document is made once per import and worker (an import has two), beside the writes instead of
# in the writer; the writer takes the first it is sent.
_STEMS_MET: set[str] = set()


def folded_batch(entries: list[tuple[str, ...]]) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """A worker's job: the :func:`index_entry` of each of a batch's entries, in their order, packed as
    strings (see :func:`unpack_index_entry`), and the typo documents of the batch's stems that this
    process had not met before (the writer makes any other it needs itself)."""
    made = list(map(index_entry, entries))
    new = frozenset().union(*(entry.stems for entry in made)) - _STEMS_MET
    _STEMS_MET.update(new)
    return [_packed(entry) for entry in made], {stem: typo_document(stem) for stem in new}


def unpack_index_entry(packed: tuple[str, str, str]) -> IndexEntry:
    """An entry as :func:`folded_batch` packed it."""
    spellings, document, stems = packed
    return IndexEntry(spellings, document, frozenset(stems.split()))


def start_folding_worker(parent: int, niceness: int) -> None:
    """Set up this process (a folding worker) for its import: it ends with process ``parent``, yields
    the processor to it (``niceness`` added to its nice value), and collects cycles rarely (see
    :func:`collect_rarely`)."""
    end_with_parent(parent)
    os.nice(niceness)
    collect_rarely()


# Objects made between two collections of the youngest generation (the interpreter's default is 700).
_YOUNG_COLLECTION = 50_000


def collect_rarely() -> None:
    """Leave the objects alive now out of every later collection, and collect the youngest generation
    every 50,000 new objects instead of 700. Folding and writing an import make no cycles to speak of
    (names, tuples, lists), but a collection every 700 objects scanned each batch's living rows again
    and again: 0.6 s of the writer's 11-12 s of CPU at 200,000 rows, about 0.2 s per 100,000 entries
    folded."""
    gc.freeze()
    gc.set_threshold(_YOUNG_COLLECTION, *gc.get_threshold()[1:])


@contextmanager
def collecting_rarely() -> Iterator[None]:
    """:func:`collect_rarely` while the block runs; then the thresholds as they were, and the objects
    frozen for it collectable again (unless some were frozen before: those stay frozen, and so do ours)."""
    thresholds = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    collect_rarely()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        if not frozen_before:
            gc.unfreeze()


def end_with_parent(parent: int) -> None:
    """Make this process (a folding worker) end when process ``parent`` is gone. A killed import cannot
    tell its worker, and the worker, holding both ends of its task pipe, would wait for batches forever."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
