"""The running bot as an operator watches it: its Prometheus endpoint, its heartbeat, and the
`TELEGRAM_API_BASE` form the README used to show."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from bot.config import Config
from tests.running_bot import ask_over_telegram, bot_environment, running_bot
from tests.telegram.conftest import fake_api, free_port  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
BOT = [sys.executable, "-m", "bot", "run"]


def _pardonwatch(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], env={**env, "PYTHONPATH": str(ROOT)},
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def env(tmp_path, fake_api):  # noqa: F811
    return bot_environment(tmp_path / "bot.sqlite3", fake_api.url, PYTHONPATH=str(ROOT))


async def test_prometheus_scrapes_the_status_figures_from_a_running_bot(tmp_path, fake_api, env):  # noqa: F811
    port = free_port()
    env["PARDONWATCH_METRICS_PORT"] = str(port)
    async with running_bot(BOT, env, fake_api, ROOT, tmp_path / "bot.log"), httpx.AsyncClient() as client:
        scrape = await client.get(f"http://127.0.0.1:{port}/metrics", timeout=10)
    assert scrape.status_code == 200
    metrics = scrape.text
    assert "pardonwatch_rounds 21.0" in metrics
    assert 'pardonwatch_outbox_posts{state="failed"} 0.0' in metrics
    assert "pardonwatch_review_queue_rounds 0.0" in metrics
    assert 'pardonwatch_feeds{state="never_checked"} 0.0' in metrics
    assert "pardonwatch_heartbeat_timestamp_seconds " in metrics
    main_size = next(line for line in metrics.splitlines() if line.startswith('pardonwatch_database_size_bytes{file="main"}'))
    assert float(main_size.split()[-1]) > 0


async def test_the_metrics_endpoint_closes_with_the_bot(tmp_path, fake_api, env):  # noqa: F811
    port = free_port()
    env["PARDONWATCH_METRICS_PORT"] = str(port)
    async with running_bot(BOT, env, fake_api, ROOT, tmp_path / "bot.log") as process:
        pass
    assert process.returncode == 0
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5)


def test_metrics_are_off_unless_a_port_is_given():
    assert Config.from_env({}).metrics_port is None
    assert Config.from_env({"PARDONWATCH_METRICS_PORT": "9464"}).metrics_port == 9464


async def test_the_health_check_passes_while_the_bot_runs_and_fails_once_it_stopped(tmp_path, fake_api, env):  # noqa: F811
    async with running_bot(BOT, env, fake_api, ROOT, tmp_path / "bot.log"):
        running = _pardonwatch(env, "status", "--check")
    stopped = _pardonwatch(env, "status", "--check")
    assert (running.returncode, running.stdout.strip()) == (0, "healthy")
    assert (stopped.returncode, stopped.stdout.strip()) == (1, "unhealthy: the bot is stopped")
    report = json.loads(_pardonwatch(env, "status", "--json").stdout)
    assert report["bot"]["stopped_at"] is not None


async def test_a_bot_api_base_written_with_bot_at_the_end_still_reaches_the_server(tmp_path, fake_api, env):  # noqa: F811
    env["TELEGRAM_API_BASE"] = fake_api.url + "/bot"
    async with running_bot(BOT, env, fake_api, ROOT, tmp_path / "bot.log"):
        answer = await ask_over_telegram(fake_api, "/latest", chat_id=7101)
    assert "Latest pardon round" in answer


@pytest.mark.parametrize("written", ["http://127.0.0.1:8081", "http://127.0.0.1:8081/", "http://127.0.0.1:8081/bot",
                                     "http://127.0.0.1:8081/bot/"])
def test_both_forms_of_the_bot_api_base_mean_the_same_server(written):
    assert Config.from_env({"TELEGRAM_API_BASE": written}).telegram_api_base == "http://127.0.0.1:8081"
