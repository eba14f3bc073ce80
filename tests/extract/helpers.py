"""Shared helpers for the extractor tests: run the extractor, score a corpus, find the shared seed folder."""

import datetime as dt
import unicodedata
from pathlib import Path

from bot.extract import extract_report, report_to_json


def run(text: str, published: str | None = None, lang: str | None = None):
    """Extract a report from `text`, with an optional ISO publication date."""
    return extract_report(text, dt.date.fromisoformat(published) if published else None, lang)


# The contract's figure fields by short names, as the round-by-round figure tests write their expectations.
FIGURE_FIELDS = {"report": "is_pardon_report", "date": "event_date", "pardoned": "pardoned", "women": "women",
                 "men": "men", "ill": "chronically_ill", "disabled": "disabled", "over50": "over_50",
                 "children": "with_children", "ordinal": "round_ordinal", "cum": "cumulative_released",
                 "pp": "political_prisoners", "died": "died_in_custody"}


def _figure(report, key: str):
    value = getattr(report, FIGURE_FIELDS[key])
    if key in ("cum", "pp", "died"):
        return None if value is None else (value.value, value.qualifier)
    if key == "date":
        return value.isoformat() if value else None
    return value


def figures_of(published: str | None, lang: str | None, text: str) -> dict:
    """Every figure field of the article by short name: counts as (value, qualifier), the day as an ISO string."""
    report = run(text, published, lang)
    return {key: _figure(report, key) for key in FIGURE_FIELDS}


def expected_figures(given: dict) -> dict:
    """The figures a test expects: the ones it gives, every other null (and the page no report)."""
    return {key: given.get(key, False if key == "report" else None) for key in FIGURE_FIELDS}


def name_lists(text: str, published: str | None) -> tuple[list[str], list[str]]:
    """The two name lists the extractor prints for `text`, each sorted: (released, still held)."""
    report = run(text, published)
    return sorted(report.named_released), sorted(report.named_still_held)


def check_name_lists(text: str, published: str | None, released: list[str], held: list[str]) -> None:
    assert name_lists(text, published) == (sorted(released), sorted(held))


def seeds_dir() -> Path | None:
    """The shared seed folder (a `shared/seeds` directory found by searching upward), or None."""
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "seeds"
        if (candidate / "gold.json").is_file():
            return candidate
    return None


SCALARS = ("is_pardon_report", "event_date", "pardoned", "women", "men", "chronically_ill", "disabled",
           "over_50", "with_children", "round_ordinal")
COUNTS = ("cumulative_released", "political_prisoners")
NAMES = ("named_released", "named_still_held")
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўґє",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
                 "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya", "i", "u", "g", "e"],
                strict=True))


def scorer_surname_key(name: str) -> str:
    """The scorer's script-independent surname key, so "Марию Колесникову" meets "Maria Kalesnikava"."""
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(_CYR.get(c, c) for c in s if not unicodedata.combining(c))
    for a, b in (("kh", "h"), ("ts", "t"), ("c", "t"), ("zh", "z"), ("sh", "s"), ("v", ""), ("w", "")):
        s = s.replace(a, b)
    words = "".join(c for c in s if c.isalpha() or c == " ").split()
    return "".join(c for c in (words[-1] if words else "") if c not in "aeiouyjw")[:5]


def _count(v):
    if not isinstance(v, dict) or v.get("value") is None:
        return None
    return v["value"], v.get("qualifier") or "exact"


def _checks(gold: dict, out: dict):
    for f in SCALARS:
        if f != "event_date" or gold.get("published"):
            yield f, gold.get(f), out.get(f), gold.get(f) == out.get(f)
    for f in COUNTS:
        yield f, _count(gold.get(f)), _count(out.get(f)), _count(gold.get(f)) == _count(out.get(f))
    for f in NAMES:
        same = sorted(map(scorer_surname_key, gold[f])) == sorted(map(scorer_surname_key, out[f]))
        yield f, gold[f], out[f], same


def extract_gold(corpus: Path, gold: dict) -> dict:
    """The extractor's JSON for one gold entry's article in `corpus`."""
    text = (corpus / gold["file"]).read_text(encoding="utf-8")
    published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
    return report_to_json(extract_report(text, published))


def score_corpus(corpus: Path, golds: list[dict]) -> tuple[int, int, list[str]]:
    """(hits, fields counted, misses) over a hand-labelled corpus, counted like score_extraction.py."""
    hits = total = 0
    misses = []
    for gold in golds:
        out = extract_gold(corpus, gold)
        for field, want, got, ok in _checks(gold, out):
            if want in (None, [], False) and got in (None, [], False) and field != "is_pardon_report":
                continue
            total += 1
            hits += ok
            if not ok:
                misses.append(f"{gold['file']}: {field}: expected {want!r}, got {got!r}")
    return hits, total, misses
