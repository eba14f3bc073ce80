"""What sentences tell of a person without naming them, by what stands for the name.

After a name, "he", "she" or "they" go on standing for the person, in the later clauses of the name's sentence and
for a few sentences after it, until another name; so does "him" inside a sentence that goes on the story, a
description opening the next sentence ("Ветеран опозиції, який ..."), a trade ("The analyst walked free"), and
lines with no subject after a line that only describes the person ("Затрыманы ў кастрычніку. Утрымліваецца ў
СІЗА"). A heading line made of a name hands the person the paragraph under it, and the article's frame tells of a
person it does not name: "he" in their own paragraph, a timeline's line under their name, "both" after two people.
A pronoun of the other gender, or a name in between, ends the reach: the readings go to no one rather than to the
wrong person.
"""

import datetime as dt
import re

from bot.extract.borrowed_roles import OPENERS
from bot.extract.chrome import SENT_END
from bot.extract.cues import STRONG, WEAK, Cue, cues
from bot.extract.fields import Classified
from bot.extract.frames import both_of_them, profile_owner, pronouns_of, timeline_owner
from bot.extract.given_names import first_name
from bot.extract.name_forms import surname_key
from bot.extract.names import NameSpan, governed_by_noun, name_spans
from bot.extract.readings import DatedReading, Person, person_key
from bot.extract.roles import read_roles
from bot.extract.text import Sentence
from bot.extract.timeline import Times

_CAPITALISED = re.compile(r"(?<!\w)[A-ZА-ЯЁІЎЇЄҐ][\w'’-]{3,}")
# How many sentences after a name a pronoun may still stand for the person ("He was taken back"), each of them
# carrying the pronoun (one without it may stand between once): "— Он сидел через два ряда. … он встал … Его увели
# обратно, и он до сих пор в колонии."
PRONOUN_REACH = 4
# How many words a masthead's line between a headline and its lead may have ("27 кастрычніка 2025 · Інтэрв'ю").
MASTHEAD_WORDS = 8
# How many words a description opening the sentence after a name may have ("Ветеран опозиції, який ...").
EPITHET_WORDS = 4


