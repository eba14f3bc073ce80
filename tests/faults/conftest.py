"""The fault tests reuse the fixtures of the Telegram tests (the fake Bot API server and the real
Application) and of the Matrix tests (a real Synapse, started once for this folder)."""

from tests.matrix.conftest import bot, bot_account, bots, matrix_app, matrix_config, people, synapse  # noqa: F401
from tests.telegram.conftest import fake_api, telegram, tg_ask, tg_config  # noqa: F401
