"""The release events an article tells, and the main one: the round the article reports.

Each figure read as people released is an event, with what marks it as news or not: told as background
("Ранее", "In June", "Нагадаємо"), quoted, hedged, dated in its own sentence, stated in the headline or
lead. The main event is the current one the headline and lead agree on (repetition and an exact figure
help); the others are background and lend it nothing. The round's day, make-up and ordinal are read only
from the main event's own sentences and their paragraph.
"""

import datetime as dt
import re
from dataclasses import dataclass, replace

from bot.extract.dates import find_dates, months_told, time_markers, timeline_entries
from bot.extract.day_clauses import (
    ACT,
    ANNOUNCE,
    DATE_DATELINE,
    DATELINE,
    DATELINE_DAY,
    report_day,
    stamped_late,
    that_day,
    told_as_past,
    told_by_rights_group,
)
from bot.extract.fields import Classified
from bot.extract.figures import ROUND_FIELDS, joined_count
from bot.extract.mentions import Mention
from bot.extract.numbers import find_numbers
from bot.extract.part_counts import named_before
from bot.extract.released_count import released_right_after_verb
from bot.extract.text import Sentence
from bot.extract.verbs import releases

# The headline and the first sentences of the story: where a report states its news.
LEAD_SENTENCES = 4
# Where a page's headline can stand, after its masthead and navigation.
HEADLINE_SENTENCES = 5
# The story's first paragraphs: a figure told there once and with no day may still be the round.
EARLY_SENTENCES = 12
# The sentences right after the round's own that may still tell its day ("Об этом сегодня сообщил ...").
FOLLOWING_SENTENCES = 2
# The headline and the sentences after it that may tell the round's day ("The pardon announced on Wednesday").
DATING_SENTENCES = 8
# A round dated more than three days before publication is not the article's news: reports of a round come
# out the same day or the next, later pieces (explainers, op-eds, forecasts, interviews) tell it as background.
STALE_DAYS = 3
# A day named later in the article dates the round only when it falls in the week before publication.
RECENT_DAYS = 7
# A headline has four words or more; masthead and navigation lines ("Belarus", "2 min read") are shorter.
HEADLINE_WORDS = 4
_WORDS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Event:
    """A release of people told by one figure of the article."""

    value: int
    figure: Classified
    background: bool
    quoted: bool
    exact: bool
    day: dt.date | None
    lead: bool
    # Told in the story's first paragraphs (within EARLY_SENTENCES of the headline).
    early: bool = False

    @property
    def sentence(self) -> Sentence:
        return self.figure.mention.sentence


def _own_day(s: Sentence, published: dt.date | None) -> dt.date | None:
    for _, day in find_dates(s.unquoted, published):
        if day is not None and (published is None or day <= published + dt.timedelta(days=1)):
            return day
    return None


def _day_told_before(s: Sentence, sentences: list[Sentence], published: dt.date | None) -> dt.date | None:
    """A recent day the sentence right before in the paragraph sets for this one, when that sentence tells no figure
    ("The latest list came on Thursday, February 12. The press service said 27 people had been pardoned"): a feature
    tells its round late, the day first. An older day is left out: it is a life story's ("arrested in March 2021")."""
    if published is None or s.index == 0:
        return None
    before = sentences[s.index - 1]
    if before.para != s.para or any(n.kind == "count" for n in find_numbers(before.text)):
        return None
    return next((day for _, day in find_dates(before.unquoted, published)
                 if day is not None and not is_stale(day, published) and day <= published), None)


def is_stale(day: dt.date | None, published: dt.date | None) -> bool:
    """Whether `day` lies more than STALE_DAYS before publication: a round that is no longer the news."""
    return day is not None and published is not None and (published - day).days > STALE_DAYS


def headline_index(sentences: list[Sentence]) -> int:
    """Where the story starts: its first line of HEADLINE_WORDS words or more, after masthead and navigation."""
    return next((s.index for s in sentences[:HEADLINE_SENTENCES * 3] if len(_WORDS.findall(s.text)) >= HEADLINE_WORDS), 0)


