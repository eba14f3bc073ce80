"""Put a person's name, as a sentence declines it, back in the nominative: "Марию Колесникову" is Мария Колесникова.

A person is stored and compared by the nominative, so every case a Russian or Ukrainian sentence puts a name in must
lead back to one form. pymorphy3 reads each word of the name; the gender and case all its words can share decide
("Алеся Беляцкого" is a man in the genitive, not the woman Alesia), and where the words alone read otherwise the
sentence around the name decides (a trade before it, a verb or a pronoun after it). A lone surname is taken as an
object, a couple's plural surname ("Дмитрий и Алина Шаповаловы") as each one's singular, and a foreign name keeps
its written stem ("Рико Кригера" is Рико Кригер). Belarusian and the rest fall back on the endings of
`table_nominative`. Which words make a name is decided in `names`.
"""

import re
from functools import lru_cache

from bot.extract.given_names import first_name, first_names, plain
from bot.extract.morph import analyses, analyzer, fold_be
from bot.extract.table_nominative import restore_case as _restore_case
from bot.extract.table_nominative import table_nominative
from bot.extract.text import Sentence

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# A word of the sentence: the verb that may follow a name.
_WORD = re.compile(r"[^\W\d_][\w'’ʼ-]*")


# (Here rather than in `names`, which finds names with it too: the readings below place the first name by it.)
def is_name_word(word: str, lang: str) -> bool:
    """A first name by the tables, or (Russian, Ukrainian) by pymorphy3's Name tag."""
    if first_name(word):
        return True
    if lang in ("ru", "uk") and _CYRILLIC.search(word):
        readings = analyses(word, lang)
        return bool(readings) and "Name" in readings[0].tags and readings[0].score >= 0.3
    return False


def _shared_reading(words: list[str], lang: str) -> tuple[str, str] | None:
    """The (gender, case) every word of a Russian/Ukrainian name can share, the likeliest first.

    "Алеся Беляцкого" is masculine genitive (not the woman's name Alesia); "Марию Колесникову" feminine accusative;
    "Григория Костусева" masculine genitive (the surname is no first name, though the analyser guesses one).
    """
    scores = _shared_readings(words, lang)
    if not scores:
        return None
    # The nominative wins a near tie ("Мария Колесникова" is no man's genitive).
    return max(scores, key=lambda key: scores[key] + NOMINATIVE_EDGE * (key[1] == "nomn"))


def _shared_readings(words: list[str], lang: str) -> dict[tuple[str, str], float]:
    """Every (gender, case) all words of a Russian/Ukrainian name can share, with its summed likelihood."""
    first_at = next((k for k, w in enumerate(words) if is_name_word(w, lang)), None)
    scores: dict[tuple[str, str], float] = {}
    for k, w in enumerate(words):
        options: dict[tuple[str, str], float] = {}
        readings = analyses(w, lang)
        if first_at is not None and k != first_at and any("Name" not in r.tags for r in readings):
            # A surname or patronymic beside the first name is not a first name itself.
            readings = tuple(r for r in readings if "Name" not in r.tags)
        declined_first = k == first_at and _is_declined_first_name(w)
        for r in readings:
            if not (r.tags & {"Name", "Surn", "Patr", "NOUN", "ADJF"}) or r.tags & {"plur", "inan"}:
                # One person's name is singular and animate: "Граль" is no plural of a woman's name, "Бурак" no beet.
                continue
            if declined_first and "nomn" in r.tags:
                # "Станислава" is no woman's name by the tables: Станислав declined.
                continue
            genders = next((g for tag, g in _GENDERS.items() if tag in r.tags), ())
            case = next((c for c in ("nomn", "gent", "datv", "accs", "ablt", "loct") if c in r.tags), None)
            for gender in genders if case else ():
                options[(gender, case)] = max(options.get((gender, case), 0.0), r.score + ("Name" in r.tags))
        scores = options if k == 0 else {key: scores[key] + v for key, v in options.items() if key in scores}
        if not scores:
            return {}
    return scores


