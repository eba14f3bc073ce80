#!/usr/bin/env python3
"""How much of the name error is recognition, how much is role.

For every corpus with gold it runs the extractor in-process and compares, by the scorer's surname key:
- recall of the recogniser: each gold name (named_released or named_still_held) found among the people the
  extractor recognised at all, whatever role it gave them;
- role errors: a gold name recognised but put in the wrong list (or in none);
- extra people: recognised people in neither gold list, by the role they got ("released"/"still_held" ones are
  the ones that cost a field) and, with --show, listed with their sentence so they can be classed by hand;
- with --roles, every gold name given the wrong role and every spurious released/held person, with the sentences
  that name them, to class the deciding clause by hand (docs/extract-corpus.md, eleventh round).

Usage (from the project's root):
    .venv/bin/python tools/measure_recognition.py [--show] [--missed] [--roles] [CORPUS_DIR GOLD_JSON ...]
Without arguments it measures tests/extract/corpus* and the sealed sets under /work that exist.
"""

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.extract import extract_report  # noqa: E402
from bot.extract.extractor import _read  # noqa: E402
from bot.extract.names import is_public_figure  # noqa: E402
from tests.extract.helpers import scorer_surname_key  # noqa: E402

SEALED = [("blind6", "/work/blind6_all", "/work/notes/blind6_gold.json"),
          ("blind7", "/work/blind7_all", "/work/notes/blind7_gold.json"),
          ("blind10", "/work/blind10_all", "/work/notes/blind10_gold.json"),
          ("blind11", "/work/blind11_all", "/work/notes/blind11_gold.json"),
          ("blind12", "/work/blind12_all", "/work/notes/blind12_gold.json"),
          ("holdout", "/work/holdout_all", "/work/notes/holdout_gold.json")]


def corpora(args: list[str]) -> list[tuple[str, Path, Path]]:
    """(label, article folder, gold file) for each corpus to measure."""
    if args:
        return [(Path(d).name, Path(d), Path(g)) for d, g in zip(args[::2], args[1::2], strict=True)]
    found = [(d.name, d, d / "gold.json") for d in sorted((ROOT / "tests" / "extract").glob("corpus*"))
             if (d / "gold.json").is_file()]
    return found + [(label, Path(d), Path(g)) for label, d, g in SEALED if Path(g).is_file()]


def _folded(name: str) -> str:
    return " ".join(name.casefold().replace("ё", "е").split())


def _kind(name: str) -> str:
    """A rough class of a recognised person in neither gold list (the rest are classed by hand with --show)."""
    if is_public_figure(name):
        return "kind: official or exiled leader (public-figure table)"
    return "kind: one word (surname alone)" if " " not in name.strip() else "kind: full name (speaker, relative, ...)"


def _mentions(sentences, name: str) -> list:
    """The article's sentences that name the person (by the scorer's surname key of any capitalised word)."""
    key = scorer_surname_key(name)
    return [s for s in sentences if any(scorer_surname_key(w) == key for w in re.findall(r"[^\W\d_][\w'’-]+", s.text))]


def measure(folder: Path, gold_file: Path, show: bool, missed: bool, tally: dict, roles: bool = False) -> None:
    """Add one corpus's counts to `tally` (per language) and print its extras/misses when asked."""
    for gold in json.loads(gold_file.read_text(encoding="utf-8")):
        path = folder / gold["file"]
        if not path.is_file():
            continue
        published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
        report = extract_report(path.read_text(encoding="utf-8"), published)
        # A couple shares one surname key ("Людмила Кравец", "Олег Кравец"): each key keeps all its people.
        people: dict[str, list] = defaultdict(list)
        for p in report.names:
            people[scorer_surname_key(p.nominative or p.name)].append(p)
        lang = gold.get("lang") or report.lang
        t = tally[lang]
        wanted = {}
        for role in ("named_released", "named_still_held"):
            for name in gold.get(role) or []:
                wanted[scorer_surname_key(name)] = (name, role.removeprefix("named_"))
        for key, (name, role) in wanted.items():
            t["gold"] += 1
            found = people.get(key)
            if not found:
                t["not recognised"] += 1
                if missed:
                    print(f"  MISSED {folder.name}/{gold['file']}: {name} ({role})")
                continue
            person = min(found, key=lambda p: (p.role != role, _folded(p.nominative) != _folded(name)))
            t["recognised, right role" if person.role == role else f"recognised, role {person.role} (want {role})"] += 1
            if roles and person.role != role:
                # The sentences that decide the role, to class the clause by hand (see docs/extract-corpus.md).
                print(f"  ROLE {folder.name}/{gold['file']} [{lang}] {name}: got {person.role}, want {role}")
                for s in _mentions(_read(path.read_text(encoding="utf-8"), None)[1], name)[:6]:
                    print(f"      | {s.text[:220]}")
            if _folded(person.nominative) != _folded(name):
                # Found, but its nominative is not the gold's: the scorer's key forgives most of these.
                t["nominative differs from gold"] += 1
                if missed:
                    print(f"  NOMINATIVE {folder.name}/{gold['file']}: {person.nominative!r} for {name!r}")
        for key, found in people.items():
            for p in found if key not in wanted else []:
                t[f"extra person, role {p.role}"] += 1
                t[f"extra person, {_kind(p.nominative)}"] += 1
                if roles and p.role in ("released", "still_held"):
                    print(f"  SPURIOUS {folder.name}/{gold['file']} [{lang}] {p.name}: got {p.role}, want neither")
                    print(f"      | {p.evidence[:220]}")
                if show:
                    print(f"  EXTRA {folder.name}/{gold['file']}: {p.name} [{p.role}] << {p.evidence[:140]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true", help="list every recognised person in neither gold list")
    ap.add_argument("--missed", action="store_true", help="list every gold name not recognised")
    ap.add_argument("--roles", action="store_true",
                    help="list every gold name given the wrong role, and every spurious released/held person, with the "
                         "sentences that name them")
    ap.add_argument("pairs", nargs="*", help="CORPUS_DIR GOLD_JSON pairs")
    a = ap.parse_args()
    overall: dict[str, Counter] = defaultdict(Counter)
    for label, folder, gold_file in corpora(a.pairs):
        tally: dict[str, Counter] = defaultdict(Counter)
        measure(folder, gold_file, a.show, a.missed, tally, a.roles)
        total = sum((c for c in tally.values()), Counter())
        for lang, c in tally.items():
            overall[lang].update(c)
        found = total["gold"] - total["not recognised"]
        print(f"{label:12} gold names {total['gold']:4}  recognised {found:4} "
              f"({found / max(1, total['gold']):.3f})  right role {total['recognised, right role']:4}  "
              f"extra released/held {total['extra person, role released'] + total['extra person, role still_held']:3}")
    print("\nper language (all corpora above):")
    for lang, c in sorted(overall.items()):
        found = c["gold"] - c["not recognised"]
        print(f"  {lang}: gold {c['gold']}, recognised {found} ({found / max(1, c['gold']):.3f})")
        for key, n in sorted(c.items()):
            if key != "gold":
                print(f"      {key:45} {n}")


if __name__ == "__main__":
    main()
