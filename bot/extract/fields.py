"""Decide which field each counted number states (a round, a running total, the prisoners held, the dead), or none.

It leans on three readings kept beside it: `released_count` (does a release govern the count), `running_totals` (is a
release count a sum over rounds) and `part_counts` (is it a part of a group, or the others beside one person);
`figures` then picks the article's figure for each field.
"""

import re
from dataclasses import dataclass, replace

from bot.extract.held import (
    STILL_WORDS,
    arrest_after_holding,
    held_bare_count,
    held_count_of_prisoners,
    held_framing,
    held_predicate,
    held_right_after,
    in_country_before,
    jailed_on_political_grounds,
    size_of_the_list,
    stands_for_prisoners_named_before,
    total_of_prisoners_told_before,
    total_raised_by_recognition,
    without_source_aside,
)
from bot.extract.lexicon import Lexicon
from bot.extract.makeup import makeup_field, table_label
from bot.extract.mentions import Mention, dated_here, people_follow, prisoners_follow
from bot.extract.part_counts import (
    PART_OF,
    PART_WINDOW,
    including,
    one_person_and,
    partial_before,
    told_as_part,
    with_one,
)
from bot.extract.released_count import (
    last_end,
    people_after_the_noun,
    release_right_after,
    released_here,
    verb_right_before,
    verb_right_before_total,
)
from bot.extract.running_totals import in_the_first_year, period_end, total_kind
from bot.extract.sources import source_of
from bot.extract.verbs import TOTAL_RAISED_TO, clause_before, is_wish, last_release, releases, total_reaches

# "групи по 30–37 осіб", "groups of 30 to 37 people": the upper end of a range sizes something, it counts no one (a
# spaced dash is a chronology's "2025 — 52", and "from 1,100 to 1,150" is a change: neither is a range here).
_RANGE_END = re.compile(r"(?<![\d.,])\d+[\u2013-]$|(?:^|\W)(?:(?:of|по|па)\s+\d+\s+(?:to|до|да)"
                        r"|(?:between|между|паміж|між)\s+\d+\s+(?:and|и|і|та))\s+$", re.IGNORECASE)

# A negation right before a modal verb: "не можем", "не можам", "не можемо".
_NEGATION_BEFORE = re.compile(r"(?:^|\W)(?:не|not|never)\s+$", re.IGNORECASE)

_TIME_UNIT = re.compile(
    r"^\W*(?:%|years?|months?|weeks?|days?|hours?|decades?|лет|год\w*|месяц\w*|недел\w*|дн\w*|день|час\w*"
    r"|гад\w*|тыдн\w*|тыдзень|дзён|сутак|сутки|суток|рік|рок\w*|місяць|тиждень|годин\w*|доба"
    # "около десяти утра", "at 10 a.m.": a time of day.
    r"|утра|утро|вечера|вечер|ночи|ночь|раніцы|вечара|ночы|ранок|ранку|a\.m\.|p\.m\.|am|pm|o['’]clock)(?!\w)",
    re.IGNORECASE)


def _who_remain(L: Lexicon) -> re.Pattern:
    """The count's noun (a word or two), a comma and a relative clause that holds them."""
    return L.derived("who_remain", lambda L: r"^\s*[^\W\d]+(?:\s+[^\W\d]+)?\s*,\s*(?:" + L.source("WHO_REMAIN") + r")(?!\w)")


def _who_died(L: Lexicon) -> re.Pattern:
    """The count's noun (a word or two), a relative pronoun and a death verb within two words."""
    return L.derived("who_died", lambda L: r"^\s*[^\W\d][\w'’]*(?:\s+[^\W\d][\w'’]*)?\s*,?\s*(?:" + L.source("RELATIVE")
                     + r")\s+(?:[^\W\d]+\s+){0,2}?(?:" + L.source("DEATH") + r")(?!\w)")


def freeing_all_demanded(m: Mention) -> bool:
    """"закликала звільнити всіх 1 164 політв'язнів", "called for the release of all 1,150 political prisoners": a
    demand to free every prisoner counts those still held."""
    L = m.lex
    words = m.bare_before.split()
    if not words or not L["ALL_OF"].fullmatch(words[-1]) or not prisoners_follow(m):
        return False
    told = list(L["RELEASE"].finditer(m.bare_before))
    return bool(told) and is_wish(L, m.bare_before, told[-1].start())


