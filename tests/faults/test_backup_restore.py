"""Backups taken while the bot writes restore every committed fact; a damaged database stops the
bot at once with a clear message instead of a traceback (or a process that never exits)."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from bot.app import App
from bot.feeds import Pipeline
from tests.conftest import FIXED_NOW
from tests.faults.chaos import ROOT, article_text


def pardonwatch(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", "--db", str(db), *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


async def test_a_backup_taken_while_the_bot_writes_restores_every_committed_fact(app: App, ask, config,
                                                                                 tmp_path: Path):
    pipeline = Pipeline(app.db, app.directory, app.clock)
    await pipeline.ingest_text(outlet="Outlet Z", url="https://z.example/1", title=None,
                               published=FIXED_NOW.date(), text=article_text(77, FIXED_NOW.date(), 5, 1177))
    backup = tmp_path / "backups" / "copy.sqlite3"

    async def keep_writing() -> None:
        for language in ["be", "ru", "en"] * 10:
            await ask(f"/lang {language}", "en")

    writing = asyncio.create_task(keep_writing())
    made = await asyncio.to_thread(pardonwatch, config.db_path, "db", "backup", str(backup))
    await writing
    assert made.returncode == 0 and "integrity: ok" in made.stdout

    restored = tmp_path / "restored" / "pardonwatch.sqlite3"  # restore: copy it over the database file
    restored.parent.mkdir()
    shutil.copy(backup, restored)
    assert pardonwatch(restored, "db", "check").stdout.strip() == "ok"
    answer = pardonwatch(restored, "ask", f"/round {FIXED_NOW.date().isoformat()}")
    assert answer.returncode == 0 and "77" in answer.stdout and "Outlet Z" in answer.stdout


def test_a_damaged_database_stops_the_bot_with_a_clear_message(app: App, config, tmp_path: Path):
    damaged = tmp_path / "damaged.sqlite3"
    with sqlite3.connect(config.db_path) as live, sqlite3.connect(damaged) as copy:
        live.backup(copy)
    data = bytearray(damaged.read_bytes())
    data[4096 * 2:4096 * 2 + 800] = b"A" * 800  # a page of the schema's tables overwritten
    damaged.write_bytes(bytes(data))

    answer = pardonwatch(damaged, "ask", "/total")
    assert answer.returncode == 3
    assert "The database is damaged" in answer.stderr and "Traceback" not in answer.stderr
    check = pardonwatch(damaged, "db", "check")
    assert check.returncode == 1 and check.stdout.strip() != "ok"