def events_of(cands: list[Classified], ms: list[Mention], sentences: list[Sentence],
              published: dt.date | None) -> list[Event]:
    """Every release figure of the article as an event ("X and 13 others" counts 14), parts folded into
    their group and figures of the running total left out."""
    found = []
    added = _added_counts(cands, ms)
    lead_end = headline_index(sentences) + LEAD_SENTENCES
    # A background round ("Нагадаємо, у вересні ... 52") leaves a nationality's group the headline tells the round.
    group_in_lead = any(c.field == "subgroup" and c.mention.sentence.index < lead_end for c in cands)
    rounds = [c for c in cands if c.field in ("pardoned", "partial_one") and id(c) not in added
              and not (group_in_lead and c.mention.is_old)]
    if not rounds:
        # "Лукашэнка памілаваў 20 жанчын да 8 Сакавіка": a round of women or men only is told by its make-up figure.
        cands = [replace(c, field="pardoned") if c.field in ("women", "men") and released_right_after_verb(c.mention)
                 else c for c in cands]
    totals = {c.mention.value for c in cands if c.field == "cumulative_released"}
    # "За месяц освободили 19" in the body makes the headline's "освободили 19" the month's statistic too.
    periods = {c.mention.value for c in cands if c.field == "period_release"}
    for c in cands:
        if c.field == "subgroup" and rounds and not joined_count(c.mention, ms):
            # "including 14 foreign nationals" beside a round is a part of it; alone, "46 foreigners" is the round, and
            # so is a group told in parts ("31 громадянина України та двох священників" is 33).
            continue
        if c.field not in ("pardoned", "partial_one", "subgroup"):
            continue
        m = c.mention
        value = m.value + named_before(m) if c.field == "partial_one" else m.value
        day = _own_day(m.sentence, published) or _day_told_before(m.sentence, sentences, published)
        lead = m.sentence.index < max(lead_end, LEAD_SENTENCES)
        if value in totals and not lead and day is None:
            # "наколькі маглі б падказаць 569 вызваленых": the running total again, not a round.
            continue
        background = (m.is_old or is_stale(day, published) or _told_in_the_past(m.sentence, sentences, day)
                      or value in periods or (day is None and _released_in_a_month(m.sentence)))
        early = m.sentence.index < lead_end - LEAD_SENTENCES + EARLY_SENTENCES
        found.append(Event(value, c, background, m.quoted, m.qualifier == "exact", day, lead, early))
    return _without_parts_of_totals(_with_parts_summed(_sequels(_with_additions(found, added)), ms))


def _added_counts(cands: list[Classified], ms: list[Mention]) -> set[int]:
    """The ids of the release counts a sentence adds to a round told in an earlier sentence as a nationality's group
    ("Крім того, Україні передали двох священників" after "помилував 31 громадянина України"). Not a count told
    before ("31 Ukrainians and two priests ... In addition, the two priests ..."), nor one added to "18 people": that
    goes on about the round's own people ("Кроме того, на свободу вышли две супружеские пары")."""
    added: set[int] = set()
    for c in cands:
        m = c.mention
        if c.field not in ("pardoned", "subgroup") or m.is_old:
            continue
        opens = m.lex.derived("opens_addition", lambda L: r"^\W*(?:" + L.source("ADDITION") + r")(?!\w)")
        earlier = [x for x in cands if x.field in ROUND_FIELDS and not x.mention.is_old
                   and x.mention.sentence.index < m.sentence.index]
        told_before = any(n.value == m.value and n.sentence.index < m.sentence.index for n in ms)
        if opens.search(m.sentence.plain) and earlier and earlier[-1].field == "subgroup" and not told_before:
            added.add(id(c))
    return added


