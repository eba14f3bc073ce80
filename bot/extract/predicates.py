"""The name's own predicate: the state word that the verb of a person's own clause says of them, wherever it stands.

Right after the name, after one aside or an apposition between commas ("X, 67, a party veteran, walked out"), past
the relative clause that describes the name ("X, who was returned to prison, remains ..."), fronted before it with
only a trade between ("На свободу вышла политолог X"), or left out after a contrast ("…, а в феврале — политика X"):
the person's own verb tells their state before any word told around them. `roles.read_roles` asks these first.
"""

import re

from bot.extract.clause_scope import BOUNDARY
from bot.extract.clauses import not_theirs
from bot.extract.cues import PRIORITY, STRONG, Cue, cues
from bot.extract.cues import derived_field as _derived
from bot.extract.lexicon import Lexicon
from bot.extract.morph import LemmaView
from bot.extract.names import NameSpan
from bot.extract.text import Sentence
from bot.extract.titles import title_between


def strongest_nearest(found: list[Cue], last: bool) -> Cue | None:
    """Of the cues on one side of a name, the nearest of the strongest kind ("released" over "sentenced")."""
    if not found:
        return None
    top = max(PRIORITY[c.role] for c in found)
    strong = [c for c in found if PRIORITY[c.role] == top]
    return strong[-1] if last else strong[0]


# A clause that goes on inside the one before: a conjunction or a subordinator, a personal pronoun.
_SUBORDINATE = re.compile(r"^\W*(?:як|как|калі|когда|коли|as|when|after|because|since|and|і|и|та|а|але|но|but|he|she|they"
                          r"|він|вона|вони|ён|яна|яны|он|она|они|що|что|што|that|which|where|де|где|дзе)(?!\w)",
                          re.IGNORECASE)
_COMMA = re.compile(r"[,:(]")
# How far after a name its own predicate starts ("X, 69, was among ..." is not direct; "X was freed" is).
DIRECT_CHARS = 45
# Relative pronouns (as the lemma view writes them) opening a clause about the name before them.
RELATIVE = re.compile(r"(?:^|\W)(?:who|which|whose|который|кто|який|яка|які|якая|якія|якую|якога|хто)\W",
                      re.IGNORECASE)
_RELATIVE_RIGHT_AFTER = re.compile(r"^\s*,\s*(?:who|which|whose|который|кто|який|яка|які|якая|якія|якую|якога|хто)\W",
                                   re.IGNORECASE)


def own_predicate(L: Lexicon, text: str, b: int, hi: int, found: list[Cue]) -> tuple[Cue | None, Cue | None, int]:
    """The cues of the name's own predicate (right after it, or a prison right after it: "Andrzej Poczobut — in a
    colony") and of the relative clause that describes it ("X, who was returned to prison, remains ..."), and
    where that relative clause ends."""
    start, relative, relative_end = b, None, b
    opens = _RELATIVE_RIGHT_AFTER.match(text[b:])
    if opens:
        clause_end = _COMMA.search(text, b + opens.end(), hi)
        relative_end = clause_end.start() if clause_end else hi
        relative = strongest_nearest([c for c in found if b <= c.start < relative_end], last=False)
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
    direct = strongest_nearest([c for c in found if start <= c.start < direct_end], last=False)
    if direct is not None and direct.role == "sentenced":
        # "приговорили к двум годам лишения свободы с отсрочкой исполнения приговора": what the sentence is comes at the
        # end of its clause, however long the term's words before it.
        clause_end = comma.start() if comma else hi
        served_at_home = [c for c in found if direct.end <= c.start < clause_end and c.role == "restricted"]
        direct = served_at_home[0] if served_at_home else direct
    return direct, relative, relative_end


# "X, засуджений у тій самій справі до восьми років, залишається ...": an aside between commas before the predicate.
_ASIDE_AFTER = re.compile(r"\s*,[^,;:.]{0,120},\s*")
# How far after the name (or its aside) its own predicate may start: a few words.
PREDICATE_REACH = 30


def predicate_after_aside(text: str, b: int, found: list[Cue], roles: tuple[str, ...] = STRONG) -> Cue | None:
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


def predicate_after_apposition(L: Lexicon, text: str, a: int, b: int, found: list[Cue]) -> Cue | None:
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


