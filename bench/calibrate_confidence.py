"""How often a figure the extractor marks "high", "medium" or "low" is right, over every hand-labelled corpus.

Run from the project root: `python bench/calibrate_confidence.py [FOLDER ...]` (a folder holds articles and a
`gold.json`; the default is every corpus of tests/extract). For each figure field with a value in the
extractor's output (event_date, pardoned, make-up, round_ordinal, the counts) it compares the value with the
gold, the way `score_extraction.py` does, and prints per level how many were right. The trust gate sends "low"
figures to the moderators, so "high" has to be right at least 95% of the time.
"""

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.extract.helpers import extract_gold  # noqa: E402

CORPORA = [ROOT / "tests" / "extract" / name for name in ("corpus", "corpus2", "corpus3", "corpus4", "corpus5", "corpus6", "corpus7",
                                                        "corpus8", "corpus9", "corpus10", "corpus_own")]
COUNTS = ("cumulative_released", "political_prisoners", "died_in_custody")
HIGH_TARGET = 0.95


def _count(value) -> tuple | None:
    return (value["value"], value.get("qualifier") or "exact") if isinstance(value, dict) else None


def _same(field: str, gold, got) -> bool:
    return _count(gold) == _count(got) if field in COUNTS else gold == got


def tally(corpora: list[Path]) -> tuple[Counter, Counter, Counter]:
    """(figures per level, right per level, wrong per (level, field)) over the corpora."""
    seen, right, wrong = Counter(), Counter(), Counter()
    for corpus in corpora:
        for gold in json.loads((corpus / "gold.json").read_text(encoding="utf-8")):
            out = extract_gold(corpus, gold)
            for field, level in out["confidence"].items():
                if field == "event_date" and not gold.get("published"):
                    continue
                seen[level] += 1
                if _same(field, gold.get(field), out[field]):
                    right[level] += 1
                else:
                    wrong[(level, field)] += 1
    return seen, right, wrong


def main() -> None:
    """Print the share right per level, and where the wrong ones are."""
    corpora = [Path(arg) for arg in sys.argv[1:]] or CORPORA
    seen, right, wrong = tally(corpora)
    print(f"corpora: {', '.join(str(c) for c in corpora)}")
    for level in ("high", "medium", "low"):
        share = right[level] / seen[level] if seen[level] else 0.0
        print(f"{level:6} {right[level]:4}/{seen[level]:<4} right = {share:.3f}")
    high = right["high"] / seen["high"] if seen["high"] else 0.0
    print(f"high is right {high:.1%} of the time (target {HIGH_TARGET:.0%})")
    print("wrong:", ", ".join(f"{level}/{field} {n}" for (level, field), n in wrong.most_common()))


if __name__ == "__main__":
    main()
