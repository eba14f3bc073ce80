"""Test-run hooks: every message looked up in Belarusian or Russian must have a translation.

For the whole pytest run the translator records each lookup that its be or ru catalog does not
have (it would reach the user in English); the run fails at the end and lists them. The hooks are
imported by tests/conftest.py, so they are active for any selection of tests.
"""

from __future__ import annotations

import pytest

from bot.i18n import DEFAULT_LANGUAGE, Translator

MISSES_KEY = pytest.StashKey[set]()


def _catalog_has(translator: Translator, key: str | tuple[str, int]) -> bool:
    return key in translator._t._catalog


def record_misses(misses: set) -> None:
    """Wrap the translator's lookups so that each be/ru message without a translation lands in `misses`."""
    gettext, ngettext = Translator.gettext, Translator.ngettext

    def checked_gettext(self: Translator, message: str) -> str:
        if self.language != DEFAULT_LANGUAGE and not _catalog_has(self, message):
            misses.add((self.language, message))
        return gettext(self, message)

    def checked_ngettext(self: Translator, singular: str, plural: str, n: int) -> str:
        if self.language != DEFAULT_LANGUAGE and not _catalog_has(self, (singular, 0)):
            misses.add((self.language, singular))
        return ngettext(self, singular, plural, n)

    Translator.gettext = checked_gettext
    Translator.ngettext = checked_ngettext


def pytest_configure(config: pytest.Config) -> None:
    misses: set = set()
    config.stash[MISSES_KEY] = misses
    record_misses(misses)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if session.config.stash[MISSES_KEY] and exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    misses = config.stash[MISSES_KEY]
    if misses:
        terminalreporter.section("messages without a translation (the run fails)", red=True)
        for language, message in sorted(misses):
            terminalreporter.line(f"{language}: {message!r}")
