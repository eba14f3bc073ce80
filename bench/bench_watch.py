"""What keeping the watch list unreadable costs: keyed hashes against a plain (chat, prisoner id) table.

Two questions, each against the plain table one would write otherwise, measured in the same run on
the same SQLite file layout:
- a status changes: finding the chats that watch that person (the bot recomputes every watch's
  HMAC; the plain table looks the prisoner id up in an index);
- `/watching`: naming a chat's people (the bot hashes every prisoner id of the registry for that
  chat; the plain table reads the chat's rows).

Run: PYTHONPATH=. python bench/bench_watch.py [--watches 1000 100000] [--registry 50000 200000]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.storage import Database  # noqa: E402
from bot.watch.keys import WatchKeys  # noqa: E402

KEYS = WatchKeys(b"bench secret of thirty-two bytes")
PLAIN = ("CREATE TABLE plain_watches (platform TEXT, chat_id TEXT, prisoner_id INTEGER,"
         " PRIMARY KEY (platform, chat_id, prisoner_id)) WITHOUT ROWID;"
         "CREATE INDEX plain_by_prisoner ON plain_watches(prisoner_id);")


def _best(runs: list[float]) -> float:
    return min(runs) * 1000


async def _fill(db: Database, watches: int, people: int, rng: random.Random) -> list[tuple[str, int]]:
    chats = [(str(10_000_000 + i // 5), rng.randrange(people)) for i in range(watches)]  # five watches a chat
    async with db.transaction():
        await db.conn.executemany(
            "INSERT OR IGNORE INTO watches (platform, chat_id, person) VALUES ('telegram', ?, ?)",
            [(chat, KEYS.person("telegram", chat, pid)) for chat, pid in chats])
        await db.conn.executemany(
            "INSERT OR IGNORE INTO plain_watches VALUES ('telegram', ?, ?)", chats)
    return chats


async def fan_out(db: Database, prisoner_id: int) -> tuple[float, float, int]:
    """(hashed ms, plain ms, chats found) for one status change."""
    hashed, plain, found = [], [], 0
    for _ in range(5):
        started = time.perf_counter()
        async with db.conn.execute("SELECT platform, chat_id, person FROM watches") as cur:
            rows = await cur.fetchall()
        found = sum(KEYS.person(p, c, prisoner_id) == bytes(h) for p, c, h in rows)
        hashed.append(time.perf_counter() - started)
        started = time.perf_counter()
        async with db.conn.execute("SELECT chat_id FROM plain_watches WHERE prisoner_id = ?", (prisoner_id,)) as cur:
            plain_found = len(await cur.fetchall())
        plain.append(time.perf_counter() - started)
        assert plain_found == found
    return _best(hashed), _best(plain), found


async def listing(db: Database, chat: str, people: int) -> tuple[float, float]:
    """(hashed ms, plain ms) to name one chat's watched people."""
    hashed, plain = [], []
    for _ in range(3):
        started = time.perf_counter()
        async with db.conn.execute("SELECT person FROM watches WHERE chat_id = ?", (chat,)) as cur:
            mine = {bytes(r[0]) for r in await cur.fetchall()}
        named = [pid for pid in range(people) if KEYS.person("telegram", chat, pid) in mine]
        hashed.append(time.perf_counter() - started)
        started = time.perf_counter()
        async with db.conn.execute("SELECT prisoner_id FROM plain_watches WHERE chat_id = ?", (chat,)) as cur:
            plain_named = sorted(r[0] for r in await cur.fetchall())
        plain.append(time.perf_counter() - started)
        assert sorted(named) == plain_named
    return _best(hashed), _best(plain)


async def main(watch_sizes: list[int], registry_sizes: list[int]) -> None:
    rng = random.Random(16)
    print("status change → the chats watching that person (best of 5, ms)")
    print(f"{'watches':>8} {'HMAC of each watch':>19} {'plain indexed lookup':>21} {'ratio':>7}")
    for watches in watch_sizes:
        with tempfile.TemporaryDirectory() as folder:
            db = await Database.open(Path(folder) / "bench.sqlite3")
            await db.conn.executescript(PLAIN)
            chats = await _fill(db, watches, 50_000, rng)
            hashed, plain, found = await fan_out(db, chats[0][1])
            assert found >= 1
            print(f"{watches:>8,} {hashed:>19.1f} {plain:>21.2f} {hashed / plain:>6.0f}×")
            await db.close()
    print("\n/watching → a chat's five people (best of 3, ms)")
    print(f"{'registry':>8} {'HMAC of each prisoner':>22} {'plain rows':>11} {'ratio':>7}")
    for people in registry_sizes:
        with tempfile.TemporaryDirectory() as folder:
            db = await Database.open(Path(folder) / "bench.sqlite3")
            await db.conn.executescript(PLAIN)
            chats = await _fill(db, 1000, people, rng)
            hashed, plain = await listing(db, chats[0][0], people)
            print(f"{people:>8,} {hashed:>22.1f} {plain:>11.2f} {hashed / plain:>6.0f}×")
            await db.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--watches", type=int, nargs="+", default=[1000, 100_000])
    parser.add_argument("--registry", type=int, nargs="+", default=[50_000, 200_000])
    args = parser.parse_args()
    asyncio.run(main(args.watches, args.registry))
