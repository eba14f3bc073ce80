"""The stored name index, read: a synchronous, read-only view of the database for name search.

Name search runs on the event loop between two awaits, as the in-memory index did; it reads a few
hundred index rows per query through its own read-only connection, which in WAL mode never waits
for a writer. Every query sees the database as last committed by any process, so there is nothing
to build at start and nothing to reload after an import: only the postings of the most common keys
are kept between queries, and dropped when another connection changed the index (``PRAGMA
data_version`` says someone committed, and the index's FTS5 structure record differs). The entry
count is read with each query's snapshot (the index's writer keeps it, migrations 0024 and 0027).
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from urllib.parse import quote

import aiosqlite

from bot.facts import Prisoner
from bot.names.ranking import SHARED_POSTING, close_readings
from bot.names.spellings import FoldedName
from bot.names.stored import decode_spellings
from bot.storage.db import BUSY_TIMEOUT_MS
from bot.storage.name_index import fts_terms
from bot.storage.prisoners import SELECT_PRISONERS, prisoner_from_row

# Postings at least ranking.SHARED_POSTING long (common first names, patronymics) are kept between
# queries, up to this many prisoner ids in all (8 bytes each): most queries read them, and they cost
# the most to read. Room for the forms a running bot reads ahead (650,000 ids at 200,000 prisoners)
# and the unions that queries make of them.
_KEPT_IDS = 2_000_000
# A union is made from a kept posting by inserting up to this many other ids into a copy of it
# (each a bisection and a move of memory); more are merged through a set.
_FEW_IDS = 64


# The inverted index's structure record (FTS5 keeps it in row 10 of its data table, a fixed part of
# its file format): it lists the index's segments and counts every write, and segments never change
# once written, so any change to the postings changes this record.
_FORMS_STRUCTURE = "SELECT block FROM name_forms_data WHERE id = 10"


def _marks(values: Sequence) -> str:
    return ",".join("?" * len(values))


async def database_file(conn: aiosqlite.Connection) -> str:
    """The file behind an open connection (a second connection can then read it)."""
    async with conn.execute("PRAGMA database_list") as cur:
        rows = await cur.fetchall()
    path = next((r[2] for r in rows if r[1] == "main"), "")
    if not path:
        raise ValueError("the name index needs a database file, not an in-memory database")
    return path


class NameIndexReader:
    """Reads the name index (the :class:`bot.names.ranking.NameSource` methods) and prisoners by id."""

    def __init__(self, path: str):
        self._conn = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True, isolation_level=None,
                                     check_same_thread=False)
        self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self._data_version: int | None = None
        self._forms_structure: bytes | None = None
        self._entry_count = 0  # read with each snapshot (kept by the index's writer, migration 0027)
        self._kept: OrderedDict[str, array[int]] = OrderedDict()
        self._kept_ids = 0

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def snapshot(self) -> Iterator[NameIndexReader]:
        """One consistent view for a whole search (its several reads see the same commit)."""
        self._conn.execute("BEGIN")
        try:
            # A first read starts the snapshot, so that data_version below describes what we read.
            (entries,) = self._conn.execute("SELECT entries FROM name_index_version").fetchone()
            (version,) = self._conn.execute("PRAGMA data_version").fetchone()
            self._entry_count = entries
            if version != self._data_version:
                self._data_version = version
                # Another connection committed: most commits (the poller's, the outbox's) leave the
                # name index as it was, and then the kept postings are still right.
                row = self._conn.execute(_FORMS_STRUCTURE).fetchone()
                structure = row[0] if row else None  # none yet in an index never written
                if structure != self._forms_structure:
                    self._forms_structure = structure
                    self._kept.clear()
                    self._kept_ids = 0
            yield self
        finally:
            self._conn.execute("COMMIT")

    def entry_count(self) -> int:
        return self._entry_count

    def posting(self, forms: Sequence[str], limit: int | None = None) -> Collection[int]:
        """The prisoners listed under any of ``forms``, in ascending order (their union, made by FTS5);
        with a ``limit``, only that many of the lowest ids (FTS5 stops reading there), or a kept
        posting of one of the forms that holds as many already (read ahead: a common first name's)."""
        query = fts_terms(forms)
        if limit is not None:
            for term in map(fts_terms, zip(forms)):
                kept = self._kept.get(term)
                if kept is not None and len(kept) >= limit:
                    return kept
            return self._ids(query, limit)
        kept = self._kept.get(query)
        if kept is not None:
            self._kept.move_to_end(query)
            return kept
        ids = self._union_with_kept(forms)
        if ids is None:
            ids = self._ids(query, -1)
        if len(ids) >= SHARED_POSTING:
            self._keep(query, ids)
        return ids

    def _keep(self, query: str, ids: array[int]) -> None:
        self._kept[query] = ids
        self._kept_ids += len(ids)
        while self._kept_ids > _KEPT_IDS:
            self._kept_ids -= len(self._kept.popitem(last=False)[1])

    def _union_with_kept(self, forms: Sequence[str]) -> array[int] | None:
        """The union of ``forms`` made from the kept postings of single forms (a common first name read
        ahead) and one read of the others, or None when no single form is kept.

        A declined or second reading of a common name ("Антонам": its own key, which lists few, and
        the stem of Anton, which lists thousands) is a union nobody asked for before; reading it
        whole from FTS5 costs as much as a cold common name, the few others alone almost nothing."""
        if len(forms) < 2:
            return None
        kept: list[array[int]] = []
        for term in map(fts_terms, zip(forms)):
            ids = self._kept.get(term)
            # A common name's key and stem often list the very same people (compared in C).
            if ids is not None and not any(ids == other for other in kept):
                kept.append(ids)
        if not kept:
            return None
        others = [form for form in forms if fts_terms((form,)) not in self._kept]
        extra = self._ids(fts_terms(others), -1) if others else array("q")
        if len(kept) == 1 and not extra:
            return kept[0]  # never changed by its readers (ranking copies before adding)
        if len(kept) == 1 and len(extra) <= _FEW_IDS:
            ids = array("q", kept[0])
            for entry in extra:
                i = bisect_left(ids, entry)
                if i == len(ids) or ids[i] != entry:
                    ids.insert(i, entry)
            return ids
        return array("q", sorted(set(extra).union(*kept)))

    def common_forms(self) -> list[str]:
        """The forms listing at least ``SHARED_POSTING`` prisoners, most first (about 0.03 s at
        200,000: the vocabulary counts every term's documents)."""
        rows = self._conn.execute(
            "SELECT term FROM name_form_terms WHERE doc >= ? ORDER BY doc DESC, term", (SHARED_POSTING,))
        return [r[0] for r in rows]

    def read_ahead(self, form: str) -> bool:
        """Keep the posting of ``form`` and the union a query word folded to it reads first
        (``ranking.close_readings``), unless the form's own would fill more than half the room (the
        rest is for the unions queries make); whether it was kept. Other unions that hold the form
        are then made from it (``_union_with_kept``)."""
        query = fts_terms((form,))
        if query not in self._kept:
            ids = self._ids(query, -1)
            if self._kept_ids + len(ids) > _KEPT_IDS // 2:
                return False
            self._keep(query, ids)
        self.posting(close_readings(form))
        return True

    def _ids(self, query: str, limit: int) -> array[int]:
        # One row, not a row per prisoner: a common first name has thousands. As a JSON array, which
        # the C parser reads two or three times faster than splitting text and int() for each id.
        (joined,) = self._conn.execute(
            "SELECT json_group_array(rowid) FROM"
            " (SELECT rowid FROM name_forms WHERE name_forms MATCH ? ORDER BY rowid LIMIT ?)", (query, limit)).fetchone()
        return array("q", json.loads(joined))

    def posting_sizes(self, forms: Sequence[str]) -> dict[str, int]:
        """How many prisoners each of ``forms`` lists: a kept posting's length, else the index's
        vocabulary (its document counts), all in one read."""
        sizes = {}
        unknown = []
        for form in forms:
            kept = self._kept.get(fts_terms((form,)))
            if kept is None:
                unknown.append(form)
            else:
                sizes[form] = len(kept)
        if unknown:
            sql = f"SELECT term, doc FROM name_form_terms WHERE term IN ({_marks(unknown)})"  # noqa: S608
            sizes.update(self._conn.execute(sql, unknown).fetchall())
        return sizes

    def prefixed(self, prefix: str, limit: int) -> list[str]:
        # Terms whose every document was deleted stay in the vocabulary until segments merge.
        rows = self._conn.execute(
            "SELECT term FROM name_form_terms WHERE term >= ? AND term < ? AND doc > 0 LIMIT ?",
            (prefix, prefix + "\U0010ffff", limit))
        return [r[0] for r in rows]

    def stems_near(self, variants: Collection[str]) -> set[str]:
        rows = self._conn.execute(
            "SELECT stem FROM name_stems WHERE id IN (SELECT rowid FROM name_typos WHERE name_typos MATCH ?)",
            (fts_terms(variants),))
        return {r[0] for r in rows}

    def spellings(self, entries: Sequence[int]) -> dict[int, list[FoldedName]]:
        if not entries:
            return {}
        sql = f"SELECT prisoner_id, spellings FROM name_entries WHERE prisoner_id IN ({_marks(entries)})"  # noqa: S608
        return {r[0]: decode_spellings(r[1]) for r in self._conn.execute(sql, list(entries))}

    def prisoners(self, ids: Sequence[int]) -> dict[int, Prisoner]:
        """The prisoners with these ids (those that exist), with their aliases."""
        if not ids:
            return {}
        sql = f"{SELECT_PRISONERS} WHERE p.id IN ({_marks(ids)})"  # noqa: S608
        return {r[0]: prisoner_from_row(r) for r in self._conn.execute(sql, list(ids))}

    def prisoner_count(self) -> int:
        (count,) = self._conn.execute("SELECT count(*) FROM prisoners").fetchone()
        return count
