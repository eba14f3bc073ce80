"""Which capitalised words are first names: the tables of `first_names`, declined or not, in any script.

"Алеся" is Алеся or Алесь's genitive; "Зьміцера" (classical) and "Зміцера" are Зміцер's; Mikalai, Mikalay and Mikałaj
meet. `names` builds whole names around these words.
"""

import re
from functools import lru_cache

from bot.extract.first_names import DIMINUTIVES, FIRST_NAME_ENDINGS, FIRST_NAMES, IRREGULAR, latin_spellings
from bot.extract.morph import fold_be

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def plain(word: str) -> str:
    """The word in lower case with one apostrophe."""
    return word.lower().replace("’", "'").replace("ʼ", "'")


_LATIN_FOLD = str.maketrans({"y": "i", "j": "i", "w": "v", "ł": "l", "ś": "s", "ź": "z", "ć": "c", "ń": "n",
                             "š": "s", "ž": "z", "č": "c", "ŭ": "u", "ę": "e", "ą": "a", "ó": "o"})


def _latin_key(word: str) -> str:
    """One spelling for the Latin forms of a first name: Mikalai, Mikalay and Mikałaj meet."""
    return word.lower().translate(_LATIN_FOLD).replace("kh", "h")


# A Latin spelling this short is a word ("An", "Ya"), not a name.
MIN_LATIN_NAME = 3
_LATIN_FIRST = {
    **{_latin_key(spelling): gender for name, gender in FIRST_NAMES.items() if _CYRILLIC.search(name)
       for spelling in latin_spellings(name) if len(spelling) >= MIN_LATIN_NAME},
    **{_latin_key(name): gender for name, gender in FIRST_NAMES.items() if not _CYRILLIC.search(name)},
}


# How many words' first-name readings are kept.
WORDS_CACHED = 16384
# Each Cyrillic first name folded (see morph.fold_be) to the tables' spelling.
FOLDED_FIRST = {fold_be(name): name for name in FIRST_NAMES if _CYRILLIC.search(name)}


def first_names(word: str) -> list[tuple[str, str]]:
    """Every (nominative, gender "m"/"f") `word` can be as a first name: "Алеся" is Алеся or Алесь's genitive."""
    return list(_first_names(word))


# The name rules ask of the same words again and again (each sentence's capitalised words, for each rule): each is
# looked up once.
@lru_cache(maxsize=WORDS_CACHED)
def _first_names(word: str) -> tuple[tuple[str, str], ...]:
    low = plain(word)
    if not _CYRILLIC.search(low):
        key = _latin_key(low)
        return ((low, _LATIN_FIRST[key]),) if key in _LATIN_FIRST else ()
    # "Натальлю" (Łacinka "Natallu" read in Cyrillic), "Зьміцера": the classical soft sign folded away.
    folded = fold_be(low)
    guesses = [FOLDED_FIRST.get(folded, low)]
    if low in IRREGULAR:
        guesses.append(IRREGULAR[low])
    for old, new in FIRST_NAME_ENDINGS:
        if folded.endswith(old) and len(folded) > len(old) + 1:
            guesses.append(FOLDED_FIRST.get(folded[: len(folded) - len(old)] + new, ""))
    found: list[tuple[str, str]] = []
    for guess in guesses:
        if guess in FIRST_NAMES and (guess, FIRST_NAMES[guess]) not in found:
            found.append((guess, FIRST_NAMES[guess]))
    return tuple(found)


def first_name(word: str) -> tuple[str, str] | None:
    """The likeliest (nominative, gender) of `word` as a first name, or None."""
    found = first_names(word)
    return found[0] if found else None


def _name_key(name: str) -> str:
    """One spelling to compare first names by: Cyrillic folded ("дзьмітрый" and "дзмітрый" meet), Latin keyed."""
    return fold_be(name) if _CYRILLIC.search(name) else _latin_key(name)


_DIMINUTIVE_KEYS = {_name_key(d): frozenset(_name_key(n) for n in names) for d, names in DIMINUTIVES.items()}


@lru_cache(maxsize=WORDS_CACHED)
def diminutive_names(word: str) -> frozenset[str]:
    """The first names, keyed, that `word` is a diminutive of, declined or not ("Диме", "Эдика" and "Дзімы" stand for
    Дмитрий, Эдуард and Дзмітрый); empty for any other word."""
    low = _name_key(plain(word))
    stems = [low] + [low[: len(low) - len(old)] + new for old, new in FIRST_NAME_ENDINGS
                     if _CYRILLIC.search(low) and low.endswith(old) and len(low) > len(old) + 1]
    return frozenset().union(*(_DIMINUTIVE_KEYS.get(stem, frozenset()) for stem in stems))


def diminutive_of(word: str, given: str) -> bool:
    """Whether `word` is a diminutive, declined or not, of the first name `given`."""
    return _name_key(plain(given)) in diminutive_names(word)
