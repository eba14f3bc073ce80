"""The fault tests reuse the Telegram fixtures: the fake Bot API server and the real Application."""

from tests.telegram.conftest import fake_api, telegram, tg_ask, tg_config  # noqa: F401
