"""A clean stop leaves no ERROR in the log: the bot as a real process, SIGTERM, and its log read back.

Stopping, the Telegram library confirms the updates it took with one last getUpdates; when the Bot
API drops that call (a network going away with the host), the library logged an ERROR with a
traceback. Errors while the bot runs must still be logged as errors."""

from __future__ import annotations

import asyncio
import signal
from pathlib import Path

from bot.app import open_app
from bot.config import Config
from tests.conftest import fixed_clock
from tests.faults.chaos import start_bot
from tests.telegram.fake_api import FakeBotApi, message_update

TOKEN = "5151515151:AAF-CleanStopToken_abcdefghijklmnopqrstu"
CHAT = 4242


async def test_sigterm_logs_only_the_errors_of_the_run_not_the_stop(config: Config, fake_api: FakeBotApi,
                                                                    tmp_path: Path):
    async with open_app(config, clock=fixed_clock):
        pass  # the database exists and is seeded, like a bot that ran before
    log = tmp_path / "bot.log"
    bot = await start_bot(config.db_path, TOKEN, fake_api.url, log)
    try:
        fake_api.push(message_update(CHAT, "/latest", CHAT))
        await fake_api.wait_for(lambda: fake_api.messages.get(CHAT), timeout=60)
        fake_api.fail_next("getUpdates", "502")  # a real error while running: the poll after the next fails
        fake_api.push(message_update(CHAT, "/total", CHAT))
        await fake_api.wait_for(lambda: any(c.method == "getUpdates" and c.status == 502 for c in fake_api.calls),
                                timeout=60)
        fake_api.push(message_update(CHAT, "/help", CHAT))
        await fake_api.wait_for(lambda: len(fake_api.messages[CHAT]) == 3, timeout=60)  # polling recovered
        await asyncio.sleep(0.5)  # the next long poll is waiting
        fake_api.fail_next("getUpdates", "reset")  # the last getUpdates, at the stop, is dropped
    finally:
        bot.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(bot.wait(), 30) == 0, log.read_text()

    logged = log.read_text(encoding="utf-8").splitlines()
    errors = [line for line in logged if " ERROR " in line]
    assert len(errors) == 1 and "Exception happened while polling for updates" in errors[0]  # the run's
    assert sum("Traceback" in line for line in logged) == 1  # the run's error's, not the stop's
    assert [line.split(" ", 2)[2] for line in logged if "at shutdown" in line] == [
        "WARNING telegram.ext.Updater: telegram: the last updates could not be confirmed at shutdown"
        " (NetworkError); Telegram may deliver them again after a restart"]
