"""People an article names without a full name: a surname alone, a relative's first name alone, a word in a list.

"Babaryka is serving 14 years" after "Viktar Babaryka"; "Ціханоўскі вызвалены" (a prisoner the news knows by the
surname, `prisoners.py`); "у тым ліку гэтага, Лебедзевіча"; "называют Колесникову, Бабарико, Знака и Беляцкого";
"Муж Ганны Дзмітрый Саладуха ..., а сама Ганна выйшла" (Ганна of the Saładucha family). What role each has is
decided in `roles`, their state in `people`.
"""

import re

from bot.extract.given_names import diminutive_names, diminutive_of, first_name, first_names
from bot.extract.kin import possessor
from bot.extract.lexicon import SURNAME_GENDERS
from bot.extract.morph import analyses, fold_be, known_as_common_word
from bot.extract.name_forms import surname_key
from bot.extract.name_nominative import surname_nominative
from bot.extract.names import (
    NameSpan,
    in_quoted_title,
    is_attribute_word,
    is_capitalised,
    is_namesake,
    is_public_figure,
    is_site_name,
    name_spans,
)
from bot.extract.prisoners import WELL_KNOWN_SURNAMES
from bot.extract.text import Sentence

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\s+$")
# The word before a name, a comma allowed between ("The husband of Hanna, Dzmitry").
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s*,?\s*$")
# What separates the names of one list: commas and "and".
# (A short bracket after a name may stand between: "Анна Ковалева (3 года) и Петр Иванов".)
ENUMERATION = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*,?\s*(?:(?:and|і|и|та|й)\s+)?", re.IGNORECASE)
# How sure the analyser must be that a lone word is a surname ("Санников" 0.78; "Бондаренко" is also a noun).
LONE_SURNAME_SCORE = 0.5


def is_known_surname(word: str, lang: str) -> bool:
    """A Russian/Ukrainian word the dictionary reads first as a person's surname ("Санников, осуждённый в 2011-м,
    вышел ...")."""
    if lang not in ("ru", "uk") or not _CYRILLIC.search(word):
        return False
    top = analyses(word, lang)[0]
    return ("Surn" in top.tags and "anim" in top.tags and top.score >= LONE_SURNAME_SCORE
            and not known_as_common_word(word, lang))


def after_preposition(s: Sentence, start: int) -> bool:
    """Whether the word at raw offset `start` follows a preposition ("з Могильова" is a town, not Mrs Mogilyova)."""
    before = _PREVIOUS_WORD.search(s.text[max(0, start - 20):start])
    return before is not None and s.lang in ("ru", "uk") and "PREP" in analyses(before.group(1), s.lang)[0].tags


def family_surname(surname: str, gender: str, lang: str) -> str:
    """The family's surname for a man ("m") or a woman ("f"): "Кавалёў" is his, "Кавалёва" hers; "Саладуха" both."""
    for masculine, feminine in SURNAME_GENDERS[lang if _CYRILLIC.search(surname) else "en"]:
        old, new = (masculine, feminine) if gender == "f" else (feminine, masculine)
        if surname.lower().endswith(old) and len(surname) > len(old) + 2:
            return surname[:len(surname) - len(old)] + new
    return surname


def _kin_first_name_before(s: Sentence, start: int) -> tuple[int, str] | None:
    """The first name (its offset and the word) right after a family word and right before raw offset `start` ("Муж
    Ганны |Дзмітрый", "The husband of Hanna, |Dzmitry"), or None."""
    word = _WORD_BEFORE.search(s.text[max(0, start - 40):start])
    if word is None or not is_capitalised(word.group(1)) or not first_names(word.group(1)):
        return None
    at = max(0, start - 40) + word.start(1)
    kin = s.lex.derived("kin_right_before", lambda L: r"(?<!\w)(?:" + L.source("KIN_BEFORE") + r")\s+(?:of\s+)?$")
    return (at, word.group(1)) if kin.search(s.plain_view.text[:s.plain_view.at(at)]) else None


def relative_by_first_name(s: Sentence, span: NameSpan) -> dict[str, str]:
    """"Муж Ганны Дзмітрый Саладуха", "Muž Hanny Dźmitry Saładucha": Ганна is of the Saładucha family; the first
    name (folded) to her full name in the nominative."""
    found = _kin_first_name_before(s, span.start)
    if found is None or " " not in span.nominative:
        return {}
    first, gender = first_names(found[1])[0]
    full = f"{first[:1].upper()}{first[1:]} {family_surname(span.nominative.split()[-1], gender, s.lang)}"
    return {fold_be(first): full}


# A lone first name right after a name, the next word not capitalised ("Бабарико Эдуард, осужденный"); in English after
# the possessive and its family word ("Viktar Babaryka's son Eduard").
_FIRST_NAME_RIGHT_AFTER = re.compile(r"(?:['’]s\s+(?P<kin>[^\W\d_]+)\s+|\s+)(?P<first>[^\W\d_][\w'’-]*)(?!\s+[A-ZА-ЯЁІЎЄЇҐ])(?![\w'’-])")


