"""State words in a name's sentence that are someone else's, so they give the name no role.

A clause about others after the name ("signs postcards for those who stayed behind bars"), the participle of one who
speaks after it ("..., рассказал освобожденный Игорь Лосик"), a word in the relative clause of a name listed before it
or right before one who speaks of it: each tells another person's state, however near this name it stands.
"""

import re

from bot.extract.cues import Cue
from bot.extract.given_names import first_name
from bot.extract.morph import LemmaView
from bot.extract.names import NameSpan, name_spans
from bot.extract.predicates import RELATIVE
from bot.extract.text import Sentence

# A capitalised word as written (a first name, maybe with the possessive "'s").
_CAPITALISED = re.compile(r"(?<!\w)[A-ZА-ЯЁІЎЇЄҐ][^\W\d_]+(?:['’]s)?(?![\w'’-])")
# How far from a release noun a first name whose release it is may stand (a space; "Viktar's " before it).
WHOSE_RELEASE_GAP = 3
# What ends the clause about others: a comma, a semicolon, a bracket or a dash.
_OTHERS_CLAUSE_END = re.compile(r"[,;()]|\s[\u2014\u2013]\s")


def about_others(s: Sentence, view: LemmaView, span: NameSpan) -> list[tuple[int, int]]:
    """The clauses about others, in lemma offsets, after the name ("X signs postcards for those who stayed behind bars",
    "падпісвае паштоўкі для тых, хто застаўся за кратамі") or closed before it ("Про тих, хто залишився в колонії, X
    говорити не хоче"): their state is not the name's."""
    those = s.lex.derived("for_those_who", lambda L: r"(?<!\w)(?:" + L.source("FOR_THOSE_WHO") + r")(?!\w)")
    found = []
    for m in those.finditer(s.text):
        stop = _OTHERS_CLAUSE_END.search(s.text, m.end())
        end = stop.start() if stop else len(s.text)
        if m.start() >= span.end or end <= span.start:
            found.append((view.at(m.start()), view.at(end)))
    return found


# How many words (a trade) may stand between a speaker's participle and their name ("said the freed journalist X").
ATTRIBUTE_WORDS = 2


def attribute_of_a_speaker_after(s: Sentence, view: LemmaView, span: NameSpan, cue: Cue) -> bool:
    """A participle before the name of one who speaks after this name ("В колонии он читал Янку Купалу, рассказал
    освобожденный Игорь Лосик"): it is the speaker's, not this name's."""
    if cue.start < view.at(span.end) or not s.lex["SPEAKER_VERBS"].search(view.text, view.at(span.end), cue.start):
        return False
    return any(sp.start >= span.end and cue.end <= view.at(sp.start)
               and len(view.text[cue.end:view.at(sp.start)].split()) <= ATTRIBUTE_WORDS for sp in name_spans(s))


def about_earlier_name(s: Sentence, view: LemmaView, cue: Cue, span: NameSpan) -> bool:
    """A cue in the relative clause of a name listed before this one ("X, who was returned to prison, and Y"), or
    right before a name who speaks of this one ("Звільнений Ігор Лосик розповів, що в колонії читав Василя Стуса")."""
    for other in name_spans(s):
        if other.end <= span.start:
            start = view.at(other.end)
            if start <= cue.start and RELATIVE.search(view.text[start:cue.start]):
                return True
            if (cue.end <= view.at(other.start) and not view.text[cue.end:view.at(other.start)].strip()
                    and s.lex["SPEAKER_VERBS"].search(view.text, start, view.at(span.start))):
                return True
    return False


def pardoner(s: Sentence, span: NameSpan) -> bool:
    """Whether the name is the subject of an active release verb with its object after it ("Алиев помиловал 120
    заключенных", "X pardoned another 30 prisoners"): the one who frees, whose own state the release is not."""
    verb_at = len(s.text) - len(s.text[span.end:].lstrip())
    return s.lex["PARDONER_VERB"].match(s.text, verb_at) is not None


def worried_about(s: Sentence, view: LemmaView, span: NameSpan) -> int | None:
    """Where a worry about the person ends when it stands right before the name ("voices concern over X", "выразил
    обеспокоенность судьбой X"), in lemma offsets: the release told before it is others', not theirs."""
    worry = s.lex.derived("concern_right_before", lambda L: r"(?<!\w)(?:" + L.source("CONCERN_FOR") + r")\W{0,3}$")
    found = worry.search(s.text[:span.start])
    return view.at(found.end()) if found else None


def owner_of_organisation(s: Sentence, span: NameSpan) -> bool:
    """Whether the name stands right after an organisation it owns ("юрыст выбарчага штаба Віктара Бабарыкі", "a lawyer
    on the campaign staff of Viktar Babaryka"): named for whose staff or team it is, not told of."""
    owned = s.lex.derived("org_of_right_before", lambda L: r"(?<!\w)(?:" + L.source("ORG_OF") + r")\s+$")
    return owned.search(s.text[max(0, span.start - 40):span.start]) is not None


def release_of_a_first_name(s: Sentence, view: LemmaView, span: NameSpan, cue: Cue) -> bool:
    """A release noun whose owner is a first name other than this name ("узнала об освобождении Виктора", "learnt of
    Viktar's release"): the release is that person's, not the subject's."""
    if cue.role != "released" or not s.lex["RELEASE_NOUN"].match(view.text, cue.start):
        return False
    for m in _CAPITALISED.finditer(s.text):
        if span.start <= m.start() < span.end or first_name(m.group().removesuffix("'s").removesuffix("’s")) is None:
            continue
        after = 0 < view.at(m.start()) - cue.end <= WHOSE_RELEASE_GAP
        possessive = m.group().endswith("s") and m.group()[-2] in "'’" and 0 < cue.start - view.at(m.end()) <= 1
        if after or possessive:
            return True
    return False
