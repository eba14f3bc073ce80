"""Who speaks and who holds an office: a name that says something ("X said", "— лічыць праваабаронца X") or stands
beside a title ("President X", "X, посол США") is no prisoner, unless its own aside tells its state ("said X, who was
released in December"). `roles.read_roles` asks these before it reads a role."""

import re

from bot.extract.clauses import asides_only
from bot.extract.cues import STRONG, WEAK, Cue
from bot.extract.cues import derived_field as _derived
from bot.extract.lexicon import Lexicon

# One who ran or seeks to run for an office does not hold it ("presidential hopeful X", "претендент на посаду президента X").
_CANDIDATE = re.compile(r"candidate|hopeful|contender|кандидат|кандыдат|претендент|прэтэндэнт", re.IGNORECASE)


# What opens a quotation: a headline's "Ihar Losik: «...»" quotes the person the story goes on to tell of.
_QUOTE_OPENERS = ('"', "«", "“", "„")


def colon_label(text: str, start: int, end: int) -> str | None:
    """Whether the name at text[start:end] is the label before a colon that opens the text: "answer" for an
    interview's speaker label ("Kastusiou: There are around 30 media workers behind bars"; the name speaks and is
    not told of), "quote" for a headline's quoted words ("Ihar Karnei: «I still wake up at six»"; the story goes on
    to tell of that person), None when the name is no such label."""
    after = text[end:].lstrip()
    # Only spaces and a dialogue's dash may stand before it (after a bullet, "• Ihar Losik: 15 years, Navapolatsk",
    # the name heads a list entry that tells of it).
    if text[:start].strip(" —–-") or not after.startswith(":"):
        return None
    said = after[1:].lstrip()
    if said[:1].islower():
        # A profile's heading goes on in lower case, no one's words: "Maksim Znak: a lawyer again".
        return None
    return "quote" if said.startswith(_QUOTE_OPENERS) else "answer"


def is_speaker(L: Lexicon, text: str, a: int, b: int, hi: int, found: list[Cue], names_after: list[int] = ()) -> bool:
    """Whether the name is who speaks: "X said", "X, a Viasna lawyer, told", "said Viasna's X", "по словам X".

    "X and Y were freed, opposition activists said", "X, a political prisoner who was pregnant, Viasna said":
    another subject before the verb speaks.
    """
    # A short quoted title may stand between ("X у каментары «Зеркалу» сказаў").
    speaker_after = _derived(L, "speaker_after", "SPEAKER_VERBS",
                             r"^(?:[^.;:“”\"«»]|«[^«».;:]{1,30}»){0,60}?(?<!\w)(?:FIELD)(?!\w)")
    speaker_before = _derived(L, "speaker_before", "SPEAKER_BEFORE", r"(?<!\w)(?:FIELD)(?!\w)[^.;:,]{0,25}$")
    spoke = speaker_after.search(text[b:hi])
    if spoke and any(b <= n < b + spoke.end() and "," not in text[b:n] for n in names_after):
        # "Жена политзаключенного Павла Северинца Ольга Северинец рассказала": the name right before the verb speaks.
        spoke = None
    if spoke and (text[b:b + spoke.end()].count(",") % 2 == 0 or asides_only(text[b:b + spoke.end()])):
        # After a comma, words before the verb are its own subject ("..., Viasna said", "..., the broadcaster said
        # on Monday", "..., ей дали ..."): they speak, not X ("X, a Viasna lawyer, told" has the verb alone).
        last = text[b:b + spoke.end()].split(",")
        own = len(last) == 1 or len(re.findall(r"[^\W\d]+", last[-1])) <= 1
        # A past arrest inside the asides does not stop them speaking ("X, адвакат, які раней сам быў асуджаны,
        # пракаментаваў"): a commentator is free; only a state word between is theirs.
        weak_ok = asides_only(text[b:b + spoke.end()])
        # ("X, herself given a suspended sentence, said": restricted freedom in the aside leaves her free to speak.)
        if own and not any(b <= c.start < b + spoke.end() and not ((weak_ok and c.role in WEAK) or c.role == "restricted")
                           for c in found):
            return True
    said = speaker_before.search(text[max(0, a - 40):a])
    if said and not any(max(0, a - 40) + said.start() <= c.start < a for c in found):
        return True
    # "Как подчеркнула X, все они ...", "Як наголосила X": "as X stressed" opens what X says.
    as_said = L.derived("as_said_before", lambda L: r"(?:^|\W)(?:" + L.source("AS_SAID") + r")\s+(?:"
                        + L.source("SPEAKER_VERBS") + r")\s+$")
    if as_said.search(text[max(0, a - 40):a]):
        return True
    # "«...», — лічыць праваабаронца «Вясны» Павал Сапелка": the attribution after a closing quote names who speaks,
    # unless it tells their state ("— сказаў вызвалены палітвязень X").
    attributed = _ATTRIBUTION.search(text[:a])
    if attributed and "," not in attributed.group() and _SHORT_QUOTED_NAME.search(text[:attributed.start() + 1]):
        # "досі перебувають журналісти «Радіо Свобода» — Ігор Лосік": a name in quotation marks, not a quotation closing.
        attributed = None
    return bool(attributed) and not any(a - len(attributed.group()) <= c.start < a and c.role in STRONG for c in found)


