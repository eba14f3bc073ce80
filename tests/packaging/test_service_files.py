"""The systemd units and the compose file that docs/deploy.md walks through: valid, and wired to the
settings the bot really reads."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.config import Config

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
INSTALLED_AT = "/opt/pardonwatch/bin/pardonwatch"


def _unit(name: str) -> configparser.ConfigParser:
    unit = configparser.ConfigParser(strict=False, interpolation=None, delimiters=("=",))
    unit.optionxform = str  # systemd keys are case-sensitive
    unit.read_string((DEPLOY / name).read_text(encoding="utf-8"))
    return unit


def _environment(name: str) -> dict[str, str]:
    """The unit's Environment= lines (a key that systemd allows many times, so configparser keeps one)."""
    lines = (DEPLOY / name).read_text(encoding="utf-8").splitlines()
    pairs = [line.removeprefix("Environment=").split("=", 1) for line in lines if line.startswith("Environment=")]
    return dict(pairs)


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed here")
def test_systemd_accepts_the_units_as_written(tmp_path):
    # The units name the bot where docs/deploy.md installs it; here it is this environment's.
    installed = str(Path(sys.executable).with_name("pardonwatch"))
    for path in DEPLOY.glob("pardonwatch*"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8").replace(INSTALLED_AT, installed),
                                          encoding="utf-8")
    verify = subprocess.run(["systemd-analyze", "verify", *sorted(map(str, tmp_path.iterdir()))],
                            capture_output=True, text=True, timeout=120)
    assert verify.returncode == 0 and verify.stderr == "" and verify.stdout == "", verify.stderr


def test_the_service_runs_as_a_dynamic_user_with_its_state_directory():
    service = _unit("pardonwatch.service")["Service"]
    assert service["DynamicUser"] == "yes"
    assert service["StateDirectory"] == "pardonwatch"
    assert service["ExecStart"] == f"{INSTALLED_AT} run"


def test_the_backup_timer_shares_the_services_user_and_database():
    bot, backup = _unit("pardonwatch.service")["Service"], _unit("pardonwatch-backup.service")["Service"]
    assert backup["User"] == bot["User"] and backup["StateDirectory"] == bot["StateDirectory"]
    assert "pardonwatch db backup" in backup["ExecStart"]


def test_the_token_is_a_credential_the_bot_reads_from_its_file(tmp_path):
    service = _unit("pardonwatch.service")["Service"]
    name, _, source = service["LoadCredential"].partition(":")
    assert source.startswith("/etc/")
    env = _environment("pardonwatch.service")
    assert env["TELEGRAM_TOKEN_FILE"] == f"%d/{name}"
    (tmp_path / name).write_text("123456:from-the-credential\n", encoding="utf-8")
    config = Config.from_env({"TELEGRAM_TOKEN_FILE": str(tmp_path / name)})
    assert config.telegram_token == "123456:from-the-credential"


def test_the_database_is_in_the_state_directory():
    assert _environment("pardonwatch.service")["PARDONWATCH_DB"] == "%S/pardonwatch/pardonwatch.sqlite3"


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))


def test_compose_builds_the_bot_from_this_folder_and_keeps_its_data_on_a_volume(compose):
    bot = compose["services"]["bot"]
    assert bot["build"] == "."
    volume, _, target = bot["volumes"][0].partition(":")
    assert target == "/data" and volume in compose["volumes"]


def test_compose_gives_the_token_as_a_secret_file(compose):
    bot = compose["services"]["bot"]
    assert bot["secrets"] == ["telegram_token"]
    assert bot["environment"]["TELEGRAM_TOKEN_FILE"] == "/run/secrets/telegram_token"
    assert compose["secrets"]["telegram_token"]["file"].startswith("./secrets/")


def test_the_self_hosted_bot_api_server_only_starts_when_asked(compose):
    api = compose["services"]["telegram-bot-api"]
    assert api["profiles"] == ["self-hosted-api"]
    assert set(api["environment"]) == {"TELEGRAM_API_ID", "TELEGRAM_API_HASH"}
