"""The prisoner registry: import (CSV, JSON), export, and search by any spelling, in any case form."""

import gc
import json
import sqlite3

import pytest

from bot.cli import main
from bot.registry_import import BATCH
from tests.conftest import table_dump
from tests.registry.data import REGISTRY, write_csv

# Every spelling system, declined forms, typos, surname only, swapped order → the registry id.
VARIANTS = [
    ("Bialiatski", "v-1"), ("Bialyacki", "v-1"), ("Aleś Bialacki", "v-1"), ("Беляцкий", "v-1"),
    ("Бяляцкі", "v-1"), ("Byalyatsky", "v-1"), ("Беляцким", "v-1"), ("Бяляцкага", "v-1"),
    ("Tsikhanouski", "v-2"), ("Tikhanovsky", "v-2"), ("Cichanoŭski", "v-2"), ("Тихановский", "v-2"),
    ("Ціханоўскі", "v-2"), ("Ціханоўскага", "v-2"), ("Тихановского", "v-2"), ("Tichanowski", "v-2"),
    ("Марию Колесникову", "v-3"), ("Kolesnikova", "v-3"), ("Kalesnikava Maria", "v-3"), ("Калеснікавай", "v-3"),
    ("Kalesnikva", "v-3"),
    ("Losik", "v-4"), ("Лосика", "v-4"), ("Ігара Лосіка", "v-4"),
    ("Statkevich", "v-5"), ("Statkievič", "v-5"), ("Статкевича", "v-5"), ("Mikalai Statkevich", "v-5"),
    ("Золотову", "v-6"), ("Zolatava", "v-6"),
]


