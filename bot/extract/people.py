"""Who an article names and what it says of each of them, weighed across its sentences.

`find_names` walks the article sentence by sentence. It finds the names each sentence holds (full names, and a
surname, a first name or a first name and patronymic standing for someone named before), keeps track of the list
a sentence belongs to (a lead-in ending in a colon, a bulleted or dashed line, a paragraph opened by a name), and
gives each name its readings (see `roles`): from their own clause, from the list or the sentences before it
(`borrowed_roles`), or from what the sentences after it tell of "him" or "her" (`told_without_name`). Each reading
has a time: a date, a month or a year told before it in its sentence or earlier in its paragraph ("In September
last year, ..."), else now. A person's readings are gathered under one key and weighed into their state by
`readings`.
"""

import datetime as dt
import re
import unicodedata

from bot.extract.borrowed_roles import borrowed_role, prev_role
from bot.extract.chrome import SENT_END
from bot.extract.clauses import (
    joined_after_aside,
    likewise,
    shares_verb_with_previous,
    too_after,
    verb_left_out_after_semicolon,
)
from bot.extract.cues import WEAK, list_role
from bot.extract.fields import Classified
from bot.extract.frames import (
    in_a_profile,
    lead_in,
    left_behind_exchange,
    left_inside,
    profile_owner,
    under_a_name_line,
)
from bot.extract.given_names import first_name
from bot.extract.groups import asks_for_letters, list_intro
from bot.extract.kin import kin_of_name
from bot.extract.lone_names import (
    ENUMERATION,
    diminutives_alone,
    first_names_alone,
    listed_with,
    relative_by_first_name,
    relatives_named_after,
    surnames_alone,
)
from bot.extract.name_forms import given_name_first, is_official_order, is_patronymic
from bot.extract.names import NamedPerson, NameSpan, is_public_figure, name_spans
from bot.extract.others_cues import owner_of_organisation
from bot.extract.readings import DatedReading, Person, evidence, not_yet, person_key, state
from bot.extract.roles import read_roles
from bot.extract.sections import section_heading
from bot.extract.speakers import colon_label
from bot.extract.text import Sentence
from bot.extract.timeline import Times
from bot.extract.told_without_name import paragraph_after, pronouns_after, told_after, told_by_the_frame

# What opens a bulleted line, and the dash after a name that opens a list line.
_BULLETS = "—–-•*·"
_NAME_DASH = re.compile(r"\s+[\u2014\u2013-]\s")
# A list item is a name with a place or a job, not a sentence.
LIST_ITEM_WORDS = 10
# How many words a lead-in with no word of a list may have ("Вот их имена:", "Viasna named them:").
BARE_LEAD_IN_WORDS = 6
_INLINE_LABEL = re.compile(r"^\W*((?:[^\W\d][\w'’-]*\s+){0,4}[^\W\d][\w'’-]*):\s+")
# How many sentences after a person's state "Y too" may still borrow it.
TOO_REACH = 3
# How many names make a stock list of the best-known prisoners.
STOCK_LIST_NAMES = 3


def _opens_with_bullet(text: str) -> bool:
    """A line opened by a bullet: a dash, "•", or any other symbol a page lists with ("▫️", "▪", "✅")."""
    mark = text.lstrip()[:1]
    return bool(mark) and (mark in _BULLETS or unicodedata.category(mark) == "So")


def _bare_lead_in(s: Sentence) -> bool:
    """A short line ending in a colon that names no one and tells no state ("Вот их имена:", "Rights groups identified
    five:", "Спіс:"): the list under it is the group the sentence before tells."""
    return s.text.endswith(":") and len(s.text.split()) <= BARE_LEAD_IN_WORDS and not name_spans(s)


