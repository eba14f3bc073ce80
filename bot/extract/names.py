"""Find the people an article names, by the shape of a person's name and the morphology of its words.

A name is a run of capitalised words holding a first name (from the tables in `first_names`, declined
or not, or tagged Name by pymorphy3 for Russian and Ukrainian): "Ales Bialiatski", "Марию Колесникову",
"Мікалай Статкевіч", "Колесникова Мария Александровна". A lone surname counts after a courtesy title
("Ms Kalesnikava") or once the article has named its person in full. Capitalisation alone makes no name:
"Red Cross", "Папы Римского", "If Anna agrees" are not people. Declined names are put in the nominative.
What role each person has is decided in `roles`.
"""

import re
import unicodedata
from dataclasses import dataclass

from bot.extract.first_names import FIRST_NAME_ENDINGS, FIRST_NAMES, IRREGULAR
from bot.extract.lexicon import NAME_CASES, NAME_STOP, NOT_PRISONERS
from bot.extract.morph import analyses
from bot.extract.text import Sentence

TOKEN = re.compile(r"[^\W\d_][\w'’ʼ-]*")
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|віч|ўна|івна|ївна|ovich|evich|ovna|evna|avich|auna)$", re.IGNORECASE)
_INITIAL_BEFORE = re.compile(r"(?:^|\s)[A-ZА-ЯЁІЎЇЄҐ]\.\s?$")
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


@dataclass(frozen=True)
class NameSpan:
    """A name found in a sentence: its offsets, the text as written and its nominative form."""

    start: int
    end: int
    text: str
    nominative: str


def _plain(word: str) -> str:
    return word.lower().replace("’", "'").replace("ʼ", "'")


def first_name(word: str) -> tuple[str, str] | None:
    """(nominative, gender "m"/"f") when `word` is a first name in any case form, else None."""
    low = _plain(word)
    if low in FIRST_NAMES:
        return low, FIRST_NAMES[low]
    if low in IRREGULAR:
        return IRREGULAR[low], FIRST_NAMES.get(IRREGULAR[low], "m")
    if not _CYRILLIC.search(low):
        return None
    for old, new in FIRST_NAME_ENDINGS:
        if low.endswith(old) and len(low) > len(old) + 1:
            guess = low[: len(low) - len(old)] + new
            if guess in FIRST_NAMES:
                return guess, FIRST_NAMES[guess]
    return None


def is_capitalised(word: str) -> bool:
    """A word that can be part of a name: capitalised, with lower-case letters, not a stop word."""
    return (word[:1].isupper() and any(c.islower() for c in word[1:])
            and _plain(word).strip("'") not in NAME_STOP
            # "Sviatlana's" is a possessive; "Вераб'ёў", "Мар'я" carry the Belarusian apostrophe.
            and ("'" not in word[:-2] or not word.isascii())
            and not _NOUN_ENDING.search(word))


def _is_name_word(word: str, lang: str) -> bool:
    """A first name by the tables, or (Russian, Ukrainian) by pymorphy3's Name tag."""
    if first_name(word):
        return True
    if lang in ("ru", "uk") and _CYRILLIC.search(word):
        readings = analyses(word, lang)
        return bool(readings) and "Name" in readings[0].tags and readings[0].score >= 0.3
    return False


def _honorific_before(s: Sentence, start: int) -> bool:
    return bool(s.lex["HONORIFIC"].search(s.text[max(0, start - 14):start].rstrip(". ").split(" ")[-1] or "!"))


def _runs(s: Sentence) -> list[list[re.Match]]:
    """Runs of capitalised words joined by single spaces."""
    runs: list[list[re.Match]] = []
    run: list[re.Match] = []
    for m in TOKEN.finditer(s.text):
        if run and s.text[run[-1].end():m.start()] == " " and is_capitalised(m.group()):
            run.append(m)
            continue
        if run:
            runs.append(run)
        run = [m] if is_capitalised(m.group()) else []
    if run:
        runs.append(run)
    return runs


def name_spans(s: Sentence) -> list[NameSpan]:
    """The person names of a sentence, in order."""
    return [span for run in _runs(s) if (span := _person_in_run(s, run)) is not None]


