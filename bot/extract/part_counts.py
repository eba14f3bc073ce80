"""Decide whether a count is only part of a group, or the others beside one person, rather than a round's size.

"в том числе 15", "most of them — 114", "вместе с ним ещё 13", "Statkevich and six more", "together with the 18
freed on July 3, 48": the figure is a part of a group told before, the rest of a group one named person leads, or a
group plus an earlier one; the round and the people named are read from these.
"""

import re

from bot.extract.dates import find_dates
from bot.extract.lexicon import NAME_STOP, Lexicon
from bot.extract.mentions import Mention
from bot.extract.verbs import last_release, releases


def partial_before(L: Lexicon) -> re.Pattern:
    """"вместе с", "together with" a few words before a count: a group told beside another."""
    return L.derived("partial_before", lambda L: r"(?:^|\W)(?:" + L.source("PARTIAL") + r")\s+(?:[^\W\d]+\s+){0,6}$")


def beside_an_earlier_round(m: Mention, ms: list[Mention]) -> bool:
    """"Together with the 18 freed on July 3, 48 have walked free", "Вместе с 18, освобождёнными 3 июля, на свободе
    48": the count adds a group freed on a day of its own, told in the clause before it, to this round's people, so it
    is the running total."""
    earlier = next((n for n in reversed(ms) if n.sentence is m.sentence and n.num.end <= m.num.start), None)
    if earlier is None or earlier.value >= m.value or not partial_before(m.lex).search(earlier.before[-50:]):
        return False
    # The group's own clause (up to the comma before this count) frees it on its day.
    between = m.sentence.text[earlier.num.end:m.num.start]
    own = between[:between.rfind(",")] if "," in between else ""
    words = m.sentence.plain_view.span(earlier.num.end, earlier.num.end + len(own))
    return bool(find_dates(own, None)) and bool(releases(m.lex, words))


def including(L: Lexicon) -> re.Pattern:
    """"в том числе", "including" up to two words before a count: a part of a figure told before."""
    return L.derived("including_before", lambda L: r"(?:^|\W)(?:" + L.source("INCLUDING") + r")\W+(?:[^\W\d]+\W+){0,2}$")


def with_one(m: Mention) -> bool:
    """"вместе с ним ещё 13", "along with 13 others": the count is of the others, beside one person named."""
    near = m.lex.derived("with_one_before", lambda L: r"(?:^|\W)(?:" + L.source("WITH_ONE") + r")(?:\W+[^\W\d]+){0,7}\W*$")
    others = bool(re.match(r"\s*(?:other|more)", m.after))
    if m.sentence.lang == "en" and others and re.search(r"[^\W\d][\w'’-]*,\s*$", m.before):
        # "Belarus frees opposition figure Tsikhanouski, 13 others": the name and the others.
        return True
    if _name_and_more(m):
        return True
    if not near.search(m.before[-80:]):
        return False
    # English "and"/"along with" say nothing about one person unless "others" follows the figure.
    return m.sentence.lang != "en" or others


def _name_and_more(m: Mention) -> bool:
    """"Мікалай Статкевіч і яшчэ шасцёра", "Николая Статкевича и еще шестерых": a name right before "and N more"."""
    found = m.lex.derived("name_and_more", lambda L: r"(?<!\w)([^\W\d_][\w'’-]+)\s+(?:" + L.source("AND_MORE")
                          + r")\s+$").search(m.sentence.text[max(0, m.num.start - 60):m.num.start])
    # "в Минске и еще 23": a place or another capitalised word that names no one.
    return bool(found) and found.group(1)[0].isupper() and found.group(1).lower() not in NAME_STOP


def one_person_and(m: Mention) -> bool:
    """"освобождены гражданка США и двое граждан Беларуси": one person named by a noun, and the count; in a headline's
    clipped style a comma joins them right after the verb ("Belarus frees American, two Belarusians")."""
    pattern = m.lex.derived("one_person_and", lambda L: r"(?:^|\W)(?:" + L.source("ONE_PERSON")
                            + r")\s+(?:and|и|і|та|й)\s+$")
    clipped = m.lex.derived("one_person_comma", lambda L: r"(?:^|\W)(?:" + L.source("RELEASE") + r")\s+(?:"
                            + L.source("ONE_PERSON_NOUN") + r")\s*,\s*$")
    return bool(pattern.search(m.bare_before[-80:]) or clipped.search(m.bare_before[-80:]))


def named_before(m: Mention) -> int:
    """How many people "X, Y and 121 others" names before the count (one for "along with", "вместе с ним")."""
    if not re.search(r"(?:^|\W)and\W*$", m.before):
        return 1
    release = last_release(m.lex, m.before)
    listed = m.before[max(0, release):]
    return 1 + listed.count(",")


# "часть из 15 человек отбывала наказание за наркотики", "some of the 15": a group already told, not a new count.
_SOME = r"(?:^|\W)(?:часть|половина|большинство|многие|частка|палова|большасць|частина|більшість|some|most|many|half|part)"
# "some of the 30 were women": the count is the whole a part is taken from, not a round told anew.
PART_OF = re.compile(_SOME + r"\s+(?:из|з|са|із|of)(?:\s+(?:the|those|these))?\s*$", re.IGNORECASE)
# "Большинство из них — 114 человек", "most of them — 114 people": the count is the size of the part.
_PART_SIZE = re.compile(_SOME + r"\s+(?:из|з|са|із|of)\s+(?:them|они|вони|них|іх|их|їх)\s*[\u2014\u2013:-]?\s*$",
                        re.IGNORECASE)


# How far before a count "some of the", "большинство из них —" can start.
PART_WINDOW = 60
# "114 із них передали Україні", "114 of them were handed over": the count taken out of the group just told.
_OF_THEM_AFTER = re.compile(r"^\s*(?:of (?:them|those|these)|(?:из|з|із|са) (?:они|вони|них|іх|их|їх))(?!\w)",
                            re.IGNORECASE)


def told_as_part(m: Mention) -> bool:
    """"Большинство из них — 114", "most of them — 114 people", "114 із них передали Україні": the count is the size
    of a part of the group just told."""
    # The phrase ends at the count: the last words are enough, and a long run of numbers stays linear.
    return bool(_PART_SIZE.search(m.bare_before[-PART_WINDOW:]) or _OF_THEM_AFTER.match(m.after))
