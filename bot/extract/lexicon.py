"""Compiled patterns built from the per-language tables (lang_xx, lang_xx_people and lang_xx_states for en, ru, be,
uk).

A language's words apply only to text in that language: each sentence is matched with the patterns of
the languages it is written in (its own and, for a quotation, the quotation's). The field patterns
read the sentence's lemma view (see morph.py); numbers, dates, qualifiers and names read the text.
"""

import re
from functools import lru_cache
from types import ModuleType

from bot.extract import (
    lang_be,
    lang_be_people,
    lang_be_states,
    lang_en,
    lang_en_people,
    lang_en_states,
    lang_ru,
    lang_ru_people,
    lang_ru_states,
    lang_uk,
    lang_uk_people,
    lang_uk_states,
)
from bot.extract.morph import fold_be


class LanguageTables:
    """One language's tables, read from its modules as one: `tables.RELEASE` is found in whichever defines it.

    A language's words are split by topic (what an event says, who the people are, what state they are in); a name defined in two of
    its modules would leave one definition unread, so it is refused at import.
    """

    def __init__(self, *modules: ModuleType) -> None:
        self._modules = modules
        owner: dict[str, str] = {}
        for module in modules:
            for name in vars(module):
                if name.isupper():
                    if name in owner:
                        raise ImportError(f"{name} is defined in both {owner[name]} and {module.__name__}")
                    owner[name] = module.__name__

    def __getattr__(self, name: str):
        for module in self._modules:
            if hasattr(module, name):
                return getattr(module, name)
        raise AttributeError(f"no table {name} in {', '.join(m.__name__ for m in self._modules)}")


LANG_TABLES = {
    "en": LanguageTables(lang_en, lang_en_people, lang_en_states),
    "ru": LanguageTables(lang_ru, lang_ru_people, lang_ru_states),
    "be": LanguageTables(lang_be, lang_be_people, lang_be_states),
    "uk": LanguageTables(lang_uk, lang_uk_people, lang_uk_states),
}
ALL_LANGS = tuple(LANG_TABLES)

# Endings of an ordinal stem in every gender and case ("восьм" + "ой", "восьм" + "ая", "восьм" + "а").
ORDINAL_ENDINGS = {
    "ru": "ый|ой|ий|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими|ей|ья|ье|ьи|ьего|ьему"
          "|ьим|ьем|ью|ьей|ьих",
    "be": "ы|і|ая|яя|ае|ое|ыя|ія|ага|яга|аму|яму|ым|ім|ай|яй|ую|юю|ых|іх|ымі|імі|яе|ой",
    "uk": "ий|ій|а|я|е|є|ого|ього|ому|ьому|ої|ьої|у|ю|і|их|іх|им|ім|ими|іми",
    "en": "",
}

