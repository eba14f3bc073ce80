"""Fold any spelling of a Belarusian or Russian personal name to comparable keys.

"Bialiatski", "Bialacki", "Byalyatski", "Бяляцкі", "Беляцкий" and "Беляцким" all fold to the
key ``balack`` (full key or stem); "Ціханоўскага", "Tsikhanouski", "Tichanovsky" and
"Тихановский" to ``tiчanavsk``.  Keys are deliberately lossy: vowels collapse to a/i/u (akanne
and yakanne), softness is dropped, х/ч share one symbol (Polish "ch" is х, English "ch" is ч).
Ranking in :mod:`bot.names.index` makes up for the lost detail.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from bot.names import tables

FOLD_VERSION = 1
"""Version of the folding rules. Raise it with any change that alters a key: the database's name
index is then made again from the names (``bot/storage/name_index.py``)."""

MAX_INPUT_CHARS = 512
MAX_TOKENS = 12
MAX_TOKEN_CHARS = 40

_WORD = re.compile(r"[^\W\d_]+")
_APOSTROPHE = re.compile("['’ʼ`´ʹ‘]")
_KEY_ALPHABET = frozenset("abcdefghijklmnopqrstuvwxyzчшж")
# Keys themselves contain ч/ш/ж, so those three do not count as evidence of a Cyrillic word.
_REAL_CYRILLIC = re.compile(r"[а-ез-цщ-яёєіїўґ]")
# Latin look-alikes typed inside Cyrillic words (a phone keyboard switched mid-word).
_HOMOGLYPHS = str.maketrans("aceopxykmtih", "асеорхукмтін")
_HOMOGLYPH = re.compile("[aceopxykmtih]")

_INVISIBLE = frozenset(("Cf", "Mn", "Cc", "Co", "Cs"))
# Latin and Cyrillic letters, digits, punctuation and spaces that NFKC leaves alone and that are not
# invisible: text made only of these skips the per-character filter (it would remove nothing).
_PLAIN_CHARS = "".join(ch for ch in map(chr, range(0x20, 0x530))
                       if unicodedata.category(ch) not in _INVISIBLE and unicodedata.is_normalized("NFKC", ch))
_PLAIN = re.compile(f"[{re.escape(_PLAIN_CHARS)}]*")
_ASCII_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_LATIN_LETTER = re.compile(r"[a-z]")
_CHAR_TABLE = str.maketrans({**tables.CYRILLIC, **tables.LATIN_MARKED})
_FOREIGN = re.compile(r"[^a-zчшж]")
_REFOLD_RISK = re.compile(r"ts|tz|rz|sz|cz|шч|c[itrl]|dz")
_LATIN_MULTI = re.compile("|".join(re.escape(k) for k, _ in tables.LATIN_MULTI))
_LATIN_MULTI_MAP = dict(tables.LATIN_MULTI)
_CLUSTERS = re.compile("|".join(re.escape(k) for k, _ in tables.COMMON_CLUSTERS))
_CLUSTERS_MAP = dict(tables.COMMON_CLUSTERS)
_CONSONANTS = "bcdfgklmnprstvzчшж"
# Belarusian tsekanne/dzekanne: ці, ця, дзі, дзь correspond to Russian ти, тя, ди, дь (but
# Ukrainian -цький keeps its ц).
_TSEKANNE_C = re.compile(r"c(?=[ie]|j[aeiouy])")
_TSEKANNE_DZ = re.compile(rf"dz(?=[iej{_CONSONANTS}])")
_C_AS_K = re.compile(r"c(?=[trl])")
_DOUBLE = re.compile(r"(.)\1+")
# i next to a vowel is a glide (Maria/Марыя/Мария, Bialiatski/Бяляцкі, Andrei/Андрэй).
_GLIDE_I = re.compile(r"(?<=[au])i|i(?=[au])")
# u after a vowel and before a consonant is ў (Tsikhanouski, Kalesnikau).
_GLIDE_U = re.compile(r"(?<=a)u(?![aiu])")
_GLIDE_I_FINE = re.compile(r"(?<=[aeou])i|i(?=[aeou])")
_GLIDE_U_FINE = re.compile(r"(?<=[aeo])u(?![aeiou])")
# A final iotated ю after a vowel is an accusative/dative ending (Надзею, Марыю), not ў: drop it
# before the ў rule can read "-ею" as "-еў".
_FINAL_JU = re.compile(r"(?<=[aeiouy])[jy]u$")
# A lone Latin h is г in Belarusian spellings but х in English ones (Hubebin = Хубебин).
_LONE_H = re.compile(r"(?<![kcsz])h")


class TokenKey(NamedTuple):
    """Folded form of one word: ``full`` key, ``stem`` without a case ending, patronymic flag."""

    full: str
    stem: str
    patronymic_like: bool
    fine: str = ""


def clean(text: object) -> str:
    """Return text NFKC-normalised, case-folded, with invisible and combining marks removed."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    text = text[: MAX_INPUT_CHARS * 2]
    if text.isascii():
        text = _ASCII_CONTROL.sub("", text)
    elif not _PLAIN.fullmatch(text):
        text = unicodedata.normalize("NFKC", text)
        text = "".join(ch for ch in text if unicodedata.category(ch) not in _INVISIBLE)
    text = text.casefold()
    # A search first: most names have no apostrophe, and removing nothing costs as much as removing some.
    if _APOSTROPHE.search(text):
        text = _APOSTROPHE.sub("", text)
    return text[:MAX_INPUT_CHARS]


