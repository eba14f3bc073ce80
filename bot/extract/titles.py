"""What a person's title before their name says of them: a political prisoner, a former one, or a commentator.

A title is no predicate, but it tells something: "политзаключенного X" is held (weakly, when nothing else is told),
"бывший политзаключенный X" was freed once, when unknown, and a commentator's trade ("the political analyst X") is no
office, so a release told beside it is the person's own. `title_between` tells a title from the words of a clause (no
verb, digit, punctuation or other name), so that a verb before the title still reaches the name.
"""

import re

from bot.extract.clauses import is_verb
from bot.extract.cues import Cue
from bot.extract.cues import derived_field as _derived
from bot.extract.lexicon import Lexicon
from bot.extract.morph import LemmaView
from bot.extract.names import NameSpan, name_spans
from bot.extract.text import Sentence

# The most words a person's title may have between a sentence and the name ("the former head of a regional branch of
# the party Mikalai Kazlou": nine).
TITLE_WORDS = 10
_TITLE = re.compile(r"\s*(?:[^\W\d_]+\s+)+")


def title_between(s: Sentence, view: LemmaView, end: int, span: NameSpan) -> bool:
    """Whether only the person's title stands between a cue ending at view offset `end` and the name: a few words with
    no punctuation, digit, verb or other name ("sentenced former regional reporter Volha Radzivonava", "прысудзіў
    пенсіянерку з Гомельскай вобласці Таццяну Курыленка")."""
    a = view.at(span.start)
    if end > a or not _TITLE.fullmatch(view.text, end, a):
        return False
    count = len(view.text[end:a].split())
    words = s.text[:span.start].split()[-count:]
    title_start = span.start - len(" ".join(words)) - 1
    return (count <= TITLE_WORDS and all(w.isalpha() for w in words)
            and not any(is_verb(w, s.lang) for w in words)
            and not any(title_start <= sp.start < span.start for sp in name_spans(s)))


def prisoner_title(L: Lexicon, text: str, a: int) -> bool:
    """"политзаключенного Виталия Жука": a political prisoner by title (not a former one); also one of a group of
    prisoners ("известных заключенных, в том числе Николая Статкевича")."""
    title = L.derived("prisoner_title", lambda L: r"(?<!\w)(?:" + L.source("PRISONER_TITLE") + r")(?!\w)(?:\s+[^\W\d]+)?"
                      r"[\s\u2014\u2013:,-]*(?:(?:" + L.source("INCLUDING") + r")[\s\u2014\u2013:,-]*)?$")
    found = title.search(text[max(0, a - 40):a])
    former = _derived(L, "former_before", "FORMER", r"(?:^|\W)(?:FIELD)\W*$")
    return bool(found) and not former.search(text[max(0, a - 40):max(0, a - 40) + found.start()])


# How far before a name "former political prisoner" may stand, a word or two of trade between ("бывший политзаключенный,
# врач Андрей Белов").
FORMER_TITLE_REACH = 60


def former_prisoner(L: Lexicon, text: str, a: int) -> bool:
    """"former political prisoner X", "бывший политзаключенный, врач X", "былы палітвязень X": freed once, when unknown."""
    former = L.derived("former_prisoner_before", lambda L: r"(?<!\w)(?:" + L.source("FORMER") + r")\W*(?:"
                       + L.source("PRISONER_TITLE") + r")(?!\w)[\s,]*(?:[^\W\d]+[\s,]+){0,2}$")
    return bool(former.search(text[max(0, a - FORMER_TITLE_REACH):a]))


# How many words may stand between a commentator's trade and the name ("the political analyst X"), and between a
# fronted release and the trade ("На волю выйшла, у прыватнасці, палітолаг X").
COMMENTATOR_WORDS = 2


def commentator_freed(L: Lexicon, text: str, a: int, b: int, found: list[Cue]) -> Cue | None:
    """The release of a name whose trade is a commentator's (an analyst, a political scientist, an expert), when it is
    the name's own predicate: fronted before the trade ("На свободу вышла политолог X") or right after the name, an
    auxiliary or two between ("The analyst X was freed"). (Not an official's: "Envoy X secured the release".)"""
    trades = list(L["COMMENTATOR"].finditer(text, max(0, a - 60), a))
    if not trades or len(text[trades[-1].end():a].split()) > COMMENTATOR_WORDS:
        return None
    trade = trades[-1]
    auxiliaries = L.derived("release_auxiliaries_only", lambda L: r"^\W*(?:(?:" + L.source("RELEASE_AUXILIARY")
                            + r")\W+){0,3}$")
    for c in found:
        if c.role != "released":
            continue
        fronted = c.end <= trade.start() and len(re.findall(r"[^\W\d]+", text[c.end:trade.start()])) <= COMMENTATOR_WORDS
        if fronted or (c.start >= b and auxiliaries.match(text[b:c.start])):
            return c
    return None
