"""Fixtures for the Matrix tests: one real Synapse per session, a fresh bot account per test."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot.app import App, open_app
from bot.config import Config
from bot.transports.matrix import MatrixTransport
from tests.conftest import fixed_clock
from tests.matrix.people import Person
from tests.matrix.synapse import Synapse

SYNC_TIMEOUT_MS = 2000


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Synapse:
    python = os.environ.get("PARDONWATCH_SYNAPSE")
    if not python or not Path(python).exists():
        message = ("PARDONWATCH_SYNAPSE must name the python of a virtual environment with matrix-synapse "
                   "(`make synapse`; `make test` sets it)")
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    server = Synapse(python, tmp_path_factory.mktemp("synapse"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def bot_account(synapse: Synapse):
    return synapse.register(synapse.unique("pardonbot"))


@pytest.fixture
def matrix_config(tmp_path: Path, synapse: Synapse, bot_account) -> Config:
    return Config(db_path=tmp_path / "pardonwatch.sqlite3", owners=frozenset({"console:local"}),
                  matrix_homeserver=synapse.url, matrix_user_id=bot_account.user_id,
                  matrix_password=bot_account.password, matrix_allowed_inviters=frozenset({"*"}))


@pytest.fixture
async def matrix_app(matrix_config: Config) -> AsyncIterator[App]:
    async with open_app(matrix_config, clock=fixed_clock) as opened:
        yield opened


class RunningBots:
    """Starts the Matrix transport as a task; stops it (like a restart) or at the end of the test."""

    def __init__(self):
        self.tasks: list[asyncio.Task] = []

    async def start(self, config: Config, app: App) -> MatrixTransport:
        transport = MatrixTransport(config, app, sync_timeout_ms=SYNC_TIMEOUT_MS)
        task = asyncio.create_task(transport.run())
        self.tasks.append(task)
        ready = asyncio.create_task(transport.ready.wait())
        await asyncio.wait({task, ready}, timeout=30, return_when=asyncio.FIRST_COMPLETED)
        ready.cancel()
        if task.done():
            task.result()  # the transport failed: raise its error here
        assert transport.ready.is_set(), "the Matrix transport did not finish its first sync"
        return transport

    async def stop_all(self) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        self.tasks.clear()


@pytest.fixture
async def bots() -> AsyncIterator[RunningBots]:
    running = RunningBots()
    yield running
    await running.stop_all()


@pytest.fixture
async def bot(bots: RunningBots, matrix_config: Config, matrix_app: App) -> MatrixTransport:
    return await bots.start(matrix_config, matrix_app)


@pytest.fixture
async def people(synapse: Synapse):
    """`await people("alice")` registers a new person (unlimited rate) and logs them in."""
    created: list[Person] = []

    async def _person(name: str) -> Person:
        person = Person(synapse.url, synapse.register(synapse.unique(name)))
        created.append(person)
        return person

    yield _person
    for person in created:
        await person.close()


def with_inviters(config: Config, *allowed: str) -> Config:
    return replace(config, matrix_allowed_inviters=frozenset(allowed))
