"""Find the round's ordinal: "the eighth round", "восьмой этап помилования", "восьмая хваля"."""

import re

from bot.extract.dates import is_timeline_entry
from bot.extract.lexicon import Lexicon, ordinal_pattern, ordinal_value
from bot.extract.text import Sentence

_UP_TO_TWO_WORDS = re.compile(r"^[\s\"“”«»'’-]*(?:[^\W\d]+[\s\"“”«»'’-]+){0,2}?")
# "Это не первое помилование", "not the first time": a negated ordinal numbers nothing.
_NOT = re.compile(r"(?:^|\W)(?:not|не|ня|ні)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
# How many words after an ordinal may tell its span ("the first time in more than four years").
LOCAL_WORDS = 7
_SINCE = re.compile(r"(?:since|after|before|following|с|со|з|са|із|после|пасля|після|до|да)\s+(?:the\s+)?$",
                    re.IGNORECASE)


def _round_noun_follows(L: Lexicon, rest: str, release_in_sentence: bool) -> bool:
    head = _UP_TO_TWO_WORDS.match(rest)
    window = rest[: (head.end() if head else 0) + 30]
    for w in window.split()[:4]:
        w = w.strip("\"“”«»'’,.;:()")
        if L["ROUND_NOUNS"].fullmatch(w):
            return True
        if L["ROUND_TIME"].fullmatch(w) and release_in_sentence:
            return True
    return False


def _is_local(L: Lexicon, after: str) -> bool:
    """"second in a week", "третя така передача цього року": an ordinal counted within a span, not the series."""
    clause = re.split(r"[,;:.()\u2014\u2013]", after, maxsplit=1)[0]
    head = " ".join(clause.split()[:LOCAL_WORDS])
    # "the eighth such pardon since the summer" counts the whole series; "the first since the election" does not.
    return bool(L["LOCAL_SPAN"].search(head)) and not L["CUMULATIVE"].search(head)


def find_round(sentences: list[Sentence]) -> tuple[int, Sentence] | None:
    """The ordinal of the reported round with its sentence, skipping background ("since the first round")."""
    for s in sentences:
        text = s.unquoted()
        if is_timeline_entry(text):
            continue
        L = s.lex
        release = bool(L["RELEASE"].search(s.plain))
        # "першае памілаванне ў 2025 годзе і ... ужо дзявятае з ліпеня": a later ordinal shares the noun.
        noun_before = False
        for m in ordinal_pattern(s.langs).finditer(text):
            if _SINCE.search(text[max(0, m.start() - 20):m.start()]) or _NOT.search(text[max(0, m.start() - 8):m.start()]):
                continue
            after = s.plain_view.span(m.end(), min(len(text), m.end() + 60))
            noun = _round_noun_follows(L, after, release)
            if (noun or noun_before) and not _is_local(L, after):
                return ordinal_value(m, s.langs), s
            noun_before = noun_before or noun
    return None
