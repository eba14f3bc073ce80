"""The linguistic layer: each word's dictionary form and grammatical tags, for the article's language.

Russian and Ukrainian words are analysed by pymorphy3 with its OpenCorpora-style dictionaries (lemmas,
case, gender, Name/Surn/Patr). Belarusian has no analyser on PyPI: its words are folded to one spelling
(classical and official orthography alike) and matched against stem tables in `lang_be`. English needs
no lemmas for the patterns (their stems carry the inflection), so its words stand for themselves.

Every rule that looks for a word class (a release verb, a prisoner noun) reads the `LemmaView` of a
sentence: the same text with each word replaced by its lemma, and a map back to the original offsets.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

import pymorphy3
from pymorphy3.units import DictionaryAnalyzer

from bot.extract import lang_ru, lang_uk

WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*(?:-[^\W\d_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})
_BE_CONSONANTS = "бвгджзйклмнпрстўфхцчш"
# Classical Belarusian writes a soft sign inside consonant clusters ("палітвязьняў", "вызваленьне",
# "сьвята"); the official spelling drops it. Folding drops it too, so one table reads both.
_BE_SOFT_IN_CLUSTER = re.compile(rf"(?<=[{_BE_CONSONANTS}])ь(?=[{_BE_CONSONANTS}])")
# Classical spelling writes "зь" (from) before a vowel and "ня" (not); the official one "з" and "не".
_BE_CLASSICAL_WORDS = re.compile(r"(?<!\w)(?:зь|ня)(?!\w)")
CACHE_SIZE = 50_000
_SURFACE = {"ru": lang_ru.SURFACE_WORDS, "uk": lang_uk.SURFACE_WORDS}
_STATE_VERBS = {"ru": lang_ru.STATE_VERBS, "uk": lang_uk.STATE_VERBS}
# The auxiliary of the future ("будут освобождены"), future whatever its aspect.
_FUTURE_AUXILIARIES = frozenset({"быть", "бути"})


def _not_yet(readings: tuple["Analysis", ...]) -> bool:
    """A verb in the future tense or the imperative: a promise or a call, never a past release.

    Only perfective verbs have a one-word future ("освободит"); a word that can also be read in the present
    ("перебувають") is read in the present.
    """
    # Readings of the likeliest verb only: "вышли" is "выйти" in the past, not the imperative of "выслать".
    verbs = [r for r in readings if "VERB" in r.tags and r.lemma == readings[0].lemma]
    if any("pres" in r.tags for r in verbs):
        return False
    return any("impr" in r.tags or ("futr" in r.tags and ("perf" in r.tags or r.lemma in _FUTURE_AUXILIARIES))
               for r in verbs)


@dataclass(frozen=True)
class Analysis:
    """One reading of a word: its dictionary form and its grammemes (pymorphy3's tag set)."""

    lemma: str
    tags: frozenset[str]
    score: float = 1.0


@lru_cache(maxsize=2)
def analyzer(lang: str) -> pymorphy3.MorphAnalyzer:
    """The pymorphy3 analyser for "ru" or "uk", loaded once (its dictionaries are memory-mapped)."""
    return pymorphy3.MorphAnalyzer(lang=lang)


def fold_be(text: str) -> str:
    """Belarusian text in one spelling: lower case, "у" for "ў", "е" for "ё", no soft sign inside consonant
    clusters, the classical "зь" and "ня" as "з" and "не"."""
    folded = _BE_SOFT_IN_CLUSTER.sub("", text.lower().translate(_APOSTROPHES)).replace("ў", "у").replace("ё", "е")
    return _BE_CLASSICAL_WORDS.sub(lambda m: "з" if m.group() == "зь" else "не", folded)


def _tags(tag) -> frozenset[str]:
    return frozenset(str(tag).replace(" ", ",").split(","))


# Parts of speech a dictionary word may have that no person's name has: "Вона" (she), "Українська" (Ukrainian),
# "Далі" (then).
_NOT_A_NAME_POS = frozenset({"NPRO", "ADJF", "ADVB", "PREP", "CONJ", "PRCL"})


@lru_cache(maxsize=CACHE_SIZE)
def known_as_common_word(word: str, lang: str) -> bool:
    """Whether the ru/uk dictionary itself (not its guesser) reads `word` as a pronoun, adjective, adverb or function
    word: the dictionaries also list such words as surnames ("Вона", "Українська"), which a capital makes look like
    a person. Surnames the guesser reads as adjectives ("Тихановского") are not caught."""
    if lang not in ("ru", "uk"):
        return False
    return any(p.tag.POS in _NOT_A_NAME_POS and isinstance(p.methods_stack[0][0], DictionaryAnalyzer)
               for p in analyzer(lang).parse(word.lower().translate(_APOSTROPHES)))


_ATTRIBUTE_POS = frozenset({"ADJF", "PRTF", "PRTS"})
_ADJECTIVAL_SURNAME = re.compile(r"(?:ськ|цьк|зьк|ск|цк|зк)(?:ий|ій|и|ой)$")


# (Kept like the other readings: the name rules ask it of each capitalised word before a name, sentence after sentence.)
@lru_cache(maxsize=CACHE_SIZE)
def known_as_attribute(word: str, lang: str) -> bool:
    """Whether the ru/uk dictionary (not its guesser) reads `word` as an adjective or a participle ("Бывшая",
    "Колишня", "Звільнена"): such a word before a name describes the person, it is no surname."""
    if lang not in ("ru", "uk"):
        return False
    # (Not a surname declined like an adjective: "Біляцького", "Тихановский".)
    return any(p.tag.POS in _ATTRIBUTE_POS and isinstance(p.methods_stack[0][0], DictionaryAnalyzer)
               and not _ADJECTIVAL_SURNAME.search(p.normal_form)
               for p in analyzer(lang).parse(word.lower().translate(_APOSTROPHES)))


@lru_cache(maxsize=CACHE_SIZE)
def analyses(word: str, lang: str) -> tuple[Analysis, ...]:
    """Every reading of `word` in `lang`, most likely first (one plain reading for be/en)."""
    if lang in ("ru", "uk"):
        key = word.lower().translate(_APOSTROPHES)
        out = []
        for p in analyzer(lang).parse(key):
            lemma = p.normal_form.replace("ё", "е") if lang == "ru" else p.normal_form
            out.append(Analysis(lemma, _tags(p.tag), p.score))
        return tuple(out) or (Analysis(key, frozenset()),)
    if lang == "be":
        return (Analysis(fold_be(word), frozenset()),)
    return (Analysis(word, frozenset()),)


@lru_cache(maxsize=CACHE_SIZE)
def lemma(word: str, lang: str) -> str:
    """The word as the field patterns read it: its likeliest dictionary form; "_fut" marks a verb in the
    future or imperative, "_past" a verb of a state in the past ("находился")."""
    if lang in _SURFACE and word.lower() in _SURFACE[lang]:
        return word.lower()
    readings = analyses(word, lang)
    best = readings[0]
    if "VERB" in best.tags and _not_yet(readings):
        return best.lemma + "_fut"
    if "past" in best.tags and best.lemma in _STATE_VERBS.get(lang, ()):
        # "находился в колонии" was held once: a state in the past is no state now.
        return best.lemma + "_past"
    return best.lemma


@dataclass(frozen=True)
class LemmaView:
    """A text with every word replaced by its lemma; `at(i)` maps an original offset into it."""

    text: str
    starts: tuple[int, ...]  # for each original offset, the offset in `text`

    def at(self, pos: int) -> int:
        """The lemma-text offset of original offset `pos` (the end maps to the end)."""
        if pos >= len(self.starts):
            return len(self.text)
        return self.starts[pos]

    def span(self, start: int, end: int) -> str:
        """The lemma text of original characters [start, end)."""
        return self.text[self.at(start):self.at(end)]


def lemma_view(text: str, lang: str, segments: tuple[tuple[tuple[int, int], str], ...] = ()) -> LemmaView:
    """The lemma form of `text` in `lang`: punctuation, digits and spacing kept, each word its lemma.

    `segments` gives other languages to spans of the text ((start, end), lang), e.g. a quotation.
    """
    out: list[str] = []
    starts = [0] * (len(text) + 1)
    length = 0
    pos = 0

    def emit(chunk: str, a: int, b: int, verbatim: bool) -> None:
        nonlocal length
        # Copied text keeps its offsets one to one; a word's letters all map to its lemma's start.
        starts[a:b] = range(length, length + b - a) if verbatim else [length] * (b - a)
        out.append(chunk)
        length += len(chunk)

    for m in WORD.finditer(text):
        if m.start() > pos:
            emit(_plain(text[pos:m.start()], lang), pos, m.start(), True)
        own = next((seg_lang for (a, b), seg_lang in segments if a <= m.start() < b), lang)
        emit(lemma(m.group(), own), m.start(), m.end(), False)
        pos = m.end()
    if pos < len(text):
        emit(_plain(text[pos:], lang), pos, len(text), True)
    starts[len(text)] = length
    return LemmaView("".join(out), tuple(starts))


def _plain(chunk: str, lang: str) -> str:
    return chunk.translate(_APOSTROPHES) if lang != "en" else chunk
