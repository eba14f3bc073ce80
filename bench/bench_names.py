"""Name search: the bot's stored name index against fair baselines, and what it costs at scale.

Usage: ``python bench/bench_names.py [--sizes 50000,100000,200000] [--queries 1000] [--held-out 500]
[--seed 1] [--no-baseline]``

1. Accuracy and latency, in this process, on the first size: the bot's directory over the database
   that the real import wrote, the same ranking over an in-memory index (the landed design), an
   SQLite FTS5 trigram table with a rapidfuzz WRatio re-rank, and rapidfuzz ``token_set_ratio`` over
   folded spellings. Queries: the generator's own (other systems, declined forms, typos, surname
   only, swapped order) and a held-out set in German, French, Polish, Lithuanian and Hebrew-press
   styles that the generator never produces.
2. Costs at every size, each in a fresh process running the real command line: import, unchanged
   re-import, one-shot ``prisoners search`` and ``ask``, bot start to first answer, resident memory
   and ``/prisoner`` latency of a running bot. Peak memory is the child's max RSS (``wait4``).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import gc
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.namegen import HELD_OUT, KINDS, make_held_out, make_people, make_queries, registry_names  # noqa: E402

MIB = 1024  # ru_maxrss is in KiB on Linux


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# ----------------------------------------------------------------------------- fair baselines
# What an engineer would write without our folding: Cyrillic transliterated letter by letter,
# diacritics stripped, lower case; then a trigram index or a token-set scorer over that.
_CYRILLIC_ASCII = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ł": "l", "ß": "ss",
}  # fmt: skip


def ascii_fold(text: str) -> str:
    """Lower case, Cyrillic letter by letter to Latin, diacritics dropped, words kept."""
    text = "".join(_CYRILLIC_ASCII.get(ch, ch) for ch in unicodedata.normalize("NFC", text.lower()))
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if ch.isascii())
    return " ".join("".join(ch if ch.isalpha() else " " for ch in text).split())


class TrigramBaseline:
    """SQLite FTS5 trigram table of folded spellings; the 50 best by bm25 re-ranked with WRatio."""

    def __init__(self, rows: list[tuple[str, list[str]]]):
        self.conn = sqlite3.connect(":memory:")
        self.conn.execute("CREATE VIRTUAL TABLE t USING fts5(name, tokenize='trigram')")
        self.owner: list[str] = []
        self.folded: list[str] = []
        for entry_id, names in rows:
            for name in names:
                self.owner.append(entry_id)
                self.folded.append(ascii_fold(name))
        self.conn.executemany("INSERT INTO t (rowid, name) VALUES (?, ?)", enumerate(self.folded))

    def top(self, query: str) -> str | None:
        from rapidfuzz import fuzz

        folded = ascii_fold(query)
        grams = {w[i:i + 3] for w in folded.split() for i in range(len(w) - 2)}
        if not grams:
            return None
        match = " OR ".join(f'"{g}"' for g in grams)
        rows = self.conn.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rank LIMIT 50", (match,)).fetchall()
        if not rows:
            return None
        best = max(rows, key=lambda r: fuzz.WRatio(folded, self.folded[r[0]]))
        return self.owner[best[0]]


class TokenSetBaseline:
    """rapidfuzz ``token_set_ratio`` of the folded query against every folded spelling."""

    def __init__(self, rows: list[tuple[str, list[str]]]):
        self.owner = [entry_id for entry_id, names in rows for _ in names]
        self.folded = [ascii_fold(name) for _, names in rows for name in names]

    def top(self, query: str) -> str | None:
        from rapidfuzz import fuzz, process

        best = process.extractOne(ascii_fold(query), self.folded, scorer=fuzz.token_set_ratio, processor=None)
        return self.owner[best[2]] if best else None


# ----------------------------------------------------------------------------- child processes
# Linux copies a parent's peak RSS into every child it forks, and the bench's own heap is large: the
# commands are started by this small launcher, spawned first, so a child's peak is its own.
_LAUNCHER = """
import json, os, subprocess, sys, time
for line in sys.stdin:
    argv, env = json.loads(line)
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            stdin=subprocess.DEVNULL, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    print(json.dumps([time.perf_counter() - start, usage.ru_maxrss, out, usage.ru_utime + usage.ru_stime]), flush=True)
"""


class Launcher:
    """Runs commands in fresh processes: wall seconds, peak RSS in MiB (from wait4), standard output;
    ``last_cpu`` is the last command's CPU seconds, its worker processes' included."""

    def __init__(self) -> None:
        self.last_cpu = 0.0
        self._proc = subprocess.Popen([sys.executable, "-c", _LAUNCHER], cwd=ROOT, stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, text=True)

    def run(self, argv: list[str], env: dict[str, str]) -> tuple[float, float, str]:
        self._proc.stdin.write(json.dumps([argv, env]) + "\n")
        self._proc.stdin.flush()
        wall, maxrss, out, self.last_cpu = json.loads(self._proc.stdout.readline())
        return wall, maxrss / MIB, out

    def close(self) -> None:
        self._proc.stdin.close()
        self._proc.wait()


def cli(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "bot", "--db", str(db), *args]


def child_env() -> dict[str, str]:
    return {"PYTHONPATH": str(ROOT), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(ROOT)}


def probe(db: str, queries_file: str, idle: str) -> None:
    """(Child) a running bot: start, first /prisoner answer, ``idle`` seconds without a command (a
    running bot reads the common names ahead then), then many; report latency and memory."""
    from bot.app import open_app
    from bot.config import Config
    from bot.transports import console

    queries = json.loads(Path(queries_file).read_text(encoding="utf-8"))

    async def serve() -> None:
        async with open_app(Config(db_path=Path(db)), read_names_ahead=True) as app:  # as `pardonwatch run`
            await console.ask(app.dispatcher, f"/prisoner {queries[0]}", "en", "local")
            print(json.dumps({"first_answer": time.time()}), flush=True)
            await asyncio.sleep(float(idle))
            gc.collect()
            lat, cpu = [], []
            for query in queries:
                t, c = time.perf_counter(), time.process_time()
                await console.ask(app.dispatcher, f"/prisoner {query}", "en", "local")
                lat.append((time.perf_counter() - t) * 1000)
                # The process's CPU (the database thread's too): steadier than wall time on a busy machine.
                cpu.append((time.process_time() - c) * 1000)
            rss = next(int(line.split()[1]) for line in Path("/proc/self/status").read_text().splitlines()
                       if line.startswith("VmRSS:"))
            print(json.dumps({"p50": statistics.median(lat), "p99": _pct(lat, 0.99), "cpu_p50": statistics.median(cpu),
                              "cpu_p99": _pct(cpu, 0.99), "rss": rss / MIB}), flush=True)

    asyncio.run(serve())


def running_bot(db: Path, queries: list[str], tmp: Path, idle: float = 0.0) -> dict:
    """Start a bot process on ``db``; time to its first answer, then (after ``idle`` seconds without a
    command) its latency and resident memory."""
    qfile = tmp / "probe_queries.json"
    qfile.write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
    start = time.time()
    proc = subprocess.Popen([sys.executable, __file__, "--probe", str(db), str(qfile), str(idle)], env=child_env(), cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    first = json.loads(proc.stdout.readline())
    result = json.loads(proc.stdout.readline())
    proc.wait()
    return {"start_to_first_answer": first["first_answer"] - start, **result}


# ----------------------------------------------------------------------------- the runs
def write_registry_csv(people, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fp:
        writer = csv.writer(fp)
        writer.writerow(["id", "name_en", "name_be", "name_ru", "aliases", "status", "status_date", "sentence",
                         "source_url"])
        for p in people:
            names = registry_names(p)
            writer.writerow([p.id, names["name_en"], names["name_be"], names["name_ru"], "", "held", "2024-06-01",
                             "", ""])


def accuracy(label: str, top: Callable[[str], str | None], queries, held_out) -> dict:
    """Top-1 by kind and held-out system, and latency over all queries."""
    lat, ok, total = [], Counter(), Counter()
    for query, expected, kind in [*queries, *held_out]:
        t = time.perf_counter()
        got = top(query)
        lat.append((time.perf_counter() - t) * 1000)
        total[kind] += 1
        ok[kind] += got == expected
    bench_ok = sum(ok[k] for k in KINDS) / max(1, sum(total[k] for k in KINDS))
    held_ok = sum(ok[s] for s in HELD_OUT) / max(1, sum(total[s] for s in HELD_OUT))
    return {"label": label, "p50": statistics.median(lat), "p99": _pct(lat, 0.99), "bench": bench_ok,
            "held": held_ok, "by": {k: ok[k] / max(1, total[k]) for k in (*KINDS, *HELD_OUT)}}


async def stored_directory(db: Path):
    from bot.directory import PrisonerDirectory
    from bot.storage import Database

    database = await Database.open(db, check_integrity=False)
    directory = PrisonerDirectory(database)
    await directory.load()
    return database, directory


def compare(db: Path, people, queries, held_out, baselines: bool) -> None:
    from bot.names.index import NameIndex

    rows = [(p.id, list(registry_names(p).values())) for p in people]
    results = []
    database, directory = asyncio.run(stored_directory(db))

    def stored(query: str) -> str | None:
        found = directory.search(query, limit=5)
        return found[0].prisoner.external_id if found else None

    for q, _, _ in queries[:50]:  # warm the page cache the way a running bot has it
        stored(q)
    # The bench's own heap (every generated person) is no part of a bot's: keep the cyclic GC off it.
    gc.collect()
    gc.freeze()
    results.append(accuracy("stored index (the bot)", stored, queries, held_out))
    directory.close()
    asyncio.run(database.close())
    if baselines:
        index = NameIndex(rows)
        gc.collect()
        gc.freeze()  # the landed bot froze its heap after building the index
        results.append(accuracy("in-memory index (landed design)",
                                lambda q: (h[0].entry_id if (h := index.search(q)) else None), queries, held_out))
        del index
        results.append(accuracy("FTS5 trigram + WRatio re-rank", TrigramBaseline(rows).top, queries, held_out))
        results.append(accuracy("rapidfuzz token_set_ratio, folded", TokenSetBaseline(rows).top, queries, held_out))
    print(f"\n== accuracy and latency, {len(people):,} entries: {len(queries)} bench queries, "
          f"{len(held_out)} held-out (same process)")
    print(f"{'method':36} {'p50 ms':>8} {'p99 ms':>8} {'top-1 bench':>12} {'top-1 held-out':>15}")
    for r in results:
        print(f"{r['label']:36} {r['p50']:8.2f} {r['p99']:8.2f} {r['bench']:12.1%} {r['held']:15.1%}")
    print("top-1 by kind:")
    for kind in (*KINDS, *HELD_OUT):
        print(f"  {kind:14} " + "  ".join(f"{r['label'].split(' (')[0]} {r['by'][kind]:.1%}" for r in results))
    if baselines:
        ours, best = results[0], max(results[2:], key=lambda r: r["bench"] + r["held"])
        print(f"stored index vs the best fair baseline ({best['label']}): bench {ours['bench']:.1%} vs "
              f"{best['bench']:.1%} ({(ours['bench'] - best['bench']) * 100:+.1f} points), held-out "
              f"{ours['held']:.1%} vs {best['held']:.1%} ({(ours['held'] - best['held']) * 100:+.1f}), declined "
              f"Cyrillic forms {ours['by']['declined']:.1%} vs {best['by']['declined']:.1%}; p50 x"
              f"{best['p50'] / ours['p50']:.0f}")


def search_latency(db: Path, queries: list[str]) -> tuple[float, float]:
    """p50 and p99 (ms) of the directory's search alone, in this process, page cache warm."""
    database, directory = asyncio.run(stored_directory(db))
    for query in queries[:50]:
        directory.search(query)
    gc.collect()
    gc.freeze()  # the generated people are the bench's heap, not a bot's
    lat = []
    for query in queries:
        t = time.perf_counter()
        directory.search(query)
        lat.append((time.perf_counter() - t) * 1000)
    directory.close()
    asyncio.run(database.close())
    return statistics.median(lat), _pct(lat, 0.99)


