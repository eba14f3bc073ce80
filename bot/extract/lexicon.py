"""Compiled patterns built from the per-language tables (lang_en, lang_ru, lang_be).

Articles quote other languages (a Russian statement inside English copy), so every field pattern
accepts the words of all three languages; the language only matters for output.
"""

import re

from bot.extract import lang_be, lang_en, lang_ru

LANGS = (lang_en, lang_ru, lang_be)

ORDINAL_ENDINGS = (
    "ый|ой|ий|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими|ей|ья|ье|ьи|ьего|ьему"
    "|ьим|ьем|ью|ьей|ьих|ы|і|ае|ыя|ія|ага|яга|аму|яму|ай|яй|іх|імі|ім|яе|юю"
)


def _alt(name: str) -> str:
    return "|".join(f"(?:{getattr(lang, name)})" for lang in LANGS if getattr(lang, name))


def _words(name: str) -> dict:
    merged: dict = {}
    for lang in LANGS:
        merged.update(getattr(lang, name))
    return merged


# Belarusian writes "у" as "ў" after a vowel ("ў спісе"): a lone "у " in a pattern accepts both.
_BE_U = re.compile(r"(?<![\w\\])у(?= )")


def compile_field(name: str) -> re.Pattern:
    """A case-insensitive, word-bounded pattern for the named fragment across all languages."""
    return re.compile(rf"(?<!\w)(?:{_BE_U.sub('[уў]', _alt(name))})(?!\w)", re.IGNORECASE)


NUMBER_WORDS = _words("NUMBER_WORDS")
ORDINAL_WORDS = _words("ORDINAL_WORDS")
MULTIPLIERS = _words("MULTIPLIERS")
ORDINAL_STEMS = _words("ORDINAL_STEMS")
MONTHS = _words("MONTHS")
WEEKDAYS = _words("WEEKDAYS")
RELATIVE_DAYS = _words("RELATIVE_DAYS")
QUALIFIERS = tuple(sorted((q for lang in LANGS for q in lang.QUALIFIERS), key=lambda q: -len(q[0])))
NAME_STOP = frozenset().union(*(lang.NAME_STOP for lang in LANGS))
NOT_PRISONERS = tuple(p for lang in LANGS for p in lang.NOT_PRISONERS)
# (surname endings, first-name endings) per gender, to undo declension of Cyrillic names.
NAME_CASES = tuple(
    (tuple(e for lang in LANGS for e in getattr(lang, f"SURNAME_{g}")),
     tuple(e for lang in LANGS for e in getattr(lang, f"FIRST_{g}")))
    for g in ("FEMININE", "MASCULINE"))

FIELD_NAMES = (
    "RELEASE", "PEOPLE", "PEOPLE_FILLER", "CUMULATIVE", "HELD", "NEW", "ARREST", "DEATH", "SUBCOUNT",
    "WOMEN", "MEN", "CHRONIC", "DISABLED", "OVER_50", "CHILDREN", "ROUND_NOUNS", "ROUND_TIME",
    "LIST_INTRO", "NEGATED_RELEASE", "HELD_STRONG", "HELD_WEAK", "SPEAKER_VERBS", "SPEAKER_BEFORE",
    "OTHER_TITLES", "ORG_AFTER", "DEMAND", "HELD_BEFORE", "TOTAL_WEAK", "ALREADY", "REMAIN", "PRISONERS",
    "SERVED", "PARTIAL", "BACKGROUND", "WHEN", "PERIOD", "EVE_OF", "FREE_NOW", "IN_COUNTRY", "THAT_DAY", "RECOGNISED", "CONFIRM", "OTHER_SUBJECT", "PRONOUN", "KIN", "FORMERLY", "RELEASE_NOUN", "HONORIFIC", "PLURAL_PRONOUN",
)
P = {name: compile_field(name) for name in FIELD_NAMES}

_ordinal_stems = "|".join(sorted(ORDINAL_STEMS, key=len, reverse=True))
_ordinal_words = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
ORDINAL = re.compile(
    rf"(?<!\w)(?:(?P<word>{_ordinal_words})|(?P<stem>{_ordinal_stems})(?:{ORDINAL_ENDINGS})"
    rf"|(?P<digit>\d{{1,2}})(?:-?(?:st|nd|rd|th|й|я|е|го|му|м|ой|ый|ий|ы|і|га|ая|ае)))(?!\w)",
    re.IGNORECASE,
)


def ordinal_value(match: re.Match) -> int:
    """The integer an ORDINAL match stands for."""
    if match.group("word"):
        return ORDINAL_WORDS[match.group("word").lower()]
    if match.group("stem"):
        return ORDINAL_STEMS[match.group("stem").lower()]
    return int(match.group("digit"))