# An organisation's name in quotation marks (a few words), ending at the end of the text.
_SHORT_QUOTED_NAME = re.compile(r"«[^«»]{1,30}»$")


# How far before a name the dash after a closing quote may stand ("», — сказаў Свабодзе праваабаронца «Вясны» X").
ATTRIBUTION_REACH = 70
# (The plain view blanks the quotation itself: the dash may follow only spaces.)
_ATTRIBUTION = re.compile(r"(?:[»”\"]|^\s+)\s*,?\s*[—–-]\s*(?:[^.;:!?«»“”\"—–]|«[^«»]{1,30}»){0," + str(ATTRIBUTION_REACH) + "}$")


# How many words may stand between an office and the name it is in apposition to: the office's own complement
# ("уполномоченный Верховной Рады по правам человека X", five words).
TITLE_WORDS = 5


def has_title(L: Lexicon, text: str, a: int, found_cues: list[Cue]) -> bool:
    """An office ("President", "envoy", "Міністр закордонних справ України") right before the name, not a
    candidacy for one nor a former office ("былы кіраўнік банка Віктар Бабарыка"), nor another person's
    ("President Alexander Lukashenko has pardoned Ihar Losik": a verb stands between)."""
    title = _derived(L, "title_before", "OTHER_TITLES",
                     r"(?<!\w)(?P<title>FIELD)(?!\w)\W*(?:[^\W\d]+\W+){0," + str(TITLE_WORDS) + r"}$")
    tail = text[max(0, a - 60):a]
    found = title.search(tail)
    # The office nearest the name is its own: in "judge X; prosecutor Y" Y's is "prosecutor", not "judge" and a
    # semicolon.
    while found and (nearer := title.search(tail, found.end("title"))):
        found = nearer
    if not found or _CANDIDATE.search(tail):
        return False
    if any(max(0, a - 60) + found.end("title") <= c.start < a for c in found_cues):
        return False
    # "Прэзідэнт спыніўся на сітуацыі са Статкевічам", "the president dwelt on X": a name after a preposition is the
    # object of the title holder's words, not in apposition to the title.
    if _derived(L, "preposition_before_name", "NAME_PREPOSITION", r"(?:^|\s)(?:FIELD)\s+$").search(tail[found.end("title"):]):
        return False
    # (An organisation in quotation marks right after the title is its own: "Президент «Радіо Свобода» Стівен Капус".)
    if _NOT_APPOSITION.search(_QUOTED_ORG.sub(" ", tail[found.end("title"):], count=1).rstrip(" ,")):
        # "за «абразу прадстаўніка ўлады», і гамяльчук Сяргей Гайдук": the title belongs to a phrase before, not to the
        # name after a quotation mark or "and".
        return False
    former = _derived(L, "former_before", "FORMER", r"(?:^|\W)(?:FIELD)\W*$")
    return not former.search(tail[:found.start()])


_QUOTED_ORG = re.compile(r"^\s*[«\"“][^«»\"“”]{1,40}[»\"”]")
# What ends a title's phrase before a name: a quotation mark, a bracket, a semicolon or a conjunction.
_NOT_APPOSITION = re.compile(r"[«»\"“”();]|\s(?:і|и|та|й|and|а|або|или|or)\s", re.IGNORECASE)

# The start of an aside about the name right after it: a comma and a relative pronoun of persons, if any.
_ASIDE_OPENS = re.compile(r"^\s*,\s*(?:(?:who|whom|который|кто|який|яка|якого|яку|які|якая|якога|якую)\s+)?(?:(?:was|were|had been|"
                          r"has been|been|быть|була|був|была|быў)\s+)?", re.IGNORECASE)
