"""What one sentence says about a person it names: released, still held, arrested once, or nothing.

A role comes from the person's own clause, read in lemmas: the predicate right after the name, or the
relative clause that describes it ("Тихановский вышел на свободу", "Дар'я Сцяцко, якую памілавалі"), else
the nearest release or holding word before it in the clause ("Among those released were ...", "Среди тех,
кто остаётся за решёткой, ... Статкевич"), else one after it. Negation and wishes count ("did not appear on
the list of the pardoned"; "called for the release of X", "Among those who could be freed are X": X is held).
Speakers, officials, titles and relatives get no role unless their own aside or clause tells one ("said X, who was
released in December") or calls them a former political prisoner (freed at an unknown earlier time); one named for a
case ("in the same case as X") gets none; people tried in absentia are abroad, neither freed nor held.
`people.find_names` weighs what the sentences of an article say about each person.
"""

import re
from dataclasses import dataclass

from bot.extract.clause_scope import BOUNDARY, clause_scope
from bot.extract.clauses import (
    coordinated_end,
    denied_by_ellipsis,
    fronted_list_end,
    inside_anothers_relative,
    is_verb,
    list_head,
    not_theirs,
    object_of_own_verb,
    relative_clauses,
    subject_after_own_verb,
    title_after,
)
from bot.extract.cues import AGAIN_REACH, PRIORITY, STRONG, WEAK, Cue, cues
from bot.extract.cues import derived_field as _derived
from bot.extract.fields import Classified
from bot.extract.given_names import first_name
from bot.extract.kin import (
    kin_after,
    kin_before,
    kin_of_the_name_before,
    possessor,
    relative_of_the_name_before,
    relatives_state,
    state_told_by_relative,
    whose_relative,
)
from bot.extract.lexicon import Lexicon
from bot.extract.morph import LemmaView
from bot.extract.names import NameSpan, is_public_figure, name_spans
from bot.extract.speakers import (
    colon_label,
    has_title,
    is_speaker,
    release_as_time_after,
    state_aside,
    state_opening,
)
from bot.extract.text import Sentence
from bot.extract.until import releases_after_until

# An arrest or a sentence speaks of the person right next to it only ("суд приговорил его ... Жихаря" does not).
WEAK_REACH = 30
# How far before a name the group it is named out of may be told ("prisoners in Russian jails, including X").
GROUP_ABROAD_REACH = 140
# A clause that goes on inside the one before: a conjunction or a subordinator, a personal pronoun.
_SUBORDINATE = re.compile(r"^\W*(?:як|как|калі|когда|коли|as|when|after|because|since|and|і|и|та|а|але|но|but|he|she|they"
                          r"|він|вона|вони|ён|яна|яны|он|она|они|що|что|што|that|which|where|де|где|дзе)(?!\w)",
                          re.IGNORECASE)
_COMMA = re.compile(r"[,:(]")
# How far after a name its own predicate starts ("X, 69, was among ..." is not direct; "X was freed" is).
DIRECT_CHARS = 45
# Relative pronouns (as the lemma view writes them) opening a clause about the name before them.
_RELATIVE = re.compile(r"(?:^|\W)(?:who|which|whose|который|кто|який|яка|які|якая|якія|якую|якога|хто)\W",
                       re.IGNORECASE)
_RELATIVE_RIGHT_AFTER = re.compile(r"^\s*,\s*(?:who|which|whose|который|кто|який|яка|які|якая|якія|якую|якога|хто)\W",
                                   re.IGNORECASE)


# A pronoun (maybe after "of", "от", "пра", "від") right after a cue: the cue speaks of that person ("no news of him").
_OF_SOMEONE = re.compile(r"(?:\s+[^\W\d]+){0,3}?\s+(?:(?:of|from|about|от|о|об|ад|пра|аб|від|про)\s+)?(?:him|her|them|он|она|они|его|ее|её"
                         r"|их|него|нее|неё|них|ён|яна|яны|яго|яе|іх|він|вона|вони|його|її|їх|нього|неї)(?!\w)|\s*(?:him|her|them)(?!\w)",
                         re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """What a sentence says of a person: the role, where in the lemma text the word that says it stands, and
    whether it comes from a relative clause describing the name (background to the main clause)."""

    role: str
    at: int | None = None
    relative: bool = False
    # An official ("пресс-секретарь X", "X, the US envoy") or an interview's speaker label ("Kastusiou: ..."): the
    # sentences around tell the state of others ("Все они ...", "She is still in the colony"), not theirs.
    bystander: bool = False


# A clause after a contrast whose verb is left out: a few words of time or place, a dash, at most a title before the name.
# A release still to come whose subject is the name before it: a few words with no comma or dash between, then a
# passive ("is expected to be released", "должна быть освобождена") or going out ("павінна выйсці на волю").
_AUXILIARIES_ONLY = re.compile(r"^\s+(?:[^\W\d]+\s+){1,5}$")
_PASSIVE_RIGHT_BEFORE = re.compile(r"(?:^|\s)(?:be|быть|быть_fut|быць|будзе|будуць|бути|бути_fut)\s+$")
_GOING_OUT = re.compile(r"(?:выйти|выйсці|вийти|walk)\s", re.IGNORECASE)


def _wished_for_subject(text: str, b: int, c: Cue) -> bool:
    """"Marfa Rabkova is expected to be released only in 2027": the release wished for is the name's own (not "X called
    for the release of Y", whose release is a noun with its own object)."""
    gap = text[b:c.start]
    return bool(_AUXILIARIES_ONLY.match(gap)) and bool(_PASSIVE_RIGHT_BEFORE.search(gap) or _GOING_OUT.match(text, c.start))


_GAP = re.compile(r"^\s*(?:[^\W\d]+\s+){0,4}[\u2014\u2013]\s+(?:[^\W\d]+\s+){0,2}$")


def _gapped_predicate(L: Lexicon, text: str, lo: int, a: int, theirs) -> Cue | None:
    """The release or holding word of the clause before the contrast, when the name's clause leaves its verb out ("…, а в
    феврале — политика X", "…, а ў лютым — Y"): the strongest of that clause."""
    if lo == 0 or not _GAP.match(text[lo:a]):
        return None
    starts = [m.end() for m in BOUNDARY.finditer(text, 0, lo) if m.end() < lo]
    prev_lo = starts[-1] if starts else 0
    return _strongest_nearest([c for c in not_theirs(cues(L, text[:lo]), theirs) if c.start >= prev_lo
                               and c.role in STRONG], last=True)


# A state word right before a name, a word or two of title between ("на свободе Ирина Злобина", "frees Iryna Zlobina").
_FRONTED_GAP = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}")


