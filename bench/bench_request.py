"""The bot's CPU per Bot API call: python-telegram-bot's HTTPXRequest (the library's default), the
aiohttp request as the previous round sent it (form fields, answers decoded by the standard library;
bench/bench_load.py's FormRequest) and bot/transports/telegram/aiohttp_request.py (JSON bodies and
answers through orjson), in the same run, against the same server.

The fake Bot API server (tests/telegram/fake_api.py, no flood limit) runs in a process of its own so
that this process's CPU time is the client's alone. For each request class, a `telegram.Bot` sends
--calls messages (`send_message` with the bot's usual HTML and no preview, so PTB's own work on the
call and on the Message it gets back is counted too), --concurrency at a time, after a warm-up;
then the same through `Bot.do_api_request` without building a Message (how the bot sends its
replies, bot/transports/telegram/replies.py); then the same count of bare requests (`do_request`,
no PTB around it). Printed: CPU per call and calls per second of wall time for each, and the ratios.

Run: PYTHONPATH=. python bench/bench_request.py [--calls 3000] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import sys
import time
import warnings
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from telegram import Bot, LinkPreviewOptions  # noqa: E402
from telegram.constants import ParseMode  # noqa: E402
from telegram.request import BaseRequest, HTTPXRequest, RequestData  # noqa: E402
from telegram.request._requestparameter import RequestParameter  # noqa: E402

from bench.bench_load import FormRequest  # noqa: E402
from bot.transports.telegram.aiohttp_request import AiohttpRequest  # noqa: E402
from bot.transports.telegram.replies import SEND_MESSAGE  # noqa: E402
from tests.telegram.fake_api import FakeBotApi, FakeLimits  # noqa: E402

TOKEN = "123456:REQUEST"
CHAT = 5001
# A reply as the bot sends it: /total in Belarusian (about 900 characters of HTML with links).
TEXT = ("<b>Вызвалены з ліпеня 2024 года</b>\n"
        "<b>569 чалавек</b> — «Вясна», паводле <a href=\"https://www.ekhokavkaza.com/a/v-belarusi-ukazom-"
        "lukashenko-pomilovany-22-cheloveka-/33636325.html\">Echo of the Caucasus (RFE/RL)</a>, 30 снежня 2025 г.\n"
        "+319 ад папярэдняй лічбы (250 — <a href=\"https://pozirk.online/en/news/122303\">Pozirk</a>,"
        " 18 студзеня 2025 г.)\n"
        "Уласны падлік Pardon Watch: 823 чалавекі — столькі вызвалена ў 21 хвалі, вядомай яму з ліпеня 2024 года"
        " (апошняя — 2026)\n\n"
        "<b>Палітвязні, якія застаюцца за кратамі</b>\n"
        "<b>897</b> — «Вясна», паводле <a href=\"https://reform.news/be/vjasna-paslja-pamilavannja-u-belarusi-"
        "zastaecca-897-palitvjaznja/amp\">Reform.news</a>, 2026\n"
        "−243 ад папярэдняй лічбы (1 140 — «Вясна», паводле <a href=\"https://www.eurointegration.com.ua/rus/"
        "news/2026/03/5/7232598/\">Eurointegration</a>, 5 сакавіка 2026 г.)")


def serve(pipe: Connection) -> None:
    """The other process: the fake Bot API until told to stop."""

    async def run() -> None:
        api = FakeBotApi(FakeLimits(per_second=None))
        await api.start()
        pipe.send(api.url)
        await asyncio.to_thread(pipe.recv)
        await api.stop()

    asyncio.run(run())


async def measure(calls: int, concurrency: int, call) -> tuple[float, float]:
    """CPU ms per call and calls per second of wall time, `concurrency` calls in flight."""
    queue = iter(range(calls))

    async def worker() -> None:
        for _ in queue:
            await call()

    cpu, wall = time.process_time(), time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return cpu / calls * 1000, calls / wall


async def bench(name: str, make_request, url: str, args: argparse.Namespace) -> dict[str, tuple[float, float]]:
    bot = Bot(TOKEN, base_url=f"{url}/bot", request=make_request(), get_updates_request=make_request())
    preview = LinkPreviewOptions(is_disabled=True)

    async def send() -> None:
        await bot.send_message(CHAT, TEXT, parse_mode=ParseMode.HTML, link_preview_options=preview)

    async def send_without_message() -> None:
        await bot.do_api_request(SEND_MESSAGE, {"chat_id": CHAT, "text": TEXT, "parse_mode": ParseMode.HTML,
                                                "link_preview_options": preview})

    request: BaseRequest = make_request()
    data = RequestData([RequestParameter("chat_id", CHAT, []), RequestParameter("text", TEXT, []),
                        RequestParameter("parse_mode", "HTML", [])])

    async def bare() -> None:
        status, _ = await request.do_request(f"{url}/bot{TOKEN}/sendMessage", "POST", data)
        assert status == 200

    results = {}
    async with bot, request:
        for label, call in (("send_message", send), ("no Message", send_without_message), ("bare request", bare)):
            await measure(200, args.concurrency, call)  # warm: connections open, code paths run
            results[label] = await measure(args.calls, args.concurrency, call)
            print(f"  {name:15} {label:13} {results[label][0]:6.3f} ms CPU per call"
                  f"  {results[label][1]:7.0f} calls/s", flush=True)
    return results


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    context = multiprocessing.get_context("spawn")
    pipe, child_end = context.Pipe()
    server = context.Process(target=serve, args=(child_end,), daemon=True)
    server.start()
    url = await asyncio.to_thread(pipe.recv)
    print(f"{args.calls} calls each, {args.concurrency} at a time, to the fake Bot API in another process:")
    try:
        httpx = await bench("HTTPXRequest", HTTPXRequest, url, args)
        forms = await bench("forms (before)", FormRequest, url, args)
        aiohttp = await bench("AiohttpRequest", AiohttpRequest, url, args)
    finally:
        pipe.send("stop")
        server.join(10)
    for label in httpx:
        print(f"{label}: AiohttpRequest costs {aiohttp[label][0] / httpx[label][0]:.2f}x the CPU of httpx"
              f" and {aiohttp[label][0] / forms[label][0]:.2f}x that of the forms per call")
    print(f"a reply as the bot sends it (JSON, no Message) costs {aiohttp['no Message'][0] / forms['send_message'][0]:.2f}x"
          " the CPU of send_message with forms, as the previous round sent it")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