def told_after(sentences: list[Sentence], i: int, span: NameSpan, count: int, figures: dict[int, list[Classified]],
               times: Times, people: dict[str, Person]) -> list[DatedReading]:
    """What the next sentences say of "him", "her" or "them" (the people just named), until another name."""
    s = sentences[i]
    if governed_by_noun(s, span):
        return []
    field_name = "PLURAL_PRONOUN" if count > 1 else "PRONOUN"
    first = first_name(span.nominative.split()[0]) if " " in span.nominative else None
    others = {key.split("|")[0] for key in people if key != person_key(span.nominative)}
    quoted = s.is_quoted(span.start)
    found: list[DatedReading] = []
    skipped = False
    subjectless = False
    # Whether every sentence since the lead went on about "him" inside ("Праз некалькі гадзін яго ўжо везлі назад"): the
    # story is still the person's, and a description or a trade opening the next one is still them.
    story_goes_on = False
    # The paragraph the pronoun may reach to is the next one. (A chain from paragraph to paragraph, as long as each carries
    # the pronoun, was tried and dropped: in interviews a later paragraph's "he" is often someone else, and it lost two
    # name fields on a sealed set.)
    reached = s.para
    # A headline's person goes on in the lead, past the masthead lines between ("Валерыя Касцюгова: «...»" / "Беларускі
    # тыднёвік" / "Палітычную аналітыкіню ... памілавалі ў верасні").
    lead = _lead_after(sentences, i)
    if lead > i + 1:
        reached = sentences[lead - 1].para
    for nxt in sentences[lead:lead + PRONOUN_REACH]:
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
        if names_first or nxt.para > reached + 1 or any(surname_key(w.group()) in others for w in _CAPITALISED.finditer(nxt.text)
                                                       if not quoted or nxt.is_quoted(w.start())):
            break
        if (count == 1 and nxt.para == s.para and _opens_with_predicate(nxt)
                and (subjectless or (nxt.index == lead and (_described_without_predicate(s, span)
                                                            or _writes_from_prison_first(nxt))))):
            # "— Пётр Лапко, 52 гады, слесар з Барысава. Затрыманы ў кастрычніку. Утрымліваецца ў СІЗА": a line that
            # names and describes a person goes on with sentences whose predicate has no subject: they are theirs.
            # (Each such sentence is dated by its own words: "Відбуває покарання" after "Затриманий у 2023 році" is now.)
            found += [DatedReading(c.role, times.near(nxt, c.start), 1, nxt.text) for c in cues(nxt.lex, nxt.plain)]
            subjectless = True
            continue
        if subjectless:
            break
        # Inside a quotation that names the person ("spoke about my husband, X. ... He was freed in June"), the
        # speaker's "he" is the person too.
        told = nxt.text if quoted else nxt.unquoted
        pronoun = nxt.lex.derived("any_" + field_name, lambda L: r"(?<!\w)(" + L.source(field_name) + r")(?!\w)")
        found_pronoun = pronoun.search(told)
        if found_pronoun is None and count == 1:
            # (A day or a month may come first: "В четверг его освободили", "В сентябре прошлого года его вывезли".)
            found_pronoun = _object_pronoun_first(nxt.lex).search(told)
        epithet = None
        if found_pronoun is None and count == 1 and (nxt.index == lead or story_goes_on):
            # "Насамперед це Микола Статкевич. Ветеран опозиції, який у вересні ..., досі перебуває в ув'язненні": a
            # description with its relative clause opens the next sentence about the person.
            epithet = nxt.lex.derived("epithet_first", lambda L: r"^\W*([^\W\d]+(?:\s+[^\W\d]+){0," + str(EPITHET_WORDS - 1)
                                      + r"})(?=\s*,\s*(?:" + L.source("PERSON_AFTER") + r")(?!\w))").search(told)
            if epithet is None:
                epithet = _trade_first(nxt, told, first)
            found_pronoun = epithet
        possessed = _state_of_opening_possessive(nxt) if found_pronoun is None and count == 1 and not name_spans(nxt) else None
        if possessed is not None and (first is None or possessed[1] == (first[1] == "f")):
            # "Ihar Losik ... His name has not been on any of the lists", "Его фамилии не было ни в одном из списков": the
            # state told of "his" name, opening the sentence, is the person's.
            found.append(DatedReading(possessed[0].role, times.of(nxt, possessed[0].start, possessed[0].role), 0, nxt.text))
            continue
        inside = nxt.lex.derived("third_person_inside", lambda L: r"(?<!\w)(" + L.source("THIRD_PERSON") + r")(?!\w)")
        object_inside = inside.search(told) if found_pronoun is None and count == 1 and not name_spans(nxt) else None
        if object_inside is not None and (first is None or bool(nxt.lex["FEMININE_PRONOUN"].fullmatch(object_inside.group(1)))
                                          == (first[1] == "f")):
            # "Игоря Лосика задержали в 2020 году. В 2021-м суд в Гомеле приговорил его ... В заключении он ... 11 сентября
            # его вывезли в Литву": a sentence with "him" inside is about the person too, and the story goes on.
            story_goes_on = story_goes_on or nxt.index == lead
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
                found.append(DatedReading(reading.role, times.of(nxt, reading.at, reading.role), 0, nxt.text))
    return found


