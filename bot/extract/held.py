"""A count of people held: the standing count of political prisoners told by the count's own holding verb, the
list's size, a total raised by recognitions or a total standing for the prisoners told before it."""

import re

from bot.extract.lexicon import Lexicon
from bot.extract.mentions import Mention, dated_here, prisoners_follow
from bot.extract.sources import source_of
from bot.extract.verbs import TOTAL_RAISED_TO, clause_before, last_release, releases, total_reaches


def _held_before(L: Lexicon) -> re.Pattern:
    return L.derived("held_before", lambda L: r"(?:" + L.source("HELD_BEFORE") + r")\s+(?:[^\W\d]+\s+){0,2}$")


# "still" in each language, which keeps a count held rather than adding to it.
_STILL_ADVERB = r"still|по-прежнему|па-ранейшаму|досі|і далі|дагэтуль"


def in_country_before(L: Lexicon) -> re.Pattern:
    """"Пасля памілавання ў Беларусі 1 203 палітвязні": the country right before a prisoner count holds them."""
    # (A "now" word of the language may stand between: "у країні наразі 1 275 політичних в'язнів", and so may an aside
    # naming the source: "У краіне, паводле праваабаронцаў, каля 1 100 палітвязняў".)
    # A prison holds them as the country does: "в колониях по-прежнему более 1100 политзаключённых".
    return L.derived("in_country_before", lambda L: r"(?:" + L.source("IN_COUNTRY") + "|" + L.source("IN_PRISON")
                     + r")(?:\s*,\s*(?:" + L.source("SOURCE_ASIDE") + r")(?!\w)[^,\d]*,)?"
                     + r"(?:\s+(?:" + _STILL_ADVERB + "|" + L.source("NOW") + r"))?\s+$")


def without_source_aside(m: Mention) -> str:
    """The words after the count with an aside naming its source left out ("1100 человек, по данным «Вясны»,
    остаются" reads "1100 человек остаются")."""
    aside = m.lex.derived("source_aside", lambda L: r"^(\s*[^\W\d]+)\s*,\s*(?:" + L.source("SOURCE_ASIDE")
                          + r")(?!\w)[^,]*,")
    found = aside.match(m.rest)
    return found.group(1) + m.rest[found.end():] if found else m.after


def held_right_after(L: Lexicon) -> re.Pattern:
    """"Around 1,230 remain in prison": a holding verb right after the figure, or after its "still" ("около 1 150 по-прежнему
    остаются", "близько 1 150 досі лишаються")."""
    return L.derived("held_right_after", lambda L: r"^\s*(?:(?:" + _STILL_ADVERB + r")\s+)?(?:" + L.source("HELD_STRONG")
                     + ")")


# "усё яшчэ", "всё ещё", "все ще": "still", the word of "new" ("яшчэ", "ещё", "ще") read with the word before it.
STILL_WORDS = frozenset("усё ўсё все всё усе".split())


def told_as_new(m: Mention) -> bool:
    """"ещё 14 политзаключённых", "яшчэ больш за 250": the word right before the count adds new people; not "still"
    ("усё яшчэ больш за 1 100", "у турмах яшчэ", "застаюцца яшчэ"), which keeps those already held."""
    L = m.lex
    words = [w.strip(",.:;«»\"") for w in m.bare_before.split()]
    if not words or not L["NEW"].search(words[-1]):
        return False
    still = len(words) >= 2 and (words[-2] in STILL_WORDS or bool(L["PRISON_PLACE"].fullmatch(words[-2]))
                                 or bool(L["REMAIN"].fullmatch(words[-2])))
    return not still