def find_names(sentences: list[Sentence], cands: list[Classified] = (), published: dt.date | None = None
               ) -> list[NamedPerson]:
    """Each person once, as first written, with the state the article gives them last.

    `cands` are the article's classified figures: a name listed with a count takes the count's role.
    """
    figures: dict[int, list[Classified]] = {}
    for c in cands:
        figures.setdefault(c.mention.sentence.index, []).append(c)
    times = Times(sentences, published)
    people: dict[str, Person] = {}
    # A relative named by the first name only ("Муж Ганны Дзмітрый Саладуха"): her first name, folded, to her full
    # name in the family's surname.
    families: dict[str, str] = {}
    intro: Sentence | None = None
    intro_role = "other"
    intro_told = False
    intro_leads_in = False
    intro_is_heading = False
    roles_before: list[str] = []
    # The last state told of a named person, and the sentence that tells it ("X is still there. ... Y too").
    last_told: tuple[str, int] | None = None
    exchange = left_behind_exchange(sentences)
    for i, s in enumerate(sentences):
        prev = sentences[i - 1] if i else None
        # A short line ending in a colon ("Досі за ґратами:") opens a new list, it is no item of the one before.
        # (A line of several names is still one item: "13 грудня 2025 — Марія Колеснікова, Віктор Бабарико, Максим
        # Знак та Алесь Біляцький.")
        words_besides_names = len(s.text.split()) - sum(len(sp.text.split()) for sp in name_spans(s))
        # A bulleted line is an item however long ("— Виктор Кулик, 58 лет, из Солигорска, отбывал 4 года ..."), and so
        # is a line opened by a name and a dash or closed by a semicolon ("Алена Шаўчук — пенсіянерка з Оршы, ...;").
        first = name_spans(s)[0] if name_spans(s) else None
        # (The page's cleaning drops "•", "-" and "1." before a line: under a colon's lead-in, a paragraph opened by a name
        # is such an item, "• Maksim Znak, a lawyer, serving ten years since 2020, ...".)
        opens_with_name = first is not None and not s.text[:first.start].strip()
        # So is one under a section's heading ("Who is still behind bars" / "Ihar Losik, a blogger: serving 15 years; ...").
        under_colon = intro is not None and (intro.text.endswith(":") or intro_is_heading) and (
            prev is None or prev.para != s.para)
        bulleted = first is not None and (
            (_opens_with_bullet(s.text) and len(s.text[:first.start].split()) <= LIST_ITEM_WORDS)
            or (opens_with_name and (_NAME_DASH.match(s.text, first.end) or s.text.rstrip().endswith(";") or under_colon)))
        leads_in = lead_in(sentences, i)
        if intro_leads_in:
            # A lead-in's list is its run of people's paragraphs ("Mikalai Statkevich, 69, an opposition veteran. ..."),
            # however long; it ends at the first paragraph opened by no one.
            item = intro is not None and s.para > intro.para and in_a_profile(sentences, i) and not leads_in
        else:
            item = (intro is not None and s.para > intro.para and (words_besides_names <= LIST_ITEM_WORDS or bulleted)
                    and not s.text.endswith(":") and not section_heading(sentences, i) and not leads_in)
        # A list item's paragraph may go on about the person ("Асуджаны ... Адбывае пакаранне ..."): the
        # list ends only at a paragraph that does not open with an item.
        opens_paragraph = prev is None or prev.para != s.para
        # (A list item's details in paragraphs under its name line do not end the list: "Dzianis Ivashin — 6 March" /
        # "Journalist from Grodno." / "Volha Zhuk — 19 March".)
        details = intro_leads_in and intro is not None and under_a_name_line(sentences, i)
        if leads_in or (not item and not details and (opens_paragraph or intro is None)):
            intro = s if s.text.endswith(":") or section_heading(sentences, i) or leads_in else None
            # "Viasna identified several of those freed. They include:": the lead-in borrows the sentence before.
            intro_role = list_role(s.lex, s.plain) if intro else "other"
            if intro_role == "other" and s.text.endswith(":") and asks_for_letters(s.lex, s.plain):
                # "This month, please write to:": the people a solidarity call asks to write to are held.
                intro_role = "still_held"
            # Whether the lead-in tells the role itself ("Также на свободе:"), not borrowed from the sentence before.
            intro_told = intro_role != "other"
            # A lead-in that closes a paragraph may leave the state to the sentences before it ("Viasna has identified
            # several of those freed. Most of them are not well known.").
            intro_leads_in = leads_in
            intro_is_heading = intro is not None and section_heading(sentences, i)
            # "Сярод новых палітвязняў студзеня:" names its own group, the newly recognised: it borrows no role from
            # the month's figures before it (the freed, the dead).
            if intro and intro_role == "other" and prev is not None and not _names_new_prisoners(s) and (
                    list_intro(s.lex, s.plain) or leads_in or _bare_lead_in(s)):
                intro_role = prev_role(sentences, i, figures)
        for span in name_spans(s):
            families.update(relative_by_first_name(s, span))
        named = {key: (p.nominative, p.relative) for key, p in people.items()}
        spans = name_spans(s) + surnames_alone(s, named)
        spans += first_names_alone(s, spans, families)
        spans += diminutives_alone(s, spans, named)
        spans += _first_name_opening(s, spans, people)
        spans += relatives_named_after(s, spans)
        spans = sorted(spans + listed_with(s, spans), key=lambda sp: sp.start)
        spans = [_named_in_full_before(sp, people) for sp in spans]
        label = _INLINE_LABEL.match(s.text)
        owner = profile_owner(sentences, i)
        roles_here: list[str] = []
        listed: tuple[NameSpan, str] | None = None
        for span in spans:
            reading, *also = read_roles(s, span, figures.get(s.index, []))
            role, own = reading.role, 1 if reading.relative else 2
            # "former political prisoner X": freed at some time before anything else the article dates.
            former = role == "former"
            if former:
                role, own = "released", 0
            if role == "list":
                # «Наши граждане уже дома. Среди них — X»: inside one quotation the group is told in the speaker's words.
                role, own = prev_role(sentences, i, figures, s.is_quoted(span.start)), 0
            if role == "other" and listed and (ENUMERATION.fullmatch(s.text[listed[0].end:span.start])
                                               or shares_verb_with_previous(s, listed[0], span)
                                               or joined_after_aside(s, listed[0], span)
                                               or verb_left_out_after_semicolon(s, listed[0], span)):
                # "палітвязняў — Алесь Бяляцкі, Віктар Бабарыка —": the next name of a list shares the one before's;
                # so does a second object of one verb ("sentenced X to four years and Y to three"), and the next name
                # after the one before's aside ("A, the flute player who ..., as well as B and C").
                role, own = listed[1], 0
            elif role == "other" and roles_here and likewise(s, span):
                # "X ... remains in prison, as does Andrzej Poczobut": the clause before's state.
                role, own = roles_here[-1], 0
            elif role == "other" and last_told is not None and i - last_told[1] <= TOO_REACH and too_after(s, span):
                # "Katsiaryna Andreyeva is still there, in the same detachment. ... Nasta Loika too": the state told of the
                # person named before, up to TOO_REACH sentences back.
                role, own = last_told[0], 0
            if role == "mentioned":
                # "convicted in the same case as X": X takes no role from around either.
                role = "other"
            elif role == "other" and not is_public_figure(span.nominative) and reading.role != "relative" and (
                    not reading.bystander or (item and colon_label(s.text, span.start, span.end) == "answer"
                                              and not _after_question(sentences, i))):
                # (Under a list's lead-in, "Maria Kalesnikava: 11 years, the Homel colony" is an entry, not an answer's
                # speaker label; after a question it is the label of the answer.)
                role, own = borrowed_role(sentences, s, span, len(spans), item, intro_role, label, figures,
                                           roles_before), 0
                if role == "other" and exchange is not None and i >= exchange and left_inside(sentences, s, span):
                    # "Ihar Karnei on the people he left behind" ... "And Andrzej Poczobut?": whom the exchange names is
                    # one of those left inside.
                    role = "still_held"
            stock = role == "still_held" and len(spans) >= STOCK_LIST_NAMES
            if stock:
                # "Prominent political prisoners still behind bars include A, B, C and D": a stock list yields to a
                # release the article tells of one of them at the same time.
                own = min(own, 1)
            listed = (span, role) if role not in ("other", "relative") else None
            # A role borrowed from around is timed where the name stands, not by any year of the sentence ("X, who
            # had been serving ..., and Y, convicted over the 2020 protests").
            at = reading.at if reading.at is not None or own else s.plain_view.at(span.start)
            # A role borrowed from a list's head is timed where the name stands, not by the nearest year of its own aside
            # ("Среди них — X, которого судили в 2021 году и освободили в 2023-м" after "В сентябре признаны ...").
            when = times.of(s, at, role) if own else times.at(s, at)
            if former:
                when = dt.date.min
            extras = [(extra.role, times.of(s, extra.at, extra.role)) for extra in also]
            # (Only an arrest told after the release: "X, who in September was returned to the colony, was freed on
            # Thursday" tells the return first, and the dates decide.)
            again = [later for extra, (extra_role, later) in zip(also, extras, strict=True) if extra_role == "still_held"
                     and later is not None and (reading.at is None or extra.at is None or extra.at > reading.at)]
            if role == "released" and again and (when is None or when >= min(again)):
                # "после освобождения стал блогером, а в ноябре 2020 года был задержан снова": the release told
                # first came before the arrest after it.
                when = min(again) - dt.timedelta(days=1)
            _merge(people, span, DatedReading(role, when, own, s.text, stock))
            if item and intro_told and intro_role == "released" and role in WEAK:
                # "Также на свободе: — Людмила Пархимович, ..., осуждена на 3 года": the list says her state, her own
                # past sentence is biography.
                _merge(people, span, DatedReading(intro_role, times.at(s, s.plain_view.at(span.start)), 0, s.text))
            for extra_role, later in extras:
                _merge(people, span, DatedReading(extra_role, later, 2, s.text))
            if role != "other":
                roles_here.append(role)
            if role not in ("other", "relative"):
                last_told = (role, i)
            # "Ihar Losik, 33, a blogger ... Judge X sentenced him to 15 years. He walked free on Thursday": in a person's
            # own paragraph, "he" is that person, not the judge, the lawyer or the wife named in passing.
            in_someone_elses_paragraph = owner is not None and person_key(span.nominative) != person_key(owner.nominative)
            # "Kastusiou: Palina Sharenda-Panasiuk. She is still in the colony": an answer's speaker label names who speaks;
            # the pronouns of the answer are the people the speaker tells of (and the label is not one of them).
            # ("Все они обратились с прошениями" after "..., сообщила пресс-секретарь X": an official's "they" or "she"
            # is not told of as a prisoner.)
            # ("з Едуардом Бабарыкам, сынам Віктара Бабарыкі. Ён дагэтуль там": a name that only says whose son someone
            # is is no one "he" could stand for.)
            # (Nor one named for whose staff it is: "Юрыст выбарчага штаба Віктара Бабарыкі, ён быў затрыманы".)
            told_of = [sp for sp in spans if colon_label(s.text, sp.start, sp.end) != "answer"
                       and kin_of_name(s, sp, s.plain_view) is None and not owner_of_organisation(s, sp)]
            if (not is_public_figure(span.nominative) and not in_someone_elses_paragraph and span in told_of
                    and not reading.bystander):
                # A heading line made of a name hands the person the paragraph under it; any other, the sentences
                # after it.
                if _is_heading(s, span, len(told_of), item):
                    told = paragraph_after(sentences, s, span, times)
                else:
                    told = told_after(sentences, i, span, len(told_of), figures, times, people)
                for later in told:
                    _merge(people, span, later)
                if len(told_of) == 1:
                    for later in pronouns_after(s, span, figures.get(s.index, []), times):
                        _merge(people, span, later)
        roles_before = roles_here
        for owner, reading in told_by_the_frame(sentences, i, figures, times):
            _merge(people, owner, reading)
    now = published or dt.date.max
    return [NamedPerson(p.name, state(not_yet(p.readings, now), now), evidence(p.readings, now), p.nominative)
            for p in people.values()]