def _with_additions(events: list[Event], added: set[int]) -> list[Event]:
    """The round told before an added count, grown by it (31 and "in addition, two priests" are 33): a sum read
    from two sentences, so not an exact statement of the round."""
    out: list[Event] = []
    for e in events:
        if id(e.figure) not in added or e.background:
            out.append(e)
            continue
        earlier = [x for x in out if not x.background and x.sentence.index < e.sentence.index]
        if not earlier or (e.day is not None and e.day != earlier[-1].day):
            out.append(e)
            continue
        round_value = earlier[-1].value
        out = [replace(x, value=x.value + e.value, exact=False) if not x.background and x.value == round_value
               else x for x in out]
    return out


def _told_just_before(x: Event, e: Event) -> bool:
    """Whether `x` is told before `e` in its sentence or in the sentence before it, in the same paragraph."""
    if x.sentence is e.sentence:
        return x.figure.mention.num.start < e.figure.mention.num.start
    return x.sentence.para == e.sentence.para and x.sentence.index == e.sentence.index - 1


def _without_parts_of_totals(events: list[Event]) -> list[Event]:
    """Drop the groups a total sums up right after them ("114 handed over to Ukraine, and nine others ... In total, 123
    were freed", "31 гражданина Украины ... двух священников. Всего освобождены 33"): the total is the round."""
    parts: set[int] = set()
    for e in events:
        if e.background or not e.sentence.lex["TOTAL_WEAK"].search(e.figure.mention.bare_before):
            continue
        before = [x for x in events if not x.background and x.value < e.value and _told_just_before(x, e)]
        if len(before) >= 2:
            parts |= {id(x) for x in before}
    return [e for e in events if id(e) not in parts]


def _released_in_a_month(s: Sentence) -> bool:
    """Whether the sentence's one release verb is told with a month and no day after it ("Лукашенко звільнив на
    початку грудня", "was freed in early December"): a round of that month, told as background."""
    plain = s.plain
    if len(releases(s.lex, plain)) != 1:
        return False
    month = s.lex.derived("release_in_month", lambda L: r"(?:" + L.source("RELEASE") + r")\s+(?:[^\W\d]+\s+){0,3}?(?:"
                          + L.source("MONTH_ONLY") + r")(?!\w)")
    return bool(month.search(plain))


def _told_in_the_past(s: Sentence, sentences: list[Sentence], day: dt.date | None) -> bool:
    """A sentence with no day of its own in a paragraph that opened in the past ("Ten years ago today, ...")."""
    if day is not None:
        return False
    earlier = [x for x in sentences[:s.index] if x.para == s.para]
    return bool(earlier) and bool(earlier[0].lex["PAST"].search(earlier[0].plain[:60]))


def _sequels(events: list[Event]) -> list[Event]:
    """"Days later, Lukashenko pardoned another 25": told after a background round, it is background too."""
    out: list[Event] = []
    for e in events:
        sequel = e.sentence.lex.derived("opens_sequel", lambda L: r"^\W*(?:\w+\W+){0,1}?(?:" + L.source("SEQUEL") + r")\W")
        if out and out[-1].background and e.day is None and sequel.search(e.sentence.plain):
            e = replace(e, background=True)
        out.append(e)
    return out


def _part_sum(e: Event, ms: list[Mention]) -> int | None:
    """The group this figure makes with the count joined to it ("five Belarusians and nine foreign citizens" is 14)."""
    joined = joined_count(e.figure.mention, ms)
    return e.value + joined.value if joined else None


def _with_parts_summed(events: list[Event], ms: list[Mention]) -> list[Event]:
    """Fold the parts of a group into it: parts whose sum another figure states are dropped ("114 to Ukraine,
    9 to Lithuania" beside "123"); a group told only in parts in the lead is their sum ("31 Ukrainians and two
    Catholic priests" is 33, a sum read from two figures), and the parts told alone elsewhere go."""
    parts: set[int] = set()
    out: list[Event] = []
    for e in events:
        total = _part_sum(e, ms) if not e.background else None
        if total is None:
            out.append(e)
            continue
        stated = any(x.value == total and x.sentence is not e.sentence for x in events)
        parts |= {e.value, total - e.value}
        if stated:
            # "31 громадянина та двох священників" over a quote's "Загалом на свободі 33": the parts tell the stated
            # group too, outside the quote.
            out.append(replace(e, value=total, exact=False))
            continue
        if e.lead and all(x.value <= total for x in events if not x.background):
            out.append(replace(e, value=total))
        else:
            parts -= {e.value, total - e.value}
            out.append(e)
    return [e for e in out if e.value not in parts]