def _fronted_state(L: Lexicon, text: str, lo: int, a: int) -> bool:
    """Whether the name's clause opens with its state right before the name ("на свободе X", "вызвалены X")."""
    return any(c.role in STRONG and lo <= c.start and _FRONTED_GAP.fullmatch(text, c.end, a) for c in cues(L, text[:a]))


def _prisoner_title(L: Lexicon, text: str, a: int) -> bool:
    """"политзаключенного Виталия Жука": a political prisoner by title (not a former one); also one of a group of
    prisoners ("известных заключенных, в том числе Николая Статкевича")."""
    title = L.derived("prisoner_title", lambda L: r"(?<!\w)(?:" + L.source("PRISONER_TITLE") + r")(?!\w)(?:\s+[^\W\d]+)?"
                      r"[\s\u2014\u2013:,-]*(?:(?:" + L.source("INCLUDING") + r")[\s\u2014\u2013:,-]*)?$")
    found = title.search(text[max(0, a - 40):a])
    former = _derived(L, "former_before", "FORMER", r"(?:^|\W)(?:FIELD)\W*$")
    return bool(found) and not former.search(text[max(0, a - 40):max(0, a - 40) + found.start()])


# How far before a name "former political prisoner" may stand, a word or two of trade between ("бывший политзаключенный,
# врач Андрей Белов").
FORMER_TITLE_REACH = 60


def _former_prisoner(L: Lexicon, text: str, a: int) -> bool:
    """"former political prisoner X", "бывший политзаключенный, врач X", "былы палітвязень X": freed once, when unknown."""
    former = L.derived("former_prisoner_before", lambda L: r"(?<!\w)(?:" + L.source("FORMER") + r")\W*(?:"
                       + L.source("PRISONER_TITLE") + r")(?!\w)[\s,]*(?:[^\W\d]+[\s,]+){0,2}$")
    return bool(former.search(text[max(0, a - FORMER_TITLE_REACH):a]))


def _among_prisoners(L: Lexicon, before: str) -> bool:
    """Whether the clause before a name ends "among (the new) political prisoners —" (an age may follow: "52-year-old"),
    the prisoners maybe qualified before a dash or a colon ("Среди политзаключенных с тяжелыми диагнозами — X")."""
    among = L.derived("among_prisoners", lambda L: r"(?<!\w)(?:" + L.source("AMONG") + r")\s+(?:[^\W\d]+\s+){0,2}(?:"
                      + L.source("PRISONER_TITLE") + r")(?!\w)(?:(?:\s+[^\W\d]+){1,4}?\s*[\u2014\u2013:])?"
                      r"[\s\u2014\u2013:,-]*(?:(?:is|are|were|was|—)\s+)?"
                      r"(?:\d+[-\s]?[^\W\d]+(?:-[^\W\d]+)*\s+)?(?:[^\W\d]+\s+)?$")
    return bool(among.search(before))


# The role a counted group gives the names listed with it ("9 политзаключенных, включая X" / "1 150, среди них X").
FIGURE_ROLES = {"political_prisoners": "still_held", "pardoned": "released", "partial_one": "released",
                "subgroup": "released", "cumulative_released": "released"}


def figure_role(figures: list[Classified], before: int) -> str | None:
    """The role of the last counted group stated before raw offset `before` (None when there is none)."""
    found = [c for c in figures if c.mention.num.end <= before and c.field in FIGURE_ROLES]
    return FIGURE_ROLES[found[-1].field] if found else None


_QUOTE_OPENS = ('"', "«", "“", "„")


def _quoted_predicate(s: Sentence, span: NameSpan) -> bool:
    """A quotation opening right after the name, no colon or comma between ('Andrzej Poczobut "was not on the list"',
    "Марыя Калеснікава «па-ранейшаму ў калоніі»"): the source's words are the name's own predicate."""
    after = s.text[span.end:]
    return after.lstrip()[:1] in _QUOTE_OPENS and after[:1].isspace() and s.is_quoted(span.end + len(after) - len(after.lstrip()) + 1)


def _state_before_title(s: Sentence, view: LemmaView, span: NameSpan, lo: int, found: list[Cue]) -> Cue | None:
    """A release or holding verb of the name's own clause standing before it, only a trade between ("На свободу вышла
    политолог X", "Вызвалены журналіст X, аналітык"): the verb comes before its subject, whose title says what the
    person does, not that they act for the state."""
    before = [c for c in found if c.role in STRONG and lo <= c.start and c.end <= view.at(span.start)
              and (not view.text[c.end:view.at(span.start)].strip() or _title_between(s, view, c.end, span))]
    return before[-1] if before else None


# The most words a person's title may have between a sentence and the name ("the former head of a regional branch of
# the party Mikalai Kazlou": nine).
TITLE_WORDS = 10
_TITLE = re.compile(r"\s*(?:[^\W\d_]+\s+)+")


def _title_between(s: Sentence, view: LemmaView, end: int, span: NameSpan) -> bool:
    """Whether only the person's title stands between a cue ending at view offset `end` and the name: a few words with
    no punctuation, digit, verb or other name ("sentenced former regional reporter Volha Radzivonava", "прысудзіў
    пенсіянерку з Гомельскай вобласці Таццяну Курыленка")."""
    a = view.at(span.start)
    if end > a or not _TITLE.fullmatch(view.text, end, a):
        return False
    count = len(view.text[end:a].split())
    words = s.text[:span.start].split()[-count:]
    title_start = span.start - len(" ".join(words)) - 1
    return (count <= TITLE_WORDS and all(w.isalpha() for w in words)
            and not any(is_verb(w, s.lang) for w in words)
            and not any(title_start <= sp.start < span.start for sp in name_spans(s)))


def _strongest_nearest(found: list[Cue], last: bool) -> Cue | None:
    """Of the cues on one side of a name, the nearest of the strongest kind ("released" over "sentenced")."""
    if not found:
        return None
    top = max(PRIORITY[c.role] for c in found)
    strong = [c for c in found if PRIORITY[c.role] == top]
    return strong[-1] if last else strong[0]


