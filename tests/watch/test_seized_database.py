"""A copy of the database file and its -wal, taken after chats watched people and were notified,
links no chat to a prisoner; and a bot with another secret cannot match any watch."""

from __future__ import annotations

import dataclasses
import shutil

from bot.app import open_app
from bot.dispatcher import Incoming
from bot.render import render_plain
from tests.conftest import fixed_clock
from tests.watch.test_notifications import TelegramRecorder, _deliver, _notifications, _report

# What would tie chat 5001 to Maxim Znak (prisoner #6 of the seeds) if it were stored: the words the
# person typed, the notification's text in each language and its commands naming the prisoner (the
# evidence sentence is not among them: it is the article's, stored with its mention for /prisoner).
LINKS = ["Максима Знака", "has been released", "на волі", "на свободе", "/unwatch #", "/prisoner #"]


def _seize(config, folder) -> bytes:
    """The database file and its write-ahead log as a thief would copy them from the running bot."""
    folder.mkdir()
    copied = b""
    for suffix in ("", "-wal"):
        source = config.db_path.with_name(config.db_path.name + suffix)
        if source.exists():
            shutil.copyfile(source, folder / source.name)
            copied += (folder / source.name).read_bytes()
    return copied


async def test_after_watching_and_a_delivered_notification_the_files_hold_no_link(say, app, config, tmp_path):
    await say("/watch Максима Знака")
    await say("/watch Максима Знака", chat="5002", lang="be")
    await say("/watch Максима Знака", chat="5003", lang="ru")
    await _report(app, "Zerkalo")
    await _report(app, "Nasha Niva")
    assert len(await _notifications(app)) == 3
    await _deliver(app, TelegramRecorder())
    seized = _seize(config, tmp_path / "seized")
    for words in LINKS:
        assert words.encode("utf-8") not in seized, words


async def test_while_a_notification_waits_its_text_is_in_the_files(say, app, config, tmp_path):
    # The limit docs/watch.md states: until delivery the message naming the person is stored.
    await say("/watch Максима Знака")
    await _report(app, "Zerkalo")
    await _report(app, "Nasha Niva")
    assert b"has been released" in _seize(config, tmp_path / "seized")


async def test_the_watches_table_holds_only_the_chat_and_32_byte_hashes(say, app):
    await say("/watch Максима Знака")
    await say("/watch Kalesnikava")
    async with app.db.conn.execute("SELECT * FROM watches") as cur:
        rows = [tuple(r) for r in await cur.fetchall()]
    assert len(rows) == 2
    assert all(r[:2] == ("telegram", "5001") and isinstance(r[2], bytes) and len(r[2]) == 32 for r in rows)


async def test_with_another_secret_the_bot_matches_no_watch(say, app, config):
    await say("/watch Максима Знака")
    other = dataclasses.replace(config, watch_secret="not the secret the watches were made with")
    await app.db.close()
    app.directory.close()
    async with open_app(other, clock=fixed_clock) as thief:
        reply = await thief.dispatcher.handle(Incoming(platform="telegram", chat_id="5001", user_id="5001",
                                                       text="/watching", client_language="en"))
        assert "You watch no one." in render_plain(reply)
        await _report(thief, "Zerkalo")
        await _report(thief, "Nasha Niva")
        assert await _notifications(thief) == []
