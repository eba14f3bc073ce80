"""Find the people an article names, by the shape of a person's name and the morphology of its words.

A name is a run of capitalised words holding a first name (from the tables in `first_names`, declined
or not, or tagged Name by pymorphy3 for Russian and Ukrainian): "Ales Bialiatski", "Марию Колесникову",
"Мікалай Статкевіч", "Колесникова Мария Александровна". A lone surname counts after a courtesy title
("Ms Kalesnikava") or once the article has named its person in full. Capitalisation alone makes no name:
"Red Cross", "Папы Римского", "If Anna agrees" are not people. Declined names are put in the nominative by
`name_nominative`. What role each person has is decided in `roles`.
"""

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from bot.extract.given_names import WORDS_CACHED, first_name, first_names, plain
from bot.extract.lexicon import NAME_STOP, NOT_PRISONERS
from bot.extract.morph import analyses, analyzer, fold_be, known_as_attribute, known_as_common_word
from bot.extract.name_forms import is_official_order, is_patronymic, without_second_surname
from bot.extract.name_nominative import (
    foreign_nominative,
    is_name_word,
    nominative,
    nominative_in_context,
    surname_for,
)
from bot.extract.text import Sentence

TOKEN = re.compile(r"[^\W\d_][\w'’ʼ-]*")
_INITIAL_BEFORE = re.compile(r"(?:^|\s)[A-ZА-ЯЁІЎЇЄҐ]\.\s?$")
# Two initials after a surname, the register's order ("Ярмоленка М. М.", "Sidarenka V. A."): the initials are part of
# the name as listed.
_INITIALS_AFTER = re.compile(r" [A-ZА-ЯЁІЎЇЄҐ]\. ?[A-ZА-ЯЁІЎЇЄҐ]\.(?!\w)")
# Nouns that look like surnames when capitalised at a sentence start ("Освобождение Щираковой").
_NOUN_ENDING = re.compile(r"(?:ние|нье|ость|ство|ция|нне|цыя|сць|ства|ение|ння|ість|tion)$", re.IGNORECASE)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# The words of a name: a first name, an optional patronymic and the surname (or surname first).
MAX_NAME_WORDS = 3


@dataclass(frozen=True)
class NamedPerson:
    """A person named in the article: as first written, in the nominative, with a role and its sentence."""

    name: str
    role: str
    evidence: str
    nominative: str = ""

    def __post_init__(self) -> None:
        if not self.nominative:
            object.__setattr__(self, "nominative", self.name)

    @property
    def listed(self) -> str:
        """The name as the extractor lists it: without a second surname in brackets."""
        return without_second_surname(self.nominative)


@dataclass(frozen=True)
class NameSpan:
    """A name found in a sentence: its offsets, the text as written and its nominative form."""

    start: int
    end: int
    text: str
    nominative: str


# (Kept, like the readings below: every rule over a sentence asks it of the same words again.)
@lru_cache(maxsize=WORDS_CACHED)
def is_capitalised(word: str) -> bool:
    """A word that can be part of a name: capitalised, with lower-case letters, not a stop word."""
    return (word[:1].isupper() and any(c.islower() for c in word[1:])
            and plain(word).strip("'") not in NAME_STOP
            # "Sviatlana's" is a possessive; "Вераб'ёў", "Мар'я" carry the Belarusian apostrophe.
            and ("'" not in word[:-2] or not word.isascii())
            and not _NOUN_ENDING.search(word))


# A man's patronymic ends in a consonant ("Аляксандравіч", "Ivanovich"); a woman's in "-na" ("Николаевна").
_MAN_PATRONYMIC = re.compile(r"(?:іч|ич)(?:а|у|ам|ем|е)?$|(?:ich|ych)$", re.IGNORECASE)


def _patronymic_of(first: str, word: str) -> bool:
    """Whether `word` is the patronymic of the person whose first name is `first`: a patronymic of the other gender
    is a surname ("з Маладзечна Вольга Карповіч": her surname in "-віч", a town before her name)."""
    if not is_patronymic(word):
        return False
    found = first_name(first)
    return found is None or (found[1] == "m") == bool(_MAN_PATRONYMIC.search(word))


