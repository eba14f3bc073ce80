"""The forms a found name is listed and matched by: the patronymic, the official order ("Кривошеев Антон
Сергеевич"), a second surname in brackets, and the script-independent key of the surname."""

import re
import unicodedata
from functools import lru_cache

from bot.extract.first_names import FIRST_NAMES
from bot.extract.given_names import WORDS_CACHED, first_name

INITIAL = re.compile(r"[A-ZА-ЯЁІЎЇЄҐ]\.")

_PATRONYMIC_SUFFIX = re.compile(r"(?:(?:овн|евн|ьевн|аўн|еўн|оўн|івн|ївн)(?:а|у|ы|и|і|е|ой|ою|ай)"
                                r"|(?:авіч|евіч|овіч)(?:а|у|ам)?|(?:ович|евич|ьевич|ійович|йович)(?:а|у|ем|е)?"
                                r"|ovich|evich|ovna|evna|avich|auna|euna|ivna|ovych|ievna|yevna)$", re.IGNORECASE)


@lru_cache(maxsize=WORDS_CACHED)
def is_patronymic(word: str) -> bool:
    """A patronymic made from a first name ("Аляксандравіч", "Николаевна", declined "Олександрівну"), not a surname
    in -віч ("Статкевіч")."""
    m = _PATRONYMIC_SUFFIX.search(word)
    if not m:
        return False
    stem = word[:m.start()].lower()
    return any(name.startswith(stem[:max(3, len(stem) - 1)]) for name in FIRST_NAMES if len(name) >= 3)


_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўґєї",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
                      "s", "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya", "i", "u", "g",
                      "e", "i"], strict=True))


_SECOND_SURNAME = re.compile(r"\s*\([^()]*\)\s*$")


def is_official_order(words: list[str]) -> bool:
    """Surname, first name and patronymic, the order of a verdict or an address ("Кривошеев Антон Сергеевич",
    "Мяцеліцу Алега Уладзіміравіча"), declined or not."""
    return (len(words) == 3 and is_patronymic(words[2]) and not is_patronymic(words[1])
            and first_name(words[1]) is not None and first_name(words[0]) is None)


def without_second_surname(nominative: str) -> str:
    """The name a person is listed by: a second surname in brackets ("Андреева (Бахвалова)") is another name of hers,
    kept on the span as written, not the one she is known by."""
    return _SECOND_SURNAME.sub("", nominative)


def given_name_first(nominative: str) -> str:
    """The name a person is told apart by: the first name, then the one surname. The official order ("Кривошеев Антон
    Сергеевич") is the person "Антон Кривошеев" the article may also name."""
    words = without_second_surname(nominative).split()
    if is_official_order(words):
        return f"{words[1]} {words[0]}"
    # "Почобут А. С." quoted from a register is the surname alone: the initials tell no first name apart.
    return " ".join(w for w in words if not INITIAL.fullmatch(w)) or " ".join(words)


@lru_cache(maxsize=8192)
def surname_key(name: str, letters: int = 4) -> str:
    """A script-independent key of a name's surname ("Бяляцкі", "Bialiatski", "Беляцкого" meet): its first `letters`
    consonants."""
    s = unicodedata.normalize("NFKD", given_name_first(name).casefold())
    s = "".join(_TRANSLIT.get(c, c) for c in s if not unicodedata.combining(c))
    for a, b in (("kh", "h"), ("ts", "t"), ("c", "t"), ("zh", "z"), ("sh", "s"), ("v", ""), ("w", "")):
        s = s.replace(a, b)
    words = "".join(c for c in s if c.isalpha() or c == " ").split()
    return "".join(c for c in (words[-1] if words else "") if c not in "aeiouyjw")[:letters]