def costs(launcher: Launcher, n: int, people, queries, tmp: Path) -> dict:
    registry = tmp / f"registry-{n}.csv"
    write_registry_csv(people, registry)
    db = tmp / f"names-{n}.sqlite3"
    env = {**child_env(), "PARDONWATCH_DB": str(db)}
    run_child = launcher.run
    figures: dict[str, float] = {}
    figures["import_s"], figures["import_mib"], _ = run_child(cli(db, "prisoners", "import", str(registry)), env)
    figures["import_cpu"] = launcher.last_cpu
    figures["reimport_s"], figures["reimport_mib"], out = run_child(cli(db, "prisoners", "import", str(registry)), env)
    figures["reimport_cpu"] = launcher.last_cpu
    assert f"{n} unchanged" in out, out
    names = [q for q, _, kind in queries if kind != "typo"][:5]
    searches = [run_child(cli(db, "prisoners", "search", q), env) for q in names]
    figures["search_s"] = statistics.median(s[0] for s in searches)
    figures["search_max_s"] = max(s[0] for s in searches)
    figures["search_mib"] = max(s[1] for s in searches)
    asks = [run_child(cli(db, "ask", f"/prisoner {q}"), env) for q in names[:3]]
    figures["ask_s"] = statistics.median(a[0] for a in asks)
    figures["ask_mib"] = max(a[1] for a in asks)
    # The start-up check (open_app, when the file changed since a checked process closed it), and db check's.
    with closing(sqlite3.connect(db)) as conn:
        for pragma in ("quick_check", "integrity_check"):
            t = time.perf_counter()
            conn.execute(f"PRAGMA {pragma}").fetchall()
            figures[pragma] = time.perf_counter() - t
    figures["search_p50"], figures["search_p99"] = search_latency(db, [q for q, _, _ in queries])
    os.utime(db)  # as after a write by another process: this start runs the check
    figures["start_checked_s"] = running_bot(db, [q for q, _, _ in queries[:20]], tmp)["start_to_first_answer"]
    bot = running_bot(db, [q for q, _, _ in queries], tmp)  # the file as the last bot left it: no check
    figures.update({"start_s": bot["start_to_first_answer"], "rss_mib": bot["rss"], "prisoner_p50": bot["p50"],
                    "prisoner_p99": bot["p99"], "prisoner_cpu_p50": bot["cpu_p50"], "prisoner_cpu_p99": bot["cpu_p99"]})
    # The same after two seconds without a command: a running bot has read the common names ahead.
    idle = running_bot(db, [q for q, _, _ in queries], tmp, idle=2.0)
    figures.update({"idle_p50": idle["p50"], "idle_p99": idle["p99"], "idle_cpu_p50": idle["cpu_p50"],
                    "idle_cpu_p99": idle["cpu_p99"], "idle_rss_mib": idle["rss"]})
    figures["db_mib"] = db.stat().st_size / 2**20
    return figures


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print every figure next to its baseline or target."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="50000,100000,200000")
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--held-out", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-baseline", action="store_true", help="skip the slow rapidfuzz and trigram baselines")
    ap.add_argument("--probe", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.probe:
        probe(*args.probe)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    launcher = Launcher()
    with tempfile.TemporaryDirectory(prefix="bench_names_") as tmp_dir:
        tmp = Path(tmp_dir)
        empty = tmp / "empty.sqlite3"
        seeded = running_bot(empty, ["Бяляцкі"] * 200, tmp)
        for i, n in enumerate(sizes):
            people = make_people(n, args.seed)
            queries = make_queries(people, args.queries, args.seed)
            figures = costs(launcher, n, people, queries, tmp)
            rows.append((n, figures))
            if i == 0:
                held_out = make_held_out(people, args.held_out, args.seed)
                compare(tmp / f"names-{n}.sqlite3", people, queries, held_out, not args.no_baseline)
    launcher.close()
    print("\n== costs by registry size, each in a fresh process of the real command line (peak = max RSS)")
    print(f"bot with only the seed prisoners: resident {seeded['rss']:.0f} MiB, start to first answer "
          f"{seeded['start_to_first_answer']:.2f} s; the columns below add the registry to that bot")
    header = (f"{'entries':>8} {'import s':>9} {'MiB':>5} {'re-imp s':>9} {'MiB':>5} {'search s':>9} {'MiB':>5} "
              f"{'ask s':>6} {'MiB':>5} {'start s':>8} {'checking s':>11} {'quick_check s':>14} {'(db check s)':>13} {'RSS MiB':>8} "
              f"{'/prisoner p50':>14} {'p99 ms':>7} {'CPU p50':>8} {'p99 ms':>7} {'search alone p50':>17} {'p99 ms':>7} {'db MiB':>7}")
    print(header)
    for n, f in rows:
        print(f"{n:8,} {f['import_s']:9.1f} {f['import_mib']:5.0f} {f['reimport_s']:9.1f} {f['reimport_mib']:5.0f} "
              f"{f['search_s']:9.2f} {f['search_mib']:5.0f} {f['ask_s']:6.2f} {f['ask_mib']:5.0f} {f['start_s']:8.2f} "
              f"{f['start_checked_s']:11.2f} {f['quick_check']:14.2f} {f['integrity_check']:13.2f} {f['rss_mib']:8.0f} {f['prisoner_p50']:14.2f} {f['prisoner_p99']:7.2f} "
              f"{f['prisoner_cpu_p50']:8.2f} {f['prisoner_cpu_p99']:7.2f} "
              f"{f['search_p50']:17.2f} {f['search_p99']:7.2f} {f['db_mib']:7.0f}")
    print("/prisoner: a running bot's command through the dispatcher, reply card included, wall time; CPU: the"
          " process's CPU time per command; the commands come one after another from the first answer on")
    for n, f in rows:
        print(f"{n:8,}: /prisoner after 2 s without a command (the common names read ahead): p50 {f['idle_p50']:.2f},"
              f" p99 {f['idle_p99']:.2f} ms wall; CPU p50 {f['idle_cpu_p50']:.2f}, p99 {f['idle_cpu_p99']:.2f} ms;"
              f" resident {f['idle_rss_mib']:.0f} MiB")
    for n, f in rows:
        print(f"{n:8,}: import {f['import_s']:.1f} s wall, {f['import_cpu']:.1f} s of CPU (the writer and its folding"
              f" worker); unchanged re-import {f['reimport_s']:.1f} s wall, {f['reimport_cpu']:.1f} s of CPU")
    print("start s: bot start to first answer with the file as the last checked process closed it (no check);"
          " checking s: the same after the file changed (quick_check runs)")
    print(f"load average at the end: {os.getloadavg()[0]:.1f} (on a busy machine every wall time grows with it)")
    print("targets: import of 200k < 15 s and < 150 MiB; unchanged re-import < 10 s; one-shot search < 0.5 s and "
          "< 80 MiB; start to first answer < 1 s; resident with 50k < 110 MiB; /prisoner p99 < 5 ms; "
          "ask with 100k well under 1 s")


if __name__ == "__main__":
    main()
