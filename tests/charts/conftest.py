"""Fixtures for the chart tests: an app on an empty database next to the seeded one."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import App, open_app
from bot.config import Config
from tests.conftest import fixed_clock


@pytest.fixture
async def empty_app(tmp_path: Path) -> App:
    config = Config(db_path=tmp_path / "empty.sqlite3", owners=frozenset({"console:local"}))
    async with open_app(config, clock=fixed_clock, seed=False) as opened:
        yield opened