def words(text: object) -> list[str]:
    """Split a cleaned name into letter-only words (at most ``MAX_TOKENS``)."""
    return [w[:MAX_TOKEN_CHARS] for w in _WORD.findall(clean(text))[:MAX_TOKENS]]


def _map_char(ch: str) -> str:
    if ch in _KEY_ALPHABET:
        return ch
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if c in _KEY_ALPHABET)


def _dedup(s: str) -> str:
    return _DOUBLE.sub(_first_group, s) if _DOUBLE.search(s) else s


def _first_group(m: re.Match[str]) -> str:
    return m.group(1)


def _fold_vowels(s: str, fine: bool = False) -> str:
    # Each rule is tried only when the letter it needs is there (an import folds 400,000 words).
    if fine:
        glide, glide_u, u_after = _GLIDE_I_FINE, _GLIDE_U_FINE, "u"
    else:
        s = s.replace("o", "a").replace("e", "a")
        glide, glide_u, u_after = _GLIDE_I, _GLIDE_U, "au"
    s = _dedup(s)
    if "i" in s:
        while glide.search(s):
            s = _dedup(glide.sub("", s))
    return _dedup(glide_u.sub("v", s)) if u_after in s and glide_u.search(s) else s


def _prefold(word: str, h_as_kh: bool = False) -> str:
    if word.isascii() and word.isalpha() and word.islower():
        s = word  # only a-z: no Cyrillic, nothing in the character table, nothing foreign
    else:
        if _REAL_CYRILLIC.search(word) and _HOMOGLYPH.search(word):
            word = word.translate(_HOMOGLYPHS)
        s = word.translate(_CHAR_TABLE)
        if _FOREIGN.search(s):
            s = "".join(_map_char(ch) for ch in s)
    if h_as_kh:
        s = _LONE_H.sub("ч", s)
    # Each rule runs only when a letter it needs is there (folding a registry is thousands of words).
    if "h" in s or "x" in s or "q" in s or "szcz" in s:
        s = _LATIN_MULTI.sub(_latin_multi, s)
    if s.endswith("u"):
        s = _FINAL_JU.sub("", s)
    s = _clusters(s)
    s = s.replace("w", "v").replace("y", "i")
    if "c" in s:
        s = _TSEKANNE_C.sub("t", s)
    if "dz" in s:
        s = _TSEKANNE_DZ.sub("d", s)
    s = _clusters(s.replace("j", ""))
    return _C_AS_K.sub("k", s) if "c" in s else s


