"""The test suite itself fails when a reply asks the be or ru catalog for a message it lacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CONFTEST = "from tests.translation_misses import pytest_configure, pytest_sessionfinish, pytest_terminal_summary\n"


def _run_suite(tmp_path: Path, test_body: str) -> subprocess.CompletedProcess:
    """Run a one-test suite with the project's translation hooks, in a separate pytest process."""
    (tmp_path / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    (tmp_path / "test_reply.py").write_text("from bot.i18n import get_translator\n\n\ndef test_reply():\n"
                                            + test_body, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir",
                           str(tmp_path), str(tmp_path)], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120)


def test_a_run_whose_tests_pass_fails_on_a_belarusian_message_without_translation(tmp_path):
    run = _run_suite(tmp_path, "    get_translator('be').gettext('Pardon rounds leaked in English')\n")
    assert run.returncode == 1, run.stdout
    assert "1 passed" in run.stdout
    assert "be: 'Pardon rounds leaked in English'" in run.stdout


def test_a_russian_plural_without_translation_is_listed_too(tmp_path):
    run = _run_suite(tmp_path, "    get_translator('ru').ngettext('{n} new round', '{n} new rounds', 3)\n")
    assert run.returncode == 1
    assert "ru: '{n} new round'" in run.stdout


def test_a_run_with_every_message_translated_passes(tmp_path):
    run = _run_suite(tmp_path, "    assert get_translator('ru').gettext('Latest pardon round') != 'Latest pardon round'\n"
                               "    get_translator('en').gettext('Nothing to translate in English')\n")
    assert run.returncode == 0, run.stdout