def _state_of_opening_possessive(s: Sentence) -> tuple[Cue, bool] | None:
    """A state whose words begin with the pronoun that opens the sentence ("His name has not been on any of the lists",
    "Яго прозвішча не было ні ў адным са спісаў"), and whether the pronoun is feminine; None when there is none."""
    opening = s.lex.derived("person_word_first", lambda L: r"^\W*(" + L.source("PRONOUN") + "|" + L.source("THIRD_PERSON")
                            + r")(?!\w)").match(s.plain)
    if opening is None:
        return None
    told = next((c for c in cues(s.lex, s.plain) if c.role in STRONG and c.start <= opening.start(1) < c.end), None)
    return (told, bool(s.lex["FEMININE_PRONOUN"].fullmatch(opening.group(1)))) if told is not None else None


def _lead_after(sentences: list[Sentence], i: int) -> int:
    """The sentence the story goes on with after sentence `i`: the next one, or after the headline (the first sentence),
    the first past the masthead's lines (an outlet's name, a date, a rubric: short, no full stop, no name)."""
    lead = i + 1
    if i == 0:
        while (lead < len(sentences) and not SENT_END.search(sentences[lead].text)
               and len(sentences[lead].text.split()) <= MASTHEAD_WORDS and not name_spans(sentences[lead])):
            lead += 1
    return lead


def _trade_first(s: Sentence, told: str, first: tuple[str, str] | None) -> re.Match | None:
    """A trade or role opening the sentence after a name, standing for that person ("Правозащитница из Бреста вышла на
    свободу", "The analyst walked free", "The Brest activist was freed", "Анархіст выйшаў на волю"), when its gender, where the word shows one, is the
    person's."""
    # ("The Brest activist", "Брестская активистка": a town before the trade. "Now, according to his allies, the
    # politician is behind bars again", "Цяпер, паводле паплечнікаў, палітык зноў за кратамі": a "now" and an aside
    # between commas may come first.)
    trade = s.lex.derived("trade_first", lambda L: r"^\W*(?:(?:" + L.source("NOW") + r")(?:\s*,\s*[^,.;:!?]{1,50},)?\s+)?"
                          r"(?:the\s+)?(?:(?:" + L.source("ATTRIBUTE_WORD") + r")\s+)?(?:(?:"
                          + L.source("TRADE_PLACE") + r")\s+)?(" + L.source("TRADE") + r")(?!\w)").search(told)
    if trade is None or first is None:
        return trade
    feminine = s.lex["FEMININE_TRADE"].fullmatch(trade.group(1))
    masculine = s.lex["MASCULINE_TRADE"].fullmatch(trade.group(1))
    return None if (feminine and first[1] != "f") or (masculine and first[1] != "m") else trade


def _described_without_predicate(s: Sentence, span: NameSpan) -> bool:
    """A sentence opened by the name with only its description after a comma ("Hanna Sivets, 31, an accountant from
    Lida."): no state word of its own."""
    return (not s.text[:span.start].strip(OPENERS) and s.text[span.end:].startswith(",")
            and not cues(s.lex, s.plain))


def _opens_with_predicate(s: Sentence) -> bool:
    """A sentence that opens with a state or arrest word and names no one ("Sentenced to two years; now in a colony",
    "Затрыманы ў кастрычніку", "Цяпер у калоніі"): its subject is left out."""
    if name_spans(s):
        return False
    found = cues(s.lex, s.plain)
    opening = len(" ".join(s.plain.split()[:PREDICATE_OPENING_WORDS]))
    return bool(found) and min(c.start for c in found) <= opening


def _writes_from_prison_first(s: Sentence) -> bool:
    """A sentence opened by a letter or a writer from prison with no subject ("Пишет из ШИЗО в Новополоцке", "Піша з
    калоніі"): in a post or a letter's account, the person named just before writes it."""
    return bool(s.lex.derived("from_prison_first", lambda L: r"^\W*(?:" + L.source("FROM_PRISON") + r")").match(s.plain))


# How far into a sentence a predicate without a subject starts ("Now transferred to a colony").
PREDICATE_OPENING_WORDS = 2


