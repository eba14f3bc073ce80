"""The catalogs are complete: every message translated, nothing fuzzy, real plural forms."""

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]


def _catalog(lang):
    with open(ROOT / "locale" / lang / "LC_MESSAGES" / "pardonwatch.po", "rb") as f:
        return read_po(f, locale=lang)


@pytest.mark.parametrize("lang", ["en", "be", "ru"])
def test_every_message_is_translated_and_none_is_fuzzy(lang):
    catalog = _catalog(lang)
    untranslated = [m.id for m in catalog if m.id and (not m.string or (isinstance(m.string, tuple)
                                                                          and not all(m.string)))]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert untranslated == [] and fuzzy == []
    assert not catalog.fuzzy


@pytest.mark.parametrize("lang", ["be", "ru"])
def test_slavic_catalogs_have_three_plural_forms(lang):
    assert _catalog(lang).num_plurals == 3


def test_every_message_in_the_code_is_in_the_catalogs(tmp_path):
    pot = tmp_path / "messages.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg", "-k", "N_",
                    "--no-location", "-o", str(pot), "."], cwd=ROOT, check=True, capture_output=True)
    with open(pot, "rb") as f:
        wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(f) if m.id}
    for lang in ("en", "be", "ru"):
        have = {m.id if isinstance(m.id, str) else m.id[0] for m in _catalog(lang) if m.id}
        assert wanted - have == set(), lang