def list_intro(L: Lexicon, text: str) -> bool:
    """Whether `text` opens with a list's lead-in ("Among them", "Сярод іх", "В списке", "Остальные двое —")."""
    return bool(L.derived("list_intro", lambda L: r"^\W*(?:" + L.source("LIST_INTRO") + "|" + L.source("THE_OTHERS")
                          + ")").search(text))


def role_in_sentence(s: Sentence, span: NameSpan, figures: list[Classified] = ()) -> str:
    """The role the sentence gives the person named at `span` ("other" when it says nothing about them)."""
    return read_roles(s, span, figures)[0].role


def read_roles(s: Sentence, span: NameSpan, figures: list[Classified] = ()) -> list[Reading]:
    """What the sentence says of the person named at `span`: its main reading first ("list" when the name heads a
    list whose role the sentence before gives), then a release told before a relative clause that describes the
    name ("pardoned X, who in September had been returned to the colony": both happened, the dates tell which
    is later)."""
    if is_public_figure(span.nominative) or s.text.rstrip().endswith("?"):
        # "Среди помилованных есть Николай Дедок?": a question says nothing about him.
        return [Reading("other")]
    label = colon_label(s.text, span.start, span.end)
    if label:
        # "Kuznechyk: There are around 30 media workers behind bars": an interview's speaker label says nothing of
        # its own state; a headline's quoted "Ihar Losik: «...»" leaves the story to tell it.
        return [Reading("other", bystander=label == "answer")]
    # (A quotation right after the name is its predicate in the source's words: 'X "was not on the list"'.)
    view: LemmaView = s.view if s.is_quoted(span.start) or _quoted_predicate(s, span) else s.plain_view
    text, a, b = view.text, view.at(span.start), view.at(span.end)
    L = s.lex
    told_by_relative = state_told_by_relative(s, span, text, a, b)
    if told_by_relative is not None:
        # "Жена Максима Знака рассказала, что ее муж по-прежнему в колонии", "Znak's wife said her husband is still in
        # a colony": the relative speaks of the person whose relative she is.
        return [Reading(told_by_relative.role, told_by_relative.start)]
    if possessor(s.lex, s.text[span.end:]):
        # "Ales Pushkin's colleague X", "Tsikhanouski's allies say": the name stands for someone else (not "Kalesnikava's
        # release"); nor does it take one from around ("a lawyer who worked for Viktar Babaryka's campaign").
        return [Reading("mentioned")]
    if whose_relative(s, span, text, a):
        # "Муж Людмилы, 55-летний Олег Кравец, сам провел в заключении два года": the declined name only says whose
        # husband the one in apposition is; the predicate is his.
        return [Reading("mentioned")]
    lo, hi = clause_scope(text, a, b)
    around = inside_anothers_relative(s, view, span)
    if around is not None:
        # "Losik, whom Znak mentions in the letter, was freed": Znak's clause is the relative one, not Losik's.
        lo, hi = max(lo, around[0]), min(hi, around[1])
    # "X, whose wife Y remains imprisoned": the rest of the sentence is about Y (when a Y is named).
    other = L["OTHER_SUBJECT"].search(text, b, hi)
    # (Not the name's own apposition: "Алена Маўшук, жонка палітвязня Ігара Маўшука, распавяла" speaks herself.)
    if other and any(view.at(sp.start) > other.start() for sp in name_spans(s)) and not kin_after(L, s.text[span.end:]):
        hi = other.start()
    # "• Dzianis Markevich, 34, a programmer from Hrodna, sentenced to 2.5 years": a line opened by its one name
    # is about that person to its end.
    reach = len(text) if _heads_its_line(s, span) else WEAK_REACH
    # A release wished for speaks of the people after it ("called for the release of X"), not of who wishes it.
    # "A, B and C were sentenced": names joined by commas and "and" share the predicate after the last of them.
    last = coordinated_end(s, view, span)
    if last > b and _fronted_state(L, text, lo, view.at(list_head(s, span).start)):
        # "На свободе Ирина Злобина, Марфы Рабковой в списке нет", "Since A and B walked free, C remains one of ...": the
        # list has its state before it, and a name after a bare comma that no "and" closes starts a clause of its own.
        last = fronted_list_end(s, view, span)
    # "A, B and C, who was pardoned in 2024": what another name's relative clause tells is that person's alone.
    theirs = relative_clauses(s, view, span)
    found = [c for c in not_theirs(cues(L, text), theirs) if lo <= c.start and c.end <= hi and not (a <= c.start < b)
             and (c.role != "sentenced" or a - WEAK_REACH <= c.end <= a or last <= c.start <= last + reach
                  or _title_between(s, view, c.end, span))
             and (c.role != "wished" or c.end <= a or _wished_for_subject(text, b, c))]
    found = releases_after_until(s, view, found)
    # "his wife Maryna Adamovich has had no news of him", "не получает известий от него": the news lacked is of the one
    # after it, not of the name before it.
    found = [c for c in found if not (c.start >= b and L["NO_NEWS"].search(text, c.start, c.end)
                                      and _OF_SOMEONE.match(text, c.end))]
    # "Мужа помиловали в январе, жену осудили в апреле: ... Людмиле Кравец", "her husband was freed": a state word
    # whose subject or object is a family word is that relative's, not the state of a name elsewhere in the sentence.
    found = [c for c in found if not relatives_state(L, text, c, a) and not _attribute_of_a_speaker_after(s, view, span, c)]
    others = _about_others(s, view, span)
    found = [c for c in found if not any(start <= c.start < end for start, end in others)]
    gapped = _gapped_predicate(L, text, lo, a, theirs) if not found else None
    if gapped is not None:
        # "В марте Лукашенко помиловал 18 человек, а в феврале — политика Николая Статкевича": the clause after the
        # contrast leaves out the verb (a dash stands for it); the name is its object.
        return [Reading(gapped.role, a)]
    if denied_by_ellipsis(text, a, b):
        # "Игорь Лосик вышел на свободу, а Мария Колесникова — нет", "X was freed, but not Y": the release is denied her.
        if any(c.role == "released" and c.end <= a for c in cues(L, text)):
            return [Reading("still_held", a)]
    names_at = [view.at(sp.start) for sp in name_spans(s)]
    own_time = release_as_time_after(L, text, b, hi, found, names_at)
    if own_time is not None:
        # "Игорь Лосик дал интервью через неделю после освобождения": the release is the time of the person's own clause.
        return [Reading(own_time.role, own_time.start)]
    # "Нунций Кульбокас сопровождал освобождённых до границы": the person's own verb takes the release as its object (not
    # after a release verb of the person's own: "вышла на свободу по помилованию", "was released under a pardon").
    objects = [c for c in found if c.role == "released" and c.start >= b and not any(b <= o.start < c.start for o in found)
               and object_of_own_verb(s, view, span, c.start)]
    # "Помилованных встретил временный поверенный X": the release before the person's own verb is its object too.
    # (Not a phrase with its own verb: "кордон перетнули священники X та Y", "Минск отдал X".)
    fronted = [c for c in found if c.role == "released" and c.end <= a and " " not in text[c.start:c.end].strip()
               and subject_after_own_verb(s, view, span, c.start)]
    if (fronted and not [c for c in found if c.role in STRONG and c not in fronted]) or (
            objects and not [c for c in found if c.end <= a and c.role in STRONG]):
        # The sentence tells someone else's fate, not theirs, and lends them none from around (but "Former political
        # prisoner X said the pardons were a bargaining chip": the title still tells theirs).
        return [Reading("former", a)] if _former_prisoner(L, text, a) else [Reading("mentioned")]
    # (A first name alone counts: "Жена политзаключенного Максима Знака Ольга рассказала" — Ольга speaks.)
    names_after = [view.at(sp.start) for sp in name_spans(s) if sp.start >= span.end] + [
        view.at(m.start()) for m in _CAPITALISED_WORD.finditer(s.text, span.end, span.end + FIRST_NAME_AFTER)
        if first_name(m.group())]
    if is_speaker(L, text, a, b, hi, found, names_after):
        # "said Maria Kalesnikava, who was released in December", "сказал Игорь Лосик, освобожденный в сентябре": the
        # speaker's own aside may still tell their state.
        own_aside = state_aside(L, text, a, b, found) or state_opening(L, text, lo, a, found)
        if own_aside is None and _former_prisoner(L, text, a):
            # "— говорит бывший политзаключенный, врач Андрей Белов": one who speaks as a former prisoner was freed once.
            return [Reading("former", a)]
        # One who speaks takes no role from around either ("One of them, X, 61, ... "My father is home," his
        # daughter Y told LRT").
        # (A speaker beside an office, "сообщила пресс-секретарь X", is an official.)
        return [Reading(own_aside.role, own_aside.start, True)] if own_aside else [
            Reading("mentioned", bystander=has_title(L, text, a, found))]
    # "Среди освобожденных — ..., а также глава профсоюза РЭП Геннадий Федынич": in a list of the freed, an item's office
    # (a union's head, a party's leader) says what the prisoner was, not that they came to meet them.
    # So in "One of those freed is X, a political analyst", "Адна з вызваленых — X, аналітык": the clause opens with the
    # freed the name is one of.
    opening = L.derived("among_or_one_of_first", lambda L: r"^\W*(?:" + L.source("AMONG") + "|" + L.source("ONE_OF")
                        + r")(?!\w)").match(text)
    partitive = lo == 0 and opening is not None
    freed_list = partitive and any(c.role == "released" and c.end <= a and c.start <= opening.end() + 1 for c in found)
    # ("Политолог Валерия Костюгова, осужденная ..., отбывает срок": a trade before the name, and her own predicate
    # holds her; not a release after it, which an official's title makes his act: "Envoy X secured the release".)
    held_after = _predicate_after_aside(text, b, found, ("still_held",)) is not None
    office_after = title_after(L, text, b) and _predicate_after_aside(text, b, found) is None
    if office_after and partitive and not freed_list:
        # "One of them was X, the journalist and media analyst who was sentenced to 14 years": one of the group the
        # sentences before tell; the apposition after the name is biography.
        return [Reading("list")]
    if (has_title(L, text, a, found) and not freed_list and not held_after) or (office_after and not partitive):
        # "accompanied by Christopher W. Smith, a deputy assistant secretary of state": an office in apposition after
        # the name too, unless the person's own predicate follows it ("X, a political analyst, was released").
        # (A state word in the name's clause may still be the person's, "на волю выйшла палітолягіня X", "analyst X spent
        # four years behind bars before he was released": the words around may tell; not one before a verb of speech,
        # "помиловал 16 осужденных, сообщила пресс-секретарь X".)
        state_in_clause = any(c.role in STRONG and not (c.end <= a and L["SPEAKER_VERBS"].search(text, c.end, a))
                              for c in found)
        freed = _commentator_freed(L, text, a, b, found)
        if freed is not None:
            # "На волю выйшла палітолаг X", "The analyst X was freed": a commentator's trade is no office; the release
            # is the person's own predicate.
            return [Reading(freed.role, freed.start)]
        inverted = _state_before_title(s, view, span, lo, found)
        if inverted is not None:
            # "На свободу вышла Валерия Костюгова, политолог", "Freed too was analyst X": the verb before its subject.
            return [Reading(inverted.role, inverted.start)]
        return [Reading("other", bystander=not state_in_clause)]
    if _derived(L, "same_case_before", "SAME_CASE", r"(?:^|\W)(?:FIELD)\W*$").search(text[max(0, a - 40):a]):
        # "осужденный по одному делу с Петром Гаем": he is named for the case; the sentence says nothing of him.
        return [Reading("mentioned")]
    abroad = L.derived("other_country_first", lambda L: r"\W*(?:[^\W\d]+\W+){0,3}?(?:" + L.source("OTHER_COUNTRY")
                       + r")(?!\w)").match(text, lo, a)
    if abroad and not any(lo <= c.start < abroad.end() for c in found):
        # "Тем временем в России остается за решеткой Алексей Горинов": another country's prisoner, in neither list (not
        # "Освобожденные уехали в Россию, среди них X": the release comes first).
        return [Reading("mentioned")]
    held_abroad = L.derived("group_abroad_before", lambda L: r"(?:" + L.source("OTHER_COUNTRY") + r")(?!\w)[^.;:!?]{0,60}?"
                            r"(?:" + L.source("NAMED_FROM_GROUP") + r")\W+(?:[^\W\d]+\s+){0,3}$")
    if held_abroad.search(text, max(0, a - GROUP_ABROAD_REACH), a) and not any(
            c.role == "released" and c.end <= a for c in found):
        # "згадав політв'язнів у російських в'язницях, зокрема журналіста X": one named out of another country's
        # prisoners is theirs, in neither list (not "Освобожденные уехали в Россию, среди них X": freed first).
        return [Reading("mentioned")]
    if L["ABSENTIA"].search(text, lo, hi):
        # "Trials in absentia were held against 19 people ..., among them the blogger X": abroad, neither.
        return [Reading("abroad")]
    direct, relative, relative_end = _direct(L, text, last if last > b else b, hi, found)
    before = _strongest_nearest([c for c in found if c.end <= a and not _about_earlier_name(s, view, c, span)],
                                last=True)
    weak_relative = relative if relative is not None and relative.role not in STRONG else None
    if weak_relative is not None:
        # "Сярод іх — Ніна Рагаўцова, якую ў 2023 годзе асудзілі": her past sentence does not undo the list's role.
        relative = None
    if direct is None and relative is not None:
        # "X, who in September had been returned to the colony": the relative clause describes the name; a release
        # told before the name is the main clause's, and both happened (their dates tell which is later).
        # (A past sentence or a recognition before the name too: "Among the people recognised in September is X, who was
        # freed at the end of his term in 2023": the dates tell which is later.)
        also = [Reading(before.role, before.start)] if before is not None and before.role != "wished" else []
        # "Ольгу Майорову, яку звільнили у 2024-му, а восени 2025-го знову заарештували": freed, then held again.
        main = [Reading(relative.role, relative.start, True), *also, *_held_again(L, text, relative, found)]
        if before is None and _member_of_them(L, text, relative_end):
            # "Николай Дедок, которого с 2023 года держали без связи, был в их числе": the group the sentences before
            # tell; the relative clause says how it was until then.
            return [Reading("list")]
        if lo == 0 and before is None and list_intro(L, text[:a]):
            # "Среди них — X, которого освободили по окончании срока в 2023-м": the list's role comes first (the group
            # the sentences before tell, timed where the name stands); the relative clause is history beside it.
            return [Reading("list"), *main]
        return main
    if direct is not None and (direct.role in STRONG or before is None or before.role not in STRONG):
        # "Зноў у калёніі і Мікалай Дзядок — у 2021 годзе яго асудзілі": a past sentence after the name does not
        # undo the state told before it.
        also = [Reading(relative.role, relative.start, True)] if relative is not None else []
        return [Reading(direct.role, direct.start), *also, *_held_again(L, text, direct, found),
                *_released_last(direct, found, names_at), *_refused_to_go(L, text, direct, names_at)]
    strong_after = [c for c in found if c.start >= relative_end and c.role in STRONG]
    # "«Нашай Ніве» ўдалося высветліць, што сярод іх — X": a list's lead-in may open the clause after "that".
    that = [m.end() for m in _THAT.finditer(text, 0, a)]
    opens_list = list_intro(L, text[:a]) or (bool(that) and list_intro(L, text[that[-1]:a]))
    if not opens_list and not [c for c in found if c.end <= a]:
        # "Along with the American, whose name was withheld, they included X": the lead-in opens the main clause after
        # a fronted phrase.
        opens_list = list_intro(L, text[text.rfind(",", lo, a) + 1:a])
    # "Среди них — Алексей Карпов, 40 лет, Минск, помилованный в 2024 году": a release in the item's apposition is its
    # history beside the list's role (the dates tell which is later).
    apposed = [c for c in strong_after if c.role == "released" and "," in text[b:c.start]]
    if (lo == 0 and opens_list and not [c for c in found if c.end <= a and PRIORITY[c.role] > 1]
            and len(apposed) == len(strong_after) and not (before is not None and before.role == "wished")):
        # "Сярод іх — Ніна Рагаўцова, якую асудзілі ...": the list takes the role of what came before ("Одна з них,
        # Олена Маринич з Рівного, досі за ґратами" says her own).
        if apposed:
            return [Reading("list"), Reading(apposed[0].role, apposed[0].start, True)]
        if L["PRISONER_TITLE"].search(text, lo, a):
            # "Сярод новых палітвязняў — Уладзімір Гаргун": the lead-in names the group itself, political prisoners now
            # (an earlier release told of him after it is history).
            return [Reading("still_held", a)]
        return [Reading("list")]
    if not [c for c in found if c.end <= a and PRIORITY[c.role] > 1] and _among_prisoners(L, text[lo:a]):
        # "Сярод новых палітвязняў — 52-гадовы Уладзімір Гаргун", "Among the new political prisoners is X": one of the
        # political prisoners now.
        return [Reading("still_held", a)]
    group = figure_role(figures, span.start)
    including = _derived(L, "including_name", "INCLUDING", r"(?:^|\W)(?:FIELD)\W")
    if group and including.search(text, lo, a):
        # "освобождение 9 политзаключенных, включая Сергея Тихановского": the group's role is the name's.
        return [Reading(group, a)]
    included = list(including.finditer(text, lo, a))
    heads = [c for c in not_theirs(cues(L, text), theirs) if lo <= c.start and included and c.end <= included[-1].start()]
    head = _strongest_nearest(heads, last=True)
    wish = [c for c in heads if c.role == "wished"]
    if head is not None and wish and wish[-1].start > head.start:
        # "called the releases a result of pressure and urged governments to keep demanding the freedom of all political
        # prisoners, including X": the group is the wish's object; the release before it is someone else's.
        head = wish[-1]
    if head is not None:
        # "В сентябре осуждены не менее 100 человек, в том числе Анна Ковалева (3 года)": the group's predicate, however
        # far, is the name's.
        return [Reading(head.role, head.start)]
    them_including = L.derived("them_including", lambda L: r"(?<!\w)(?:" + L.source("THEM") + r")\W+(?:"
                               + L.source("INCLUDING") + r")\W")
    in_the_list = _derived(L, "in_the_list_before", "IN_THE_LIST", r"(?<!\w)(?:FIELD)\W+$")
    if before is None and (them_including.search(text, lo, a) or in_the_list.search(text[max(lo, a - 30):a])):
        # "Viasna said it had identified several of them, including X", "калі ўбачыў у спісе Ігара Лосіка": the group
        # the sentences before tell.
        return [Reading("list")]
    # "супруги Наталья и Олег Мицкевичи": a couple are the people the sentence is about, no one's relatives.
    couple = L.derived("couple_before", lambda L: r"(?<!\w)(?:" + L.source("COUPLE") + r")\s+$")
    # (Nor is "A and her husband B": listed with A.)
    if not couple.search(s.text[max(0, span.start - 30):span.start]) and not kin_of_the_name_before(L, s.text[:span.start]) and (
            kin_before(L, text, a, span) or relative_of_the_name_before(s, span, view)
            or (kin_after(L, s.text[span.end:]) and (before is None or before.role not in STRONG))):
        # "его сын Павел Рудковский, которого осудили на пять лет": so is one whose relative clause sentences them, or
        # who is called a political prisoner too ("Жена Дмитрия Анна Карпович также была политзаключенной: ее
        # помиловали в декабре").
        # "Жена Валерия, Наталья Жук, была осуждена вместе с мужем": her own sentence makes her a prisoner too.
        # "Her husband, X, was himself freed in June", "Муж Корнеевой, Валерий Корнеев, ... остается в колонии": a name in
        # apposition between commas has its predicate after the closing comma.
        # (Not what a relative clause tells of their kin: "чакае мужа, які застаецца ў калоніі".)
        kin_clause = _derived(L, "kin_then_who", "KIN_BEFORE", r"(?<!\w)(?:FIELD)\s*,\s*(?:who|который|які|якая|який|яка)(?!\w)")
        told_of_kin = kin_clause.search(text, b)
        # (Nor what they say: "X's daughter, Y, said he was still in a colony".)
        said = L["SPEAKER_VERBS"].search(text, b, hi)
        found = [c for c in found if (told_of_kin is None or c.start < told_of_kin.start()) and (said is None or c.start < said.start())]
        own = (_predicate_after_apposition(L, text, a, b, found) or _predicate_after_aside(text, b, found) or weak_relative
               or _predicate_after_aside(text, b, found, WEAK))
        if own is None and _derived(L, "prisoner_too", "PRISONER_TITLE", r"^\W*(?:[^\W\d]+\W+){0,3}?(?:FIELD)").match(text[b:]):
            own = _strongest_nearest([c for c in found if c.start >= b], last=False) or Cue(b, b, "held_weak")
        if own is not None:
            # "Ее муж Денис Курьянович, осужденный по той же статье, вышел раньше": the relative is a prisoner too,
            # by a predicate of their own.
            return [Reading(own.role, own.start)]
        # "паведаміла ягоная жонка Марына Адамовіч": a relative speaks of the prisoner, she is not one.
        return [Reading("relative")]
    aside_predicate = _predicate_after_aside(text, b, found)
    if (aside_predicate is not None and text[:a].rstrip().endswith(",")
            and (before is None or PRIORITY[before.role] < PRIORITY[aside_predicate.role])):
        # "Another jailed opposition figure, X, a member of Y's team, was also released": a name in apposition takes
        # the clause's verb after its aside, not the adjective of the noun before it.
        return [Reading(aside_predicate.role, aside_predicate.start)]
    apposed = (_state_after_apposed_name(L, text, lo, a, b, found, names_at)
               if before is not None and before.role in WEAK else None)
    if apposed is not None:
        # "The best known of the men arrested that year, the blogger X, walked free in June": the arrest before the name
        # is the group's it stands in apposition to; the verb after the name's closing comma is its own.
        return [Reading(apposed.role, apposed.start)]
    if before is not None:
        return [Reading(before.role, before.start)]
    # A past sentence in the name's relative clause ("who had been sentenced together in 2023") is no role of its own.
    after = _strongest_nearest(_past_asides_relative_clause(text, b, relative_end, found), last=False)
    if after is not None:
        return [Reading(after.role, after.start)]
    if _member_of_them(L, text, max(last, b)) or (relative_end > b and _member_of_them(L, text, relative_end)):
        # "123 prisoners were released. Ales Bialiatski, Maryia Kalesnikava and Maksim Znak were among them": the group
        # the sentences before tell; so after the name's relative clause ("X, who was arrested in 2020, was among
        # them", "Николай Дедок, которого держали без связи, был в их числе").
        return [Reading("list")]
    among = _derived(L, "among_first", "AMONG", r"^\W*(?:FIELD)\s")
    if lo > 0 and among.match(text) and not list_intro(L, text):
        # "Среди признанных в октябре — A, осужденный ...; B; C": the items after a semicolon are of the group the
        # head word names (its own word, the first after "среди"), whatever the items before them were sentenced to.
        head = _strongest_nearest(not_theirs(cues(L, text[:lo]), theirs)[:1], last=False)
        return [Reading(head.role, head.start) if head else Reading("list")]
    if lo > 0 and (list_intro(L, text) or list_intro(L, text[lo:a])):
        # "Among those still held are A, ...; B, ...; and C", "Those prisoners were bused to Lithuania; among them
        # were X": items after a semicolon share the list's head, or the sentence before's.
        # (The head stands before the list's first item: what an earlier item's aside tells is that item's.)
        first_item = view.at(name_spans(s)[0].start) if name_spans(s) else lo
        head = _strongest_nearest([c for c in not_theirs(cues(L, text[:lo]), theirs) if c.end <= first_item], last=True)
        return [Reading(head.role, head.start) if head else Reading("list")]
    if weak_relative is not None:
        # "Сярод абвінавачаных — ... Валянцін Міхайлаў, якога затрымалі разам з сынам": nothing else tells more.
        return [Reading(weak_relative.role, weak_relative.start, True)]
    if _prisoner_title(L, text, a):
        return [Reading("held_weak", a)]
    if _former_prisoner(L, text, a):
        return [Reading("former", a)]
    return [Reading("other")]


