"""Every file and stream the command line reads has a limit: past it, or when the file is empty or
binary, the command stops with an error that names the file and the limit, and stores nothing."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import table_dump
from tests.faults.chaos import ROOT

MEMORY_CAP = 1 << 30  # a reader without a limit runs into this instead of filling the machine


def _pardonwatch(*args: str, db: Path, stdin: bytes | None = None, **env: str) -> subprocess.CompletedProcess:
    """The real command in a process of its own, with its memory capped."""
    def cap_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))

    return subprocess.run([sys.executable, "-m", "bot", "--db", str(db), *args], cwd=ROOT, input=stdin,
                          capture_output=True, timeout=120, preexec_fn=cap_memory,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **env})


def test_ingest_of_an_endless_stream_stops_at_once_naming_the_limit(tmp_path):
    run = _pardonwatch("ingest", "/dev/zero", db=tmp_path / "db.sqlite3")
    assert run.returncode == 2
    assert run.stderr.decode().strip() == "cannot read /dev/zero: it is larger than 2 MiB, the limit for an article"


def test_a_secret_file_that_never_ends_is_refused_naming_the_limit(tmp_path):
    run = _pardonwatch("ask", "/latest", db=tmp_path / "db.sqlite3", TELEGRAM_TOKEN_FILE="/dev/zero")
    assert run.returncode == 2
    assert "cannot read /dev/zero: it is larger than 64 KiB, the limit for a secret file" in run.stderr.decode()


def test_a_console_line_without_end_stops_the_chat_naming_the_limit(tmp_path):
    run = _pardonwatch("chat", db=tmp_path / "db.sqlite3", stdin=b"/latest\n" + b"a" * 5_000_000)
    assert run.returncode == 2
    assert "Latest pardon round" in run.stdout.decode()  # the line before it was answered
    assert "a line is longer than 16,384 characters, the limit for a console line" in run.stderr.decode()


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "it is empty"),
    (b"  \n\n\t\n", "it is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20, "it is not a text file (it holds NUL bytes)"),
    ("Лукашенко помиловал 23 человека.".encode("cp1251"), "it is not UTF-8 text (line 1, byte 0xcb); save the file as UTF-8"),
])
def test_an_empty_or_binary_article_is_refused_and_nothing_is_stored(tmp_path, capsys, monkeypatch, content, reason):
    db = tmp_path / "db.sqlite3"
    monkeypatch.setenv("PARDONWATCH_DB", str(db))
    assert main(["ask", "/latest"]) == 0  # a database like any other, seeded
    before = table_dump(db)
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    capsys.readouterr()
    assert main(["ingest", str(article), "--published", "2025-01-18"]) == 2
    assert capsys.readouterr().err.strip() == f"cannot read {article}: {reason}"
    assert table_dump(db) == before


def test_extract_refuses_a_binary_file_with_the_same_words(tmp_path, capsys):
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 50)
    assert main(["extract", str(junk)]) == 2
    assert capsys.readouterr().err.strip() == f"cannot read {junk}: it is not a text file (it holds NUL bytes)"
