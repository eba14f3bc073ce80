"""Assemble a Report from the article: sentences, classified figures, round, date, names."""

import datetime as dt
import re

from bot.extract.chrome import clean_lines
from bot.extract.dates import find_dates, is_timeline_entry
from bot.extract.fields import MAKEUP, Classified, classify_all, pick, releases
from bot.extract.language import LANGUAGES, detect_language
from bot.extract.latin import is_lacinka, to_cyrillic
from bot.extract.mentions import mentions
from bot.extract.model import Count, Report
from bot.extract.names import NamedPerson
from bot.extract.relevance import is_relevant
from bot.extract.roles import find_names
from bot.extract.rounds import find_round
from bot.extract.text import Sentence, split_sentences

PARDONS_BEGAN = dt.date(2024, 7, 1)
# A single named release is the news only when the headline or the first sentences tell it.
LEAD_SENTENCES = 5
# A day named later in the article dates the round only when it falls in the week before publication.
RECENT_DAYS = 7
# A round dated more than a month before publication is not the article's news.
STALE_DAYS = 31
# "WARSAW, March 20 (Reuters) -": the wire's dateline is the filing day, a fallback for the event's.
_DATELINE = re.compile(r"^[^\W\d][^\W\d ,.'-]*(?:[ .'-]+[^\W\d]+){0,3},\s+[^()]{3,30}\([^()]{2,20}\)\s*[-\u2013\u2014]")
_ANNOUNCE = re.compile(r"announc|statement|reported|said|объяв|сообщ|заяв|абвясц|паведам|заяв", re.IGNORECASE)


def _count(c: Classified | None) -> Count | None:
    if c is None:
        return None
    return Count(c.mention.value, c.mention.qualifier, c.source, c.mention.sentence.text)


def _event_date(sentences: list[Sentence], first: list[Sentence], published: dt.date | None
                ) -> tuple[dt.date | None, str | None]:
    lead = [s for s in sentences[:8] if (s.lex["RELEASE"].search(s.plain) or _ANNOUNCE.search(s.plain))
            and not s.lex["BACKGROUND"].search(s.plain) and not is_timeline_entry(s.unquoted())]
    for s in dict.fromkeys([*first, *lead]):
        dateline = _DATELINE.match(s.unquoted())
        found = find_dates(s.unquoted(), published) or _that_day(s, sentences, published)
        if dateline and any(pos >= dateline.end() for pos, _ in found):
            found = [(pos, day) for pos, day in found if pos >= dateline.end()]
        for _, day in found:
            if day is not None and (published is None or day <= published):
                return day, s.text
        if found:
            # The sentence fixes the day but it cannot be resolved (no publication date): say nothing.
            return None, None
    if published is None:
        return None, None
    # "The scene on Saturday was ... Lukashenko pardoned 123": the paragraph set the day a sentence earlier.
    for s in first[:1]:
        for earlier in reversed(sentences[:s.index]):
            if earlier.para != s.para or earlier.lex["BACKGROUND"].search(earlier.plain):
                break
            days = [day for _, day in find_dates(earlier.unquoted(), published) if day and day <= published]
            if days:
                return days[-1], earlier.text
    # A column may tell the round late ("Сярод вызваленых у суботу"): a day of the last week still dates it.
    for s in sentences:
        if s.lex["BACKGROUND"].search(s.plain) or not releases(s.lex, s.plain):
            continue
        for _, day in find_dates(s.unquoted(), published):
            if day is not None and published - dt.timedelta(days=RECENT_DAYS) <= day <= published:
                return day, s.text
    return None, None


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


