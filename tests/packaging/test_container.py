"""The container image: the Dockerfile is linted for the rules that matter everywhere, and built and
health-checked wherever a Docker engine answers (`docker info`)."""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.cli import build_parser
from tests.running_bot import TOKEN
from tests.telegram.conftest import fake_api  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
BUILD_TOOLS = ("gcc", "g++", "make", "build-essential", "git", "python3-dev", "libc6-dev", "setuptools")


@dataclass
class Stage:
    image: str
    name: str | None
    instructions: list[tuple[str, str]] = field(default_factory=list)  # (INSTRUCTION, arguments)

    def all(self, instruction: str) -> list[str]:
        return [args for name, args in self.instructions if name == instruction]


def parse_dockerfile(text: str) -> list[Stage]:
    """The Dockerfile's stages with their instructions (continuation lines joined, comments dropped)."""
    joined = re.sub(r"\\\n\s*", " ", "\n".join(line for line in text.splitlines()
                                              if not line.lstrip().startswith("#")))
    stages: list[Stage] = []
    for line in filter(None, (raw.strip() for raw in joined.splitlines())):
        instruction, _, args = line.partition(" ")
        instruction = instruction.upper()
        if instruction == "FROM":
            words = args.split()
            stages.append(Stage(words[0], words[2] if len(words) > 2 and words[1].upper() == "AS" else None))
        else:
            stages[-1].instructions.append((instruction, args.strip()))
    return stages


def _final(stages: list[Stage]) -> Stage:
    return stages[-1]


def pinned_base(stages: list[Stage]) -> str | None:
    loose = [s.image for s in stages if "latest" in s.image
             or not re.search(r":\d+\.\d+\.\d+[\w.-]*$|@sha256:[0-9a-f]{64}$", s.image)]
    return f"base images not pinned to an exact version: {loose}" if loose else None


def slim_multi_stage(stages: list[Stage]) -> str | None:
    if len(stages) < 2 or not re.match(r"python:3\.1[1-9]\.\d+-slim", _final(stages).image):
        return "the wheel must be built in one stage and installed into a slim Python in another"
    return None


def only_the_wheels_in_the_final_stage(stages: list[Stage]) -> str | None:
    final = _final(stages)
    runs = " ".join(final.all("RUN"))
    tools = [tool for tool in BUILD_TOOLS if re.search(rf"(?<![\w-]){re.escape(tool)}(?![\w-])", runs)]
    if final.all("COPY") or final.all("ADD") or tools:
        return f"the final stage copies sources or installs build tools ({tools})"
    if not re.search(r"pip install [^&]*--no-index --find-links /wheels pardonwatch", runs) or "from=build" not in runs:
        return "the final stage must install the wheels built in the first stage, and nothing else"
    return None


def non_root_user(stages: list[Stage]) -> str | None:
    users = _final(stages).all("USER")
    return None if users and users[-1].split(":")[0] not in ("root", "0") else "the bot must not run as root"


def data_volume(stages: list[Stage]) -> str | None:
    final = _final(stages)
    volume = any(args.split() == ["/data"] or args == '["/data"]' for args in final.all("VOLUME"))
    database = "PARDONWATCH_DB=/data/" in " ".join(final.all("ENV"))
    return None if volume and database else "the database must be on the /data volume"


def real_health_check(stages: list[Stage]) -> str | None:
    checks = _final(stages).all("HEALTHCHECK")
    command = checks[-1].partition("CMD")[2].strip() if checks else ""
    if not command.startswith("[") or json.loads(command) != ["pardonwatch", "status", "--check"]:
        return "HEALTHCHECK must run `pardonwatch status --check` (exec form)"
    return None


def exec_form_start(stages: list[Stage]) -> str | None:
    final = _final(stages)
    words = []
    for instruction in ("ENTRYPOINT", "CMD"):
        args = final.all(instruction)[-1:] or ["[]"]
        if not args[0].startswith("["):
            return f"{instruction} must be in exec form (a JSON list), so SIGTERM reaches the bot"
        words += json.loads(args[0])
    return None if words == ["pardonwatch", "run"] else f"the container must start `pardonwatch run`, not {words}"


LINT_RULES = [pinned_base, slim_multi_stage, only_the_wheels_in_the_final_stage, non_root_user, data_volume,
              real_health_check, exec_form_start]

CARELESS_DOCKERFILE = """FROM python:slim
COPY . /src
RUN apt-get install -y gcc \\
    git && pip install /src
VOLUME /var/lib/bot
HEALTHCHECK CMD curl -f http://localhost/ || exit 1
CMD pardonwatch run
"""


@pytest.mark.parametrize("rule", LINT_RULES, ids=lambda rule: rule.__name__)
def test_the_dockerfile_keeps_the_rule(rule):
    assert rule(parse_dockerfile((ROOT / "Dockerfile").read_text(encoding="utf-8"))) is None


@pytest.mark.parametrize("rule", LINT_RULES, ids=lambda rule: rule.__name__)
def test_the_rule_catches_a_careless_dockerfile(rule):
    assert rule(parse_dockerfile(CARELESS_DOCKERFILE)) is not None


def test_the_health_check_command_is_one_the_cli_knows():
    assert build_parser().parse_args(["status", "--check"]).check is True


def test_the_build_context_leaves_out_local_environments_and_compiled_files():
    ignored = (ROOT / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".git", ".venv", ".synapse-venv", "data", "bot/_data"} <= set(ignored)


def _docker_engine() -> str | None:
    """Why the image cannot be built here, or None when it can."""
    if shutil.which("docker") is None:
        return "no docker client on this machine"
    info = subprocess.run(["docker", "info"], capture_output=True, text=True, timeout=60)
    if info.returncode != 0:
        return "`docker info` failed: no Docker engine to build the image with (only the client is here)"
    return None


NO_ENGINE = _docker_engine()


@pytest.mark.slow
@pytest.mark.skipif(NO_ENGINE is not None, reason=str(NO_ENGINE))
async def test_the_image_builds_and_its_health_check_passes_while_the_bot_runs(fake_api, tmp_path):  # noqa: F811
    tag = "pardonwatch:test"
    build = await asyncio.to_thread(subprocess.run, ["docker", "build", "-t", tag, str(ROOT)],
                                    capture_output=True, text=True, timeout=1800)
    assert build.returncode == 0, build.stderr[-3000:]
    tools = subprocess.run(["docker", "run", "--rm", "--entrypoint", "sh", tag, "-c",
                            "command -v gcc cc make git || echo none"], capture_output=True, text=True, timeout=120)
    assert tools.stdout.strip() == "none"
    run = subprocess.run(["docker", "run", "-d", "--network", "host", "--health-interval", "2s",
                          "--health-start-period", "30s", "-e", f"TELEGRAM_TOKEN={TOKEN}",
                          "-e", f"TELEGRAM_API_BASE={fake_api.url}", "-e", "PARDONWATCH_POLL_FEEDS=0", tag],
                         capture_output=True, text=True, timeout=120, check=True)
    container = run.stdout.strip()
    try:
        health = ""
        for _ in range(120):
            health = subprocess.run(["docker", "inspect", "-f", "{{.State.Health.Status}}", container],
                                    capture_output=True, text=True, timeout=30).stdout.strip()
            if health in ("healthy", "unhealthy"):
                break
            await asyncio.sleep(1)
        assert health == "healthy"
    finally:
        subprocess.run(["docker", "rm", "-f", container], capture_output=True, timeout=120)
