"""Belarusian Łacinka to Cyrillic (classical orthography), so the Belarusian tables read it."""

import re
from collections.abc import Callable

# Letters only Łacinka uses among the Latin scripts news is written in (Polish has ł, ś, ź, ć, ń but no ŭ/š/ž/č).
_LACINKA_ONLY = re.compile(r"[ŭŬšŠžŽčČ]")
_LACINKA_LETTER = re.compile(r"[ŭŬšŠžŽčČłŁćĆśŚźŹńŃ]")
_LATIN_WORD = re.compile(r"[A-Za-zŭŬšŠžŽżŻčČłŁćĆśŚźŹńŃ]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Short words every Belarusian text has; English or Polish text with a Łacinka name has few of them.
_FUNCTION_WORDS = frozenset("i u ŭ na pa z ź ad da jak što heta jaho jana jany ich ale ci pry dla za jašče ŭžo".split())

_VOWELS = "aeiouyŭ"
# Two-letter consonants first, then single letters.
_CONSONANTS = {
    "dž": "дж", "dz": "дз", "dź": "дзь", "ch": "х",
    "b": "б", "c": "ц", "ć": "ць", "č": "ч", "d": "д", "f": "ф", "g": "ґ", "h": "г", "k": "к", "ł": "л",
    "m": "м", "n": "н", "ń": "нь", "p": "п", "r": "р", "s": "с", "ś": "сь", "š": "ш", "t": "т", "v": "в",
    "w": "в", "z": "з", "ź": "зь", "ž": "ж", "ż": "ж", "x": "кс", "q": "к",
}
_PLAIN_VOWELS = {"a": "а", "e": "э", "i": "і", "o": "о", "u": "у", "y": "ы", "ŭ": "ў"}
# A vowel after j (or at a soft consonant's "i") is iotated: ja -> я.
_IOTATED = {"a": "я", "e": "е", "o": "ё", "u": "ю", "i": "і"}


_HARD_BEFORE_J = frozenset("бвгджзкмнпрстфхцчшў")


def is_lacinka(text: str) -> bool:
    """Whether `text` is mostly Belarusian written in Łacinka (not English or Polish naming a Łacinka name)."""
    sample = text[:20000]
    words = [w.lower() for w in _LATIN_WORD.findall(sample)]
    if len(words) < 8 or len(_CYRILLIC.findall(sample)) > len("".join(words)):
        return False
    marked = sum(bool(_LACINKA_LETTER.search(w)) for w in words)
    function = sum(w in _FUNCTION_WORDS for w in words)
    return bool(_LACINKA_ONLY.search(sample)) and marked >= 0.08 * len(words) and function >= 0.05 * len(words)


def _word(word: str) -> str:
    low = word.lower()
    out: list[str] = []
    i, n = 0, len(low)
    while i < n:
        ch = low[i]
        two = low[i:i + 2]
        if ch == "l":
            # "l" is the soft л: before a vowel it softens the vowel, elsewhere it takes a soft sign.
            nxt = low[i + 1:i + 2]
            if nxt == "i" and low[i + 2:i + 3] in ("a", "e", "o", "u"):
                out.append("л" + _IOTATED[low[i + 2]])
                i += 3
            elif nxt and nxt in "aeou":
                out.append("л" + _IOTATED[nxt])
                i += 2
            elif nxt == "i":
                out.append("лі")
                i += 2
            else:
                out.append("ль")
                i += 1
            continue
        if ch == "j":
            nxt = low[i + 1:i + 2]
            if nxt in _IOTATED:
                if out and out[-1][-1] in _HARD_BEFORE_J:
                    # "Darja", "Vierabjoŭ": after a consonant the iotated vowel takes the apostrophe (Дар'я, Вераб'ёў).
                    out.append("'")
                out.append(_IOTATED[nxt])
                i += 2
            else:
                out.append("й")
                i += 1
            continue
        if ch in _VOWELS:
            out.append(_PLAIN_VOWELS[ch])
            i += 1
            continue
        if two in _CONSONANTS:
            cons, step = _CONSONANTS[two], 2
        else:
            cons, step = _CONSONANTS.get(ch, ch), 1
        out.append(cons)
        i += step
        if cons.endswith("ь") and low[i:i + 1] in ("a", "e", "o", "u"):
            # "piaćora", "ńa" (a soft letter straight before a vowel, for the classical "piaciora"): the vowel is the
            # soft one, no soft sign (пяцёра).
            out[-1] = cons[:-1]
            out.append(_IOTATED[low[i]])
            i += 1
        # "ia", "ie", "io", "iu" after a consonant: the i only softens the vowel.
        if low[i:i + 1] == "i" and low[i + 1:i + 2] in ("a", "e", "o", "u"):
            out.append(_IOTATED[low[i + 1]])
            i += 2
    text = "".join(out)
    if word[:1].isupper():
        text = text[:1].upper() + (text[1:].upper() if word.isupper() and len(word) > 1 else text[1:])
    return text


def to_cyrillic(text: str) -> str:
    """`text` with every Łacinka word spelled in Cyrillic; digits, punctuation and spacing stay."""
    return _LATIN_WORD.sub(lambda m: _word(m.group()), text)


_TO_LATIN = {
    "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "ж": "ž", "з": "z", "й": "j", "к": "k", "м": "m", "н": "n",
    "п": "p", "р": "r", "с": "s", "т": "t", "ў": "ŭ", "ф": "f", "х": "ch", "ц": "c", "ч": "č", "ш": "š",
    "а": "a", "о": "o", "у": "u", "ы": "y", "э": "e", "і": "i", "'": "",
}
_SOFT = {"я": "a", "е": "e", "ё": "o", "ю": "u"}
_SOFTENED = {"з": "ź", "с": "ś", "ц": "ć", "н": "ń", "л": "l"}


def _latin_word(word: str) -> str:
    low = word.lower()
    out: list[str] = []
    for i, ch in enumerate(low):
        nxt = low[i + 1] if i + 1 < len(low) else ""
        prev = low[i - 1] if i else ""
        if ch == "ь":
            continue
        if ch == "л":
            # "л" is hard ("ł") unless a soft sign or a softening vowel follows, or a soft "л" it doubles (the official
            # spelling's "Наталля" is the classical "Натальля", Łacinka "Natalla").
            soft_double = nxt == "л" and low[i + 2:i + 3] in tuple("ьяеёюі")
            out.append("l" if (nxt and nxt in "ьяеёюі") or soft_double else "ł")
        elif ch in _SOFTENED and nxt == "ь":
            out.append(_SOFTENED[ch])
        elif ch in _SOFT:
            if not prev or prev in "аоуыэіяеёюў'ь" or prev == "й":
                out.append("j" + _SOFT[ch])
            elif prev == "л":
                out.append(_SOFT[ch])
            else:
                out.append("i" + _SOFT[ch])
        else:
            out.append(_TO_LATIN.get(ch, ch))
    text = "".join(out)
    return text[:1].upper() + text[1:] if word[:1].isupper() else text


def to_lacinka(text: str) -> str:
    """Cyrillic Belarusian back in Łacinka, for names read from a Łacinka article ("Ігар Лосік" -> "Ihar Łosik")."""
    return re.sub(r"[\u0400-\u04ff']+", lambda m: _latin_word(m.group()), text)


def as_written(original: str) -> Callable[[str], str]:
    """A function putting Cyrillic text read from the Łacinka article `original` back in Łacinka, each word as
    the article wrote it ("Павел Жук" -> "Pavieł Žuk"); a word the article never wrote (a nominative made from a
    declined form) is transliterated."""
    written: dict[str, str] = {}
    for m in _LATIN_WORD.finditer(original):
        written.setdefault(_word(m.group()), m.group())

    def back(text: str) -> str:
        return re.sub(r"[\u0400-\u04ff']+", lambda m: written.get(m.group()) or _latin_word(m.group()), text)

    return back
