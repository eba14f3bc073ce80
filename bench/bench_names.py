"""Benchmark NameIndex against a rapidfuzz baseline on a synthetic registry.

Usage: ``python bench/bench_names.py [--n 50000] [--queries 1000] [--seed 1]``
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.namegen import KINDS, make_people, make_queries, registry_names  # noqa: E402
from bot.names.index import NameIndex  # noqa: E402


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _build(rows: list[tuple[str, list[str]]]) -> NameIndex:
    index = NameIndex()
    for entry_id, names in rows:
        index.add(entry_id, names)
    return index


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print latency, accuracy, build time and memory."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=50_000)
    ap.add_argument("--queries", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-baseline", action="store_true", help="skip the slow rapidfuzz baseline")
    args = ap.parse_args(argv)

    people = make_people(args.n, args.seed)
    rows = [(p.id, list(registry_names(p).values())) for p in people]
    queries = make_queries(people, args.queries, args.seed)
    print(f"registry: {len(rows)} entries, {sum(len(n) for _, n in rows)} spellings; {len(queries)} queries")

    t0 = time.perf_counter()
    index = _build(rows)
    build_s = time.perf_counter() - t0
    tracemalloc.start()
    _build(rows)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"NameIndex build: {build_s:.2f} s; tracemalloc peak {peak / 2**20:.1f} MiB")

    # A long-lived bot freezes its startup heap so that cyclic GC stops rescanning the index.
    gc.collect()
    gc.freeze()
    for q, _, _ in queries[:50]:  # warm caches the way a running bot would have them
        index.search(q)
    lat, ok_by_kind, total_by_kind, misses = [], Counter(), Counter(), []
    for q, expected, kind in queries:
        t = time.perf_counter()
        hits = index.search(q, limit=5)
        lat.append((time.perf_counter() - t) * 1000)
        total_by_kind[kind] += 1
        if hits and hits[0].entry_id == expected:
            ok_by_kind[kind] += 1
        elif len(misses) < 15:
            misses.append((kind, q, expected, hits[:2]))
    acc = sum(ok_by_kind.values()) / len(queries)
    p50, p99 = statistics.median(lat), _pct(lat, 0.99)
    print(f"NameIndex: p50 {p50:.3f} ms, p99 {p99:.3f} ms, max {max(lat):.3f} ms, top-1 {acc:.1%}")
    print("  by kind: " + ", ".join(f"{k} {ok_by_kind[k] / max(1, total_by_kind[k]):.1%}" for k in KINDS))
    for kind, q, expected, hits in misses:
        print(f"  miss [{kind}] {q!r} -> expected {expected} ({registry_names(people[int(expected[1:])])}) "
              f"got {[(h.entry_id, h.score, h.matched) for h in hits]}")

    if args.no_baseline:
        return
    from rapidfuzz import fuzz, process, utils

    choices, owner = [], []
    for entry_id, names in rows:
        for name in names:
            choices.append(name)
            owner.append(entry_id)
    blat, bok = [], 0
    for q, expected, _ in queries:
        t = time.perf_counter()
        best = process.extractOne(q, choices, scorer=fuzz.WRatio, processor=utils.default_process)
        blat.append((time.perf_counter() - t) * 1000)
        bok += bool(best) and owner[best[2]] == expected
    bacc = bok / len(queries)
    b50, b99 = statistics.median(blat), _pct(blat, 0.99)
    print(f"rapidfuzz extractOne WRatio: p50 {b50:.3f} ms, p99 {b99:.3f} ms, top-1 {bacc:.1%}")
    print(f"ratios (baseline / NameIndex): p50 x{b50 / p50:.1f}, p99 x{b99 / p99:.1f}; "
          f"accuracy {acc:.1%} vs {bacc:.1%} (+{(acc - bacc) * 100:.1f} points)")


if __name__ == "__main__":
    main()
