"""The review tests drive the real Telegram stack against the fake Bot API and the real Synapse."""

import pytest

from tests.feeds.conftest import server  # noqa: F401
from tests.matrix.conftest import bot, bot_account, bots, matrix_app, matrix_config, people, synapse  # noqa: F401
from tests.telegram.conftest import fake_api, telegram, tg_ask, tg_config  # noqa: F401


@pytest.fixture
async def alice(ask) -> str:
    """console:alice, made a moderator by the console owner."""
    assert "moderator" in await ask("/mod add alice")
    return "alice"