def main_event(events: list[Event], published: dt.date | None = None) -> Event | None:
    """The round the article reports: a current figure, exact and unquoted first, told in the headline and lead,
    repeated, and of the latest day up to publication (a figure told with no day is the day's news)."""
    current = [e for e in events if not e.background]
    groups: dict[int, list[Event]] = {}
    for e in current:
        groups.setdefault(e.value, []).append(e)
    # A figure told once, late and with no day ("than 10 freed in Vilnius") is an aside, not the news; one first told
    # as the past ("у серпні звільнили 29") and then again with no day of its own ("на волю вийшли 29") is still it.
    first_past: dict[int, int] = {}
    for e in events:
        if e.background:
            first_past.setdefault(e.value, e.sentence.index)

    def retold(group: list[Event]) -> bool:
        past = first_past.get(group[0].value)
        return past is not None and past < group[0].sentence.index and not any(e.day for e in group)

    candidates = [g for g in groups.values() if (len(g) > 1 or any(e.lead or e.day or e.early for e in g))
                  and not retold(g)]
    if not candidates:
        return None
    today = published or dt.date.max

    def strength(group: list[Event]) -> tuple:
        latest = max(e.day or (today if e.lead else dt.date.min) for e in group)
        return (any(not e.quoted for e in group), any(e.exact for e in group), any(e.lead for e in group),
                len(group), latest, -min(e.sentence.index for e in group))

    best = max(candidates, key=strength)
    return min(best, key=lambda e: (e.quoted, not e.exact, e.sentence.index))


# An article that tells this many other rounds besides one it does not lead with is a list of the series.
LISTED_ROUNDS = 3


def one_of_a_list(main: Event, events: list[Event]) -> bool:
    """Whether the round is the last entry of a list of the series ("3 июля 2024 ... 18. 16 сентября ... 37. ...
    13 декабря 2025 ... 123"): an explainer that does not lead with it reports nothing new."""
    others = {e.value for e in events if e.value != main.value}
    if len(others) >= LISTED_ROUNDS and not any(e.lead for e in events if e.value == main.value):
        return True
    # "3 июля 2024 года на свободу вышли 18 человек. 16 сентября 2024 года ..." told one round a sentence, each with
    # its own day: a chronology of the series, even when it opens with the latest round.
    dated = {e.sentence.index: e.value for e in events if e.value != main.value and e.day is not None}
    return len(set(dated.values())) >= LISTED_ROUNDS


def spread_over_months(main: Event, events: list[Event], sentences: list[Sentence], published: dt.date | None) -> bool:
    """Whether the page tells releases in LISTED_ROUNDS or more different months and does not lead with the round
    ("Летом вышли 18 ... Осенью помиловал ещё несколько групп ... Зимой освободили ..."): an explainer of the series,
    not a report of its latest round."""
    if any(e.lead for e in events if e.value == main.value):
        return False
    months = set().union(*(months_told(s.unquoted, published) for s in sentences if releases(s.lex, s.plain)))
    return len(months) >= LISTED_ROUNDS


def only_in_a_speech(main: Event, events: list[Event], published: dt.date | None) -> bool:
    """Whether the round is told only inside quotations that give it no day ("«Вось нядаўна я памілаваў 16
    чалавек», — сказаў кіраўнік дзяржавы"): a speaker looking back, not a report of a release."""
    told = [e for e in events if e.value == main.value and not e.background]
    return all(e.quoted for e in told) and not any(
        day is not None and not is_stale(day, published) for e in told for _, day in find_dates(e.sentence.text, published))