# How much more likely a declined reading of a whole name must be than its nominative one to win.
NOMINATIVE_EDGE = 0.25
# "Лапко", "Коваленко" are either gender.
_GENDERS = {"masc": ("masc",), "femn": ("femn",), "ms-f": ("masc", "femn")}


def _is_declined_first_name(word: str) -> bool:
    """A first name the tables know only as a declined form ("Станислава", "Павла"), not a nominative of any."""
    found = first_names(word)
    return bool(found) and fold_be(plain(word)) not in {fold_be(name) for name, _ in found}


def _first_name_led(words: list[str], lang: str) -> list[str] | None:
    """A name whose surname is a common noun of another gender ("Павла Лисицы"): the first name's likeliest case
    puts the noun in the nominative singular."""
    first_at = next((k for k, w in enumerate(words) if is_name_word(w, lang)), None)
    if first_at is None or len(words) < 2:
        return None
    top = analyses(words[first_at], lang)[0].tags
    case = next((c for c in ("gent", "datv", "accs", "ablt", "loct") if c in top), None)
    gender = "masc" if "masc" in top else "femn" if "femn" in top else None
    if case is None or gender is None:
        return None
    out = []
    for k, w in enumerate(words):
        form = _inflect(w, lang, gender if k == first_at else None, case)
        if form is None:
            return None
        out.append(form)
    return out


def _morph_nominative(words: list[str], lang: str) -> list[str] | None:
    """Russian/Ukrainian names in the nominative by pymorphy3, in the gender the words share."""
    shared = _shared_reading(words, lang)
    if shared is None:
        return _first_name_led(words, lang)
    gender, case = shared
    if case == "nomn":
        return words
    return [_inflect(w, lang, gender, case) or w for w in words]


def _inflect(word: str, lang: str, gender: str | None, case: str) -> str | None:
    """`word` from `case` (and `gender`, when given) to the nominative singular."""
    for p in analyzer(lang).parse(word.lower()):
        if (gender is not None and gender not in p.tag.grammemes) or case not in p.tag.grammemes:
            continue
        # (With no gender to keep, an adjective's reading keeps its own: pymorphy3 refuses a None grammeme.)
        wanted = {"nomn"} | ({"sing"} if "sing" in p.tag.grammemes else set()) | (
            {gender} if p.tag.POS == "ADJF" and gender is not None else set())
        form = p.inflect(wanted)
        if form is not None:
            return _restore_case(form.word.replace("ё", "е") if "ё" not in word.lower() else form.word, word)
    return None


def surname_nominative(word: str, lang: str) -> str:
    """A lone surname in the nominative ("ни Колесникову, ни Беляцкого" -> Колесникова, Беляцкий)."""
    if not _CYRILLIC.search(word):
        return word
    if lang in ("ru", "uk"):
        # A lone surname stands mostly as the object ("ни Колесникову"): the accusative before the dative.
        # "Лебедевича" is guessed a patronymic: a surname in "-вич" declines as one.
        parses = [p for p in analyzer(lang).parse(word.lower()) if p.tag.grammemes & {"Surn", "Patr"}]
        for case in _LONE_CASES:
            for p in parses:
                if case in p.tag.grammemes:
                    gender = "femn" if "femn" in p.tag.grammemes else "masc"
                    return word if case == "nomn" else _inflect(word, lang, gender, case) or word
        if not parses:
            # "Знака": a surname the analyser knows only as a common noun, in a man's genitive or accusative.
            noun = next((p for p in analyzer(lang).parse(word.lower()) if {"NOUN", "masc", "sing"} <= p.tag.grammemes
                         and p.tag.grammemes & {"gent", "accs"} and "Geox" not in p.tag.grammemes), None)
            form = noun.inflect({"nomn", "sing"}) if noun is not None else None
            if form is not None:
                return _restore_case(form.word, word)
        return word
    return table_nominative([word])[0]


_LONE_CASES = ("nomn", "accs", "gent", "ablt", "datv", "loct")


