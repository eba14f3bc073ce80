"""`pardonwatch status`: what an operator sees on one screen, and what scripts read with --json."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import bot.status as status
from bot.cli import main
from bot.outbox import schedule_round
from bot.reconcile import build_round_views, latest_round
from bot.status import Section, StatusSource, collect, render_text, to_json
from tests.conftest import FIXED_NOW
from tests.reports import facts, report


def _status(db_path, *options: str, capsys) -> tuple[int, str]:
    code = main(["--db", str(db_path), "status", *options])
    return code, capsys.readouterr().out


@pytest.fixture
async def seeded(app):
    """A database filled like a first start (seed facts, default feeds), then closed."""
    from bot.feeds.service import load_default_feeds

    await load_default_feeds(app)
    return app.config.db_path


async def _sections(app, now: dt.datetime = FIXED_NOW) -> dict[str, Section]:
    return {s.name: s for s in await collect(StatusSource(app.db, app.config.db_path, now))}


async def test_a_failing_feed_is_listed_with_its_error(app):
    await app.db.feeds.add(url="https://belsat.eu/feed/", outlet="Belsat", lang="be", interval_seconds=900,
                           now="2025-01-31T10:00:00+00:00")
    feed = await app.db.feeds.get("https://belsat.eu/feed/")
    for _ in range(2):
        await app.db.feeds.record_failure(feed.id, error="HTTP 503", now="2025-02-01T11:00:00+00:00",
                                          next_check="2025-02-01T11:30:00+00:00")
    text = render_text(list((await _sections(app)).values()), FIXED_NOW)
    assert "Feeds:        1 watched: 0 ok, 1 failing, 0 never checked" in text
    assert "FAILING x2: Belsat https://belsat.eu/feed/ — HTTP 503 (2025-02-01 11:00 UTC (1 h ago))" in text


async def test_the_last_good_read_of_any_feed_is_shown_with_its_outlet(app):
    await app.db.feeds.add(url="https://spring96.org/be/rss", outlet="Viasna", lang="be", interval_seconds=900,
                           now="2025-01-31T10:00:00+00:00")
    feed = await app.db.feeds.get("https://spring96.org/be/rss")
    await app.db.feeds.record_success(feed.id, etag=None, last_modified=None, now="2025-02-01T11:55:00+00:00",
                                      next_check="2025-02-01T12:10:00+00:00", body_hash=None)
    feeds = (await _sections(app))["feeds"]
    assert feeds.summary.endswith("last good read 2025-02-01 11:55 UTC (5 min ago) (Viasna)")


async def test_the_rounds_line_says_when_the_newest_round_was_first_seen(app):
    rounds = (await _sections(app))["rounds"]
    assert rounds.summary == "21 known; the newest (#21) first seen 2025-02-01 12:00 UTC (0 s ago)"


async def test_rounds_are_named_by_their_number_in_rounds_not_their_stored_id(app):
    # A report of a round older than every known one arrives last: it is #1 in /rounds, though stored 22nd,
    # and the newest round (stored 21st) becomes #22.
    await report(app, "Zerkalo", "2024-06-20", facts(12, event_date="2024-06-20"))
    newest = latest_round(build_round_views(await app.db.rounds.all_claims(), await app.db.rounds.corrections()))
    await app.db.chats.subscribe("telegram", "-1001", "", "en", FIXED_NOW.isoformat())
    await schedule_round(app.db, newest.id, FIXED_NOW)
    (row,) = await app.db.outbox.of_round(newest.id)
    await app.db.outbox.mark_failed(row.id, "Forbidden: bot was kicked from the channel chat", "2025-02-01T11:59:00+00:00")
    sections = await _sections(app)
    assert sections["rounds"].summary.startswith("22 known; the newest (#1) first seen")
    assert sections["outbox"].details[0].startswith("failed: telegram round #22 — Forbidden")
    assert to_json([sections["outbox"]], FIXED_NOW)["outbox"]["failures"][0]["round_number"] == 22


async def test_waiting_and_failed_auto_posts_are_counted_and_the_failure_shown(app):
    for chat_id in ("-1001", "-1002"):
        await app.db.chats.subscribe("telegram", chat_id, "", "en", FIXED_NOW.isoformat())
    newest = latest_round(build_round_views(await app.db.rounds.all_claims(), await app.db.rounds.corrections()))
    await schedule_round(app.db, newest.id, FIXED_NOW)
    rows = await app.db.outbox.of_round(newest.id)
    await app.db.outbox.mark_failed(rows[0].id, "Forbidden: bot was kicked from the channel chat",
                                    "2025-02-01T11:59:00+00:00")
    outbox = (await _sections(app))["outbox"]
    assert outbox.summary.startswith("1 waiting, 0 being sent, 0 sent, 1 failed; the longest waiting since")
    assert outbox.details == [f"failed: telegram round #{newest.id} — Forbidden: bot was kicked from the channel chat"
                              " (2025-02-01 11:59 UTC (1 min ago))"]


async def test_the_review_queue_counts_the_rounds_waiting_and_the_longest_wait(app):
    assert (await _sections(app))["review"].summary == "nothing waiting"
    await report(app, "Zerkalo", "2026-04-17", facts(26, event_date="2026-04-17"))  # a new round waits for review
    later = FIXED_NOW + dt.timedelta(hours=3)
    review = (await _sections(app, later))["review"]
    assert review.summary == "1 round waiting; the longest waiting since 2025-02-01 12:00 UTC (3 h ago) (`/review`)"
    assert to_json([review], later)["review"] == {"waiting": 1, "oldest_since": "2025-02-01T12:00:00+00:00"}
    assert [(m.name, m.value) for m in review.metrics] == [("pardonwatch_review_queue_rounds", 1),
                                                           ("pardonwatch_review_queue_oldest_age_seconds", 10800)]


async def test_a_stale_heartbeat_fails_the_health_check(app):
    await app.db.operations.beat("bot", "2025-02-01T10:00:00+00:00", "2025-02-01T11:55:00+00:00")
    bot = (await _sections(app))["bot"]
    assert bot.problem == "no heartbeat for 300 s"
    assert bot.summary.startswith("NOT RESPONDING")


async def test_a_fresh_heartbeat_is_healthy(app):
    await app.db.operations.beat("bot", "2025-02-01T10:00:00+00:00", "2025-02-01T11:59:40+00:00")
    bot = (await _sections(app))["bot"]
    assert bot.problem is None
    assert bot.summary == ("running since 2025-02-01 10:00 UTC (2 h ago);"
                           " heartbeat 2025-02-01 11:59 UTC (20 s ago)")


async def test_a_new_section_is_added_in_one_place_and_shows_everywhere(app, monkeypatch):
    async def review_section(source: StatusSource) -> Section:
        return Section("review", "Review queue", "3 articles waiting", data={"waiting": 3},
                       metrics=[status.Metric("pardonwatch_review_waiting", "Articles waiting.", 3)])

    monkeypatch.setattr(status, "SECTIONS", [*status.SECTIONS, review_section])
    sections = await collect(StatusSource(app.db, app.config.db_path, FIXED_NOW))
    assert "Review queue: 3 articles waiting" in render_text(sections, FIXED_NOW)
    assert to_json(sections, FIXED_NOW)["review"] == {"waiting": 3}
    assert [m.name for m in sections[-1].metrics] == ["pardonwatch_review_waiting"]


def test_status_prints_every_section_on_one_screen(seeded, capsys):
    code, out = _status(seeded, capsys=capsys)
    assert code == 0
    titles = [line.split(":")[0] for line in out.splitlines()[1:] if not line.startswith(" ")]
    assert titles == ["Bot", "Feeds", "Rounds", "Review queue", "Outbox", "Database", "Last backup"]
    assert "16 watched: 0 ok, 0 failing, 16 never checked" in out
    assert len(out.splitlines()) <= 24


def test_status_json_gives_scripts_the_same_figures(seeded, capsys):
    code, out = _status(seeded, "--json", capsys=capsys)
    report = json.loads(out)
    assert code == 0
    assert report["rounds"]["count"] == 21
    assert report["feeds"]["never_checked"] == 16
    assert report["database"]["schema_version"] >= 13
    assert report["healthy"] is False and report["problems"] == ["the bot has never run"]


def test_a_backup_made_with_pardonwatch_db_backup_is_shown_as_the_last_backup(seeded, tmp_path, capsys):
    target = tmp_path / "backups" / "pardonwatch-2025-02-01.sqlite3"
    assert main(["--db", str(seeded), "db", "backup", str(target)]) == 0
    capsys.readouterr()
    code, out = _status(seeded, "--json", capsys=capsys)
    last = json.loads(out)["backup"]["last"]
    assert last["path"] == str(target.resolve())
    assert last["integrity"] == "ok"
    assert last["size_bytes"] == target.stat().st_size


def test_status_check_fails_when_the_bot_never_ran(seeded, capsys):
    code, out = _status(seeded, "--check", capsys=capsys)
    assert code == 1
    assert out.strip() == "unhealthy: the bot has never run"


def test_status_of_a_missing_database_says_so_and_creates_nothing(tmp_path, capsys):
    code = main(["--db", str(tmp_path / "nowhere.sqlite3"), "status"])
    assert code == 1
    assert "no database at" in capsys.readouterr().err
    assert not (tmp_path / "nowhere.sqlite3").exists()
