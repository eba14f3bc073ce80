"""The extractor over the second, blind-written corpus (tests/extract/corpus2): long-form, live blogs,
Telegram posts, press releases, monitor reports and opinion pieces, scored like score_extraction.py."""

import json
from pathlib import Path

from tests.extract.helpers import extract_gold, score_corpus

CORPUS = Path(__file__).parent / "corpus2"
GOLD = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
MIN_ACCURACY = 0.9


def test_corpus2_has_articles_in_each_language():
    langs = [g["lang"] for g in GOLD]
    assert all(langs.count(lang) >= 2 for lang in ("en", "ru", "be"))
    assert all((CORPUS / g["file"]).is_file() for g in GOLD)


def test_corpus2_extraction_accuracy_is_at_least_ninety_percent():
    hits, total, misses = score_corpus(CORPUS, GOLD)
    accuracy = hits / total
    assert accuracy >= MIN_ACCURACY, f"accuracy {hits}/{total} = {accuracy:.3f}\n" + "\n".join(misses)


def test_corpus2_detects_each_article_language():
    wrong = [g["file"] for g in GOLD if extract_gold(CORPUS, g)["lang"] != g["lang"]]
    assert wrong == []