def _is_first_name_only(word: str) -> bool:
    """A first name as written, in the nominative of the tables ("Сяргей", "Siarhiej"), that no surname shares:
    a full name needs a surname."""
    found = first_names(word)
    # Folded both ways: "Дзьмітры" (Łacinka "Dźmitry") is the table's "дзмітры".
    return bool(found) and fold_be(plain(word)) in {fold_be(name) for name, _ in found}


def is_attribute_word(word: str, s: Sentence) -> bool:
    """A participle or an adjective, by the language's table or (ru/uk) the dictionary: "Вызвалены Уладзімір
    Маціевіч", "Колишня журналістка" open a sentence with a word that describes the person and is none of their name."""
    return bool(s.lex["ATTRIBUTE_WORD"].fullmatch(word)) or known_as_attribute(word, s.lang)


def _is_surname(word: str, lang: str) -> bool:
    return lang in ("ru", "uk") and any("Surn" in r.tags for r in analyses(word, lang))


def _honorific_before(s: Sentence, start: int) -> bool:
    return bool(s.lex["HONORIFIC"].search(s.text[max(0, start - 14):start].rstrip(". ").split(" ")[-1] or "!"))


# A nickname in quotation marks between a first name and the surname ('Mikalai "Dzed" Dziadok', "Мікалай «Дзед» Дзядок").
_NICKNAME = re.compile(r" [«\"“„'][^«»\"“”„'\n]{1,25}[»\"”'] (?=[^\W\d_])")


def _nicknames(s: Sentence) -> list[tuple[int, int]]:
    """The spans of nicknames in quotation marks right after a first name: they join the name's words, not part of it."""
    return [(m.start(), m.end()) for m in _NICKNAME.finditer(s.text)
            if (before := re.search(r"[^\W\d_]+$", s.text[:m.start()])) and first_name(before.group())]


def _runs(s: Sentence) -> list[list[re.Match]]:
    """Runs of capitalised words joined by single spaces (or by a nickname in quotation marks)."""
    runs: list[list[re.Match]] = []
    run: list[re.Match] = []
    nicknames = _nicknames(s)
    for m in TOKEN.finditer(s.text):
        if any(a < m.start() < b for a, b in nicknames):
            continue
        gap = s.text[run[-1].end():m.start()] if run else ""
        if run and (gap == " " or (run[-1].end(), m.start()) in nicknames) and is_capitalised(m.group()):
            run.append(m)
            continue
        if run:
            runs.append(run)
        run = [m] if is_capitalised(m.group()) else []
    if run:
        runs.append(run)
    return runs


@lru_cache(maxsize=4096)
def name_spans(s: Sentence) -> list[NameSpan]:
    """The person names of a sentence, in order: "Tatsiana and Siarhei Kardash" are two."""
    runs = _runs(s)
    found: list[NameSpan] = []
    for k, run in enumerate(runs):
        if found and found[-1].end > run[0].start():
            continue
        if in_quoted_title(s, run[0].start(), run[-1].end()):
            continue
        couple = _couple(s, run, runs[k + 1]) if k + 1 < len(runs) else []
        span = _person_in_run(s, run) or _unknown_person(s, run)
        found.extend(couple or ([span] if span else []))
        rest = [m for m in run if span is not None and not couple and m.start() >= span.end]
        if len(rest) >= 2 and first_name(rest[0].group()):
            # "Жена политзаключенного Павла Северинца Ольга Северинец рассказала": two people's names side by side, the
            # second opened by a first name.
            second = _person_in_run(s, rest)
            found.extend([second] if second is not None else [])
    return _without_other_names(s, _listed_foreigners(s, runs, found))


# Quotation marks around a whole run of capitalised words: «Абзас Медиа», "Maxim Gorky" as a cafe's sign.
_OPENING_QUOTE = re.compile(r"[«\"“„]$")
_CLOSING_QUOTE = re.compile(r"^[»\"”“]")
_CAPITALISED_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]* )+$")
_CAPITALISED_AFTER = re.compile(r"^(?: [^\W\d_][\w'’-]*)+")


