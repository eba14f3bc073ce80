"""Translations and locale formatting for the three reply languages."""

from __future__ import annotations

import datetime as dt
import io
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import format_skeleton
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

from bot.date_phrases import PartialDate, date_after_in, date_after_since, date_alone, fix_prepositions
from bot.resources import locale_dir

LANGUAGES = ("en", "be", "ru")
DEFAULT_LANGUAGE = "en"
DOMAIN = "pardonwatch"


class CatalogMissing(RuntimeError):
    """A reply language has no usable catalog: the bot would answer in English without saying so."""


def normalize_language(code: str | None) -> str | None:
    """Map a client or user language code ("be-BY", "RU", "ru_RU") to a supported one, else None."""
    if not code:
        return None
    base = code.strip().replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else None


class Translator:
    """Messages, plural forms, numbers and dates in one language."""

    def __init__(self, language: str, translations: NullTranslations):
        self.language = language
        self.locale = Locale.parse(language)
        self._t = translations

    def gettext(self, message: str) -> str:
        return self._t.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._t.ngettext(singular, plural, n)

    def number(self, value: int | float) -> str:
        return _number(value, self.language)

    def date(self, value: dt.date | str | None) -> str:
        """A date on its own (a label, a list); partial ISO dates ("2024-12") keep their precision."""
        if value is None:
            return ""
        return _date_alone(value, self.language)

    def since(self, value: dt.date | str) -> str:
        """"since December 2024", "с декабря 2024 г.", "са снежня 2024 г.": the whole phrase."""
        date = date_after_since(PartialDate.parse(value), self.locale)
        return fix_prepositions(self.gettext("since {date}").format(date=date), self.language)

    def on(self, value: dt.date | str) -> str:
        """"on 18 January 2025", "in December 2024", "в декабре 2024 г.": when something happened."""
        when = PartialDate.parse(value)
        if when.precision == "day":
            phrase = self.gettext("on {date}").format(date=date_alone(when, self.locale))
        else:
            phrase = self.gettext("in {date}").format(date=date_after_in(when, self.locale))
        return fix_prepositions(phrase, self.language)

    def month(self, value: dt.date) -> str:
        """Short month and year, for chart axes."""
        return format_skeleton("yMMM", value, locale=self.locale)


# Babel's formatting is most of what rendering a reply costs, and replies repeat the same counts and
# dates (every round's): each is formatted once per language. Pure functions of their arguments.
FORMATTED_KEPT = 4096


@lru_cache(maxsize=FORMATTED_KEPT)
def _number(value: int | float, language: str) -> str:
    return format_decimal(value, locale=Locale.parse(language))


@lru_cache(maxsize=FORMATTED_KEPT)
def _date_alone(value: dt.date | str, language: str) -> str:
    return date_alone(PartialDate.parse(value), Locale.parse(language))


def catalog_path(language: str) -> Path:
    """The compiled catalog of a language (`locale/be/LC_MESSAGES/pardonwatch.mo`)."""
    return locale_dir() / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


def load_translations(language: str) -> Translations:
    """A language's catalog: the compiled `.mo`, else its `.po` source compiled in memory.

    Raises CatalogMissing, naming the file, when neither exists or the catalog translates nothing.
    """
    mo = catalog_path(language)
    po = mo.with_suffix(".po")
    if mo.exists():
        source, data = mo, mo.read_bytes()
    elif po.exists():
        with po.open("rb") as f:
            catalog = read_po(f, locale=language)
        buffer = io.BytesIO()
        write_mo(buffer, catalog)
        source, data = po, buffer.getvalue()
    else:
        raise CatalogMissing(f"the {language} catalog is missing: {mo} (nor {po.name} beside it)")
    try:
        translations = Translations(io.BytesIO(data), domain=DOMAIN)
    except Exception as damage:  # a truncated or foreign file: gettext's errors do not name it
        raise CatalogMissing(f"the {language} catalog cannot be read: {source}") from damage
    if language != DEFAULT_LANGUAGE and not any(key for key in translations._catalog if key):
        raise CatalogMissing(f"the {language} catalog translates nothing: {source}")
    return translations


@lru_cache(maxsize=len(LANGUAGES))
def get_translator(language: str) -> Translator:
    """The translator for a supported language (English for anything else)."""
    language = normalize_language(language) or DEFAULT_LANGUAGE
    return Translator(language, load_translations(language))


def check_catalogs() -> None:
    """At start-up: every reply language has its catalog (raises CatalogMissing, naming the file)."""
    for language in LANGUAGES:
        get_translator(language)


def N_(message: str) -> str:
    """Mark a message for extraction without translating it yet."""
    return message
