"""Command round trips through the real Application and the fake Bot API, in all three languages."""

from __future__ import annotations

import pytest

from tests.telegram.fake_api import FakeBotApi


async def test_latest_answers_with_the_newest_round_in_html(tg_ask, fake_api: FakeBotApi):
    answer = await tg_ask("/latest")
    assert "<b>Latest pardon round</b>" in answer
    (call,) = [c for c in fake_api.ok_calls("sendMessage") if c.params["chat_id"] == "5001"]
    assert call.params["parse_mode"] == "HTML"


@pytest.mark.parametrize(("language", "expected"), [("en", "Released since July 2024"),
                                                    ("be", "Вызвалены з ліпеня 2024"),
                                                    ("ru", "Освобождены с июля 2024")])
async def test_total_answers_in_the_users_client_language(tg_ask, language: str, expected: str):
    assert expected in await tg_ask("/total", language=language)
