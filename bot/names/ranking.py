"""Fuzzy, order-insensitive ranking of names, over any store of folded spellings.

Candidates come from the store's inverted index only (exact keys and stems, a deletion
neighbourhood for typos, a sorted key list for prefixes); a query never scans all entries.
Candidates are then scored token by token, ignoring word order:

* same full key: 1.0; same stem (declension, gender ending): 0.9;
* prefix of a longer key: 0.75-0.9; one or two edits (two only in keys of 6+ letters):
  0.9 - 0.5 * edits / length, at most 0.85.

Token scores are weighted by rarity (a surname says more than "Aliaksandr"), and a small share of
the score rewards covering the entry's own name (patronymics are optional).

The store is anything with the six methods of :class:`NameSource`: the in-memory
:class:`bot.names.index.NameIndex`, or the database's name index read by the bot.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left
from collections.abc import Collection, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple, Protocol, TypeVar

from rapidfuzz.distance import OSA

from bot.names.normalize import TokenKey, alternative_key, name_keys, script_of, words
from bot.names.spellings import FoldedName, deletions

MIN_SCORE = 0.5
"""Hits scoring below this are not returned at all (unrelated strings)."""
CONFIDENT = 0.75
"""A single match is never picked below this score: a lone surname with a typo (about 0.74) or two
loosely matching words come back as a candidate to confirm instead."""
MARGIN = 0.05
"""Hits within this distance of the top score are near-ties: returned as candidates, not guessed."""

_FUZZY_TRIGGER = 0.85
_CANDIDATE_CAP = 1000
MAX_SCORED = 60
"""At most this many entries are scored per pass of a query."""
MAX_SCORED_UNMATCHED = 20
"""At most this many in an exact pass that left a query word unmatched: it can seldom reach the
fuzzy pass's trigger, so the fuzzy pass nearly always follows and scores those entries again."""
PREFIX_LIMIT = 24
"""At most this many longer keys are tried for a word typed as a prefix ("Aleks")."""
SHARED_POSTING = 64
"""A posting this long (a common first name, a patronymic) is read alone, never inside a union of
readings: many queries read it, and a store may keep it between queries."""
# A query word that matches nothing weighs like a fairly rare one: "Maria Nosuchname" must not
# return every Maria in the registry.
_UNMATCHED_WEIGHT = 5.0
_SIM_STEM = 0.9
_SIM_ALT = 0.95
# Share of the score given to matching the finer spelling (a/o/e kept apart): enough to order
# "Брунколкевич" before "Брунколкович", never enough to turn a near-tie into a clear match.
_FINE_SHARE = 0.03
_SIM_EDIT_MAX = 0.85
# Entries are looked up in a sorted posting by bisection when it is this many times longer than they are.
_BISECT_RATIO = 16
# Spellings are fetched from the store for this many candidates at a time (most queries stop early).
_FETCH = 20


class NameSource(Protocol):
    """What ranking reads from a store of folded spellings; entries are identified by ints."""

    def entry_count(self) -> int:
        """How many entries have at least one spelling."""

    def posting(self, forms: Sequence[str], limit: int | None = None) -> Collection[int]:
        """The entries having a word whose full key or stem is one of ``forms``: a set, or a sequence
        in ascending order. With a ``limit``, the store may answer only ``limit`` or more of them:
        fewer than ``limit`` entries are then all of them."""

    def posting_sizes(self, forms: Sequence[str]) -> dict[str, int]:
        """How many entries each of ``forms`` lists (forms listing none may be left out)."""

    def prefixed(self, prefix: str, limit: int) -> list[str]:
        """Up to ``limit`` indexed forms starting with ``prefix``, in sorted order."""

    def stems_near(self, variants: Collection[str]) -> set[str]:
        """Stems equal to one of ``variants`` or one deletion away from one of them."""

    def spellings(self, entries: Sequence[int]) -> dict[int, list[FoldedName]]:
        """The folded spellings of the given entries, in their stored order."""


class Hit(NamedTuple):
    """One ranked entry: its id in the store, its score in 0..1 and the spelling that matched best."""

    entry: int
    score: float
    matched: str


_T = TypeVar("_T", bound=Hit)


def pick(hits: Sequence[_T]) -> tuple[_T | None, list[_T]]:
    """The clear best hit, or none and the near-ties (within ``MARGIN`` of the best) to choose from."""
    if not hits:
        return None, []
    top = hits[0]
    near = [h for h in hits if top.score - h.score < MARGIN]
    if len(near) == 1 and top.score >= CONFIDENT:
        return top, []
    return None, near


