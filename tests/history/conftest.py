"""The history tests use the feed tests' loopback server and the shared seeded app."""

from tests.feeds.conftest import server  # noqa: F401  (a fixture)
