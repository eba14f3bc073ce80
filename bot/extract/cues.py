"""The words of a sentence that tell a person's state: released, still held, arrested once, wished free, dead.

`cues` reads a sentence's lemma text (see morph.py) with the patterns of its languages and returns each word that
says something of the people near it, negations read as holding ("не освободили", "not been released") and a
release wished for as none ("Калесьнікаву трэба вызваліць"). Which person a cue speaks of is decided in `roles`.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.extract.lexicon import Lexicon
from bot.extract.verbs import is_wish, releases, was_due

# How strongly a role speaks of the person's state: one who died in custody is neither freed nor held; one who
# is said to be held now or freed says more than one "sentenced in 2021".
PRIORITY = {"other": 0, "mentioned": 0, "relative": 0, "abroad": 0, "sentenced": 1, "held_weak": 1, "wished": 1, "restricted": 2, "released": 3, "still_held": 4, "died": 5}
# Roles that tell the person's state, as opposed to a past arrest or sentence.
STRONG = ("released", "still_held", "died", "restricted")
# Roles of a past arrest or sentence.
WEAK = ("sentenced", "held_weak")
# "не освободили", "not been released": a negation right before the release word.
_NEGATED_RIGHT_BEFORE = re.compile(r"(?:^|\W)(?:not|n't|не|ня|ні)\s+(?:(?:been|быть|былі|бути|були|yet|ещё|еще)\s+)?$",
                                   re.IGNORECASE)
_NAME_WITHHELD = re.compile(r"(?:^|\W)(?:name|names|identity|identities)\s+(?:\w+\s+){0,2}(?:not|n't)\s+"
                            r"(?:(?:been|yet)\s+)?$", re.IGNORECASE)
# "освобождены не все", "у спісы памілаваных не трапляюць": a negation right after it. (A negation after "but" denies
# something else than the release: "вийшла на волю, але не додому", "walked free, but not home".)
_NEGATION_AFTER = re.compile(r"^\W*(?:(?!(?:but|але|но|ale|а|a)\W)[^\W\d]+\W+)?(?:не|not|ня|ні)\s", re.IGNORECASE)
# The names of the freed, before a release word ("Імёны вызваленых", "имя освобождённый", "names of those freed").
_NAMES_BEFORE = re.compile(r"(?:^|\W)(?:names?(?: of(?: those| the)?)?|identit(?:y|ies) of|имя|імя|імены|ім'я|імена)\s+$",
                           re.IGNORECASE)
# How far after a release still to come its term's end may stand ("should walk free in 2027, at the end of her term").
WISHED_TERM_REACH = 60
# How far before a release the words that make it a group of the freed ("for former", "у большинство") may stand.
FREED_GROUP_REACH = 30
# How far before a release an inverted negation ("Nor was X", "Neither were X and Y") may stand.
INVERTED_REACH = 80
# How far before a release a report's correction ("mistakenly reported that X had been pardoned") may stand.
WRONGLY_TOLD_REACH = 90
# How far from an arrest "again" may stand ("снова оказался за решеткой", "was detained again").
AGAIN_REACH = 12
# How many sentences' cues are kept (a long page has a few thousand sentences; each cue list is small).
CUES_CACHED = 8192
# A negation a few words before a word ("не спадзяваліся ўбачыць на волі").
_NEGATION = re.compile(r"(?:^|\W)(?:no|not|never|n't|none|нет|не|ни|ні|няма|немає)\W+(?:\w+\W+){0,3}$", re.IGNORECASE)


# A death that is a sentence or a penalty (the lemma view: "приговорить к смерть", "пакаранне смерцю").
_DEATH_SENTENCE_BEFORE = re.compile(r"(?:sentenced|condemned|sentence[sd]?|приговорить|приговоренный|осудить|засудити|засуджений"
                                    r"|засудзіц\w*|асудзіц\w*|асуджан\w*|прысудзіц\w*)\s+(?:to|к|до|да)\s+$"
                                    r"|(?:пакаранн\w*|кар\w*|penalty of)\s+$", re.IGNORECASE)
_DEATH_SENTENCE_AFTER = re.compile(r"^\s*(?:penalty|sentence|row)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    """A word of the sentence's lemma text that says something about the people near it."""

    start: int
    end: int
    role: str


