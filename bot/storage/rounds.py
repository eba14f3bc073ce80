"""Rounds, their claims and moderators' corrections."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite

from bot.facts import Claim, Source

_CLAIMS = """
SELECT c.round_id, c.article_id, c.field, c.value, c.qualifier, c.official, c.source AS stated_by, c.evidence,
       c.confidence, a.outlet, a.url, a.published, a.seed_id IS NOT NULL AS seeded, a.story_of
FROM round_claims c JOIN articles a ON a.id = c.article_id
WHERE a.hidden = 0 AND a.is_report = 1
"""
# A round a moderator rejected is not shown anywhere (it stays in /round, /review and the audit log).
_NOT_REJECTED = " AND c.round_id NOT IN (SELECT round_id FROM round_reviews WHERE decision = 'rejected')"


def _claim(row: aiosqlite.Row) -> Claim:
    return Claim(
        round_id=row["round_id"], article_id=row["article_id"], field=row["field"], value=row["value"],
        qualifier=row["qualifier"], official=bool(row["official"]),
        source=Source(outlet=row["outlet"], url=row["url"], published=row["published"],
                      stated_by=row["stated_by"], evidence=row["evidence"]),
        confidence=row["confidence"], seeded=bool(row["seeded"]), story_id=row["story_of"],
    )


@dataclass(frozen=True)
class ArticleInRound:
    """One article of a round as a moderator sees it: its id, outlet, link, visibility and figures."""

    id: int
    outlet: str
    url: str | None
    published: str | None
    hidden: bool
    figures: dict[str, int | str]


class RoundStore:
    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def create(self, now: str) -> int:
        cur = await self._conn.execute("INSERT INTO rounds (created_at) VALUES (?)", (now,))
        return cur.lastrowid

    async def exists(self, round_id: int) -> bool:
        async with self._conn.execute("SELECT 1 FROM rounds WHERE id = ?", (round_id,)) as cur:
            return await cur.fetchone() is not None

    async def all_claims(self, with_rejected: bool = False) -> list[Claim]:
        """Every claim of every visible article, for building the rounds people see; `with_rejected`
        adds the rounds moderators rejected (a new report of one joins it rather than reviving it)."""
        where = "" if with_rejected else _NOT_REJECTED
        async with self._conn.execute(_CLAIMS + where + " ORDER BY c.round_id, c.id") as cur:
            return [_claim(r) for r in await cur.fetchall()]

    async def claims_of(self, round_id: int) -> list[Claim]:
        async with self._conn.execute(_CLAIMS + " AND c.round_id = ? ORDER BY c.id", (round_id,)) as cur:
            return [_claim(r) for r in await cur.fetchall()]

    async def corrections(self) -> dict[tuple[int, str], int | str]:
        async with self._conn.execute("SELECT round_id, field, value FROM round_corrections") as cur:
            return {(r[0], r[1]): r[2] for r in await cur.fetchall()}

    async def correction(self, round_id: int, field: str) -> int | str | None:
        async with self._conn.execute(
            "SELECT value FROM round_corrections WHERE round_id = ? AND field = ?", (round_id, field)
        ) as cur:
            row = await cur.fetchone()
        return row[0] if row else None

    async def set_correction(self, round_id: int, field: str, value: int | str | None, audit_id: int | None) -> None:
        """Set (or, with None, remove) the moderator's value for a field."""
        if value is None:
            await self._conn.execute("DELETE FROM round_corrections WHERE round_id = ? AND field = ?", (round_id, field))
        else:
            await self._conn.execute(
                "INSERT OR REPLACE INTO round_corrections (round_id, field, value, audit_id) VALUES (?, ?, ?, ?)",
                (round_id, field, value, audit_id),
            )

    async def articles_of(self, round_id: int) -> list[int]:
        async with self._conn.execute(
            "SELECT DISTINCT article_id FROM round_claims WHERE round_id = ? ORDER BY article_id", (round_id,)
        ) as cur:
            return [r[0] for r in await cur.fetchall()]

    async def move_articles(self, article_ids: list[int], to_round: int) -> None:
        await self._conn.executemany(
            "UPDATE round_claims SET round_id = ? WHERE article_id = ?", [(to_round, a) for a in article_ids]
        )

    async def move_corrections(self, from_round: int, to_round: int) -> None:
        """Carry corrections over on a merge, without overwriting the target's own."""
        await self._conn.execute(
            "INSERT OR IGNORE INTO round_corrections (round_id, field, value, audit_id)"
            " SELECT ?, field, value, audit_id FROM round_corrections WHERE round_id = ?",
            (to_round, from_round),
        )
        await self._conn.execute("DELETE FROM round_corrections WHERE round_id = ?", (from_round,))

    async def corrections_of(self, round_id: int) -> dict[str, dict]:
        """A round's corrections by field, each with the audit entry that set it."""
        async with self._conn.execute(
            "SELECT field, value, audit_id FROM round_corrections WHERE round_id = ? ORDER BY field", (round_id,)
        ) as cur:
            return {r[0]: {"value": r[1], "audit_id": r[2]} for r in await cur.fetchall()}

    async def replace_corrections(self, round_id: int, corrections: dict[str, dict]) -> None:
        """Make a round's corrections exactly these (used to undo a merge)."""
        await self._conn.execute("DELETE FROM round_corrections WHERE round_id = ?", (round_id,))
        await self._conn.executemany(
            "INSERT INTO round_corrections (round_id, field, value, audit_id) VALUES (?, ?, ?, ?)",
            [(round_id, f, c["value"], c.get("audit_id")) for f, c in corrections.items()],
        )

    async def delete_if_empty(self, round_id: int) -> bool:
        """Remove a round that no claim or correction refers to any more."""
        cur = await self._conn.execute(
            "DELETE FROM rounds WHERE id = ? AND NOT EXISTS (SELECT 1 FROM round_claims WHERE round_id = ?)"
            " AND NOT EXISTS (SELECT 1 FROM round_corrections WHERE round_id = ?)",
            (round_id, round_id, round_id),
        )
        return cur.rowcount == 1

    async def articles_in(self, round_id: int) -> list[ArticleInRound]:
        """Every article of a round, hidden ones included, with what each one says, oldest first."""
        async with self._conn.execute(
            "SELECT a.id, a.outlet, a.url, a.published, a.hidden, c.field, c.value"
            " FROM round_claims c JOIN articles a ON a.id = c.article_id WHERE c.round_id = ?"
            " ORDER BY coalesce(a.published, ''), a.id, c.id",
            (round_id,),
        ) as cur:
            rows = await cur.fetchall()
        articles: dict[int, ArticleInRound] = {}
        for r in rows:
            article = articles.setdefault(r[0], ArticleInRound(id=r[0], outlet=r[1], url=r[2], published=r[3],
                                                               hidden=bool(r[4]), figures={}))
            article.figures[r[5]] = r[6]
        return list(articles.values())

    async def released_by_round(self) -> dict[int, set[int]]:
        """The prisoners named as released in each round's visible reports, for grouping by names."""
        async with self._conn.execute(
            "SELECT DISTINCT c.round_id, m.prisoner_id FROM mentions m"
            " JOIN round_claims c ON c.article_id = m.article_id JOIN articles a ON a.id = m.article_id"
            " WHERE m.role = 'released' AND a.hidden = 0"
        ) as cur:
            rows = await cur.fetchall()
        found: dict[int, set[int]] = {}
        for round_id, prisoner_id in rows:
            found.setdefault(round_id, set()).add(prisoner_id)
        return found
