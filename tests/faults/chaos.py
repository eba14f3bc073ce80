"""Helpers of the SIGKILL fault suite: the bot's processes, killed at random, and a ledger of what
the database had committed, which must never shrink."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import random
import signal
import sqlite3
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What a crash must never take back: facts, moderators' corrections and decisions and their audit, queued
# messages (except the unsent ones WITHDRAWABLE below), delivered ones, and reminders.
LEDGER_QUERIES = {
    "articles": "SELECT id, url, content_hash FROM articles",
    "rounds": "SELECT id FROM rounds",
    "claims": "SELECT id, round_id, article_id, field, value FROM round_claims",
    "counts": "SELECT id, kind, value, as_of, article_id FROM counts",
    "corrections": "SELECT round_id, field, value FROM round_corrections",
    "decisions": "SELECT round_id, decision FROM round_reviews WHERE decision IS NOT NULL",
    "reminders": "SELECT round_id FROM round_reviews WHERE reminded_at IS NOT NULL",
    "audit": "SELECT id, action FROM audit_log",
    "outbox": "SELECT subscription_id, round_id, kind FROM outbox",
    "delivered": "SELECT subscription_id, round_id, kind, message_id FROM outbox WHERE message_id IS NOT NULL",
}
# Unsent messages that are taken back, never sent: a rejected round's posts, a decided round's reminders.
WITHDRAWABLE = ("SELECT round_id, 'post' FROM round_reviews WHERE decision = 'rejected'"
                " UNION SELECT round_id, 'reminder' FROM round_reviews WHERE waiting_since IS NULL")

ARTICLE = ("Alexander Lukashenko pardoned {n} political prisoners on {date}, his press service said. "
           "Among those released were {women} women. According to Viasna, {held} political prisoners remain "
           "behind bars in Belarus. {padding}")
# The same news without an official source: one such report is not confirmed.
UNOFFICIAL = ("Relatives said on {date} that {n} political prisoners had been freed from colonies across Belarus. "
              "Among those released were {women} women. According to Viasna, {held} political prisoners remain "
              "behind bars in Belarus. {padding}")
PADDING = ("The statement did not name the people who were freed. Human rights defenders said that the "
           "releases were welcome but that arrests continue across the country, and that families learn "
           "about them late. The list was published on the official website of the administration.")


def article_text(n: int, date: dt.date, women: int, held: int, official: bool = True) -> str:
    return (ARTICLE if official else UNOFFICIAL).format(n=n, date=f"{date:%B} {date.day}, {date.year}", women=women,
                                                        held=held, padding=PADDING)


def snapshot(db_path: Path) -> dict[str, set[tuple]]:
    with sqlite3.connect(db_path, timeout=30) as conn:
        return {name: set(conn.execute(sql).fetchall()) for name, sql in LEDGER_QUERIES.items()}


def integrity(db_path: Path) -> list[str]:
    with sqlite3.connect(db_path, timeout=30) as conn:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]


def in_flight_sends(db_path: Path) -> set[tuple[str, int, str]]:
    """(chat id, round id, kind) of the new messages in 'sending': the documented at-least-once window."""
    with sqlite3.connect(db_path, timeout=30) as conn:
        rows = conn.execute("SELECT s.chat_id, o.round_id, o.kind FROM outbox o JOIN subscriptions s"
                            " ON s.id = o.subscription_id WHERE o.state = 'sending' AND o.message_id IS NULL")
        return {(chat, round_id, kind) for chat, round_id, kind in rows}


@dataclass
class Ledger:
    """Everything ever seen committed; every later look at the database must contain all of it."""

    db_path: Path
    seen: dict[str, set[tuple]] = field(default_factory=lambda: {name: set() for name in LEDGER_QUERIES})
    checks: int = 0

    def check(self, when: str) -> None:
        assert integrity(self.db_path) == ["ok"], f"integrity check failed {when}"
        now = snapshot(self.db_path)
        with sqlite3.connect(self.db_path, timeout=30) as conn:
            withdrawable = set(conn.execute(WITHDRAWABLE))
        # Such messages that never went out are taken back; the ones delivered stay ("delivered").
        self.seen["outbox"] = {row for row in self.seen["outbox"] if (row[1], row[2]) not in withdrawable}
        for name, rows in self.seen.items():
            lost = rows - now[name]
            assert not lost, f"{name} lost {when}: {sorted(lost)[:5]}"
            rows |= now[name]
        self.checks += 1


@dataclass
class Chaos:
    """Starts the bot's commands as processes and kills some of them at random moments."""

    db_path: Path
    env: dict[str, str]
    rng: random.Random
    logs: Path
    kills: Counter = field(default_factory=Counter)
    runs: Counter = field(default_factory=Counter)
    durations: dict[str, float] = field(default_factory=dict)  # how long a kind's last full run took

    async def start(self, *args: str) -> asyncio.subprocess.Process:
        with self.logs.open("ab") as out:
            return await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "--db", str(self.db_path), *args, cwd=ROOT, env=self.env,
                stdout=asyncio.subprocess.PIPE, stderr=out, stdin=asyncio.subprocess.DEVNULL)

    async def until_done(self, kind: str, args: list[str], ledger: Ledger, kill_chance: float,
                         max_delay: float) -> str:
        """Run `pardonwatch args` to the end; before that, SIGKILL it at random moments (each attempt
        is killed with `kill_chance`, at most three times), checking the database after each kill.

        The moment is uniform over the process's lifetime as its last full run measured it (at
        first over `max_delay`), so kills land in start-up, work and shutdown alike."""
        attempts = 0
        while True:
            started = time.monotonic()
            process = await self.start(*args)
            self.runs[kind] += 1
            lifetime = self.durations.get(kind, max_delay)
            kill_at = self.rng.uniform(0.05, lifetime) if attempts < 3 and self.rng.random() < kill_chance else None
            attempts += 1
            output = asyncio.create_task(process.stdout.read())
            try:
                await asyncio.wait_for(process.wait(), kill_at)
            except TimeoutError:
                try:
                    process.send_signal(signal.SIGKILL)
                except ProcessLookupError:
                    pass  # it ended just as the moment came: a full run, read below
                else:
                    await process.wait()
                    await output
                    self.kills[kind] += 1
                    ledger.check(f"after killing `{' '.join(args)}` at {kill_at:.2f} s")
                    continue
            text = (await output).decode()
            assert process.returncode == 0, f"`{' '.join(args)}` failed: {text}"
            self.durations[kind] = time.monotonic() - started
            ledger.check(f"after `{' '.join(args)}`")
            return text


async def start_bot(db_path: Path, token: str, api_url: str, log: Path, *options: str) -> asyncio.subprocess.Process:
    """`pardonwatch [options] run` as a process of its own on the fake Bot API, its output going to `log`."""
    with log.open("wb") as out:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", *options, "run", cwd=ROOT, env=bot_env(db_path, token, api_url),
            stdout=out, stderr=out, stdin=asyncio.subprocess.DEVNULL)


def bot_env(db_path: Path, token: str, api_url: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "PARDONWATCH_DB": str(db_path), "TELEGRAM_TOKEN": token,
            "TELEGRAM_API_BASE": api_url, "PARDONWATCH_POLL_FEEDS": "0", "PARDONWATCH_PRIVATE_FEED_NETWORKS": "127.0.0.0/8"}