def _levenshtein(a: str, b: str, limit: int) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment), ``limit + 1`` beyond
    ``limit``. rapidfuzz computes it in C: the pure-Python band took 19 µs a pair, and a typo query
    compares 20-80 stems."""
    return OSA.distance(a, b, score_cutoff=limit)


def rank(source: NameSource, query: str, limit: int = 5) -> list[Hit]:
    """Up to ``limit`` entries of ``source`` matching ``query``, best first, scores >= ``MIN_SCORE``."""
    qkeys: list[tuple[TokenKey, TokenKey | None]] = []
    for w in words(query):
        k = name_keys(w)
        if k and len(k[0].full) >= 2 and all(k[0] != q for q, _ in qkeys):
            qkeys.append((k[0], alternative_key(w)))
    if not qkeys or limit <= 0:
        return []
    n = source.entry_count()
    if not n:
        return []
    query_run = _Query(source, qkeys, script_of(query), n)
    hits = query_run.run(False, limit)
    if not hits or max(h.score for h in hits) < _FUZZY_TRIGGER:
        # Keep each entry's better reading: a loose fuzzy hit for one word must not sink an
        # entry that scored well with that word left unmatched.
        merged = {h.entry: h for h in hits}
        for hit in query_run.run(True, limit):
            if hit.entry not in merged or hit.score > merged[hit.entry].score:
                merged[hit.entry] = hit
        hits = list(merged.values())
    best = heapq.nsmallest(limit, hits, key=lambda h: (-h.score, h.entry))
    return [h._replace(score=round(h.score, 4)) for h in best]


def close_readings(word: str) -> tuple[str, ...]:
    """The forms whose union is a query word's first read (its key, stem and alternative reading), in
    the order the read names them: a store that keeps unions can read a common name's ahead."""
    keys = name_keys(word)
    return tuple(_close_sims(keys[0], alternative_key(word))) if keys else ()


def _close_sims(q: TokenKey, alt: TokenKey | None) -> dict[str, float]:
    sims = {q.full: _SIM_STEM, q.stem: _SIM_STEM}
    if alt is not None:
        sims.setdefault(alt.full, _SIM_ALT)
        sims.setdefault(alt.stem, _SIM_STEM)
    return sims


