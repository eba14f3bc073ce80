"""The release events an article tells, and the main one: the round the article reports.

Each figure read as people released is an event, with what marks it as news or not: told as background
("Ранее", "In June", "Нагадаємо"), quoted, hedged, dated in its own sentence, stated in the headline or
lead. The main event is the current one the headline and lead agree on (repetition and an exact figure
help); the others are background and lend it nothing. The round's day, make-up and ordinal are read only
from the main event's own sentences and their paragraph.
"""

import datetime as dt
import re
from dataclasses import dataclass

from bot.extract.chrome import SENT_END
from bot.extract.dates import find_dates, is_timeline_entry
from bot.extract.fields import MAKEUP, Classified, named_before, releases
from bot.extract.text import Sentence

# The headline and the first sentences of the story: where a report states its news.
LEAD_SENTENCES = 4
# Where a page's headline can stand, after its masthead and navigation.
HEADLINE_SENTENCES = 5
# The sentences right after the round's own that may still tell its day ("Об этом сегодня сообщил ...").
FOLLOWING_SENTENCES = 2
# A round dated more than a week before publication is not the article's news: reports of a round come out
# within days, later pieces tell it as background (a forecast "ten days after the June release").
STALE_DAYS = 8
# A day named later in the article dates the round only when it falls in the week before publication.
RECENT_DAYS = 7
# "WARSAW, March 20 (Reuters) -": the wire's dateline is the filing day, a fallback for the event's.
_DATELINE = re.compile(r"^[^\W\d][^\W\d ,.'-]*(?:[ .'-]+[^\W\d]+){0,3},\s+[^()]{3,30}\([^()]{2,20}\)\s*[-\u2013\u2014]")
_ANNOUNCE = re.compile(r"announc|statement|reported|said|объяв|сообщ|заяв|абвясц|паведам|оголос|повідом|заяв",
                       re.IGNORECASE)


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

    @property
    def sentence(self) -> Sentence:
        return self.figure.mention.sentence


def _own_day(s: Sentence, published: dt.date | None) -> dt.date | None:
    for _, day in find_dates(s.unquoted(), published):
        if day is not None and (published is None or day <= published + dt.timedelta(days=1)):
            return day
    return None


def events_of(cands: list[Classified], published: dt.date | None) -> list[Event]:
    """Every release figure of the article as an event ("X and 13 others" counts 14)."""
    found = []
    rounds = [c for c in cands if c.field in ("pardoned", "partial_one")]
    for c in cands:
        if c.field == "subgroup" and rounds:
            # "including 14 foreign nationals" beside a round is a part of it; alone, "46 foreigners" is the round.
            continue
        if c.field not in ("pardoned", "partial_one", "subgroup"):
            continue
        m = c.mention
        value = m.value + named_before(m) if c.field == "partial_one" else m.value
        day = _own_day(m.sentence, published)
        stale = day is not None and published is not None and (published - day).days > STALE_DAYS
        found.append(Event(value, c, m.is_old or stale, m.quoted, m.qualifier == "exact", day,
                           m.sentence.index < LEAD_SENTENCES))
    return found


def is_review(sentences: list[Sentence]) -> bool:
    """Whether the headline names a periodic review ("Обзор за сентябрь", "August review"): its rounds are statistics."""
    for s in sentences[:HEADLINE_SENTENCES]:
        if not SENT_END.search(s.text) and (s.lex["REVIEW"].search(s.plain)
                                            or (s.lex["PERIOD"].search(s.plain) and not releases(s.lex, s.plain))):
            return True
    return False


def main_event(events: list[Event], published: dt.date | None = None) -> Event | None:
    """The round the article reports: a current figure, exact and unquoted first, told in the headline and lead,
    repeated, and of the latest day up to publication (a figure told with no day is the day's news)."""
    current = [e for e in events if not e.background]
    if not current:
        return None
    groups: dict[int, list[Event]] = {}
    for e in current:
        groups.setdefault(e.value, []).append(e)
    today = published or dt.date.max

    def strength(group: list[Event]) -> tuple:
        latest = max(e.day or today for e in group)
        return (any(not e.quoted for e in group), any(e.exact for e in group), any(e.lead for e in group),
                len(group), latest, -min(e.sentence.index for e in group))

    best = max(groups.values(), key=strength)
    return min(best, key=lambda e: (e.quoted, not e.exact, e.sentence.index))


