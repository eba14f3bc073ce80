"""/forget deletes what is held about a user; a flood of commands is answered once, then ignored."""

import sqlite3

from bot.dispatcher import Incoming
from bot.ratelimit import RateLimiter, Verdict


async def test_forget_deletes_the_chat_language_and_says_so(app, ask, config):
    await ask("/lang be")
    reply = await ask("/forget")
    assert "мова" in reply  # told in the language the user was using
    with sqlite3.connect(config.db_path) as conn:
        assert conn.execute("SELECT count(*) FROM chats").fetchone()[0] == 0


async def test_forget_with_nothing_held_says_there_was_nothing(ask):
    assert "nothing to delete" in await ask("/forget", "en")


async def test_forget_removes_a_moderators_id_from_the_audit_log(app, ask, config):
    await app.db.roles.add_moderator("console", "mod7", "2025-01-01")
    await app.db.audit.record(actor="console:mod7", action="correct", target="round 1", before=1, after=2,
                              reason=None, now="2025-01-01")
    reply = await ask("/forget", "en", user="mod7")
    assert "moderator role" in reply and "audit log" in reply
    with sqlite3.connect(config.db_path) as conn:
        assert conn.execute("SELECT count(*) FROM audit_log WHERE actor LIKE '%mod7%'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM audit_log").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM roles").fetchone()[0] == 0


async def test_a_flood_is_answered_once_then_ignored(app):
    app.dispatcher.limiter = RateLimiter(burst=3, per_minute=6)
    replies = [await app.dispatcher.handle(Incoming("telegram", "5", "5", "/latest", "en")) for _ in range(10)]
    answered = [r for r in replies if r is not None]
    assert len(answered) == 4
    assert "Too many commands" in answered[-1].plain_text
    other_user = await app.dispatcher.handle(Incoming("telegram", "6", "6", "/latest", "en"))
    assert other_user is not None and "Latest" in other_user.plain_text


def test_the_limiter_lets_a_user_back_in_after_the_pause():
    now = [0.0]
    limiter = RateLimiter(burst=1, per_minute=60, pause_seconds=30, clock=lambda: now[0])
    assert limiter.check("u") is Verdict.ALLOW
    assert limiter.check("u") is Verdict.WARN
    assert limiter.check("u") is Verdict.DROP
    now[0] = 31
    assert limiter.check("u") is Verdict.ALLOW


def test_the_limiter_remembers_a_bounded_number_of_users():
    limiter = RateLimiter(max_users=100)
    for i in range(1000):
        limiter.check(f"user{i}")
    assert len(limiter._buckets) == 100
