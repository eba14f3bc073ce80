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
    confidence: str = "medium"


_OVERLAPS = """
SELECT p.article_id, count(*), (SELECT count(*) FROM article_phrases q WHERE q.article_id = p.article_id), a.story_of
FROM article_phrases p JOIN articles a ON a.id = p.article_id
"""


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
                  seed_id: str | None = None, story_of: int | None = None) -> int:
        cur = await self._conn.execute(
            "INSERT INTO articles (outlet, url, title, lang, published, content_hash, is_report, added_at, seed_id,"
            " story_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (outlet, url, title, lang, published, content_hash, int(is_report), now, seed_id, story_of),
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

    async def add_phrases(self, article_id: int, phrases: list[int]) -> None:
        """Keep the article's sampled phrase hashes (bot/reconcile/stories.py), never its text."""
        await self._conn.executemany("INSERT OR IGNORE INTO article_phrases (article_id, phrase) VALUES (?, ?)",
                                     [(article_id, p) for p in phrases])

    async def phrase_overlaps(self, phrases: list[int]) -> list[tuple[int, int, int, int | None]]:
        """Stored articles sharing any of these phrases: (article id, shared, its phrase count, its story_of),
        oldest article first."""
        if not phrases:
            return []
        marks = ",".join("?" * len(phrases))
        # Only "?" marks are formatted into the query; the phrases are bound as parameters.
        sql = f"{_OVERLAPS} WHERE p.phrase IN ({marks}) GROUP BY p.article_id ORDER BY p.article_id"  # noqa: S608
        async with self._conn.execute(sql, phrases) as cur:
            return [(r[0], r[1], r[2], r[3]) for r in await cur.fetchall()]

    async def get(self, article_id: int) -> aiosqlite.Row | None:
        async with self._conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)) as cur:
            return await cur.fetchone()

    async def set_hidden(self, article_id: int, hidden: bool) -> None:
        await self._conn.execute("UPDATE articles SET hidden = ? WHERE id = ?", (int(hidden), article_id))

    async def add_claims(self, article_id: int, round_id: int, claims: list[NewClaim]) -> None:
        await self._conn.executemany(
            "INSERT OR REPLACE INTO round_claims (round_id, article_id, field, value, qualifier, source, official,"
            " evidence, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(round_id, article_id, c.field, c.value, c.qualifier, c.source, int(c.official), c.evidence,
              c.confidence) for c in claims],
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