# A capitalised word, and how far after a name a first name alone may stand before a verb of speech.
_CAPITALISED_WORD = re.compile(r"(?<!\w)[A-ZА-ЯЁІЎЇЄҐ][\w'’-]+")
FIRST_NAME_AFTER = 40
_THAT = re.compile(r"(?:^|\W)(?:што|что|що|that)\s+", re.IGNORECASE)
_BULLET = " \t•·*-\u2013\u2014"


def _member_of_them(L: Lexicon, text: str, at: int) -> bool:
    """The predicate at `at` makes the subject one of the group told before ("were among them", "был в их числе")."""
    among_them = L.derived("among_them_after", lambda L: r"^\W*(?:[^\W\d]+\s+){0,2}?(?:(?:" + L.source("AMONG") + r")\s+(?:"
                           + L.source("THEM") + r")|" + L.source("IN_THEIR_NUMBER") + r")(?!\w)")
    return bool(among_them.match(text[at:]))


def _heads_its_line(s: Sentence, span: NameSpan) -> bool:
    """A list line that opens with the only name in it ("• Halina Shved, 61, a retired teacher from Pinsk, ...", or after
    "and" as the next one told of: "And Tatsiana Lasitsa, a girl of 29 from Pinsk, who got six years")."""
    opening = s.text[:span.start]
    return ((not opening.strip(_BULLET) or _AND_FIRST.fullmatch(opening) is not None) and len(name_spans(s)) == 1
            and s.text[span.end:].startswith(","))


