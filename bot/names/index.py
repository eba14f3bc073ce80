"""In-memory name index: folded spellings and their inverted indexes in dicts, ranked by
:mod:`bot.names.ranking`.

The bot itself searches the same structures stored in its database (``bot/storage/name_index.py``),
so that no process builds anything at start; this in-memory form serves pure-Python use, tests and
the benchmark's comparison.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from bot.names.ranking import CONFIDENT, MARGIN, MIN_SCORE, Hit, pick, rank
from bot.names.spellings import FoldedName, deletions, fold_spellings

__all__ = ["CONFIDENT", "MARGIN", "MIN_SCORE", "Match", "NameIndex", "Resolution"]


@dataclass(frozen=True, slots=True)
class Match:
    """One search hit: the entry, its score in 0..1 and the spelling that matched best."""

    entry_id: str
    score: float
    matched: str


@dataclass(frozen=True, slots=True)
class Resolution:
    """Outcome of :meth:`NameIndex.resolve`: a clear ``match`` or a list of ``candidates``."""

    match: Match | None
    candidates: list[Match] = field(default_factory=list)


class NameIndex:
    """Fuzzy, order-insensitive name search over entries with several spellings each.

    Not safe for concurrent mutation; the first fuzzy query after a change re-sorts the key list.
    """

    def __init__(self, entries: Iterable[tuple[str, Iterable[str]]] = ()) -> None:
        """Build an index, optionally from ``(entry_id, names)`` pairs."""
        self._ids: dict[str, int] = {}
        self._ext: dict[int, str] = {}
        self._names: dict[int, list[FoldedName]] = {}
        self._postings: dict[str, set[int]] = {}
        self._deletes: dict[str, str | list[str]] = {}
        self._stems: set[str] = set()
        self._sorted: list[str] = []
        self._sorted_dirty = False
        self._next = 0
        for entry_id, names in entries:
            self.add(entry_id, names)

    def __len__(self) -> int:
        return len(self._ids)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._ids

    def add(self, entry_id: str, names: Iterable[str]) -> None:
        """Add an entry, or replace it if ``entry_id`` is already indexed."""
        if entry_id in self._ids:
            self.remove(entry_id)
        parsed = fold_spellings(names)
        if not parsed:
            return
        iid = self._next
        self._next += 1
        self._ids[entry_id] = iid
        self._ext[iid] = entry_id
        self._names[iid] = parsed
        for f in self._entry_forms(iid):
            self._postings.setdefault(f, set()).add(iid)
        for n in parsed:
            for stem in n.stems:
                if stem not in self._stems:
                    self._stems.add(stem)
                    for d in deletions(stem) | {stem}:
                        found = self._deletes.get(d)
                        if found is None:
                            self._deletes[d] = stem
                        elif isinstance(found, str):
                            self._deletes[d] = [found, stem]
                        else:
                            found.append(stem)
        self._sorted_dirty = True

    def _entry_forms(self, iid: int) -> set[str]:
        return {f for n in self._names[iid] for f in n.forms()}

    def remove(self, entry_id: str) -> bool:
        """Remove an entry; return False if it was not indexed."""
        iid = self._ids.pop(entry_id, None)
        if iid is None:
            return False
        forms = self._entry_forms(iid)
        del self._ext[iid]
        del self._names[iid]
        for f in forms:
            posting = self._postings.get(f)
            if posting is not None:
                posting.discard(iid)
                if not posting:
                    del self._postings[f]
        # The deletion table keeps stale stems (cheap, bounded by distinct stems); every hit is
        # re-checked through the postings, which are exact.
        self._sorted_dirty = True
        return True

    def search(self, query: str, limit: int = 5) -> list[Match]:
        """Return up to ``limit`` entries matching ``query``, best first, scores >= ``MIN_SCORE``."""
        return [self._match(h) for h in rank(self, query, limit)]

    def resolve(self, query: str, pool: int = 10) -> Resolution:
        """Pick the clear best entry, or return near-ties (within ``MARGIN``) as candidates."""
        match, candidates = pick(rank(self, query, pool))
        return Resolution(self._match(match) if match else None, [self._match(h) for h in candidates])

    def _match(self, hit: Hit) -> Match:
        return Match(self._ext[hit.entry], hit.score, hit.matched)

    # The six reads of bot.names.ranking.NameSource.

    def entry_count(self) -> int:
        return len(self._ids)

    def posting(self, forms: Sequence[str], limit: int | None = None) -> Collection[int]:
        # The whole union, whatever the limit: it is made from sets already in memory.
        if len(forms) == 1:
            return self._postings.get(forms[0], ())
        return set().union(*(self._postings.get(form, ()) for form in forms))

    def posting_sizes(self, forms: Sequence[str]) -> dict[str, int]:
        postings = self._postings
        return {form: len(postings[form]) for form in forms if form in postings}

    def prefixed(self, prefix: str, limit: int) -> list[str]:
        if self._sorted_dirty:
            self._sorted = sorted(self._postings)
            self._sorted_dirty = False
        out = []
        i = bisect_left(self._sorted, prefix)
        while i < len(self._sorted) and len(out) < limit and self._sorted[i].startswith(prefix):
            out.append(self._sorted[i])
            i += 1
        return out

    def stems_near(self, variants: Collection[str]) -> set[str]:
        stems: set[str] = set()
        for v in variants:
            found = self._deletes.get(v)
            if found is None:
                continue
            if isinstance(found, str):
                stems.add(found)
            else:
                stems.update(found)
        return stems

    def spellings(self, entries: Sequence[int]) -> dict[int, list[FoldedName]]:
        return {e: self._names[e] for e in entries if e in self._names}
