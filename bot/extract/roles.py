"""What one sentence says about a person it names: released, still held, arrested once, or nothing.

A role comes from the person's own clause, read in lemmas: the predicate right after the name, or the
relative clause that describes it ("Тихановский вышел на свободу", "Дар'я Сцяцко, якую памілавалі"), else
the nearest release or holding word before it in the clause ("Among those released were ...", "Среди тех,
кто остаётся за решёткой, ... Статкевич"), else one after it. Negation and wishes count ("did not appear on
the list of the pardoned"; "called for the release of X", "Among those who could be freed are X": X is held).
Speakers, officials, titles and relatives get no role unless their own aside or clause tells one ("said X, who was
released in December") or calls them a former political prisoner (freed at an unknown earlier time); one named for a
case ("in the same case as X") gets none; people tried in absentia are abroad, neither freed nor held.
`people.find_names` weighs what the sentences of an article say about each person. The readings this one weighs
live beside it: the name's own predicate (`predicates`), its title (`titles`), the group it is listed in
(`groups`), words that are someone else's (`others_cues`) and a later state its clause tells (`later_states`).
"""

import re

from bot.extract.clause_scope import clause_scope
from bot.extract.clauses import (
    coordinated_end,
    denied_by_ellipsis,
    fronted_list_end,
    inside_anothers_relative,
    list_head,
    not_theirs,
    object_of_own_verb,
    relative_clauses,
    subject_after_own_verb,
    title_after,
)
from bot.extract.cues import PRIORITY, STRONG, WEAK, Cue, cues
from bot.extract.cues import derived_field as _derived
from bot.extract.fields import Classified
from bot.extract.given_names import first_name
from bot.extract.groups import among_prisoners, figure_role, heads_its_line, list_intro, member_of_them
from bot.extract.kin import (
    kin_after,
    kin_before,
    kin_of_name,
    kin_of_the_name_before,
    possessor,
    relative_of_the_name_before,
    relatives_state,
    state_of_kin_told_after,
    state_told_by_relative,
    whose_relative,
)
from bot.extract.later_states import held_again, refused_to_go, released_last
from bot.extract.lexicon import Lexicon
from bot.extract.morph import LemmaView
from bot.extract.names import NameSpan, is_public_figure, name_spans
from bot.extract.others_cues import (
    about_earlier_name,
    about_others,
    attribute_of_a_speaker_after,
    owner_of_organisation,
    pardoner,
    release_of_a_first_name,
    worried_about,
)
from bot.extract.predicates import (
    fronted_state,
    gapped_predicate,
    own_predicate,
    past_asides_relative_clause,
    predicate_after_apposition,
    predicate_after_aside,
    quoted_predicate,
    state_after_apposed_name,
    state_before_title,
    strongest_nearest,
    wished_for_subject,
)
from bot.extract.role_reading import Reading
from bot.extract.speakers import (
    colon_label,
    has_title,
    is_speaker,
    release_as_time_after,
    state_aside,
    state_opening,
)
from bot.extract.text import Sentence
from bot.extract.titles import commentator_freed, former_prisoner, prisoner_title, title_between
from bot.extract.uncertain import left_open
from bot.extract.until import releases_after_until

# An arrest or a sentence speaks of the person right next to it only ("суд приговорил его ... Жихаря" does not).
WEAK_REACH = 30
# How far before a name the group it is named out of may be told ("prisoners in Russian jails, including X").
GROUP_ABROAD_REACH = 140


# A pronoun (maybe after "of", "от", "пра", "від") right after a cue: the cue speaks of that person ("no news of him").
_OF_SOMEONE = re.compile(r"(?:\s+[^\W\d]+){0,3}?\s+(?:(?:of|from|about|от|о|об|ад|пра|аб|від|про)\s+)?(?:him|her|them|он|она|они|его|ее|её"
                         r"|их|него|нее|неё|них|ён|яна|яны|яго|яе|іх|він|вона|вони|його|її|їх|нього|неї)(?!\w)|\s*(?:him|her|them)(?!\w)",
                         re.IGNORECASE)


# How many words may stand between a hope and the name it hopes for ("hoped that in the same list would be Y").
HOPED_NAME_WORDS = 8


def hoped_for(L: Lexicon, text: str, lo: int, a: int) -> int | None:
    """Where the hope starts whose clause the name at `a` stands in ("many hoped that Y would be on the list"), or None.
    The name stands inside the hope's clause, not after it as a speaker ("hopes that the list will be longer, said X")."""
    # (Read past the name: the English hope looks ahead to its "would be".)
    hopes = [h for h in L["HOPE_THAT"].finditer(text, lo) if h.end() <= a
             and not re.search(r"[,;:\u2014\u2013]", text[h.end():a]) and len(text[h.end():a].split()) <= HOPED_NAME_WORDS]
    return hopes[-1].start() if hopes else None