def in_quoted_title(s: Sentence, start: int, end: int) -> bool:
    """Whether the words at [start, end) belong to a quotation made only of capitalised words: such a quotation names
    a thing, an outlet, a case, a café ("по делу «Абзас Медиа»", 'the cafe "Maxim Gorky"', "бійців «Беркуту»"), not a
    person of the story; a person is named without quotation marks."""
    before = _CAPITALISED_BEFORE.search(s.text[:start])
    after = _CAPITALISED_AFTER.match(s.text[end:])
    a = before.start() if before and all(map(is_capitalised, before.group().split())) else start
    b = end + after.end() if after and all(map(is_capitalised, after.group().split())) else end
    return bool(_OPENING_QUOTE.search(s.text[:a]) and _CLOSING_QUOTE.match(s.text[b:]))


# A web address's ending glued to a word: "Кордон.інфо", "Novikov.ru" name a site.
_SITE_ENDING = re.compile(r"\.[^\W\d_]{2,6}(?![\w.])")


def is_site_name(s: Sentence, end: int) -> bool:
    """Whether the word ending at `end` is a site's name, a web address's ending glued to it ("Кордон.інфо")."""
    found = _SITE_ENDING.match(s.text, end)
    return found is not None and found.group()[1:].islower()


def _without_other_names(s: Sentence, found: list[NameSpan]) -> list[NameSpan]:
    """The names of a sentence less another name of the person named before ("Katsiaryna Andreyeva — people also know
    her as Katsiaryna Bakhvalava —", "Андреева, известная также как Бахвалова"): one person, no second entry."""
    alias = s.lex.derived("also_known_as_before", lambda L: r"(?<!\w)(?:" + L.source("ALSO_KNOWN_AS") + r")\s*[«\"“]?\s*$")
    return [sp for k, sp in enumerate(found)
            if not (k and alias.search(s.text[found[k - 1].end:sp.start]))]


# Names joined into one list: a comma, "and" or both.
_LISTED = re.compile(r"\s*,\s*(?:(?:and|і|и|та|й)\s+)?|\s+(?:and|і|и|та|й)\s+", re.IGNORECASE)


# A name's affiliation in a list item: after a comma alone, closing the item (a dash, a semicolon, the sentence's end).
_AFFILIATION_BEFORE = re.compile(r"\s*,\s*")
_ITEM_END = re.compile(r"\s*(?:[—–]|-\s|;|[.!]?\s*$)")


def _listed_foreigners(s: Sentence, runs: list[list[re.Match]], found: list[NameSpan]) -> list[NameSpan]:
    """Two capitalised words no table knows, listed right beside a person's name ("Gintaras Petrauskas and Vytautas
    Kairys", "Масатоши Наканиши и Тору Ямада"): a foreign name, kept as written."""
    added = []
    for run in runs:
        if len(run) != 2 or any(sp.start <= run[0].start() < sp.end for sp in found):
            continue
        a, b = run[0].start(), run[-1].end()
        if any(_AFFILIATION_BEFORE.fullmatch(s.text[sp.end:a]) for sp in found) and _ITEM_END.match(s.text, b):
            # "— Andrzej Poczobut, Gazeta Wyborcza — 8 years", "Dzianis Ivashin, Novy Chas;": the item's outlet or
            # organisation after its person's name, not a second person.
            continue
        beside = any(_LISTED.fullmatch(s.text[sp.end:a]) or _LISTED.fullmatch(s.text[b:sp.start]) for sp in found)
        words = [m.group() for m in run]
        nxt = s.text[b:b + 25].split()
        # Not a family word with a declined first name ("Бацька Марыі, Аляксандр Калеснікаў").
        if (beside and not any(plain(w).strip("'") in NAME_STOP or _common_word(w, s.lang) or first_names(w)
                               or s.lex["KIN_BEFORE"].fullmatch(fold_be(w) if s.lang == "be" else w.lower()) for w in words)
                and not (nxt and s.lex["ORG_AFTER"].fullmatch(nxt[0].strip(",.;:")))):
            text = s.text[a:b]
            added.append(NameSpan(a, b, text, text))
    return sorted(found + added, key=lambda sp: sp.start) if added else found


