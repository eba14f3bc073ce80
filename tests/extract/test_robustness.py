"""The extractor never raises on junk, huge and oddly encoded input, and always answers in the contract.

How fast it stays on such input is measured by bench/bench_extract.py (p50 and p99 per article, the
200,000-character page and the pathological inputs below), not by timed tests.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.extract import extract_report, report_to_json

SAMPLE = ("Lukashenko pardoned 23 political prisoners on Saturday. “He released 30,” said Piotr Nowak. "
          "По данным «Вясны», в Беларуси 1 150 политзаключённых. Усяго з ліпеня вызвалены 207 палітвязняў.")
ODD = ["\u00a0", "\u202f", "\u200b", "\u200f", "\u202e", "\u0301", "\u0308", "а", "о", "е", "і", "“", "«", "»",
       ",", ".", "1", " ", "\n", "-", "—", "\ufeff", "\x00"]


def _answers(text) -> bool:
    """The extractor returns the contract's JSON object for `text` (it raised otherwise)."""
    out = report_to_json(extract_report(text))
    return isinstance(out["is_pardon_report"], bool) and isinstance(out["confidence"], dict)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_random_text_never_raises(text):
    assert _answers(text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(SAMPLE)), st.sampled_from(ODD)), max_size=40))
def test_mutated_article_never_raises(edits):
    text = SAMPLE
    for pos, ch in edits:
        text = text[:pos] + ch + text[pos:]
    assert _answers(text)


def test_one_megabyte_is_read_up_to_the_cap():
    assert _answers(SAMPLE * 4000)


PATHOLOGICAL = ("1 " * 50000, "A" * 100000, "“" * 50000, "Aa " * 40000, "1,000," * 30000, ". " * 50000,
                "<p " * 60000, "<script " * 25000 + "<p>", "[x](/" * 40000, "**a" * 60000, ("x" * 70 + "\n") * 2800)


@pytest.mark.parametrize("chunk", PATHOLOGICAL, ids=lambda c: repr(c[:6]))
def test_pathological_repetition_never_raises(chunk):
    assert _answers(chunk)


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
def test_real_articles_cut_repeated_and_spliced_never_raise(which, edits):
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
    assert _answers(text)
