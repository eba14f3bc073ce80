"""Assemble a Report: clean the page, read its sentences and figures, find the main event, name people."""

import datetime as dt
import re

from bot.extract.chrome import MAX_CHARS, caption_lines, clean_lines
from bot.extract.confidence import Basis, assess
from bot.extract.dates import time_markers
from bot.extract.day_clauses import ACT
from bot.extract.deaths import death_by_ordinal
from bot.extract.events import (
    after_the_lead_news,
    event_day,
    events_of,
    headline_index,
    is_stale,
    main_event,
    one_of_a_list,
    only_in_a_speech,
    release_day,
    spread_over_months,
    statements,
)
from bot.extract.fields import Classified
from bot.extract.figures import classify_all, pick
from bot.extract.genre import is_feature, is_review
from bot.extract.language import LANGUAGES, detect_language
from bot.extract.latin import as_written, is_lacinka, to_cyrillic, to_lacinka
from bot.extract.live_blog import live_blog_day
from bot.extract.makeup import MAKEUP
from bot.extract.markup import plain_text
from bot.extract.mentions import Mention, mentions
from bot.extract.model import Count, Report
from bot.extract.name_forms import surname_key
from bot.extract.names import NamedPerson, NameSpan, name_spans
from bot.extract.numbers import find_numbers
from bot.extract.people import find_names
from bot.extract.readings import person_key
from bot.extract.relevance import is_on_topic, is_relevant
from bot.extract.roles import role_in_sentence
from bot.extract.round_makeup import makeup_of
from bot.extract.rounds import PARDONS_BEGAN, find_round
from bot.extract.sources import source_of
from bot.extract.text import Sentence, sentences_of
from bot.extract.verbs import releases

# A single named release is the news only when the headline or the first sentences tell it.
LEAD_SENTENCES = 5
COUNT_FIELDS = ("cumulative_released", "political_prisoners", "died_in_custody")
# The fields that describe the reported round itself (its day is `event_date`).
ROUND_FIELDS = ("pardoned", "round_ordinal", *MAKEUP)


def _count(c: Classified | None) -> Count | None:
    if c is None:
        return None
    return Count(c.mention.value, c.mention.qualifier, c.source, c.mention.sentence.text)


def _named_release_in_lead(names: list[NamedPerson], sentences: list[Sentence], published: dt.date | None,
                           past_paras: frozenset[int] = frozenset()) -> list[Sentence]:
    """The headline and lead sentences that give a person as freed now ("Помилована и вышла на свободу Лариса
    Щиракова", "Mikalai Statkevich, one of ..., has been released"), or none.

    A release the lead tells as past ("before he was freed in February", "вышел на волю 21 июня" in an October
    interview) is not the news; nor is one at the end of a term; nor the people of a background round told in its
    paragraph or the one before (`past_paras`: "22 августа 2015 года ... помиловал шестерых. | Среди помилованных были
    ...").
    """
    start = headline_index(sentences)
    lead = sentences[:start + LEAD_SENTENCES]
    if any(s.lex["SERVED"].search(s.plain) for s in lead):
        # "вышла на свободу, полностью отбыв срок": freed at the end of a term, not by a pardon.
        return []
    if any(_long_after_the_release(s) for s in lead):
        # "Ihar Karnei, one year after his release": a later story of people freed long ago; none of them is news.
        return []
    first = next((s for s in lead if s.para > sentences[start].para and releases(s.lex, s.plain)), None)
    if first is not None and _stale_date(first, sentences, published):
        # "Українець, якого звільнили з білоруської колонії" over an interview whose lead dates the release months
        # back ("У листопаді 2025 року Білорусь передала Україні 31 громадянина"): the headline tells that release.
        return []
    for person in names:
        if person.role != "released":
            continue
        told = [s for s in lead for span in _spans_of(s, person) if role_in_sentence(s, span) == "released"]
        if told and not any(s.lex["PAST"].search(s.plain) or _stale_date(s, sentences, published)
                            or ({s.para, s.para - 1} & past_paras and not time_markers(s.unquoted, published))
                            for s in told) and not _dated_in_the_next(told, sentences, published):
            return told
    return []


def _dated_in_the_next(told: list[Sentence], sentences: list[Sentence], published: dt.date | None) -> bool:
    """Whether the sentence right after the first that frees the person, in its paragraph and naming no one, tells the
    release as past ("X spent three years in a colony. In May he was driven to the border with the other freed"): the
    person's release is then background (an interview, a profile), not the news."""
    after = told[0].index + 1
    if after >= len(sentences) or sentences[after].para != told[0].para:
        return False
    s = sentences[after]
    return (bool(releases(s.lex, s.plain)) and not name_spans(s)
            and bool(s.lex["PAST"].search(s.plain) or _stale_date(s, sentences, published)))


