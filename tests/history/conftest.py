"""The feed tests' loopback server, for the history tests too."""

from tests.feeds.conftest import server  # noqa: F401  (a fixture)