# "And" opening a line, before its name ("А ещё Татьяна Лисица, ...", "І Таццяна Ласіца, ...").
_AND_FIRST = re.compile(r"[\s•·*\u2013\u2014-]*(?:and|і|и|а|та|й)(?:\s+(?:ещё|еще|ще|яшчэ))?\s+", re.IGNORECASE)


# "X, засуджений у тій самій справі до восьми років, залишається ...": an aside between commas before the predicate.
_ASIDE_AFTER = re.compile(r"\s*,[^,;:.]{0,120},\s*")
# How far after the name (or its aside) its own predicate may start: a few words.
PREDICATE_REACH = 30


def _held_again(L: Lexicon, text: str, direct: Cue, found: list[Cue]) -> list[Reading]:
    """A holding word told again after the name's release in its clause ("was released on October 14 ... but was
    detained again the following week", "вышел в 2015-м, но снова оказался за решеткой"): both happened, the
    later one last."""
    again = L["AGAIN"]
    return [Reading("still_held", c.start) for c in found
            if direct.role == "released" and c.start > direct.end and c.role == "still_held"
            and again.search(text, max(0, c.start - AGAIN_REACH), c.end + AGAIN_REACH)][:1]


def _refused_to_go(L: Lexicon, text: str, direct: Cue, names_at: list[int]) -> list[Reading]:
    """A refusal told after the name's release in its sentence, no one else named between ("was driven to the border
    but refused to cross", "довезли до границы, но он отказался её пересекать"): the release was offered, not taken,
    and the person stays held."""
    if direct.role != "released":
        return []
    refusal = L["REFUSAL"]
    return [Reading("still_held", c.start) for c in cues(L, text)
            if c.start > direct.end and c.role == "still_held" and refusal.match(text, c.start)
            and not any(direct.end <= n < c.start for n in names_at)][:1]


