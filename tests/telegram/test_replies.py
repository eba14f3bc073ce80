"""Sending replies: long ones split, buttons under the last message, images as photos."""

from __future__ import annotations

from telegram import Bot

from bot.reply import Button, Image, Reply
from bot.transports.telegram.replies import send_reply
from tests.telegram.conftest import TOKEN
from tests.telegram.fake_api import FakeBotApi, shown_length


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



async def test_a_long_reply_full_of_emoji_reaches_the_chat_whole(fake_api: FakeBotApi):
    # Telegram counts UTF-16 code units: each 🕊 and each flag letter is two, so 4,000 characters
    # of these lines are far over its 4,096.
    lines = [f"🕊 {i}: released 🇧🇾 — Алесь Бяляцкі 🙏🏽" for i in range(600)]
    reply = Reply()
    for line in lines:
        reply.add(line)
    async with Bot(TOKEN, base_url=f"{fake_api.url}/bot") as bot:
        await send_reply(bot, "4004", reply)
    assert "\n".join(fake_api.texts_to(4004)) == "\n".join(lines)
    assert all(shown_length(text) <= 4096 for text in fake_api.texts_to(4004))


async def test_one_enormous_line_of_flags_arrives_whole_with_every_flag_in_one_piece(fake_api: FakeBotApi):
    line = "🇧🇾🇺🇦 " * 1500 + "🇵🇱" * 1500
    async with Bot(TOKEN, base_url=f"{fake_api.url}/bot") as bot:
        await send_reply(bot, "4005", Reply().add(line))
    sent = fake_api.texts_to(4005)
    assert len(sent) > 1 and "".join(sent) == line
    assert all(len(text.replace(" ", "")) % 2 == 0 for text in sent)  # a flag is two regional indicators
