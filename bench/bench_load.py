"""Load test: many simulated users sending commands through the Telegram transport.

Each user is a private chat that sends a command, waits for the answer, thinks for a while (on
average `--think` seconds, well under the per-user limit of 20 commands a minute) and sends the
next, for `--seconds`. The real python-telegram-bot Application long-polls the fake Bot API
server, which also receives the answers (it enforces no flood limit here: replies are measured,
not paced). Printed: errors (no answer within 10 s, or "Something went wrong"), flood answers,
throughput and latency from update to answer (p50, p99). Baseline, same process: the
dispatcher alone answering the same commands, one at a time.

Run: PYTHONPATH=. python bench/bench_load.py [--users 1000] [--seconds 60] [--think 6]
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import random
import sys
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.app import open_app  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.dispatcher import Incoming  # noqa: E402
from bot.transports.telegram import TelegramTransport  # noqa: E402
from tests.telegram.fake_api import FakeBotApi, FakeLimits, message_update  # noqa: E402

TOKEN = "123456:LOAD"
COMMANDS = ["/total", "/latest", "/prisoner Bialiatski", "/rounds", "/help", "/lang", "/round 1"]
ANSWER_TIMEOUT = 10.0
FIRST_USER = 30_000_000


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else float("nan")


class CountingBotApi(FakeBotApi):
    """The fake server, waking the simulated user whose chat just got an answer."""

    def __init__(self) -> None:
        super().__init__(FakeLimits(per_second=None))
        self.waiting: dict[int, asyncio.Future] = {}

    async def _m_sendMessage(self, params):
        status, body = await super()._m_sendMessage(params)
        waiter = self.waiting.pop(int(params["chat_id"]), None)
        if waiter is not None and not waiter.done():
            waiter.set_result(params.get("text", ""))
        return status, body


@dataclasses.dataclass
class Results:
    latencies: list[float] = dataclasses.field(default_factory=list)
    elapsed: float = 0.0  # from the first command to the last answer
    errors: Counter = dataclasses.field(default_factory=Counter)
    flood_answers: int = 0


async def simulated_user(api: CountingBotApi, chat: int, rng: random.Random, think: float, until: float,
                         results: Results) -> None:
    await asyncio.sleep(rng.uniform(0, think))  # users do not all start at the same moment
    while time.monotonic() < until:
        answer = asyncio.get_running_loop().create_future()
        api.waiting[chat] = answer
        start = time.perf_counter()
        api.push(message_update(chat, rng.choice(COMMANDS), chat))
        try:
            text = await asyncio.wait_for(answer, ANSWER_TIMEOUT)
        except TimeoutError:
            results.errors["no answer within 10 s"] += 1
            api.waiting.pop(chat, None)
            continue
        results.latencies.append((time.perf_counter() - start) * 1000)
        if "Something went wrong" in text:
            results.errors["something went wrong"] += 1
        elif "too many commands" in text.lower() or "slow down" in text.lower():
            results.flood_answers += 1
        await asyncio.sleep(min(rng.uniform(0.5, 1.5) * think, max(0.0, until - time.monotonic())))


async def baseline(config: Config, commands: int) -> tuple[float, list[float]]:
    """The dispatcher alone: commands per second and latencies, one command at a time."""
    async with open_app(config) as app:
        latencies = []
        start = time.perf_counter()
        for i in range(commands):
            incoming = Incoming("bench", str(i), str(i), COMMANDS[i % len(COMMANDS)], "en", chat_kind="private")
            began = time.perf_counter()
            await app.dispatcher.handle(incoming)
            latencies.append((time.perf_counter() - began) * 1000)
        return commands / (time.perf_counter() - start), latencies


async def load(config: Config, users: int, seconds: float, think: float, seed: int) -> Results:
    api = CountingBotApi()
    await api.start()
    config = dataclasses.replace(config, telegram_token=TOKEN, telegram_api_base=api.url)
    results = Results()
    async with open_app(config) as app:
        transport = TelegramTransport(config, app, poll_timeout=10, run_worker=False)
        await transport.start()
        try:
            rng = random.Random(seed)
            started = time.monotonic()
            until = started + seconds
            await asyncio.gather(*(simulated_user(api, FIRST_USER + i, random.Random(rng.random()), think, until,
                                                  results) for i in range(users)))
            results.elapsed = time.monotonic() - started
        finally:
            await transport.stop()
    await api.stop()
    return results


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, default=6.0, help="mean seconds between a user's commands")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    with tempfile.TemporaryDirectory() as tmp:
        config = Config(db_path=Path(tmp) / "load.sqlite3")
        base_rate, base_latencies = await baseline(config, 2000)
        results = await load(config, args.users, args.seconds, args.think, args.seed)
    elapsed = results.elapsed
    answered = len(results.latencies)
    errors = sum(results.errors.values())
    rate = answered / elapsed
    print(f"load: {args.users} users, one command every ~{args.think:.0f} s each (offered"
          f" ~{args.users / args.think:.0f}/s once all have started), for {args.seconds:.0f} s")
    print(f"errors: {errors} {dict(results.errors) if errors else ''}".rstrip())
    print(f"flood answers (per-user limit): {results.flood_answers}")
    print(f"throughput: {answered} commands answered in {elapsed:.1f} s = {rate:.1f} commands/s")
    print(f"latency update → answer: p50 {percentile(results.latencies, 50):.1f} ms,"
          f" p99 {percentile(results.latencies, 99):.1f} ms, max {max(results.latencies, default=0):.1f} ms")
    b50, p50 = percentile(base_latencies, 50), percentile(results.latencies, 50)
    print(f"baseline dispatcher alone (same commands, one at a time): {base_rate:.0f} commands/s,"
          f" p50 {b50:.2f} ms, p99 {percentile(base_latencies, 99):.2f} ms; through Telegram under load p50 is"
          f" {p50 / b50:.0f}x that, and the load is {rate / base_rate:.2f} of the dispatcher's sequential rate")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
