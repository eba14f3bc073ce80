"""The check at start: a damaged database is refused, and a file left as a checked process closed it
is not read again (bot/storage/db.py, CheckRecord)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.storage import Database
from bot.storage.db import DatabaseCorrupt

ROOT = Path(__file__).resolve().parents[2]


def pardonwatch(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", "--db", str(db), *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def damage(db: Path, table: str | None = None, keep_size_and_time: bool = False) -> None:
    """Overwrite a page in place (a disk fault, or someone editing the file): a page of the schema's
    tables, or one of ``table``'s."""
    page = 3
    if table is not None:
        conn = sqlite3.connect(db)
        (page,) = conn.execute("SELECT max(pageno) FROM dbstat WHERE name = ?", (table,)).fetchone()
        conn.close()
    before = db.stat()
    with db.open("r+b") as fp:
        fp.seek(4096 * (page - 1))
        fp.write(b"A" * 800)
    if keep_size_and_time:
        os.utime(db, ns=(before.st_atime_ns, before.st_mtime_ns))


@pytest.fixture
def closed_database(tmp_path) -> Path:
    """A database that a command checked at its start and closed cleanly (answering one question)."""
    db = tmp_path / "pardonwatch.sqlite3"
    assert pardonwatch(db, "ask", "/total").returncode == 0
    assert Path(f"{db}-checked").exists()
    return db


def test_a_database_damaged_after_a_clean_close_is_refused_at_the_next_start(closed_database):
    damage(closed_database)

    answer = pardonwatch(closed_database, "ask", "/total")

    assert answer.returncode == 3
    assert "The database is damaged" in answer.stderr and "Traceback" not in answer.stderr


def test_damage_that_kept_the_files_size_and_time_is_found_by_db_check_and_then_refused_at_start(closed_database):
    # In the typo index, which neither the start nor /help reads.
    damage(closed_database, table="name_typos_data", keep_size_and_time=True)
    # The start trusts a file exactly as a checked process left it: it does not read every page again.
    assert pardonwatch(closed_database, "ask", "/help").returncode == 0

    check = pardonwatch(closed_database, "db", "check")
    assert check.returncode == 1 and check.stdout.strip() != "ok"

    answer = pardonwatch(closed_database, "ask", "/total")
    assert answer.returncode == 3 and "The database is damaged" in answer.stderr


def test_damage_met_at_a_start_that_skipped_the_check_is_refused_and_the_next_start_checks(closed_database):
    damage(closed_database, keep_size_and_time=True)  # a page of the schema's tables, read by every start

    first = pardonwatch(closed_database, "ask", "/help")
    assert first.returncode == 3
    assert "The database is damaged" in first.stderr and "Traceback" not in first.stderr
    assert not Path(f"{closed_database}-checked").exists()


async def test_a_process_that_did_not_close_the_database_leaves_the_next_start_checking(closed_database):
    db = await Database.open(closed_database)  # a process that dies before closing
    damage(closed_database, table="name_typos_data", keep_size_and_time=True)

    with pytest.raises(DatabaseCorrupt):
        await Database.open(closed_database)
    await db.close()


def test_a_start_after_an_import_that_ran_alone_trusts_the_file_as_the_import_left_it(closed_database, tmp_path):
    registry = tmp_path / "registry.csv"
    registry.write_text("id,name_en,name_be,name_ru,status\nv-1,Ales Bialiatski,Алесь Бяляцкі,Алесь Беляцкий,held\n",
                        encoding="utf-8")
    assert pardonwatch(closed_database, "prisoners", "import", str(registry)).returncode == 0
    # The import changed the file and recorded it as it closed it; damage that keeps that state...
    damage(closed_database, table="name_typos_data", keep_size_and_time=True)

    # ...is not looked for by the next start, which does not read every page again.
    assert pardonwatch(closed_database, "ask", "/help").returncode == 0
    assert pardonwatch(closed_database, "db", "check").returncode == 1
