"""A registry import of many batches: its name index, what a crash leaves, and what the bot then finds.

The import writes on a connection of its own and folds names in worker processes (bot/registry_import.py);
these tests hold it to what the slower, person-by-person path writes, and to one transaction per batch.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import suppress
from pathlib import Path

from bench.namegen import make_people, registry_names
from bot.cli import main
from bot.registry_import import BATCH, FOLDING_NICENESS
from tests.registry.data import write_csv

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = BATCH * 12 + 321  # the first batch folded by the writer, the others by the two folding workers


def aliases(i: int, names: dict[str, str]) -> str:
    """Some people with one alias, some with two (given out of alphabetical order), most with none."""
    surname = names["name_ru"].split()[0]
    return {0: f"{surname} Младший;{surname} Z.", 1: surname}.get(i % 7, "")


def generated_registry(tmp_path: Path) -> Path:
    people = make_people(PEOPLE, seed=5)
    return write_csv(tmp_path / "generated.csv", [
        {"id": p.id, **registry_names(p), "aliases": aliases(i, registry_names(p)), "status": "held",
         "status_date": "2024-06-01", "sentence": "", "source_url": ""} for i, p in enumerate(people)])


def name_index(db: Path) -> dict[str, object]:
    """Everything the name index holds, by registry id where it is per person."""
    with sqlite3.connect(db) as conn:
        # name_typos is contentless: its vocabulary (each typo variant and how many stems it is near) is what it holds.
        conn.execute("CREATE VIRTUAL TABLE temp.typo_terms USING fts5vocab(main, name_typos, row)")
        return {
            "typos": conn.execute("SELECT term, doc FROM temp.typo_terms ORDER BY term").fetchall(),
            "entries": dict(conn.execute("SELECT coalesce(p.external_id, p.id), e.spellings FROM name_entries e"
                                         " JOIN prisoners p ON p.id = e.prisoner_id")),
            "keys": conn.execute("SELECT term, doc FROM name_form_terms ORDER BY term").fetchall(),
            "stems": {r[0] for r in conn.execute("SELECT stem FROM name_stems")},
            "count": conn.execute("SELECT entries FROM name_index_version").fetchone(),
            "pending": conn.execute("SELECT count(*) FROM name_keys_pending").fetchone(),
        }


def test_a_large_first_import_writes_the_index_that_folding_each_person_again_writes(tmp_path, monkeypatch, capsys):
    db = tmp_path / "registry.sqlite3"
    monkeypatch.setenv("PARDONWATCH_DB", str(db))
    assert main(["prisoners", "import", str(generated_registry(tmp_path))]) == 0
    assert f"{PEOPLE} added" in capsys.readouterr().out
    imported = name_index(db)
    with sqlite3.connect(db) as conn:  # the next start writes every person's keys again, one by one
        conn.execute("UPDATE name_index_version SET fold_version = 0")

    assert main(["prisoners", "search", "Ivan"]) == 0

    assert name_index(db) == imported
    assert len(imported["entries"]) == imported["count"][0] > PEOPLE and imported["pending"] == (0,)


def test_an_import_killed_midway_leaves_whole_batches_with_their_keys_and_the_rerun_completes_it(tmp_path):
    db = tmp_path / "registry.sqlite3"
    registry = generated_registry(tmp_path)
    argv = [sys.executable, "-m", "bot", "--db", str(db), "prisoners", "import", str(registry)]
    env = {"PYTHONPATH": str(ROOT), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    assert subprocess.run([*argv[:-3], "prisoners", "search", "Ivan"], env=env, cwd=ROOT, capture_output=True,
                          timeout=60).returncode == 0  # the database with its seed prisoners
    with sqlite3.connect(db) as conn:
        (seeded,) = conn.execute("SELECT count(*) FROM prisoners").fetchone()
    importing = subprocess.Popen(argv, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                 start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # killed as soon as its first batch is committed
            with sqlite3.connect(db, timeout=10) as conn:
                (people,) = conn.execute("SELECT count(*) FROM prisoners").fetchone()
            if people > seeded:
                break
            time.sleep(0.02)
        os.killpg(importing.pid, signal.SIGKILL)
    finally:
        importing.wait()

    with sqlite3.connect(db) as conn:
        registered = conn.execute("SELECT count(*) FROM prisoners WHERE external_id LIKE 'p%'").fetchone()[0]
        assert 0 < registered < PEOPLE and registered % BATCH == 0  # whole batches, nothing of the next one
        index = name_index(db)
        assert index["pending"] == (0,) and index["count"] == (registered + seeded,) == (len(index["entries"]),)
    rerun = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{PEOPLE - registered} added, 0 updated, {registered} unchanged" in rerun.stdout
    assert name_index(db)["count"] == (PEOPLE + seeded,)


def children_folding(pid: int) -> list[int]:
    """The folding worker processes that process ``pid`` started (a multiprocessing spawn)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes()
        except (OSError, ValueError, IndexError):
            continue
        if parent == pid and b"spawn_main" in command:
            found.append(int(entry.name))
    return found


def running(pid: int) -> bool:
    """True while process ``pid`` exists and is not a zombie (one that ended, not reaped yet)."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_a_large_import_folds_in_two_workers_and_both_end_when_it_is_killed_midway(tmp_path):
    db = tmp_path / "registry.sqlite3"
    argv = [sys.executable, "-m", "bot", "--db", str(db), "prisoners", "import", str(generated_registry(tmp_path))]
    env = {"PYTHONPATH": str(ROOT), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    importing = subprocess.Popen(argv, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 start_new_session=True)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while len(workers := children_folding(importing.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(workers) == 2, "the import never had two folding workers"
        importing.kill()  # the import alone, as the kernel's OOM killer or a crash would end it
        importing.wait()
        deadline = time.monotonic() + 15
        while any(map(running, workers)) and time.monotonic() < deadline:
            time.sleep(0.1)

        assert not any(map(running, workers))
    finally:
        importing.kill()
        importing.wait()
        for pid in filter(running, workers):  # what a failure leaves behind
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


def test_the_folding_workers_give_way_to_the_writer(tmp_path):
    db = tmp_path / "registry.sqlite3"
    argv = [sys.executable, "-m", "bot", "--db", str(db), "prisoners", "import", str(generated_registry(tmp_path))]
    env = {"PYTHONPATH": str(ROOT), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    importing = subprocess.Popen(argv, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while len(workers := children_folding(importing.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(workers) == 2, "the import never had two folding workers"
        deadline = time.monotonic() + 15  # a worker lowers its own priority as it starts
        while time.monotonic() < deadline:
            with suppress(ProcessLookupError):
                niceness = {pid: os.getpriority(os.PRIO_PROCESS, pid) for pid in [importing.pid, *workers]}
                if all(niceness[pid] > niceness[importing.pid] for pid in workers):
                    break
            time.sleep(0.02)

        assert all(niceness[pid] == niceness[importing.pid] + FOLDING_NICENESS for pid in workers), niceness
    finally:
        os.killpg(importing.pid, signal.SIGKILL)
        importing.wait()