# What ends the clause about others: a comma, a semicolon, a bracket or a dash.
_OTHERS_CLAUSE_END = re.compile(r"[,;()]|\s[\u2014\u2013]\s")


def _about_others(s: Sentence, view: LemmaView, span: NameSpan) -> list[tuple[int, int]]:
    """The clauses after the name about others, in lemma offsets ("X signs postcards for those who stayed behind bars",
    "падпісвае паштоўкі для тых, хто застаўся за кратамі"): their state is not the name's."""
    those = s.lex.derived("for_those_who", lambda L: r"(?<!\w)(?:" + L.source("FOR_THOSE_WHO") + r")(?!\w)")
    found = []
    for m in those.finditer(s.text, span.end):
        stop = _OTHERS_CLAUSE_END.search(s.text, m.end())
        found.append((view.at(m.start()), view.at(stop.start() if stop else len(s.text))))
    return found


def _released_last(direct: Cue, found: list[Cue], names_at: list[int]) -> list[Reading]:
    """A release that ends the name's chain of past predicates ("X was detained in 2020, sentenced to eight years and
    pardoned in 2022", "Кузнечика задержали, осудили, а в 2025-м помиловали"): the arrest and the term are background,
    the release is told too (the dates, or its place last, make it the state)."""
    if direct.role not in WEAK:
        return []
    for c in (c for c in found if c.start >= direct.end):
        if c.role not in WEAK and c.role != "released" or any(direct.end <= n < c.start for n in names_at):
            # (Another state or another person between: the chain is over.)
            return []
        if c.role == "released":
            return [Reading("released", c.start)]
    return []


