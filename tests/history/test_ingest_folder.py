"""`pardonwatch ingest DIR`: a folder of saved articles read once each, into the record, never posted."""

from __future__ import annotations

import argparse

from bot.app import open_app
from bot.cli.feed_commands import cmd_ingest
from bot.config import Config
from tests.feeds.conftest import scalar

SEPTEMBER = ("Belarus released 52 political prisoners on 11 September 2025 in a deal brokered by the United "
             "States, the human rights centre Viasna said. Fourteen of them are foreign citizens; all were taken "
             "to Lithuania. Mikalai Dziadok and Ihar Losik are among those freed, Viasna said, while more than "
             "a thousand political prisoners remain behind bars in Belarus.")
NEW_ROUND = ("Belarusian leader Alexander Lukashenko pardoned 40 people convicted of protest-related offences on "
             "10 June 2026, his press service said. Among those freed were 12 women. Rights groups welcomed the "
             "releases but said that new arrests continue every week.")
UNRELATED = "The city council of Minsk met on Tuesday to discuss road repairs and new parks."


def saved_articles(tmp_path):
    folder = tmp_path / "saved"
    (folder / "older").mkdir(parents=True)
    (folder / "2025-09-12 nashaniva.txt").write_text(SEPTEMBER, encoding="utf-8")
    (folder / "2026-06-11 zerkalo.txt").write_text(NEW_ROUND, encoding="utf-8")
    (folder / "notes.txt").write_text(UNRELATED, encoding="utf-8")
    (folder / "older" / "2026-06-12 ignored.txt").write_text(NEW_ROUND + " Again.", encoding="utf-8")
    return folder


def ingest_args(db_path, folder) -> argparse.Namespace:
    return argparse.Namespace(db=str(db_path), source=str(folder), published=None, outlet=None)


async def test_a_folder_of_saved_articles_is_read_once_each(tmp_path, capsys):
    db_path, folder = tmp_path / "db.sqlite3", saved_articles(tmp_path)
    assert await cmd_ingest(ingest_args(db_path, folder)) == 0
    assert "files read: 3; stored: 3 (new rounds: 1); already stored: 0; unreadable: 0" in capsys.readouterr().out
    assert await cmd_ingest(ingest_args(db_path, folder)) == 0
    assert "files read: 3; stored: 0 (new rounds: 0); already stored: 3; unreadable: 0" in capsys.readouterr().out


async def test_a_saved_report_of_a_known_round_joins_it_dated_by_its_file_name(tmp_path):
    db_path, folder = tmp_path / "db.sqlite3", saved_articles(tmp_path)
    await cmd_ingest(ingest_args(db_path, folder))
    async with open_app(Config(db_path=db_path)) as app:
        assert await scalar(app, "SELECT count(*) FROM rounds") == 22
        published = await scalar(app, "SELECT published FROM articles WHERE outlet = '2025-09-12 nashaniva.txt'")
        assert published == "2025-09-12"


async def test_saved_articles_never_post_a_round_to_subscribers(tmp_path):
    db_path, folder = tmp_path / "db.sqlite3", saved_articles(tmp_path)
    async with open_app(Config(db_path=db_path)) as app, app.db.transaction():
        await app.db.chats.subscribe("telegram", "-100123", "", "en", "2026-06-01T00:00:00")
    await cmd_ingest(ingest_args(db_path, folder))
    async with open_app(Config(db_path=db_path)) as app:
        assert await scalar(app, "SELECT count(*) FROM outbox") == 0
