"""The watch list's secret: read from the environment or a file, refused when short, never printed,
and the hashes it makes say nothing without it."""

from __future__ import annotations

import logging

import pytest

from bot.config import Config, ConfigError
from bot.storage import Database
from bot.watch.keys import WatchKeys, watch_keys

SECRET = "correct horse battery staple 42"


def test_the_secret_is_read_from_a_file_as_docker_and_systemd_give_it(tmp_path):
    secret_file = tmp_path / "pardonwatch_secret"
    secret_file.write_text(SECRET + "\n")
    assert Config.from_env({"PARDONWATCH_SECRET_FILE": str(secret_file)}).watch_secret == SECRET


def test_without_a_secret_watching_is_off():
    assert Config.from_env({}).watch_secret is None
    assert watch_keys(None) is None


def test_a_short_secret_is_refused_with_the_variable_named_and_how_to_make_one():
    with pytest.raises(ConfigError, match=r"PARDONWATCH_SECRET is too short.*openssl rand"):
        Config.from_env({"PARDONWATCH_SECRET": "hunter2"})


def test_the_secret_is_not_in_the_printed_configuration_or_keys():
    config = Config.from_env({"PARDONWATCH_SECRET": SECRET})
    assert SECRET not in repr(config)
    assert SECRET not in repr(WatchKeys(SECRET.encode()))


def test_two_chats_watching_one_person_store_different_hashes():
    keys = WatchKeys(SECRET.encode())
    assert keys.person("telegram", "111", 7) != keys.person("telegram", "222", 7)


def test_another_secret_makes_other_hashes_for_the_same_watch():
    assert WatchKeys(SECRET.encode()).person("telegram", "111", 7) != \
        WatchKeys(b"another secret of enough length").person("telegram", "111", 7)


async def test_a_watch_is_stored_as_32_bytes_beside_the_chat_and_nothing_else(tmp_path):
    db = await Database.open(tmp_path / "w.sqlite3")
    keys = WatchKeys(SECRET.encode())
    async with db.transaction():
        assert await db.watches.add("telegram", "111", keys.person("telegram", "111", 7), "be", "2026-05-01")
        assert not await db.watches.add("telegram", "111", keys.person("telegram", "111", 7), "be", "2026-05-01")
    async with db.conn.execute("SELECT * FROM watches") as cur:
        rows = [tuple(r) for r in await cur.fetchall()]
    await db.close()
    assert rows == [("telegram", "111", keys.person("telegram", "111", 7))]


async def test_the_running_bot_tells_the_operator_that_watches_are_off_without_a_secret(tmp_path, caplog):
    import asyncio

    from bot.app import open_app
    from bot.runner import serve

    config = Config(db_path=tmp_path / "p.sqlite3", poll_feeds=False)
    caplog.set_level(logging.WARNING)
    async with open_app(config) as app:
        stop = asyncio.Event()
        stop.set()
        await serve(config, app, None, stop)
    assert any("watches are off" in r.getMessage() and "PARDONWATCH_SECRET" in r.getMessage()
               for r in caplog.records)


def test_a_log_line_that_would_carry_the_secret_shows_it_blanked():
    from bot.logs import config_secrets, redactor

    redact = redactor(config_secrets(Config.from_env({"PARDONWATCH_SECRET": SECRET})))
    assert SECRET not in redact(f"failed to open with {SECRET}")
