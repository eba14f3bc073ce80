"""Articles and what was read off them: round claims and dated counts."""

from __future__ import annotations

from dataclasses import dataclass

import aiosqlite


@dataclass(frozen=True)
class NewClaim:
    field: str
    value: int | str
    qualifier: str = "exact"
    source: str | None = None
    official: bool = False
    evidence: str | None = None


class ArticleStore:
    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    async def find(self, url: str | None = None, content_hash: str | None = None) -> int | None:
        """The id of a stored article with this canonical link or content hash."""
        async with self._conn.execute(
            "SELECT id FROM articles WHERE (url IS NOT NULL AND url = ?) OR (content_hash IS NOT NULL AND content_hash = ?)",
            (url, content_hash),
        ) as cur:
            row = await cur.fetchone()
        return row[0] if row else None

    async def add(self, *, outlet: str, url: str | None, title: str | None, lang: str | None,
                  published: str | None, content_hash: str | None, is_report: bool, now: str,
                  seed_id: str | None = None) -> int:
        cur = await self._conn.execute(
            "INSERT INTO articles (outlet, url, title, lang, published, content_hash, is_report, added_at, seed_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (outlet, url, title, lang, published, content_hash, int(is_report), now, seed_id),
        )
        return cur.lastrowid

    async def seeded(self) -> dict[str, int]:
        """The articles that came from the seed facts: seed id → article id."""
        async with self._conn.execute("SELECT seed_id, id FROM articles WHERE seed_id IS NOT NULL") as cur:
            return {r[0]: r[1] for r in await cur.fetchall()}

    async def seeded_counts(self) -> set[tuple[str, int]]:
        """(kind, article id) of every count stored with a seeded article."""
        async with self._conn.execute(
            "SELECT c.kind, c.article_id FROM counts c JOIN articles a ON a.id = c.article_id"
            " WHERE a.seed_id IS NOT NULL"
        ) as cur:
            return {(r[0], r[1]) for r in await cur.fetchall()}

    async def rounds_with_seeds(self) -> set[int]:
        """The rounds that hold at least one seeded article."""
        async with self._conn.execute(
            "SELECT DISTINCT c.round_id FROM round_claims c JOIN articles a ON a.id = c.article_id"
            " WHERE a.seed_id IS NOT NULL"
        ) as cur:
            return {r[0] for r in await cur.fetchall()}

    async def get(self, article_id: int) -> aiosqlite.Row | None:
        async with self._conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)) as cur:
            return await cur.fetchone()

    async def set_hidden(self, article_id: int, hidden: bool) -> None:
        await self._conn.execute("UPDATE articles SET hidden = ? WHERE id = ?", (int(hidden), article_id))

    async def add_claims(self, article_id: int, round_id: int, claims: list[NewClaim]) -> None:
        await self._conn.executemany(
            "INSERT OR REPLACE INTO round_claims (round_id, article_id, field, value, qualifier, source, official, evidence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(round_id, article_id, c.field, c.value, c.qualifier, c.source, int(c.official), c.evidence)
             for c in claims],
        )

    async def add_count(self, *, kind: str, value: int, qualifier: str, as_of: str, source: str | None,
                        article_id: int, evidence: str | None) -> None:
        await self._conn.execute(
            "INSERT OR REPLACE INTO counts (kind, value, qualifier, as_of, source, article_id, evidence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (kind, value, qualifier, as_of, source, article_id, evidence),
        )

    async def round_of(self, article_id: int) -> int | None:
        """The round an article's claims belong to, if it has any."""
        async with self._conn.execute(
            "SELECT round_id FROM round_claims WHERE article_id = ? LIMIT 1", (article_id,)
        ) as cur:
            row = await cur.fetchone()
        return row[0] if row else None
