"""A database with the small registry imported through the command line."""

import pytest

from bot.cli import main
from tests.registry.data import REGISTRY, write_csv


@pytest.fixture
def registry_db(tmp_path, monkeypatch):
    path = tmp_path / "registry.sqlite3"
    monkeypatch.setenv("PARDONWATCH_DB", str(path))
    assert main(["prisoners", "import", str(write_csv(tmp_path / "registry.csv", REGISTRY))]) == 0
    return path
