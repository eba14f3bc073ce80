"""The group a name is listed in, whose role the name takes when its own clause tells none.

A list's lead-in ("Among them", "Сярод іх"), a counted group stated before the name ("9 политзаключенных, включая X"),
"among (the new) political prisoners —" before it, "were among them" after it, or a list line the name opens: the
state is the group's, told in the same sentence or in the ones before (`people.find_names` carries it over).
"""

import re

from bot.extract.fields import Classified
from bot.extract.lexicon import Lexicon
from bot.extract.names import NameSpan, name_spans
from bot.extract.text import Sentence


def list_intro(L: Lexicon, text: str) -> bool:
    """Whether `text` opens with a list's lead-in ("Among them", "Сярод іх", "В списке", "Остальные двое —")."""
    return bool(L.derived("list_intro", lambda L: r"^\W*(?:" + L.source("LIST_INTRO") + "|" + L.source("THE_OTHERS")
                          + ")").search(text))


def asks_for_letters(L: Lexicon, text: str) -> bool:
    """Whether a lead-in asks readers to write to the people it lists ("This month, please write to:", "Напишите письма:",
    "Дашліце паштоўкі:"): a solidarity call, made for people in a colony."""
    return bool(L.derived("solidarity_mail", lambda L: r"(?<!\w)(?:" + L.source("SOLIDARITY_MAIL") + r")(?!\w)").search(text))


# The role a counted group gives the names listed with it ("9 политзаключенных, включая X" / "1 150, среди них X").
FIGURE_ROLES = {"political_prisoners": "still_held", "pardoned": "released", "partial_one": "released",
                "subgroup": "released", "cumulative_released": "released"}


def figure_role(figures: list[Classified], before: int) -> str | None:
    """The role of the last counted group stated before raw offset `before` (None when there is none)."""
    found = [c for c in figures if c.mention.num.end <= before and c.field in FIGURE_ROLES]
    return FIGURE_ROLES[found[-1].field] if found else None


def among_prisoners(L: Lexicon, before: str) -> bool:
    """Whether the clause before a name ends "among (the new) political prisoners —" (an age may follow: "52-year-old"),
    the prisoners maybe qualified before a dash or a colon ("Среди политзаключенных с тяжелыми диагнозами — X")."""
    among = L.derived("among_prisoners", lambda L: r"(?<!\w)(?:" + L.source("AMONG") + r")\s+(?:[^\W\d]+\s+){0,2}(?:"
                      + L.source("PRISONER_TITLE") + r")(?!\w)(?:(?:\s+[^\W\d]+){1,4}?\s*[\u2014\u2013:])?"
                      r"[\s\u2014\u2013:,-]*(?:(?:is|are|were|was|—)\s+)?"
                      r"(?:\d+[-\s]?[^\W\d]+(?:-[^\W\d]+)*\s+)?(?:[^\W\d]+\s+)?$")
    return bool(among.search(before))


def member_of_them(L: Lexicon, text: str, at: int) -> bool:
    """The predicate at `at` makes the subject one of the group told before ("were among them", "был в их числе")."""
    among_them = L.derived("among_them_after", lambda L: r"^\W*(?:[^\W\d]+\s+){0,2}?(?:(?:" + L.source("AMONG") + r")\s+(?:"
                           + L.source("THEM") + r")|" + L.source("IN_THEIR_NUMBER") + r")(?!\w)")
    return bool(among_them.match(text[at:]))


# "And" opening a line, before its name ("А ещё Татьяна Лисица, ...", "І Таццяна Ласіца, ...").
_AND_FIRST = re.compile(r"[\s•·*\u2013\u2014-]*(?:and|і|и|а|та|й)(?:\s+(?:ещё|еще|ще|яшчэ))?\s+", re.IGNORECASE)
_BULLET = " \t•·*-\u2013\u2014"


def heads_its_line(s: Sentence, span: NameSpan) -> bool:
    """A list line that opens with the only name in it ("• Halina Shved, 61, a retired teacher from Pinsk, ...", or after
    "and" as the next one told of: "And Tatsiana Lasitsa, a girl of 29 from Pinsk, who got six years")."""
    opening = s.text[:span.start]
    return ((not opening.strip(_BULLET) or _AND_FIRST.fullmatch(opening) is not None) and len(name_spans(s)) == 1
            and s.text[span.end:].startswith(","))

