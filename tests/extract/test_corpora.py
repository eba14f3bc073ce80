"""The extractor over the hand-written outlet corpora, scored like score_extraction.py.

`corpus` (outlet-style reports and hard negatives) and `corpus2` (long-form, live blogs, Telegram
posts, press releases, monitor reports and opinion pieces, written blind).
"""

import json
from pathlib import Path

import pytest

from tests.extract.helpers import extract_gold, score_corpus

HERE = Path(__file__).parent
MIN_ACCURACY = 0.9
# Each corpus and the fewest articles it must hold in each language.
CORPORA = [("corpus", 8), ("corpus2", 2)]


def _gold(name: str) -> list[dict]:
    return json.loads((HERE / name / "gold.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("name", "per_language"), CORPORA)
def test_corpus_has_articles_in_each_language_with_gold(name, per_language):
    gold = _gold(name)
    langs = [g["lang"] for g in gold]
    assert all(langs.count(lang) >= per_language for lang in ("en", "ru", "be"))
    assert all((HERE / name / g["file"]).is_file() for g in gold)


@pytest.mark.parametrize(("name", "per_language"), CORPORA)
def test_corpus_extraction_accuracy_is_at_least_ninety_percent(name, per_language):
    hits, total, misses = score_corpus(HERE / name, _gold(name))
    accuracy = hits / total
    assert accuracy >= MIN_ACCURACY, f"accuracy {hits}/{total} = {accuracy:.3f}\n" + "\n".join(misses)


@pytest.mark.parametrize(("name", "per_language"), CORPORA)
def test_corpus_detects_each_article_language(name, per_language):
    wrong = [g["file"] for g in _gold(name) if extract_gold(HERE / name, g)["lang"] != g["lang"]]
    assert wrong == []