# "The three crossed ...", "Все трое пересекли ...", "Усе трое ...": the count a sentence opens with, as its subject.
_OPENING_COUNT = re.compile(r"^\W*(?:[^\W\d]+\s+)?$")


def _long_after_the_release(s: Sentence) -> bool:
    """"Ihar Karnei, one year after his release", "Через год после освобождения": the sentence tells a time months or
    years after the release, which is the background of a later story."""
    L = s.lex
    after = L.derived("long_after_release", lambda L: r"(?:" + L.source("TIME_AFTER") + r")\W+(?:[^\W\d]+\s+){0,2}?(?:"
                      + L.source("RELEASE_NOUN") + "|" + L.source("RELEASE") + r")")
    return any(L["LONG_TIME"].search(found.group()) for found in after.finditer(s.plain))


def _group_that_crossed(s: Sentence | None, told: list[Sentence]) -> int:
    """The size of the group a sentence after the lead's named release gives as the subject of the release's own act
    ("The three crossed into Lithuania on February 12"), or 0."""
    if s is None or s in told or not ACT.search(s.unquoted):
        return 0
    text = s.unquoted
    first = next((n for n in find_numbers(text) if n.kind == "count"), None)
    if first is None or not _OPENING_COUNT.match(text[:first.start]):
        return 0
    return first.value


def _spans_of(s: Sentence, person: NamedPerson) -> list[NameSpan]:
    """Where `s` names the person: in full, or by the surname alone ("Mikalai Statkevich Released", "Statkevich")."""
    key = surname_key(person.nominative)
    found = [sp for sp in name_spans(s) if surname_key(sp.nominative) == key]
    lone = [NameSpan(m.start(), m.end(), m.group(), m.group()) for m in re.finditer(r"[^\W\d_][\w'’-]{3,}", s.text)
            if surname_key(m.group()) == key and not any(sp.start <= m.start() < sp.end for sp in found)]
    return found + lone


def _stale_date(s: Sentence, sentences: list[Sentence], published: dt.date | None) -> bool:
    """Whether the sentence tells a day, month or year days before publication ("да канца ліпеня 2024-га"), or, with
    no time of its own, follows one in its paragraph ("22 жніўня 2015 году ... памілаваў. На волю выйшлі ...")."""
    for x in reversed(sentences[:s.index + 1]):
        if x.para != s.para:
            break
        days = [day for _, day in time_markers(x.unquoted, published)]
        if days:
            return any(is_stale(day, published) for day in days)
    return False


def _from_war_captivity(value: int, ms: list[Mention]) -> bool:
    """Whether a sentence that tells the round's figure tells a return from war captivity ("Україна повернула з
    російського полону 84 людей", "84 prisoners of war came home"): a prisoner exchange between Russia and Ukraine held
    on the Belarusian border frees no political prisoners of Belarus."""
    return any(m.value == value and _war_captivity_told(m.sentence) for m in ms)


# How many words before a captivity word may name the office it belongs to ("штаб з питань поводження з
# військовополоненими").
OFFICE_WORDS = 6


def _war_captivity_told(s: Sentence) -> bool:
    """Whether the sentence tells war captivity, not only the name of the office for prisoners of war (which announces
    Belarus's transfers of Ukrainian civilians as well)."""
    for found in s.lex["WAR_CAPTIVITY"].finditer(s.plain):
        words = s.plain[:found.start()].split()[-OFFICE_WORDS:]
        if not s.lex["CAPTIVITY_OFFICE"].search(" ".join(words)):
            return True
    return False


def _names_belarus(sentences: list[Sentence]) -> bool:
    """Whether the page names Belarus by its own rights group or towns ("Как сообщает «Вясна», ... из Гомеля"): a
    Telegram post of a Belarusian outlet need not name the country."""
    return any(s.lex["BELARUS_NAMED"].search(s.text) for s in sentences)


def _read(text: str, lang: str | None) -> tuple[str, list[Sentence], bool]:
    """The article's language, its sentences and whether it was written in Łacinka (read in Cyrillic)."""
    # Markup goes first: an entity such as "&laquo;" would otherwise be spelled in Cyrillic with the Łacinka around it.
    text = plain_text(text[:MAX_CHARS]) if isinstance(text, str) else ""
    lacinka = is_lacinka(text)
    if lacinka:
        text = to_cyrillic(text)
    lines = clean_lines(text)
    detected = "be" if lacinka else lang if lang in LANGUAGES else detect_language(" ".join(lines))
    return detected, sentences_of(lines, detected), lacinka