# Every pattern name the language tables define, in alphabetical order (a new name goes in its place).
FIELD_NAMES = (
    "ABSENTIA", "ADDITION", "AFTER_EVENT", "AGAIN", "ALL_OF", "ALREADY", "AMONG", "ARREST", "ARRIVED", "AS_SAID",
    "AUTHORS_VIEW", "BACKGROUND", "BOTH", "CAPTIVITY_OFFICE", "CHILDREN", "CHRONIC", "COMMENTATOR", "CONFIRM",
    "COUPLE", "CUMULATIVE", "DEATH", "DEATH_NOUN", "DEMAND", "DEMONSTRATIVE", "DESPITE", "DISABLED", "FEATURE_LABEL",
    "FEMININE_PRONOUN", "FIRST_PERSON", "FIRST_PERSON_POSSESSIVE", "FOREIGN", "FORMER", "FORMERLY",
    "FREED_GROUP_BEFORE", "FREE_NOW", "FREE_WISH", "FROM_PRISON", "HAVE", "HELD", "HELD_BEFORE", "HELD_STRONG",
    "HELD_WEAK", "HOPE_THAT", "INCLUDING", "INVERTED_NEGATION", "IN_COUNTRY", "IN_PRISON", "IN_THEIR_NUMBER",
    "IN_THE_LIST", "KIDS", "KIN", "KIN_BEFORE", "KIN_OF", "LEAD_IN", "LIKEWISE", "LIST_ENTRIES", "LIST_INTRO",
    "LIST_NOUN", "LOCAL_SPAN", "LONG_TIME", "MEMBER_OF", "MEN", "MODAL", "MONTH_ONLY", "MOVED", "NAMED_FROM_GROUP",
    "NEGATED_RELEASE", "NEW", "NOW", "NO_NEWS", "OBJECT_PRONOUN", "ONE_OF", "ONE_PERSON", "ONE_PERSON_NOUN",
    "OPINION", "OPINION_VOICE", "OTHER_COUNTRY", "OTHER_SUBJECT", "OTHER_TITLES", "OUTLET_LABEL", "OVER_50",
    "OVER_ROUNDS", "OWN_FREEDOM", "OWN_PRONOUN", "PARTIAL", "PEOPLE", "PEOPLE_FILLER", "PERIOD", "PLANNED",
    "PLURAL_PRONOUN", "POLITICAL", "PRISONERS", "PRISONER_TITLE", "PRISON_PLACE", "PRONOUN", "RECOGNISED", "REFUSAL",
    "RELATIVE", "RELEASE", "RELEASE_AUXILIARY", "RELEASE_NOUN", "RELEASE_ONGOING", "REMAIN", "REMINDER",
    "RESTRICTED", "REVIEW", "RISEN_TO", "ROUND_NOUNS", "ROUND_TIME", "SAME_CASE", "SENTENCED", "SEQUEL",
    "SERIES_NOUNS", "SERIES_SEASON", "SERVED", "SERVED_RELEASE", "SOURCE_ASIDE", "SPAN_CLAUSE", "SPEAKER_BEFORE",
    "SPEAKER_VERBS", "SUBCOUNT", "SUPERLATIVE", "THAT_DAY", "THEIR_NUMBER", "THEM", "THE_OTHERS", "THIS_TIME",
    "THIS_WAY", "TIME_AFTER", "TOTAL_NOUN", "TOTAL_WEAK", "TRANSFER_SERIES", "WAR_CAPTIVITY", "WHEN", "WHO_ASKS",
    "WHO_REMAIN", "WITH_ONE", "WOMEN", "WRONGLY_TOLD", "YEARS_GAP", "YEAR_SPAN",
)
# Patterns read off the text as written (not the lemma view).
SURFACE_NAMES = (
    "ALSO_KNOWN_AS", "AND_MORE", "ATTRIBUTE_WORD", "BEFORE_VERB", "BELARUS_NAMED", "CITIZEN_BEFORE", "CONCERN_FOR",
    "CONTACT_RELATIVE", "COUPLE", "DEATH_NOUN", "DEMONSTRATIVE", "EPONYM_BEFORE", "EVE_OF", "FEMININE_PRONOUN",
    "FEMININE_RELATIVE", "FEMININE_TRADE", "FOR_THOSE_WHO", "HONORIFIC", "MASCULINE_PRONOUN", "MASCULINE_RELATIVE",
    "MASCULINE_TRADE", "OBJECT_PRONOUN", "ORG_AFTER", "ORG_OF", "PARDONER_VERB", "PERSON_AFTER", "PLURAL_PRONOUN", "PRONOUN",
    "RELATIVE_OBLIQUE", "THIRD_PERSON", "TRADE", "TRADE_PLACE", "UNKNOWN", "UNTIL", "WHETHER", "WHO_ASKS",
)


_PATTERN_NAMES = frozenset((*FIELD_NAMES, *SURFACE_NAMES))


def _source(lang: str, name: str) -> str:
    source = getattr(LANG_TABLES[lang], name)
    # Belarusian text is folded before matching (see morph.fold_be), so its patterns are folded the same way
    # (their escapes, "\W", "\d", as they are).
    if lang == "be" and name not in SURFACE_NAMES:
        return _ESCAPE_OR_TEXT.sub(lambda m: m.group() if m.group().startswith("\\") else fold_be(m.group()), source)
    return source


_ESCAPE_OR_TEXT = re.compile(r"\\.|[^\\]+")


def _alt(langs: tuple[str, ...], name: str) -> str:
    return "|".join(f"(?:{src})" for lang in langs if (src := _source(lang, name)))


def _words(name: str, langs: tuple[str, ...] = ALL_LANGS) -> dict:
    merged: dict = {}
    for lang in langs:
        merged.update(getattr(LANG_TABLES[lang], name))
    return merged


def _compile(source: str) -> re.Pattern:
    # A pattern with no words for these languages matches nothing.
    return re.compile(rf"(?<!\w)(?:{source})(?!\w)" if source else r"(?!x)x", re.IGNORECASE)


class Lexicon:
    """The field patterns of one set of languages: `lex["RELEASE"]`, `lex.derived(key, build)`."""

    def __init__(self, langs: tuple[str, ...]) -> None:
        self.langs = langs
        # Each field is compiled when first read: compiling them all took a third of a long page's time, and an
        # article of a language set reads only some of them.
        self._patterns: dict[str, re.Pattern] = {}
        self._derived: dict[str, re.Pattern] = {}
        self._sources: dict[str, str] = {}

    def __getitem__(self, name: str) -> re.Pattern:
        found = self._patterns.get(name)
        if found is None:
            found = self._patterns[name] = _compile(self._field_source(name))
        return found

    def _field_source(self, name: str) -> str:
        if name == "PAST":
            # Told as the past: a background marker, or a month with no day ("In September, 52 were freed").
            past = (_alt(self.langs, "BACKGROUND"), _alt(self.langs, "MONTH_ONLY"))
            return "|".join(source for source in past if source)
        if name not in _PATTERN_NAMES:
            raise KeyError(name)
        return _alt(self.langs, name)

    def source(self, name: str) -> str:
        """The bare alternation of a field (to build a larger pattern around it); never empty."""
        # Kept once built: rules ask for the same field's source sentence after sentence, and folding the Belarusian
        # one is costly.
        found = self._sources.get(name)
        if found is None:
            found = self._sources[name] = _alt(self.langs, name) or r"(?!x)x"
        return found

    def derived(self, key: str, build) -> re.Pattern:
        """A pattern built once per language set from this lexicon (`build(lex) -> str`)."""
        found = self._derived.get(key)
        if found is None:
            found = self._derived[key] = re.compile(build(self), re.IGNORECASE)
        return found


