"""A release told after "until" ("пока его не освободили", "until he is freed") is a time limit, not a negation.

Russian, Belarusian and Ukrainian say "until" with a "не" that negates nothing: "провел три года, пока его не
освободили" tells a release that happened, "останется в колонии, пока его не освободят" one still awaited. English
"until he was freed" and "until he is freed" differ the same way, by tense alone.
"""

import re

from bot.extract.cues import Cue
from bot.extract.morph import LemmaView
from bot.extract.text import Sentence

# A Russian, Belarusian or Ukrainian verb in the past: "освободили", "вызвалілі", "звільнила", "вышел", "отпустили".
_SLAVIC_PAST = re.compile(r"(?:л|ла|ло|ли|лі|лся|лась|лось|лись|ліся)$", re.IGNORECASE)
# An English release after "until" told in the past: "until he was freed", "until they freed him" (not "until he is
# freed", "until his release").
_ENGLISH_PAST_AUXILIARY = re.compile(r"(?<!\w)(?:was|were|had)(?!\w)", re.IGNORECASE)
_ENGLISH_PRESENT_AUXILIARY = re.compile(r"(?<!\w)(?:is|are|am|be|been|gets?|will|would|can|could)(?!\w)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’ʼ-]*")
# How far before the release word the "until" may stand ("пока их всех не", "until he and his wife are").
UNTIL_REACH = 40


def releases_after_until(s: Sentence, view: LemmaView, found: list[Cue]) -> list[Cue]:
    """The cues of a sentence with a release after "until" read by its tense: one told in the past happened
    ("released"), one to come is awaited ("wished": the person is still held)."""
    if not s.lex["UNTIL"].search(s.text):
        return found
    until = s.lex.derived("until_before", lambda L: r"(?:^|\W)(?:" + L.source("UNTIL") + r")\s+$")
    out = []
    closed_at = None
    for c in found:
        verb = _verb_after_until(s, until, _surface_offset(view, c.start)) if c.role in ("released", "still_held") else None
        if verb is None:
            out.append(c)
            continue
        gap_start, gap, word = verb
        past = _told_in_the_past(s.lang, gap, word)
        out.append(Cue(c.start, c.end, "released" if past else "wished"))
        if past and closed_at is None:
            closed_at = view.at(gap_start)
    if closed_at is None:
        return out
    # "stayed in prison until he was pardoned": the stay before a release that happened is history.
    return [Cue(c.start, c.end, "held_weak") if c.role == "still_held" and c.end <= closed_at else c for c in out]


def _verb_after_until(s: Sentence, until: re.Pattern, at: int) -> tuple[int, str, str] | None:
    """Where "until" starts, the words from it to the release word at `at` and that word, when "until" comes right before it (a
    negated release may start at its "не": "пока его | не освободили")."""
    for _ in range(2):
        word = _WORD.match(s.text, at)
        if word is None:
            return None
        gap = until.search(s.text, max(0, at - UNTIL_REACH), at)
        if gap is not None and _opens_clause(s, gap.start()):
            return gap.start(), s.text[gap.start():at], word.group()
        nxt = _WORD.search(s.text, word.end())
        if nxt is None or s.text[word.end():nxt.start()].strip():
            return None
        at = nxt.start()
    return None


# What stands before a Slavic "until" that opens its own clause: a comma or another clause mark, or nothing.
_CLAUSE_MARK_BEFORE = re.compile(r"(?:^|[,;:—–(«\"-])\s*$")


def _opens_clause(s: Sentence, start: int) -> bool:
    """Whether the "пока/пакуль/поки" matched from `start` opens a clause of its own ("сядзеў, пакуль яго не выпусцілі").
    Russian, Belarusian and Ukrainian put a comma before such a clause; inside a clause the word means "yet", and its
    "не" negates ("улады пакуль не выпусцілі X": not released yet). English "until" needs no comma."""
    if s.lang == "en":
        return True
    word = re.search(r"[^\W\d_]", s.text[start:])
    return bool(_CLAUSE_MARK_BEFORE.search(s.text[:start + word.start()] if word else s.text[:start]))


def _told_in_the_past(lang: str, gap: str, verb: str) -> bool:
    if lang == "en":
        return bool(_ENGLISH_PAST_AUXILIARY.search(gap)) or (
            verb.lower().endswith("ed") and not _ENGLISH_PRESENT_AUXILIARY.search(gap))
    return bool(_SLAVIC_PAST.search(verb)) or bool(_SLAVIC_PAST.search(gap.split()[-1] if gap.split() else ""))


def _surface_offset(view: LemmaView, at: int) -> int:
    """The first offset of the original text that maps to lemma offset `at`."""
    return next((k for k, start in enumerate(view.starts) if start >= at), len(view.starts) - 1)
