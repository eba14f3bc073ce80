"""Buttons for ambiguous names, inline mode, and the localized command menus."""

from __future__ import annotations

import pytest

from bot.transports.telegram import TelegramTransport
from tests.telegram.fake_api import FakeBotApi, callback_update, inline_update


@pytest.fixture
async def two_bialiatskis(telegram: TelegramTransport) -> int:
    """A second prisoner with the same surname as Ales Bialiatski; returns the new one's id."""
    db = telegram.app.db
    new_id = await db.prisoners.add(name_en="Siarhei Bialiatski", name_be="Сяргей Бяляцкі",
                                    name_ru="Сергей Беляцкий", now="2025-01-01")
    await telegram.app.directory.load()
    return new_id


async def test_an_ambiguous_name_is_answered_with_a_button_per_person(tg_ask, fake_api: FakeBotApi,
                                                                      two_bialiatskis: int):
    answer = await tg_ask("/prisoner Бяляцкі", chat_id=6001, language="be")
    assert answer.startswith("Пад запыт падыходзяць некалькі чалавек.")
    keyboard = fake_api.messages[6001][-1]["reply_markup"]["inline_keyboard"]
    labels = {row[0]["text"]: row[0]["callback_data"] for row in keyboard}
    assert labels["Сяргей Бяляцкі"] == f"/prisoner #{two_bialiatskis}"
    assert "Алесь Бяляцкі" in labels


async def test_pressing_a_button_answers_with_that_persons_card(fake_api: FakeBotApi, two_bialiatskis: int):
    fake_api.push(callback_update(6002, 6002, f"/prisoner #{two_bialiatskis}", language="ru"))
    await fake_api.wait_for(lambda: fake_api.messages.get(6002))
    assert fake_api.texts_to(6002)[0].startswith("<b>Сергей Беляцкий</b>")
    await fake_api.wait_for(lambda: fake_api.ok_calls("answerCallbackQuery"))


async def test_an_inline_query_offers_prisoner_cards_and_the_latest_round(fake_api: FakeBotApi,
                                                                          telegram: TelegramTransport):
    fake_api.push(inline_update(6003, "Bialiatski", language="en"))
    await fake_api.wait_for(lambda: fake_api.ok_calls("answerInlineQuery"))
    (call,) = fake_api.ok_calls("answerInlineQuery")
    titles = [r["title"] for r in call.params["results"]]
    assert titles[0] == "Ales Bialiatski"
    assert titles[-1] == "Latest pardon round"
    card = call.params["results"][0]["input_message_content"]
    assert card["parse_mode"] == "HTML" and card["message_text"].startswith("<b>Ales Bialiatski</b>")
    assert int(call.params["cache_time"]) > 0


async def test_an_inline_query_too_long_for_a_name_still_offers_the_latest_round(fake_api: FakeBotApi,
                                                                                telegram: TelegramTransport):
    fake_api.push(inline_update(6004, "x" * 250, language="be"))
    await fake_api.wait_for(lambda: fake_api.ok_calls("answerInlineQuery"))
    (call,) = fake_api.ok_calls("answerInlineQuery")
    assert [r["title"] for r in call.params["results"]] == ["Апошняя хваля памілаванняў"]


async def test_menus_are_registered_for_every_language_and_kind_of_chat(fake_api: FakeBotApi,
                                                                        telegram: TelegramTransport):
    menus = {(c.params.get("language_code"), c.params["scope"]["type"]): c.params["commands"]
             for c in fake_api.ok_calls("setMyCommands")}
    assert set(menus) == {(lang, scope) for lang in ("en", "be", "ru", None)
                          for scope in ("default", "all_private_chats", "all_group_chats", "all_chat_administrators")}
    names = {key: [c["command"] for c in commands] for key, commands in menus.items()}
    assert "subscribe" in names[("be", "all_chat_administrators")]
    assert "subscribe" in names[("be", "all_private_chats")]
    assert "subscribe" not in names[("be", "all_group_chats")]
    descriptions = {lang: {c["command"]: c["description"] for c in menus[(lang, "all_private_chats")]}
                    for lang in ("en", "be", "ru")}
    assert descriptions["en"]["latest"] == "the newest pardon round"
    assert descriptions["be"]["latest"] == "апошняя хваля памілаванняў"
    assert descriptions["ru"]["latest"] == "последняя волна помилований"