_REGNAL = re.compile(r"[IVXL]{1,5}")
_COUPLE_JOIN = re.compile(r"\s+(?:and|и|і|та|й)\s+", re.IGNORECASE)


def _couple(s: Sentence, run: list[re.Match], nxt: list[re.Match]) -> list[NameSpan]:
    """"Tatsiana and Siarhei Kardash", "Дмитрий и Алина Шаповаловы": two people sharing one surname."""
    first = run[0].group()
    if len(run) != 1 or not is_name_word(first, s.lang) or not _COUPLE_JOIN.fullmatch(s.text[run[0].end():nxt[0].start()]):
        return []
    partner = _person_in_run(s, nxt)
    if partner is None or len(partner.text.split()) != 2:
        return []
    partner_first, surname = partner.text.split()
    spans = []
    for word, a, b in ((first, run[0].start(), run[0].end()), (partner_first, partner.start, partner.end)):
        found = first_name(word)
        text = f"{word} {surname_for(surname, found[1] if found else 'm', s.lang)}"
        spans.append(NameSpan(a, b, text, nominative(text, s.lang)))
    return spans


# "the Belarusian Popular Front, which ...": a run after an article or a capitalised word is a title's end.
_PART_OF_A_TITLE = re.compile(r"(?:(?<!\w)the|[A-Z]\w*)\s+$")


def _common_word(word: str, lang: str) -> bool:
    """A Cyrillic word the dictionary knows, and not as a name ("Днём Незалежнасці, які ..." is a holiday; Belarusian
    is looked up in the Russian dictionary, which knows most of its capitalised nouns' forms)."""
    if not _CYRILLIC.search(word):
        return False
    dictionary = "uk" if lang == "uk" else "ru"
    return (analyzer(dictionary).word_is_known(word.lower())
            and not any(r.tags & {"Name", "Surn", "Patr"} for r in analyses(word, dictionary)))


def _unknown_person(s: Sentence, run: list[re.Match]) -> NameSpan | None:
    """A name with a first name outside the tables, marked as a person by the words around it: "Masatoshi
    Nakanishi, who ...", "громадянина Японії Масатоші Наканісі", "японец Масатоси Наканиси"."""
    toks = run[-2:]
    if len(toks) != 2 or any(plain(t.group()).strip("'") in NAME_STOP for t in toks):
        return None
    if bool(_CYRILLIC.search(toks[0].group())) != bool(_CYRILLIC.search(toks[1].group())):
        # One person's name is written in one script: "Журналістка Belsat, якой ...", "Кореспондент RFE/RL, який ..." are
        # a trade and an outlet.
        return None
    L = s.lex
    who = L.derived("person_after", lambda L: r"^,\s*(?:" + L.source("PERSON_AFTER") + r")(?!\w)")
    citizen = L.derived("citizen_before", lambda L: r"(?:^|\W)(?:" + L.source("CITIZEN_BEFORE") + r")\s+(?:of\s+)?$")
    before = s.text[max(0, run[0].start() - 30):run[0].start()]
    # "the Pole Grzegorz Gaweł": a nationality may open the run itself.
    right_before = s.text[max(0, toks[0].start() - 30):toks[0].start()]
    if (len(run) == 2 and who.match(s.text[toks[-1].end():]) and not _PART_OF_A_TITLE.search(before)
            and not _common_word(toks[0].group(), s.lang)) or (len(run) in (2, 3) and (citizen.search(before)
                                                                                   or citizen.search(right_before))):
        # A foreign name is not declined the Slavic way: it stays as written, but for a man's consonant-stem ending
        # that Russian and Ukrainian add ("гражданина Германии Рико Кригера" is Рико Кригер).
        text = s.text[toks[0].start():toks[1].end()]
        return NameSpan(toks[0].start(), toks[1].end(), text, foreign_nominative(text, s.lang))
    return None


def _is_title(s: Sentence, word: str) -> bool:
    """A title or a trade written before a name ("Judge", "Journalist"), by the language's tables."""
    low = word.lower()
    return bool(s.lex["OTHER_TITLES"].fullmatch(low) or s.lex["TRADE"].fullmatch(low))