def _arrest_after_its_noun(m: Mention) -> bool:
    """An arrest word after the count that is not the count's own noun ("покинули 123 заключённых": the lemma of the
    prisoners is "заключить", yet they are freed)."""
    L = m.lex
    found = L["ARREST"].search(m.after)
    if found and people_follow(m) and not m.after[:found.start()].strip():
        found = L["ARREST"].search(m.after, found.end())
    return found is not None


@dataclass(frozen=True)
class Classified:
    """A mention with the field it was read as."""

    field: str
    mention: Mention

    @property
    def source(self) -> str | None:
        s = self.mention.sentence
        return source_of(s.text)


def _label_field(m: Mention, label: str) -> str | None:
    """A table row "Палітвязняў у Беларусі: 1 230" or "Вызвалена з ліпеня: 196": the label says what is counted."""
    L = m.lex
    as_text = replace(m, before="", after=label, after_long=label, rest=label)
    released = bool(releases(L, label))
    if released and L["CUMULATIVE"].search(label) and not L["SERVED"].search(label):
        return "cumulative_released"
    if not released and prisoners_follow(as_text) and (L["HELD"].search(label) or L["IN_COUNTRY"].search(label)):
        return "political_prisoners"
    if not released and L["DEATH"].search(label):
        # "Памерлі ў зняволенні з 2020 года: 8", "Died in custody since 2020: 8": the row counts the dead.
        return "died_in_custody"
    return None


# "групи по 30–37 осіб", "groups of 30 to 37": a range that sizes the groups, counting no one.
_GROUPS_OF = re.compile(r"(?:^|\W)(?:of|по|па)\s*$", re.IGNORECASE)


def classify(m: Mention) -> str | None:
    """The contract field this mention states, or None for background numbers."""
    field = _classify(m)
    if m.num.is_range:
        # "на свободу вышли от 20 до 25 политзаключенных": the round is told, and no other field is stated by a range.
        return "pardoned" if field == "pardoned" and not _GROUPS_OF.search(m.bare_before) else None
    clause = clause_before(m.before)
    modal = m.lex["MODAL"].search(clause) if field == "political_prisoners" else None
    if modal and not (_NEGATION_BEFORE.search(clause[:modal.start()]) and _who_remain(m.lex).match(m.rest)):
        # "The next list may include 50 political prisoners", "Минск может предложить лишь 50 политзаключенных": a
        # forecast or an offer, not the standing count ("мы не можем забывать о 1100 людях, которые остаются за
        # решеткой" is one: a negated modal, and the relative clause holds them).
        return None
    return field


def _in_time_after_own_release(m: Mention) -> bool:
    """"A year after he was freed in the group of 14 ...", "Через год после того, как его освободили в группе из 14",
    "Через год после освобождения в составе группы из 52": the count is inside a clause that opens the sentence with
    the time since a release (a person's own, or the release right after "after"), so the group is the background of
    a later story, not a round."""
    L = m.lex
    opening = L.derived("time_after_own_release", lambda L: r"^\W*(?:[^\W\d]+\s+){0,2}?(?:" + L.source("TIME_AFTER")
                        + r")\W+(?:(?:[^\W\d]+\W+){0,3}?(?:" + L.source("OWN_PRONOUN")
                        + r")\s+(?:[^\W\d]+\s+){0,2}?|(?:being|his|her|their)\s+)?(?:" + L.source("RELEASE") + r")")
    found = opening.match(m.prefix)
    # The count stays in that clause: no comma or dash closes it before the number.
    return bool(found) and not re.search(r"[,;:\u2014\u2013]", m.prefix[found.end():])


# A conjunction that opens a clause of its own after another's verb ("new arrests go on and ...", "аресты не
# прекращаются, а ...").
_AND = re.compile(r"(?<!\w)(?:and|but|while|и|а|но|і|ды|але|та|й)\s", re.IGNORECASE)


