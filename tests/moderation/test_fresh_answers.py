"""Round views are kept between commands, and every kind of write shows in the very next answer.

Each test first checks that the answer is served from the kept views (asked twice, the rounds are
built once), then writes the way people do, and asks again.
"""

from __future__ import annotations

import asyncio
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.round_refs import numbered_rounds
from tests.reports import facts, report

ROOT = Path(__file__).resolve().parents[2]


async def every_page(ask) -> str:
    """All pages of /rounds, joined."""
    pages, page = [], 1
    while "There is no page" not in (reply := await ask(f"/rounds {page}")):
        pages.append(reply)
        page += 1
    return "\n".join(pages)


async def kept(app, ask) -> str:
    """Every page of /rounds, asked once to build the views, then again from the kept views."""
    await every_page(ask)
    builds = app.db.round_cache.builds
    listed = await every_page(ask)
    assert app.db.round_cache.builds == builds, "the second listing rebuilt the rounds"
    return listed


async def test_repeated_commands_build_the_rounds_once(app, ask, scenario):
    for command in ("/latest", "/rounds", "/total", f"/round {scenario.no_a}", "/rounds 2"):
        await ask(command)
    builds = app.db.round_cache.builds
    for command in ("/latest", "/rounds", "/total", f"/round {scenario.no_a}", "/rounds 2"):
        await ask(command)
    assert app.db.round_cache.builds == builds


async def test_a_new_report_is_listed_in_the_next_answer(app, ask, scenario):
    assert "— 73 people" not in await kept(app, ask)
    await report(app, "Zerkalo", "2025-03-02", facts(73, event_date="2025-03-02"))
    assert "— 73 people" in await every_page(ask)


async def test_a_correction_is_listed_in_the_next_answer(app, ask, scenario, alice):
    assert "— 57 people" not in await kept(app, ask)
    await ask(f"/correct {scenario.no_a} pardoned 57 — the official list has 57 names", user="alice")
    assert "— 57 people" in await every_page(ask)


async def test_a_merge_and_a_split_change_the_next_listing(app, ask, scenario, alice):
    before = await kept(app, ask)
    await ask(f"/merge {scenario.no_a} {scenario.no_b}", user="alice")
    merged = await kept(app, ask)
    assert merged.count("\n#") == before.count("\n#") - 1
    await ask(f"/split {scenario.no_a} {scenario.reform}", user="alice")
    assert "— 51 people" in await every_page(ask)


async def test_a_hidden_report_leaves_the_next_answer(app, ask, scenario, alice):
    before = await kept(app, ask)
    await ask(f"/hide {scenario.late}", user="alice")  # round B's only report
    assert (await every_page(ask)).count("\n#") == before.count("\n#") - 1


async def test_approving_and_rejecting_show_in_the_next_answer(app, ask, scenario, alice):
    assert "checked by a moderator" not in await kept(app, ask)
    await ask(f"/approve {scenario.no_a}", user="alice")
    approved = await kept(app, ask)
    assert "checked by a moderator" in approved
    await ask(f"/reject {scenario.no_b} — the round of {scenario.no_a}, reported late", user="alice")
    assert (await every_page(ask)).count("\n#") == approved.count("\n#") - 1


async def test_an_undo_shows_in_the_next_answer(app, ask, scenario, alice):
    original = await kept(app, ask)
    await ask(f"/correct {scenario.no_a} pardoned 57", user="alice")
    assert await kept(app, ask) != original
    await ask("/undo", user="alice")
    assert await every_page(ask) == original


async def test_totals_follow_a_rejected_round_at_once(app, ask, scenario, alice):
    await ask("/total")
    builds = app.db.round_cache.builds
    total = await ask("/total")
    assert app.db.round_cache.builds == builds
    await ask(f"/reject {scenario.no_b} — the same round, reported late", user="alice")
    assert await ask("/total") != total