def relatives_named_after(s: Sentence, spans: list[NameSpan]) -> list[NameSpan]:
    """"Сын Виктора Бабарико Эдуард, осужденный на восемь лет", "Viktar Babaryka's son Eduard": the relative named by
    the first name after the family's name bears the family's surname, and is a person of the story."""
    kin_before = s.lex.derived("kin_right_before", lambda L: r"(?<!\w)(?:" + L.source("KIN_BEFORE") + r")\s+(?:of\s+)?$")
    kin_word = s.lex.derived("kin_word", lambda L: r"^(?:" + L.source("KIN_BEFORE") + r")$")
    found: list[NameSpan] = []
    for sp in spans:
        after = _FIRST_NAME_RIGHT_AFTER.match(s.text, sp.end)
        if after is None or " " not in sp.nominative or not is_capitalised(after.group("first")):
            continue
        if after.group("kin") is not None:
            whose = bool(kin_word.match(after.group("kin")))
        else:
            # (A declined name is the family's: "Сын Виктора Бабарико Эдуард"; not "Эдуард Бабарико Виктор".)
            whose = sp.text != sp.nominative and bool(kin_before.search(s.plain_view.text[:s.plain_view.at(sp.start)]))
        names = first_names(after.group("first"))
        if not whose or not names or any(other.start == after.start("first") for other in spans):
            continue
        first, gender = names[0]
        full = f"{first[:1].upper()}{first[1:]} {family_surname(sp.nominative.split()[-1], gender, s.lang)}"
        found.append(NameSpan(after.start("first"), after.end("first"), full, full))
    return found


def first_names_alone(s: Sentence, spans: list[NameSpan], families: dict[str, str]) -> list[NameSpan]:
    """A first name alone of a relative named before by it ("а сама Ганна выйшла на волю"): the family's person."""
    if not families:
        return []
    # "Муж Ганны Дзмітрый ...": the relative's genitive is the family word's, not a mention of her.
    kin_words = {found[0] for sp in spans if (found := _kin_first_name_before(s, sp.start))}
    found: list[NameSpan] = []
    for m in re.finditer(r"[^\W\d_][\w'’-]*", s.text):
        if (not is_capitalised(m.group()) or m.start() in kin_words
                or any(sp.start <= m.start() < sp.end for sp in spans)):
            continue
        full = next((families[fold_be(name)] for name, _ in first_names(m.group()) if fold_be(name) in families), None)
        if full is not None:
            found.append(NameSpan(m.start(), m.end(), full, full))
    return found


def diminutives_alone(s: Sentence, spans: list[NameSpan], named: dict[str, tuple[str, bool]]) -> list[NameSpan]:
    """"Я знаю, что Эдик до сих пор там" after "Эдуард Бабарико": a diminutive alone stands for the one person named
    before in full with that first name (with two such people it stays no one's)."""
    full_names = {nominative for nominative, _ in named.values() if len(nominative.split()) >= 2}
    found: list[NameSpan] = []
    for m in re.finditer(r"[^\W\d_][\w'’-]*", s.text):
        # (Most words are no diminutive at all: asked first, once per word, before any name is compared.)
        if not is_capitalised(m.group()) or not diminutive_names(m.group()) or any(sp.start <= m.start() < sp.end for sp in spans):
            continue
        same = {full for full in full_names if (given := first_name(full.split()[0])) and diminutive_of(m.group(), given[0])}
        if len(same) == 1:
            full = same.pop()
            found.append(NameSpan(m.start(), m.end(), full, full))
    return found