def _held_after_arrests_told(m: Mention, clause: str) -> bool:
    """"Arrests go on and about 1,150 political prisoners remain behind bars", "аресты продолжаются, и около 1150
    политзаключённых остаются за решёткой": the arrests are the clause before the conjunction; the count has a holding
    verb of its own, so it is the standing count, not the people arrested."""
    L = m.lex
    arrest = last_end(L["ARREST"], clause)
    if arrest < 0 or not prisoners_follow(m):
        return False
    held = held_predicate(L).match(without_source_aside(m))
    return (held is not None and not arrest_after_holding(L, without_source_aside(m), held.end())
            and bool(_AND.search(clause[arrest:])))


def _convicted_here(m: Mention, clause: str) -> bool:
    """"Despite the pardons, at least 80 people have been convicted this year", "с начала года осуждены не менее 80
    человек": the count's own verb sentences them, before it or after it; a release told in another clause is the
    background (and "из осужденных 300 вышли на свободу" releases them)."""
    L = m.lex
    if releases(L, m.after):
        return False
    released_before = last_release(L, clause)
    if last_end(L["SENTENCED"], clause) > released_before:
        return True
    # After the count, the verb is a sentence only where nothing holds them ("1,400 people remain jailed", "Viasna
    # counts 1,400 people jailed" are the standing count).
    after = L["SENTENCED"].search(m.after)
    return (released_before < 0 and after is not None and people_follow(m) and not L["HELD"].search(clause)
            and not L["HELD"].search(m.after[:after.start()]))