def _named_in_full_before(span: NameSpan, people: dict[str, Person]) -> NameSpan:
    """A first name and patronymic ("Виктор Дмитриевич остается в колонии", his family's polite form) of the one person
    named before in full with that first name is that person."""
    words = span.nominative.split()
    if len(words) != 2 or not is_patronymic(words[1]) or first_name(words[0]) is None:
        return span
    same = [p.nominative for p in people.values() if len(p.nominative.split()) >= 2
            and not is_patronymic(p.nominative.split()[-1]) and first_name(p.nominative.split()[0]) == first_name(words[0])]
    return NameSpan(span.start, span.end, same[0], same[0]) if len(same) == 1 else span


# A sentence opened by one capitalised word, then a lower-case word or a comma ("Эдуард был задержан", "Eduard, too, ...").
_OPENING_WORD = re.compile(r"^\W*([^\W\d_][\w'’-]*)(?=\s*,|\s+[^\W\d_])")


def _first_name_opening(s: Sentence, spans: list[NameSpan], people: dict[str, Person]) -> list[NameSpan]:
    """"Эдуард был задержан в 2020 году" after "у семьи Эдуарда Бабарико": a sentence opened by a first name alone is
    about the one person named before in full with that first name (with two such people it stays no one's)."""
    m = _OPENING_WORD.match(s.text)
    if m is None or not m.group(1)[:1].isupper() or s.text[m.end(1):].lstrip()[:1].isupper():
        return []
    if any(sp.start <= m.start(1) < sp.end for sp in spans):
        return []
    given = first_name(m.group(1))
    if given is None:
        return []
    same = {p.nominative for p in people.values() if len(p.nominative.split()) >= 2
            and first_name(p.nominative.split()[0]) == given}
    if len(same) != 1:
        return []
    full = same.pop()
    return [NameSpan(m.start(1), m.end(1), full, full)]


