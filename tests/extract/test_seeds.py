"""The five seed articles through the CLI entry, compared with the gold facts."""

import json

import pytest

from bot.extract.cli import main
from tests.extract.helpers import seeds_dir

SEEDS = seeds_dir()
GOLD = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8")) if SEEDS else []
FIELDS = ("is_pardon_report", "pardoned", "women", "men", "chronically_ill", "disabled", "over_50",
          "with_children", "round_ordinal", "named_released", "named_still_held")


def _count(v):
    return None if v is None else (v["value"], v["qualifier"])


@pytest.mark.skipif(SEEDS is None, reason="shared/seeds with gold.json not found above the repo")
@pytest.mark.parametrize("gold", GOLD, ids=[g["file"] for g in GOLD])
def test_seed_article_matches_gold(gold, capsys):
    argv = (["--published", gold["published"]] if gold.get("published") else []) + [str(SEEDS / gold["file"])]
    assert main(argv) == 0
    out = json.loads(capsys.readouterr().out)
    for field in FIELDS:
        assert out[field] == gold[field], field
    for field in ("cumulative_released", "political_prisoners", "died_in_custody"):
        assert _count(out[field]) == _count(gold[field]), field
    if gold.get("published"):
        assert out["event_date"] == gold["event_date"]
