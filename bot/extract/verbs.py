"""Release words that tell a release, not a wish for one; the clause a number stands in."""

import re
from functools import lru_cache

from bot.extract.lexicon import Lexicon

# How many sentences' release words are kept.
TEXTS_CACHED = 4096

_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]")
# "на прохання", "по просьбе", "па просьбе", "at the request of": a preposition before the request.
_ANSWERED = re.compile(r"(?:^|\W)(?:на|по|па|at|at the|upon|on the)\s+\W?$", re.IGNORECASE)
_PLAN_CLAUSE_BREAK = re.compile(r"[,;:.()\u2014\u2013]")


def _wish(L: Lexicon) -> re.Pattern:
    return L.derived("wish", lambda L: r"(?:^|\W)(?:" + L.source("DEMAND") + r")\W+(?:[^\W\d]+\W+){0,3}$")


def _wish_after(L: Lexicon) -> re.Pattern:
    # ("whose release the Nobel committee has demanded": four words between, if no comma or stop breaks them.)
    return L.derived("wish_after", lambda L: r"(?:\W+(?:[^\W\d]+\W+){0,3}|\s+(?:[^\W\d]+\s+){4})(?:" + L.source("DEMAND")
                     + r")(?!\w)")


def _modal_after_fronted(L: Lexicon) -> re.Pattern:
    # ("Вызваліцца яна павінна была ў сакавіку", "Освободиться он должен был летом"): up to two words, no clause break,
    # then the modal.
    # (Or the verb of a release that was due: "Вийти на волю він мав у лютому".)
    return L.derived("modal_after_fronted", lambda L: r"\s+(?:[^\W\d]+\s+){0,2}(?:" + L.source("DEMAND") + "|"
                     + L.source("DUE") + r")(?!\w)")


def was_due(L: Lexicon, text: str, start: int) -> bool:
    """Whether the state word at `start` of lemma text was due and did not come ("was due to walk free in February,
    but ...", "должен был сидеть еще семь лет"): a past modal right before it."""
    due = L.derived("due_past", lambda L: r"(?:^|\W)(?:" + L.source("DUE_PAST") + r")\s+$")
    return bool(due.search(text, max(0, start - 30), start))


def _fronted_before_modal(L: Lexicon, text: str, release: re.Match) -> bool:
    """Whether the release word opens its sentence (or a clause after ";" or ":") and a modal follows it: a release
    due or possible, fronted ("... за пост; вызваліцца яна павінна была ў сакавіку")."""
    if re.search(r"\w", re.split(r"[.;:]", text[max(0, release.start() - 40):release.start()])[-1]):
        return False
    return bool(_modal_after_fronted(L).match(text, release.end(), release.end() + 40))


