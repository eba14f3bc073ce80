"""In-memory fuzzy index of prisoner names.

Every spelling of an entry is folded to token keys (:mod:`bot.names.normalize`).  Candidates come
from inverted indexes only (exact keys and stems, a deletion neighbourhood for typos, a sorted key
list for prefixes); a query never scans all entries.  Candidates are then scored token by token,
ignoring word order:

* same full key: 1.0; same stem (declension, gender ending): 0.9;
* prefix of a longer key: 0.75-0.9; one or two edits (two only in keys of 6+ letters):
  0.9 - 0.5 * edits / length, at most 0.85.

Token scores are weighted by rarity (a surname says more than "Aliaksandr"), and a small share of
the score rewards covering the entry's own name (patronymics are optional).
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice

from bot.names.normalize import TokenKey, alternative_key, name_keys, script_of, words

MIN_SCORE = 0.5
"""Hits scoring below this are not returned at all (unrelated strings)."""
CONFIDENT = 0.75
""":meth:`NameIndex.resolve` never picks a single match scoring below this: a lone surname with a
typo (about 0.74) or two loosely matching words come back as a candidate to confirm instead."""
MARGIN = 0.05
"""Hits within this distance of the top score are near-ties: returned as candidates, not guessed."""

_FUZZY_TRIGGER = 0.85
_CANDIDATE_CAP = 1000
_MAX_SCORED = 60
_PREFIX_LIMIT = 24
# A query word that matches nothing weighs like a fairly rare one: "Maria Nosuchname" must not
# return every Maria in the registry.
_UNMATCHED_WEIGHT = 5.0
_SIM_STEM = 0.9
_SIM_ALT = 0.95
# Share of the score given to matching the finer spelling (a/o/e kept apart): enough to order
# "Брунколкевич" before "Брунколкович", never enough to turn a near-tie into a clear match.
_FINE_SHARE = 0.03
_SIM_EDIT_MAX = 0.85


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


@dataclass(frozen=True, slots=True)
class _Name:
    raw: str
    fulls: tuple[str, ...]
    stems: tuple[str, ...]
    core: int  # tokens that must be matched for full coverage (patronymic excluded)
    patronymic: int  # index of the patronymic token or -1
    script: str
    fines: tuple[str, ...]


def _levenshtein(a: str, b: str, limit: int) -> int:
    """Edit distance with adjacent transpositions, giving up (limit + 1) beyond ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    big = limit + 1
    n = len(b)
    prev2: list[int] = []
    prev = list(range(n + 1))
    for i in range(1, len(a) + 1):
        ca = a[i - 1]
        # Only cells within `limit` of the diagonal can stay under the limit (Ukkonen's band).
        lo, hi = max(1, i - limit), min(n, i + limit)
        cur = [big] * (n + 1)
        cur[0] = i if i <= limit else big
        row_min = cur[0]
        for j in range(lo, hi + 1):
            cb = b[j - 1]
            v = prev[j - 1] + (ca != cb)
            if prev[j] + 1 < v:
                v = prev[j] + 1
            if cur[j - 1] + 1 < v:
                v = cur[j - 1] + 1
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb and prev2[j - 2] + 1 < v:
                v = prev2[j - 2] + 1
            cur[j] = v
            if v < row_min:
                row_min = v
        if row_min > limit:
            return big
        prev2, prev = prev, cur
    return min(prev[n], big)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _patronymic_index(keys: list[TokenKey]) -> int:
    # "Statkevich" looks like a patronymic too; a real one follows a first name, so take the
    # first -vich/-vna token whose predecessor is not one.
    if len(keys) < 3:
        return -1
    for i in range(1, len(keys)):
        if keys[i].patronymic_like and not keys[i - 1].patronymic_like:
            return i
    return -1


