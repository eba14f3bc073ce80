"""A running bot keeps the postings of common names between queries, for as long as the name index
is unchanged: a commit elsewhere in the database (the poller's, a chat's language) keeps them, a
change of names by any connection drops them, and the next query reads the new ones."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from bot.cli import main
from bot.names.ranking import rank
from bot.storage.name_search import NameIndexReader
from tests.registry.data import FIELDS, write_csv

SURNAMES = ["Kavaliou", "Novik", "Savchuk", "Marozau", "Lahvinets", "Bondar", "Kuzmich", "Hrytsuk", "Zhuk",
            "Shevchuk"]


def aliaksandrs(count: int) -> list[dict]:
    """`count` registry rows of men named Aliaksandr (a common first name: its posting is kept)."""
    rows = []
    for i in range(count):
        surname = f"{SURNAMES[i % len(SURNAMES)]}{'a' * (i // len(SURNAMES))}"
        rows.append(dict.fromkeys(FIELDS, "") | {"id": f"a-{i}", "name_en": f"Aliaksandr {surname}",
                                                  "status": "held"})
    return rows


def found(reader: NameIndexReader, query: str) -> list[int]:
    with reader.snapshot() as index:
        return [hit.entry for hit in rank(index, query, 5)]


def test_kept_postings_outlive_other_commits_and_follow_a_change_of_names(tmp_path, monkeypatch):
    db = tmp_path / "bot.sqlite3"
    monkeypatch.setenv("PARDONWATCH_DB", str(db))
    rows = aliaksandrs(80)
    assert main(["prisoners", "import", str(write_csv(tmp_path / "registry.csv", rows))]) == 0
    reader = NameIndexReader(str(db))
    assert found(reader, "Aliaksandr Navumchyk") == []
    with reader.snapshot() as index:
        aliaksandr = index.posting(("alaksandr",))
    assert len(aliaksandr) == 80

    # Another connection commits something that is not a name: the posting read is still the kept one.
    with closing(sqlite3.connect(db)) as other, other:
        other.execute("INSERT INTO chats (platform, chat_id, language) VALUES ('telegram', '42', 'be')")
    with reader.snapshot() as index:
        assert index.posting(("alaksandr",)) is aliaksandr

    # Another import adds an Aliaksandr: the very next query finds him.
    rows.append(dict.fromkeys(FIELDS, "") | {"id": "a-new", "name_en": "Aliaksandr Navumchyk", "status": "held"})
    assert main(["prisoners", "import", str(write_csv(tmp_path / "registry.csv", rows))]) == 0
    assert len(found(reader, "Aliaksandr Navumchyk")) == 1
    with reader.snapshot() as index:
        assert len(index.posting(("alaksandr",))) == 81
    reader.close()