def _after_question(sentences: list[Sentence], i: int) -> bool:
    """Whether the sentence before is a question (an interviewer's, which the next line answers)."""
    return i > 0 and sentences[i - 1].text.rstrip().endswith("?")


def _names_new_prisoners(s: Sentence) -> bool:
    """A lead-in that calls its group the newly recognised political prisoners ("Among the new political prisoners of
    March:", "Среди признанных политзаключёнными в марте:")."""
    return bool(s.lex.derived("new_prisoners", lambda L: r"(?<!\w)(?:(?:" + L.source("NEW") + r")\s+(?:"
                              + L.source("PRISONER_TITLE") + r")|" + L.source("RECOGNISED") + r")(?!\w)").search(s.plain))


def _is_heading(s: Sentence, span: NameSpan, count: int, item: bool) -> bool:
    """A line that is only a name with an age or a town, heading the paragraph about the person (not a byline with
    the author's trade: "Андрей Левченко, политический аналитик")."""
    # (Nor a headline quoting the person, "Ганна Пятровіч: «У калоніі вучышся лічыць дні»": the lead under the masthead
    # goes on about them.)
    return (count == 1 and span.start == 0 and not item and not SENT_END.search(s.text)
            and colon_label(s.text, span.start, span.end) != "quote"
            and len(s.text.split()) <= LIST_ITEM_WORDS and not s.lex["OTHER_TITLES"].search(s.plain, s.plain_view.at(span.end)))