# How far into that aside its state word may start ("who was later released", "якога вызвалілі ў верасні").
ASIDE_REACH = 12


def state_aside(L: Lexicon, text: str, a: int, b: int, found: list[Cue]) -> Cue | None:
    """A release or holding word opening the aside right after a speaker's name ("X, who was released in December",
    "сказал Игорь Лосик, освобожденный в сентябре"), not one further in it (", a lawyer with Viasna, which documented
    the release") nor what "По словам X, ..." reports."""
    opens = _ASIDE_OPENS.match(text[b:])
    if not opens:
        return None
    start = b + opens.end()
    if not opens.group().strip(" ,"):
        # A participle right after the comma only after a verb of speech ("said X, freed in June"): "According to X,
        # the pardoning ..." goes on with what X says.
        said = _derived(L, "said_right_before", "SPEAKER_VERBS", r"(?:^|\W)(?:FIELD)\W+$")
        if not said.search(text[max(0, a - 30):a]):
            return None
        reach = 0
    else:
        reach = ASIDE_REACH
    near = [c for c in found if start <= c.start <= start + reach and c.role in STRONG]
    return near[0] if near else None


# How many words may stand between a participle opening the clause and the speaker's name ("Вызвалены ў верасні X").
OPENING_WORDS = 4
# How many words of a setting may come before "after his release" ("Speaking by phone from Vilnius days after").
SETTING_WORDS = 7
# Words before a letter from prison opening the clause: a preposition and an article ("In a letter from the colony").
LETTER_OPENING_WORDS = 2
# How far after a release word the name whose release it is may stand ("after the release of Mikalai Statkevich").
WHOSE_RELEASE_CHARS = 12


def state_opening(L: Lexicon, text: str, lo: int, a: int, found: list[Cue]) -> Cue | None:
    """A release or holding participle opening the speaker's clause, right before the name ("Вызвалены ў верасні Ігар
    Лосік сказаў", "Freed in September, Ihar Losik said"), or a release told as the time of the clause ("Через шесть
    дней после освобождения журналист X рассказал"); not the verb of someone else ("Lukashenko freed X, ...")."""
    # (The setting may come first: "Speaking by phone from Vilnius days after his release, X said".)
    after_event = L.derived("after_event_opening", lambda L: r"^\W*(?:[^\W\d][\w'’]*\s+|\d+\s+){0," + str(SETTING_WORDS)
                            + r"}(?:" + L.source("AFTER_EVENT") + r")\s+$")
    from_prison = [(m.start(), m.end()) for m in L["FROM_PRISON"].finditer(text, lo, a)]
    for c in found:
        between = text[c.end:a]
        opening = text[lo:c.start]
        # (Not the release of others as the time: "После освобождения 52 политзаключенных Светлана Тихановская заявила".)
        own_event = after_event.match(opening) and not (re.search(r"\d", between) or L["PRISONERS"].search(between))
        # "In a letter from the colony, X wrote", "У лісце з калоніі X напісаў": the letter's place is the writer's.
        letter = (c.start, c.end) in from_prison and len(opening.split()) <= LETTER_OPENING_WORDS
        if (c.role in STRONG and c.end <= a and (not opening.strip(" ,—–-«»\"“”") or own_event or letter)
                and len(re.findall(r"[^\W\d]+", between)) <= OPENING_WORDS and not re.search(r"[»”\"—–]", between)):
            return c
    return None


def release_as_time_after(L: Lexicon, text: str, b: int, hi: int, found: list[Cue], names_at: list[int]) -> Cue | None:
    """A speaker's own release told as the time of their clause after the verb ("Игорь Лосик дал интервью через неделю
    после освобождения", "X spoke to us days after his release"); not the release of others ("after the release of 52
    prisoners", "после освобождения Статкевича"). `names_at` are where the sentence's names start in `text`."""
    after_event = L.derived("after_event_in_clause", lambda L: r"^\W*(?:[^\W\d][\w'’]*\s+){1," + str(SETTING_WORDS)
                            + r"}(?:" + L.source("AFTER_EVENT") + r")\s+$")
    for c in found:
        if c.role != "released" or not b <= c.start < hi or not after_event.match(text[b:c.start]):
            continue
        told_of = text[c.end:c.end + 40]
        if any(c.end <= at <= c.end + WHOSE_RELEASE_CHARS for at in names_at):
            continue
        if not (re.match(r"\W*(?:of\s+)?\d", told_of) or L["PRISONERS"].match(told_of.lstrip(" ,"))):
            return c
    return None
