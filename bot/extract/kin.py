"""Who a name stands beside: a relative in apposition ("Sannikov's wife", "жонка палітвязня X"), or a possessor whose
name stands for someone else ("Tsikhanouski's allies"). `roles.read_roles` gives relatives no role of their own
unless their own clause tells one.
"""

import re

from bot.extract.cues import derived_field as _derived
from bot.extract.lexicon import Lexicon
from bot.extract.names import NameSpan

_POSSESSOR = re.compile(r"[^\W\d_]+['’]s\s*$")
_POSSESSIVE = re.compile(r"^['’]s\s+((?:[^\W\d]+\W+){0,2})")


def possessor(L: Lexicon, after: str) -> bool:
    """A name in the possessive before anything but its own release ("Tsikhanouski's allies", "Sannikov's wife")."""
    found = _POSSESSIVE.match(after)
    return bool(found) and not L["RELEASE_NOUN"].search(found.group(1))


def kin_after(L: Lexicon, after: str) -> bool:
    """A family word in apposition right after the name, said of another person ("Iryna Khalip, Sannikov's wife,
    said", "Марына, жонка Сяргея Кавалёва,", "Ірина, його дружина,"): a relative of the prisoner, not "маці траіх
    дзяцей" (a mother of three)."""
    whose = r"(?:his|her|their|[^\W\d]+['’]s|его|ее|её|их|яго|яе|іх|ягоная|ейная|його|її|їх)"
    kin = _derived(L, "kin_after", "KIN_BEFORE",
                   r"^\s*,\s*(?:" + whose + r"\s+(?:FIELD)|(?:FIELD)\s+(?:of\s+)?(?:[^\W\d]+\s+)?(?P<name>\w))[^,;:.]{0,40}(?:,|$)")
    found = kin.match(after)
    return bool(found) and (found.group("name") is None or found.group("name").isupper())


def kin_before(L: Lexicon, text: str, a: int, span: NameSpan) -> bool:
    """A family word right before the name, in apposition ("his wife Maryna Adamovich", "жонка палітыка Марына
    Адамовіч"); not "the sister of Maria", "сястра Марыі Калесьнікавай" (a declined name is the prisoner)."""
    # (An occupation may stand between them: "his wife, the journalist Iryna Khalip", "его жена, журналистка Ирина Халип".)
    kin = _derived(L, "kin_before", "KIN_BEFORE",
                   r"(?<!\w)(?:FIELD)(?!\w)(?:\s+(?!of\b)[^\W\d]+)?(?:\s*,\s*(?:[^\W\d]+\s+){1,2}|\s*,?\s*)$")
    found = kin.search(text[max(0, a - 40):a])
    including = L.derived("including_kin", lambda L: r"(?:^|\W)(?:" + L.source("INCLUDING") + "|" + L.source("LIST_INTRO")
                          + r")\W+(?:[^\W\d]+\W+)?$")
    if found and including.search(text[max(0, a - 40):max(0, a - 40) + found.start()]):
        # "політв'язнів, серед яких її чоловік Сергій Тихановський": a relative listed with the prisoners is one.
        return False
    mine = _derived(L, "first_person_before", "FIRST_PERSON_POSSESSIVE", r"(?<!\w)(?:FIELD)\s+$")
    if found and mine.search(text[max(0, a - 40):max(0, a - 40) + found.start()]):
        # "I spoke about my husband, Siarhei Tsikhanouski": in a relative's own words he is the subject of the story.
        return False
    if found and _POSSESSOR.search(text[max(0, a - 40):max(0, a - 40) + found.start()]):
        # "Tsikhanouskaya's husband, Siarhei Tsikhanouski": named by whose husband he is, the person is the subject.
        return False
    return bool(found) and span.text == span.nominative


def kin_of_the_name_before(L: Lexicon, before: str) -> bool:
    """A family word joined by "and" to the name right before it ("журналистка Екатерина Андреева (Бахвалова) и ее муж
    Игорь Ильяш", "A and her husband B"): the two are listed together, the relative is one of the list, not someone who
    speaks of a prisoner. `before` is the sentence's text up to the name."""
    joined = _derived(L, "kin_of_the_name_before", "KIN_BEFORE",
                      r"(?:[A-ZА-ЯЁІЎЄЇҐ][^\W\d]+|\))\s+(?:and|и|і|та|й)\s+(?:[^\W\d]+\s+)?(?:FIELD)\s+$")
    # (The pattern ignores case, so the name before is checked as written: a capital.)
    found = joined.search(before[-80:])
    return bool(found) and (found.group()[0].isupper() or found.group()[0] == ")")