def _with_captions(names: list[NamedPerson], text: str, lang: str, lacinka: bool, published: dt.date | None
                   ) -> list[NamedPerson]:
    """The people the article names, and the state its photo captions tell of them ("Maria Kalesnikava after her
    release, Vilnius. Photo: Reuters"): a caption is read for names only (its figures and days are no news), and gives
    a state to one the article names without one, or to one it names nowhere else."""
    text = plain_text(text[:MAX_CHARS]) if isinstance(text, str) else ""
    captions = caption_lines(to_cyrillic(text) if lacinka else text)
    if not captions:
        return names
    known = {person_key(p.nominative): i for i, p in enumerate(names)}
    names = list(names)
    for p in find_names(sentences_of(captions, lang), [], published):
        if p.role not in ("released", "still_held"):
            continue
        at = known.get(person_key(p.nominative))
        if at is None:
            names.append(p)
        elif names[at].role == "other":
            names[at] = NamedPerson(names[at].name, p.role, p.evidence, names[at].nominative)
    return names


def extract_report(text: str, published: dt.date | None = None, lang: str | None = None) -> Report:
    """Read the facts of one article; `published` resolves relative days, `lang` overrides detection."""
    detected, sentences, lacinka = _read(text, lang)
    body = " ".join(s.text for s in sentences)
    ms = mentions(sentences)
    cands = classify_all(ms)
    events = events_of(cands, ms, sentences, published)
    # A periodic review ("Обзор за сентябрь") sums up the month's rounds: none of them is its news.
    review = is_review(sentences)
    main = main_event(events, published) if not review else None
    # A chronology of the series tells its latest round as one entry: no round is its news, nor anyone freed in it.
    listed = main is not None and (one_of_a_list(main, events) or spread_over_months(main, events, sentences, published))
    if main is not None and (only_in_a_speech(main, events, published) or listed
                             or after_the_lead_news(main, events, sentences, published)
                             or _from_war_captivity(main.value, ms)):
        main = None
    event_date, date_sentence = event_day(main, events, sentences, published) if main else (None, None)
    if main is not None and event_date is None:
        # A live blog's entries are stamped with times of its day ("19:40"): the round they tell has no day of its own.
        event_date = live_blog_day(text, published)
        date_sentence = main.sentence if event_date else None
    stale = is_stale(event_date, published)
    if stale:
        # The round the article tells is days old (an explainer, an op-ed, an anniversary): it reports nothing new,
        # nor do the people freed in it ("Как Мария Колесникова провела первые дни на свободе").
        main, event_date, date_sentence = None, None, None
    values: dict = {}
    evidence: dict[str, str] = {}
    sources: dict[str, Sentence] = {}

    stated = main is not None and (main.figure.mention.num.told_exactly or any(
        e.value == main.value and e.figure.mention.num.told_exactly for e in events))
    if stated:
        # "Belarus released about a dozen prisoners", "от 20 до 25": a round is reported, its size is not stated as a
        # count (unless another sentence gives it in digits: "frees a dozen" over "pardoned 12 people").
        values["pardoned"] = main.value
        sources["pardoned"] = main.sentence
    if main is not None:
        # Without a round there is no make-up: "170 of them are women" counts all prisoners.
        for name, c in makeup_of(main, cands, events, sentences).items():
            if not c.mention.num.told_exactly:
                # "half a dozen women": no count of them is stated.
                continue
            values[name] = c.mention.value
            sources[name] = c.mention.sentence
        others = frozenset(e.sentence.index for e in events if e.value != main.value) - {
            e.sentence.index for e in events if e.value == main.value}
        found_round = find_round(sentences, others, published)
        if found_round:
            values["round_ordinal"], sources["round_ordinal"] = found_round
    for name in COUNT_FIELDS:
        pool = cands
        if name == "cumulative_released" and main is not None:
            # A running total includes the round: one no larger than it is the round itself or an earlier one
            # ("В этом году уже были освобождены 123" beside today's 250).
            pool = [c for c in cands if c.field != name or c.mention.value > main.value]
        chosen = pick(pool, name, prefer_sourced=True)
        values[name] = _count(chosen)
        if chosen is not None:
            sources[name] = chosen.mention.sentence
    numbered_death = death_by_ordinal(sentences) if values["died_in_custody"] is None else None
    if numbered_death:
        # "Это как минимум девятая смерть политзаключенного с 2020 года": the ordinal counts the deaths so far.
        values["died_in_custody"], sources["died_in_custody"] = numbered_death

    names = _with_captions(find_names(sentences, cands, published), text, detected, lacinka, published)
    past_paras = frozenset(e.sentence.para for e in events if e.background)
    named_news = (_named_release_in_lead(names, sentences, published, past_paras)
                  if main is None and not stale and not review and not listed and not is_feature(sentences) else [])
    if named_news:
        event_date, date_sentence = release_day(named_news, sentences, published)
        freed = [p for p in names if p.role == "released" and any(_spans_of(s, p) for s in named_news)]
        group = _group_that_crossed(date_sentence, named_news)
        if group > max(len(freed), 1):
            # "... freed X and Y. | The three crossed into Lithuania on Wednesday": the act counts the whole group.
            values["pardoned"], sources["pardoned"] = group, date_sentence
        elif len(freed) > 1:
            # "Belarus frees Ihar Losik and Andrei Aliaksandrau": the people the lead names as freed are the round.
            values["pardoned"], sources["pardoned"] = len(freed), named_news[0]
    news = main is not None or bool(named_news)
    # Only background rounds ("In 2015, ...", "Earlier this month, ...") and no one freed in the lead: old news.
    old = main is None and not named_news and bool(events)
    if date_sentence is not None and event_date is not None:
        sources["event_date"] = date_sentence

    # A release before the series began (2011, 2015) is no round of it: neither a report nor "this round's" figures.
    before_series = ((published is not None and published < PARDONS_BEGAN)
                     or (event_date is not None and event_date < PARDONS_BEGAN))
    # Łacinka written without "ł" ("pamilavaŭ") is spelled "паміляваў" in Cyrillic: the filter reads it as written too.
    # A page written in Belarusian is Belarus's news whether or not it names the country ("У чацвер на волю выйшлі 52
    # чалавекі"); Russian and Ukrainian ones may be about other countries' prisoners.
    relevant = (is_relevant(body[:5000], "") or (lacinka and is_relevant(text[:5000], ""))
                or (detected == "be" and (is_on_topic(body[:5000]) or (lacinka and is_on_topic(text[:5000]))))
                or (is_on_topic(body[:5000]) and _names_belarus(sentences)))
    is_report = news and not old and relevant and not before_series
    if before_series:
        for name in ROUND_FIELDS:
            values.pop(name, None)
            sources.pop(name, None)
        event_date = None
        sources.pop("event_date", None)
    evidence = {name: s.text for name, s in sources.items()}
    if lacinka:
        # The article wrote its names and sentences in Łacinka: they are quoted back as written.
        back = as_written(text)
        names = [NamedPerson(back(p.name), p.role, back(p.evidence), back(p.nominative)) for p in names]
        evidence = {name: to_lacinka(text) for name, text in evidence.items()}
    return Report(
        is_pardon_report=is_report,
        lang=detected,
        event_date=event_date,
        names=names,
        conflicts=_conflicts(main, events),
        evidence=evidence,
        confidence=assess(_bases(values, sources, main, events, cands, sentences)),
        **values,
    )


