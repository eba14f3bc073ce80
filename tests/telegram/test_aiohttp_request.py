"""The aiohttp requests the bot sends Telegram with: every answer and every fault of the Bot API reaches
the bot as the same error python-telegram-bot's httpx requests give, so replies, posts and the long
poll retry, wait or give up exactly as before."""

from __future__ import annotations

import pytest
from telegram import Bot
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.request import HTTPXRequest

from bot.reply import Button, Image, Reply
from bot.transports.telegram.aiohttp_request import AiohttpRequest
from bot.transports.telegram.replies import send_reply
from tests.telegram.conftest import TOKEN, free_port
from tests.telegram.fake_api import FakeBotApi

CHAT = 4101
TEXT = "<b>Апошняя хваля памілаванняў</b>: 16 чалавек, сярод іх Ales Bialiatski & «Вясна»"


def bot_with(request_class, url: str, read_timeout: float = 5.0) -> Bot:
    return Bot(TOKEN, base_url=f"{url}/bot", request=request_class(read_timeout=read_timeout),
               get_updates_request=request_class())


async def error_of(request_class, api: FakeBotApi, arrange, read_timeout: float = 5.0) -> TelegramError | None:
    """What sending TEXT to a chat raises after `arrange(api)` set up the server's answer."""
    arrange(api)
    async with bot_with(request_class, api.url, read_timeout) as bot:
        try:
            await bot.send_message(CHAT, TEXT)
        except TelegramError as exc:
            return exc
    return None


def _blocked(api: FakeBotApi) -> None:
    api.blocked.add(CHAT)


def _migrated(api: FakeBotApi) -> None:
    api.migrated[CHAT] = -100777


FAULTS = {
    "429": lambda api: api.fail_next("sendMessage", "429"),
    "500": lambda api: api.fail_next("sendMessage", "500"),
    "502": lambda api: api.fail_next("sendMessage", "502"),
    "connection reset": lambda api: api.fail_next("sendMessage", "reset"),
    "blocked by the user": _blocked,
    "group became a supergroup": _migrated,
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
async def test_a_bot_api_fault_raises_the_error_httpx_raises(fake_api: FakeBotApi, fault: str):
    expected = await error_of(HTTPXRequest, fake_api, FAULTS[fault])
    got = await error_of(AiohttpRequest, fake_api, FAULTS[fault])
    assert type(got) is type(expected) and isinstance(got, NetworkError | RetryAfter | Forbidden | ChatMigrated)


async def test_a_request_hanging_past_the_read_timeout_is_timed_out(fake_api: FakeBotApi):
    fake_api.hang_seconds = 1.5

    def hang(api: FakeBotApi) -> None:
        api.fail_next("sendMessage", "timeout")

    expected = await error_of(HTTPXRequest, fake_api, hang, read_timeout=0.5)
    got = await error_of(AiohttpRequest, fake_api, hang, read_timeout=0.5)
    assert isinstance(expected, TimedOut) and isinstance(got, TimedOut)


async def test_a_bot_api_server_that_is_down_is_a_network_error_not_a_crash():
    with pytest.raises(NetworkError) as raised:
        async with bot_with(AiohttpRequest, f"http://127.0.0.1:{free_port()}") as bot:  # getMe first
            await bot.send_message(CHAT, TEXT)
    assert not isinstance(raised.value, TimedOut)


async def test_an_answer_that_is_not_json_is_the_invalid_response_httpx_reports(fake_api: FakeBotApi):
    def garble(api: FakeBotApi) -> None:
        api.fail_next("sendMessage", "garbled")

    expected = await error_of(HTTPXRequest, fake_api, garble)
    got = await error_of(AiohttpRequest, fake_api, garble)
    assert type(got) is type(expected) is TelegramError and got.message == expected.message == "Invalid server response"


async def test_a_message_too_long_is_a_bad_request(fake_api: FakeBotApi):
    async with bot_with(AiohttpRequest, fake_api.url) as bot:
        with pytest.raises(BadRequest, match="(?i)message is too long"):
            await bot.send_message(CHAT, "Вясна " * 800)


async def test_a_reply_arrives_with_its_text_and_buttons_as_sent(fake_api: FakeBotApi):
    reply = Reply().add("Ales Bialiatski & <Viasna> — вызвалены")
    reply.buttons.append(Button("Наступная старонка", "/rounds 2"))
    async with bot_with(AiohttpRequest, fake_api.url) as bot:
        (sent,) = await send_reply(bot, str(CHAT), reply, thread_id="7")
    (shown,) = fake_api.messages[CHAT]
    assert shown["text"] == "Ales Bialiatski &amp; &lt;Viasna&gt; — вызвалены"
    assert sent == shown["message_id"]
    assert shown["reply_markup"]["inline_keyboard"][0][0] == {"text": "Наступная старонка",
                                                              "callback_data": "/rounds 2"}
    assert shown["message_thread_id"] == 7


async def test_a_chart_is_uploaded_as_a_photo_with_its_caption(fake_api: FakeBotApi):
    reply = Reply().add("Вызвалены па хвалях")
    reply.image = Image(png=b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    async with bot_with(AiohttpRequest, fake_api.url) as bot:
        await send_reply(bot, str(CHAT), reply, thread_id="9")
    (call,) = fake_api.ok_calls("sendPhoto")
    assert call.params["caption"] == "Вызвалены па хвалях" and call.params["message_thread_id"] == "9"
    assert call.params["photo"]["file"]



async def test_requests_go_through_the_proxy_set_in_the_environment(fake_api: FakeBotApi, monkeypatch):
    proxy = FakeBotApi()  # it answers what reaches it, as a proxy would pass it on
    await proxy.start()
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    for unset in ("NO_PROXY", "no_proxy", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(unset, raising=False)
    try:
        async with bot_with(AiohttpRequest, fake_api.url) as bot:
            await bot.send_message(CHAT, TEXT)
    finally:
        await proxy.stop()
    assert proxy.texts_to(CHAT) == [TEXT] and not fake_api.calls
