"""Moderation from the terminal: `pardonwatch chat --user` and `pardonwatch ask --user`."""

import io

from bot.cli import main
from bot.transports import console


async def test_a_moderator_works_through_an_interactive_console_chat(app, scenario, alice):
    script = io.StringIO(f"/correct {scenario.no_a} men 40\n/undo\n/audit 1\n/quit\n")
    out = io.StringIO()
    await console.chat(app.dispatcher, "en", "alice", stdin=script, stdout=out)
    text = out.getvalue()
    assert f"Round #{scenario.no_a}: men is now 40 (was not known)." in text and "Undone change" in text
    assert await app.db.rounds.correction(scenario.round_a, "men") is None


def test_ask_user_acts_as_that_console_user(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("PARDONWATCH_OWNERS", raising=False)
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "ask", "--user", "bob", "/hide 1"]) == 0
    assert "Only moderators can do this." in capsys.readouterr().out
    main(["--db", db, "ask", "/mod add bob"])  # the console user `local` is an owner
    assert "console:bob is now a moderator." in capsys.readouterr().out
    main(["--db", db, "ask", "--user", "bob", "/hide 1"])
    assert "is hidden: its figures no longer count." in capsys.readouterr().out


async def test_a_long_console_session_is_not_throttled(app, scenario, alice):
    commands = [f"/correct {scenario.no_a} men {n}" for n in range(30, 45)] + ["/audit 1"]
    out = io.StringIO()
    await console.chat(app.dispatcher, "en", "alice", stdin=io.StringIO("\n".join(commands) + "\n"), stdout=out)
    assert "Too many commands" not in out.getvalue()
    assert await app.db.rounds.correction(scenario.round_a, "men") == 44