def _merge(people: dict[str, Person], span: NameSpan, reading: DatedReading) -> None:
    key = person_key(span.nominative)
    if " " not in given_name_first(span.nominative):
        # "Mr Tsikhanouski" after "Siarhei Tsikhanouski": the one person the article named with that surname.
        same = [k for k, p in people.items() if k.split("|")[0] == key.split("|")[0] and " " in p.nominative
                and not is_public_figure(p.nominative)]
        key = same[0] if len(same) == 1 else key
    lone = people.get(key.split("|")[0] + "|")
    if " " in span.nominative and lone is not None and key not in people:
        # "Ціханоўскі ..." before "Сяргей Ціханоўскі": the person named by the surname first is the same.
        people[key] = people.pop(key.split("|")[0] + "|")
    known = people.get(key)
    if known is None:
        known = people[key] = Person(span.text, span.nominative)
    elif (" " in span.nominative and " " not in known.nominative) or (
            span.text == span.nominative and known.name != known.nominative
            and len(span.text.split()) == len(known.nominative.split())):
        # The name as the article writes it in the nominative wins over one put back from a declined form ("Ігару
        # Лосіку" is Лосік or Лосіка by its endings alone; "Ігар Лосік" later tells).
        known.name, known.nominative = span.text, span.nominative
    elif is_official_order(known.nominative.split()) and " " in span.nominative and not is_official_order(
            span.nominative.split()):
        # The name in the usual order wins over the official one of a verdict or an address ("Кривошеев Антон
        # Сергеевич" quoted, "Антон Кривошеев" told): the article's own name for the person.
        known.name, known.nominative = span.text, span.nominative
    known.readings.append(reading)
    known.relative = known.relative or reading.role == "relative"
