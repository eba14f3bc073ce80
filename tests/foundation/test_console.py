"""The console chat: a whole session typed into the terminal."""

import io
import os
import subprocess
import sys

from bot.transports.console import chat


async def test_a_console_session_answers_each_line_and_switches_language(app):
    stdin = io.StringIO("/latest\n/lang be\n/total\n/prisoner Bialiatski\n/quit\n/total\n")
    stdout = io.StringIO()
    await chat(app.dispatcher, stdin=stdin, stdout=stdout)
    out = stdout.getvalue()
    assert "Latest pardon round" in out
    assert "Цяпер я буду адказваць тут па-беларуску." in out
    assert "Вызвалены з ліпеня 2024 года" in out
    assert "Алесь Бяляцкі" in out
    assert out.count("Вызвалены з ліпеня") == 1  # nothing after /quit


def test_pardonwatch_run_without_a_token_opens_the_console(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "MATRIX_"))}
    env["PARDONWATCH_DB"] = str(tmp_path / "db.sqlite3")
    run = subprocess.run([sys.executable, "-m", "bot", "run"], input="/latest\n/prisoner Bialiatski\n",
                         capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Latest pardon round" in run.stdout
    assert "Ales Bialiatski" in run.stdout