def _choose(s: Sentence, toks: list[re.Match]) -> list[re.Match] | None:
    """The words of the run that make the name: first name, patronymic and surname in either order."""
    firsts = [k for k, m in enumerate(toks) if is_name_word(m.group(), s.lang)]
    if firsts:
        k = firsts[0]
        patronymic = k + 1 < len(toks) and _patronymic_of(toks[k].group(), toks[k + 1].group())
        if patronymic and k + 2 < len(toks):
            # "жительница Гродно Ольга Павловна Бурак": first name, patronymic and surname.
            return toks[k:k + MAX_NAME_WORDS]
        if k == 1 == len(toks) - 1 and _surname_first_item(s, toks[0], toks[1]):
            return toks
        # (In Latin letters only with the patronymic: "Kavaleuski Vital Uladzimiravich" transliterates a verdict, and
        # "Judge Aliaksandr Danilevich" is a title before a surname in "-evich".)
        latin_official = patronymic and k == 1 and not _is_title(s, toks[0].group())
        if k > 0 and (_CYRILLIC.search(toks[k].group()) or latin_official) and (k + 1 == len(toks) or patronymic):
            # "Колесникова Мария Александровна": the official order puts the surname first, with a patronymic
            # or a word the analyser knows as a surname (not "Валанцёрка Кацярына").
            # (Not a verb or a noun opening the sentence: "Освобожден Николай Климович", a surname in "-ович".)
            # (Nor a participle or an adjective: "Вызвалены Уладзімір Маціевіч", a surname in "-евіч" after the first name.)
            surname_first = not is_attribute_word(toks[k - 1].group(), s)
            if surname_first and ((patronymic and not _common_word(toks[k - 1].group(), s.lang))
                                  or _is_surname(toks[k - 1].group(), s.lang)):
                return toks[k - 1:k + 2 if patronymic else k + 1]
            if not patronymic:
                return None
        if k + 1 < len(toks) and not patronymic and _is_first_name_only(toks[k + 1].group()):
            # "муж Вольгі Сяргей", "U Volhi Siarhiej": two first names are two people, neither named in full; a
            # surname after them ("Вольгі Сяргей Кавалёў") names the second.
            return toks[k + 1:k + 3] if k + 2 < len(toks) else None
        if k + 1 < len(toks):
            return toks[k:k + MAX_NAME_WORDS] if patronymic else toks[k:k + 2]
        return None
    before = s.text[max(0, toks[0].start() - 4):toks[0].start()]
    initial = _INITIAL_BEFORE.search(before)
    # An initial in the other script is no initial of this name ("напісала ... ў X. Праз некалькі гадзін").
    same_script = initial is not None and bool(_CYRILLIC.search(initial.group())) == bool(_CYRILLIC.search(toks[0].group()))
    if len(toks) == 1 and (_honorific_before(s, toks[0].start()) or same_script) and not known_as_common_word(
            toks[0].group(), s.lang):
        # "Ms Kalesnikava", "М. Колесникова": a title or an initial marks a lone surname as a person.
        return toks
    if len(toks) == 1 and _initials_after(s, toks[0]) and not known_as_common_word(toks[0].group(), s.lang):
        # "▫️ Ярмоленка М. М., 58 гадоў": a surname with two initials after it, as a register lists people.
        return toks
    return None


# A list item's marker before its first word: a bullet, a dash, a number ("▫️ ", "• ", "— ", "3. ").
_ITEM_MARKER = re.compile(r"\s*(?:[^\w\s]{1,3}|\d{1,3}[.)])\s*")
# What closes the name opening a list item: a comma, a dash, a semicolon, a bracket or the line's end.
_ITEM_NAME_END = re.compile(r"\s*(?:[,;:(—–]|-\s|$)")
# A register's line with its marker lost ("Kavalenka Natallia, 45, Hrodna"): the age right after the name's comma.
_AGE_AFTER = re.compile(r",\s*\d{1,3}(?!\d)")