def _conflicts(main, events) -> list[Count]:
    """Other current figures for the round ("released 30" in a quote beside the report's 31)."""
    if main is None:
        return []
    out: dict[int, Count] = {}
    for e in events:
        if e.value != main.value and not e.background and e.value not in out:
            out[e.value] = Count(e.value, e.figure.mention.qualifier, e.figure.source, e.sentence.text)
    return list(out.values())


def _bases(values: dict, sources: dict[str, Sentence], main, events, cands: list[Classified],
           sentences: list[Sentence]) -> dict[str, Basis]:
    """The evidence behind each figure that has a value, for its confidence."""
    own = statements(main, events) if main else []
    own_indexes = {s.index for s in own}
    lead_end = headline_index(sentences) + LEAD_SENTENCES
    own_day = "event_date" in sources and sources["event_date"].index in own_indexes
    bases: dict[str, Basis] = {}
    for name, s in sources.items():
        value = values.get(name) if name != "event_date" else True
        if value is None:
            continue
        if name == "pardoned" and main is not None:
            told = own or [s]
            bases[name] = Basis(told[0], len(own), all(e.quoted for e in events if e.value == main.value),
                                not main.exact, told[0].index < lead_end, any(source_of(x.text) for x in told), own_day,
                                "event_date" in sources)
            continue
        same = [c.mention for c in cands if c.field == name and c.mention.value == getattr(value, "value", value)]
        quoted = bool(same) and all(m.quoted for m in same)
        hedged = bool(same) and same[0].qualifier != "exact" and name not in COUNT_FIELDS
        repeated = len({m.sentence.index for m in same}) or (2 if s.index in own_indexes else 1)
        sourced = bool(getattr(value, "source", None)) or any(source_of(m.sentence.text) for m in same)
        bases[name] = Basis(s, repeated, quoted, hedged, s.index < lead_end, sourced, name == "event_date" and own_day,
                            "event_date" in sources)
    return bases