class _Query:
    """One query against one source; remembers the postings and spellings it has read."""

    def __init__(self, source: NameSource, qkeys: list[tuple[TokenKey, TokenKey | None]], qscript: str, n: int):
        self._source = source
        self._qkeys = qkeys
        self._qscript = qscript
        self._n = n
        self._postings: dict[tuple[str, ...], Collection[int]] = {}
        self._spellings: dict[int, list[FoldedName]] = {}
        self._close: dict[int, Collection[int]] = {}  # per query word: the entries of its close readings

    def _posting(self, forms: tuple[str, ...]) -> Collection[int]:
        found = self._postings.get(forms)
        if found is None:
            found = self._postings[forms] = self._source.posting(forms)
        return found

    def _sims(self, q: TokenKey, alt: TokenKey | None, fuzzy: bool) -> dict[str, float]:
        sims = _close_sims(q, alt)
        if not fuzzy:
            return sims
        if len(q.full) >= 4:
            for form in self._source.prefixed(q.full, PREFIX_LIMIT):
                if form != q.full:
                    sims.setdefault(form, 0.75 + 0.15 * len(q.full) / len(form))
        for probe in {q.full, q.stem}:
            if len(probe) < 4:
                continue
            limit = 1 if len(probe) <= 5 else 2
            variants = deletions(probe) | {probe}
            if limit == 2:
                variants |= {d for v in tuple(variants) for d in deletions(v)}
            for stem in self._source.stems_near(variants):
                if abs(len(stem) - len(probe)) > limit or sims.get(stem, 0.0) >= _SIM_EDIT_MAX:
                    continue
                d = _levenshtein(probe, stem, limit)
                if 0 < d <= limit:
                    # One edit in "kalasnikav" is a smaller slip than one in "znak".
                    sim = min(_SIM_EDIT_MAX, 0.9 - 0.5 * d / max(len(probe), len(stem)))
                    if sim > sims.get(stem, 0.0):
                        sims[stem] = sim
        return sims

    def run(self, fuzzy: bool, limit: int) -> list[Hit]:
        """Score the candidates of one pass (exact keys only, or with prefixes and typos too)."""
        qkeys, n = self._qkeys, self._n
        sims: list[dict[str, float]] = []
        sets: list[Collection[int]] = []
        weights: list[float] = []
        for i, (q, alt) in enumerate(qkeys):
            sim = self._sims(q, alt, fuzzy)
            posting = self._word_entries(i, sim)
            sims.append(sim)
            sets.append(posting)
            weights.append(1.0 + math.log(1.0 + n / (1 + len(posting))) if posting else _UNMATCHED_WEIGHT)
        wsum = sum(weights)
        bound, pool = _candidates(sets, [w / wsum * (1 - _FINE_SHARE) for w in weights])
        if not pool or bound < MIN_SCORE:
            return []  # before ordering the pool: a common first name's is thousands of ids
        # A sequence from the store is in ascending order already (a common first name alone: thousands).
        candidates = (list(pool[:MAX_SCORED + _FETCH]) if isinstance(pool, Sequence)
                      else heapq.nsmallest(MAX_SCORED + _FETCH, pool))
        order = sorted(range(len(qkeys)), key=lambda i: -weights[i])
        plan = [(qkeys[i][0].full, sims[i], weights[i]) for i in order]
        qfines = [q.fine for q, _ in qkeys]
        hits: list[Hit] = []
        top: list[float] = []
        cap = MAX_SCORED_UNMATCHED if not fuzzy and not all(sets) else MAX_SCORED
        for scored, entry in enumerate(candidates):
            # Every candidate has the same upper bound: scoring stops once the top is full above it.
            if scored >= cap or (len(top) >= limit and bound < top[0]):
                break
            if entry not in self._spellings:
                self._fetch_spellings(candidates[scored:scored + _FETCH])
            best = (0.0, False, "")
            for name in self._spellings.get(entry, ()):
                fines = name.fines
                fine = 0
                for f in qfines:
                    if f in fines:
                        fine += 1
                score = _score(plan, wsum, name) * (1 - _FINE_SHARE) + _FINE_SHARE * (fine / len(qfines))
                cand = (score, name.script == self._qscript, name.raw)
                if cand[:2] > best[:2]:
                    best = cand
            if best[0] >= MIN_SCORE:
                hits.append(Hit(entry, best[0], best[2]))
                if len(top) < limit:
                    heapq.heappush(top, best[0])
                elif best[0] > top[0]:
                    heapq.heapreplace(top, best[0])
        return hits

    def _word_entries(self, word: int, sim: dict[str, float]) -> Collection[int]:
        """The entries listed under the forms in ``sim`` of query word number ``word``: all of its
        close readings (key, stem, alternative reading), then loose ones (prefix, edits) best first
        until there are plenty, so that "Aleks" does not pull in every Aliaksandr and Aliaksandravich.

        The close readings are the same in both passes, and a common first name's are thousands of
        entries: the store unions them in one read, once per query, and both passes share that
        union, copied into a set only if a loose reading adds to it (it must not be changed).

        The loose readings are read at once, the read stopping at the cap: nearly always they hold
        fewer, and then every one of them is taken. Otherwise they are taken in order (see
        ``_taken``) until the entries reach the cap."""
        close = self._close.get(word)
        if close is None:
            close = self._close[word] = self._posting(tuple(form for form, s in sim.items() if s >= _SIM_STEM))
        loose = [form for form, s in sim.items() if s < _SIM_STEM]
        if not loose or len(close) >= _CANDIDATE_CAP:
            return close
        found = self._source.posting(loose, _CANDIDATE_CAP)
        if not found:
            return close
        if len(found) < _CANDIDATE_CAP:
            entries = set(close)
            entries.update(found)
            if len(entries) < _CANDIDATE_CAP:
                return entries
        return self._taken(close, loose, sim)

    def _taken(self, close: Collection[int], loose: list[str], sim: dict[str, float]) -> set[int]:
        """The entries of a word whose loose readings together reach the cap: the readings are taken
        best first, and of equally close ones the smaller first (more of them fit under the cap, and
        a common name says least), then by the reading itself, so that every process takes the same.

        While the close entries and the readings taken so far add up to fewer than the cap, their
        union is smaller still, so the next reading is certainly taken: those are read together
        (a long posting alone, see ``SHARED_POSTING``), and only the rest one by one."""
        sizes = self._source.posting_sizes(loose)
        ordered = sorted((form for form in loose if sizes.get(form)), key=lambda form: (-sim[form], sizes[form], form))
        reach, certain = len(close), 0
        while certain < len(ordered) and reach < _CANDIDATE_CAP:
            reach += sizes[ordered[certain]]
            certain += 1
        entries = set(close)
        together = tuple(form for form in ordered[:certain] if sizes[form] < SHARED_POSTING)
        if together:
            entries.update(self._posting(together))
        for form in ordered[:certain]:
            if sizes[form] >= SHARED_POSTING:
                entries.update(self._posting((form,)))
        for form in ordered[certain:]:
            if len(entries) >= _CANDIDATE_CAP:
                break
            entries.update(self._posting((form,)))
        return entries

    def _fetch_spellings(self, entries: list[int]) -> None:
        missing = [e for e in entries if e not in self._spellings]
        found = self._source.spellings(missing)
        for entry in missing:
            self._spellings[entry] = found.get(entry, [])


