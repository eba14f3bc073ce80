"""Time the fact extractor over the outlet corpus against splitting the same text into sentences.

Run from the project root: `PYTHONPATH=$PWD python bench/bench_extract.py`. Prints milliseconds per
article for the full extraction and for sentence splitting alone (the baseline, same process), their
ratio, and the time for one 200,000-character page of repeated articles (the extractor's input cap).
"""

import time
from pathlib import Path

from bot.extract import extract_report
from bot.extract.text import split_sentences

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "extract" / "corpus"
ROUNDS = 5


def _per_article(fn, texts: list[str]) -> float:
    start = time.perf_counter()
    for _ in range(ROUNDS):
        for text in texts:
            fn(text)
    return (time.perf_counter() - start) / (ROUNDS * len(texts))


def main() -> None:
    """Print the figures."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    baseline = _per_article(split_sentences, texts)
    full = _per_article(extract_report, texts)
    # One long page with no closing heading: every article's body joined, chrome lines removed.
    body = "\n".join(line for t in texts for line in t.splitlines() if line.endswith("."))
    page = (body + "\n") * (200_000 // max(1, len(body)) + 1)
    start = time.perf_counter()
    extract_report(page[:200_000])
    page_time = time.perf_counter() - start
    print(f"articles: {len(texts)}")
    print(f"split_sentences (baseline): {baseline * 1000:.2f} ms/article")
    print(f"extract_report:             {full * 1000:.2f} ms/article  ({full / baseline:.1f}x baseline)")
    print(f"one 200,000-char page:      {page_time:.2f} s")


if __name__ == "__main__":
    main()
