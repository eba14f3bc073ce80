"""Load capacity: commands per second the bot answers with p99 under one second, found by ramping an
open-loop offered rate, in the same run for the bot as it runs and for its baselines: the transport as
the previous round left it (form bodies, a `Message` built from every reply sent), httpx requests
(python-telegram-bot's default), a webhook instead of long polling, and every round rebuilt per
command.

The database holds a long history (bench/history.py: a registry of --prisoners people and --rounds
rounds, through the real import and ingest), copied afresh for each configuration. Commands arrive on
a schedule — random (Poisson) arrivals at the offered rate, from a pool of private chats so large
that no user nears the per-user limit — whether or not earlier ones were answered (open loop: a
slow bot is not spared new commands). The real python-telegram-bot Application long-polls the fake
Bot API server on 127.0.0.1, which also receives the answers (no flood limit: answers are measured,
not paced). The fake server and the users' schedule run in a process of their own, so that the
bot's process spends its CPU on the bot alone, as it would against Telegram. Latency runs from the
moment a command was due to its answer, so a sender that falls behind counts against the bot.

Each stage offers one rate for --stage seconds (at least --min-commands commands) and then waits
for every answer (at most 10 s). The rate grows by half each stage until p99 reaches 1 s or a
command goes unanswered or errs; then the rate is bisected --refine times between the last rate
that held and the first that did not. Capacity: the highest offered rate that held.

Configurations, same run, same history: "new" (the bot as it runs: round views and the answers built
from them kept once per change of the data, python-telegram-bot's requests sent with aiohttp as JSON
bodies, replies sent without building a `Message` from each answer, long polling); "kept" (the
transport as the previous round left it: the same requests as form fields, answers parsed by the
standard library's json, every reply through `Bot.send_message`); "httpx" (as "new" but with PTB's
default httpx requests, which send forms); "webhook" (as "new", but the load generator POSTs each
update to the bot's webhook over up to 40 connections, as Telegram does, instead of the bot
long-polling); "rebuilt" (every command builds every round afresh from all claims, as before round
views were kept; `round_cache.enabled = False`). The dispatcher is the same in all of them: the
answers kept with the round views and the reply packing are not switched off ("kept" is therefore
a little cheaper than the previous round's bot; docs/reliability.md gives main against this
branch, measured in one window).

Printed for every stage: the CPU time per answered command of each process — the bot's (transport,
dispatcher, database thread) and the load generator's (the fake Bot API server and the schedule),
which share the machine's cores; capacity depends on how much of the machine the bot gets, its CPU
per command does not. Then each command's cost through the dispatcher alone, one at a time, with
and without kept views, and a summary: each configuration's capacity and both processes' CPU per
command at that rate.

--profile RATE runs the bot alone through one stage at RATE under cProfile (its event-loop thread's
CPU time, not waits) and prints it by library and by function.

Run: PYTHONPATH=. python bench/bench_load.py [--prisoners 50000] [--rounds 300] [--history FILE]
     [--configurations new kept httpx webhook rebuilt] [--profile RATE [--profile-http httpx] [--profile-webhook]]
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import dataclasses
import itertools
import multiprocessing
import os
import pstats
import random
import shutil
import sys
import tempfile
import time
import warnings
from multiprocessing.connection import Connection
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiohttp  # noqa: E402
from telegram.constants import ParseMode  # noqa: E402
from telegram.ext import ContextTypes  # noqa: E402
from telegram.request import BaseRequest, HTTPXRequest, RequestData  # noqa: E402

from bench.history import build  # noqa: E402
from bot.app import open_app  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.dispatcher import Incoming  # noqa: E402
from bot.render import render_telegram  # noqa: E402
from bot.reply import Reply  # noqa: E402
from bot.transports.telegram import TelegramTransport  # noqa: E402
from bot.transports.telegram.aiohttp_request import AiohttpRequest  # noqa: E402
from bot.transports.telegram.replies import NO_PREVIEW, chat_arg, keyboard  # noqa: E402
from tests.telegram.conftest import free_port  # noqa: E402
from tests.telegram.fake_api import FakeBotApi, FakeLimits, message_update  # noqa: E402

TOKEN = "123456:LOAD"
# What people ask, equally often: the round commands, a registry search, and the cheap ones.
COMMANDS = ["/total", "/latest", "/prisoner Bialiatski", "/rounds", "/help", "/lang", "/round 1"]
TARGET_P99_MS = 1000.0
ANSWER_TIMEOUT = 10.0
FIRST_CHAT = 30_000_000
CHATS = 40_000  # at 2,000 commands/s a chat sends one command every 20 s, far below 20 a minute
GROWTH = 1.5
CPU_SAMPLE = 0.05  # seconds between the bot's readings of its own CPU time
WEBHOOK_SECRET = "load-webhook-secret"
WEBHOOK_CONNECTIONS = 40  # Telegram's default max_connections for a webhook


class FormRequest(AiohttpRequest):
    """The aiohttp requests as the previous round sent them: form fields with JSON-encoded values,
    answers decoded by the standard library (PTB's own `parse_json_payload`)."""

    parse_json_payload = staticmethod(BaseRequest.parse_json_payload)

    @staticmethod
    def _body(request_data: RequestData | None, files: dict | None):
        if request_data is not None and not files:
            return request_data.json_parameters
        return AiohttpRequest._body(request_data, files)

    @staticmethod
    def _headers(request_data: RequestData | None, files: dict | None) -> None:
        return None


class MessageReplies(TelegramTransport):
    """The reply path as the previous round had it: every chunk through `Bot.send_message`, which
    builds a `Message` from the answer (the bench's commands have no picture and ask no question)."""

    async def _send(self, context: ContextTypes.DEFAULT_TYPE, chat_id: str, reply: Reply,
                    thread_id: str | None) -> None:
        for chunk in render_telegram(reply):
            await context.bot.send_message(chat_id=chat_arg(chat_id), text=chunk, parse_mode=ParseMode.HTML,
                                           link_preview_options=NO_PREVIEW, reply_markup=keyboard(reply.buttons))


@dataclasses.dataclass(frozen=True)
class Configuration:
    name: str
    description: str
    cache: bool = True  # round views kept between commands
    request_class: type[BaseRequest] = AiohttpRequest  # the HTTP client of python-telegram-bot's requests
    transport: type[TelegramTransport] = TelegramTransport
    webhook: bool = False  # updates pushed to the bot's webhook instead of long polling


CONFIGURATIONS = (
    Configuration("new", "JSON bodies, no Message per reply, kept answers (as it runs)"),
    Configuration("kept", "previous round: forms, a Message per reply, aiohttp", request_class=FormRequest,
                  transport=MessageReplies),
    Configuration("httpx", "as it runs, with httpx (PTB's default, forms)", request_class=HTTPXRequest),
    Configuration("webhook", "as it runs, webhook instead of long polling", webhook=True),
    Configuration("rebuilt", "every round rebuilt per command (before the views)", cache=False),
)
REQUEST_CLASSES = {"aiohttp": AiohttpRequest, "forms": FormRequest, "httpx": HTTPXRequest}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else float("inf")


class AnsweringBotApi(FakeBotApi):
    """The fake server, timing each chat's answer from the moment its command was due."""

    def __init__(self) -> None:
        super().__init__(FakeLimits(per_second=None))
        self.due: dict[int, float] = {}  # chat id → when its command was due (perf_counter)
        self.latencies: list[float] = []
        self.errors = 0

    async def _m_sendMessage(self, params):
        status, body = await super()._m_sendMessage(params)
        due = self.due.pop(int(params["chat_id"]), None)
        if due is not None:
            self.latencies.append((time.perf_counter() - due) * 1000)
            if status != 200 or "Something went wrong" in params.get("text", ""):
                self.errors += 1
        return status, body


@dataclasses.dataclass(frozen=True)
class Stage:
    offered: float  # commands per second, as scheduled
    sent: int
    answered_rate: float  # answers per second, from the first command due to the last answer
    p50: float
    p99: float
    unanswered: int
    errors: int
    bot_cpu_ms: float  # the bot process's CPU time per answered command (transport, dispatcher, database)
    generator_cpu_ms: float  # the other process's (fake Bot API and schedule) per answered command

    @property
    def held(self) -> bool:
        return self.p99 < TARGET_P99_MS and not self.unanswered and not self.errors


async def run_stage(api: AnsweringBotApi, deliver, rate: float, seconds: float, rng: random.Random, chats,
                    bot_cpu: Synchronized) -> Stage:
    """Offer `rate` commands per second for `seconds`, then wait for every answer."""
    api.latencies, api.errors = [], 0
    cpu_start, own_cpu_start, start = bot_cpu.value, time.process_time(), time.perf_counter()
    due, sent = start, 0
    while (due := due + rng.expovariate(rate)) < start + seconds:
        if (wait := due - time.perf_counter()) > 0:
            await asyncio.sleep(wait)
        chat = next(chats)
        api.due[chat] = due
        deliver(message_update(chat, rng.choice(COMMANDS), chat))
        sent += 1
    deadline = time.perf_counter() + ANSWER_TIMEOUT
    while api.due and time.perf_counter() < deadline:
        await asyncio.sleep(0.02)
    await asyncio.sleep(2 * CPU_SAMPLE)  # the bot's last CPU reading covers the last answer
    unanswered = len(api.due)
    api.due.clear()
    elapsed = time.perf_counter() - start
    p99 = percentile(api.latencies, 99) if not unanswered else float("inf")
    answered = max(1, len(api.latencies))
    cpu_ms = (bot_cpu.value - cpu_start) * 1000 / answered
    own_cpu_ms = (time.process_time() - own_cpu_start) * 1000 / answered
    return Stage(rate, sent, len(api.latencies) / elapsed, percentile(api.latencies, 50), p99, unanswered,
                 api.errors, cpu_ms, own_cpu_ms)


def rates_to_try(start: float, refine: int, ceiling: float):
    """Generator of offered rates: grow by half until a stage fails (sent back as False), then bisect."""
    held, failed, rate = 0.0, None, start
    while rate <= ceiling:
        if (yield rate):
            held = rate
            rate *= GROWTH
        else:
            failed = rate
            break
    for _ in range(refine if failed else 0):
        rate = (held + failed) / 2
        if (yield rate):
            held = rate
        else:
            failed = rate


def load_generator(label: str, args: argparse.Namespace, pipe: Connection, bot_cpu: Synchronized) -> None:
    """The other process: the fake Bot API server and the users' schedule, so that the bot's process
    spends its CPU on the bot alone. Sends the server's address, waits for the bot, ramps, and
    sends back the capacity found."""
    warnings.simplefilter("ignore", DeprecationWarning)
    asyncio.run(_generate(label, args, pipe, bot_cpu))


async def _generate(label: str, args: argparse.Namespace, pipe: Connection, bot_cpu: Synchronized) -> None:
    api = AnsweringBotApi()
    await api.start()
    pipe.send(api.url)
    webhook = await asyncio.to_thread(pipe.recv)  # the bot is ready: its webhook's URL, or None when it polls
    http = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=WEBHOOK_CONNECTIONS))
    posts: set[asyncio.Task] = set()
    update_ids = itertools.count(1)

    async def post(update: dict) -> None:
        async with http.post(webhook, json={"update_id": next(update_ids), **update},
                             headers={"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}) as response:
            await response.read()

    def push(update: dict) -> None:
        """Like Telegram's servers: each update POSTed to the webhook, many at once, not waiting."""
        task = asyncio.create_task(post(update))
        posts.add(task)
        task.add_done_callback(posts.discard)

    deliver = push if webhook else api.push
    rng = random.Random(args.seed)
    chats = itertools.cycle(range(FIRST_CHAT, FIRST_CHAT + CHATS))
    rates = rates_to_try(args.start, args.refine, args.max_rate)
    rate, stages = next(rates), []
    while True:
        stage = await run_stage(api, deliver, rate, max(args.stage, args.min_commands / rate), rng, chats, bot_cpu)
        stages.append(stage)
        print(f"  {label:8} offered {stage.offered:7.1f}/s  answered {stage.answered_rate:7.1f}/s"
              f"  p50 {stage.p50:8.1f} ms  p99 {stage.p99:8.1f} ms  unanswered {stage.unanswered}"
              f"  errors {stage.errors}  CPU ms/command: bot {stage.bot_cpu_ms:.2f}, load generator"
              f" {stage.generator_cpu_ms:.2f}", flush=True)
        try:
            rate = rates.send(stage.held)
        except StopIteration:
            pipe.send([dataclasses.asdict(s) for s in stages])  # plain dicts: the class is __mp_main__'s here
            break
    await asyncio.to_thread(pipe.recv)  # the bot has stopped: the server may go
    await http.close()
    await api.stop()


async def ramp(config: Config, setup: Configuration, args: argparse.Namespace,
               profiler: cProfile.Profile | None = None) -> list[Stage]:
    """The bot, in this process, answering the ramp the load generator offers: its stages, as measured.
    With a profiler, the bot's thread is profiled while it answers."""
    context = multiprocessing.get_context("spawn")
    pipe, child_end = context.Pipe()
    bot_cpu = context.Value("d", time.process_time())
    generator = context.Process(target=load_generator, args=(setup.name, args, child_end, bot_cpu), daemon=True)
    generator.start()
    config = dataclasses.replace(config, telegram_token=TOKEN, telegram_api_base=await asyncio.to_thread(pipe.recv))
    webhook = None
    if setup.webhook:
        port = free_port()
        webhook = f"http://127.0.0.1:{port}/telegram"
        config = dataclasses.replace(config, telegram_webhook_url=webhook, telegram_webhook_secret=WEBHOOK_SECRET,
                                     telegram_webhook_listen="127.0.0.1", telegram_webhook_port=port)

    async def report_cpu() -> None:
        while True:
            bot_cpu.value = time.process_time()
            await asyncio.sleep(CPU_SAMPLE)

    async with open_app(config, seed=False) as app:
        app.db.round_cache.enabled = setup.cache
        for command in COMMANDS:  # warm: every configuration starts with its first build done
            await app.dispatcher.handle(Incoming("bench", "0", "0", command, "en", chat_kind="private"))
        transport = setup.transport(config, app, poll_timeout=10, run_worker=False,
                                    request_class=setup.request_class)
        await transport.start()
        reporter = asyncio.create_task(report_cpu())
        try:
            if profiler:
                profiler.enable()
            bot_cpu.value = time.process_time()  # the first stage starts from now, not the last reading
            pipe.send(webhook)
            stages = [Stage(**fields) for fields in await asyncio.to_thread(pipe.recv)]
        finally:
            if profiler:
                profiler.disable()
            reporter.cancel()
            await transport.stop()
            pipe.send("stopped")
    generator.join(10)
    return stages


# Where a profiled function's time is counted: the first of these found in its file's path.
PROFILE_PARTS = (("python-telegram-bot", "/telegram/"), ("httpx/httpcore", "/httpx/"), ("httpx/httpcore", "/httpcore/"),
                 ("anyio", "/anyio/"), ("aiohttp", "/aiohttp/"), ("aiosqlite", "/aiosqlite/"),
                 ("pardonwatch", "/bot/"), ("pardonwatch", "/handlers/"), ("asyncio", "/asyncio/"),
                 ("json", "/json/"), ("logging", "/logging/"))


def print_profile(profiler: cProfile.Profile, answered: int, top: int = 25) -> None:
    """The bot thread's time per command by part (the libraries, the project), then the costliest functions."""
    stats = pstats.Stats(profiler)
    parts: dict[str, float] = {}
    for (path, _line, _name), (_cc, _nc, tottime, _ct, _callers) in stats.stats.items():
        part = next((label for label, marker in PROFILE_PARTS if marker in path), "other (stdlib, C calls)")
        parts[part] = parts.get(part, 0.0) + tottime
    total = sum(parts.values())
    print(f"\nprofile of the bot's thread: {total / answered * 1000:.2f} ms of its CPU per command under cProfile")
    for part, seconds in sorted(parts.items(), key=lambda item: -item[1]):
        print(f"  {part:26} {seconds / answered * 1000:6.2f} ms  {seconds / total:5.1%}")
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


async def command_costs(config: Config, cache: bool, repeats: int) -> dict[str, float]:
    """Each command's mean time through the dispatcher alone, one at a time (ms)."""
    costs = {}
    async with open_app(config, seed=False) as app:
        app.db.round_cache.enabled = cache
        for command in COMMANDS:
            await app.dispatcher.handle(Incoming("bench", "0", "0", command, "en", chat_kind="private"))
            start = time.perf_counter()
            for i in range(repeats):
                await app.dispatcher.handle(Incoming("bench", str(i), str(i), command, "en", chat_kind="private"))
            costs[command] = (time.perf_counter() - start) / repeats * 1000
    return costs


async def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--prisoners", type=int, default=50_000)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--history", type=Path, help="keep the history database in this file (built when missing)")
    parser.add_argument("--stage", type=float, default=8.0, help="seconds each offered rate lasts")
    parser.add_argument("--min-commands", type=int, default=40, help="commands each stage sends at least")
    parser.add_argument("--start", type=float, default=2.0, help="first offered rate, commands/s")
    parser.add_argument("--max-rate", type=float, default=5000.0)
    parser.add_argument("--refine", type=int, default=3, help="bisection stages after the first that fails")
    parser.add_argument("--repeats", type=int, default=10, help="runs of each command for its cost")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--configurations", nargs="+", choices=[c.name for c in CONFIGURATIONS],
                        default=[c.name for c in CONFIGURATIONS], help="which to ramp (all by default)")
    parser.add_argument("--profile", type=float, metavar="RATE",
                        help="only profile the bot (cProfile) through one stage at this offered rate")
    parser.add_argument("--profile-http", choices=sorted(REQUEST_CLASSES), default="aiohttp",
                        help="the HTTP client of the profiled bot's requests")
    parser.add_argument("--profile-webhook", action="store_true", help="profile the bot in webhook mode")
    args = parser.parse_args()
    warnings.simplefilter("ignore", DeprecationWarning)
    with tempfile.TemporaryDirectory() as tmp:
        history = args.history or Path(tmp) / "history.sqlite3"
        if not history.exists():
            built = await build(history, args.prisoners, args.rounds)
            print(f"history: {built['rounds']} rounds, {built['prisoners']:,} prisoners"
                  f" (built in {built['seconds']:.0f} s)")
        print("mix: " + ", ".join(COMMANDS) + " — equally often, from private chats")
        print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} before the ramps"
              " (capacity is what this process gets of them; CPU per command does not depend on it)")
        if args.profile:
            copy = Path(tmp) / "profiled.sqlite3"
            shutil.copyfile(history, copy)
            profiler = cProfile.Profile(time.thread_time)  # CPU of the bot's thread, not waits
            steady = argparse.Namespace(**{**vars(args), "start": args.profile, "max_rate": args.profile,
                                           "refine": 0})
            profiled = Configuration("profiled", "profiled", request_class=REQUEST_CLASSES[args.profile_http],
                                     webhook=args.profile_webhook)
            (stage,) = await ramp(Config(db_path=copy), profiled, steady, profiler)
            print_profile(profiler, max(1, stage.sent - stage.unanswered))
            return 0
        ramps, costs = {}, {}
        for setup in CONFIGURATIONS:
            if setup.name not in args.configurations:
                continue
            copy = Path(tmp) / f"{setup.name}.sqlite3"
            shutil.copyfile(history, copy)
            config = Config(db_path=copy)
            if setup.name in ("new", "rebuilt"):  # the transport does not change what the dispatcher costs
                costs[setup.name] = await command_costs(config, setup.cache, args.repeats)
            ramps[setup] = await ramp(config, setup, args)
    if costs:
        print("\ncost of each command, dispatcher alone, one at a time (mean ms):")
        print("  " + f"{'command':24}" + "".join(f" {name:>9}" for name in costs))
        for command in COMMANDS:
            print("  " + f"{command:24}" + "".join(f" {costs[name][command]:9.2f}" for name in costs))
    print(f"load average after the ramps: {os.getloadavg()[0]:.1f}")
    print(f"\ncapacity (commands/s with p99 < {TARGET_P99_MS / 1000:.0f} s, every command answered), open loop,"
          f" {args.prisoners:,} prisoners and {args.rounds} rounds; CPU per command at that rate, per process:")
    for setup, stages in ramps.items():
        held = [stage for stage in stages if stage.held]
        top = max(held, key=lambda stage: stage.offered) if held else None
        cpu = (f"bot {top.bot_cpu_ms:5.2f} ms, load generator and fake Bot API {top.generator_cpu_ms:5.2f} ms"
               if top else "no stage held")
        print(f"  {setup.description:62} {top.offered if top else 0.0:7.1f}/s   {cpu}")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