def _named_release_in_lead(names: list[NamedPerson], sentences: list[Sentence]) -> bool:
    """A person the headline or lead gives as freed now ("Помилована и вышла на свободу Лариса Щиракова").

    The release verb must come before the name: "X, pardoned last year, was detained again" is no release.
    """
    lead = {s.text: s for s in sentences[:LEAD_SENTENCES]}
    if any(s.lex["SERVED"].search(s.plain) for s in lead.values()):
        # "вышла на свободу, полностью отбыв срок": freed at the end of a term, not by a pardon.
        return False
    for person in names:
        s = lead.get(person.evidence)
        if person.role != "released" or s is None or s.lex["BACKGROUND"].search(s.plain):
            continue
        at = s.text.find(person.name)
        if at > 0 and any(m.start() < s.plain_view.at(at) for m in releases(s.lex, s.plain)):
            return True
    return False


def _conflicts(cands: list[Classified], chosen: Classified | None) -> list[Count]:
    if chosen is None:
        return []
    seen, out = {chosen.mention.value}, []
    for c in cands:
        if c.field == "pardoned" and c.mention.value not in seen and not c.mention.is_old:
            seen.add(c.mention.value)
            out.append(Count(c.mention.value, c.mention.qualifier, c.source, c.mention.sentence.text))
    return out


def extract_report(text: str, published: dt.date | None = None, lang: str | None = None) -> Report:
    """Read the facts of one article; `published` resolves relative days, `lang` overrides detection."""
    text = text if isinstance(text, str) else ""
    if is_lacinka(text):
        text = to_cyrillic(text)
    detected = lang if lang in LANGUAGES else detect_language(" ".join(clean_lines(text)))
    sentences = split_sentences(text, detected)
    body = " ".join(s.text for s in sentences)
    cands = classify_all(mentions(sentences))
    evidence: dict[str, str] = {}
    values: dict = {}

    pardoned = pick(cands, "pardoned")
    # Without a round there is no make-up: "170 of them are women" counts all prisoners.
    for name in ("pardoned", *MAKEUP) if pardoned else ():
        c = pardoned if name == "pardoned" else pick(cands, name)
        if c is not None:
            values[name] = c.mention.value
            evidence[name] = c.mention.sentence.text
    for name in ("cumulative_released", "political_prisoners", "died_in_custody"):
        count = _count(pick(cands, name, prefer_sourced=True))
        values[name] = count
        if count is not None:
            evidence[name] = count.evidence or ""

    found_round = find_round(sentences)
    if found_round and pardoned is not None:
        values["round_ordinal"] = found_round[0]
        evidence["round_ordinal"] = found_round[1].text

    names = find_names(sentences)
    named_news = pardoned is None and _named_release_in_lead(names, sentences)
    # Only background rounds ("In 2015, ...", "Earlier this month, ...") and no one freed in the lead: old news.
    old = any(c.mention.is_old for c in cands if c.field == "pardoned") and pardoned is None and not named_news
    news = pardoned is not None or named_news

    # Every sentence stating the round's figure ("Лукашенко помиловал 37" in the headline, "Сегодня ... 37").
    same = [c.mention.sentence for c in cands if pardoned and c.field == "pardoned"
            and c.mention.value == pardoned.mention.value and not c.mention.is_old]
    first = same + ([found_round[1]] if found_round else [])
    # Without a round or a named release there is no event to date ("on Thursday" a court sentenced ...).
    event_date, date_sentence = _event_date(sentences, first, published) if news else (None, None)
    if event_date is not None and published is not None and (published - event_date).days > STALE_DAYS:
        # "Першая група выйшла 3 ліпеня 2024 года" in a piece a year later is history, not news.
        for name in ("pardoned", "round_ordinal", *MAKEUP):
            values.pop(name, None)
            evidence.pop(name, None)
        event_date, news = None, False
    if event_date is not None and date_sentence:
        evidence["event_date"] = date_sentence

    is_report = (news and not old and is_relevant(body[:5000], "")
                 and (published is None or published >= PARDONS_BEGAN)
                 and (event_date is None or event_date >= PARDONS_BEGAN))

    return Report(
        is_pardon_report=is_report,
        lang=detected,
        event_date=event_date,
        names=names,
        conflicts=_conflicts(cands, pardoned),
        evidence=evidence,
        **values,
    )