class NameIndex:
    """Fuzzy, order-insensitive name search over entries with several spellings each.

    Not safe for concurrent mutation; the first fuzzy query after a change re-sorts the key list.
    """

    def __init__(self, entries: Iterable[tuple[str, Iterable[str]]] = ()) -> None:
        """Build an index, optionally from ``(entry_id, names)`` pairs."""
        self._ids: dict[str, int] = {}
        self._ext: dict[int, str] = {}
        self._names: dict[int, list[_Name]] = {}
        # Keys repeat across thousands of entries ("alaksandr"); one shared str per key keeps
        # 50,000 entries in tens rather than hundreds of MiB.
        self._intern: dict[str, str] = {}
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
        if isinstance(names, str):
            names = [names]
        if entry_id in self._ids:
            self.remove(entry_id)
        parsed: list[_Name] = []
        seen: set[tuple[tuple[str, ...], str]] = set()
        for raw in names:
            if not isinstance(raw, str):
                continue
            keys = [k for k in name_keys(raw) if len(k.full) >= 2]
            fulls = tuple(self._shared(k.full) for k in keys)
            stems = tuple(self._shared(k.stem) for k in keys)
            # One spelling per script is kept so that `matched` can echo the user's script.
            script = script_of(raw)
            if not fulls or (fulls, script) in seen:
                continue
            seen.add((fulls, script))
            patr = _patronymic_index(keys)
            fines = tuple({self._shared(k.fine): None for k in keys})
            parsed.append(_Name(raw.strip(), fulls, stems, len(keys) - (patr >= 0), patr, script, fines))
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
                    for d in _deletions(stem) | {stem}:
                        found = self._deletes.get(d)
                        if found is None:
                            self._deletes[d] = stem
                        elif isinstance(found, str):
                            self._deletes[d] = [found, stem]
                        else:
                            found.append(stem)
        self._sorted_dirty = True

    def _shared(self, key: str) -> str:
        return self._intern.setdefault(key, key)

    def _entry_forms(self, iid: int) -> set[str]:
        return {f for n in self._names[iid] for f in n.fulls + n.stems}

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
        qkeys: list[tuple[TokenKey, TokenKey | None]] = []
        for w in words(query):
            k = name_keys(w)
            if k and len(k[0].full) >= 2 and all(k[0] != q for q, _ in qkeys):
                qkeys.append((k[0], alternative_key(w)))
        if not qkeys or not self._ids or limit <= 0:
            return []
        qscript = script_of(query)
        hits = self._run(qkeys, qscript, False, limit)
        if not hits or max(hits)[0] < _FUZZY_TRIGGER:
            # Keep each entry's better reading: a loose fuzzy hit for one word must not sink an
            # entry that scored well with that word left unmatched.
            merged = {iid: (score, iid, raw) for score, iid, raw in hits}
            for hit in self._run(qkeys, qscript, True, limit):
                if hit[1] not in merged or hit[0] > merged[hit[1]][0]:
                    merged[hit[1]] = hit
            hits = list(merged.values())
        best = heapq.nsmallest(limit, hits, key=lambda h: (-h[0], self._ext[h[1]]))
        return [Match(self._ext[iid], round(score, 4), raw) for score, iid, raw in best]

    def resolve(self, query: str, pool: int = 10) -> Resolution:
        """Pick the clear best entry, or return near-ties (within ``MARGIN``) as candidates."""
        hits = self.search(query, limit=pool)
        if not hits:
            return Resolution(None, [])
        top = hits[0]
        near = [m for m in hits if top.score - m.score < MARGIN]
        if len(near) == 1 and top.score >= CONFIDENT:
            return Resolution(top, [])
        return Resolution(None, near)

    def _sims(self, q: TokenKey, alt: TokenKey | None, fuzzy: bool) -> dict[str, float]:
        sims = {q.full: _SIM_STEM, q.stem: _SIM_STEM}
        if alt is not None:
            sims.setdefault(alt.full, _SIM_ALT)
            sims.setdefault(alt.stem, _SIM_STEM)
        if not fuzzy:
            return sims
        if len(q.full) >= 4:
            for form in self._prefixed(q.full):
                if form != q.full:
                    sims.setdefault(form, 0.75 + 0.15 * len(q.full) / len(form))
        for probe in {q.full, q.stem}:
            if len(probe) < 4:
                continue
            limit = 1 if len(probe) <= 5 else 2
            variants = _deletions(probe) | {probe}
            if limit == 2:
                variants |= {d for v in tuple(variants) for d in _deletions(v)}
            candidates: set[str] = set()
            for v in variants:
                found = self._deletes.get(v)
                if found is None:
                    continue
                if isinstance(found, str):
                    candidates.add(found)
                else:
                    candidates.update(found)
            for stem in candidates:
                if abs(len(stem) - len(probe)) > limit or sims.get(stem, 0.0) >= _SIM_EDIT_MAX:
                    continue
                d = _levenshtein(probe, stem, limit)
                if 0 < d <= limit:
                    # One edit in "kalasnikav" is a smaller slip than one in "znak".
                    sim = min(_SIM_EDIT_MAX, 0.9 - 0.5 * d / max(len(probe), len(stem)))
                    if sim > sims.get(stem, 0.0):
                        sims[stem] = sim
        return sims

    def _prefixed(self, prefix: str) -> list[str]:
        if self._sorted_dirty:
            self._sorted = sorted(self._postings)
            self._sorted_dirty = False
        out = []
        i = bisect_left(self._sorted, prefix)
        while i < len(self._sorted) and len(out) < _PREFIX_LIMIT and self._sorted[i].startswith(prefix):
            out.append(self._sorted[i])
            i += 1
        return out

    def _run(
        self, qkeys: list[tuple[TokenKey, TokenKey | None]], qscript: str, fuzzy: bool, limit: int
    ) -> list[tuple[float, int, str]]:
        n = len(self._ids)
        sims: list[dict[str, float]] = []
        sets: list[set[int]] = []
        weights: list[float] = []
        for q, alt in qkeys:
            sim = self._sims(q, alt, fuzzy)
            posting: set[int] = set()
            # Best readings first; loose ones (prefix, edits) stop adding entries once there are
            # plenty, so "Aleks" does not pull in every Aliaksandr and Aliaksandravich.
            for form, s in sorted(sim.items(), key=lambda kv: -kv[1]):
                found = self._postings.get(form)
                if found:
                    if s < _SIM_STEM and len(posting) >= _CANDIDATE_CAP:
                        break
                    posting |= found
            sims.append(sim)
            sets.append(posting)
            weights.append(1.0 + math.log(1.0 + n / (1 + len(posting))) if posting else _UNMATCHED_WEIGHT)
        candidates = self._candidates(sets)
        if not candidates:
            return []
        order = sorted(range(len(qkeys)), key=lambda i: -weights[i])
        wsum = sum(weights)
        plan = [(qkeys[i][0].full, sims[i], weights[i]) for i in order]
        qfines = [q.fine for q, _ in qkeys]
        # Upper bound of each candidate's score from which token postings hold it (every
        # similarity <= 1).  Scoring in bound order lets us stop once no one left can enter
        # the top `limit`; the hard cap only bites on pure ties such as a bare first name.
        terms = [(weights[i] / wsum * (1 - _FINE_SHARE), sets[i]) for i in range(len(qkeys))]
        bounded = sorted(
            ((_FINE_SHARE + sum(w for w, posting in terms if iid in posting), iid) for iid in candidates),
            key=lambda b: (-b[0], b[1]),
        )
        hits: list[tuple[float, int, str]] = []
        top: list[float] = []
        for scored, (bound, iid) in enumerate(bounded):
            if scored >= _MAX_SCORED or bound < MIN_SCORE or (len(top) >= limit and bound < top[0]):
                break
            best = (0.0, False, "")
            for name in self._names[iid]:
                fine = sum(1 for f in qfines if f in name.fines) / len(qfines)
                score = self._score(plan, wsum, name) * (1 - _FINE_SHARE) + _FINE_SHARE * fine
                cand = (score, name.script == qscript, name.raw)
                if cand[:2] > best[:2]:
                    best = cand
            if best[0] >= MIN_SCORE:
                hits.append((best[0], iid, best[2]))
                if len(top) < limit:
                    heapq.heappush(top, best[0])
                elif best[0] > top[0]:
                    heapq.heapreplace(top, best[0])
        return hits

    @staticmethod
    def _candidates(sets: list[set[int]]) -> set[int]:
        ordered = sorted((s for s in sets if s), key=len)
        if not ordered:
            return set()
        # Rarest token first, then narrow by every other token that still leaves someone.
        cands = ordered[0]
        for s in ordered[1:]:
            narrowed = cands & s
            if narrowed:
                cands = narrowed
        if len(cands) > _CANDIDATE_CAP:
            # Only a very common token matched: the hits are ties anyway, keep a stable subset.
            return set(islice(cands, _CANDIDATE_CAP))
        return cands

    @staticmethod
    def _score(plan: list[tuple[str, dict[str, float], float]], wsum: float, name: _Name) -> float:
        used = 0
        total = 0.0
        fulls, stems = name.fulls, name.stems
        size = len(fulls)
        for qfull, sim, weight in plan:
            best = 0.0
            best_j = -1
            for j in range(size):
                if used >> j & 1:
                    continue
                if fulls[j] == qfull:
                    s = 1.0
                else:
                    s = sim.get(stems[j], 0.0)
                    s_full = sim.get(fulls[j], 0.0)
                    if s_full > s:
                        s = s_full
                if s > best:
                    best, best_j = s, j
            if best_j >= 0:
                used |= 1 << best_j
                total += weight * best
        covered = sum(1 for j in range(size) if used >> j & 1 and j != name.patronymic)
        coverage = covered / name.core if name.core else 1.0
        return total / wsum * (0.85 + 0.15 * min(coverage, 1.0))