def _candidates(sets: list[Collection[int]], shares: list[float]) -> tuple[float, Collection[int]]:
    """The entries a pass may score (scored lowest ids first) and their upper bound: the query
    words' ``shares`` of the score whose postings hold them, plus as much of the finer spelling's
    share.

    The rarest word's posting is narrowed by every other word's that still leaves someone, so every
    candidate lies in exactly the same postings (those applied; a skipped one held none of them):
    they share one bound, and the ties go to the lower ids. A word whose posting does not hold an
    entry cannot match its finer spelling either (an entry is listed under its words' full keys and
    stems, and words with the same finer key share one of those: tests/names/test_normalize.py), so
    the finer share counts only the applied words: "Vitaly Sloorin" cannot reach ``MIN_SCORE``
    through Vitaly alone, and no Vitaly is read."""
    ordered = sorted((i for i, s in enumerate(sets) if s), key=lambda i: len(sets[i]))
    if not ordered:
        return 0.0, set()
    cands = sets[ordered[0]]
    applied = {ordered[0]}
    for i in ordered[1:]:
        narrowed = _common(cands, sets[i])
        if narrowed:
            cands = narrowed
            applied.add(i)
    # Summed in the words' order, so that the same postings always give the same float; the finer
    # share as a score computes it (matched words / query words).
    bound = _FINE_SHARE * (len(applied) / len(sets)) + sum(share for i, share in enumerate(shares) if i in applied)
    return bound, cands


def _common(entries: Collection[int], posting: Collection[int]) -> set[int]:
    """The ``entries`` that are also in ``posting`` (each a set, or a sequence in ascending order).

    A common first name's posting is thousands of ids, read as a sorted array: a few candidates are
    looked up in it by bisection rather than the array being turned into a set."""
    if isinstance(posting, AbstractSet):
        return posting.intersection(entries)
    if len(entries) * _BISECT_RATIO < len(posting):
        found = set()
        end = len(posting)
        for entry in entries:
            i = bisect_left(posting, entry)
            if i < end and posting[i] == entry:
                found.add(entry)
        return found
    if not isinstance(entries, AbstractSet):
        entries = set(entries)
    return entries.intersection(posting)


def _score(plan: list[tuple[str, dict[str, float], float]], wsum: float, name: FoldedName) -> float:
    # The innermost loop of a query (a typo query scores 100-250 spellings): locals, no generators.
    used = 0
    total = 0.0
    fulls, stems, patronymic = name.fulls, name.stems, name.patronymic
    size = len(fulls)
    for qfull, sim, weight in plan:
        get = sim.get
        best = 0.0
        best_j = -1
        for j in range(size):
            if used >> j & 1:
                continue
            full = fulls[j]
            if full == qfull:
                s = 1.0
            else:
                s = get(stems[j], 0.0)
                s_full = get(full, 0.0)
                if s_full > s:
                    s = s_full
            if s > best:
                best, best_j = s, j
        if best_j >= 0:
            used |= 1 << best_j
            total += weight * best
    # Words matched, the patronymic not counted (it is optional).
    covered = used.bit_count() - (patronymic >= 0 and used >> patronymic & 1)
    core = size - (patronymic >= 0)
    coverage = covered / core if core else 1.0
    return total / wsum * (0.85 + 0.15 * min(coverage, 1.0))
