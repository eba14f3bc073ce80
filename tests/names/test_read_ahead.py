"""A running bot reads the common names' postings ahead while it is idle: the answers are the ones a
bot that never read ahead gives, a declined common name is then made from the name read ahead
instead of being read whole, a bot that keeps answering is not held up, and a change of names made
meanwhile is still found."""

from __future__ import annotations

import asyncio
import sqlite3
from contextlib import closing

import pytest

from bot import directory as directory_module
from bot.app import open_app
from bot.cli import main
from bot.config import Config
from bot.names import ranking
from bot.names.ranking import close_readings
from bot.storage import name_search
from bot.storage.name_index import fts_terms
from bot.storage.name_search import NameIndexReader
from tests.names.test_kept_postings import SURNAMES, aliaksandrs
from tests.registry.data import FIELDS, write_csv

QUERIES = ["Аляксандр Сарын", "Александром Сариным", "Аляксандры Кавалёвай", "Aliaksandr Sloorin",
           "Aliaksandra Novik", "Maryna Zhuk", "Марыны Сарынай"]


def person(external_id: str, name: str) -> dict:
    return dict.fromkeys(FIELDS, "") | {"id": external_id, "name_en": name, "status": "held"}


def registry() -> list[dict]:
    """90 Aliaksandrs and Aliaksandr Sarin, 70 Marynas (both common: read ahead), three Aliaksandras."""
    rows = aliaksandrs(90)
    rows += [person(f"m-{i}", f"Maryna {SURNAMES[i % 10]}{'o' * (i // 10)}") for i in range(70)]
    rows += [person(f"aa-{i}", f"Aliaksandra {SURNAMES[i]}") for i in range(3)]
    rows.append(person("sarin", "Aliaksandr Sarin") | {"name_be": "Аляксандр Сарын", "name_ru": "Александр Сарин"})
    return rows


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = tmp_path / "bot.sqlite3"
    monkeypatch.setenv("PARDONWATCH_DB", str(path))
    assert main(["prisoners", "import", str(write_csv(tmp_path / "registry.csv", registry()))]) == 0
    return path


def read_ahead(reader: NameIndexReader) -> int:
    """Read every common form ahead, one snapshot each as a running bot does; how many."""
    with reader.snapshot() as index:
        forms = index.common_forms()
    for form in forms:
        with reader.snapshot() as index:
            assert index.read_ahead(form)
    return len(forms)


def answers(reader: NameIndexReader) -> list[list[tuple]]:
    with reader.snapshot() as index:
        return [[tuple(hit) for hit in ranking.rank(index, query, 5)] for query in QUERIES]


def reads_of(reader: NameIndexReader) -> list[int]:
    """How many ids each read of a posting from the database returns, from now on."""
    sizes: list[int] = []
    read = reader._ids

    def counted(query, limit):
        ids = read(query, limit)
        sizes.append(len(ids))
        return ids

    reader._ids = counted
    return sizes


def test_a_reader_that_read_ahead_answers_as_one_that_did_not(db, monkeypatch):
    # A cap of 40 makes "Sloorin"'s loose readings (Maryna's two slips away) reach it: the read of
    # those readings is then answered by the Marynas read ahead.
    monkeypatch.setattr(ranking, "_CANDIDATE_CAP", 40)
    cold, warm = NameIndexReader(str(db)), NameIndexReader(str(db))

    assert read_ahead(warm) >= 2
    assert answers(warm) == answers(cold)
    with closing(sqlite3.connect(db)) as conn:
        (sarin,) = conn.execute("SELECT id FROM prisoners WHERE external_id = 'sarin'").fetchone()
    assert [hits[0][0] for hits in answers(warm)[:2]] == [sarin, sarin]
    cold.close()
    warm.close()


@pytest.mark.parametrize("few_ids", [name_search._FEW_IDS, 0])
def test_a_union_made_from_postings_read_ahead_is_the_databases_union(db, monkeypatch, few_ids):
    # Inserted into a copy of the kept posting, or merged through a set: the same ascending ids.
    monkeypatch.setattr(name_search, "_FEW_IDS", few_ids)
    cold, warm = NameIndexReader(str(db)), NameIndexReader(str(db))
    read_ahead(warm)
    for word in ("Аляксандр", "Аляксандра", "Александром", "Aliaksandrai", "Марыны", "Marynaŭ"):
        forms = close_readings(word)
        with cold.snapshot() as c, warm.snapshot() as w:
            union = list(c.posting(forms))
            assert list(w.posting(forms)) == union, word
            # With a limit: at least that many of the lowest ids (all of them when a kept posting holds as many).
            limited = list(w.posting(forms, 10))
            assert len(limited) >= min(10, len(union)) and limited == union[:len(limited)], word
    cold.close()
    warm.close()


def test_a_declined_common_name_read_ahead_reads_only_its_own_few(db):
    reader = NameIndexReader(str(db))
    read_ahead(reader)
    sizes = reads_of(reader)

    with reader.snapshot() as index:
        declined = index.posting(close_readings("Аляксандры"))  # the Aliaksandras' key and Aliaksandr's stem

    assert len(declined) == 94  # 91 Aliaksandrs (Sarin too) and 3 Aliaksandras
    assert sizes and max(sizes) <= 3  # the three Aliaksandras, never the ninety Aliaksandrs again
    reader.close()


def test_a_change_of_names_after_reading_ahead_is_found_by_the_next_query(db, tmp_path):
    reader = NameIndexReader(str(db))
    read_ahead(reader)
    with reader.snapshot() as index:
        before = len(index.posting(close_readings("Aliaksandr")))

    rows = registry() + [person("a-new", "Aliaksandr Navumchyk")]
    assert main(["prisoners", "import", str(write_csv(tmp_path / "more.csv", rows))]) == 0

    with reader.snapshot() as index:
        assert len(index.posting(close_readings("Aliaksandr"))) == before + 1
        assert [h.entry for h in ranking.rank(index, "Aliaksandr Navumchyk", 1)]
    reader.close()


def kept(app, word: str) -> bool:
    reader = app.directory._reader
    return fts_terms(close_readings(word)) in reader._kept


async def test_a_running_bot_reads_ahead_only_once_no_search_has_run_for_a_while(db, monkeypatch):
    monkeypatch.setattr(directory_module, "READ_AHEAD_IDLE", 0.1)
    async with open_app(Config(db_path=db), read_names_ahead=True) as app:
        for _ in range(15):  # a search every 20 ms: never idle for 100 ms
            app.directory.search("Sarin")
            await asyncio.sleep(0.02)
        assert not kept(app, "Maryna")

        await asyncio.sleep(0.5)

        assert kept(app, "Maryna") and kept(app, "Aliaksandr")
        assert app.directory.search("Марыны Жук")[0].prisoner.name_en == "Maryna Zhuk"


async def test_a_one_shot_process_reads_nothing_ahead(db, monkeypatch):
    monkeypatch.setattr(directory_module, "READ_AHEAD_IDLE", 0.0)
    async with open_app(Config(db_path=db)) as app:
        await asyncio.sleep(0.1)
        assert not kept(app, "Maryna")
