"""Dated counts as series: political prisoners held, released since July 2024, deaths in custody."""

from __future__ import annotations

import aiosqlite

from bot.facts import CountPoint, Source
from bot.timeline import order_keys


class CountStore:
    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def series(self, kind: str) -> list[CountPoint]:
        """All visible values of one count, oldest first (same-day values in insertion order; a figure
        dated only to its month or year after those of that period stored before it, see bot/timeline.py)."""
        async with self._conn.execute(
            "SELECT c.id, c.kind, c.value, c.qualifier, c.as_of, c.source, c.evidence, a.outlet, a.url, a.published"
            " FROM counts c JOIN articles a ON a.id = c.article_id"
            " WHERE c.kind = ? AND a.hidden = 0 ORDER BY c.id",
            (kind,),
        ) as cur:
            rows = await cur.fetchall()
        keys = order_keys((r["id"], r["as_of"]) for r in rows)
        rows = sorted(rows, key=lambda r: (keys[r["id"]], r["id"]))
        return [
            CountPoint(kind=r["kind"], value=r["value"], qualifier=r["qualifier"], as_of=r["as_of"],
                       source=Source(outlet=r["outlet"], url=r["url"], published=r["published"],
                                     stated_by=r["source"], evidence=r["evidence"]))
            for r in rows
        ]
