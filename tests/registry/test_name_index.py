"""The name index lives in the database: every process reads it, imports and upgrades write it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bench.namegen import make_people, make_queries, registry_names
from bot.cli import main
from bot.names import NameIndex
from bot.names.stored import decode_spellings
from bot.storage.db import migrations
from bot.storage.prisoners import SELECT_PRISONERS, prisoner_from_row
from tests.registry.data import REGISTRY, write_csv

ROOT = Path(__file__).resolve().parents[2]


def import_in_another_process(db: Path, registry: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "bot", "--db", str(db), "prisoners", "import", str(registry)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    return done.stdout


def search(capsys, query: str) -> list[dict]:
    capsys.readouterr()
    assert main(["prisoners", "search", query, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def landed_database(path: Path) -> Path:
    """A database of the schema before the name index (user_version 7), with two people in it."""
    with sqlite3.connect(path) as conn:
        for number, _, script in migrations():
            if number <= 7:
                conn.executescript(script)
        conn.execute("PRAGMA user_version = 7")
        conn.executemany(
            "INSERT INTO prisoners (id, external_id, name_en, name_be, name_ru, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
            [(1, "v-2", "Siarhei Tsikhanouski", "Сяргей Ціханоўскі", "Сергей Тихановский", "2025-01-01"),
             (2, "v-3", "Maria Kalesnikava", "Марыя Калеснікава", "Мария Колесникова", "2025-01-01")])
        conn.execute("INSERT INTO prisoner_aliases (prisoner_id, alias) VALUES (2, 'Masha Kalesnikava')")
        # An article, so that opening it does not seed it: only these two people are in it.
        conn.execute("INSERT INTO articles (outlet, lang, is_report, added_at) VALUES ('Outlet', 'en', 0, '2025-01-01')")
    return path


async def test_a_running_bot_finds_people_that_a_command_line_import_added(app, ask, config, tmp_path):
    assert not (await ask("/prisoner Золотову", lang="be")).startswith("Марына Золатава")

    import_in_another_process(config.db_path, write_csv(tmp_path / "registry.csv", REGISTRY))

    assert (await ask("/prisoner Золотову", lang="be")).splitlines()[0] == "Марына Золатава"
    assert (await ask("/prisoner Ціханоўскага", lang="be")).splitlines()[0] == "Сяргей Ціханоўскі"


async def test_a_running_bot_finds_a_renamed_person_by_the_new_name_only(app, ask, config, tmp_path):
    import_in_another_process(config.db_path, write_csv(tmp_path / "registry.csv", REGISTRY))
    assert (await ask("/prisoner Золотову", lang="be")).splitlines()[0] == "Марына Золатава"
    renamed = [dict(row, name_en="Maryna Hlebava", name_be="Марына Глебава", name_ru="Марина Глебова")
               if row["id"] == "v-6" else row for row in REGISTRY]

    assert "1 updated" in import_in_another_process(config.db_path, write_csv(tmp_path / "renamed.csv", renamed))

    assert (await ask("/prisoner Марину Глебову", lang="be")).splitlines()[0] == "Марына Глебава"
    assert "Марына Глебава" not in await ask("/prisoner Золотову", lang="be")


def test_reimporting_an_unchanged_registry_commits_nothing(registry_db, tmp_path, capsys):
    with sqlite3.connect(registry_db) as watcher:
        (version,) = watcher.execute("PRAGMA data_version").fetchone()
        keys = watcher.execute("SELECT * FROM name_entries ORDER BY prisoner_id").fetchall()
        capsys.readouterr()

        assert main(["prisoners", "import", str(tmp_path / "registry.csv")]) == 0

        assert "0 added, 0 updated, 6 unchanged" in capsys.readouterr().out
        assert watcher.execute("PRAGMA data_version").fetchone() == (version,)  # no other connection committed
        assert watcher.execute("SELECT * FROM name_entries ORDER BY prisoner_id").fetchall() == keys


def test_a_new_alias_in_the_registry_is_an_update_and_finds_the_person(registry_db, tmp_path, capsys):
    with_nickname = [dict(row, aliases="Dziadzia Kola") if row["id"] == "v-5" else row for row in REGISTRY]
    capsys.readouterr()

    assert main(["prisoners", "import", str(write_csv(tmp_path / "nickname.csv", with_nickname))]) == 0

    assert "0 added, 1 updated, 5 unchanged" in capsys.readouterr().out
    assert search(capsys, "Dziadzia Kola")[0]["id"] == "v-5"


def test_upgrading_a_database_of_the_landed_schema_writes_every_persons_name_keys(tmp_path, monkeypatch, capsys):
    db = landed_database(tmp_path / "landed.sqlite3")
    monkeypatch.setenv("PARDONWATCH_DB", str(db))

    assert search(capsys, "Ціханоўскага")[0]["id"] == "v-2"

    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT prisoner_id FROM name_entries ORDER BY prisoner_id").fetchall() == [(1,), (2,)]
        assert conn.execute("SELECT count(*) FROM name_keys_pending").fetchone() == (0,)
        (stored,) = conn.execute("SELECT spellings FROM name_entries WHERE prisoner_id = 2").fetchone()
    # One spelling per script and folded form: the Russian one folds like the Belarusian one.
    assert [spelling.raw for spelling in decode_spellings(stored)] == [
        "Maria Kalesnikava", "Марыя Калеснікава", "Masha Kalesnikava"]


@pytest.mark.parametrize(("query", "expected"), [
    ("Марию Колесникову", "v-3"), ("Калеснікавай", "v-3"), ("Kolesnikowa", "v-3"), ("Masha Kalesnikava", "v-3"),
    ("Сергея Тихановского", "v-2"), ("Cichanoŭskaha", "v-2"), ("Tichanowski", "v-2"),
])
def test_a_fresh_search_reads_the_keys_an_upgrade_wrote_and_folds_no_stored_name(tmp_path, monkeypatch, capsys,
                                                                                   query, expected):
    db = landed_database(tmp_path / "landed.sqlite3")
    monkeypatch.setenv("PARDONWATCH_DB", str(db))
    assert main(["db", "check"]) == 0 and search(capsys, "Tsikhanouski")  # the upgrade, in its own run

    def no_folding(*_):
        raise AssertionError("a search must not fold the registry's names again")

    monkeypatch.setattr("bot.storage.name_index.index_entry", no_folding)
    assert search(capsys, query)[0]["id"] == expected


def test_keys_made_by_older_folding_rules_are_made_again(registry_db, capsys):
    with sqlite3.connect(registry_db) as conn:
        conn.execute("UPDATE name_index_version SET fold_version = 0")

    assert search(capsys, "Марию Колесникову")[0]["id"] == "v-3"

    with sqlite3.connect(registry_db) as conn:
        assert conn.execute("SELECT count(*) FROM name_entries").fetchone() == \
            conn.execute("SELECT count(*) FROM prisoners").fetchone()
        assert conn.execute("SELECT fold_version FROM name_index_version").fetchone() != (0,)


def test_the_stored_index_ranks_every_query_as_the_in_memory_index_does(tmp_path, monkeypatch, capsys):
    people = make_people(1500, seed=11)
    rows = [{"id": p.id, **registry_names(p), "aliases": "", "status": "held", "status_date": "", "sentence": "",
             "source_url": ""} for p in people]
    db = tmp_path / "generated.sqlite3"
    monkeypatch.setenv("PARDONWATCH_DB", str(db))
    assert main(["prisoners", "import", str(write_csv(tmp_path / "generated.csv", rows))]) == 0
    with sqlite3.connect(db) as conn:  # everyone in the database, the seed prisoners too, in id order
        everyone = [prisoner_from_row(r) for r in conn.execute(f"{SELECT_PRISONERS} ORDER BY p.id")]  # noqa: S608
    in_memory = NameIndex((p.external_id or str(p.id), p.all_names) for p in everyone)
    # Every kind of query, with prefixes and typos: the fuzzy paths read the stored postings too.
    queries = [q for q, _, _ in make_queries(people, 120, seed=11)] + ["Aliaks", "Kaval", "Сяргея", "Ivan"]

    for query in queries:
        stored = [(r["id"], r["score"]) for r in search(capsys, query)]
        assert stored == [(m.entry_id, round(m.score, 3)) for m in in_memory.search(query)], query


def test_the_entry_count_that_weighs_every_word_follows_every_change_of_the_index(registry_db, tmp_path, capsys):
    def counted_and_real(conn) -> tuple[int, int]:
        (counted,) = conn.execute("SELECT entries FROM name_index_version").fetchone()
        (real,) = conn.execute("SELECT count(*) FROM name_entries").fetchone()
        return counted, real

    renamed = [dict(row, name_en="Maryna Hlebava", name_be="Марына Глебава", name_ru="Марина Глебова")
               if row["id"] == "v-6" else row for row in REGISTRY]
    assert main(["prisoners", "import", str(write_csv(tmp_path / "renamed.csv", renamed))]) == 0
    with sqlite3.connect(registry_db) as conn:
        counted, real = counted_and_real(conn)
        assert counted == real > len(REGISTRY)
        conn.execute("UPDATE name_index_version SET fold_version = 0")  # every key made again at the next start

    assert search(capsys, "Марину Глебову")[0]["id"] == "v-6"

    with sqlite3.connect(registry_db) as conn:
        assert counted_and_real(conn) == (real, real)


def test_a_reimport_writes_again_the_name_that_was_changed_in_the_database_since(registry_db, tmp_path, capsys):
    with sqlite3.connect(registry_db) as conn:  # e.g. a moderator's fix, or another tool
        conn.execute("UPDATE prisoners SET name_en = 'Ihar Losyk' WHERE external_id = 'v-4'")
    capsys.readouterr()

    assert main(["prisoners", "import", str(tmp_path / "registry.csv")]) == 0

    assert "0 added, 1 updated, 5 unchanged" in capsys.readouterr().out
    assert search(capsys, "Ihar Losik")[0]["name_en"] == "Ihar Losik"


def test_a_reimport_adds_again_the_registrys_alias_that_was_removed_since(registry_db, tmp_path, capsys):
    with sqlite3.connect(registry_db) as conn:
        conn.execute("DELETE FROM prisoner_aliases WHERE alias = 'Aleś Bialacki'")
    capsys.readouterr()

    assert main(["prisoners", "import", str(tmp_path / "registry.csv")]) == 0

    assert "0 added, 1 updated, 5 unchanged" in capsys.readouterr().out
    assert search(capsys, "Aleś Bialacki")[0]["id"] == "v-1"


def test_a_registry_import_writes_its_new_peoples_keys_without_queueing_them(tmp_path, monkeypatch, capsys):
    db = tmp_path / "registry.sqlite3"
    monkeypatch.setenv("PARDONWATCH_DB", str(db))
    search(capsys, "Бяляцкі")  # the schema and the seed prisoners, queued and written as ever
    with sqlite3.connect(db) as conn:
        conn.executescript("CREATE TABLE queued (prisoner_id INTEGER);"
                           "CREATE TRIGGER queue_watched AFTER INSERT ON name_keys_pending"
                           " BEGIN INSERT INTO queued VALUES (new.prisoner_id); END;")

    assert main(["prisoners", "import", str(write_csv(tmp_path / "registry.csv", REGISTRY))]) == 0

    assert search(capsys, "Марину Золотову")[0]["id"] == "v-6"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM queued").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM name_keys_pending").fetchone() == (0,)


def test_people_added_and_removed_outside_an_import_are_counted_and_found(registry_db, capsys):
    def counted_and_real(conn) -> tuple[int, int]:
        (counted,) = conn.execute("SELECT entries FROM name_index_version").fetchone()
        (real,) = conn.execute("SELECT count(*) FROM name_entries").fetchone()
        return counted, real

    with sqlite3.connect(registry_db) as conn:
        before, _ = counted_and_real(conn)
        conn.execute("INSERT INTO prisoners (name_en, name_be, updated_at) VALUES"
                     " ('Palina Sharenda-Panasiuk', 'Паліна Шарэнда-Панасюк', '2025-01-01')")
        conn.execute("DELETE FROM prisoners WHERE external_id IN ('v-5', 'v-6')")

    assert search(capsys, "Паліну Шарэнду-Панасюк")[0]["name_en"] == "Palina Sharenda-Panasiuk"
    assert not any(hit["id"] == "v-6" for hit in search(capsys, "Марину Золотову"))
    with sqlite3.connect(registry_db) as conn:
        assert counted_and_real(conn) == (before - 1, before - 1)
