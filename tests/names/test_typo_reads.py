"""A typo query next to a common first name still finds the person meant: in memory, when the typo's
readings hold a thousand people, and in the database's index, declined Cyrillic forms too."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from bot.cli import main
from bot.names import ranking
from bot.names.index import NameIndex
from bot.storage.name_search import NameIndexReader
from tests.names.test_index import SortedPostings
from tests.names.test_kept_postings import SURNAMES, aliaksandrs
from tests.registry.data import FIELDS, write_csv

SARIN = ["Vitaly Sarin", "Віталь Сарын", "Виталий Сарин"]


def vitalys_and_marynas(vitalys: int, marynas: int) -> NameIndex:
    """Men named Vitaly and women named Maryna: "Maryna" is two slips from "Sloorin" (marin, slarin)."""
    names = [(f"vital-{i}", [f"Vitaly {SURNAMES[i % 10]}{'a' * (i // 10)}"]) for i in range(vitalys)]
    names += [(f"maryna-{i}", [f"Maryna {SURNAMES[i % 10]}{'o' * (i // 10)}"]) for i in range(marynas)]
    return NameIndex(names)


def test_a_typo_beside_a_common_first_name_finds_the_person():
    # "Sloorin" is one slip from Sarin and two from Maryna (whose stem is read as a typo reading too).
    index = vitalys_and_marynas(60, 30)
    index.add("sarin", SARIN)

    hits = ranking.rank(SortedPostings(index), "Vitaly Sloorin", 5)

    assert index._ext[hits[0].entry] == "sarin"


def test_a_typo_two_slips_from_a_thousand_peoples_first_name_still_finds_the_person():
    # A word's loose readings are taken best first until it has a thousand entries (the Marynas
    # are the thousand): the one-slip reading comes first, so Sarin is among the candidates.
    index = vitalys_and_marynas(5, ranking._CANDIDATE_CAP)
    index.add("sarin", SARIN)

    hits = ranking.rank(SortedPostings(index), "Vitaly Sloorin", 5)

    assert index._ext[hits[0].entry] == "sarin"


def test_the_database_index_finds_a_typo_and_declined_forms_beside_a_common_first_name(tmp_path, monkeypatch):
    db = tmp_path / "bot.sqlite3"
    monkeypatch.setenv("PARDONWATCH_DB", str(db))
    rows = aliaksandrs(120)
    rows.append(dict.fromkeys(FIELDS, "") | {"id": "sarin", "name_en": "Aliaksandr Sarin", "name_be": "Аляксандр Сарын",
                                             "name_ru": "Александр Сарин", "status": "held"})
    assert main(["prisoners", "import", str(write_csv(tmp_path / "registry.csv", rows))]) == 0
    with closing(sqlite3.connect(db)) as conn:
        (sarin,) = conn.execute("SELECT id FROM prisoners WHERE external_id = 'sarin'").fetchone()
    reader = NameIndexReader(str(db))
    with reader.snapshot() as index:
        for query in ("Aliaksandr Sloorin", "Аляксандра Сарына", "Александром Сариным", "Aleksandr Sarinn"):
            hits = ranking.rank(index, query, 5)
            assert hits and hits[0].entry == sarin, query
    reader.close()
