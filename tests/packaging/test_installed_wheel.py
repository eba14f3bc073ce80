"""CI's installation check: the wheel is built from a copy of the sources, installed the ways operators
install it (`pip install .` into a fresh virtual environment, `pipx install` of the built wheel), both
outside the checkout, and the installed `pardonwatch` answers from another directory — in
Belarusian, in Russian without an English word, over the fake Bot API, and as `status --json`."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.running_bot import ask_over_telegram, bot_environment, running_bot
from tests.telegram.conftest import fake_api  # noqa: F401

pytestmark = pytest.mark.slow

# `make test` fills this folder with wheels of every dependency (and of the build's own), so that the
# installations below read nothing but it: no test reaches a package index.
WHEELHOUSE = os.environ.get("PARDONWATCH_WHEELHOUSE")
if not WHEELHOUSE:
    pytest.skip("needs the wheelhouse that `make test` builds (PARDONWATCH_WHEELHOUSE)", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[2]
INSTALL_TIMEOUT = 900
def _outlets(node) -> set[str]:
    """Every outlet named anywhere in the seed facts."""
    if isinstance(node, list):
        return set().union(*map(_outlets, node))
    if not isinstance(node, dict):
        return set()
    found = set().union(*map(_outlets, node.values()))
    return found | {node["outlet"]} if "outlet" in node else found


# What an installed bot may print in Latin letters: the outlets' own names (from the seed facts) and its
# own ("confirmed: in Pardon Watch's checked record"; the catalogs keep it as it is), links
# ("<https://…>") and the commands it suggests ("/round 21"), typed alike in every language.
OUTLETS = sorted(_outlets(json.loads((ROOT / "seeds" / "facts.json").read_text(encoding="utf-8"))) | {"Pardon Watch"},
                 key=len, reverse=True)
COMMAND = re.compile(r"/[a-z]+")
LINK = re.compile(r"<https?://[^>]*>")


def _sources(target: Path) -> Path:
    """The project's files as a fresh clone has them (tracked, plus new files not ignored)."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def _clean_env(**extra: str) -> dict[str, str]:
    """No variable of the checkout's environment (PYTHONPATH, the bot's settings) leaks in."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHONPATH", "PARDONWATCH_", "TELEGRAM_", "MATRIX_", "VIRTUAL_ENV", "PIPX_"))}
    return {**env, "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": WHEELHOUSE, **extra}


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 180) -> str:
    done = subprocess.run(command, cwd=cwd, env=env or _clean_env(), capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, f"{' '.join(command)}\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """The sources copied out of the checkout, and the wheel built from their sdist."""
    base = tmp_path_factory.mktemp("package")
    src = _sources(base / "src")
    _run([sys.executable, "-m", "build", "--outdir", str(base / "dist"), str(src)], base, timeout=INSTALL_TIMEOUT)
    (wheel,) = (base / "dist").glob("pardonwatch-*.whl")
    return {"base": base, "src": src, "wheel": wheel}


@pytest.fixture(scope="module")
def installed(built) -> Path:
    """`pip install .` of the copied sources into a fresh virtual environment; its `bin` folder."""
    venv = built["base"] / "venv"
    _run([sys.executable, "-m", "venv", str(venv)], built["base"])
    _run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "."], built["src"],
         timeout=INSTALL_TIMEOUT)
    shutil.rmtree(built["src"])  # from here on, nothing can be read from a source tree
    return venv / "bin"


@pytest.fixture(scope="module")
def elsewhere(built) -> Path:
    """Another directory, where the installed bot keeps its default ./data database."""
    folder = built["base"] / "elsewhere"
    folder.mkdir()
    return folder


def test_the_wheel_carries_seeds_migrations_and_compiled_catalogs(built):
    names = set(zipfile.ZipFile(built["wheel"]).namelist())
    wanted = {"bot/_data/seeds/facts.json", "bot/_data/seeds/demo_feed.xml", "bot/_data/seeds/feeds.toml",
              "bot/storage/migrations/0001_initial.sql",
              *(f"bot/_data/locale/{lang}/LC_MESSAGES/pardonwatch.mo" for lang in ("en", "be", "ru"))}
    assert wanted <= names


def test_the_installed_bot_reads_its_data_from_the_installed_package(installed, elsewhere):
    where = _run([str(installed / "python"), "-c", "from bot.resources import seeds_dir, locale_dir;"
                  " print(seeds_dir()); print(locale_dir())"], elsewhere).split()
    assert all("site-packages/bot/_data" in path and str(ROOT) not in path for path in where)


def test_total_in_belarusian_from_another_directory(installed, elsewhere):
    out = _run([str(installed / "pardonwatch"), "ask", "--lang", "be", "/total"], elsewhere)
    assert out.startswith("Вызвалены з ліпеня 2024 года")
    assert "Палітвязні, якія застаюцца за кратамі" in out
    assert (elsewhere / "data" / "pardonwatch.sqlite3").exists()


def test_rounds_in_russian_have_no_english_word_outside_outlet_names(installed, elsewhere):
    out = _run([str(installed / "pardonwatch"), "ask", "--lang", "ru", "/rounds"], elsewhere)
    assert out.startswith("Волны помилований, от новых к старым (страница 1 из 3)")
    out = COMMAND.sub("", LINK.sub("", out))
    for outlet in OUTLETS:
        out = out.replace(outlet, "")
    assert re.findall(r"[A-Za-z]+", out) == []


async def test_the_installed_bot_answers_latest_over_the_fake_bot_api(installed, elsewhere, fake_api):  # noqa: F811
    env = bot_environment(elsewhere / "telegram.sqlite3", fake_api.url)
    async with running_bot([str(installed / "pardonwatch"), "run"], env, fake_api, elsewhere,
                           elsewhere / "run.log"):
        answer = await ask_over_telegram(fake_api, "/latest", chat_id=9301)
    assert "Latest pardon round" in answer and "250 people" in answer


def test_status_json_of_the_installed_bot(installed, elsewhere):
    _run([str(installed / "pardonwatch"), "ask", "/latest"], elsewhere)
    report = json.loads(_run([str(installed / "pardonwatch"), "status", "--json"], elsewhere))
    assert report["rounds"]["count"] == 21
    assert report["database"]["path"] == "data/pardonwatch.sqlite3"
    assert report["database"]["schema_version"] >= 13


def test_pipx_install_of_the_built_wheel_gives_a_working_pardonwatch(built, elsewhere):
    pipx_home, bin_dir = built["base"] / "pipx", built["base"] / "pipx-bin"
    env = _clean_env(PIPX_HOME=str(pipx_home), PIPX_BIN_DIR=str(bin_dir), PIPX_MAN_DIR=str(built["base"] / "man"))
    _run([sys.executable, "-m", "pipx", "install", str(built["wheel"])], elsewhere, env, timeout=INSTALL_TIMEOUT)
    out = _run([str(bin_dir / "pardonwatch"), "ask", "--lang", "ru", "/latest"], elsewhere)
    assert out.startswith("Последняя волна помилований")
