"""Registry files that are too big in one place, or not UTF-8: the import reports each bad line by its
number, keeps going to the end of the file, and says how to read a file in another encoding."""

from __future__ import annotations

import json

import pytest

from bot.cli import main

HEADER = "id,name_en,name_be,name_ru,status\n"
BEFORE = "v-1,Ales Bialiatski,Алесь Бяляцкі,Алесь Беляцкий,released\n"
AFTER = ("v-3,Maria Kalesnikava,Марыя Калеснікава,Мария Колесникова,released\n"
         "v-4,Maksim Znak,Максім Знак,Максим Знак,released\n"
         "v-5,Mikola Statkevich,Мікола Статкевіч,Николай Статкевич,held\n")


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setenv("PARDONWATCH_DB", str(tmp_path / "db.sqlite3"))
    return tmp_path / "db.sqlite3"


def _found(capsys, name: str) -> list[str]:
    capsys.readouterr()
    assert main(["prisoners", "search", name, "--json"]) == 0
    return [hit["id"] for hit in json.loads(capsys.readouterr().out)]


@pytest.mark.parametrize(("oversized", "lines", "error"), [
    # 20 MB on one line (the probe's was 50 MB)
    ('v-2,"' + "Ц" * 10_000_000 + '",,,held\n', 1,
     "line 3: longer than 1 MiB, the limit for a line of a registry file: the row was skipped"),
    # past csv's 131,072 characters in a quoted field over three lines
    ('v-2,"' + "\n".join(["Ц" * 60_000] * 3) + '",,,held\n', 3,
     "line 5: unreadable CSV: field larger than field limit (131072)"),
], ids=["one huge line", "a quoted field over several lines"])
def test_an_oversized_field_costs_its_row_and_the_rest_of_the_file_is_imported(db, tmp_path, capsys, oversized,
                                                                               lines, error):
    registry = tmp_path / "registry.csv"
    registry.write_text(HEADER + BEFORE + oversized + AFTER, encoding="utf-8")
    assert main(["prisoners", "import", str(registry)]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [error]
    assert captured.out.startswith(f"{2 + lines + 3} lines read: ")  # to the end of the file
    assert captured.out.strip().endswith(", 1 rows skipped")
    assert _found(capsys, "Статкевіч")[0] == "v-5"  # the last row of the file


def _cp1251_registry(tmp_path):
    registry = tmp_path / "viasna-export.csv"
    registry.write_bytes((HEADER + BEFORE + AFTER).encode("cp1251"))
    return registry


def test_a_file_in_another_encoding_names_each_line_and_how_to_read_it(db, tmp_path, capsys):
    registry = _cp1251_registry(tmp_path)
    assert main(["prisoners", "import", str(registry)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert [line.split(" (byte")[0] for line in err[:4]] == [f"line {n}: not utf-8 text" for n in (2, 3, 4, 5)]
    assert err[4] == ("4 lines are not utf-8 text. If the file is in another encoding, give it:"
                      f" pardonwatch prisoners import --encoding cp1251 {registry}")


def test_a_cp1251_file_imports_with_its_encoding_given(db, tmp_path, capsys):
    registry = _cp1251_registry(tmp_path)
    assert main(["prisoners", "import", "--encoding", "cp1251", str(registry)]) == 0
    assert capsys.readouterr().out.strip().endswith(", 0 rows skipped")
    assert _found(capsys, "Калеснікава")[0] == "v-3"