def _latin_multi(m: re.Match[str]) -> str:
    return _LATIN_MULTI_MAP[m.group()]


def _clusters(s: str) -> str:
    # Every cluster has a z, or is "ts" or "шч".
    if ("z" in s or "ts" in s or "шч" in s) and _CLUSTERS.search(s):
        return _CLUSTERS.sub(_cluster, s)
    return s


def _cluster(m: re.Match[str]) -> str:
    return _CLUSTERS_MAP[m.group()]


def fold_word(word: str) -> str:
    """Fold one already-cleaned word to its full key (may be empty for non-letters)."""
    key = token_key(word)
    return key.full if key else ""


def _full_key(pre: str) -> str:
    key = _fold_vowels(pre)
    # Dropping softness or vowels can bring letters together that a rule reads differently
    # (d-j-z -> dz); folding again until nothing changes makes every key a fixed point.  Only
    # the consonant rules can fire on a key, so keys without their letter pairs are skipped.
    for _ in range(4):
        if not _REFOLD_RISK.search(key):
            break
        again = _fold_vowels(_prefold(key))
        if again == key:
            break
        key = again
    return key


def stem_of(key: str) -> str:
    """Strip one Russian/Belarusian case or gender ending from a full key, keeping >= 3 letters."""
    if not key.endswith(tables.CASE_ENDINGS):
        return key
    for ending in tables.CASE_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= tables.MIN_STEM:
            return key[: -len(ending)]
    return key


@lru_cache(maxsize=16384)
def token_key(word: str) -> TokenKey | None:
    """Return the :class:`TokenKey` of a cleaned word, or None when nothing foldable is left."""
    pre = _prefold(word)
    full = _full_key(pre)
    if not full:
        return None
    stem = stem_of(full)
    patronymic = len(full) >= 6 and (full.endswith(tables.PATRONYMIC_ENDINGS) or stem.endswith(
        tables.PATRONYMIC_ENDINGS))
    fine = _fold_vowels(pre, fine=True)
    if len(fine) == len(full) and stem != full:
        # Same length means the letters line up, so the fine form can lose the same ending.
        fine = fine[: len(stem)]
    return TokenKey(full, stem, patronymic, fine)


@lru_cache(maxsize=16384)
def alternative_key(word: str) -> TokenKey | None:
    """Second reading of a Latin word with a lone ``h`` taken as х instead of г, else None."""
    if _REAL_CYRILLIC.search(word) or not _LONE_H.search(word):
        return None
    full = _fold_vowels(_prefold(word, h_as_kh=True))
    return TokenKey(full, stem_of(full), False, full) if full else None


def name_keys(text: object) -> list[TokenKey]:
    """Fold a whole name (any script, any order, any punctuation) to a list of token keys."""
    out = []
    for w in words(text):
        k = token_key(w)
        if k is not None:
            out.append(k)
    return out


def fold(text: object) -> str:
    """Return the space-separated full keys of a name; folding a folded string changes nothing."""
    return " ".join(k.full for k in name_keys(text))


def script_of(text: object) -> str:
    """Return ``"cyrillic"`` or ``"latin"`` for the dominant script of a name."""
    if isinstance(text, str) and text.isascii():
        return "latin"
    s = text.lower() if isinstance(text, str) else clean(text)
    if not _LATIN_LETTER.search(s):  # the usual Cyrillic name: no need to count
        return "cyrillic" if _REAL_CYRILLIC.search(s) else "latin"
    cyr = len(_REAL_CYRILLIC.findall(s))
    lat = len(_LATIN_LETTER.findall(s))
    return "cyrillic" if cyr > lat else "latin"
