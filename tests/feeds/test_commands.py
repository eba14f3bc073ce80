"""`pardonwatch feeds add|remove|list`, `poll --once` and `ingest FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from bot.app import open_app
from bot.cli import main
from bot.cli.feed_commands import cmd_feeds_list, cmd_ingest, cmd_poll
from bot.config import Config
from bot.feeds import seed_feeds_once
from tests.conftest import table_dump
from tests.feeds.pages import article_page
from tests.feeds.reports import PUBLISHED, RU
from tests.feeds.server import rss


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("PARDONWATCH_PRIVATE_FEED_NETWORKS", "127.0.0.0/8")
    return tmp_path / "cli.sqlite3"


async def without_default_feeds(db_path: Path, tmp_path: Path) -> None:
    """Mark the first start as done with an empty list, so no test ever polls the real outlets."""
    empty = tmp_path / "none.toml"
    empty.write_text("", encoding="utf-8")
    async with open_app(Config(db_path=db_path)) as app:
        await seed_feeds_once(app.db, empty, "2025-02-01T12:00:00+00:00")


def test_feeds_add_list_remove(db_path, capsys):
    url = "https://euroradio.fm/rss.xml"
    assert main(["--db", str(db_path), "feeds", "add", url, "--outlet", "Euroradio", "--lang", "be"]) == 0
    assert main(["--db", str(db_path), "feeds", "add", url]) == 1
    assert main(["--db", str(db_path), "feeds", "list"]) == 0
    listing = capsys.readouterr().out
    assert "Euroradio [be] every 900s; never checked" in listing
    assert main(["--db", str(db_path), "feeds", "remove", url]) == 0
    assert capsys.readouterr().out == f"removed {url}\n"
    main(["--db", str(db_path), "feeds", "list"])
    assert url not in capsys.readouterr().out


def test_feed_that_is_not_http_is_refused_and_changes_nothing(db_path, capsys):
    main(["--db", str(db_path), "feeds", "list"])
    before = table_dump(db_path)
    assert main(["--db", str(db_path), "feeds", "add", "file:///etc/passwd"]) == 2
    assert "not an http(s) address" in capsys.readouterr().err
    assert table_dump(db_path) == before


async def test_poll_once_then_list_shows_each_feeds_health(db_path, tmp_path, server, capsys):
    await without_default_feeds(db_path, tmp_path)
    server.serve("/ok.xml", rss([]))
    async with open_app(Config(db_path=db_path)) as app:
        for path in ("/ok.xml", "/missing.xml"):
            await app.db.feeds.add(url=server.url(path), outlet=path.strip("/"), lang=None,
                                   interval_seconds=900, now="2025-02-01T12:00:00+00:00")
    assert await cmd_poll(argparse.Namespace(db=str(db_path), once=True)) == 0
    assert "2 feeds: 1 fetched, 0 unchanged, 1 failed" in capsys.readouterr().out
    await cmd_feeds_list(argparse.Namespace(db=str(db_path)))
    listing = capsys.readouterr().out
    assert "FAILING x1" in listing and "HTTP 404" in listing
    assert listing.count("; ok;") == 1


async def test_ingest_file_stores_the_report_once(db_path, tmp_path, capsys):
    article = tmp_path / "zerkalo.txt"
    article.write_text(RU, encoding="utf-8")
    args = argparse.Namespace(db=str(db_path), source=str(article), published=PUBLISHED.date(), outlet="Zerkalo")
    assert await cmd_ingest(args) == 0
    assert "new round" in capsys.readouterr().out
    assert await cmd_ingest(args) == 0
    assert "already stored" in capsys.readouterr().out


async def test_ingest_of_a_missing_file_is_a_clear_error(db_path, capsys):
    args = argparse.Namespace(db=str(db_path), source="/nonexistent/article.txt", published=None, outlet=None)
    assert await cmd_ingest(args) == 2
    assert "cannot read /nonexistent/article.txt" in capsys.readouterr().err


async def test_ingest_url_reads_the_article_page_without_its_chrome(db_path, server, capsys):
    server.serve("/news/ninth-round", article_page().encode("utf-8"), content_type="text/html; charset=utf-8")
    args = argparse.Namespace(db=str(db_path), source=server.url("/news/ninth-round?utm_source=tg"),
                              published=PUBLISHED.date(), outlet=None)
    assert await cmd_ingest(args) == 0
    assert "new round" in capsys.readouterr().out
    async with open_app(Config(db_path=db_path)) as app:
        async with app.db.conn.execute(
            "SELECT a.url, c.value FROM round_claims c JOIN articles a ON a.id = c.article_id"
            " WHERE c.field = 'pardoned' AND a.outlet = '127.0.0.1'") as cur:
            rows = [tuple(row) for row in await cur.fetchall()]
    assert rows == [(server.url("/news/ninth-round"), 17)]