def is_wish(L: Lexicon, text: str, start: int) -> bool:
    """Whether the release word at `start` of lemma text is demanded or hoped for ("called for the release of")."""
    window = text[max(0, start - 40):start]
    if was_due(L, text, start):
        # "Віталій Бондар мав вийти на волю в лютому, проте ...": a release that was due is one that did not come.
        return True
    wish = _wish(L).search(window)
    # "it could confirm the release of": the modal goes with the confirming, the release happened; "на прохання
    # Папи помилували", "at the request of": a request answered is the reason of a release, not a wish.
    if wish and not L["CONFIRM"].search(wish.group()) and not _ANSWERED.search(window[:wish.start() + 1]):
        return True
    # "Освободить от наказания планируется около 1 500": a plan or forecast anywhere in the release's clause.
    begin = max((b.end() for b in _PLAN_CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    end = next((b.start() for b in _PLAN_CLAUSE_BREAK.finditer(text, start)), len(text))
    if L["PLANNED"].search(text, begin, end):
        return True
    # "Вызваліцца яна павінна была ў сакавіку": the modal after a fronted release is the wish before one.
    release = L["RELEASE"].match(text, start)
    if release is not None and _fronted_before_modal(L, text, release):
        return True
    # "whose release Warsaw has sought for years": the wish may follow a release noun.
    noun = L["RELEASE_NOUN"].match(text, start)
    return bool(noun) and bool(_wish_after(L).match(text, noun.end(), noun.end() + 40))


def releases(L: Lexicon, text: str) -> list[re.Match]:
    """The release words of lemma `text` that tell a release, not a wish for one."""
    return list(_releases(L, text))


# (Read once per lexicon and text: the figures, the cues and the rounds each ask of the same sentences.)
@lru_cache(maxsize=TEXTS_CACHED)
def _releases(L: Lexicon, text: str) -> tuple[re.Match, ...]:
    return tuple(m for m in L["RELEASE"].finditer(text) if not is_wish(L, text, m.start()))


def last_release(L: Lexicon, text: str) -> int:
    """Where the last release word of lemma `text` that is no wish ends, or -1."""
    found = releases(L, text)
    return found[-1].end() if found else -1


def clause_before(before: str) -> str:
    """The words of `before` in the number's own clause."""
    cut = -1
    for m in _CLAUSE_BREAK.finditer(before):
        cut = m.end()
    return before[cut:] if cut >= 0 else before


# "bringing the total released since July to 230", "bring to 48 the number": no people noun needed.
# "bringing the total to", "taking the total number of people freed to": a running total raised by the round.
TOTAL_RAISED_TO = re.compile(r"(?:bring|brought|tak(?:e|es|ing)|push(?:es|ed|ing)?)\w*\s+the\s+(?:\w+\s+){0,2}"
                              r"(?:total|number)\W(?:.*\W)?to(?:\s+[^\W\d]+){0,2}\s*$"
                              # "it brought to 131 the number of people released": the figure before the total's noun.
                              r"|(?:bring|brings|bringing|brought|take|takes|taking|took)\s+to\s*$"
                              r"|(?:довести|давесці|дав[её]у?шы|довівши)\s+(?:[^\W\d]+\s+){0,4}(?:до|да)\s*$"
                              # "павялічвае агульную колькасць вызваленых ... да 450", "increases the number ... to".
                              r"|(?:increas|rais|увеличи|увеличива|павялічв|павялічы|збільш)\w*\s+(?:the\s+)?"
                              r"(?:total|number|общий|агульн|агулн|загальн)\w*\s+(?:[\w-]+\s+){0,8}(?:to|до|да)\s*$",
                              re.IGNORECASE)
# "the total rose to 430", "достигло 400", "перавысіла 450": a total that reaches or passes the figure.
TOTAL_TO = re.compile(r"(?:total|bring|brought)\w*\W(?:.*\W)?(?:to|at)(?:\s+[^\W\d]+){0,2}\s*$"
                       # "the number released since early July has reached 115", "достигло 400", "склала 250".
                       r"|(?:reach(?:ed|es)?|rose to|risen to|grown to|достигнуть|достичь|составить|дасягнула"
                       r"|склала|сягнути|становити"
                       # "общее число освобожденных превысило 430": passed the figure.
                       r"|exceed(?:ed|s)?|surpassed|topped|превысить|превышать|перевалить за|перавысіла|перавысіў"
                       r"|перавышае|перевищити|перевищувати|перевалити за"
                       # "the total released has now passed 270", "перешагнуло 300", "перасягнула", "перейшла за".
                       r"|passed|gone past|crossed|перешагнуть|перасягнула|перасягнуў|перайшла за|перайшоў за"
                       r"|перейти за|перетнути)\s*$", re.IGNORECASE)


def total_reaches(L: Lexicon, text: str) -> bool:
    """Whether `text` ends in a total that reaches the figure after it ("the total rose to", "достигло", "now stands at",
    "зросла до")."""
    risen = L.derived("risen_to_end", lambda L: r"(?:^|\W)(?:" + L.source("RISEN_TO") + r")\s*$")
    return bool(TOTAL_TO.search(text) or risen.search(text))
