"""Translations and locale formatting for the three reply languages."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal
from babel.support import NullTranslations, Translations

LANGUAGES = ("en", "be", "ru")
DEFAULT_LANGUAGE = "en"
DOMAIN = "pardonwatch"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


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
        return format_decimal(value, locale=self.locale)

    def date(self, value: dt.date | str | None) -> str:
        """A date as people write it in this language; partial ISO dates ("2024-12") keep their precision."""
        if value is None:
            return ""
        if isinstance(value, str):
            parts = value.split("-")
            if len(parts) == 1:
                return parts[0]
            if len(parts) == 2:
                month = dt.date(int(parts[0]), int(parts[1]), 1)
                return format_skeleton("yMMMM", month, locale=self.locale)
            value = dt.date.fromisoformat(value)
        return format_date(value, format="long", locale=self.locale)

    def month(self, value: dt.date) -> str:
        """Short month and year, for chart axes."""
        return format_skeleton("yMMM", value, locale=self.locale)


@lru_cache(maxsize=len(LANGUAGES))
def get_translator(language: str) -> Translator:
    """The translator for a supported language (English for anything else)."""
    language = normalize_language(language) or DEFAULT_LANGUAGE
    translations = Translations.load(str(LOCALE_DIR), [language], domain=DOMAIN)
    return Translator(language, translations)


def N_(message: str) -> str:
    """Mark a message for extraction without translating it yet."""
    return message