# (Kept: an article names the same people sentence after sentence, and each reading asks the dictionary again.)
@lru_cache(maxsize=8192)
def nominative(name: str, lang: str = "be") -> str:
    """The name with declined words put back in the nominative ("Марию Колесникову" -> "Мария Колесникова")."""
    if not _CYRILLIC.search(name):
        return name
    # Belarusian writes "ў" for "у" after a vowel ("і Ўладзімер Лабковіч"); the name itself begins with "У".
    name = " ".join("У" + w[1:] if w.startswith("Ў") else w for w in name.split())
    words = name.split()
    if len(words) == 1:
        # A surname alone after an initial or a title ("М. Колесникову") stands mostly as the object.
        return surname_nominative(name, lang)
    if lang in ("ru", "uk"):
        found = _morph_nominative(words, lang)
        if found:
            return " ".join(found)
    return " ".join(table_nominative(words)) if len(words) > 1 else name


def surname_for(surname: str, gender: str, lang: str) -> str:
    """A surname written in the plural for a couple ("Шаповаловы"), in the singular of one of them."""
    if lang not in ("ru", "uk") or not _CYRILLIC.search(surname):
        return surname
    for p in analyzer(lang).parse(surname.lower()):
        if "plur" in p.tag.grammemes and "Surn" in p.tag.grammemes:
            form = p.inflect({"sing", "nomn", "masc" if gender == "m" else "femn"})
            if form is not None:
                return _restore_case(form.word, surname)
    return surname


# How many letters a Russian/Ukrainian case ending adds to a foreign man's name ("Кригер-а", "Кригер-ом").
_FOREIGN_ENDING = 3


def foreign_nominative(text: str, lang: str) -> str:
    """A foreign man's name declined in ru/uk back to the written stem: the case the surname shows (a masculine
    singular person's oblique case whose nominative is the word without its ending) is undone on every word that has
    it ("Гинтараса Жукаускаса" -> Гинтарас Жукаускас); indeclinable words ("Рико") and anything else stay."""
    if lang not in ("ru", "uk") or not _CYRILLIC.search(text):
        return text
    words = text.split()

    def stem(word: str, case: str | None, tag: str) -> tuple[str, str] | None:
        # Only the analyser's likeliest reading: "Ямада" is read first as a nominative, not as a man's "Ямад" declined.
        low = word.lower()
        p = analyzer(lang).parse(low)[0]
        g = p.tag.grammemes
        oblique = next((c for c in ("gent", "datv", "accs", "ablt", "loct") if c in g), None)
        if ({"masc", "sing", "anim", tag} <= g and oblique and (case is None or oblique == case)
                and low.startswith(p.normal_form) and 0 < len(low) - len(p.normal_form) <= _FOREIGN_ENDING):
            return word[:len(p.normal_form)], oblique
        return None

    last = stem(words[-1], None, "Surn")
    if last is None:
        return text
    out = [(found[0] if (found := stem(w, last[1], "Name")) else w) for w in words[:-1]]
    return " ".join([*out, last[0]])


def nominative_in_context(s: Sentence, start: int, end: int, text: str) -> str:
    """The name in the nominative, in the gender and case the sentence gives it when its words alone read otherwise:
    "Валерия Костюгова — ее посадили" is a woman as written (not Валерий Костюгов in the genitive), "приговорил
    Евгения Орлова ..., он" a man in the accusative (not Евгения Орлова)."""
    found = nominative(text, s.lang)
    words = text.split()
    if s.lang not in ("ru", "uk") or len(words) < 2 or not _CYRILLIC.search(text):
        return found
    told = _agreement(s, start, end)
    likeliest = _shared_reading(words, s.lang)
    fitting = {key: score for key, score in _shared_readings(words, s.lang).items() if _fits(key, told)}
    if told == _NOTHING_TOLD or likeliest is None or _fits(likeliest, told) or not fitting:
        return found
    gender, case = max(fitting, key=lambda key: fitting[key])
    return text if case == "nomn" else " ".join(_inflect(w, s.lang, gender, case) or w for w in words)


