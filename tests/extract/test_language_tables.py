"""The word tables of each language, split by topic into two modules and read by the lexicon as one."""

from types import ModuleType

import pytest

from bot.extract import lexicon
from bot.extract.lexicon import LANG_TABLES, LanguageTables

# Tables read by name outside FIELD_NAMES and SURFACE_NAMES (numbers, dates, names, ordinals).
OTHER_TABLES = ("NUMBER_WORDS", "MULTIPLIERS", "LONE_SCALES", "APPROXIMATE_SCALES", "VAGUE_THOUSANDS", "MONTHS",
                "WEEKDAYS", "RELATIVE_DAYS", "QUALIFIERS", "NAME_STOP", "NOT_PRISONERS", "SURNAME_GENDERS",
                "SURNAME_FEMININE", "FIRST_FEMININE", "SURNAME_MASCULINE", "FIRST_MASCULINE", "ORDINAL_STEMS",
                "ORDINAL_WORDS", "ORDINAL_DIGIT", "ORDINAL_ADVERB", "HOLIDAY", "HOLIDAY_CLAUSE")


def _module(name: str, **tables) -> ModuleType:
    module = ModuleType(name)
    for key, value in tables.items():
        setattr(module, key, value)
    return module


@pytest.mark.parametrize("lang", sorted(LANG_TABLES))
def test_every_language_answers_every_table_the_lexicon_reads(lang):
    tables = LANG_TABLES[lang]
    missing = [name for name in (*lexicon.FIELD_NAMES, *lexicon.SURFACE_NAMES, *OTHER_TABLES)
               if not hasattr(tables, name)]
    assert missing == []


def test_a_table_is_found_in_whichever_module_of_the_language_defines_it():
    events = _module("lang_xx", RELEASE=r"freed")
    people = _module("lang_xx_people", KIN=r"wife|husband")
    tables = LanguageTables(events, people)
    assert (tables.RELEASE, tables.KIN) == ("freed", "wife|husband")


def test_a_table_defined_in_two_modules_of_one_language_is_refused():
    events = _module("lang_xx", HELD_STRONG=r"still behind bars")
    people = _module("lang_xx_people", HELD_STRONG=r"remains in the colony")
    with pytest.raises(ImportError, match="HELD_STRONG"):
        LanguageTables(events, people)


def test_a_table_no_module_defines_is_an_error_not_an_empty_pattern():
    tables = LanguageTables(_module("lang_xx", RELEASE=r"freed"))
    with pytest.raises(AttributeError, match="KIN"):
        _ = tables.KIN


def test_words_of_both_modules_meet_in_one_lexicon():
    # "вызвалілі" (freed) is an event's word, "жонка" (wife) a person's: one Belarusian lexicon reads both.
    lex = lexicon.lexicon(("be",))
    assert lex["RELEASE"].search("вызвалілі")
    assert lex["KIN_BEFORE"].search("жонка")
