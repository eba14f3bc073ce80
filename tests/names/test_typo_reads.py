"""A typo query next to a common first name still finds the person meant: in memory, when the typo's
readings hold a thousand people, and in the database's index, declined Cyrillic forms too. A typo's
loose readings are one read of the store, and the readings taken at the cap are the same in every
process and in both stores."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

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


def test_a_typos_loose_readings_are_one_read_of_the_store():
    # "Eduard Bualec" has no exact match: the fuzzy pass reads each word's prefixes and typo stems,
    # and each word's are read together (they hold far fewer than the cap), not one by one.
    index = NameIndex([("bialec", ["Eduard Bialets"]), ("bulec", ["Edvard Bulets"]), ("buslec", ["Eduard Buslets"]),
                       ("bualko", ["Eduarda Bualko"]), ("eduardau", ["Pavel Eduardau"])])
    source = SortedPostings(index)

    hits = ranking.rank(source, "Eduard Bualec", 5)

    assert {index._ext[h.entry] for h in hits} >= {"bialec", "bulec", "buslec"}
    close_reads, loose_reads = source.read[:2], source.read[2:]
    assert len(close_reads) == 2 and len(loose_reads) == 2 and all(len(forms) > 1 for forms in loose_reads)


PROBE = """
import sys
from bot.names.index import NameIndex
from tests.names.test_kept_postings import SURNAMES
names = [(f"ivan-{i}", [f"Ivan {SURNAMES[i % 10]}{'a' * (i // 10)}"]) for i in range(100)]
names += [(f"surin-{i}", [f"Aleh Surin {SURNAMES[i % 10]}{'o' * (i // 10)}"]) for i in range(600)]
names += [(f"burin-{i}", [f"Piotr Burin {SURNAMES[i % 10]}{'o' * (i // 10)}"]) for i in range(600)]
names.append(("murin", ["Ivan Murin", "Іван Мурын"]))
print(" ".join(m.entry_id for m in NameIndex(names).search("Ivan Kurin", 3)))
"""


def test_a_typo_query_finds_the_same_person_in_every_process():
    # "Kurin" is one slip from Burin, Murin and Surin alike, and the 1,200 Burins and Surins fill the
    # cap: which equally close readings are taken must not depend on the process's hash seed (the
    # order of a set of stems), or one bot finds Ivan Murin and the next a list of other Ivans.
    root = Path(__file__).resolve().parents[2]
    answers = [subprocess.run([sys.executable, "-c", PROBE], cwd=root, capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)}).stdout.split()
               for seed in ("0", "1")]

    assert answers[0] == answers[1]
    assert answers[0][0] == "murin"


def imported(tmp_path, monkeypatch, rows: list[dict]) -> Path:
    db = tmp_path / "bot.sqlite3"
    monkeypatch.setenv("PARDONWATCH_DB", str(db))
    assert main(["prisoners", "import", str(write_csv(tmp_path / "registry.csv", rows))]) == 0
    return db


def test_the_database_index_counts_the_people_each_reading_lists_after_a_rename(tmp_path, monkeypatch):
    # The counts decide which readings a typo takes at the cap; a renamed person's old name must not
    # be counted (the index keeps deleted entries until its segments merge).
    rows = aliaksandrs(30)
    db = imported(tmp_path, monkeypatch, rows)
    rows[0]["name_en"] = "Uladzimir Kavaliou"
    assert main(["prisoners", "import", str(write_csv(tmp_path / "renamed.csv", rows))]) == 0
    with closing(sqlite3.connect(db)) as conn:
        terms = [t for (t,) in conn.execute("SELECT term FROM name_form_terms")]
    reader = NameIndexReader(str(db))
    with reader.snapshot() as index:
        sizes = index.posting_sizes(terms)
        assert {t: n for t, n in sizes.items() if n} == {t: len(index.posting((t,))) for t in terms if index.posting((t,))}
        assert sizes["alaksandr"] == 29
    reader.close()


def test_the_database_index_takes_the_readings_memory_takes_when_a_typo_fills_the_cap(tmp_path, monkeypatch):
    # With a cap of 40, "Sloorin"'s readings (Sarin one slip away, the 60 Marynas two) fill it: the
    # stored index takes them by their counts, as the in-memory index does, and both find Sarin.
    monkeypatch.setattr(ranking, "_CANDIDATE_CAP", 40)
    rows = aliaksandrs(120)
    rows += [dict.fromkeys(FIELDS, "") | {"id": f"m-{i}", "name_en": f"Maryna {SURNAMES[i % 10]}{'o' * (i // 10)}",
                                          "status": "held"} for i in range(60)]
    rows.append(dict.fromkeys(FIELDS, "") | {"id": "sarin", "name_en": "Aliaksandr Sarin", "status": "held"})
    db = imported(tmp_path, monkeypatch, rows)
    memory = NameIndex((r["id"], [r["name_en"]]) for r in rows)
    with closing(sqlite3.connect(db)) as conn:
        external = dict(conn.execute("SELECT id, external_id FROM prisoners"))
    reader = NameIndexReader(str(db))
    with reader.snapshot() as index:
        stored = [(external[h.entry], h.score) for h in ranking.rank(index, "Aliaksandr Sloorin", 5)]
    reader.close()

    assert stored == [(m.entry_id, m.score) for m in memory.search("Aliaksandr Sloorin", 5)]
    assert stored[0][0] == "sarin"
