"""Command round trips through the real Application and the fake Bot API, in all three languages."""

from __future__ import annotations

import pytest

from tests.telegram.fake_api import FakeBotApi


@pytest.mark.parametrize(("language", "title"), [("en", "Latest pardon round"),
                                                 ("be", "Апошняя хваля памілаванняў"),
                                                 ("ru", "Последняя волна помилований")])
async def test_latest_answers_with_the_newest_round_in_the_users_language(tg_ask, language: str, title: str):
    answer = await tg_ask("/latest", language=language)
    assert f"<b>{title}</b>" in answer


async def test_replies_are_sent_as_telegram_html_without_link_previews(tg_ask, fake_api: FakeBotApi):
    await tg_ask("/latest", chat_id=5002)
    (call,) = [c for c in fake_api.ok_calls("sendMessage") if c.params["chat_id"] == "5002"]
    assert call.params["parse_mode"] == "HTML"
    assert call.params["link_preview_options"]["is_disabled"] is True


@pytest.mark.parametrize(("language", "expected"), [("en", "Released since July 2024"),
                                                    ("be", "Вызвалены з ліпеня 2024 года"),
                                                    ("ru", "Освобождены с июля 2024 года")])
async def test_total_answers_in_the_users_client_language(tg_ask, language: str, expected: str):
    assert expected in await tg_ask("/total", language=language)


@pytest.mark.parametrize(("language", "query", "name"), [("en", "Tsikhanouski", "Siarhei Tsikhanouski"),
                                                         ("be", "Ціханоўскі", "Сяргей Ціханоўскі"),
                                                         ("ru", "Тихановский", "Сергей Тихановский")])
async def test_prisoner_answers_with_the_card_in_the_users_language(tg_ask, language: str, query: str, name: str):
    answer = await tg_ask(f"/prisoner {query}", language=language)
    assert answer.startswith(f"<b>{name}</b>")


@pytest.mark.parametrize(("command", "confirmation", "title"), [
    ("/lang be", "Цяпер я буду адказваць тут па-беларуску.", "Апошняя хваля памілаванняў"),
    ("/lang ru", "Теперь я буду отвечать здесь по-русски.", "Последняя волна помилований"),
    ("/lang en", "From now on I will answer here in English.", "Latest pardon round"),
])
async def test_lang_changes_the_language_of_the_following_replies(tg_ask, command: str, confirmation: str,
                                                                  title: str):
    other = "ru" if "be" in command else "be"
    assert await tg_ask(command, chat_id=5003, language=other) == confirmation
    assert title in await tg_ask("/latest", chat_id=5003, language=other)


async def test_a_command_addressed_to_another_bot_gets_no_answer_in_a_group(tg_ask, fake_api: FakeBotApi):
    answer = await tg_ask("/latest@PardonWatchTestBot", chat_id=-1005, user_id=71)
    assert "Latest pardon round" in answer
    from tests.telegram.fake_api import message_update

    fake_api.push(message_update(-1005, "/latest@SomeOtherBot", 71))
    fake_api.push(message_update(-1005, "just talking", 71))
    await tg_ask("/total", chat_id=-1005, user_id=71)  # answered after the two above were handled
    assert len(fake_api.messages[-1005]) == 2


async def test_plain_text_in_a_private_chat_gets_the_hint_to_send_help(tg_ask):
    assert await tg_ask("hello", language="be") == "Каманды пачынаюцца з «/». Дашліце /help, каб убачыць іх."