def _opens_list_item(s: Sentence, start: int, end: int) -> bool:
    """Whether the words at [start, end) are all that opens a list item before its first comma or dash ("▫️ Казлоўская
    Вольга, 34 гады", "• Sidarenka V. A. — 3 years", or a line "Kavalenka Natallia, 45, Hrodna")."""
    before = s.text[:start]
    if not before.strip():
        return bool(_AGE_AFTER.match(s.text, end))
    return bool(_ITEM_MARKER.fullmatch(before)) and bool(_ITEM_NAME_END.match(s.text, end))


def _surname_first_item(s: Sentence, surname: re.Match, given: re.Match) -> bool:
    """A list of prisoners written as a register is ("▫️ Казлоўская Вольга, 34 гады, Менск", "• Петренко Ольга — 2
    года"): the surname first, then the first name, with no patronymic to tell the order; the word before the first name
    is no first name and no common word."""
    word = surname.group()
    return (_opens_list_item(s, surname.start(), given.end()) and first_name(word) is None
            and not is_attribute_word(word, s)
            and not _common_word(word, s.lang) and not known_as_common_word(word, s.lang))


def _initials_after(s: Sentence, surname: re.Match) -> re.Match | None:
    """Two initials in the surname's script right after it, opening a list item ("▫️ Ярмоленка М. М., 58 гадоў"), or
    None (elsewhere, "Іванова А. С." measured worse on unseen text: a judge or an official as often as a prisoner)."""
    found = _INITIALS_AFTER.match(s.text, surname.end())
    if found is None or bool(_CYRILLIC.search(found.group())) != bool(_CYRILLIC.search(surname.group())):
        return None
    return found if _opens_list_item(s, surname.start(), found.end()) else None


def _person_in_run(s: Sentence, run: list[re.Match]) -> NameSpan | None:
    """The name inside a run of capitalised words ("Viasna's Pavel Sapelka" -> "Pavel Sapelka")."""
    chosen = _choose(s, run)
    if not chosen:
        return None
    a, b = chosen[0].start(), chosen[-1].end()
    text = s.text[a:b]
    if text.endswith(("’s", "'s")):
        text, b = text[:-2], b - 2
    # The person is named without the nickname ('Mikalai "Dzed" Dziadok' is Mikalai Dziadok).
    text = _NICKNAME.sub(" ", text)
    initials = _initials_after(s, chosen[0]) if len(chosen) == 1 else None
    # (After the initials: "Sidarenka V. A." has no regnal number "V".)
    nxt = s.text[initials.end() if initials else b:][:25].split()
    if nxt and _REGNAL.fullmatch(nxt[0].strip(",.;:»")):
        # "Папы Римского Льва XIV", "King Charles III": a regnal number marks a pontiff or a monarch.
        return None
    if nxt and s.lex["ORG_AFTER"].fullmatch(nxt[0].strip(",.;:")):
        return None
    if is_namesake(s, a):
        # "премии имени Андрея Сахарова", "на вуліцы Кастуся Каліноўскага", "named after Vasyl Stus": a namesake; a name
        # right after it is a person ("лауреатка премії імені Василя Стуса Марія Колесникова").
        rest = [m for m in run if m.start() >= b]
        return _person_in_run(s, rest) if len(rest) >= 2 else None
    if s.text[b:b + 1] == "/" or s.text[max(0, a - 2):a] == "/ ":
        # "Released prisoners at the border. / Paulius Peleckis/BNS": a photographer's credit, not a person of the story.
        return None
    if initials is not None:
        # The surname in the nominative, the initials as written: "Ярмоленку М. М." is Ярмоленка М. М.
        return NameSpan(a, initials.end(), s.text[a:initials.end()],
                        _nominative_as_written(s, a, b, text) + initials.group())
    return _with_second_surname(s, NameSpan(a, b, text, _nominative_as_written(s, a, b, text)))


def _nominative_as_written(s: Sentence, start: int, end: int, text: str) -> str:
    """The name in the nominative, its words in the order written. The official order ("Мяцеліцу Алега
    Уладзіміравіча") is declined as a first name, patronymic and surname are, the surname's endings read last."""
    words = text.split()
    if not is_official_order(words):
        return nominative_in_context(s, start, end, text)
    first, patronymic, surname = nominative_in_context(s, start, end, " ".join([*words[1:], words[0]])).split()
    return f"{surname} {first} {patronymic}"