def role_in_sentence(s: Sentence, span: NameSpan, figures: list[Classified] = ()) -> str:
    """The role the sentence gives the person named at `span` ("other" when it says nothing about them)."""
    return read_roles(s, span, figures)[0].role


def read_roles(s: Sentence, span: NameSpan, figures: list[Classified] = ()) -> list[Reading]:
    """What the sentence says of the person named at `span`: its main reading first ("list" when the name heads a
    list whose role the sentence before gives), then a release told before a relative clause that describes the
    name ("pardoned X, who in September had been returned to the colony": both happened, the dates tell which
    is later)."""
    if is_public_figure(span.nominative) or s.text.rstrip().endswith("?") or left_open(s, span):
        # "Среди помилованных есть Николай Дедок?": a question says nothing about him; nor does one the sentence calls
        # open ("It is not yet known whether X was among the freed").
        return [Reading("other")]
    label = colon_label(s.text, span.start, span.end)
    if label:
        # "Kuznechyk: There are around 30 media workers behind bars": an interview's speaker label says nothing of
        # its own state; a headline's quoted "Ihar Losik: «...»" leaves the story to tell it.
        return [Reading("other", bystander=label == "answer")]
    # (A quotation right after the name is its predicate in the source's words: 'X "was not on the list"'.)
    view: LemmaView = s.view if s.is_quoted(span.start) or quoted_predicate(s, span) else s.plain_view
    text, a, b = view.text, view.at(span.start), view.at(span.end)
    L = s.lex
    told_by_relative = state_told_by_relative(s, span, text, a, b)
    if told_by_relative is not None:
        # "Жена Максима Знака рассказала, что ее муж по-прежнему в колонии", "Znak's wife said her husband is still in
        # a colony": the relative speaks of the person whose relative she is.
        return [Reading(told_by_relative.role, told_by_relative.start)]
    if possessor(s.lex, s.text[span.end:]) or owner_of_organisation(s, span):
        # "Ales Pushkin's colleague X", "Tsikhanouski's allies say": the name stands for someone else (not "Kalesnikava's
        # release"); nor does it take one from around ("a lawyer who worked for Viktar Babaryka's campaign").
        return [Reading("mentioned")]
    lo, hi = clause_scope(text, a, b)
    hope = hoped_for(L, text, lo, a)
    if hope is not None:
        # "When X walked free, many hoped that Y would be on the list too": Y's clause opens at the hope; X's release is
        # not Y's, and a release hoped for ("would be on the list") has not come.
        lo = hope
        if not [c for c in cues(L, text) if lo <= c.start < hi and c.role in STRONG and c.role != "released"]:
            return [Reading("wished", a)]
    kin_phrase = kin_of_name(s, span, view)
    if kin_phrase is not None:
        # "Эдуард Бабарыка — сын Віктара Бабарыкі, асуджаны на восем гадоў", "Eduard Babaryka, the son of Viktar
        # Babaryka, is still serving": the name says whose son the subject is, and the clause is the son's. Only a
        # relative clause of the name's own ("son of X, who was freed in June, ...") or a prisoner's title ("жена
        # политзаключенного X") tells of that person.
        _, relative, _ = own_predicate(L, text, b, hi, [c for c in cues(L, text) if c.start >= b])
        if relative is not None:
            return [Reading(relative.role, relative.start, True)]
        told_of_kin = state_of_kin_told_after(L, text, b, hi)
        if told_of_kin is not None:
            # "Сын Ігара Лосіка Павел Лосік чакае бацьку, які застаецца ў калоніі": what the relative clause after a
            # family word tells is of the family's prisoner.
            return [Reading(told_of_kin.role, told_of_kin.start)]
        return [Reading("held_weak", a)] if L["PRISONER_TITLE"].search(text, *kin_phrase) else [Reading("mentioned")]
    if pardoner(s, span):
        # "Алиев помиловал 120 заключенных", "X pardoned another 30 prisoners": the one who frees them.
        return [Reading("mentioned")]
    if whose_relative(s, span, text, a):
        # "Муж Людмилы, 55-летний Олег Кравец, сам провел в заключении два года": the declined name only says whose
        # husband the one in apposition is; the predicate is his.
        return [Reading("mentioned")]
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
    reach = len(text) if heads_its_line(s, span) else WEAK_REACH
    # A release wished for speaks of the people after it ("called for the release of X"), not of who wishes it.
    # "A, B and C were sentenced": names joined by commas and "and" share the predicate after the last of them.
    last = coordinated_end(s, view, span)
    if last > b and fronted_state(L, text, lo, view.at(list_head(s, span).start)):
        # "На свободе Ирина Злобина, Марфы Рабковой в списке нет", "Since A and B walked free, C remains one of ...": the
        # list has its state before it, and a name after a bare comma that no "and" closes starts a clause of its own.
        last = fronted_list_end(s, view, span)
    # "A, B and C, who was pardoned in 2024": what another name's relative clause tells is that person's alone.
    theirs = relative_clauses(s, view, span)
    found = [c for c in not_theirs(cues(L, text), theirs) if lo <= c.start and c.end <= hi and not (a <= c.start < b)
             and (c.role != "sentenced" or a - WEAK_REACH <= c.end <= a or last <= c.start <= last + reach
                  or title_between(s, view, c.end, span))
             and (c.role != "wished" or c.end <= a or wished_for_subject(text, b, c))]
    found = releases_after_until(s, view, found)
    # "his wife Maryna Adamovich has had no news of him", "не получает известий от него": the news lacked is of the one
    # after it, not of the name before it.
    found = [c for c in found if not (c.start >= b and L["NO_NEWS"].search(text, c.start, c.end)
                                      and _OF_SOMEONE.match(text, c.end))]
    # "Мужа помиловали в январе, жену осудили в апреле: ... Людмиле Кравец", "her husband was freed": a state word
    # whose subject or object is a family word is that relative's, not the state of a name elsewhere in the sentence.
    found = [c for c in found if not relatives_state(L, text, c, a) and not attribute_of_a_speaker_after(s, view, span, c)
             and not release_of_a_first_name(s, view, span, c)]
    others = about_others(s, view, span)
    found = [c for c in found if not any(start <= c.start < end for start, end in others)]
    worry_end = worried_about(s, view, span)
    if worry_end is not None:
        # "welcomes the release of 52, voices concern over X": a worry about the person right before the name; the
        # release before it is the others'.
        found = [c for c in found if c.start >= worry_end]
    gapped = gapped_predicate(L, text, lo, a, theirs) if not found else None
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
        return [Reading("former", a)] if former_prisoner(L, text, a) else [Reading("mentioned")]
    # (A first name alone counts: "Жена политзаключенного Максима Знака Ольга рассказала" — Ольга speaks.)
    names_after = [view.at(sp.start) for sp in name_spans(s) if sp.start >= span.end] + [
        view.at(m.start()) for m in _CAPITALISED_WORD.finditer(s.text, span.end, span.end + FIRST_NAME_AFTER)
        if first_name(m.group())]
    if is_speaker(L, text, a, b, hi, found, names_after):
        # "said Maria Kalesnikava, who was released in December", "сказал Игорь Лосик, освобожденный в сентябре": the
        # speaker's own aside may still tell their state.
        own_aside = state_aside(L, text, a, b, found) or state_opening(L, text, lo, a, found)
        if own_aside is None and former_prisoner(L, text, a):
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
    held_after = predicate_after_aside(text, b, found, ("still_held",)) is not None
    office_after = title_after(L, text, b) and predicate_after_aside(text, b, found) is None
    if office_after and partitive and not freed_list:
        # "One of them was X, the journalist and media analyst who was sentenced to 14 years": one of the group the
        # sentences before tell; the apposition after the name is biography.
        return [Reading("list")]
    if has_title(L, text, a, found) and not found and member_of_them(L, text, max(last, b)):
        # "RFE/RL journalist X was also on the list", "Журналист X тоже был среди них": the trade says who the person is,
        # the predicate that they are one of the group the sentences before tell.
        return [Reading("list")]
    if (has_title(L, text, a, found) and not freed_list and not held_after) or (office_after and not partitive):
        # "accompanied by Christopher W. Smith, a deputy assistant secretary of state": an office in apposition after
        # the name too, unless the person's own predicate follows it ("X, a political analyst, was released").
        # (A state word in the name's clause may still be the person's, "на волю выйшла палітолягіня X", "analyst X spent
        # four years behind bars before he was released": the words around may tell; not one before a verb of speech,
        # "помиловал 16 осужденных, сообщила пресс-секретарь X".)
        state_in_clause = any(c.role in STRONG and not (c.end <= a and L["SPEAKER_VERBS"].search(text, c.end, a))
                              for c in found)
        freed = commentator_freed(L, text, a, b, found)
        if freed is not None:
            # "На волю выйшла палітолаг X", "The analyst X was freed": a commentator's trade is no office; the release
            # is the person's own predicate.
            return [Reading(freed.role, freed.start)]
        inverted = state_before_title(s, view, span, lo, found)
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
    direct, relative, relative_end = own_predicate(L, text, last if last > b else b, hi, found)
    before = strongest_nearest([c for c in found if c.end <= a and not about_earlier_name(s, view, c, span)],
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
        main = [Reading(relative.role, relative.start, True), *also, *held_again(L, text, relative, found)]
        if before is None and member_of_them(L, text, relative_end):
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
        return [Reading(direct.role, direct.start), *also, *held_again(L, text, direct, found),
                *released_last(direct, found, names_at), *refused_to_go(L, text, direct, names_at)]
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
    if not [c for c in found if c.end <= a and PRIORITY[c.role] > 1] and among_prisoners(L, text[lo:a]):
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
    head = strongest_nearest(heads, last=True)
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
            kin_before(L, text, a, span, s.text[:span.start]) or relative_of_the_name_before(s, span, view)
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
        own = (predicate_after_apposition(L, text, a, b, found) or predicate_after_aside(text, b, found) or weak_relative
               or predicate_after_aside(text, b, found, WEAK))
        if own is None and _derived(L, "prisoner_too", "PRISONER_TITLE", r"^\W*(?:[^\W\d]+\W+){0,3}?(?:FIELD)").match(text[b:]):
            own = strongest_nearest([c for c in found if c.start >= b], last=False) or Cue(b, b, "held_weak")
        if own is not None:
            # "Ее муж Денис Курьянович, осужденный по той же статье, вышел раньше": the relative is a prisoner too,
            # by a predicate of their own.
            return [Reading(own.role, own.start)]
        # "паведаміла ягоная жонка Марына Адамовіч": a relative speaks of the prisoner, she is not one.
        return [Reading("relative")]
    aside_predicate = predicate_after_aside(text, b, found)
    if (aside_predicate is not None and text[:a].rstrip().endswith(",")
            and (before is None or PRIORITY[before.role] < PRIORITY[aside_predicate.role])):
        # "Another jailed opposition figure, X, a member of Y's team, was also released": a name in apposition takes
        # the clause's verb after its aside, not the adjective of the noun before it.
        return [Reading(aside_predicate.role, aside_predicate.start)]
    apposed = (state_after_apposed_name(L, text, lo, a, b, found, names_at)
               if before is not None and before.role in WEAK else None)
    if apposed is not None:
        # "The best known of the men arrested that year, the blogger X, walked free in June": the arrest before the name
        # is the group's it stands in apposition to; the verb after the name's closing comma is its own.
        return [Reading(apposed.role, apposed.start)]
    if before is not None:
        return [Reading(before.role, before.start)]
    # A past sentence in the name's relative clause ("who had been sentenced together in 2023") is no role of its own.
    after = strongest_nearest(past_asides_relative_clause(text, b, relative_end, found), last=False)
    if after is not None:
        return [Reading(after.role, after.start)]
    if member_of_them(L, text, max(last, b)) or (relative_end > b and member_of_them(L, text, relative_end)):
        # "123 prisoners were released. Ales Bialiatski, Maryia Kalesnikava and Maksim Znak were among them": the group
        # the sentences before tell; so after the name's relative clause ("X, who was arrested in 2020, was among
        # them", "Николай Дедок, которого держали без связи, был в их числе").
        return [Reading("list")]
    among = _derived(L, "among_first", "AMONG", r"^\W*(?:FIELD)\s")
    if lo > 0 and among.match(text) and not list_intro(L, text):
        # "Среди признанных в октябре — A, осужденный ...; B; C": the items after a semicolon are of the group the
        # head word names (its own word, the first after "среди"), whatever the items before them were sentenced to.
        head = strongest_nearest(not_theirs(cues(L, text[:lo]), theirs)[:1], last=False)
        return [Reading(head.role, head.start) if head else Reading("list")]
    if lo > 0 and (list_intro(L, text) or list_intro(L, text[lo:a])):
        # "Among those still held are A, ...; B, ...; and C", "Those prisoners were bused to Lithuania; among them
        # were X": items after a semicolon share the list's head, or the sentence before's.
        # (The head stands before the list's first item: what an earlier item's aside tells is that item's.)
        first_item = view.at(name_spans(s)[0].start) if name_spans(s) else lo
        head = strongest_nearest([c for c in not_theirs(cues(L, text[:lo]), theirs) if c.end <= first_item], last=True)
        return [Reading(head.role, head.start) if head else Reading("list")]
    if weak_relative is not None:
        # "Сярод абвінавачаных — ... Валянцін Міхайлаў, якога затрымалі разам з сынам": nothing else tells more.
        return [Reading(weak_relative.role, weak_relative.start, True)]
    if prisoner_title(L, text, a):
        return [Reading("held_weak", a)]
    if former_prisoner(L, text, a):
        return [Reading("former", a)]
    return [Reading("other")]


# A capitalised word, and how far after a name a first name alone may stand before a verb of speech.
_CAPITALISED_WORD = re.compile(r"(?<!\w)[A-ZА-ЯЁІЎЇЄҐ][\w'’-]+")
FIRST_NAME_AFTER = 40
_THAT = re.compile(r"(?:^|\W)(?:што|что|що|that)\s+", re.IGNORECASE)
