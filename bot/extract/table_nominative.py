"""Declined Belarusian names (and any Cyrillic name the analysers do not know) back to the nominative by ending tables.

Belarusian has no analyser on PyPI: the surname's ending tells the case and often the gender ("Бяляцкага" is a man's
genitive, "Калеснікаву" a woman's accusative), and the first name follows it from the tables in `first_names`.
"""

import re

from bot.extract.given_names import FOLDED_FIRST, first_names, plain
from bot.extract.lexicon import NAME_CASES
from bot.extract.morph import fold_be


def restore_case(word: str, like: str) -> str:
    """`word` capitalised as `like` is, each part of a double surname too ("Шаренда-Панасюк")."""
    parts, like_parts = word.split("-"), like.split("-")
    if len(parts) > 1 and len(parts) == len(like_parts):
        return "-".join(restore_case(part, like_part) for part, like_part in zip(parts, like_parts, strict=True))
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _swap_ending(word: str, endings: tuple[tuple[str, str], ...]) -> str | None:
    for old, new in endings:
        if word.endswith(old) and len(word) > len(old) + 2:
            return word[: len(word) - len(old)] + new
    return None


# Belarusian surnames that show their gender when declined ("Бяляцкага" is a man's, "Калеснікаву" a woman's).
# (A consonant and "-ца" is a surname in "-ец" that lost its vowel: "Алеся Сіўца" is Алесь Сівец, not a woman Алеся.)
_MASCULINE_DECLINED = re.compile(r"(?:скага|цкага|скім|цкім|скаму|цкаму|ага|яга|віча|іча|ка|ку|кі"
                                 r"|(?<=[бвгджзклмнпрстфхчшўь])ца)$")
# Endings no nominative has ("Бяляцкага", "Калеснікаву", "Сіўца"), unlike "-кі", which is also "Лазоўскі".
_CLEARLY_DECLINED = re.compile(r"(?:скага|цкага|скім|цкім|скаму|цкаму|віча|скую|цкую|скай|цкай|аву|еву|авай|евай"
                               r"|(?<=[бвгджзклмнпрстфхчшўь])ца)$")
_FEMININE_DECLINED = re.compile(r"(?:скую|цкую|скай|цкай|аву|еву|іну|ыну|авай|евай|інай|ынай)$")


def table_nominative(words: list[str]) -> list[str]:
    """Belarusian (and fallback) nominative by ending tables, the gender taken from the surname when it shows."""
    surname = words[-1].lower()
    firsts_as_written = all(fold_be(plain(w)) in FOLDED_FIRST or _NOMINATIVE_PATRONYMIC.search(w) for w in words[:-1])
    if firsts_as_written and not _CLEARLY_DECLINED.search(surname):
        # "Сяргей Лазоўскі": a first name in the nominative leaves the surname as it is.
        return words
    wanted = "f" if _FEMININE_DECLINED.search(surname) else "m" if _MASCULINE_DECLINED.search(surname) else None
    out = []
    gender = wanted
    for w in words[:-1]:
        options = [f for f in first_names(w) if wanted is None or f[1] == wanted] or first_names(w)
        if options and wanted == "m" and options[0][1] == "f" and not _CLEARLY_DECLINED.search(surname):
            # "Таццяну Курыленка", "Ганну Карпенка": a woman's first name with a surname in "-ка" that either gender
            # wears undeclined; "-ка" shows a man's genitive only beside a man's name.
            gender = "f"
        if options:
            gender = gender or options[0][1]
            out.append(restore_case(_spelled_like(options[0][0], w), w))
        else:
            out.append(_DECLINED_PATRONYMIC.sub(lambda m: m.group(1) + "а" if m.group(1) else m.group(2), w))
    endings = NAME_CASES[0][0] if gender == "f" else NAME_CASES[1][0]
    declined_first = [o.lower() for o in out] != [w.lower() for w in words[:-1]]
    # A man's first name in the genitive or the accusative ends in "-а", "-я" ("Алега", "Алеся").
    accusative_first = gender == "m" and declined_first and words[0][-1:].lower() in "ая"
    # A double surname declines in each of its parts ("Паліну Шарэнду-Панасюк").
    out.append("-".join((_fleeting_vowel_stem(part) if gender == "m" and declined_first else None)
                        or (_masculine_noun_stem(part) if accusative_first else None)
                        or _swap_ending(part, endings)
                        or (_consonant_stem(part) if gender == "m" and declined_first else None)
                        or (_instrumental_stem(part) if gender == "m" and declined_first else None)
                        or (_feminine_noun_stem(part) if gender == "f" and declined_first else None) or part
                        for part in words[-1].split("-")))
    return out


# A woman's surname declined like a noun in "-а" ("Паліну Шарэнду", "з Ганнай Шарэндай"), read after her declined
# first name, which tells that the name is not in the nominative.
# ("Насты Лойкі": the genitive is "-і" after "к", "г", "х".)
_FEMININE_NOUN_ENDINGS = (("ай", "а"), ("яй", "я"), ("у", "а"), ("ю", "я"), ("ы", "а"), ("кі", "ка"), ("гі", "га"),
                          ("хі", "ха"))