def _pardonwatch(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", "--db", str(db), *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


async def test_a_correction_made_in_another_process_is_listed_in_the_next_answer(app, ask, scenario, alice, config):
    assert "— 57 people" not in await kept(app, ask)
    done = await asyncio.to_thread(_pardonwatch, config.db_path, "ask", "--user", "alice",
                                   f"/correct {scenario.no_a} pardoned 57")
    assert "57" in done.stdout, done.stderr
    assert "— 57 people" in await every_page(ask)


async def _fresh(app, ask, command: str) -> str:
    """The answer with every round built afresh from the database, as before views were kept."""
    app.db.round_cache.enabled = False
    try:
        return await ask(command)
    finally:
        app.db.round_cache.enabled = True


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_no_answer_is_ever_stale_whatever_the_writes_and_their_timing(app, ask, scenario, alice, seed):
    rng = random.Random(seed)
    articles = [scenario.zerkalo, scenario.reform, scenario.late, scenario.blog]

    async def write() -> None:
        rounds = (await every_page(ask)).count("\n#")
        place = rng.randint(1, rounds)
        kind = rng.choice(["report", "correct", "hide", "unhide", "approve", "reject", "merge", "undo"])
        if kind == "report":
            day = f"2025-{rng.randint(3, 5):02d}-{rng.randint(1, 28):02d}"
            done = await report(app, rng.choice(["Zerkalo", "Belsat", "Nasha Niva"]), day,
                                facts(rng.randint(5, 90), event_date=day))
            articles.append(done.article_id)
        elif kind == "correct":
            await ask(f"/correct {place} {rng.choice(['pardoned', 'women'])} {rng.randint(1, 99)}", user="alice")
        elif kind in ("hide", "unhide"):
            await ask(f"/{kind} {rng.choice(articles)}", user="alice")
        elif kind == "approve":
            await ask(f"/approve {place}", user="alice")
        elif kind == "reject":
            await ask(f"/reject {place} — not a pardon round", user="alice")
        elif kind == "merge":
            await ask(f"/merge {place} {rng.randint(1, rounds)}", user="alice")
        else:
            await ask("/undo", user="alice")

    for _step in range(12):
        # Another chat asks while the write is under way (both share the connection), then after it.
        await asyncio.gather(write(), ask(rng.choice(["/rounds", "/latest", "/total", "/rounds 2"])))
        for command in ("/rounds", "/rounds 2", "/rounds 3", "/latest", "/total"):
            assert await ask(command) == await _fresh(app, ask, command), command


async def test_a_write_rolled_back_while_the_rounds_were_being_built_never_shows(app, ask, scenario, monkeypatch):
    # A reader outside the command lock (an inline answer, a Matrix reaction) pauses half-way through
    # building the rounds, while a write opens its transaction on the shared connection and changes
    # a figure; the reader reads that figure, and the write fails.
    halfway, resume, read = asyncio.Event(), asyncio.Event(), asyncio.Event()
    read_corrections = app.db.rounds.corrections

    async def corrections_read_late():
        halfway.set()
        await resume.wait()
        found = await read_corrections()
        read.set()
        return found

    async with app.db.transaction():  # a change, so that the next answer builds the rounds again
        await app.db.rounds.set_correction(scenario.round_a, "women", 3, None)
    monkeypatch.setattr(app.db.rounds, "corrections", corrections_read_late)
    reader = asyncio.create_task(numbered_rounds(app.db))
    await asyncio.wait_for(halfway.wait(), 10)
    with pytest.raises(RuntimeError):
        async with app.db.transaction():
            await app.db.rounds.set_correction(scenario.round_a, "pardoned", 57, None)
            resume.set()
            await asyncio.wait_for(read.wait(), 10)
            raise RuntimeError("the write failed")
    await asyncio.wait_for(reader, 10)
    monkeypatch.undo()
    assert "— 57 people" not in await every_page(ask)


async def answered_twice(app, ask, command: str) -> str:
    """The answer to `command` asked twice: the second one from the kept views and kept answer."""
    first = await ask(command)
    builds = app.db.round_cache.builds
    second = await ask(command)
    assert app.db.round_cache.builds == builds and second == first
    return second


async def test_a_kept_answer_ends_with_one_freshness_line_however_often_it_is_asked(app, ask, scenario):
    answers = [await ask("/latest") for _ in range(3)]
    assert answers[0] == answers[1] == answers[2]
    assert answers[2].count("has not read its news feeds yet") == 1


async def test_a_correction_shows_in_the_next_latest(app, ask, scenario, alice):
    latest = await answered_twice(app, ask, "/latest")
    assert "57 people" not in latest
    place = re.search(r"\(#(\d+)\)", latest).group(1)
    await ask(f"/correct {place} pardoned 57 — the official list has 57 names", user="alice")
    assert "57 people" in await ask("/latest")


async def test_a_hidden_report_is_marked_in_the_next_round_in_full(app, ask, scenario, alice):
    assert "(hidden)" not in await answered_twice(app, ask, f"/round {scenario.no_a}")
    await ask(f"/hide {scenario.reform}", user="alice")
    assert "(hidden)" in await ask(f"/round {scenario.no_a}")

