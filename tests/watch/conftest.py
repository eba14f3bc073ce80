"""A bot with a watch secret configured, and a way to talk to it from a private or group chat."""

from __future__ import annotations

import dataclasses

import pytest

from bot.config import Config
from bot.dispatcher import Incoming
from bot.render import render_plain

SECRET = "a watch secret for the tests, 32+"


@pytest.fixture
def config(config: Config) -> Config:
    return dataclasses.replace(config, watch_secret=SECRET)


@pytest.fixture
def say(app):
    """Send a command from a Telegram chat (private unless a group is given); the plain-text reply."""

    async def _say(text: str, chat: str = "5001", kind: str = "private", lang: str | None = "en") -> str:
        reply = await app.dispatcher.handle(Incoming(platform="telegram", chat_id=chat, user_id="5001", text=text,
                                                     client_language=lang, chat_kind=kind))
        return render_plain(reply)

    return _say
