"""Prisoners: names in three languages, aliases, status history and mentions in articles."""

from __future__ import annotations

from collections.abc import Sequence

import aiosqlite

from bot.facts import Mention, Prisoner, StatusEntry
from bot.storage.name_index import ALIASES_OF_P, NameKeyStore

# A prisoner with their aliases, in the order the name index keeps their spellings.
SELECT_PRISONERS = f"SELECT p.id, p.external_id, p.name_en, p.name_be, p.name_ru, p.sentence, p.source_url, {ALIASES_OF_P} FROM prisoners p"  # noqa: S608


def prisoner_from_row(row: Sequence) -> Prisoner:
    """A row of :data:`SELECT_PRISONERS` as a :class:`Prisoner`."""
    return Prisoner(id=row[0], external_id=row[1], name_en=row[2], name_be=row[3], name_ru=row[4],
                    sentence=row[5], source_url=row[6], aliases=tuple(row[7].split("\x1f")) if row[7] else ())


class PrisonerStore:
    """Prisoners and what is known about them. Writers of names keep the name index current
    (call them inside ``db.transaction()`` so that names and keys change together)."""

    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn
        self.name_keys = NameKeyStore(conn)

    async def add(self, *, name_en: str | None, name_be: str | None, name_ru: str | None, now: str,
                  external_id: str | None = None, sentence: str | None = None,
                  source_url: str | None = None, seed_id: str | None = None) -> int:
        cur = await self._conn.execute(
            "INSERT INTO prisoners (external_id, name_en, name_be, name_ru, sentence, source_url, updated_at, seed_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (external_id, name_en, name_be, name_ru, sentence, source_url, now, seed_id),
        )
        await self.name_keys.update_pending()
        return cur.lastrowid

    async def seeded(self) -> set[str]:
        """The seed ids of the people that came from (or were recognised by) the seed facts."""
        async with self._conn.execute("SELECT seed_id FROM prisoners WHERE seed_id IS NOT NULL") as cur:
            return {r[0] for r in await cur.fetchall()}

    async def seeded_as(self, prisoner_id: int) -> str | None:
        async with self._conn.execute("SELECT seed_id FROM prisoners WHERE id = ?", (prisoner_id,)) as cur:
            row = await cur.fetchone()
        return row[0] if row else None

    async def set_seed_id(self, prisoner_id: int, seed_id: str) -> None:
        """Mark someone the bot already knew (from a registry) as the seed facts' person `seed_id`."""
        await self._conn.execute("UPDATE prisoners SET seed_id = ? WHERE id = ?", (seed_id, prisoner_id))

    async def add_aliases(self, prisoner_id: int, aliases: list[str]) -> None:
        await self._conn.executemany(
            "INSERT OR IGNORE INTO prisoner_aliases (prisoner_id, alias) VALUES (?, ?)",
            [(prisoner_id, a) for a in aliases],
        )
        await self.name_keys.update_pending()

    async def has_alias(self, prisoner_id: int, alias: str) -> bool:
        async with self._conn.execute(
            "SELECT 1 FROM prisoner_aliases WHERE prisoner_id = ? AND alias = ?", (prisoner_id, alias)
        ) as cur:
            return await cur.fetchone() is not None

    async def remove_alias(self, prisoner_id: int, alias: str) -> None:
        await self._conn.execute(
            "DELETE FROM prisoner_aliases WHERE prisoner_id = ? AND alias = ?", (prisoner_id, alias)
        )
        await self.name_keys.update_pending()

    async def get(self, prisoner_id: int) -> Prisoner | None:
        async with self._conn.execute(f"{SELECT_PRISONERS} WHERE p.id = ?", (prisoner_id,)) as cur:  # noqa: S608
            row = await cur.fetchone()
        return prisoner_from_row(row) if row else None

    async def ids(self) -> list[int]:
        """Every prisoner's id (the watch list matches its hashes against them)."""
        async with self._conn.execute("SELECT id FROM prisoners") as cur:
            return [r[0] for r in await cur.fetchall()]

    async def add_status(self, prisoner_id: int, *, status: str, since: str | None, source: str | None,
                         url: str | None, origin: str, now: str, article_id: int | None = None) -> int:
        cur = await self._conn.execute(
            "INSERT INTO prisoner_statuses (prisoner_id, status, since, source, url, article_id, origin, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (prisoner_id, status, since, source, url, article_id, origin, now),
        )
        return cur.lastrowid

    async def status_exists(self, status_id: int) -> bool:
        async with self._conn.execute("SELECT 1 FROM prisoner_statuses WHERE id = ?", (status_id,)) as cur:
            return await cur.fetchone() is not None

    async def delete_status(self, status_id: int) -> None:
        await self._conn.execute("DELETE FROM prisoner_statuses WHERE id = ?", (status_id,))

    async def statuses(self, prisoner_id: int) -> list[StatusEntry]:
        """Status history, current first: newest date, a moderator's entry before others on the same date."""
        # One trip to the database's thread (execute and fetch together): the reply card's reads are
        # a good part of a /prisoner command's time.
        rows = await self._conn.execute_fetchall(
            "SELECT status, since, source, url, origin FROM prisoner_statuses WHERE prisoner_id = ?"
            # A status read off an article a moderator hid (not a report), or off a report of a round
            # moderators rejected, does not count; undoing either brings it back.
            " AND (article_id IS NULL OR article_id NOT IN (SELECT id FROM articles WHERE hidden = 1))"
            " AND (article_id IS NULL OR article_id NOT IN (SELECT c.article_id FROM round_claims c"
            "   JOIN round_reviews r ON r.round_id = c.round_id WHERE r.decision = 'rejected'))"
            " ORDER BY coalesce(since, '') DESC, origin = 'moderator' DESC, id DESC",
            (prisoner_id,),
        )
        return [StatusEntry(status=r[0], since=r[1], source=r[2], url=r[3], origin=r[4]) for r in rows]

    async def add_mention(self, prisoner_id: int, article_id: int, role: str, as_written: str,
                          evidence: str | None) -> None:
        await self._conn.execute(
            "INSERT OR REPLACE INTO mentions (prisoner_id, article_id, role, as_written, evidence)"
            " VALUES (?, ?, ?, ?, ?)",
            (prisoner_id, article_id, role, as_written, evidence),
        )

    async def mentions(self, prisoner_id: int, limit: int = 5) -> list[Mention]:
        """The latest mentions in visible articles, newest first."""
        rows = await self._conn.execute_fetchall(  # one trip, as statuses()
            "SELECT m.role, m.as_written, a.outlet, a.url, a.published FROM mentions m"
            " JOIN articles a ON a.id = m.article_id WHERE m.prisoner_id = ? AND a.hidden = 0"
            # Nor do the reports of a round moderators rejected.
            " AND a.id NOT IN (SELECT c.article_id FROM round_claims c"
            "   JOIN round_reviews r ON r.round_id = c.round_id WHERE r.decision = 'rejected')"
            " ORDER BY coalesce(a.published, '') DESC, a.id DESC LIMIT ?",
            (prisoner_id, limit),
        )
        return [Mention(role=r[0], as_written=r[1], outlet=r[2], url=r[3], published=r[4]) for r in rows]