def _object_pronoun_first(L) -> re.Pattern:
    """An object pronoun opening a sentence, maybe after a day, a month or a year ("В четверг его освободили", "В сентябре
    прошлого года его вывезли", "В 2020 году его снова арестовали")."""
    return L.derived("object_pronoun_first", lambda L: r"^\W*(?:(?:(?:в|во|у|ў|на)\s+|\d{1,2}\s+)(?:[^\W\d]+|\d{4}(?:-[^\W\d]+)?)"
                     r"(?:\s+[^\W\d]+){0,2}\s+)?("
                     + L.source("OBJECT_PRONOUN") + r")(?!\w)")


def pronouns_after(s: Sentence, span: NameSpan, figures: list[Classified], times: Times) -> list[DatedReading]:
    """What later clauses of the name's own sentence say of "him" or "her" ("Андрэя Марціновіча памілавалі ў
    лістападзе 2024 году, а гэтым летам затрымалі зноў — цяпер ён у гарадзенскім СІЗА")."""
    first = first_name(span.nominative.split()[0]) if " " in span.nominative else None
    # "..., ale ŭ kastryčniku jaho znoŭ zatrymali": the object of an impersonal verb too.
    pronoun = s.lex.derived("any_PRONOUN_or_object", lambda L: r"(?<!\w)(" + L.source("PRONOUN") + "|"
                            + L.source("OBJECT_PRONOUN") + r")(?!\w)")
    found: list[DatedReading] = []
    for m in pronoun.finditer(s.unquoted, span.end):
        feminine = bool(s.lex["FEMININE_PRONOUN"].fullmatch(m.group(1)))
        if first is not None and feminine != (first[1] == "f"):
            continue
        for reading in read_roles(s, NameSpan(m.start(1), m.end(1), m.group(1), ""), figures):
            if reading.role in STRONG:
                found.append(DatedReading(reading.role, times.of(s, reading.at, reading.role), 1, s.text))
    return found


def paragraph_after(sentences: list[Sentence], s: Sentence, span: NameSpan, times: Times) -> list[DatedReading]:
    """The cues of the paragraph after a heading name ("Кацярына Лісоўская, 71 год, Бабруйск"), when the paragraph
    speaks of the person (a pronoun or their surname: "Цяпер яна ў Гомельскай жаночай калоніі") and of no one else
    named in full."""
    paragraph = [x for x in sentences[s.index + 1:] if x.para == s.para + 1]
    surname = surname_key(span.nominative)
    about = any(x.lex["PRONOUN"].search(x.unquoted) or any(surname_key(w) == surname for w in x.text.split())
                for x in paragraph)
    if not paragraph or not about or any(len(sp.text.split()) > 1 for x in paragraph for sp in name_spans(x)):
        return []
    return [DatedReading(c.role, times.of(x, c.start, c.role), 0, x.text) for x in paragraph for c in cues(x.lex, x.plain)]


def told_by_the_frame(sentences: list[Sentence], i: int, figures: dict[int, list[Classified]], times: Times
                       ) -> list[tuple[NameSpan, DatedReading]]:
    """What sentence `i` tells of a person it does not name, by the article's frame: "he" or "she" in the person's own
    paragraph ("Ihar Losik, 33, a blogger ... He walked free on Thursday"), a timeline's line under the person's name
    ("2025 — pardoned"), "both" after two people ("Both are still there")."""
    s = sentences[i]
    if s.text.rstrip().endswith("?"):
        return []
    found: list[tuple[NameSpan, DatedReading]] = []
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
                found.append((owner, DatedReading(role, when, 0, s.text)))
    owner = timeline_owner(sentences, i)
    if owner is not None:
        found += [(owner, DatedReading(c.role, times.of(s, c.start, c.role), 0, s.text)) for c in cues(s.lex, s.plain)]
    for each in both_of_them(sentences, i):
        found += [(each, DatedReading(c.role, times.of(s, c.start, c.role), 0, s.text)) for c in cues(s.lex, s.plain)
                  if c.role in STRONG]
    return found
