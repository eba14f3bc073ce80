"""Letter-mapping tables used by :mod:`bot.names.normalize`.

Keys live in one small alphabet: Latin ``a b c d f g i k l m n p r s t u v z`` plus the
Cyrillic symbols ``ч`` (х and ч), ``ш`` (ш and щ) and ``ж`` (ж).  Cyrillic symbols are used for
those three sounds because every Latin letter is already an *input* spelling somewhere
(x, h, w, q ...), and a key must fold to itself when it is folded again.

Intermediate output may still contain ``j`` (iotation/softness), ``y``, ``e``, ``o`` and ``w``;
the contextual rules in ``normalize`` resolve them.
"""

# Russian, Belarusian and Ukrainian Cyrillic.  ``j`` marks iotation or softness so that the
# Belarusian tsekanne rule (ці/дзі vs ти/ди) can see it before softness is dropped.
CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "je", "ё": "jo",
    "є": "je", "ж": "ж", "з": "z", "и": "i", "і": "i", "ї": "ji", "й": "j", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ў": "w", "ф": "f", "х": "ч", "ц": "c", "ч": "ч", "ш": "ш", "щ": "ш",
    "ъ": "", "ы": "y", "ь": "j", "э": "e", "ю": "ju", "я": "ja",
}  # fmt: skip

# Latin letters with diacritics from the Belarusian national Latin, Łacinka, Polish, Czech
# and Lithuanian-style spellings.  Applied before the remaining marks are stripped, so that
# š does not silently become s.
LATIN_MARKED: dict[str, str] = {
    "š": "ш", "ś": "sj", "ž": "ж", "ż": "ж", "ź": "zj", "č": "ч", "ć": "cj", "ŭ": "w",
    "ł": "l", "ĺ": "lj", "ń": "nj", "ň": "nj", "ď": "dj", "ť": "tj", "ř": "ж", "ŕ": "r",
    "ß": "s",
}  # fmt: skip

# Latin digraphs/trigraphs of BGN/PCGN, Russian-based English, Polish and German habits.
# Longest first matters: the regex alternation is built in this order.
LATIN_MULTI: tuple[tuple[str, str], ...] = (
    ("shch", "ш"), ("szcz", "ш"), ("tsch", "ч"), ("sch", "ш"), ("tch", "ч"),
    ("zh", "ж"), ("sh", "ш"), ("kh", "ч"), ("ch", "ч"), ("ph", "f"), ("gh", "g"),
    ("x", "ks"), ("q", "k"), ("h", "g"),
)  # fmt: skip

# Rules applied to every token whatever its script, so that a spelling and its own key meet
# in the same place (this is what keeps folding idempotent).  Order matters.
COMMON_CLUSTERS: tuple[tuple[str, str], ...] = (
    ("ts", "c"), ("tz", "c"), ("rz", "ж"), ("sz", "ш"), ("cz", "ч"), ("шч", "ш"),
)  # fmt: skip

VOWELS = "aeiouy"

# Endings of Russian and Belarusian declension as they look *after* vowel folding
# (о/е/я/э -> a, ы/і/и -> i, ю -> u, й/ь dropped, doubled letters merged).
# -ого/-ага/-ега/-яга -> aga; -ому/-аму -> amu; -ым/-им/-ім -> im; -ом/-ем/-ам -> am;
# -ой/-ай/-ая/-ое/-ае/-е/-а/-я -> a; -ы/-і/-и/-ий/-ый -> i; -у/-ю/-ую -> u.
CASE_ENDINGS: tuple[str, ...] = ("amu", "aga", "im", "am", "a", "i", "u")

# Shortest stem an ending may leave behind: stripping "Ян" or "Ива" to one or two letters
# would merge unrelated names.
MIN_STEM = 3

# Patronymic suffixes (-ович/-евич/-ич, -овна/-евна/-аўна, -ична) in key form.
PATRONYMIC_ENDINGS: tuple[str, ...] = ("aviч", "iviч", "avna", "ivna", "iчna", "avn", "ivn", "iчn")