def _predicate_after_aside(text: str, b: int, found: list[Cue], roles: tuple[str, ...] = STRONG) -> Cue | None:
    """The cue (of `roles`, strong by default) that starts the name's own predicate right after it or after one
    aside between commas."""
    aside = _ASIDE_AFTER.match(text, b)
    start = aside.end() if aside else b
    near = [c for c in found if start <= c.start <= start + PREDICATE_REACH and c.role in roles]
    return near[0] if near else None


# How far after the comma closing a relative's apposition their own predicate may start ("Муж Корнеевой, Валерий
# Корнеев, по той же статье получил пять лет и остается в колонии").
APPOSITION_REACH = 60
_APPOSITION_CLOSES = re.compile(r"\s*,\s*(?!(?:who|whom|whose|which|который|кто|який|яка|які|якая|якія|якую|якога|хто|чей|чья|чьи|чий|чия|чые)\W)")


def _predicate_after_apposition(L: Lexicon, text: str, a: int, b: int, found: list[Cue]) -> Cue | None:
    """The state word of the predicate after a name set off by commas ("Her husband, X, was himself freed"): the first
    one within APPOSITION_REACH after the closing comma (not a relative clause's, nor what the person tells: "X,
    рассказал, что ее освободили")."""
    closes = _APPOSITION_CLOSES.match(text, b)
    if not text[:a].rstrip().endswith(",") or closes is None:
        return None
    near = [c for c in found if closes.end() <= c.start <= closes.end() + APPOSITION_REACH and c.role in STRONG]
    if not near or L["SPEAKER_VERBS"].search(text, closes.end(), near[0].start):
        return None
    return near[0]


# How many words (a trade) may stand between the comma opening an apposition and the name ("..., the blogger X, ...").
APPOSED_TRADE_WORDS = 3
# The comma closing an apposition, before its predicate (", walked free in June").
_RIGHT_AFTER_COMMA = re.compile(r"\s*,\s*")