# A capitalised word in brackets right after a name: "Кацярына Андрэева (Бахвалава)".
_BRACKETED_WORD = re.compile(r"\s*\(([^\W\d_][\w'’-]+)\)")
# How many last letters a second surname shares with the surname before it: the same grammatical form ("Андрееву
# (Бахвалову)", "Andreyeva (Bakhvalava)"), not a town or an outlet ("Лосик (Гомель)", "Losik (Belsat)").
SHARED_ENDING = 2


def _with_second_surname(s: Sentence, span: NameSpan) -> NameSpan:
    """The name with a second surname in brackets right after it, in the same form as the surname, kept as written and
    put in the nominative like the surname ("Катерину Андрееву (Бахвалову)" is "Катерина Андреева (Бахвалова)")."""
    found = _BRACKETED_WORD.match(s.text, span.end)
    if found is None or " " not in span.text:
        return span
    second, surname = found.group(1), span.text.split()[-1]
    if not is_capitalised(second) or _common_word(second, s.lang) or first_name(second):
        return span
    # The ending the surname loses in the nominative is the second surname's too.
    nominative_surname = span.nominative.split()[-1]
    stem = len(os.path.commonprefix([surname.lower(), nominative_surname.lower()]))
    written_ending, nominative_ending = surname[stem:], nominative_surname[stem:]
    if second[-SHARED_ENDING:].lower() == surname[-SHARED_ENDING:].lower() and second.lower().endswith(written_ending.lower()):
        second_nominative = second[:len(second) - len(written_ending)] + nominative_ending
    elif _is_surname(second, s.lang):
        # A surname that does not decline ("Марину Золотову (Лысенко)") stays as written.
        second_nominative = second
    else:
        return span
    end = found.end()
    return NameSpan(span.start, end, s.text[span.start:end], f"{span.nominative} ({second_nominative})")


def is_namesake(s: Sentence, start: int) -> bool:
    """Whether the name at raw offset `start` (or its surname after a first name) follows a word that makes it a
    namesake: a prize, a street, "in memory of" ("премии имени Андрея Сахарова", "на вуліцы Каліноўскага"); not a
    prize's own words ("лаўрэат Нобелеўскай прэміі міру Алесь Бяляцкі")."""
    eponym = s.lex.derived("eponym_before", lambda L: r"(?<!\w)(?:" + L.source("EPONYM_BEFORE") + r")\s+$")
    before = s.text[max(0, start - 40):start]
    first = _WORD_BEFORE.search(before)
    return bool(eponym.search(before) or (first is not None and first_name(first.group(1))
                                          and eponym.search(before[:first.start()])))


_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")


def governed_by_noun(s: Sentence, span: NameSpan) -> bool:
    """A declined Russian/Ukrainian name right after a noun other than a release ("портрет участника подполья Евгения
    Жихаря"): a modifier of someone else's phrase, not who the next sentence's "он" is ("освобождение Ивана Иванова"
    is his own)."""
    if s.lang not in ("ru", "uk") or span.text == span.nominative:
        return False
    # A noun's modifier is in the genitive; a name in another case after a noun stands beside it ("журналисту Андрею
    # Почобуту исполняется 52 года", "активістці Ользі Мельник"): the person the story goes on to tell of.
    if not any("gent" in a.tags for a in analyses(span.text.split()[0], s.lang)):
        return False
    before = _WORD_BEFORE.search(s.text[max(0, span.start - 30):span.start])
    if before is None:
        return False
    readings = analyses(before.group(1), s.lang)
    if any("PREP" in a.tags for a in readings):
        # "— Про Миколу Статкевича. Він і досі там": the analyser ranks "про" and "до" first as nouns (a letter, a note);
        # a word that can be a preposition governs no name.
        return False
    top = readings[0]
    return "NOUN" in top.tags and not s.lex["RELEASE_NOUN"].fullmatch(top.lemma)


def is_public_figure(name: str) -> bool:
    """Officials and exiled leaders routinely named in these stories, never prisoners (the pardoner above all)."""
    low = name.lower()
    return any(p in low for p in NOT_PRISONERS)
