"""Writers from different tasks never share a transaction: a rollback takes only its own writes."""

import asyncio
import sqlite3


async def test_a_rolled_back_transaction_does_not_take_another_tasks_write(app, config):
    inside = asyncio.Event()

    async def failing_moderation():
        try:
            async with app.db.transaction():
                await app.db.rounds.create("2025-02-01")
                inside.set()
                await asyncio.sleep(0.05)
                raise RuntimeError("moderator's change fails")
        except RuntimeError:
            pass

    async def language_choice():
        await inside.wait()
        async with app.db.lock:
            await app.db.chats.set_language("telegram", "77", "be")

    await asyncio.gather(failing_moderation(), language_choice())
    with sqlite3.connect(config.db_path) as conn:
        assert conn.execute("SELECT language FROM chats WHERE chat_id = '77'").fetchone() == ("be",)


async def test_a_transaction_inside_a_transaction_joins_it(app, config):
    async with app.db.transaction():
        async with app.db.transaction():
            await app.db.chats.set_language("telegram", "78", "ru")
    with sqlite3.connect(config.db_path) as conn:
        assert conn.execute("SELECT count(*) FROM chats WHERE chat_id = '78'").fetchone() == (1,)