def _feminine_noun_stem(surname: str) -> str | None:
    return _swap_ending(surname, _FEMININE_NOUN_ENDINGS)


# A man's surname declined like a noun in "-а" ("Мяцеліца", "Бабарыка"), in the accusative after his first name in it
# ("асудзілі Алега Мяцеліцу"): a surname ending in a consonant has "-а" there ("Алега Лосіка"), never "-у".
_MASCULINE_NOUN_ACCUSATIVE = (("у", "а"), ("ю", "я"))


def _masculine_noun_stem(surname: str) -> str | None:
    return _swap_ending(surname, _MASCULINE_NOUN_ACCUSATIVE)


# A patronymic in the nominative ("Антон Ігаравіч Рагачэўскі", "Тамара Пятроўна"): the name is as written.
_NOMINATIVE_PATRONYMIC = re.compile(r"(?:іч|ўна|вна)$", re.IGNORECASE)
# A patronymic declined with the name ("Марыю Аляксандраўну", "Віктара Зміцеравіча"): the stem and its nominative.
_DECLINED_PATRONYMIC = re.compile(r"((?:аў|еў|оў|ав|ев|ов)н)(?:у|ы|е|ай)$|((?:ав|ев|ов)іч)(?:а|у|ам)$")
_VOWELS = "аеёіоуыэюяў"
_SOFT_IN_CLUSTER = re.compile(r"(?<=[бвгджзйклмнпрстўфхцчш])ь(?=[бвгджзйклмнпрстўфхцчш])")


def _spelled_like(name: str, written: str) -> str:
    """A first name from the tables in the article's orthography: "Зміцера" is Зміцер, "Зьміцера" Зьміцер, "Аленай"
    Алена."""
    # The tables hold "алёна" and "алена" as one folded name: the article's "е" stays ("Аленай" is Алена).
    name = "".join("е" if c == "ё" and written[k:k + 1].lower() == "е" else c for k, c in enumerate(name))
    return name if "ь" in written.lower() else _SOFT_IN_CLUSTER.sub("", name)


# A man's surname that loses its vowel when declined, in the dative or the instrumental ("Паўлу Севярынцу", "з Мікалаем
# Дзядком"): two consonants before the ending, the last "ц" or "к" (not "Пракапенку", "Сапелку": nouns in "-а").
# ("з Алесем Кавальцом" is Кавалец: the soft sign goes with the vowel's return; "Алеся Сіўца" is Сівец: "ў" stands only
# after a vowel, and is "в" before the returned one. The genitive "-а" is one of these endings too.)
_FLEETING_VOWEL = re.compile(r"(?:(?<=[бвгджзклмнпрстфхчшўь])(ц)|(?<=[бвгджзкмптфхчшў])(к))(?:у|ам|ом|а)$")


def _fleeting_vowel_stem(surname: str) -> str | None:
    found = _FLEETING_VOWEL.search(surname.lower())
    if found is None or len(surname) < 5:
        return None
    stem = surname[:found.start()]
    stem = stem[:-1] if stem.lower().endswith("ь") else stem
    stem = stem[:-1] + ("В" if stem[-1] == "Ў" else "в") if stem.lower().endswith("ў") else stem
    return stem + ("ец" if found.group(1) else "ок")


def _consonant_stem(surname: str) -> str | None:
    """A man's surname ending in a consonant or "-й", in the genitive after his declined first name ("Максіма Знака"
    -> Знак, "Ігара Лосіка" -> Лосік, "Паўла Севярынца" -> Севярынец, "Мікалая Дзядка" -> Дзядок)."""
    low = surname.lower()
    if len(low) >= 4 and low.endswith("я") and low[-2] in "аеоуы":
        # "Ігара Карнея" -> Карней.
        return surname[:-1] + "й"
    if len(low) < 4 or not low.endswith("а") or low[-2] in _VOWELS:
        return None
    stem = surname[:-1]
    if low.endswith("ца") and low[-3] not in _VOWELS:
        return stem[:-1] + "ец"
    if low.endswith("ка") and low[-3] not in _VOWELS and low[-3] not in "нлрс":
        return stem[:-1] + "ок"
    return stem


# A man's surname in the instrumental after his first name in it ("з Эдуардам Бабарыкам", "побач з Ігарам Лосікам",
# "разам з Андрэем Пачобутам"): "-енкам" is a surname in "-енка" ("Пракапенкам"), any other "-ам" drops to the stem
# (the "-ка" of "Бабарыка" is lost with it, "Бабарык": the surname's key, which finds the person, is the same).
_INSTRUMENTAL = re.compile(r"(?<=[бвгджзклмнпрстфхцчшў])ам$")


# A soft stem in "-ль" takes "-ем" or "-ём" in the instrumental ("з Яўгенам Рубелем" -> Рубель, "з Алегам Кавалём" -> Каваль).
_SOFT_L_INSTRUMENTAL = re.compile(r"л[её]м$")


def _instrumental_stem(surname: str) -> str | None:
    low = surname.lower()
    if len(low) >= 5 and _SOFT_L_INSTRUMENTAL.search(low):
        return surname[:-2] + "ь"
    if len(low) < 5 or _INSTRUMENTAL.search(low) is None:
        return None
    return surname[:-1] if low.endswith("енкам") else surname[:-2]