def after_the_lead_news(main: Event, events: list[Event], sentences: list[Sentence], published: dt.date | None) -> bool:
    """Whether the round, told only after the lead and dated, is older than the day of a statement the lead reports
    ("Про це він сказав у неділю, 26 січня" over "Напередодні виборів, 24 січня, Лукашенко помилував ще 15"): the
    story is the later speech and the round its background. A briefing's "what you need to know today" is no
    statement."""
    told = [e for e in events if e.value == main.value and not e.background]
    days = [e.day for e in told if e.day is not None]
    if not days or any(e.lead for e in told):
        return False
    start = headline_index(sentences)
    said = [s for s in sentences[start:start + LEAD_SENTENCES] if s.lex["SPEAKER_VERBS"].search(s.plain)]
    return any(day > max(days) for s in said for _, day in time_markers(s.unquoted, published) if day is not None)


def statements(main: Event, events: list[Event]) -> list[Sentence]:
    """The sentences that state the main event's figure, in reading order."""
    return sorted({e.sentence.index: e.sentence for e in events if e.value == main.value and not e.background}
                  .values(), key=lambda s: s.index)


def event_day(main: Event, events: list[Event], sentences: list[Sentence], published: dt.date | None
              ) -> tuple[dt.date | None, Sentence | None]:
    """The round's day and the sentence that fixes it, read only where the article tells the main event."""
    own = statements(main, events)
    # "Нагадаємо, у суботу Білорусь звільнила 123": a reminder of the same round may tell its day (a recent one:
    # two rounds can have the same size).
    reminders = sorted({e.sentence.index: e.sentence for e in events if e.value == main.value and e.background}
                       .values(), key=lambda s: s.index)
    foreign = {e.sentence.index for e in events if e.value != main.value}
    opening = sentences[:headline_index(sentences) + DATING_SENTENCES]
    # The sentences after the round's own and after the opening's release lines ("Белорусские власти освободили
    # ... Об этом в субботу сообщила его жена").
    told = [*own, *(s for s in opening if releases(s.lex, s.plain))]
    following = [sentences[k] for s in told for k in range(s.index + 1, s.index + 1 + FOLLOWING_SENTENCES)
                 if k < len(sentences) and sentences[k].para == s.para]
    timeline = timeline_entries([s.unquoted for s in sentences])
    lead = [s for s in dict.fromkeys([*opening, *following]) if s.index not in foreign
            and (releases(s.lex, s.plain) or ANNOUNCE.search(s.unquoted) or ACT.search(s.unquoted))
            and s.index not in timeline]
    # «Сегодня вышли 33 человека», — написал Лубинец: the opening's quote that gives the round's figure, with a
    # verb the release words do not list, tells its day as the round's own sentences do.
    figure = re.compile(rf"(?<![\d.,]){main.value}(?![\d]|[.,]\d)")
    same = [s for s in opening if s.index not in foreign and figure.search(s.text) and s not in own]
    fallback: tuple[dt.date, Sentence] | None = None
    anchor = _dateline_anchor(opening, published)
    settled = False
    for s in dict.fromkeys([*own, *same, *lead, *reminders]):
        if settled and not ACT.search(s.unquoted):
            # Once the announcement's day is known, only the pardon's own act told after it ("Their decree was signed
            # on Friday", "They crossed the border on Saturday evening") dates the round otherwise.
            continue
        # «Сегодня на свободу вышли 33 человека», — написал посол: the quote that states the round dates it.
        text = s.text if s in own or s in same else s.unquoted
        # The dateline's day is "today" in its paragraph ("Мінск, 5 сакавіка (БЕЛТА) – ... сёння").
        today = anchor[1] if anchor and anchor[0] == s.para else published
        if s in reminders or not (s in own or s in same):
            # A reminder, or a lead sentence that does not state the round ("Як повідомляв Укрінформ, 11 вересня
            # Білорусь звільнила 52"), dates it only with a recent day: an older one is another round's.
            found = [(pos, day) for pos, day in find_dates(text, today)
                     if not is_stale(day, published) and (s in reminders or not told_as_past(s, pos))]
        else:
            found = [(pos, day) for pos, day in find_dates(text, today) if not told_as_past(s, pos)]
        found = found or that_day(s, sentences, published)
        told_before = _day_told_before(s, sentences, published) if s in own and not found else None
        if told_before is not None:
            return told_before, sentences[s.index - 1]
        dateline = DATELINE.match(s.unquoted) or DATE_DATELINE.match(s.unquoted)
        if dateline and any(pos >= dateline.end() for pos, _ in found):
            found = [(pos, day) for pos, day in found if pos >= dateline.end()]
        # "Viasna confirmed on 4 July that X, freed yesterday, 3 July, ...": the release's own day beats the day
        # it was confirmed or reported; that day dates the round only when nothing else does. So does a dateline's
        # day ("VILNIUS, Lithuania, Sept. 12 (AP) — ... The prisoners crossed into Lithuania late Thursday"): the day
        # the story was filed.
        reported = [(pos, day) for pos, day in found if report_day(s, pos) or (dateline and pos < dateline.end())]
        for _, day in [x for x in found if x not in reported]:
            if day is not None and (published is None or day <= published):
                return stamped_late(day, own + same, published), s
        if fallback is None:
            # The day the state announced the round dates it when nothing else does; a rights group's later count
            # does not.
            fallback = next(((day, s) for pos, day in reported if day is not None and not told_by_rights_group(s, pos)
                             and (published is None or day <= published)), None)
        if fallback is not None and s not in own:
            settled = True
        if found and not reported and not settled:
            # The sentence fixes the day but it cannot be resolved (no publication date): say nothing.
            return None, None
    if fallback is not None:
        return fallback
    if published is None:
        return None, None
    # "The scene on Saturday was ... Lukashenko pardoned 123", "Мінск, 2 ліпеня. Прэзідэнт ... памілаваў 16": the
    # paragraph set the day a sentence earlier, before the headline's statement or the body's first.
    for s in own[:2]:
        for earlier in reversed(sentences[:s.index]):
            if earlier.para != s.para or earlier.index in foreign or earlier.lex["PAST"].search(earlier.plain):
                break
            days = [day for _, day in find_dates(earlier.unquoted, published) if day and day <= published]
            if days:
                return days[-1], earlier
    # A column may tell the round late ("Сярод вызваленых у суботу"): a day of the last week still dates it.
    for s in sentences:
        if s.index in foreign or s.lex["PAST"].search(s.plain) or not releases(s.lex, s.plain):
            continue
        for _, day in find_dates(s.unquoted, published):
            if day is not None and published - dt.timedelta(days=RECENT_DAYS) <= day <= published:
                return day, s
    return None, None