def _search(capsys, query):
    capsys.readouterr()
    assert main(["prisoners", "search", query, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(("query", "expected"), VARIANTS)
def test_prisoners_search_finds_every_spelling_first(registry_db, capsys, query, expected):
    results = _search(capsys, query)
    assert results and results[0]["id"] == expected
    assert set(results[0]) == {"id", "name_en", "name_be", "name_ru", "score"}
    assert results == sorted(results, key=lambda r: -r["score"])


@pytest.mark.parametrize(("query", "expected"), VARIANTS)
def test_prisoner_command_answers_for_every_spelling(registry_db, capsys, query, expected):
    name_be = next(r["name_be"] for r in REGISTRY if r["id"] == expected)
    capsys.readouterr()
    assert main(["ask", "--lang", "be", f"/prisoner {query}"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == name_be


def test_import_adopts_the_seed_entry_of_the_same_person(registry_db):
    with sqlite3.connect(registry_db) as conn:
        rows = conn.execute("SELECT count(*) FROM prisoners WHERE name_en = 'Ales Bialiatski'").fetchone()
    assert rows == (1,)


def test_prisoner_card_shows_status_since_sentence_and_source(registry_db, capsys):
    capsys.readouterr()
    main(["ask", "--lang", "ru", "/prisoner Bialiatski"])
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Алесь Беляцкий"
    assert "на свободе" in out and "13 декабря 2025" in out and "10 years" in out
    assert "prisoners.spring96.org" in out


def test_a_near_tie_asks_which_one(registry_db, capsys, tmp_path):
    extra = tmp_path / "two.jsonl"
    extra.write_text(json.dumps({"id": "v-7", "name_en": "Ihar Losik", "name_ru": "Игорь Лосик"}) + "\n"
                     + json.dumps({"id": "v-8", "name_en": "Ivan Losik"}) + "\n", encoding="utf-8")
    main(["prisoners", "import", str(extra)])
    capsys.readouterr()
    main(["ask", "/prisoner Losik"])
    assert "Several people match" in capsys.readouterr().out


def test_unusable_rows_are_reported_with_line_and_reason_and_the_rest_imported(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PARDONWATCH_DB", str(tmp_path / "db.sqlite3"))
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name_en,status,status_date,source_url\n"
                   "x-1,Palina Sharenda-Panasiuk,held,2024-01-01,\n"
                   ",No Id,held,,\n"
                   "x-3,,held,,\n"
                   "x-4,Some Body,jailed,,\n"
                   "x-5,Some Body Else,held,13.12.2025,\n"
                   "x-6,Other Body,held,,javascript:alert(1)\n", encoding="utf-8")
    assert main(["prisoners", "import", str(bad)]) == 1
    captured = capsys.readouterr()
    assert "1 added" in captured.out and "5 rows skipped" in captured.out
    for line in (3, 4, 5, 6, 7):
        assert f"line {line}:" in captured.err


def test_reimporting_the_same_file_changes_nothing(registry_db, tmp_path):
    before = table_dump(registry_db)
    csv_path = tmp_path / "registry.csv"
    assert main(["prisoners", "import", str(csv_path)]) == 0
    after = table_dump(registry_db)
    assert {k: v for k, v in after.items() if k != "prisoners"} == {k: v for k, v in before.items() if k != "prisoners"}
    assert [r[:-1] for r in after["prisoners"]] == [r[:-1] for r in before["prisoners"]]  # only updated_at may move


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_export_then_import_into_a_new_database_keeps_everyone(registry_db, tmp_path, monkeypatch, capsys, fmt):
    out = tmp_path / f"export.{fmt}"
    assert main(["prisoners", "export", str(out), "--format", fmt]) == 0
    monkeypatch.setenv("PARDONWATCH_DB", str(tmp_path / "copy.sqlite3"))
    assert main(["prisoners", "import", str(out), "--format", fmt]) == 0
    results = _search(capsys, "Ціханоўскага")
    assert results[0]["id"] == "v-2"
    with sqlite3.connect(tmp_path / "copy.sqlite3") as a, sqlite3.connect(registry_db) as b:
        query = "SELECT name_en, name_be, name_ru FROM prisoners ORDER BY name_en"
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


def test_abroad_and_new_case_statuses_are_imported_shown_and_exported(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PARDONWATCH_DB", str(tmp_path / "db.sqlite3"))
    given = tmp_path / "statuses.csv"
    given.write_text("id,name_en,name_ru,status,status_date\n"
                     "s-1,Siarhei Tsikhanouski,Сергей Тихановский,abroad,2025-06-21\n"
                     "s-2,Palina Sharenda-Panasiuk,Полина Шарендо-Панасюк,new_case,2022-03-01\n", encoding="utf-8")
    assert main(["prisoners", "import", str(given)]) == 0
    assert "0 rows skipped" in capsys.readouterr().out
    main(["ask", "--lang", "ru", "/prisoner Тихановский"])
    assert "на свободе, за пределами Беларуси" in capsys.readouterr().out
    main(["ask", "/prisoner Sharenda-Panasiuk"])
    assert "held, with a new case or sentence" in capsys.readouterr().out
    out = tmp_path / "export.jsonl"
    assert main(["prisoners", "export", str(out), "--format", "jsonl"]) == 0
    exported = {row["id"]: row["status"] for row in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert (exported["s-1"], exported["s-2"]) == ("abroad", "new_case")


def test_a_large_registry_is_imported_in_batches(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PARDONWATCH_DB", str(tmp_path / "big.sqlite3"))
    syllables = ["ba", "ve", "gi", "do", "zu", "ka", "le", "mi", "no", "pu"]

    def surname(i: int) -> str:
        return "".join(syllables[int(d)] for d in str(i)).capitalize() + "vich"

    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as fp:
        fp.write("id,name_en,status\n")
        for i in range(12_345):
            fp.write(f"r-{i},Ivan {surname(i)},held\n")
    assert main(["prisoners", "import", str(big)]) == 0
    assert "12345 added" in capsys.readouterr().out
    results = _search(capsys, f"Ivan {surname(12000)}")
    assert results[0]["id"] == "r-12000"


def test_an_id_given_twice_is_reported_by_line_even_a_batch_later_and_the_first_row_kept(tmp_path, monkeypatch,
                                                                                         capsys):
    monkeypatch.setenv("PARDONWATCH_DB", str(tmp_path / "db.sqlite3"))
    registry = tmp_path / "twice.csv"
    with registry.open("w", encoding="utf-8") as fp:
        fp.write("id,name_en,name_ru,status\n")
        fp.write("v-1,Ales Bialiatski,Алесь Беляцкий,released\n")  # line 2
        for i in range(BATCH + 500):  # past the importer's first batch
            fp.write(f"f-{i},Ivan Filler{i}ovich,,held\n")
        fp.write("v-1,Maria Kalesnikava,Мария Колесникова,released\n")  # line BATCH + 503
        fp.write("f-7,Ivan Other,,held\n")  # line BATCH + 504
    assert main(["prisoners", "import", str(registry)]) == 1
    captured = capsys.readouterr()
    assert f"{BATCH + 500} added, 1 updated" in captured.out and "2 rows skipped" in captured.out  # v-1: the seed's
    assert f"line {BATCH + 503}: duplicate id 'v-1' (first on line 2)" in captured.err
    assert f"line {BATCH + 504}: duplicate id 'f-7' (first on line 10)" in captured.err
    assert _search(capsys, "Беляцкий")[0]["id"] == "v-1"
    assert all(hit["id"] != "v-1" for hit in _search(capsys, "Kalesnikava"))


def test_a_person_imported_after_the_newest_one_was_removed_is_found_under_their_own_name(registry_db, tmp_path,
                                                                                          capsys):
    with sqlite3.connect(registry_db) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM prisoners WHERE external_id = 'v-6'")  # the last one imported
    newcomer = {"id": "v-7", "name_en": "Palina Sharenda-Panasiuk", "name_be": "Паліна Шарэнда-Панасюк",
                "name_ru": "Полина Шарендо-Панасюк", "aliases": "", "status": "released", "status_date": "",
                "sentence": "", "source_url": ""}
    assert main(["prisoners", "import", str(write_csv(tmp_path / "newcomer.csv", [newcomer]))]) == 0

    assert [r["id"] for r in _search(capsys, "Шарендо-Панасюк")][:1] == ["v-7"]
    assert "v-6" not in {r["id"] for r in _search(capsys, "Zolatava")}


def test_an_import_leaves_garbage_collection_as_it_found_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PARDONWATCH_DB", str(tmp_path / "registry.sqlite3"))
    before = gc.get_threshold(), gc.get_freeze_count()

    assert main(["prisoners", "import", str(write_csv(tmp_path / "registry.csv", REGISTRY))]) == 0

    assert (gc.get_threshold(), gc.get_freeze_count()) == before


def test_an_import_leaves_objects_frozen_before_it_frozen(tmp_path, monkeypatch):
    monkeypatch.setenv("PARDONWATCH_DB", str(tmp_path / "registry.sqlite3"))
    gc.freeze()  # as a process that loaded a large in-memory name index does
    try:
        frozen = gc.get_freeze_count()

        assert main(["prisoners", "import", str(write_csv(tmp_path / "registry.csv", REGISTRY))]) == 0

        assert gc.get_freeze_count() >= frozen > 0
    finally:
        gc.unfreeze()