@lru_cache(maxsize=32)
def lexicon(langs: tuple[str, ...]) -> Lexicon:
    """The patterns of `langs` (a sorted tuple of language codes)."""
    return Lexicon(langs)


# Numbers and dates read the text as written; their words do not collide across the four languages,
# so one table serves every article (a Russian quote in Belarusian copy still has its dates read).
NUMBER_WORDS = _words("NUMBER_WORDS")
# Number words as Belarusian folds them, so the classical "шасьцёра" finds the official "шасцёра".
FOLDED_NUMBER_WORDS = {fold_be(word): value for word, value in _words("NUMBER_WORDS", ("be",)).items()}
MULTIPLIERS = _words("MULTIPLIERS")
LONE_SCALES = _words("LONE_SCALES")
APPROXIMATE_SCALES = frozenset(w for lang in ALL_LANGS for w in LANG_TABLES[lang].APPROXIMATE_SCALES)
VAGUE_THOUSANDS = frozenset(w for lang in ALL_LANGS for w in LANG_TABLES[lang].VAGUE_THOUSANDS)
MONTHS = _words("MONTHS")
WEEKDAYS = _words("WEEKDAYS")
RELATIVE_DAYS = _words("RELATIVE_DAYS")
QUALIFIERS = tuple(sorted((q for lang in ALL_LANGS for q in LANG_TABLES[lang].QUALIFIERS), key=lambda q: -len(q[0])))
NAME_STOP = frozenset().union(*(LANG_TABLES[lang].NAME_STOP for lang in ALL_LANGS))
NOT_PRISONERS = tuple(p for lang in ALL_LANGS for p in LANG_TABLES[lang].NOT_PRISONERS)
# (man's ending, woman's ending) of one family's surname per language, longest first.
SURNAME_GENDERS = {lang: tuple(sorted(LANG_TABLES[lang].SURNAME_GENDERS, key=lambda pair: -len(pair[0])))
                   for lang in ALL_LANGS}
# (surname endings, first-name endings) per gender, to undo declension of Cyrillic names.
NAME_CASES = tuple(
    (tuple(e for lang in ALL_LANGS for e in getattr(LANG_TABLES[lang], f"SURNAME_{g}")),
     tuple(e for lang in ALL_LANGS for e in getattr(LANG_TABLES[lang], f"FIRST_{g}")))
    for g in ("FEMININE", "MASCULINE"))


@lru_cache(maxsize=16)
def ordinal_pattern(langs: tuple[str, ...]) -> re.Pattern:
    """Ordinals of `langs` only: the Belarusian "друг-" must not read the Russian "других"."""
    stems = _words("ORDINAL_STEMS", langs)
    words = _words("ORDINAL_WORDS", langs)
    endings = "|".join(sorted({e for lang in langs for e in ORDINAL_ENDINGS[lang].split("|") if e}, key=len,
                              reverse=True))
    alternatives = []
    adverbs = [LANG_TABLES[lang].ORDINAL_ADVERB for lang in langs if LANG_TABLES[lang].ORDINAL_ADVERB[0]]
    if stems and adverbs:
        # "удзявятае", "ввосьмые", "вдев'яте": prefix + stem + adverb ending, one word.
        prefixes = "|".join(prefix for prefix, _ in adverbs)
        adverb_endings = "|".join(ending for _, ending in adverbs)
        alternatives.append(f"(?:{prefixes})(?P<adverb>{_stem_alternation(stems)})(?:{adverb_endings})")
    if words:
        alternatives.append("(?P<word>" + "|".join(sorted(words, key=len, reverse=True)) + ")")
    if stems:
        alternatives.append(f"(?P<stem>{_stem_alternation(stems)})(?:{endings})")
    # A digit and its ending is read in every language: the ending alone tells it is an ordinal.
    digit_endings = sorted({e for lang in ALL_LANGS for e in LANG_TABLES[lang].ORDINAL_DIGIT.split("|")}, key=len,
                           reverse=True)
    alternatives.append(r"(?P<digit>\d{1,2})-?(?:" + "|".join(digit_endings) + ")")
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def _stem_alternation(stems: dict[str, int]) -> str:
    # "дев'ят" is also written "дев’ят" and "девʼят".
    return "|".join(re.escape(stem).replace("'", "['’ʼ]") for stem in sorted(stems, key=len, reverse=True))


def ordinal_value(match: re.Match, langs: tuple[str, ...]) -> int:
    """The integer an ordinal_pattern match stands for."""
    if match.groupdict().get("word"):
        return _words("ORDINAL_WORDS", langs)[match.group("word").lower()]
    stem = match.groupdict().get("stem") or match.groupdict().get("adverb")
    if stem:
        return _words("ORDINAL_STEMS", langs)[re.sub("[’ʼ]", "'", stem.lower())]
    return int(match.group("digit"))
