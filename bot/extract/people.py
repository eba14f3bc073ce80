"""Who an article names and what it says of each of them, weighed across its sentences.

Each sentence gives a person a reading (see `roles`): from their own clause, or borrowed from around it (a
list's lead-in, the sentence before, a pronoun in the sentences after). Each reading has a time: a date, a
month or a year told before it in its sentence or earlier in its paragraph ("In September last year, ..."),
else now. The person's state is their latest one: freed in 2015 and "taken back to prison" now is held;
"returned to the colony" in September and pardoned in February is freed. A sentence or an arrest told with
a date after the latest release (a re-arrest) makes the person held again. Relatives, officials and speakers
get no role unless a clause of their own gives one; one who died in custody or was tried in absentia is neither
freed nor held. A stock list of the best-known prisoners does not undo a release the article tells of one of them.
"""

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from bot.extract.chrome import SENT_END
from bot.extract.clauses import joined_after_aside, likewise, shares_verb_with_previous
from bot.extract.cues import PRIORITY, STRONG, WEAK, cues, list_role
from bot.extract.fields import Classified
from bot.extract.frames import (
    both_of_them,
    in_a_profile,
    lead_in,
    profile_owner,
    pronouns_of,
    timeline_owner,
    under_a_name_line,
)
from bot.extract.given_names import first_name
from bot.extract.groups import figure_role, list_intro
from bot.extract.latin import to_lacinka
from bot.extract.lone_names import (
    ENUMERATION,
    first_names_alone,
    listed_with,
    relative_by_first_name,
    relatives_named_after,
    surnames_alone,
)
from bot.extract.names import (
    NamedPerson,
    NameSpan,
    governed_by_noun,
    is_patronymic,
    is_public_figure,
    name_spans,
    surname_key,
)
from bot.extract.roles import read_roles
from bot.extract.sections import section_heading
from bot.extract.speakers import colon_label
from bot.extract.text import Sentence
from bot.extract.timeline import Times

# What opens a bulleted line, and the dash after a name that opens a list line.
_BULLETS = "—–-•*·"
_NAME_DASH = re.compile(r"\s+[\u2014\u2013-]\s")
# A list item is a name with a place or a job, not a sentence.
LIST_ITEM_WORDS = 10
# How many words a lead-in with no word of a list may have ("Вот их имена:", "Viasna named them:").
BARE_LEAD_IN_WORDS = 6


def _bare_lead_in(s: Sentence) -> bool:
    """A short line ending in a colon that names no one and tells no state ("Вот их имена:", "Rights groups identified
    five:", "Спіс:"): the list under it is the group the sentence before tells."""
    return s.text.endswith(":") and len(s.text.split()) <= BARE_LEAD_IN_WORDS and not name_spans(s)
_CAPITALISED = re.compile(r"(?<!\w)[A-ZА-ЯЁІЎЇЄҐ][\w'’-]{3,}")
_INLINE_LABEL = re.compile(r"^\W*((?:[^\W\d][\w'’-]*\s+){0,4}[^\W\d][\w'’-]*):\s+")
# "Nor did Maria Kalesnikava", "So does X": the sentence says of X what the one before said of its person.
_SAME_AS_BEFORE = re.compile(r"^\W*(?:nor|neither|so)\s+(?:did|does|do|is|was|were|are|has|have|had)\s", re.IGNORECASE)
# How many sentences after a name a pronoun may still stand for the person ("He was taken back"), each of them
# carrying the pronoun (one without it may stand between once): "— Он сидел через два ряда. … он встал … Его увели
# обратно, и он до сих пор в колонии."
PRONOUN_REACH = 4
# How many words a description opening the sentence after a name may have ("Ветеран опозиції, який ...").
EPITHET_WORDS = 4
# How many sentences back a list ("Among them ...") looks for the group it details.
PREV_REACH = 3
# How many sentences back "The other two are ..." looks for the group it is the rest of.
OTHERS_REACH = 8



@dataclass(frozen=True)
class _Reading:
    role: str
    when: dt.date | None  # None: now
    # How directly the sentence tells it: 2 the person's own clause, 1 a relative clause describing them,
    # 0 borrowed from around (a list's lead-in, the sentence before, a pronoun after).
    own: int
    evidence: str
    # Told in a stock list of the best-known prisoners ("Still behind bars are A, B, C and D").
    stock: bool = False