def held_bare_count(m: Mention) -> bool:
    """"Но за решеткой по-прежнему остаются около 1 150.", "але за ґратами досі лишаються близько 1 150": a holding verb
    and a prison before a count that ends its clause with no noun, in a sentence, or after one, about political
    prisoners."""
    L = m.lex
    if m.after.strip(" .;!"):
        return False
    clause = clause_before(m.bare_before)
    prison = L.derived("prison_any", lambda L: r"(?:" + L.source("IN_PRISON") + "|" + L.source("PRISON_PLACE") + ")")
    # "Since July over 480 have walked free. About 1,150 are still in prison.": those still held, after the running
    # total of the freed ("Pardoned 18 on Thursday. Three remain in the colony." tells of that round's colony).
    return (bool(L["REMAIN"].search(clause)) and bool(prison.search(clause))
            and bool(L["POLITICAL"].search(m.prefix) or L["POLITICAL"].search(m.previous)
                     or (releases(L, m.previous) and L["CUMULATIVE"].search(m.previous))))


def held_predicate(L: Lexicon) -> re.Pattern:
    """A holding verb right after the count's noun ("1,200 political prisoners remained behind bars")."""
    # The noun may hold an apostrophe ("політв'язнів залишаються").
    return L.derived("held_predicate", lambda L: r"^\s*(?:[^\W\d][\w'’]*\s+){1,2}?(?:" + L.source("HELD_STRONG") + "|"
                     + L.source("REMAIN") + ")")


def held_framing(m: Mention) -> bool:
    """"the number of political prisoners stands at 1,190": the framing is nearer than any release word. An aside
    naming the source ("Общее число политзаключенных, по данным «Вясны», составляет") is no distance between them."""
    aside = m.lex.derived("source_aside_between", lambda L: r",\s*(?:" + L.source("SOURCE_ASIDE")
                          + r")(?!\w)[^,\d]*,")
    before = _without_release_times(m.lex, aside.sub("", m.before))
    tail = before[-80:]
    held = _held_before(m.lex).search(tail)
    if held is None or m.lex["RELEASE"].search(_without_release_times(m.lex, m.after)):
        return False
    return len(before) - len(tail) + held.start() > last_release(m.lex, before)


def _without_release_times(L: Lexicon, text: str) -> str:
    """`text` without the releases that only date something ("at 1,159 after Thursday's releases", "пасля
    вызвалення ў чацвер складае"): a release after "after" is a time, not what the count's clause tells."""
    timed = L.derived("release_time", lambda L: r"(?<!\w)(?:" + L.source("AFTER_EVENT") + r")\s+(?:[^\W\d][\w'’]*\s+){0,2}?(?:"
                      + L.source("RELEASE_NOUN") + r")(?!\w)")
    return timed.sub(" ", text)


def held_count_of_prisoners(m: Mention) -> bool:
    """A standing count told across clauses: a holding verb right before the bare figure in a sentence that names
    political prisoners, or political prisoners whose holding verb follows an aside before any release word."""
    L = m.lex
    noun = " ".join(m.after.split()[:3])
    if L["POLITICAL"].search(noun):
        rest = m.rest
        release = L["RELEASE"].search(rest)
        return bool(L["REMAIN"].search(rest[:release.start()] if release else rest)) and not L["NEW"].search(
            " ".join(m.bare_before.split()[-1:]))
    holder = L.derived("held_right_before", lambda L: r"(?:" + L.source("REMAIN") + r"|" + L.source("HELD_BEFORE")
                       + r")\s+(?:[^\W\d]+\s+)?$")
    # "Viasna counted 1,126 on Monday": a day after the count is no noun of its own.
    return ((not noun or prisoners_follow(m) or dated_here(m)) and bool(holder.search(m.bare_before))
            and bool(L["POLITICAL"].search(m.sentence.plain)))


def stands_for_prisoners_named_before(m: Mention) -> bool:
    """"колькасць палітвязняў амаль не змяншаецца (паводле «Вясны», на 2 ліпеня іх 1164)": a bare figure stands
    for the political prisoners named before it when no release, arrest or "new" is told between or after it."""
    L = m.lex
    named = list(L["POLITICAL"].finditer(m.before))
    if m.after.strip() or not named:
        return False
    between = m.before[named[-1].end():]
    return (not releases(L, between) and not releases(L, m.after) and not L["ARREST"].search(between + " " + m.after)
            and not told_as_new(m))


