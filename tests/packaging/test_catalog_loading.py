"""Catalogs are found wherever the bot is installed, and a missing one stops it with the file's name
instead of answering Belarusian and Russian users in English."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import bot.i18n as i18n
from bot.cli import main
from bot.resources import locale_dir

CHECKOUT_LOCALE = Path(__file__).resolve().parents[2] / "locale"


@pytest.fixture
def catalogs(tmp_path, monkeypatch):
    """A copy of the catalogs (sources only) that the bot reads instead of the real ones."""
    folder = tmp_path / "locale"
    for po in CHECKOUT_LOCALE.glob("*/LC_MESSAGES/pardonwatch.po"):
        target = folder / po.relative_to(CHECKOUT_LOCALE)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(po, target)
    monkeypatch.setattr(i18n, "locale_dir", lambda: folder)
    i18n.get_translator.cache_clear()
    yield folder
    i18n.get_translator.cache_clear()


def test_a_checkout_reads_its_own_locale_folder_whatever_the_current_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert locale_dir() == CHECKOUT_LOCALE


def test_without_compiled_catalogs_the_bot_still_answers_in_belarusian(catalogs):
    assert not list(catalogs.glob("*/LC_MESSAGES/*.mo"))
    assert i18n.get_translator("be").gettext("Latest pardon round") == "Апошняя хваля памілаванняў"


def test_a_missing_russian_catalog_is_an_error_naming_the_file(catalogs):
    (catalogs / "ru" / "LC_MESSAGES" / "pardonwatch.po").unlink()
    with pytest.raises(i18n.CatalogMissing, match=r"ru/LC_MESSAGES/pardonwatch\.mo"):
        i18n.check_catalogs()


def test_an_empty_belarusian_catalog_is_an_error_naming_the_file(catalogs):
    po = catalogs / "be" / "LC_MESSAGES" / "pardonwatch.po"
    po.write_text('msgid ""\nmsgstr "Content-Type: text/plain; charset=utf-8\\n"\n', encoding="utf-8")
    with pytest.raises(i18n.CatalogMissing, match=r"translates nothing: .*be/LC_MESSAGES/pardonwatch\.po"):
        i18n.get_translator("be")


def test_a_truncated_compiled_catalog_is_an_error_naming_the_file(catalogs):
    (catalogs / "be" / "LC_MESSAGES" / "pardonwatch.mo").write_bytes(b"\x95\x04")
    with pytest.raises(i18n.CatalogMissing, match=r"cannot be read: .*be/LC_MESSAGES/pardonwatch\.mo"):
        i18n.get_translator("be")


def test_pardonwatch_refuses_to_start_without_the_belarusian_catalog(catalogs, tmp_path, capsys):
    (catalogs / "be" / "LC_MESSAGES" / "pardonwatch.po").unlink()
    code = main(["--db", str(tmp_path / "bot.sqlite3"), "ask", "--lang", "be", "/latest"])
    err = capsys.readouterr()
    assert code == 4
    assert "be/LC_MESSAGES/pardonwatch.mo" in err.err
    assert "Latest pardon round" not in err.out
    assert not (tmp_path / "bot.sqlite3").exists()