@dataclass
class _Person:
    name: str
    nominative: str
    readings: list[_Reading] = field(default_factory=list)
    # Whether any reading tells a relative (kept as the readings come: a long page gives a person hundreds of them).
    relative: bool = False


def find_names(sentences: list[Sentence], cands: list[Classified] = (), published: dt.date | None = None
               ) -> list[NamedPerson]:
    """Each person once, as first written, with the state the article gives them last.

    `cands` are the article's classified figures: a name listed with a count takes the count's role.
    """
    figures: dict[int, list[Classified]] = {}
    for c in cands:
        figures.setdefault(c.mention.sentence.index, []).append(c)
    times = Times(sentences, published)
    people: dict[str, _Person] = {}
    # A relative named by the first name only ("Муж Ганны Дзмітрый Саладуха"): her first name, folded, to her full
    # name in the family's surname.
    families: dict[str, str] = {}
    intro: Sentence | None = None
    intro_role = "other"
    intro_told = False
    intro_leads_in = False
    roles_before: list[str] = []
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
        under_colon = intro is not None and intro.text.endswith(":") and (prev is None or prev.para != s.para)
        bulleted = first is not None and (
            (s.text.lstrip()[:1] in _BULLETS and len(s.text[:first.start].split()) <= LIST_ITEM_WORDS)
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
            # Whether the lead-in tells the role itself ("Также на свободе:"), not borrowed from the sentence before.
            intro_told = intro_role != "other"
            # A lead-in that closes a paragraph may leave the state to the sentences before it ("Viasna has identified
            # several of those freed. Most of them are not well known.").
            intro_leads_in = leads_in
            # "Сярод новых палітвязняў студзеня:" names its own group, the newly recognised: it borrows no role from
            # the month's figures before it (the freed, the dead).
            if intro and intro_role == "other" and prev is not None and not _names_new_prisoners(s) and (
                    list_intro(s.lex, s.plain) or leads_in or _bare_lead_in(s)):
                intro_role = _prev_role(sentences, i, figures)
        for span in name_spans(s):
            families.update(relative_by_first_name(s, span))
        named = {key: (p.nominative, p.relative) for key, p in people.items()}
        spans = name_spans(s) + surnames_alone(s, named)
        spans += first_names_alone(s, spans, families)
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
                role, own = _prev_role(sentences, i, figures, s.is_quoted(span.start)), 0
            if role == "other" and listed and (ENUMERATION.fullmatch(s.text[listed[0].end:span.start])
                                               or shares_verb_with_previous(s, listed[0], span)
                                               or joined_after_aside(s, listed[0], span)):
                # "палітвязняў — Алесь Бяляцкі, Віктар Бабарыка —": the next name of a list shares the one before's;
                # so does a second object of one verb ("sentenced X to four years and Y to three"), and the next name
                # after the one before's aside ("A, the flute player who ..., as well as B and C").
                role, own = listed[1], 0
            elif role == "other" and roles_here and likewise(s, span):
                # "X ... remains in prison, as does Andrzej Poczobut": the clause before's state.
                role, own = roles_here[-1], 0
            if role == "mentioned":
                # "convicted in the same case as X": X takes no role from around either.
                role = "other"
            elif role == "other" and not is_public_figure(span.nominative) and reading.role != "relative" and (
                    not reading.bystander or (item and colon_label(s.text, span.start, span.end) == "answer"
                                              and not _after_question(sentences, i))):
                # (Under a list's lead-in, "Maria Kalesnikava: 11 years, the Homel colony" is an entry, not an answer's
                # speaker label; after a question it is the label of the answer.)
                role, own = _borrowed_role(sentences, s, span, len(spans), item, intro_role, label, figures,
                                           roles_before), 0
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
            _merge(people, span, _Reading(role, when, own, s.text, stock))
            if item and intro_told and intro_role == "released" and role in WEAK:
                # "Также на свободе: — Людмила Пархимович, ..., осуждена на 3 года": the list says her state, her own
                # past sentence is biography.
                _merge(people, span, _Reading(intro_role, times.at(s, s.plain_view.at(span.start)), 0, s.text))
            for extra_role, later in extras:
                _merge(people, span, _Reading(extra_role, later, 2, s.text))
            if role != "other":
                roles_here.append(role)
            # "Ihar Losik, 33, a blogger ... Judge X sentenced him to 15 years. He walked free on Thursday": in a person's
            # own paragraph, "he" is that person, not the judge, the lawyer or the wife named in passing.
            in_someone_elses_paragraph = owner is not None and person_key(span.nominative) != person_key(owner.nominative)
            # "Kastusiou: Palina Sharenda-Panasiuk. She is still in the colony": an answer's speaker label names who speaks;
            # the pronouns of the answer are the people the speaker tells of (and the label is not one of them).
            # ("Все они обратились с прошениями" after "..., сообщила пресс-секретарь X": an official's "they" or "she"
            # is not told of as a prisoner.)
            told_of = [sp for sp in spans if colon_label(s.text, sp.start, sp.end) != "answer"]
            if (not is_public_figure(span.nominative) and not in_someone_elses_paragraph and span in told_of
                    and not reading.bystander):
                for later in _told_after(sentences, i, span, len(told_of), figures, times, item, people):
                    _merge(people, span, later)
                if len(told_of) == 1:
                    for later in _pronouns_after(s, span, figures.get(s.index, []), times):
                        _merge(people, span, later)
        roles_before = roles_here
        for owner, reading in _told_by_the_frame(sentences, i, figures, times):
            _merge(people, owner, reading)
    now = published or dt.date.max
    return [NamedPerson(p.name, _state(_not_yet(p.readings, now), now), _evidence(p.readings, now), p.nominative)
            for p in people.values()]


def _told_by_the_frame(sentences: list[Sentence], i: int, figures: dict[int, list[Classified]], times: Times
                       ) -> list[tuple[NameSpan, _Reading]]:
    """What sentence `i` tells of a person it does not name, by the article's frame: "he" or "she" in the person's own
    paragraph ("Ihar Losik, 33, a blogger ... He walked free on Thursday"), a timeline's line under the person's name
    ("2025 — pardoned"), "both" after two people ("Both are still there")."""
    s = sentences[i]
    if s.text.rstrip().endswith("?"):
        return []
    found: list[tuple[NameSpan, _Reading]] = []
    owner = profile_owner(sentences, i)
    # (Not the paragraph's first sentence, read as the owner's own; nor one that names someone else.)
    if owner is not None and sentences[i - 1].para == s.para and not any(
            person_key(sp.nominative) != person_key(owner.nominative) for sp in name_spans(s)):
        for pronoun in pronouns_of(s, owner):
            told = [(r.role, times.of(s, r.at, r.role)) for r in read_roles(s, pronoun, figures.get(s.index, []))
                    if r.role in STRONG or r.role in WEAK]
            again = [when for role, when in told[1:] if role == "still_held" and when is not None]
            for role, when in told:
                if role == "released" and again and (when is None or when >= min(again)):
                    # "он был помилован, но через два месяца вновь оказался за решёткой": the release came first.
                    when = min(again) - dt.timedelta(days=1)
                found.append((owner, _Reading(role, when, 0, s.text)))
    owner = timeline_owner(sentences, i)
    if owner is not None:
        found += [(owner, _Reading(c.role, times.of(s, c.start, c.role), 0, s.text)) for c in cues(s.lex, s.plain)]
    for each in both_of_them(sentences, i):
        found += [(each, _Reading(c.role, times.of(s, c.start, c.role), 0, s.text)) for c in cues(s.lex, s.plain)
                  if c.role in STRONG]
    return found


def _not_yet(readings: list[_Reading], now: dt.date) -> list[_Reading]:
    """A release told for a later year than the article's ("Вызваліцца ён павінен у 2027 годзе") has not happened: the
    person waits for it, still held."""
    return [_Reading("wished", r.when, r.own, r.evidence, r.stock) if r.role == "released" and r.when is not None
            and now != dt.date.max and r.when.year > now.year else r for r in readings]


def _latest(readings: list[_Reading], now: dt.date) -> _Reading | None:
    strong = [r for r in readings if r.role in STRONG]
    return max(strong, key=lambda r: (r.when or now, r.own, PRIORITY[r.role])) if strong else None


def _state(readings: list[_Reading], now: dt.date) -> str:
    """The person's state by the article: their latest strong reading; arrested again after a release is held;
    only arrested or sentenced is held; dead or under restricted freedom is neither."""
    if any(r.role in ("died", "abroad") for r in readings):
        return "other"
    best = _latest(readings, now)
    if any(r.role == "relative" for r in readings) and (best is None or best.own < 2):
        # A relative who speaks of the prisoner is not one, unless a clause of their own says so.
        return "other"
    weak = [r for r in readings if r.role in ("sentenced", "held_weak")]
    if best is None:
        # Only arrested or sentenced, or named as one whose release is wished for ("could be freed").
        return "still_held" if weak or any(r.role == "wished" for r in readings) else "other"
    if best.role == "released" and any(r.when and r.when > (best.when or now) for r in weak):
        # "памілаваны ў лістападзе 2024-га ... Гэтым летам яго затрымалі зноў": held again.
        return "still_held"
    if best.stock and best.when is None and any(r.role == "released" for r in readings) and not any(
            r.role == "still_held" and not r.stock for r in readings):
        # "У червні на волю вийшов Сергій Тихановський ... За ґратами залишаються ..., Сергій Тихановський": a stock
        # list of the best-known prisoners does not undo a release the article tells, unless it tells him held again.
        return "released"
    return "other" if best.role == "restricted" else best.role


def _evidence(readings: list[_Reading], now: dt.date) -> str:
    best = _latest(readings, now)
    if best is not None:
        return best.evidence
    said = [r for r in readings if r.role != "other"]
    return (said or readings)[0].evidence


def _prev_role(sentences: list[Sentence], i: int, figures: dict[int, list[Classified]], quoted: bool = False) -> str:
    """The role the sentences before hand to a list that follows them ("... 1 177 политзаключенных. Среди них X",
    "Belarus freed 52 prisoners. ... Washington eased sanctions. Among the Belarusians were ..."): the nearest of the
    last PREV_REACH sentences that gives one."""
    s = sentences[i]
    if s.lex.derived("the_others_first", lambda L: r"^\W*(?:" + L.source("THE_OTHERS") + ")").search(s.plain):
        # "Belarus released three prisoners. The American had been detained last year. The other two are A and B": the
        # rest of the group counted before, however far back in its story, not the one person told between.
        for prev in reversed(sentences[max(0, i - OTHERS_REACH):i]):
            role = figure_role(figures.get(prev.index, []), len(prev.text))
            if role is not None:
                return role
    for prev in reversed(sentences[max(0, i - PREV_REACH):i]):
        if prev.para < sentences[i].para - 1:
            break
        # Inside one speech, the speaker's own words before hand on the role ("let me tell you about those who are
        # still there. X, who ...").
        said = prev.view.text if quoted else prev.plain
        role = figure_role(figures.get(prev.index, []), len(prev.text)) or list_role(prev.lex, said)
        if (role != "other" and list_intro(prev.lex, prev.plain)
                and {c.role for c in cues(prev.lex, prev.plain)} <= {"sentenced"}):
            # "Серед них — п'ятеро громадян України, яких засудили ...": a lead-in that details the group before
            # by its past sentence hands on that group's role.
            continue
        if role in ("still_held", "other") and any(c.role == "died" for c in cues(prev.lex, prev.plain)):
            # "Вясна налічвае шэсць палітвязняў, якія памерлі ў месцах зняволення. Сярод іх — ...": the group counted
            # is of the dead, neither freed nor held ("at least seven political prisoners have died in places of detention.
            # Among them were ...": not the group held two sentences before).
            return "died"
        if role != "other":
            return role
    return "other"


def _borrowed_role(sentences: list[Sentence], s: Sentence, span: NameSpan, count: int, item: bool, intro_role: str,
                   label: re.Match | None, figures: dict[int, list[Classified]], roles_before: list[str]) -> str:
    """A role from around the sentence: a list's lead-in, the sentences before."""
    prev = sentences[s.index - 1] if s.index else None
    if s.text.rstrip().endswith("?"):
        return "other"
    # An item's own person is its first name; another named further in it ("— Maksim Znak, a lawyer of Viktar Babaryka's
    # campaign") is only mentioned (names listed together, "A and B", share the first's role before this is asked).
    own_name = not name_spans(s) or span.start <= name_spans(s)[0].start
    if item and intro_role != "other" and own_name:
        return intro_role
    if label and span.start >= label.end():
        # "Still inside: A, B, C" on one line: the label gives the names their role.
        return list_role(s.lex, s.plain_view.span(label.start(1), label.end(1)))
    if prev is None:
        return "other"
    question = _question_answered(sentences, s)
    if question is not None:
        # "— А хто застаўся? — Шмат хто. ... І Павел Севярынец": an interview's answer names whom the question asks of.
        role = list_role(question.lex, question.plain)
        if role != "other":
            return role
    likewise = s.lex.derived("likewise_first", lambda L: r"^\W*(?:" + L.source("LIKEWISE") + r")\s")
    if _SAME_AS_BEFORE.match(s.text) or likewise.match(s.plain):
        # "Ales Bialiatski remains behind bars. So does Maria Kalesnikava."; "Nothing has been heard from him for a year.
        # The same is true of Maria Kalesnikava": the state the sentence before tells, of a name or of "him".
        return roles_before[-1] if roles_before else _prev_role(sentences, s.index, figures)
    # A sentence, not a byline ("Анна Ковальчук, Илья Сафронов"): it ends as a sentence does.
    opens_with_names = (count > 1 and name_spans(s) and name_spans(s)[0].start == 0 and SENT_END.search(s.text)
                        and sum(not is_public_figure(sp.nominative) for sp in name_spans(s)) > 1)
    one_of = count == 1 and prev.lex["ONE_OF"].search(prev.plain) and not prev.text.rstrip().endswith("?")
    if count == 1 and prev.para == s.para and _is_fragment(s, span):
        # "…those who are still there. Andrzej Poczobut, a journalist whose only crime is to write in Polish.": a name
        # and its aside with no verb of their own go on with the list the sentences before tell.
        return _prev_role(sentences, s.index, figures, s.is_quoted(span.start))
    if (list_intro(s.lex, s.plain) or one_of
            or (opens_with_names and prev.para >= s.para - 1 and not cues(s.lex, s.plain))):
        # "Viasna counts 1,300 political prisoners. Among them are ...", "There are around 30 media workers
        # behind bars. Katsiaryna Andreyeva, Andrzej Poczobut, Dzianis Ivashyn — ...", "... са сваякамі аднаго з
        # вызваленых. 36-гадовы Дзьмітры Навумчык ...": the names detail the group.
        return _prev_role(sentences, s.index, figures)
    return "other"


def _question_answered(sentences: list[Sentence], s: Sentence) -> Sentence | None:
    """The interviewer's question about people ("— А хто застаўся?") a sentence answers: the question paragraph right
    before the sentence's own paragraph, the sentence being a dialogue line ("— Шмат хто. ...")."""
    answer = [x for x in sentences[:s.index + 1] if x.para == s.para]
    if not answer or not answer[0].text.lstrip().startswith(("—", "–", "-")):
        return None
    before = [x for x in sentences[:answer[0].index] if x.para == s.para - 1]
    asks = before[-1] if before and before[-1].text.rstrip().endswith("?") else None
    return asks if asks is not None and asks.lex["WHO_ASKS"].search(asks.text) else None


def _is_fragment(s: Sentence, span: NameSpan) -> bool:
    """A sentence made of a name and its aside ("Andrzej Poczobut, a journalist whose ...", "X, who has spent five
    years behind bars"), no one speaking."""
    view = s.view if s.is_quoted(span.start) else s.plain_view
    return (not s.text[:span.start].strip(_OPENERS) and s.text[span.end:].startswith(",")
            and not _CLOSED_ASIDE.match(s.text, span.end) and not s.lex["SPEAKER_VERBS"].search(view.text))


# An aside closed by a second comma with more words after it: the name's own predicate follows ("X, паводле знаёмых,
# застаўся ў Беларусі").
_CLOSED_ASIDE = re.compile(r",[^,;:.!?]{1,40},\s*[^\W\d]")


# What may stand before a sentence's first word: quotation marks, dashes, bullets.
_OPENERS = " \t\"“«„'‘—–-•*"


def _told_after(sentences: list[Sentence], i: int, span: NameSpan, count: int, figures: dict[int, list[Classified]],
                times: Times, item: bool, people: dict[str, _Person]) -> list[_Reading]:
    """What the next sentences say of "him", "her" or "them" (the people just named), until another name.

    A heading line made of a name ("Кацярына Лісоўская, 71 год, Бабруйск") hands the person the paragraph after
    it, when that paragraph speaks of them ("Цяпер яна ў Гомельскай жаночай калоніі").
    """
    s = sentences[i]
    if _is_heading(s, span, count, item):
        return _paragraph_after(sentences, s, span, times)
    if governed_by_noun(s, span):
        return []
    field_name = "PLURAL_PRONOUN" if count > 1 else "PRONOUN"
    first = first_name(span.nominative.split()[0]) if " " in span.nominative else None
    others = {key.split("|")[0] for key in people if key != person_key(span.nominative)}
    quoted = s.is_quoted(span.start)
    found: list[_Reading] = []
    skipped = False
    subjectless = False
    for nxt in sentences[i + 1:i + 1 + PRONOUN_REACH]:
        # A name after the pronoun that opens the sentence does not stop it ("He was released in February alongside
        # ..., Alena Maushuk"); one before it does.
        opening = nxt.lex.derived("pronoun_first", lambda L: r"^\W*(" + L.source("PRONOUN") + r")(?!\w)").search(nxt.text)
        if opening is None and count == 1:
            # "В сентябре прошлого года его вместе с еще 51 заключенным вывезли в Литву — после визита ... Джона Коула": an
            # object pronoun opening the sentence (a time before it) is the person too, whoever is named after it.
            opening = _object_pronoun_first(nxt.lex).search(nxt.text)
        names_first = [sp for sp in name_spans(nxt) if opening is None or count > 1 or sp.start < opening.end()]
        # (Inside a quotation, the speaker named after it is no other person the pronoun could stand for: "«X is my
        # friend. He is still in the colony,» Losik said.")
        if names_first or nxt.para > s.para + 1 or any(surname_key(w.group()) in others for w in _CAPITALISED.finditer(nxt.text)
                                                       if not quoted or nxt.is_quoted(w.start())):
            break
        if (count == 1 and nxt.para == s.para and _opens_with_predicate(nxt)
                and (subjectless or (nxt.index == i + 1 and _described_without_predicate(s, span)))):
            # "— Пётр Лапко, 52 гады, слесар з Барысава. Затрыманы ў кастрычніку. Утрымліваецца ў СІЗА": a line that
            # names and describes a person goes on with sentences whose predicate has no subject: they are theirs.
            # (Each such sentence is dated by its own words: "Відбуває покарання" after "Затриманий у 2023 році" is now.)
            found += [_Reading(c.role, times.near(nxt, c.start), 1, nxt.text) for c in cues(nxt.lex, nxt.plain)]
            subjectless = True
            continue
        if subjectless:
            break
        # Inside a quotation that names the person ("spoke about my husband, X. ... He was freed in June"), the
        # speaker's "he" is the person too.
        told = nxt.text if quoted else nxt.unquoted()
        pronoun = nxt.lex.derived("any_" + field_name, lambda L: r"(?<!\w)(" + L.source(field_name) + r")(?!\w)")
        found_pronoun = pronoun.search(told)
        if found_pronoun is None and count == 1:
            # (A day or a month may come first: "В четверг его освободили", "В сентябре прошлого года его вывезли".)
            found_pronoun = _object_pronoun_first(nxt.lex).search(told)
        epithet = None
        if found_pronoun is None and count == 1 and nxt.index == i + 1:
            # "Насамперед це Микола Статкевич. Ветеран опозиції, який у вересні ..., досі перебуває в ув'язненні": a
            # description with its relative clause opens the next sentence about the person.
            epithet = nxt.lex.derived("epithet_first", lambda L: r"^\W*([^\W\d]+(?:\s+[^\W\d]+){0," + str(EPITHET_WORDS - 1)
                                      + r"})(?=\s*,\s*(?:" + L.source("PERSON_AFTER") + r")(?!\w))").search(told)
            if epithet is None:
                epithet = _trade_first(nxt, told, first)
            found_pronoun = epithet
        inside = nxt.lex.derived("third_person_inside", lambda L: r"(?<!\w)(" + L.source("THIRD_PERSON") + r")(?!\w)")
        object_inside = inside.search(told) if found_pronoun is None and count == 1 and not name_spans(nxt) else None
        if object_inside is not None and (first is None or bool(nxt.lex["FEMININE_PRONOUN"].fullmatch(object_inside.group(1)))
                                          == (first[1] == "f")):
            # "Игоря Лосика задержали в 2020 году. В 2021-м суд в Гомеле приговорил его ... В заключении он ... 11 сентября
            # его вывезли в Литву": a sentence with "him" inside is about the person too, and the story goes on.
            continue
        if found_pronoun is None and count == 1 and not skipped and not name_spans(nxt):
            # "Andrei K. did not know he was going free ... The journalist spent three years behind bars ... He was
            # released in February": a sentence about the person with no pronoun of its own goes on to the next,
            # whose opening "he" is still them.
            skipped = True
            continue
        if found_pronoun is None or (skipped and (opening is None or found_pronoun.start(1) != opening.start(1))):
            break
        feminine = bool(nxt.lex["FEMININE_PRONOUN"].fullmatch(found_pronoun.group(1)))
        if count == 1 and first is not None and epithet is None and feminine != (first[1] == "f"):
            # "Бацька Марыі, Аляксандр Калеснікаў, ... Калеснікаву затрымалі, калі яна адмовілася": not him.
            break
        pronoun_span = NameSpan(found_pronoun.start(1), found_pronoun.end(1), found_pronoun.group(1), "")
        for reading in read_roles(nxt, pronoun_span, figures.get(nxt.index, [])):
            if reading.role not in ("other", "list"):
                found.append(_Reading(reading.role, times.of(nxt, reading.at, reading.role), 0, nxt.text))
    return found


def _trade_first(s: Sentence, told: str, first: tuple[str, str] | None) -> re.Match | None:
    """A trade or role opening the sentence after a name, standing for that person ("Правозащитница из Бреста вышла на
    свободу", "The analyst walked free", "The Brest activist was freed", "Анархіст выйшаў на волю"), when its gender, where the word shows one, is the
    person's."""
    # ("The Brest activist", "Брестская активистка": a town before the trade.)
    trade = s.lex.derived("trade_first", lambda L: r"^\W*(?:the\s+)?(?:(?:" + L.source("ATTRIBUTE_WORD") + r")\s+)?(?:(?:"
                          + L.source("TRADE_PLACE") + r")\s+)?(" + L.source("TRADE") + r")(?!\w)").search(told)
    if trade is None or first is None:
        return trade
    feminine = s.lex["FEMININE_TRADE"].fullmatch(trade.group(1))
    masculine = s.lex["MASCULINE_TRADE"].fullmatch(trade.group(1))
    return None if (feminine and first[1] != "f") or (masculine and first[1] != "m") else trade


def _named_in_full_before(span: NameSpan, people: dict[str, _Person]) -> NameSpan:
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


def _first_name_opening(s: Sentence, spans: list[NameSpan], people: dict[str, _Person]) -> list[NameSpan]:
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


def _described_without_predicate(s: Sentence, span: NameSpan) -> bool:
    """A sentence opened by the name with only its description after a comma ("Hanna Sivets, 31, an accountant from
    Lida."): no state word of its own."""
    return (not s.text[:span.start].strip(_OPENERS) and s.text[span.end:].startswith(",")
            and not cues(s.lex, s.plain))


def _opens_with_predicate(s: Sentence) -> bool:
    """A sentence that opens with a state or arrest word and names no one ("Sentenced to two years; now in a colony",
    "Затрыманы ў кастрычніку", "Цяпер у калоніі"): its subject is left out."""
    if name_spans(s):
        return False
    found = cues(s.lex, s.plain)
    opening = len(" ".join(s.plain.split()[:PREDICATE_OPENING_WORDS]))
    return bool(found) and min(c.start for c in found) <= opening


# How far into a sentence a predicate without a subject starts ("Now transferred to a colony").
PREDICATE_OPENING_WORDS = 2


def _object_pronoun_first(L) -> re.Pattern:
    """An object pronoun opening a sentence, maybe after a day, a month or a year ("В четверг его освободили", "В сентябре
    прошлого года его вывезли", "В 2020 году его снова арестовали")."""
    return L.derived("object_pronoun_first", lambda L: r"^\W*(?:(?:(?:в|во|у|ў|на)\s+|\d{1,2}\s+)(?:[^\W\d]+|\d{4}(?:-[^\W\d]+)?)"
                     r"(?:\s+[^\W\d]+){0,2}\s+)?("
                     + L.source("OBJECT_PRONOUN") + r")(?!\w)")


def _pronouns_after(s: Sentence, span: NameSpan, figures: list[Classified], times: Times) -> list[_Reading]:
    """What later clauses of the name's own sentence say of "him" or "her" ("Андрэя Марціновіча памілавалі ў
    лістападзе 2024 году, а гэтым летам затрымалі зноў — цяпер ён у гарадзенскім СІЗА")."""
    first = first_name(span.nominative.split()[0]) if " " in span.nominative else None
    # "..., ale ŭ kastryčniku jaho znoŭ zatrymali": the object of an impersonal verb too.
    pronoun = s.lex.derived("any_PRONOUN_or_object", lambda L: r"(?<!\w)(" + L.source("PRONOUN") + "|"
                            + L.source("OBJECT_PRONOUN") + r")(?!\w)")
    found: list[_Reading] = []
    for m in pronoun.finditer(s.unquoted(), span.end):
        feminine = bool(s.lex["FEMININE_PRONOUN"].fullmatch(m.group(1)))
        if first is not None and feminine != (first[1] == "f"):
            continue
        for reading in read_roles(s, NameSpan(m.start(1), m.end(1), m.group(1), ""), figures):
            if reading.role in STRONG:
                found.append(_Reading(reading.role, times.of(s, reading.at, reading.role), 1, s.text))
    return found


def _is_heading(s: Sentence, span: NameSpan, count: int, item: bool) -> bool:
    """A line that is only a name with an age or a town, heading the paragraph about the person (not a byline with
    the author's trade: "Андрей Левченко, политический аналитик")."""
    return (count == 1 and span.start == 0 and not item and not SENT_END.search(s.text)
            and len(s.text.split()) <= LIST_ITEM_WORDS and not s.lex["OTHER_TITLES"].search(s.plain, s.plain_view.at(span.end)))


def _paragraph_after(sentences: list[Sentence], s: Sentence, span: NameSpan, times: Times) -> list[_Reading]:
    """The cues of the paragraph after a heading name, when the paragraph speaks of the person (a pronoun or their
    surname) and of no one else named in full."""
    paragraph = [x for x in sentences[s.index + 1:] if x.para == s.para + 1]
    surname = surname_key(span.nominative)
    about = any(x.lex["PRONOUN"].search(x.unquoted()) or any(surname_key(w) == surname for w in x.text.split())
                for x in paragraph)
    if not paragraph or not about or any(len(sp.text.split()) > 1 for x in paragraph for sp in name_spans(x)):
        return []
    return [_Reading(c.role, times.of(x, c.start, c.role), 0, x.text) for x in paragraph for c in cues(x.lex, x.plain)]


# How many names make a stock list of the best-known prisoners.
STOCK_LIST_NAMES = 3
# The letters of a first name that tell two people of one surname apart.
FIRST_NAME_KEY = 3


@lru_cache(maxsize=4096)
def person_key(nominative: str) -> str:
    """Who a name stands for: the surname's key and the first name's first letters, vowels kept ("Siarhei" and
    "Sviatlana" differ, and so do "Volha" and "Aleh" Babič, a couple)."""
    words = nominative.split()
    first = ""
    if len(words) > 1:
        plain = unicodedata.normalize("NFKD", to_lacinka(words[0]).casefold())
        first = "".join(c for c in plain if c.isalpha() and not unicodedata.combining(c))[:FIRST_NAME_KEY]
    return surname_key(nominative) + "|" + first


def _merge(people: dict[str, _Person], span: NameSpan, reading: _Reading) -> None:
    key = person_key(span.nominative)
    if " " not in span.nominative:
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
        known = people[key] = _Person(span.text, span.nominative)
    elif (" " in span.nominative and " " not in known.nominative) or (
            span.text == span.nominative and known.name != known.nominative
            and len(span.text.split()) == len(known.nominative.split())):
        # The name as the article writes it in the nominative wins over one put back from a declined form ("Ігару
        # Лосіку" is Лосік or Лосіка by its endings alone; "Ігар Лосік" later tells).
        known.name, known.nominative = span.text, span.nominative
    known.readings.append(reading)
    known.relative = known.relative or reading.role == "relative"