_LIST_TO = re.compile(r"(?:list|список|спіс\w*)\W+(?:[^\W\d]+\W+){0,3}?(?:to|at|до|да)\s*$", re.IGNORECASE)


def size_of_the_list(m: Mention) -> bool:
    """The size of the list of political prisoners: "агулам у спісе палітвязняў 1 110 імёнаў", "Viasna's list of
    political prisoners still includes 1,126 names", "Список политзаключенных ... достиг 1 126". The list's entries are
    the count's head noun, or the count ends a clause whose verb raises the list to it; "ещё на 14 имён" is the
    list's growth, not its size."""
    L = m.lex
    plain = m.sentence.plain
    if not L["LIST_NOUN"].search(plain) or L["ARREST"].search(m.after):
        return False
    # Whose list: one of political prisoners named in the sentence or the one before, or a rights group's ("The 14
    # new names take Viasna's list to 1,126").
    if not (L["POLITICAL"].search(plain) or L["POLITICAL"].search(m.previous) or source_of(m.sentence.text) == "Viasna"):
        return False
    if releases(L, clause_before(m.before) + " " + m.after):
        # "В списке помилованных 25 человек, в том числе 3 политзаключенных": the list of the pardoned.
        return False
    if any(L["NEW"].fullmatch(w.strip(",.:;«»\"")) for w in m.bare_before.split()[-2:] + m.after.split()[:1]):
        return False
    if not L["LIST_NOUN"].search(m.prefix or m.before):
        # "adds 11 names to the list": the names join the list, they are not its size.
        return False
    head = m.after.split()[:1]
    entries = bool(head) and bool(L["LIST_ENTRIES"].fullmatch(head[0].strip(",.:;«»\"")))
    # "take Viasna's list to 1,126", "довели список до 1 126".
    raised = not m.after.strip() and bool(total_reaches(m.lex, m.before[-60:]) or _LIST_TO.search(m.before[-60:]))
    return entries or raised


def total_raised_by_recognition(m: Mention) -> bool:
    """"«Вясна» признала политзаключенными еще 66 человек, доведя их общее число до 1 134": the recognitions raise the
    standing count to the figure."""
    L = m.lex
    raised = TOTAL_RAISED_TO.search((m.prefix or m.before)[-90:]) or total_reaches(m.lex, m.before[-60:])
    return (bool(raised) and not m.after.strip(" .") and bool(L["RECOGNISED"].search(m.prefix or m.before))
            and not releases(L, m.prefix or m.before))


def total_of_prisoners_told_before(m: Mention) -> bool:
    """"14 more political prisoners were recognised on Tuesday. The total now stands at 1,126.": a bare figure whose
    subject is a total stands for the political prisoners the sentence before counted, when neither tells a release."""
    L = m.lex
    if (m.after.strip() and not prisoners_follow(m)) or not m.previous or not L["POLITICAL"].search(m.previous):
        return False
    clause = clause_before(m.before)
    subject = L["TOTAL_NOUN"].search(clause) or L["TOTAL_WEAK"].search(clause)
    return (bool(subject) and not releases(L, m.previous) and not releases(L, m.sentence.plain)
            and not L["ARREST"].search(clause) and not told_as_new(m))


def arrest_after_holding(L: Lexicon, after: str, held_end: int) -> bool:
    """Whether the clause tells an arrest after the holding verb; the word right after it is the state the verb holds
    them in ("more than 1,100 people remained jailed on political grounds"), not an arrest."""
    arrest = L["ARREST"].search(after, held_end)
    return arrest is not None and bool(after[held_end:arrest.start()].strip())


def jailed_on_political_grounds(L: Lexicon, after: str) -> bool:
    """"1,150 people jailed for political reasons": the arrest word right after the count's noun describes whom the
    count holds, it tells no arrest."""
    arrest = L["ARREST"].search(after)
    return (arrest is not None and len(after[:arrest.start()].split()) <= 1
            and bool(L["POLITICAL"].match(after[arrest.end():].lstrip())))
