"""What users write and who they are never reaches the database or the logs, and secrets never reach
the logs: a Telegram session with a distinctive name and text against the real bot process, logging
at DEBUG, then every table, the database files and the log are searched for them."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import signal
from pathlib import Path

from bot.app import open_app
from bot.config import Config
from bot.dispatcher import Incoming
from bot.logs import redactor
from bot.render import render_plain
from tests.conftest import fixed_clock, table_dump
from tests.faults.chaos import start_bot
from tests.telegram.fake_api import BOT_USERNAME, FakeBotApi, callback_update, inline_update, message_update

MARK = "Zmitser_Secret_7781"
TOKEN = "4242424242:AAF-PwTokenNeverLogged_abcdefghijklmnopqrs"
PERSON = 778101
GROUP = -1007781


def _from_the_person(update: dict) -> dict:
    """The update as sent by a person whose username, names and chat title carry the mark."""
    for part in update.values():
        sender = part.get("from")
        if sender:
            sender.update(username=MARK, first_name=f"{MARK} First", last_name=f"{MARK} Last")
        chat = (part.get("message") or part).get("chat")
        if chat and chat["type"] == "private":
            chat.update(username=MARK, first_name=f"{MARK} First")
        elif chat:
            chat["title"] = f"{MARK} group"
    return update


async def _run_session(api: FakeBotApi) -> None:
    updates = [message_update(PERSON, "/start", PERSON), message_update(PERSON, f"/prisoner {MARK}", PERSON),
               message_update(PERSON, f"hello, I am {MARK}", PERSON), message_update(PERSON, "/lang be", PERSON),
               message_update(PERSON, "/subscribe", PERSON), message_update(PERSON, f"/feedback {MARK}", PERSON),
               message_update(GROUP, f"/total@{BOT_USERNAME}", PERSON), message_update(GROUP, f"{MARK} says hi", PERSON),
               inline_update(PERSON, MARK), callback_update(PERSON, PERSON, "/total")]
    for update in updates:
        api.push(_from_the_person(update))
    await api.wait_for(lambda: len(api.messages.get(PERSON, [])) >= 7 and api.messages.get(GROUP)
                       and api.ok_calls("answerInlineQuery") and api.ok_calls("answerCallbackQuery"), timeout=30)
    await asyncio.sleep(0.5)


async def test_names_text_and_the_token_reach_neither_the_database_nor_a_debug_log(config: Config,
                                                                                    fake_api: FakeBotApi,
                                                                                    tmp_path: Path):
    async with open_app(config, clock=fixed_clock):
        pass  # the database exists and is seeded, like a bot that ran before
    log = tmp_path / "bot.log"
    bot = await start_bot(config.db_path, TOKEN, fake_api.url, log, "-vv")
    try:
        await _run_session(fake_api)
    finally:
        bot.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(bot.wait(), 30) == 0, log.read_text()
    assert fake_api.tokens == {TOKEN}  # the token was really used

    logged = log.read_text(encoding="utf-8", errors="replace")
    assert " DEBUG " in logged and "telegram" in logged  # a debug log of a real session
    assert MARK.casefold() not in logged.casefold()
    assert TOKEN not in logged and TOKEN.split(":")[1] not in logged

    rows = table_dump(config.db_path)
    assert any(row[2] == str(PERSON) for row in rows["subscriptions"])  # the session did write
    assert MARK.casefold() not in repr(rows).casefold()
    for path in config.db_path.parent.glob(config.db_path.name + "*"):  # the file, its WAL and shm
        assert MARK.encode() not in path.read_bytes(), path.name


def test_the_redactor_blanks_secrets_and_anything_shaped_like_a_bot_token():
    redact = redactor(["hunter2-password"])
    line = f"POST https://api.telegram.org/bot{TOKEN}/getMe login hunter2-password"
    assert redact(line) == "POST https://api.telegram.org/bot[redacted]/getMe login [redacted]"


async def test_a_failing_command_is_logged_without_the_users_words(app, caplog, monkeypatch):
    async def broken(request, ctx):
        return int(request.args)  # ValueError: invalid literal for int() with base 10: '<the words>'

    monkeypatch.setitem(app.dispatcher.commands, "prisoner",
                        dataclasses.replace(app.dispatcher.commands["prisoner"], handler=broken))
    caplog.set_level(logging.DEBUG)
    reply = await app.dispatcher.handle(Incoming("telegram", "5", "5", f"/prisoner {MARK}", "en",
                                                 chat_kind="private"))
    assert "Something went wrong" in render_plain(reply)
    logged = "\n".join(caplog.text.splitlines())
    assert "command /prisoner failed: ValueError at test_privacy.py" in logged
    assert MARK not in logged
