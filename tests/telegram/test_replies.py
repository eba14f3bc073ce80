"""Sending replies: long ones split, buttons under the last message, images as photos."""

from __future__ import annotations

from telegram import Bot

from bot.reply import Button, Image, Reply
from bot.transports.telegram.replies import send_reply
from tests.telegram.conftest import TOKEN
from tests.telegram.fake_api import FakeBotApi


async def test_a_long_reply_is_split_and_its_buttons_go_under_the_last_part(fake_api: FakeBotApi):
    reply = Reply()
    for i in range(300):
        reply.add(f"Line {i}: Ales Bialiatski & <Viasna>")
    reply.buttons.append(Button("Next page", "/rounds 2"))
    async with Bot(TOKEN, base_url=f"{fake_api.url}/bot") as bot:
        await send_reply(bot, "4001", reply)
    sent = fake_api.messages[4001]
    assert len(sent) > 1 and all(len(m["text"]) <= 4096 for m in sent)
    assert "Line 299: Ales Bialiatski &amp; &lt;Viasna&gt;" in sent[-1]["text"]
    assert [m.get("reply_markup") is not None for m in sent] == [False] * (len(sent) - 1) + [True]


async def test_an_image_is_sent_as_a_photo_with_the_text_as_caption(fake_api: FakeBotApi):
    reply = Reply().add("Released per round")
    reply.image = Image(png=b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    async with Bot(TOKEN, base_url=f"{fake_api.url}/bot") as bot:
        await send_reply(bot, "4002", reply, thread_id="9")
    (call,) = fake_api.ok_calls("sendPhoto")
    assert call.params["caption"] == "Released per round" and call.params["message_thread_id"] == "9"
    assert not fake_api.ok_calls("sendMessage")


async def test_a_rate_limited_reply_waits_and_is_sent_once(fake_api: FakeBotApi):
    fake_api.force_429[4003] = 1
    async with Bot(TOKEN, base_url=f"{fake_api.url}/bot") as bot:
        await send_reply(bot, "4003", Reply().add("hello"))
    assert fake_api.texts_to(4003) == ["hello"]
    assert fake_api.refused(429) == 1
