"""The extractor never raises and stays fast on junk, huge and oddly encoded input."""

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.extract import extract_report, report_to_json

SAMPLE = ("Lukashenko pardoned 23 political prisoners on Saturday. “He released 30,” said Piotr Nowak. "
          "По данным «Вясны», в Беларуси 1 150 политзаключённых. Усяго з ліпеня вызвалены 207 палітвязняў.")
ODD = ["\u00a0", "\u202f", "\u200b", "\u200f", "\u202e", "\u0301", "\u0308", "а", "о", "е", "і", "“", "«", "»",
       ",", ".", "1", " ", "\n", "-", "—", "\ufeff", "\x00"]


def _timed(text):
    start = time.perf_counter()
    report_to_json(extract_report(text))
    return time.perf_counter() - start


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_random_text_never_raises_and_is_fast(text):
    assert _timed(text) < 1.0


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(SAMPLE)), st.sampled_from(ODD)), max_size=40))
def test_mutated_article_never_raises_and_is_fast(edits):
    text = SAMPLE
    for pos, ch in edits:
        text = text[:pos] + ch + text[pos:]
    assert _timed(text) < 1.0


def test_one_megabyte_is_bounded():
    assert _timed(SAMPLE * 4000) < 5.0


def test_pathological_repetition_is_fast():
    for chunk in ("1 " * 50000, "A" * 100000, "“" * 50000, "Aa " * 40000, "1,000," * 30000, ". " * 50000):
        assert _timed(chunk) < 2.0


def test_empty_and_non_string_input():
    assert extract_report("").is_pardon_report is False
    assert extract_report(None).pardoned is None  # type: ignore[arg-type]


def _seed_articles() -> list[str]:
    from tests.extract.helpers import seeds_dir

    found = seeds_dir()
    return [p.read_text(encoding="utf-8") for p in sorted(found.glob("*.txt"))] if found else []


SEED_ARTICLES = _seed_articles()
# Cut, repeat and splice pieces of real articles: the structure of real copy, broken at random.
MUTATIONS = st.lists(st.tuples(st.sampled_from(["cut", "repeat", "splice"]), st.floats(0, 1), st.floats(0, 1)),
                     max_size=12)


@pytest.mark.skipif(not SEED_ARTICLES, reason="shared/seeds not found above the repo")
@settings(max_examples=40, deadline=None)
@given(st.integers(0, 4), MUTATIONS)
def test_real_articles_cut_repeated_and_spliced_never_raise_and_are_fast(which, edits):
    text = SEED_ARTICLES[which % len(SEED_ARTICLES)]
    for kind, a, b in edits:
        i, j = sorted((int(a * len(text)), int(b * len(text))))
        if kind == "cut":
            text = text[:i] + text[j:]
        elif kind == "repeat":
            text = text[:j] + text[i:j] * 3 + text[j:]
        else:
            other = SEED_ARTICLES[(which + 1) % len(SEED_ARTICLES)]
            text = text[:i] + other[i:j] + text[j:]
    assert _timed(text) < 1.0