def state_after_apposed_name(L: Lexicon, text: str, lo: int, a: int, b: int, found: list[Cue], names_at: list[int]
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


def past_asides_relative_clause(text: str, b: int, relative_end: int, found: list[Cue]) -> list[Cue]:
    """The cues after the name's relative clause; when the name's asides end in a relative clause of their own and a
    state word follows its closing comma ("X, 67, a party veteran who fell ill while serving his term, had walked out of
    the colony"), only those after that comma: the relative clause is biography, the predicate comes after it."""
    after = [c for c in found if c.start >= relative_end]
    who = RELATIVE.search(text, b)
    if who is None or text.find(",", b, who.start()) < 0:
        return after
    closing = text.find(",", who.end())
    predicate = [c for c in after if closing >= 0 and c.start > closing and c.role in STRONG]
    return predicate or after


# A release still to come whose subject is the name before it: a few words with no comma or dash between, then a
# passive ("is expected to be released", "должна быть освобождена") or going out ("павінна выйсці на волю").
_AUXILIARIES_ONLY = re.compile(r"^\s+(?:[^\W\d]+\s+){1,5}$")
_PASSIVE_RIGHT_BEFORE = re.compile(r"(?:^|\s)(?:be|быть|быть_fut|быць|будзе|будуць|бути|бути_fut)\s+$")
_GOING_OUT = re.compile(r"(?:выйти|выйсці|вийти|walk)\s", re.IGNORECASE)


def wished_for_subject(text: str, b: int, c: Cue) -> bool:
    """"Marfa Rabkova is expected to be released only in 2027": the release wished for is the name's own (not "X called
    for the release of Y", whose release is a noun with its own object)."""
    gap = text[b:c.start]
    return bool(_AUXILIARIES_ONLY.match(gap)) and bool(_PASSIVE_RIGHT_BEFORE.search(gap) or _GOING_OUT.match(text, c.start))


# A clause after a contrast whose verb is left out: a few words of time or place, a dash, at most a title before the name.
_GAP = re.compile(r"^\s*(?:[^\W\d]+\s+){0,4}[\u2014\u2013]\s+(?:[^\W\d]+\s+){0,2}$")


def gapped_predicate(L: Lexicon, text: str, lo: int, a: int, theirs) -> Cue | None:
    """The release or holding word of the clause before the contrast, when the name's clause leaves its verb out ("…, а в
    феврале — политика X", "…, а ў лютым — Y"): the strongest of that clause."""
    if lo == 0 or not _GAP.match(text[lo:a]):
        return None
    starts = [m.end() for m in BOUNDARY.finditer(text, 0, lo) if m.end() < lo]
    prev_lo = starts[-1] if starts else 0
    return strongest_nearest([c for c in not_theirs(cues(L, text[:lo]), theirs) if c.start >= prev_lo
                              and c.role in STRONG], last=True)


# A state word right before a name, a word or two of title between ("на свободе Ирина Злобина", "frees Iryna Zlobina").
_FRONTED_GAP = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}")


def fronted_state(L: Lexicon, text: str, lo: int, a: int) -> bool:
    """Whether the name's clause opens with its state right before the name ("на свободе X", "вызвалены X")."""
    return any(c.role in STRONG and lo <= c.start and _FRONTED_GAP.fullmatch(text, c.end, a) for c in cues(L, text[:a]))


_QUOTE_OPENS = ('"', "«", "“", "„")


def quoted_predicate(s: Sentence, span: NameSpan) -> bool:
    """A quotation opening right after the name, no colon or comma between ('Andrzej Poczobut "was not on the list"',
    "Марыя Калеснікава «па-ранейшаму ў калоніі»"): the source's words are the name's own predicate."""
    after = s.text[span.end:]
    return after.lstrip()[:1] in _QUOTE_OPENS and after[:1].isspace() and s.is_quoted(span.end + len(after) - len(after.lstrip()) + 1)


def state_before_title(s: Sentence, view: LemmaView, span: NameSpan, lo: int, found: list[Cue]) -> Cue | None:
    """A release or holding verb of the name's own clause standing before it, only a trade between ("На свободу вышла
    политолог X", "Вызвалены журналіст X, аналітык"): the verb comes before its subject, whose title says what the
    person does, not that they act for the state."""
    before = [c for c in found if c.role in STRONG and lo <= c.start and c.end <= view.at(span.start)
              and (not view.text[c.end:view.at(span.start)].strip() or title_between(s, view, c.end, span))]
    return before[-1] if before else None
