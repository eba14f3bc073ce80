"""`pardonwatch extract` prints the contract JSON for a seed article (the CLI path the scorer uses)."""

import json
import subprocess
import sys

import pytest

from tests.conftest import SHARED_SEEDS

pytestmark = pytest.mark.skipif(not (SHARED_SEEDS / "gold.json").exists(), reason="../shared/seeds is not here")


def test_extract_with_a_publication_date_resolves_the_round_date():
    gold = json.loads((SHARED_SEEDS / "gold.json").read_text(encoding="utf-8"))[0]
    run = subprocess.run([sys.executable, "-m", "bot", "extract", "--published", gold["published"],
                          str(SHARED_SEEDS / gold["file"])], capture_output=True, text=True, check=True, timeout=60)
    facts = json.loads(run.stdout)
    for field in ("is_pardon_report", "event_date", "pardoned", "women", "men", "round_ordinal"):
        assert facts[field] == gold[field], field
    assert facts["evidence"]["pardoned"]


def test_extract_of_a_missing_file_is_a_clear_error():
    run = subprocess.run([sys.executable, "-m", "bot", "extract", "/nonexistent/article.txt"], capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 2 and "cannot read" in run.stderr