def statements(main: Event, events: list[Event]) -> list[Sentence]:
    """The sentences that state the main event's figure, in reading order."""
    return sorted({e.sentence.index: e.sentence for e in events if e.value == main.value and not e.background}
                  .values(), key=lambda s: s.index)


def makeup_of(main: Event, cands: list[Classified], events: list[Event], sentences: list[Sentence]
              ) -> dict[str, Classified]:
    """The make-up figures told with the main event: from its first statement up to another round's story.

    "1 155 политзаключенных, из них 172 женщины": the women of a prisoner count are not the round's.
    """
    own = {s.index for s in statements(main, events)}
    other_rounds = {e.sentence.index for e in events if e.value != main.value}
    counts = {c.mention.sentence.index for c in cands if c.field in ("political_prisoners", "cumulative_released")}
    first = min(own)
    start = next((s.index for s in sentences if s.para == sentences[first].para), first)
    allowed = set()
    for index in range(start, len(sentences)):
        if index in other_rounds and index not in own:
            break
        if index in own or index not in counts:
            allowed.add(index)
    found: dict[str, Classified] = {}
    for c in cands:
        if c.field in MAKEUP and c.field not in found and not c.mention.is_old and c.mention.sentence.index in allowed:
            found[c.field] = c
    return found


def event_day(main: Event, events: list[Event], sentences: list[Sentence], published: dt.date | None
              ) -> tuple[dt.date | None, Sentence | None]:
    """The round's day and the sentence that fixes it, read only where the article tells the main event."""
    own = statements(main, events)
    foreign = {e.sentence.index for e in events if e.value != main.value}
    following = [sentences[k] for s in own for k in range(s.index + 1, s.index + 1 + FOLLOWING_SENTENCES)
                 if k < len(sentences) and sentences[k].para == s.para]
    lead = [s for s in dict.fromkeys([*sentences[:8], *following]) if s.index not in foreign
            and (releases(s.lex, s.plain) or _ANNOUNCE.search(s.unquoted())) and not is_timeline_entry(s.unquoted())]
    for s in dict.fromkeys([*own, *lead]):
        # «Сегодня на свободу вышли 33 человека», — написал посол: the quote that states the round dates it.
        text = s.text if s in own else s.unquoted()
        found = [(pos, day) for pos, day in find_dates(text, published) if not _told_as_past(s, pos)]
        found = found or _that_day(s, sentences, published)
        dateline = _DATELINE.match(s.unquoted())
        if dateline and any(pos >= dateline.end() for pos, _ in found):
            found = [(pos, day) for pos, day in found if pos >= dateline.end()]
        for _, day in found:
            if day is not None and (published is None or day <= published):
                return day, s
        if found:
            # The sentence fixes the day but it cannot be resolved (no publication date): say nothing.
            return None, None
    if published is None:
        return None, None
    # "The scene on Saturday was ... Lukashenko pardoned 123": the paragraph set the day a sentence earlier.
    for s in own[:1]:
        for earlier in reversed(sentences[:s.index]):
            if earlier.para != s.para or earlier.index in foreign or earlier.lex["PAST"].search(earlier.plain):
                break
            days = [day for _, day in find_dates(earlier.unquoted(), published) if day and day <= published]
            if days:
                return days[-1], earlier
    # A column may tell the round late ("Сярод вызваленых у суботу"): a day of the last week still dates it.
    for s in sentences:
        if s.index in foreign or s.lex["PAST"].search(s.plain) or not releases(s.lex, s.plain):
            continue
        for _, day in find_dates(s.unquoted(), published):
            if day is not None and published - dt.timedelta(days=RECENT_DAYS) <= day <= published:
                return day, s
    return None, None


def _told_as_past(s: Sentence, pos: int) -> bool:
    """Whether the clause of the date at `pos` tells the past ("Ранее, 11 сентября, ...", "In June, ...")."""
    clause_start = max((m.end() for m in re.finditer(r"[;.!?]\s", s.unquoted()[:pos])), default=0)
    return bool(s.lex["PAST"].search(s.plain_view.span(clause_start, pos)))


def _that_day(s: Sentence, sentences: list[Sentence], published: dt.date | None) -> list[tuple[int, dt.date | None]]:
    """The date "в тот день" / "that day" points back to: the last one in its paragraph or the one before."""
    if not s.lex["THAT_DAY"].search(s.plain):
        return []
    for earlier in reversed(sentences[:s.index]):
        if earlier.para < s.para - 1:
            break
        found = find_dates(earlier.unquoted(), published)
        if found:
            return found[-1:]
    return []
