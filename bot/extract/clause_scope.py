"""The clause a name's role is read in: from the contrast before the name to the contrast after it.

A semicolon, "but", ", а", "тогда как" or a dash before a clause with a subject pronoun of its own ends a clause;
what follows "but" with no subject of its own ("was put on the bus but refused to cross"), or ", а" correcting a
negation ("не в составе группы, а по отдельности"), goes on with the same one.
"""

import re

# A clause ends here for a name's role: a semicolon or a contrast ("X was freed, but Y remains").
# ("while serving a term", "while in custody": a time inside the clause, not a contrast.)
BOUNDARY = re.compile(r";|\s(?:but|while(?!\s+(?:[^\W\d]+ing|in|on|under|at|behind)\s)|whereas|но|але|проте|однак|однако)(?=[\s,])"
                      r"|,\s+(?:а(?! также| таксама| також| тако)|тогда как|тоді як|тады як)\s"
                      # A fronted "when" clause ends at its comma ("When the names from Saturday's release appeared, X read them"),
                      # unless the rest is one of the group it counts ("When Belarus freed 52, X was among them") or the clause
                      # speaks of the person ahead by a pronoun ("When he was freed, X weighed 50 kilos"). (The Ukrainian lemma
                      # view reads "серед них" as "серед вони".)
                      r"|^\W*(?:when|калі|когда|коли)\s(?![^,;]*(?<!\w)(?:he|she|his|her|him|он|она|его|ее|её|ему|ей|ён|яна|яго|яе|яму|ёй"
                      r"|він|вона|його|її|йому|їй)(?!\w))[^,;]{1,120},(?![^.;]*(?:among them|among those|среди них|сярод іх|серед (?:них|вони)))"
                      # ", пока за решеткой остаются коллеги" ("while" with a subject of its own, as English "while" above), not
                      # "until" (", пока его не освободили", the name's own release). (The Ukrainian lemma view reads "доки" as "док".)
                      r"|,\s+(?:пока|покуда|пакуль|покуль|поки|доки|док|допоки)\s(?!(?:[^\W\d]+\s+){0,2}(?:не|ня)\s)"
                      # "вернулся в колонию — на свободу он вышел только в феврале": a dash before a clause with a subject
                      # pronoun of its own.
                      r"|\s[—–]\s(?=(?:[^\W\d]+\s+){0,3}(?:он|она|они|ён|ен|яна|яны|він|вона|вони|he|she|they)\s)",
                      re.IGNORECASE)
# After "but", a verb with no subject of its own goes on about the same person ("was put on the bus but refused
# to cross"): English finite verbs, Slavic infinitive lemmas, Belarusian past forms (folded).
_VERB_NEXT = re.compile(r"^\W*(?:(?:also|then|later|again|потом|затем|потым|пасля|потім|снова|вновь|опять|зноў|зноу|знову)\W+)?(?:was|were|is|are|has|had|\w+ed"
                        r"|[^\W\d]+(?:ть|ться|ти|тися)(?:_fut|_past)?|[^\W\d]+(?:ул|іл|ыл|ел|ал)(?:ся|а|ася|і|іся)?"
                        # Belarusian masculine past, folded or not ("адмовіўся", "адмовіуся").
                        r"|[^\W\d]+(?:[іыаяе][уў]ся|[іы][уў]))(?!\w)",
                        re.IGNORECASE)
_BUT = re.compile(r"(?:\s|,)(?:but|но|але|а)$", re.IGNORECASE)
# An aside between commas opening what follows a time ("..., after doctors found a tumour, ...").
_ASIDE_FIRST = re.compile(r"^\s*,[^,;:.!?]{1,80},\s*")
# A time opening a clause ("в май 2020 год", "in May 2020", "ў кастрычніку 2025"): a month or a word, then a year.
_TIME_FIRST = re.compile(r"^\W*(?:(?:в|у|ў|in|on|since)\s+)?(?:[^\W\d]+\s+){0,2}\d{4}(?:-\w+)?(?:\s+|(?=,))(?:(?:год|года|гадоў|году|року|рік)\s+)?"
                         # "але ў студзені гэтага года трапіў у спіс памілаваных", "but in January this year": a month of this
                         # or last year, the year not written.
                         r"|^\W*(?:в|у|ў|in)\s+[^\W\d]+\s+(?:гэтага|мінулага|этот|это|прошлый|цей|це|цього|минулий|минулого|this|last)"
                         r"\s+(?:год|года|рік|року|year)\s+"
                         # "але ў траўні зноў затрымалі": a month or a word of time alone.
                         r"|^\W*(?:в|у|ў|in|on|at)\s+[^\W\d]+\s+(?=(?:again|снова|вновь|опять|зноў|зноу|знову)\s)",
                         re.IGNORECASE)
# The rest of an aside a dash opened, closed by a second dash with words after it (no sentence's end between).
_DASH_ASIDE_CLOSED = re.compile(r"[^—–.;!?]{1,80}\s[—–]\s+[^\W\d]")
# "помиловал еще двух, но не в составе группы": "but not" qualifies the clause before, it opens no new one.
_NOT_NEXT = re.compile(r"^\W*(?:not|не|ня|ні)\s", re.IGNORECASE)


def clause_scope(text: str, a: int, b: int) -> tuple[int, int]:
    """The name's clause: from the contrast before it to the contrast after it, unless what follows the contrast
    has no subject of its own ("X was put on the bus but refused to cross") or corrects a negation ("не в составе
    группы, а по отдельности")."""
    start = 0
    # (Read past `a`: a boundary's lookahead may need the name itself, "— на свободу он вышел".)
    for m in (m for m in BOUNDARY.finditer(text) if m.end() <= a):
        if not _corrects_negation(text, m, start) and not (_BUT.search(m.group()) and _NOT_NEXT.match(text[m.end():])):
            start = m.end()
    end = len(text)
    for m in BOUNDARY.finditer(text, b):
        rest = text[m.end():]
        # "вернулся в политику, а в мае 2020 года был задержан снова": a time may come before the verb.
        time_first = _TIME_FIRST.match(rest)
        after_time = rest[time_first.end() if time_first else 0:]
        if time_first:
            # "а в 2022-м, после того как у нее нашли опухоль, помиловали": an aside between the time and the verb.
            aside = _ASIDE_FIRST.match(after_time)
            after_time = after_time[aside.end():] if aside else after_time
        goes_on = _BUT.search(m.group().rstrip()) and (_VERB_NEXT.match(after_time) or _NOT_NEXT.match(rest))
        # "Кирилл Мельник — они по одному делу проходили — вышел по помилованию": a dash right after the name that a
        # second dash closes sets off an aside; the name's own predicate comes after it.
        aside = m.group().strip() in "—–" and not text[b:m.start()].strip(" ,") and _DASH_ASIDE_CLOSED.match(rest)
        if not goes_on and not aside and not _corrects_negation(text, m, b):
            end = m.start()
            break
    return start, end


def _corrects_negation(text: str, boundary: re.Match, since: int) -> bool:
    """"не в составе группы, а по отдельности": ", а" after a negation corrects it, it opens no new subject."""
    return boundary.group().lstrip(", ").startswith("а") and bool(re.search(r"(?:^|\s)(?:не|ня|ні)\s", text[since:boundary.start()]))
