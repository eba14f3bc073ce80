"""A flood of inline queries from one person is cut off after a budget; others are still answered."""

from __future__ import annotations

import asyncio

from bot.transports.telegram.inline import inline_limiter
from tests.telegram.fake_api import FakeBotApi, inline_update


async def test_a_flood_of_inline_queries_is_cut_off_and_other_people_are_still_answered(fake_api: FakeBotApi,
                                                                                       telegram):
    budget = inline_limiter().burst
    for i in range(budget + 40):
        fake_api.push(inline_update(9001, f"Bialiatski {i}"))
    other = inline_update(9002, "Bialiatski")
    fake_api.push(other)
    await fake_api.wait_for(lambda: len(fake_api.ok_calls("answerInlineQuery")) >= budget + 1, timeout=15)
    await asyncio.sleep(0.5)
    answered = len(fake_api.ok_calls("answerInlineQuery"))
    assert budget + 1 <= answered <= budget + 2  # the flooder's budget (plus a refill) and the other person
    assert other["inline_query"]["id"] in {str(c.params["inline_query_id"]) for c in fake_api.ok_calls(
        "answerInlineQuery")}