def _choose(s: Sentence, toks: list[re.Match]) -> list[re.Match] | None:
    """The words of the run that make the name: first name, patronymic and surname in either order."""
    firsts = [k for k, m in enumerate(toks) if _is_name_word(m.group(), s.lang)]
    if firsts:
        k = firsts[0]
        patronymic = k + 1 < len(toks) and bool(_PATRONYMIC.search(toks[k + 1].group()))
        if k > 0 and _CYRILLIC.search(toks[k].group()) and (k + 1 == len(toks) or patronymic):
            # "Колесникова Мария (Александровна)": the official order puts the surname first.
            return toks[k - 1:k + 2 if patronymic else k + 1]
        if k + 1 < len(toks):
            return toks[k:k + MAX_NAME_WORDS] if patronymic else toks[k:k + 2]
        return None
    before = s.text[max(0, toks[0].start() - 4):toks[0].start()]
    if len(toks) == 1 and (_honorific_before(s, toks[0].start()) or _INITIAL_BEFORE.search(before)):
        # "Ms Kalesnikava", "М. Колесникова": a title or an initial marks a lone surname as a person.
        return toks
    return None


def _person_in_run(s: Sentence, run: list[re.Match]) -> NameSpan | None:
    """The name inside a run of capitalised words ("Viasna's Pavel Sapelka" -> "Pavel Sapelka")."""
    chosen = _choose(s, run)
    if not chosen:
        return None
    a, b = chosen[0].start(), chosen[-1].end()
    text = s.text[a:b]
    if text.endswith(("’s", "'s")):
        text, b = text[:-2], b - 2
    nxt = s.text[b:b + 25].split()
    if nxt and s.lex["ORG_AFTER"].fullmatch(nxt[0].strip(",.;:")):
        return None
    return NameSpan(a, b, text, nominative(text, s.lang))


def is_public_figure(name: str) -> bool:
    """Officials and exiled leaders routinely named in these stories, never prisoners (the pardoner above all)."""
    low = name.lower()
    return any(p in low for p in NOT_PRISONERS)


def _restore_case(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _morph_nominative(words: list[str], lang: str) -> list[str] | None:
    """Russian/Ukrainian names in the nominative by pymorphy3, keeping the first name's gender."""
    gender = None
    for w in words:
        found = first_name(w)
        if found:
            gender = "masc" if found[1] == "m" else "femn"
            break
    out = []
    for w in words:
        readings = [r for r in analyses(w, lang) if r.tags & {"Name", "Surn", "Patr"}]
        if gender:
            readings = [r for r in readings if gender in r.tags] or readings
        if not readings:
            return None
        nominatives = [r for r in readings if "nomn" in r.tags]
        if nominatives:
            out.append(w)
            continue
        out.append(_inflect(w, lang, gender) or w)
    return out


def _inflect(word: str, lang: str, gender: str | None) -> str | None:
    from bot.extract.morph import analyzer

    for p in analyzer(lang).parse(word.lower()):
        if not (p.tag.grammemes & {"Name", "Surn", "Patr"}) or (gender and gender not in p.tag.grammemes):
            continue
        wanted = {"nomn", "sing"} | ({gender} if gender and p.tag.POS == "ADJF" else set())
        form = p.inflect(wanted)
        if form is not None:
            return _restore_case(form.word, word)
    return None


def _swap_ending(word: str, endings: tuple[tuple[str, str], ...]) -> str | None:
    for old, new in endings:
        if word.endswith(old) and len(word) > len(old) + 2:
            return word[: len(word) - len(old)] + new
    return None


def nominative(name: str, lang: str = "be") -> str:
    """The name with declined words put back in the nominative ("Марию Колесникову" -> "Мария Колесникова")."""
    words = name.split()
    if not _CYRILLIC.search(name):
        return name
    if lang in ("ru", "uk"):
        found = _morph_nominative(words, lang)
        if found:
            return " ".join(found)
    first = next((first_name(w) for w in words if first_name(w)), None)
    out = []
    for w in words:
        f = first_name(w)
        out.append(_restore_case(f[0], w) if f else w)
    # The surname follows the first name's gender; tables undo the declension the first name showed.
    for surname_endings, _ in NAME_CASES[:1] if first and first[1] == "f" else NAME_CASES[1:]:
        fixed = [_swap_ending(w, surname_endings) if not first_name(w) else None for w in out]
        out = [f or w for f, w in zip(fixed, out, strict=True)]
    return " ".join(out)


_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіўґєї",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r",
                      "s", "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya", "i", "u", "g",
                      "e", "i"], strict=True))


def surname_key(name: str) -> str:
    """A script-independent key of a name's surname ("Бяляцкі", "Bialiatski", "Беляцкого" meet)."""
    s = unicodedata.normalize("NFKD", name.casefold())
    s = "".join(_TRANSLIT.get(c, c) for c in s if not unicodedata.combining(c))
    for a, b in (("kh", "h"), ("ts", "t"), ("c", "t"), ("zh", "z"), ("sh", "s"), ("v", ""), ("w", "")):
        s = s.replace(a, b)
    words = "".join(c for c in s if c.isalpha() or c == " ").split()
    return "".join(c for c in (words[-1] if words else "") if c not in "aeiouyjw")[:4]
