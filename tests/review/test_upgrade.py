"""Trust's tables reach databases of every schema that ever ran: the first release (version 7), a
database at version 12, and one that main wrote before trust landed (version 17, without 0014 and
0015, whose numbers are lower): subscriptions get explicit policies, posts already sent stay sent,
moderators get review cards, seeded rounds count as confirmed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.app import open_app
from bot.config import Config
from bot.review import load_trust
from bot.storage.db import LANDED_LATE, migrations
from tests.conftest import fixed_clock

# The migrations each landed schema holds: the first release, history's, and main before trust.
FIRST_RELEASE = [n for n, _name, _script in migrations() if n <= 7]
VERSION_12 = [n for n, _name, _script in migrations() if n <= 12 and n not in LANDED_LATE]
MAIN_BEFORE_TRUST = [n for n, _name, _script in migrations() if n <= 17 and n not in LANDED_LATE]


def old_database(path: Path, numbers: list[int]) -> None:
    """A database as code of that time left it: those migrations run, its user_version their highest,
    and no ledger of migrations (that code kept none); two chats subscribed with a post sent to each,
    a Telegram moderator, and a round reported by one seeded article."""
    with sqlite3.connect(path) as conn:
        for number, _name, script in migrations():
            if number in numbers:
                conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {max(numbers)}")
        conn.execute("INSERT INTO rounds (id, created_at) VALUES (1, 'x')")
        for sub_id, chat in ((1, "12345"), (2, "-100777")):
            conn.execute("INSERT INTO subscriptions (id, platform, chat_id, language, created_at) VALUES"
                         " (?, 'telegram', ?, 'en', 'x')", (sub_id, chat))
            conn.execute("INSERT INTO outbox (subscription_id, round_id, body_json, content_hash, sent_hash,"
                         " message_id, state, created_at, updated_at) VALUES (?, 1, '{}', 'h', 'h', '7', 'sent',"
                         " 'x', 'x')", (sub_id,))
        conn.execute("INSERT INTO roles VALUES ('telegram', '801', 'moderator', 'x')")
        conn.execute("INSERT INTO articles (id, outlet, published, added_at, is_report) VALUES"
                     " (1, 'Pardon Watch seeds', '2019-03-01', 'x', 1)")
        if 11 in numbers:  # seeds carry ids since migration 0011
            conn.execute("UPDATE articles SET seed_id = 'old-round' WHERE id = 1")
        conn.execute("INSERT INTO round_claims (round_id, article_id, field, value, qualifier) VALUES"
                     " (1, 1, 'pardoned', 9, 'exact'), (1, 1, 'event_date', '2019-03-01', 'exact')")


@pytest.mark.parametrize("numbers", [FIRST_RELEASE, VERSION_12, MAIN_BEFORE_TRUST],
                         ids=["first release (7)", "version 12", "main before trust (17)"])
async def test_an_old_database_gets_explicit_policies_and_keeps_its_posts(tmp_path, numbers):
    path = tmp_path / "old.sqlite3"
    old_database(path, numbers)
    async with open_app(Config(db_path=path), clock=fixed_clock, seed=False) as app:
        # One's own chat keeps posting at once; a group now waits for confirmation.
        assert [(s.chat_id, s.policy) for s in await app.db.chats.subscriptions()] == \
            [("12345", "fast"), ("-100777", "confirmed")]
        assert [(r.chat_id, r.message_id) for r in await app.db.outbox.of_round(1)] == \
            [("12345", "7"), ("-100777", "7")]
        assert await app.db.outbox.state_counts() == {"sent": 2}
        assert [c.chat_id for c in await app.db.chats.review_chats()] == ["801"]
        assert await app.db.reviews.waiting() == []


async def test_a_database_main_wrote_before_trust_gets_every_migration_it_lacks(tmp_path):
    path = tmp_path / "main.sqlite3"
    old_database(path, MAIN_BEFORE_TRUST)
    async with open_app(Config(db_path=path), clock=fixed_clock, seed=False) as app:
        assert (await app.db.rounds.claims_of(1))[0].confidence == "medium"
        # Its seeded article is the project's checked record: the round is confirmed as such.
        trust = await load_trust(app.db, 1)
        assert (trust.state, trust.basis) == ("confirmed", "record")
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations()[-1][0]
        held = {r[0] for r in conn.execute("SELECT number FROM schema_migrations")}
    assert held == {n for n, _name, _script in migrations()}


async def test_a_database_upgraded_once_is_not_migrated_again(tmp_path):
    path = tmp_path / "main.sqlite3"
    old_database(path, MAIN_BEFORE_TRUST)
    for _ in range(2):
        async with open_app(Config(db_path=path), clock=fixed_clock, seed=False) as app:
            assert len(await app.db.chats.subscriptions()) == 2
