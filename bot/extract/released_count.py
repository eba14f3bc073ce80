"""Decide whether a release governs a count: the people it counts were freed, not arrested, held or recognised.

A figure near a release word is a round or a total of releases only if that word is the count's own verb (the
nearest one, not a conceded or wished release, nor another clause's); `fields` reads every release field through
this, and `running_totals` shares its clause boundary.
"""

import re

from bot.extract.lexicon import Lexicon
from bot.extract.mentions import Mention, people_follow
from bot.extract.verbs import clause_before, is_wish, last_release, releases

# "45 were freed after their terms, and 31 were recognised": a new clause with its own subject and verb; so is a
# concession ("430 were freed, though about 1,110 remain", "вызвалены 300, хаця каля 1 100 застаюцца").
CONTRAST = re.compile(r"[;]|,\s*(?:and|but|while|whereas|though|although|yet|а|но|и|але|і|ды|та|проте|хотя|хоть"
                      r"|хаця|хоць|хоча|хоч)\s", re.IGNORECASE)


def release_right_after(L: Lexicon) -> re.Pattern:
    """"29 were pardoned", "200 have been freed": the verb right after the number says what it counts."""
    return L.derived("release_right_after", lambda L: r"^\s*(?:[^\W\d]+\s+){0,2}?(" + L.source("RELEASE") + ")")


def people_after_the_noun(L: Lexicon, rest: str) -> bool:
    """"300 releases of political prisoners", "300 освобождений политзаключенных": a release noun right after the
    figure counts people when they are named right after it (not "14 releases" alone, nor "the release of 14")."""
    # Up to two words ("of the") may stand between the noun and its people.
    people = L.derived("people_after_release_noun", lambda L: r"^\s*(?:[^\W\d]+\s+){0,2}?(?:" + L.source("PEOPLE")
                       + "|" + L.source("POLITICAL") + r")(?!\w)")
    return bool(people.match(rest))


def _last_release_before(m: Mention) -> int:
    """Where the last release word before the count ends, or -1; a word that is one only by what follows it is read
    with the count ("Беларусь покинули 123 заключённых": prisoners who left the country were let go)."""
    text = m.before + str(m.value) + m.after
    found = [r for r in releases(m.lex, text) if r.end() <= len(m.before)]
    return found[-1].end() if found else -1


def verb_right_before(L: Lexicon) -> re.Pattern:
    """A release verb right before the count, across "another", "more", "еще"."""
    return L.derived("verb_right_before", lambda L: r"(?:" + L.source("RELEASE")
                     + r")\s+(?:another|more|a further|еще|яшчэ|ще)?\s*$")


def verb_right_before_total(L: Lexicon) -> re.Pattern:
    """"на волю выйшлі больш за 270", "освобождены уже более 300": the release verb of a figure with no noun after it,
    across its hedge (the caller reads `bare_before`) and an "already"."""
    return L.derived("verb_right_before_total", lambda L: r"(?:" + L.source("RELEASE") + r")\s+(?:(?:"
                     + L.source("ALREADY") + r")\s+)?$")


def released_right_after_verb(m: Mention) -> bool:
    """Whether a release verb governs the figure right before it ("памілаваў 20 жанчын", "pardoned 20 women")."""
    return bool(verb_right_before(m.lex).search(m.before)) and not is_wish(m.lex, m.before, len(m.before) - 1)


def last_end(pattern: re.Pattern, text: str) -> int:
    """Where the last match of `pattern` in `text` ends, or -1."""
    pos = -1
    for m in pattern.finditer(text):
        pos = m.end()
    return pos


def released_here(m: Mention) -> bool:
    """A release verb governs the number: nearer than any arrest or holding verb before it, or the first verb after it."""
    L = m.lex
    last = _last_release_before(m)
    # "..., параллельно задерживают новых: в январе политзаключенными признали еще 64": recognised, not freed.
    if (last > last_end(L["ARREST"], m.before) and last > last_end(L["REMAIN"], m.before)
            and last > last_end(L["RECOGNISED"], m.before) and not CONTRAST.search(m.before[last:])):
        return True
    own = clause_before(m.before)
    if last_end(L["RECOGNISED"], own) > last_release(L, own):
        # "правозащитники признали политзаключенными 66 человек, уже вышедших на свободу и снова задержанных": the
        # count's own verb recognises them; a release told after it describes them.
        return False
    right_after = release_right_after(L).match(m.after)
    if right_after and not L["RELEASE_NOUN"].fullmatch(right_after.group(1)):
        # "rights groups counted 250 people freed in 2024": the participle of the count's own noun frees them, whatever
        # verb counts them.
        return True
    if L["REMAIN"].search(clause_before(m.before)):
        # "counts about 1,150 political prisoners, the same as when the releases began": held, not freed.
        return False
    rel, arr = L["RELEASE"].search(m.rest), L["ARREST"].search(m.rest)
    if arr and people_follow(m) and len(m.rest[:arr.start()].split()) <= 2:
        # "more than 250 people jailed on political charges have been released": the arrest describes them.
        arr = L["ARREST"].search(m.rest, arr.end())
    between = m.rest[:rel.start()] if rel else ""
    if L["WHEN"].search(between) or CONTRAST.search(between) or L["DESPITE"].search(between):
        # "1,127 people are held, even after several rounds of releases": a conceded release is not the count's.
        return False
    if L["REMAIN"].search(between):
        # "около 1100 человек ... остаются за решеткой, потому что на место освобожденных ...": the count's own verb
        # holds them; the release belongs to a later clause.
        return False
    aside = L.derived("including_any", lambda L: r"(?:^|\W)(?:" + L.source("INCLUDING") + r")\W").search(between)
    if aside and "," not in between[aside.end():]:
        # "against 19 people living abroad, including ... prisoners released earlier": the release is the part's
        # (an aside closed by a comma, "37 people, including 12 women, were pardoned", is not).
        return False
    return bool(rel) and not (arr and arr.start() < rel.start()) and not is_wish(L, m.rest, rel.start())
