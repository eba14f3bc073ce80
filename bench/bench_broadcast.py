"""Benchmark: auto-posting and command latency on Telegram, against the fake Bot API server.

1. Broadcast one round to 10,000 subscribed chats while the fake server enforces 30 messages/s
   (and 1/s per chat, 20/min per group): the outbox's achieved rate as a fraction of the limit.
   Baseline, same process: a naive sequential sendMessage loop, which ignores the limits.
2. Latency from update to reply over 1,000 commands through the real Application (long polling),
   p50 and p99. Baseline, same process: the dispatcher alone, without Telegram.

Run: PYTHONPATH=. python bench/bench_broadcast.py [--chats 10000] [--commands 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dt
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from telegram import Bot  # noqa: E402
from telegram.error import RetryAfter  # noqa: E402

from bot.app import open_app  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.dispatcher import Incoming  # noqa: E402
from bot.outbox import OutboxWorker, schedule_round  # noqa: E402
from bot.storage import Database  # noqa: E402
from bot.transports.telegram import TelegramTransport  # noqa: E402
from bot.transports.telegram.sender import TelegramPostSender  # noqa: E402
from tests.telegram.fake_api import FakeBotApi, FakeLimits, message_update  # noqa: E402
from tests.telegram.test_broadcast import chat_ids, newest_round, subscribe_all  # noqa: E402

TOKEN = "123456:BENCH"
LIMIT = 30
COMMANDS = ["/total", "/latest", "/prisoner Bialiatski", "/rounds", "/help"]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


async def bench_outbox(workdir: Path, chats: int) -> None:
    api = FakeBotApi(FakeLimits(per_second=LIMIT, chat_interval=1.0, group_per_minute=20))
    await api.start()
    config = Config(db_path=workdir / "broadcast.sqlite3")
    ids = chat_ids(chats)
    async with open_app(config) as app:
        await subscribe_all(app.db, ids)
        await schedule_round(app.db, await newest_round(app.db), dt.datetime.now(dt.UTC))
    db = await Database.open(config.db_path)
    async with Bot(TOKEN, base_url=f"{api.url}/bot") as bot:
        worker = OutboxWorker(db, {"telegram": TelegramPostSender(bot)})
        task = asyncio.create_task(worker.run())
        start = time.monotonic()
        await api.wait_for(lambda: sum(map(bool, api.messages.values())) >= chats, timeout=chats / LIMIT * 3 + 60)
        elapsed = time.monotonic() - start
        worker.stop()
        await task
    await db.close()
    once = sum(1 for c in ids if len(api.messages.get(c, [])) == 1)
    rate = chats / elapsed
    print(f"outbox broadcast: {chats} chats in {elapsed:.1f} s = {rate:.1f} msg/s = {rate / LIMIT:.2f} of the "
          f"{LIMIT}/s limit; {once} chats got exactly one post; {api.refused(429)} answers were 429")

    # Baseline: as fast as possible, one after the other, ignoring rate limits (a 429 loses the post).
    api.messages.clear()
    api.calls.clear()
    sample = [10_000_000 + i for i in range(min(chats, 600))]
    delivered = 0
    async with Bot(TOKEN, base_url=f"{api.url}/bot") as bot:
        start = time.monotonic()
        for chat in sample:
            try:
                await bot.send_message(chat, "round")
                delivered += 1
            except RetryAfter:
                pass
        elapsed = time.monotonic() - start
    attempts = len(sample) / elapsed
    print(f"baseline naive loop: {len(sample)} sends in {elapsed:.1f} s = {attempts:.0f} attempts/s "
          f"({attempts / LIMIT:.0f}x the limit): {delivered} delivered, {len(sample) - delivered} "
          f"({(len(sample) - delivered) / len(sample):.0%}) lost to 429")
    await api.stop()


async def bench_latency(workdir: Path, commands: int) -> None:
    api = FakeBotApi(FakeLimits(per_second=None))
    await api.start()
    config = dataclasses.replace(Config(db_path=workdir / "latency.sqlite3"), telegram_token=TOKEN,
                                 telegram_api_base=api.url)
    async with open_app(config) as app:
        # Baseline: the dispatcher alone (parsing, database, handler), no Telegram.
        direct = []
        for i in range(commands):
            incoming = Incoming("bench", str(i), str(i), COMMANDS[i % len(COMMANDS)], "en")
            start = time.perf_counter()
            await app.dispatcher.handle(incoming)
            direct.append((time.perf_counter() - start) * 1000)
        transport = TelegramTransport(config, app, poll_timeout=10, run_worker=False)
        await transport.start()
        latencies = []
        try:
            for i in range(commands):
                chat = 20_000 + i  # one command per chat: no per-user rate limit in the way
                start = time.perf_counter()
                api.push(message_update(chat, COMMANDS[i % len(COMMANDS)], chat))
                await api.wait_for(lambda chat=chat: chat in api.messages, timeout=30)
                latencies.append((time.perf_counter() - start) * 1000)
        finally:
            await transport.stop()
    await api.stop()
    p50, p99 = percentile(latencies, 50), percentile(latencies, 99)
    b50, b99 = percentile(direct, 50), percentile(direct, 99)
    print(f"update → reply through the Application: {commands} commands, p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
          f"mean {statistics.fmean(latencies):.1f} ms")
    print(f"baseline dispatcher alone: p50 {b50:.2f} ms, p99 {b99:.2f} ms; Telegram transport adds "
          f"{p50 - b50:.1f} ms at p50 ({p50 / b50:.0f}x)")


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--chats", type=int, default=10_000)
    parser.add_argument("--commands", type=int, default=1_000)
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)  # PTB's retry_after type transition
    with tempfile.TemporaryDirectory() as tmp:
        await bench_latency(Path(tmp), args.commands)
        await bench_outbox(Path(tmp), args.chats)


if __name__ == "__main__":
    asyncio.run(main())
