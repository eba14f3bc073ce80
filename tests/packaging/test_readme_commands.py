"""Every command in the README's shell blocks is run as written, or excluded here with the reason.

A new command added to the README fails this test until it is run or excluded, so the README
cannot drift from what the bot does.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")

# Commands that are not run here, with the reason.
EXCLUDED = {
    "make test": "it is the command that runs this test",
    "pipx install .": "tests/packaging/test_installed_wheel.py installs the package this way, outside the checkout",
    "pardonwatch backfill https://example.org/feed/ --since 2024-07-01": "tests reach nothing beyond 127.0.0.1;"
    " tests/history/test_backfill.py walks a paged feed served on loopback",
    "docker build -t pardonwatch .": "needs a Docker engine; tests/packaging/test_container.py builds the image "
                                     "where `docker info` answers",
}
# Blocks that are one setup and are not run, by their first command, with the reason.
EXCLUDED_BLOCKS = {
    "export TELEGRAM_TOKEN_FILE=/run/secrets/telegram_token": "needs a real bot token from @BotFather and a "
    "Matrix homeserver; tests/operations/test_running_bot.py runs the bot against the fake Bot API instead",
}
# Files the commands read, as a reader would have them beside them.
ARTICLE = ("MINSK, January 18, 2025 — Alexander Lukashenko pardoned 23 political prisoners, his press service "
           "said on Saturday. Among those released were three women. It is the eighth such round since July 2024.\n")
REGISTRY = ("id,name_en,name_be,name_ru,aliases,status,status_date,sentence,source_url\n"
            "v-101,Maryna Zolatava,Марына Золатава,Марина Золотова,Zolatava,held,2021-05-18,12 years,"
            "https://spring96.org/en/news/1\n"
            "v-102,Siarhei Tsikhanouski,Сяргей Ціханоўскі,Сергей Тихановский,Tsikhanouski,released,2025-06-21,,"
            "https://spring96.org/en/news/2\n")
# A saved page of another round, for `ingest DIR`.
SAVED_ARTICLE = ("VILNIUS — Belarus freed 52 political prisoners on Thursday after a visit by a US envoy; the"
                 " freed were driven across the border into Lithuania.\n")
# A registry saved by a spreadsheet in the Windows Cyrillic code page.
REGISTRY_CP1251 = ("id,name_en,name_be,name_ru,aliases,status,status_date,sentence,source_url\n"
                   "v-103,Ihar Losik,Ігар Лосік,Игорь Лосик,Losik,released,2025-09-11,,https://spring96.org/en/news/3\n")
# What each run command must print (a part of it, on stdout or stderr), beyond exiting with 0.
EXPECTED = {
    "pardonwatch extract --published 2025-01-18 article.txt": '"pardoned"',
    "pardonwatch ingest article.txt --published 2025-01-18": "stored article",
    "pardonwatch ingest saved-articles/": "stored: 1",
    "pardonwatch prisoners import registry.csv": "0 rows skipped",
    "pardonwatch prisoners import --encoding cp1251 viasna.csv": "0 rows skipped",
    "pardonwatch prisoners export out.csv --format csv": "written to out.csv",
    'pardonwatch prisoners search "Ціханоўскага" --json': "Tsikhanouski",
    "pardonwatch ask --lang be /total": "Вызвалены з ліпеня 2024 года",
    "pardonwatch status": "Rounds:",
    "pardonwatch status --json": '"rounds"',
    "pardonwatch db backup backups/pardonwatch-$(date +%F).sqlite3": "(integrity: ok)",
    "pardonwatch db check": "ok",
}


def shell_blocks(markdown: str) -> list[list[str]]:
    """The commands of each ```sh block, comments removed."""
    blocks = []
    for body in re.findall(r"```sh\n(.*?)```", markdown, flags=re.DOTALL):
        commands = [re.sub(r"\s+#\s.*$", "", line).strip() for line in body.splitlines()]
        blocks.append([c for c in commands if c and not c.startswith("#")])
    return blocks


def runnable_commands() -> list[str]:
    commands = []
    for block in shell_blocks(README):
        if block[0] in EXCLUDED_BLOCKS:
            continue
        commands += [c for c in block if c not in EXCLUDED]
    return commands


def test_every_readme_command_is_run_or_excluded_with_a_reason():
    unknown = [c for c in runnable_commands() if c not in EXPECTED and c != "make run"]
    assert unknown == []
    assert all(reason for reason in (*EXCLUDED.values(), *EXCLUDED_BLOCKS.values()))


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """A scratch directory with the README's input files, and an environment with the installed bot."""
    folder = tmp_path_factory.mktemp("reader")
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "registry.csv").write_text(REGISTRY, encoding="utf-8")
    (folder / "saved-articles").mkdir()
    (folder / "saved-articles" / "2025-09-11-svaboda.txt").write_text(SAVED_ARTICLE, encoding="utf-8")
    (folder / "viasna.csv").write_text(REGISTRY_CP1251, encoding="cp1251")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "MATRIX_", "PARDONWATCH_"))}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PARDONWATCH_DB"] = str(folder / "pardonwatch.sqlite3")
    return folder, env


# In README order, since later commands use what earlier ones stored.
@pytest.mark.parametrize("command", [c for c in runnable_commands() if c != "make run"])
def test_the_readme_command_runs_as_written(command, workdir):
    folder, env = workdir
    done = subprocess.run(["bash", "-c", command], cwd=folder, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert EXPECTED[command] in done.stdout + done.stderr


def test_make_run_answers_the_readme_console_session(tmp_path):
    """`make run` without a token opens the console; the session shown in the README is what it answers."""
    session = re.search(r"```\n(> /latest\n.*?)```", README, flags=re.DOTALL).group(1).splitlines()
    typed = [line[2:] for line in session if line.startswith("> ")]
    shown = [line for line in session if not line.startswith("> ") and line.strip() not in ("", "...")]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "MATRIX_", "PARDONWATCH_"))}
    env["PARDONWATCH_DB"] = str(tmp_path / "pardonwatch.sqlite3")
    done = subprocess.run(["make", "--no-print-directory", "run"], cwd=ROOT, env=env, input="\n".join(typed) + "\n",
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    position = 0
    for line in shown:  # each shown line, in the README's order
        found = done.stdout.find(line, position)
        assert found >= 0, f"not answered as the README shows: {line!r}"
        position = found + len(line)
