"""The extractor over the hand-written outlet corpus (tests/extract/corpus), scored like score_extraction.py."""

import json
from pathlib import Path

from tests.extract.helpers import extract_gold, score_corpus

CORPUS = Path(__file__).parent / "corpus"
GOLD = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))
MIN_ACCURACY = 0.9


def test_corpus_has_eight_articles_per_language_with_gold():
    langs = [g["lang"] for g in GOLD]
    assert all(langs.count(lang) >= 8 for lang in ("en", "ru", "be"))
    assert all((CORPUS / g["file"]).is_file() for g in GOLD)


def test_corpus_extraction_accuracy_is_at_least_ninety_percent():
    hits, total, misses = score_corpus(CORPUS, GOLD)
    accuracy = hits / total
    assert accuracy >= MIN_ACCURACY, f"accuracy {hits}/{total} = {accuracy:.3f}\n" + "\n".join(misses)


def test_corpus_detects_each_article_language():
    wrong = [g["file"] for g in GOLD if extract_gold(CORPUS, g)["lang"] != g["lang"]]
    assert wrong == []