def _state_after_apposed_name(L: Lexicon, text: str, lo: int, a: int, b: int, found: list[Cue], names_at: list[int]
                              ) -> Cue | None:
    """The state word opening the predicate right after a name set off by commas with at most a trade before it
    ("One of the women detained in 2021, the teacher X, was released on Friday"), when nothing stands between the
    opening comma and the name but that trade (no other name: "A, B and C, уже освобожденный ранее" is a list)."""
    opening = text.rfind(",", lo, a)
    if (opening < 0 or len(text[opening + 1:a].split()) > APPOSED_TRADE_WORDS
            or any(opening < c.start < a for c in found) or any(opening < n < a for n in names_at)):
        return None
    closing = _RIGHT_AFTER_COMMA.match(text, b)
    if closing is None:
        return None
    # (An auxiliary or two may open it: ", was released", ", has since been freed".)
    auxiliaries = L.derived("state_auxiliaries_only", lambda L: r"^\W*(?:(?:" + L.source("RELEASE_AUXILIARY")
                            + r")\W+){0,3}$")
    return next((c for c in found if c.start >= closing.end() and c.role in STRONG
                 and auxiliaries.match(text[closing.end():c.start])), None)


def _past_asides_relative_clause(text: str, b: int, relative_end: int, found: list[Cue]) -> list[Cue]:
    """The cues after the name's relative clause; when the name's asides end in a relative clause of their own and a
    state word follows its closing comma ("X, 67, a party veteran who fell ill while serving his term, had walked out of
    the colony"), only those after that comma: the relative clause is biography, the predicate comes after it."""
    after = [c for c in found if c.start >= relative_end]
    who = _RELATIVE.search(text, b)
    if who is None or text.find(",", b, who.start()) < 0:
        return after
    closing = text.find(",", who.end())
    predicate = [c for c in after if closing >= 0 and c.start > closing and c.role in STRONG]
    return predicate or after


# How many words may stand between a commentator's trade and the name ("the political analyst X"), and between a
# fronted release and the trade ("На волю выйшла, у прыватнасці, палітолаг X").
COMMENTATOR_WORDS = 2


def _commentator_freed(L: Lexicon, text: str, a: int, b: int, found: list[Cue]) -> Cue | None:
    """The release of a name whose trade is a commentator's (an analyst, a political scientist, an expert), when it is
    the name's own predicate: fronted before the trade ("На свободу вышла политолог X") or right after the name, an
    auxiliary or two between ("The analyst X was freed"). (Not an official's: "Envoy X secured the release".)"""
    trades = list(L["COMMENTATOR"].finditer(text, max(0, a - 60), a))
    if not trades or len(text[trades[-1].end():a].split()) > COMMENTATOR_WORDS:
        return None
    trade = trades[-1]
    auxiliaries = L.derived("release_auxiliaries_only", lambda L: r"^\W*(?:(?:" + L.source("RELEASE_AUXILIARY")
                            + r")\W+){0,3}$")
    for c in found:
        if c.role != "released":
            continue
        fronted = c.end <= trade.start() and len(re.findall(r"[^\W\d]+", text[c.end:trade.start()])) <= COMMENTATOR_WORDS
        if fronted or (c.start >= b and auxiliaries.match(text[b:c.start])):
            return c
    return None


def _direct(L: Lexicon, text: str, b: int, hi: int, found: list[Cue]) -> tuple[Cue | None, Cue | None, int]:
    """The cues of the name's own predicate (right after it, or a prison right after it: "Andrzej Poczobut — in a
    colony") and of the relative clause that describes it ("X, who was returned to prison, remains ..."), and
    where that relative clause ends."""
    start, relative, relative_end = b, None, b
    opens = _RELATIVE_RIGHT_AFTER.match(text[b:])
    if opens:
        clause_end = _COMMA.search(text, b + opens.end(), hi)
        relative_end = clause_end.start() if clause_end else hi
        relative = _strongest_nearest([c for c in found if b <= c.start < relative_end], last=False)
        # The name's own predicate comes after its relative clause ("Ms Kalesnikava, who ..., remains in prison"),
        # unless what follows the comma goes on inside it ("..., після того, як він відмовився").
        start = clause_end.end() if clause_end else hi
        if _SUBORDINATE.match(text[start:]):
            start = hi
    # "Andrzej Poczobut — in a colony", "Анджэй Пачобут — 8 гадоў у калёніі": a prison right after the name.
    prison = _derived(L, "in_prison_after", "IN_PRISON", r"^\W{0,3}(?:\d+\W+\w+\W+)?(?:FIELD)").match(text[b:])
    if prison:
        return Cue(b, b + prison.end(), "still_held"), relative, relative_end
    comma = _COMMA.search(text, start, hi)
    direct_end = min(start + DIRECT_CHARS, comma.start() if comma else hi)
    # "асуджаны да 3 гадоў абмежавання волі": the strongest word of the predicate says the state.
    direct = _strongest_nearest([c for c in found if start <= c.start < direct_end], last=False)
    if direct is not None and direct.role == "sentenced":
        # "приговорили к двум годам лишения свободы с отсрочкой исполнения приговора": what the sentence is comes at the
        # end of its clause, however long the term's words before it.
        clause_end = comma.start() if comma else hi
        served_at_home = [c for c in found if direct.end <= c.start < clause_end and c.role == "restricted"]
        direct = served_at_home[0] if served_at_home else direct
    return direct, relative, relative_end


# How many words (a trade) may stand between a speaker's participle and their name ("said the freed journalist X").
ATTRIBUTE_WORDS = 2


def _attribute_of_a_speaker_after(s: Sentence, view: LemmaView, span: NameSpan, cue: Cue) -> bool:
    """A participle before the name of one who speaks after this name ("В колонии он читал Янку Купалу, рассказал
    освобожденный Игорь Лосик"): it is the speaker's, not this name's."""
    if cue.start < view.at(span.end) or not s.lex["SPEAKER_VERBS"].search(view.text, view.at(span.end), cue.start):
        return False
    return any(sp.start >= span.end and cue.end <= view.at(sp.start)
               and len(view.text[cue.end:view.at(sp.start)].split()) <= ATTRIBUTE_WORDS for sp in name_spans(s))


def _about_earlier_name(s: Sentence, view: LemmaView, cue: Cue, span: NameSpan) -> bool:
    """A cue in the relative clause of a name listed before this one ("X, who was returned to prison, and Y"), or
    right before a name who speaks of this one ("Звільнений Ігор Лосик розповів, що в колонії читав Василя Стуса")."""
    for other in name_spans(s):
        if other.end <= span.start:
            start = view.at(other.end)
            if start <= cue.start and _RELATIVE.search(view.text[start:cue.start]):
                return True
            if (cue.end <= view.at(other.start) and not view.text[cue.end:view.at(other.start)].strip()
                    and s.lex["SPEAKER_VERBS"].search(view.text, start, view.at(span.start))):
                return True
    return False