# (gender, case) the sentence tells of a name, None where it tells nothing.
_NOTHING_TOLD: tuple[str | None, str | None] = (None, None)


def _fits(reading: tuple[str, str], told: tuple[str | None, str | None]) -> bool:
    return all(want is None or want == got for want, got in zip(told, reading, strict=True))


def _agreement(s: Sentence, start: int, end: int) -> tuple[str | None, str | None]:
    """The (gender, case) the words around the name at [start, end) agree with: a trade in the nominative right before
    it ("журналистка X"), a relative pronoun right after it ("X, которую"), a verb right after it (a past in one
    gender, or a present with no object, whose subject is in the nominative), else the first personal pronoun after it
    in the sentence ("X — ее посадили", "X ..., он")."""
    before = s.text[max(0, start - 30):start].split()
    trade = before[-1].strip(",:—") if before else ""
    if s.lex["FEMININE_TRADE"].fullmatch(trade):
        return "femn", "nomn"
    if s.lex["MASCULINE_TRADE"].fullmatch(trade):
        return "masc", "nomn"
    # A relative clause opened right after the name is about it and agrees with its gender ("X, которую осудили").
    for pronouns, gender in (("FEMININE_RELATIVE", "femn"), ("MASCULINE_RELATIVE", "masc")):
        relative = s.lex.derived(f"{pronouns.lower()}_after",
                                 lambda L, p=pronouns: r"\s*,\s*(?:" + L.source(p) + r")(?!\w)")
        if relative.match(s.text, end):
            return gender, None
    # The words that may stand between a subject and its verb ("Валерия Костюгова тоже осталась").
    before_verb = s.lex.derived("before_verb", lambda L: r"[\s,—–-]*(?:(?:" + L.source("BEFORE_VERB") + r")\s+)*")
    gap = before_verb.match(s.text, end)
    verb = _WORD.match(s.text, gap.end() if gap else end)
    tags = analyses(verb.group(), s.lang)[0].tags if verb is not None else frozenset()
    if "VERB" in tags and "past" in tags and "plur" not in tags and tags & {"femn", "masc"}:
        return ("femn" if "femn" in tags else "masc"), None
    if "VERB" in tags and {"pres", "3per", "sing"} <= tags and tags & {"intr", "Refl"}:
        return None, "nomn"
    if not s.text[:start].strip(_OPENERS):
        opening = _verb_of_an_opening_name(s, end)
        if opening != _NOTHING_TOLD:
            return opening
    rest = s.text[end:]
    pronouns = [(m.start(), "femn") for m in s.lex["FEMININE_PRONOUN"].finditer(rest)]
    pronouns += [(m.start(), "masc") for m in s.lex["MASCULINE_PRONOUN"].finditer(rest)]
    return (min(pronouns)[1], None) if pronouns else _NOTHING_TOLD


# What may stand before a name that opens its sentence: quotation marks, dashes, bullets.
_OPENERS = " \t\"“«„'‘—–-•*·"
# How many words after a name opening its sentence its verb may stand ("Валерия Костюгова впервые за пять лет встречает").
OPENING_VERB_REACH = 6


def _verb_of_an_opening_name(s: Sentence, end: int) -> tuple[str | None, str | None]:
    """The (gender, case) told by the first verb of the clause a name opens, a few words on: a verb in the singular
    ("Валерия Костюгова впервые за пять лет встречает праздник дома") has the name for its subject, in the nominative;
    an impersonal plural ("Евгения Орлова в четверг освободили") says nothing here."""
    clause = re.split(r"[,;:—–«»\"()]", s.text[end:], maxsplit=1)[0]
    for word in _WORD.findall(clause)[:OPENING_VERB_REACH]:
        tags = analyses(word, s.lang)[0].tags
        if "VERB" not in tags:
            continue
        if "sing" in tags and "past" in tags and tags & {"femn", "masc"}:
            return ("femn" if "femn" in tags else "masc"), None
        if {"pres", "3per", "sing"} <= tags:
            return None, "nomn"
        return _NOTHING_TOLD
    return _NOTHING_TOLD