def surnames_alone(s: Sentence, named: dict[str, tuple[str, bool]]) -> list[NameSpan]:
    """A surname alone ("Babaryka is serving 14 years") of a person the article has already named in full, or
    of a prisoner the news knows by the surname ("Ціханоўскі вызвалены"), or one pointed at ("у тым ліку гэтага,
    Лебедзевіча"), or (Russian, Ukrainian) a word the dictionary reads as a surname.

    `named` maps each person's key (see `readings.person_key`) to their nominative and whether they are a relative.
    """
    full = [(sp.start, sp.end) for sp in name_spans(s)]
    found: list[NameSpan] = []
    line = s.text.strip()
    for m in re.finditer(r"[^\W\d_][\w'’-]*", s.text):
        word = m.group()
        if len(word) < 4 or not is_capitalised(word) or any(a <= m.start() < b for a, b in full):
            continue
        if line == word or is_namesake(s, m.start()) or is_site_name(s, m.end()):
            # A line of one word is a masthead or a section ("Бабель"), not a person; nor is a prize's or a street's
            # namesake ("премії імені Василя Стуса"), nor a site's name ("Новиков.ру").
            continue
        if in_quoted_title(s, m.start(), m.end()):
            # "нагадваюць у «Вясне»", "the «Vyasna» centre", "у справі «Абзас Медіа»": capitalised words alone in quotation
            # marks name a group, an outlet or a unit, not a person by the surname alone, even when the short key meets the
            # key of someone the article named ("Вясне" and "Івашын" both fold to "sn").
            continue
        if word.endswith(("'s", "’s")):
            # "Tsikhanouski's allies", "Sannikov's wife": someone else's, unless their own release ("Babaryka's release").
            if possessor(s.lex, word[-2:] + s.text[m.end():]):
                continue
            word = word[:-2]
        # A relative shares the prisoner's surname: the surname alone later speaks of the prisoner, not of them.
        wanted = surname_key(word)
        same = [nominative for key, (nominative, relative) in named.items()
                if key.split("|")[0] == wanted and " " in nominative and not relative]
        # A surname two people share (Tsikhanouski, Tsikhanouskaya) goes to the one whose form it is.
        if len(same) > 1:
            same = [nominative for nominative in same if nominative.split()[-1][:-1].lower() in word.lower()] or []
        if len(same) == 1 and not is_public_figure(word) and not is_public_figure(same[0]):
            found.append(NameSpan(m.start(), m.start() + len(word), word, same[0]))
        elif is_attribute_word(word, s) and not s.text[:m.start()].strip(" —–-«\"“„"):
            # "Колишня журналістка ...": a participle or an adjective opening the sentence, though its key may be a
            # well-known prisoner's ("Колишня" meets Kalesnikava).
            continue
        elif ((_well_known(word) or _pointed_at(s, m.start())
               or (is_known_surname(word, s.lang) and not after_preposition(s, m.start())))
              and not is_public_figure(word)
              # "Сьвятлана Ціханоўская ... Ціханоўскага вызвалілі": his surname, not the exiled leader's.
              and not any(key.split("|")[0] == wanted and not is_public_figure(nominative)
                          for key, (nominative, _) in named.items())):
            found.append(NameSpan(m.start(), m.start() + len(word), word, surname_nominative(word, s.lang)))
    return found


def listed_with(s: Sentence, spans: list[NameSpan]) -> list[NameSpan]:
    """A capitalised word in a list of people named by the surname ("называют Колесникову, Бабарико, Знака и
    Беляцкого"): between two of them, or after one of them with two before."""
    lone = sorted((sp for sp in spans if " " not in sp.nominative), key=lambda sp: sp.start)
    if len(lone) < 2:
        return []
    found: list[NameSpan] = []
    for m in re.finditer(r"[^\W\d_][\w'’-]*", s.text):
        word = m.group()
        if len(word) < 3 or not is_capitalised(word) or any(sp.start <= m.start() < sp.end for sp in spans):
            continue
        before = [sp for sp in lone if sp.end <= m.start() and ENUMERATION.fullmatch(s.text[sp.end:m.start()])]
        after = [sp for sp in lone if sp.start >= m.end() and ENUMERATION.fullmatch(s.text[m.end():sp.start])]
        if (before and after) or (before and sum(sp.end <= m.start() for sp in lone) >= 2):
            found.append(NameSpan(m.start(), m.end(), word, surname_nominative(word, s.lang)))
    return found


def _pointed_at(s: Sentence, start: int) -> bool:
    """A word right after a demonstrative and a comma ("у тым ліку гэтага, Лебедзевіча", "в том числе этого,
    Лебедевича"): the speaker points at a person by the surname."""
    return bool(s.lex.derived("demonstrative_before", lambda L: r"(?<!\w)(?:" + L.source("DEMONSTRATIVE")
                              + r")\s*,\s*$").search(s.text[max(0, start - 20):start]))


# Keys of four consonants: a shorter one ("Losik", "Karnei") meets common words ("Украіну").
_WELL_KNOWN = frozenset(key for name in WELL_KNOWN_SURNAMES if len(key := surname_key(name)) >= 4)
# The fifth consonant tells a common word from the surname its four meet ("Щоразу" is not "Шчыраковай").
WELL_KNOWN_CHECK_LETTERS = 5
_WELL_KNOWN_LONGER: dict[str, frozenset[str]] = {
    key: frozenset(surname_key(name, WELL_KNOWN_CHECK_LETTERS) for name in WELL_KNOWN_SURNAMES if surname_key(name) == key)
    for key in _WELL_KNOWN}


def _well_known(word: str) -> bool:
    """A surname alone of a well-known prisoner, in any script and case ("Бабарыку", "Shchyrakova")."""
    longer = surname_key(word, WELL_KNOWN_CHECK_LETTERS)
    return any(longer.startswith(known) for known in _WELL_KNOWN_LONGER.get(surname_key(word), ()))
