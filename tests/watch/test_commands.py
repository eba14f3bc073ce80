"""/watch, /watching and /unwatch as a person in a private chat uses them, and what a group gets."""

from __future__ import annotations

import dataclasses

import pytest

from bot.app import open_app
from bot.dispatcher import Incoming
from bot.render import render_plain
from bot.watch.keys import watch_keys
from handlers.watch import MAX_WATCHES
from tests.conftest import fixed_clock, table_dump


async def test_watch_by_a_declined_russian_spelling_confirms_the_person_and_their_status(say):
    answer = await say("/watch Максима Знака")
    assert "You are now watching Maxim Znak." in answer
    assert "Status: held" in answer


async def test_watching_lists_the_person_with_a_button_to_stop(say):
    await say("/watch Максима Знака")
    answer = await say("/watching")
    assert "You watch 1 person:" in answer and "Maxim Znak" in answer
    assert "[Stop watching Maxim Znak] /unwatch #" in answer


async def test_watching_the_same_person_twice_keeps_one_watch(say, app):
    await say("/watch Максима Знака")
    assert "You already watch Maxim Znak." in await say("/watch Maxim Znak")
    assert await app.db.watches.count("telegram", "5001") == 1


async def test_unwatch_by_another_spelling_stops_the_watch(say):
    await say("/watch Максима Знака")
    assert "You no longer watch Maxim Znak." in await say("/unwatch Максім Знак")
    assert "You watch no one." in await say("/watching")


async def test_unwatch_of_someone_not_watched_says_so(say):
    assert "You were not watching Maxim Znak." in await say("/unwatch Znak")


async def test_each_chat_sees_only_its_own_watches(say):
    await say("/watch Максима Знака", chat="5001")
    assert "You watch no one." in await say("/watching", chat="5002")


async def test_a_name_no_one_has_is_answered_and_nothing_is_stored(say, app):
    assert "No one named “Невядомы Чалавек” is in the registry." in await say("/watch Невядомы Чалавек")
    assert await app.db.watches.count("telegram", "5001") == 0


async def test_in_a_group_watch_explains_that_watches_are_private_and_stores_nothing(say, config):
    before = table_dump(config.db_path)
    answer = await say("/watch Максима Знака", chat="-100777", kind="group")
    assert "Watches are private: send /watch to me in a private chat. Nothing was stored here." in answer
    assert table_dump(config.db_path) == before


async def test_a_chat_may_watch_at_most_twenty_people(say, app, config):
    keys = watch_keys(config.watch_secret)
    async with app.db.transaction():  # nineteen watches made before (by number: people of a registry)
        for pid in range(1000, 1000 + MAX_WATCHES - 1):
            await app.db.watches.add("telegram", "5001", keys.person("telegram", "5001", pid), "en", "2025-02-01")
    assert "You are now watching Maxim Znak." in await say("/watch Максима Знака")
    answer = await say("/watch Kalesnikava")
    assert "You watch 20 people already, the most one chat may watch. Stop one with /unwatch first." in answer
    assert await app.db.watches.count("telegram", "5001") == MAX_WATCHES == 20


async def test_the_reply_is_in_the_chats_language(say):
    answer = await say("/watch Максима Знака", lang="be")
    assert "Максім Знак" in answer and "You are now" not in answer


async def test_without_a_secret_watch_is_refused_with_a_localized_answer_and_nothing_stored(config):
    plain = dataclasses.replace(config, watch_secret=None)
    async with open_app(plain, clock=fixed_clock) as app:
        before = table_dump(plain.db_path)
        reply = await app.dispatcher.handle(Incoming(platform="telegram", chat_id="5001", user_id="5001",
                                                     text="/watch Максима Знака", client_language="ru"))
        answer = render_plain(reply)
    assert "Watching is not available" not in answer and "оператор" in answer
    assert table_dump(plain.db_path) == before


@pytest.mark.parametrize("command", ["/watching", "/unwatch Znak"])
async def test_in_a_group_listing_and_stopping_are_refused_too(say, command):
    assert "Watches are private" in await say(command, chat="-100777", kind="group")


async def test_forget_deletes_the_chats_watches_and_says_so(say, app):
    await say("/watch Максима Знака")
    await say("/watch Kalesnikava")
    answer = await say("/forget")
    assert "the people this chat watched, and their notifications not yet sent (2)" in answer
    assert await app.db.watches.count("telegram", "5001") == 0
    async with app.db.conn.execute("SELECT count(*) FROM subscriptions WHERE purpose = 'watch'") as cur:
        assert (await cur.fetchone())[0] == 0


async def test_unwatching_the_last_person_removes_the_chats_notification_target(say, app):
    await say("/watch Максима Знака")
    await say("/unwatch Знак")
    async with app.db.conn.execute("SELECT count(*) FROM subscriptions WHERE chat_id = '5001'") as cur:
        assert (await cur.fetchone())[0] == 0
