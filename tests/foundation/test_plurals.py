"""Russian and Belarusian plural forms in /total, through `pardonwatch ask` and in-process."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.ingest import ArticleMeta, ingest_facts

RU = {1: "1 человек", 2: "2 человека", 5: "5 человек", 11: "11 человек", 21: "21 человек", 22: "22 человека",
      25: "25 человек"}
BE = {1: "1 чалавек", 2: "2 чалавекі", 5: "5 чалавек", 11: "11 чалавек", 21: "21 чалавек", 22: "22 чалавекі",
      25: "25 чалавек"}
RU_OVER = {21: "более 21 человека", 22: "более 22 человек", 25: "более 25 человек"}


async def _report_total(app, value: int, qualifier: str = "exact") -> None:
    facts = {"is_pardon_report": False, "lang": "en",
             "cumulative_released": {"value": value, "qualifier": qualifier, "source": "Viasna"}}
    meta = ArticleMeta(outlet="Test Outlet", url=f"https://example.org/total-{value}-{qualifier}", title=None,
                       published="2026-11-01")
    await ingest_facts(app.db, app.directory, meta, facts, "2026-11-01T00:00:00")


@pytest.mark.parametrize("n", sorted(RU))
async def test_total_uses_the_russian_plural_form_for(app, ask, n):
    await _report_total(app, n)
    assert RU[n] in await ask("/total", "ru")


@pytest.mark.parametrize("n", sorted(BE))
async def test_total_uses_the_belarusian_plural_form_for(app, ask, n):
    await _report_total(app, n)
    assert BE[n] in await ask("/total", "be")


@pytest.mark.parametrize("n", sorted(RU_OVER))
async def test_a_qualifier_takes_the_case_it_governs(app, ask, n):
    await _report_total(app, n, "over")
    assert RU_OVER[n] in await ask("/total", "ru")


@pytest.mark.parametrize(("lang", "expected"), [("ru", "569 человек"), ("be", "569 чалавек")])
def test_pardonwatch_ask_answers_total_in_the_requested_language(tmp_path: Path, lang, expected):
    env = {**os.environ, "PARDONWATCH_DB": str(tmp_path / "db.sqlite3")}
    run = subprocess.run([sys.executable, "-m", "bot", "ask", "--lang", lang, "/total"], capture_output=True,
                         text=True, env=env, timeout=60, check=True)
    assert expected in run.stdout


def test_pardonwatch_ask_takes_db_after_the_command(tmp_path: Path):
    db = tmp_path / "chosen.sqlite3"
    run = subprocess.run([sys.executable, "-m", "bot", "ask", "--lang", "be", "--db", str(db), "/total"],
                         capture_output=True, text=True, timeout=60, check=True)
    assert "569 чалавек" in run.stdout
    assert db.exists()