def release_day(told: list[Sentence], sentences: list[Sentence], published: dt.date | None
                ) -> tuple[dt.date | None, Sentence | None]:
    """The day of a release of one person the `told` sentences give: their own dates, else one the next
    sentences of their paragraphs give when they tell or announce it ("This was reported today by his wife"), or the
    next paragraph's first sentence when it tells the release's own act ("The three crossed into Lithuania on
    February 12")."""
    following = [x for s in told for x in sentences[s.index + 1:s.index + 1 + FOLLOWING_SENTENCES]
                 if x.para == s.para or (x.para == s.para + 1 and x.index == s.index + 1 and ACT.search(x.unquoted))]
    for x in dict.fromkeys([*told, *following]):
        if x not in told and not (releases(x.lex, x.plain) or ANNOUNCE.search(x.unquoted) or ACT.search(x.unquoted)):
            continue
        for pos, day in find_dates(x.unquoted, published):
            if day is not None and not told_as_past(x, pos) and (published is None or day <= published):
                return day, x
    return None, None


def _dateline_anchor(opening: list[Sentence], published: dt.date | None) -> tuple[int, dt.date] | None:
    """(paragraph, day) of a dateline that opens a lead paragraph, filed up to STALE_DAYS before publication."""
    if published is None:
        return None
    for s in opening:
        m = DATELINE_DAY.match(s.unquoted)
        days = [day for _, day in find_dates(m.group(), published)] if m else []
        if days and days[0] is not None and days[0] <= published and not is_stale(days[0], published):
            return s.para, days[0]
    return None
