"""`pardonwatch run` as a real process against the fake Bot API on 127.0.0.1, for tests that need the
whole running bot (its metrics, its heartbeat, an installed wheel)."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from tests.telegram.fake_api import FakeBotApi, message_update

TOKEN = "123456:TEST-TOKEN"
# Variables of the developer's shell that would point the process elsewhere.
_FOREIGN = ("TELEGRAM_", "MATRIX_", "PARDONWATCH_", "PYTHONPATH")


def bot_environment(db_path: Path, api_base: str, **extra: str) -> dict[str, str]:
    """The environment of a bot that talks only to the fake Bot API and polls no feed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(_FOREIGN)}
    env.update(PARDONWATCH_DB=str(db_path), TELEGRAM_TOKEN=TOKEN, TELEGRAM_API_BASE=api_base,
               PARDONWATCH_POLL_FEEDS="0", **extra)
    return env


@asynccontextmanager
async def running_bot(command: Sequence[str], env: dict[str, str], api: FakeBotApi, cwd: Path,
                      log: Path) -> AsyncIterator[asyncio.subprocess.Process]:
    """Start `command` (… run), wait until it long-polls the fake API, and stop it with SIGTERM on exit."""
    with log.open("wb") as out:
        process = await asyncio.create_subprocess_exec(*command, env=env, cwd=cwd, stdout=out, stderr=out,
                                                       stdin=asyncio.subprocess.DEVNULL)
    try:
        await api.wait_for(lambda: api.ok_calls("getUpdates") or process.returncode is not None, timeout=90)
        assert process.returncode is None, log.read_text(errors="replace")
        yield process
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(process.wait(), 30)
            except TimeoutError:
                process.kill()
                await process.wait()


async def ask_over_telegram(api: FakeBotApi, text: str, chat_id: int, language: str = "en") -> str:
    """Send a command as a Telegram user and return the bot's first answer."""
    before = len(api.messages.get(chat_id, []))
    api.push(message_update(chat_id, text, chat_id, language))
    await api.wait_for(lambda: len(api.messages.get(chat_id, [])) > before, timeout=60)
    return api.texts_to(chat_id)[before]