def derived_field(L: Lexicon, key: str, field: str, template: str) -> re.Pattern:
    """A pattern built once per language set from `template`, "FIELD" standing for the field's alternation."""
    return L.derived(key, lambda L: template.replace("FIELD", L.source(field)))


def _withheld(text: str, start: int) -> bool:
    """"The American, whose name was not released": a name withheld says nothing of anyone's freedom."""
    before = text[max(0, start - 40):start]
    if text.startswith("not ", start):
        # The negated release itself ("not released") starts at the negation.
        before += "not "
    return bool(_NAME_WITHHELD.search(before))


def cues(L: Lexicon, text: str) -> list[Cue]:
    """Release, holding and arrest words of a lemma text, negated releases read as holding."""
    return list(_cues(L, text))


# The people rules ask for the cues of one sentence many times (its own, as the one before, the one after): they are
# read once per lexicon and text.
@lru_cache(maxsize=CUES_CACHED)
def _cues(L: Lexicon, text: str) -> tuple[Cue, ...]:
    found: list[Cue] = []
    formerly = derived_field(L, "formerly_before", "FORMERLY", r"(?:^|\W)(?:FIELD)\s+$")
    # "Nor was X released": the negation before the subject, the release after it.
    inverted_negation = derived_field(L, "inverted_negation_before", "INVERTED_NEGATION",
                                      r"(?:^|\W)(?:FIELD)\s+(?:been\s+)?(?:[^\W\d]+,?\s+){1,6}$")
    # "помилково йшлося про те, що X помилували": the release a corrected report told did not happen.
    wrongly_told = derived_field(L, "wrongly_told_before", "WRONGLY_TOLD", r"(?:^|\W)(?:FIELD)\W+(?:[^\W\d]+\W+){0,10}$")
    for m in L["NEGATED_RELEASE"].finditer(text):
        if not _withheld(text, m.start()):
            found.append(Cue(m.start(), m.end(), "still_held"))
    # "was held incommunicado for long periods": a stay told as a closed span of the past is history, not the state now.
    past_spans = [(m.start(), m.end()) for m in L.derived("past_span", lambda L: r"(?<!\w)(?:" + L.source("PAST_SPAN")
                                                              + r")(?!\w)").finditer(text)]
    # "In a letter from the colony, X wrote": one who writes from prison is held.
    for m in [*L["HELD_STRONG"].finditer(text), *L["FROM_PRISON"].finditer(text)]:
        if was_due(L, text, m.start()):
            # "которого, хотя он должен был сидеть еще семь лет, вывезли в Литву": a term that was due says nothing of
            # where the person is now.
            continue
        if not formerly.search(text[:m.start()]) and not _withheld(text, m.start()):
            past = any(a <= m.start() < b for a, b in past_spans)
            found.append(Cue(m.start(), m.end(), "held_weak" if past else "still_held"))
    for m in L["RESTRICTED"].finditer(text):
        # "асуджаны да абмежавання волі («хатняя хімія»)": sentenced, but not imprisoned.
        found.append(Cue(m.start(), m.end(), "restricted"))
    taken = [(c.start, c.end) for c in found]
    # "Калесьнікаву і Бабарыку трэба вызваліць": a release inside a wish has not happened.
    wishes = [(m.start(), m.end()) for m in L["FREE_WISH"].finditer(text)]
    # "павінна выйсці на волю ў 2027 годзе, па заканчэнні тэрміну", "is due to walk free at the end of her term": the end
    # of a term told after a release still to come is when that release will be, not one that happened.
    wished_releases = [m for m in L["RELEASE"].finditer(text) if is_wish(L, text, m.start())]
    # ("может выйти на свободу": "на свободу" inside a release wished for is no freedom now either.)
    wishes += [(m.start(), m.end()) for m in wished_releases]
    served = [m for m in L["SERVED_RELEASE"].finditer(text)
              if not any(w.end() <= m.start() <= w.end() + WISHED_TERM_REACH and "." not in text[w.end():m.start()]
                         for w in wished_releases)]
    freed_group = derived_field(L, "freed_group_before", "FREED_GROUP_BEFORE", r"(?:^|\W)(?:FIELD)\s+$")
    # "встречала освобождённого мужа Сергея": the release word before a kin word is that relative's, no group's.
    kin_after = derived_field(L, "kin_after_release", "KIN_BEFORE", r"\s+(?:FIELD)(?!\w)")
    for m in [*releases(L, text), *L["FREE_NOW"].finditer(text), *served, *L["ARRIVED"].finditer(text)]:
        if any(a <= m.start() < b for a, b in taken + wishes) or _withheld(text, m.start()):
            continue
        if (freed_group.search(text, max(0, m.start() - FREED_GROUP_REACH), m.start())
                and not kin_after.match(text, m.end())):
            # "говорит психолог X, которая ведёт группу для освобождённых": the freed are whom the sentence speaks of,
            # no one's release is told (and "у вызваленых няма пашпартоў" negates the passports, not a release).
            continue
        if _NEGATION_AFTER.match(text[m.end():]) and _NAMES_BEFORE.search(text[max(0, m.start() - 15):m.start()]):
            # "Імёны вызваленых улады не называюць": the names are withheld, not the release: the group is the freed.
            found.append(Cue(m.start(), m.end(), "released"))
        elif (_NEGATED_RIGHT_BEFORE.search(text[max(0, m.start() - 30):m.start()]) or _NEGATION_AFTER.match(text[m.end():])
              or inverted_negation.search(text, max(0, m.start() - INVERTED_REACH), m.start())
              or wrongly_told.search(text, max(0, m.start() - WRONGLY_TOLD_REACH), m.start())):
            # "не освободили", "у спісы памілаваных не трапляюць": not freed, so still held.
            found.append(Cue(m.start(), m.end(), "still_held"))
        elif not _NEGATION.search(text[max(0, m.start() - 40):m.start()]):
            # "не спадзяваліся ўбачыць на волі" negates the hope, not the release: no cue either way.
            found.append(Cue(m.start(), m.end(), "released"))
    for m in [*(m for m in L["RELEASE"].finditer(text) if is_wish(L, text, m.start())), *L["FREE_WISH"].finditer(text)]:
        # "Among those who could be freed are ...", "We need all of them free — X, Y": a release wished for is
        # one that has not happened: the people are held.
        if not any(a <= m.start() < b for a, b in taken) and not _NEGATION.search(text[max(0, m.start() - 40):m.start()]):
            # The wish is its first word: "awaits Andrzej Poczobut's release" wishes it for the name inside.
            found.append(Cue(m.start(), m.start() + len(m.group().split()[0]), "wished"))
    for m in L["DEATH"].finditer(text):
        if _DEATH_SENTENCE_BEFORE.search(text[max(0, m.start() - 30):m.start()]) or _DEATH_SENTENCE_AFTER.match(text[m.end():]):
            # "who had been sentenced to death", "death penalty", "пакаранне смерцю": a sentence, not a death.
            continue
        found.append(Cue(m.start(), m.end(), "died"))
    for m in L["RECOGNISED"].finditer(text):
        # "прызнаныя палітвязнямі", "recognised as political prisoners": newly recognised are held (not "the names matched
        # people it had recognised as political prisoners", what they were before the news).
        if not formerly.search(text[:m.start()]):
            found.append(Cue(m.start(), m.end(), "held_weak"))
    for m in L["HELD_WEAK"].finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            # "was sentenced", "арестовали" speak of the name beside them; "остаются", "counts" of a whole list.
            if L["AGAIN"].search(text, max(0, m.start() - AGAIN_REACH), m.end() + AGAIN_REACH):
                # "снова оказался за решеткой", "was detained again": held again, after any release before.
                found.append(Cue(m.start(), m.end(), "still_held"))
            else:
                found.append(Cue(m.start(), m.end(), "sentenced" if L["SENTENCED"].search(m.group()) else "held_weak"))
    return tuple(sorted(found, key=lambda c: c.start))


def list_role(L: Lexicon, intro: str) -> str:
    """The role a list's lead-in line ("Імёны вызваленых:", "Still behind bars:") gives its items."""
    roles = [c.role for c in cues(L, intro)]
    for role in ("still_held", "released", "held_weak", "wished", "sentenced"):
        if role in roles:
            return "still_held" if role in ("held_weak", "wished", "sentenced") else role
    return "other"
