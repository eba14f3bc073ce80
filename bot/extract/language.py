"""Tell English, Russian and Belarusian apart from letters and frequent words."""

import re

_CYR = re.compile(r"[\u0400-\u04ff]")
_LAT = re.compile(r"[A-Za-z]")
_BE_LETTERS = re.compile(r"[іўІЎ]")
_RU_LETTERS = re.compile(r"[иъщИЪЩ]")
_WORD = re.compile(r"[^\W\d_]+")
_BE_WORDS = frozenset("і ў у што гэта якія які таксама ад паводле яго сёння учора быў была былі".split())
_RU_WORDS = frozenset("и в что это которые который также от по его сегодня вчера был была были".split())


def detect_language(text: str) -> str:
    """"be", "ru" or "en" for the dominant script and, within Cyrillic, the language's letters and words."""
    sample = text[:20000]
    cyr, lat = len(_CYR.findall(sample)), len(_LAT.findall(sample))
    if cyr <= lat:
        return "en"
    words = [w.lower() for w in _WORD.findall(sample)]
    be = len(_BE_LETTERS.findall(sample)) + 3 * sum(w in _BE_WORDS for w in words)
    ru = len(_RU_LETTERS.findall(sample)) + 3 * sum(w in _RU_WORDS for w in words)
    return "be" if be > ru else "ru"