def _classify(m: Mention) -> str | None:
    L = m.lex
    if _TIME_UNIT.match(m.after) or _RANGE_END.search(m.sentence.text[max(0, m.num.start - 16):m.num.start]):
        return None
    if _in_time_after_own_release(m):
        return None
    if L["WAR_CAPTIVITY"].match(" ".join(m.after.split()[1:4])) or L["WAR_CAPTIVITY"].match(m.after.lstrip()):
        # "60 prisoners of war", "60 военнопленных": captives of a war, no political prisoners and no round.
        return None
    context = m.before + " " + m.after
    if L["DEATH"].search(m.after) and (people_follow(m) or L["DEATH"].search(m.after.split(" ", 3)[-1])):
        return "died_in_custody"
    if people_follow(m) and _who_died(L).match(m.rest):
        # "шэсць палітвязняў, якія памерлі ў месцах зняволення", "six political prisoners who died in custody".
        return "died_in_custody"
    label = table_label(m)
    if label and not releases(L, label) and any(L["NEW"].fullmatch(w.strip(",.:;«»\"")) for w in label.split()):
        # "Новыя палітвязні: 45", "New political prisoners: 45": the month's recognitions, not the standing count.
        return None
    makeup = makeup_field(m)
    row = _label_field(m, label) if label and not makeup else None
    if row:
        return row
    if makeup:
        return makeup
    if L["SUBCOUNT"].match(m.after.lstrip()) or PART_OF.search(m.bare_before[-PART_WINDOW:]) or told_as_part(m):
        return None
    if freeing_all_demanded(m):
        return "political_prisoners"
    if L["FOREIGN"].match(m.after.lstrip()) or L["FOREIGN"].match(" ".join(m.after.split()[1:2])):
        # "46 foreign nationals were freed" may be the whole round; "including 14 foreign nationals" is a part.
        if including(L).search(m.bare_before) or not released_here(m):
            return None
        return "subgroup"
    clause = clause_before(m.before)
    if (L["THIS_TIME"].search(" ".join(m.bare_before.split()[-3:])) and people_follow(m) and releases(L, m.prefix)
            and m.value > 1):
        # "помилував політв'язнів — цього разу 16 осіб": the round the sentence tells, whatever noun came before.
        return "pardoned"
    if L["DEATH"].search(clause[-40:]) and people_follow(m):
        return "died_in_custody"
    if held_framing(m) and L["ARREST"].search(clause):
        # "new arrests have kept the number of political prisoners at nearly 1,250"
        return "political_prisoners"
    if _held_after_arrests_told(m, clause):
        return "political_prisoners"
    if last_end(L["ARREST"], clause) > last_release(L, clause):
        return None
    if _convicted_here(m, clause):
        return None
    if L["RECOGNISED"].search(m.after) and not releases(L, m.after) and releases(L, m.before):
        # "19 were released and 23 more were recognised as political prisoners": the count's own verb recognises.
        return None
    if (people_follow(m) and not releases(L, m.before) and not L["SENTENCED"].search(clause_before(m.before))
            and _who_remain(L).match(m.rest)):
        # "не можем забывать о более чем 1100 людях, которые остаются за решеткой": the people the count names are
        # held, told by the relative clause after them (not people a court has just sent there).
        return "political_prisoners"
    if (partial_before(L).search(m.before[-50:]) or with_one(m) or one_person_and(m)) and not L["CUMULATIVE"].search(m.before):
        # "Вместе с ним освобождены ещё 13", "X along with 13 others", "гражданка США и двое": one more person.
        return "partial_one" if (with_one(m) or one_person_and(m)) and released_here(m) else None
    served_later = L["SERVED"].search(m.rest)
    if (L["SERVED"].search(m.after_long) or L["SERVED"].search(clause)
            or (served_later and not re.search(r"\d", m.rest[:served_later.start()]))):
        # "вийшли 37 політв'язнів – усі після повного відбуття терміну": a term served, told later in the sentence
        # with no other figure between.
        return None
    if including(L).search(m.bare_before):
        # "в том числе 15 политзаключенных", "Иностранцев среди освобожденных 14": a part of a figure told before.
        return None
    people = (people_follow(m) or bool(re.search(r"(?:^|\W)(?:another|more|еще|яшчэ|ще)\s*$", m.before))
              or bool((after := release_right_after(L).match(m.after))
                      and (not L["RELEASE_NOUN"].fullmatch(after.group(1))
                           or people_after_the_noun(L, m.after[after.end():]))))
    # "freed 20 ..., bringing the number of people released in the past 15 months to over 430": the release told
    # before the running total raised to the figure is the total's, across the figures between.
    released = released_here(m) or bool(TOTAL_RAISED_TO.search((m.prefix or m.before)[-90:])
                                         and releases(L, m.prefix))
    # A quoted figure reads its quote's words («С учетом этого указа ... вышли 569»), an unquoted one the text around it.
    view = m.sentence.view if m.quoted else m.sentence.plain_view
    opening = view.span(0, m.num.start)
    year_span = L["YEAR_SPAN"].search(opening)
    # "Вдев'яте за рік: Лукашенко помилував 16 осіб": a colon or dash parts the span (the ordinal's) from the figure.
    if year_span and re.search(r"[:\u2014\u2013]", opening[year_span.end():]):
        year_span = None
    if released and (year_span or L["YEAR_SPAN"].search(m.after) or in_the_first_year(m)):
        # "адзначыў, што за апошні год памілавана амаль 300": a year's releases are a running total, not a round; so
        # are the releases of 2024, the year the series began ("In 2024, 250 ... were released under pardons").
        return "cumulative_released" if m.value > 1 else None
    period = period_end(L, opening)
    if released and period >= 0:
        # "За месяц на свободу вышли 48": a statistic over a period, not a round or a total since July; the same
        # figure told elsewhere is that statistic too, unless a colon or dash parts the period from the figure
        # ("Восьмае памілаванне за паўгода: на волю выйшлі яшчэ 20").
        return None if re.search(r"[:\u2014\u2013]", opening[period:]) else "period_release"
    # "123 зняволеных — гэта самая вялікая група з пачатку": what follows a dash compares, it spans nothing.
    dash = re.search(r"[\u2014\u2013]", m.sentence.text[m.num.end:])
    after = view.span(m.num.end, m.num.end + dash.start()) if dash else m.after
    wide = opening[-200:] + " " + after[:len(m.after)]
    # "now stands at more than 340": a hedge may sit between the verb of reaching and the figure ("passed 300" is a
    # verb that hedges by itself, so the words with the hedge are read too); "the number of political prisoners, which
    # stands at around 1,190" is the count held.
    raised = (total_reaches(L, m.before[-60:]) or (total_reaches(L, m.bare_before[-60:]) and not held_framing(m))
              or TOTAL_RAISED_TO.search((m.prefix or m.before)[-90:]))
    total = (total_kind(m, wide, len(opening[-200:]))
             if released and (people or raised or verb_right_before(L).search(m.before)
                              or verb_right_before_total(L).search(m.bare_before))
             else None)
    if released and m.qualifier != "exact" and _BY_THE_SPEAKER.search(m.bare_before) and not dated_here(m):
        # "Lukashenko said he had pardoned nearly 300", "заявил, что помиловал почти 300", "We have released almost
        # 300": a hedged figure of the pardoner's own is his running total, not a round.
        return "cumulative_released"
    if total and m.value > 1:
        # "самое большое число помилованных одним указом": one is a decree, not a running total.
        return "cumulative_released" if total == "cumulative" else "bare_total"
    if not released and (size_of_the_list(m) or total_raised_by_recognition(m)):
        return "political_prisoners"
    if stands_for_prisoners_named_before(m) or total_of_prisoners_told_before(m):
        return "political_prisoners"
    if (held_right_after(L).match(m.after) or held_bare_count(m)) and not released:
        return "political_prisoners"
    unsourced = without_source_aside(m)
    held = held_predicate(L).match(unsourced)
    if prisoners_follow(m) and held and not arrest_after_holding(L, unsourced, held.end()):
        # "said more than 1,200 political prisoners remained behind bars": the count's own verb holds them.
        return "political_prisoners"
    if held_framing(m) or (in_country_before(L).search(m.bare_before) and prisoners_follow(m)
                            and not L["RELEASE"].search(m.after) and not L["ARREST"].search(m.after)):
        return "political_prisoners"
    arrest_after = (L["ARREST"].search(m.after) and not L["HELD_STRONG"].search(m.after)
                    and not jailed_on_political_grounds(L, m.after))
    if L["RECOGNISED"].search(clause) and (m.is_old or L["PERIOD"].search(opening)):
        # "Только в ноябре «Весна» признала политзаключенными 73 человека": a month's flow, not the standing count.
        return None
    if not released and not arrest_after and held_count_of_prisoners(m):
        # "still holds over 1,400, according to Viasna, which counts political prisoners", "at least 12 political
        # prisoners, including ..., remain in jail": the holding verb or the prisoners are in another clause.
        return "political_prisoners"
    # The holding word is the count's own, unless the count is of political prisoners ("Сейчас в Беларуси, по данным
    # «Весны», более 1 100 политзаключенных"): "граждан, находящихся за рубежом, к которой обратились более 1 900
    # человек" holds no one.
    own_noun = L["POLITICAL"].search(" ".join(m.after.split()[:3]))
    if (prisoners_follow(m) and not released and L["HELD"].search(context if own_noun else clause + " " + m.after)
            and not arrest_after and not L["MOVED"].search(clause + " " + m.after)):
        # (Not "40 политзаключенных перевели в тюрьму": the prison is where they were moved to.)
        # "1,200 new political prisoners", "прызнаныя яшчэ больш за 250": newly recognised, not the total.
        words = m.bare_before.split()
        near = words[-1:] + m.after.split()[:1]
        # "усё яшчэ застаюцца", "у турмах яшчэ больш за тысячу", "лишаються ще понад тисяча": "still", not "new".
        still = len(words) >= 2 and (words[-2].strip(",.") in STILL_WORDS or bool(L["PRISON_PLACE"].fullmatch(words[-2]))
                                     or bool(L["REMAIN"].fullmatch(words[-2].strip(",."))))
        if still or not any(L["NEW"].fullmatch(w.strip(",.:;«»\"")) for w in near):
            return "political_prisoners"
    if released and (people or verb_right_before(L).search(m.before)) and not _arrest_after_its_noun(m):
        # "Ще одного звільненого, громадянина Японії": one person is a person, not a round.
        return "pardoned" if m.value > 1 else None
    return None


# The pardoner speaking of his own releases: a first-person subject, or a release verb right after "said that"
# with no other subject ("заявил, что помиловал", "said he had pardoned").
_BY_THE_SPEAKER = re.compile(r"(?:(?:^|[^\w'])(?:i|we|я|мы|ми)|(?:that|что|што|що|said|says)(?:\s+(?:he|они|ён|він))?)"
                             r"\W*(?:\s+(?:have|has|had|already|уже|ужо|вже))*\s+[^\W\d]+\s+$", re.IGNORECASE)
