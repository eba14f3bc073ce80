"""The extractor over the hand-written outlet corpus (tests/extract/corpus), scored like score_extraction.py."""

import datetime as dt
import json
import unicodedata
from pathlib import Path

from bot.extract import extract_report, report_to_json

CORPUS = Path(__file__).parent / "corpus"
GOLD = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
MIN_ACCURACY = 0.9
SCALARS = ("is_pardon_report", "event_date", "pardoned", "women", "men", "chronically_ill", "disabled",
           "over_50", "with_children", "round_ordinal")
COUNTS = ("cumulative_released", "political_prisoners")
NAMES = ("named_released", "named_still_held")
_CYR = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўґє",
                ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
                 "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya", "i", "u", "g", "e"],
                strict=True))


def _surname_key(name: str) -> str:
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
        same = sorted(map(_surname_key, gold[f])) == sorted(map(_surname_key, out[f]))
        yield f, gold[f], out[f], same


def _extract(gold: dict) -> dict:
    text = (CORPUS / gold["file"]).read_text(encoding="utf-8")
    published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
    return report_to_json(extract_report(text, published))


def test_corpus_has_eight_articles_per_language_with_gold():
    langs = [g["lang"] for g in GOLD]
    assert all(langs.count(lang) >= 8 for lang in ("en", "ru", "be"))
    assert all((CORPUS / g["file"]).is_file() for g in GOLD)


def test_corpus_extraction_accuracy_is_at_least_ninety_percent():
    hits = total = 0
    misses = []
    for gold in GOLD:
        out = _extract(gold)
        for field, want, got, ok in _checks(gold, out):
            if want in (None, [], False) and got in (None, [], False) and field != "is_pardon_report":
                continue
            total += 1
            hits += ok
            if not ok:
                misses.append(f"{gold['file']}: {field}: expected {want!r}, got {got!r}")
    accuracy = hits / total
    assert accuracy >= MIN_ACCURACY, f"accuracy {hits}/{total} = {accuracy:.3f}\n" + "\n".join(misses)


def test_corpus_detects_each_article_language():
    wrong = [g["file"] for g in GOLD if _extract(g)["lang"] != g["lang"]]
    assert wrong == []
