"""Shared fixtures: a real SQLite file in a temporary folder, seeded like a first start."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import settings

from bot.app import App, open_app
from bot.config import Config
from bot.render import render_plain
from bot.transports import console

# Every be/ru lookup in the whole run must hit a translation (the run fails otherwise).
from tests.translation_misses import pytest_configure, pytest_sessionfinish, pytest_terminal_summary  # noqa: F401

# Property tests check answers, not speed (speed is bench/'s business): on a loaded machine one extraction can take
# longer than Hypothesis's default deadline of 200 ms per example, which would fail a right answer.
settings.register_profile("answers_not_speed", deadline=None)
settings.load_profile("answers_not_speed")

FIXED_NOW = dt.datetime(2025, 2, 1, 12, 0, tzinfo=dt.UTC)
SHARED_SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def fixed_clock() -> dt.datetime:
    return FIXED_NOW


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return Config(db_path=tmp_path / "pardonwatch.sqlite3", owners=frozenset({"console:local", "telegram:1"}))


@pytest.fixture
async def app(config: Config) -> App:
    async with open_app(config, clock=fixed_clock) as opened:
        yield opened


@pytest.fixture
def ask(app: App):
    """Send one command through the console transport and get the plain-text reply."""

    async def _ask(text: str, lang: str | None = None, user: str = console.CONSOLE_CHAT) -> str:
        return render_plain(await console.ask(app.dispatcher, text, lang, user))

    return _ask


def table_dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, to check that a command changed nothing."""
    with sqlite3.connect(path) as conn:
        # A virtual table (full-text search) is skipped: its rows live in its shadow tables, dumped too.
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                             " AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]
        # The data generation counts changes (bot/storage/generation.py): an undo is one more, not a change undone.
        tables = [t for t in tables if t != "data_generation"]
        # Table names come from sqlite_master itself, not from any input.
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}  # noqa: S608


FIRST_RELEASE_DB = Path(__file__).parent / "fixtures" / "first_release.sqlite3"


def first_release_database(folder: Path) -> Path:
    """A copy, in `folder`, of a database as the first release left it (see tests/fixtures/README.md)."""
    target = folder / "first-release.sqlite3"
    shutil.copyfile(FIRST_RELEASE_DB, target)
    return target
