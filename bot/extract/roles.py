"""Decide what an article says about each person it names: released, still held, or neither.

A role comes from the person's own clause, read in lemmas: the predicate right after the name
("Тихановский вышел на свободу", "Bialiatski remains behind bars"), else the nearest release or holding
word before it in the clause ("Among those released were ...", "Среди тех, кто остаётся за решёткой, ...
Статкевич"), else one after it. Negation and wishes count ("did not appear on the list of the pardoned",
"called for the release of"). Speakers, officials and public figures, titles and relatives get no role.
Across the article a person's current state wins: held now > released (in this round or an earlier one) >
arrested or sentenced once.
"""

import re
from dataclasses import dataclass

from bot.extract.fields import Classified, releases
from bot.extract.lexicon import Lexicon
from bot.extract.morph import LemmaView
from bot.extract.names import NamedPerson, NameSpan, is_capitalised, is_public_figure, name_spans, surname_key
from bot.extract.text import Sentence

# Stronger roles win across the article: a person "was sentenced in 2021" and "was freed in June" is freed;
# one who died in custody is neither freed nor held.
PRIORITY = {"other": 0, "sentenced": 1, "held_weak": 1, "released": 2, "still_held": 3, "died": 4}
# An arrest or a sentence speaks of the person right next to it only ("суд приговорил его ... Жихаря" does not).
WEAK_REACH = 30
# "не освободили", "not been released": a negation right before the release word.
_NEGATED_RIGHT_BEFORE = re.compile(r"(?:^|\W)(?:not|n't|не|ня|ні)\s+(?:(?:been|быть|былі|бути|були|yet|ещё|еще)\s+)?$",
                                   re.IGNORECASE)
# "освобождены не все", "у спісы памілаваных не трапляюць": a negation right after it.
_NEGATION_AFTER = re.compile(r"^\W*(?:[^\W\d]+\W+)?(?:не|not|ня|ні)\s", re.IGNORECASE)
# A clause ends here for a name's role: a semicolon or a contrast ("X was freed, but Y remains").
_BOUNDARY = re.compile(r";|\s(?:but|while|whereas|но|але|проте|однак|однако)(?=[\s,])"
                       r"|,\s+(?:а(?! также| таксама| також| тако)|тогда как|тоді як|тады як)\s", re.IGNORECASE)
_COMMA = re.compile(r"[,:(]")
# How far after a name its own predicate starts ("X, 69, was among ..." is not direct; "X was freed" is).
DIRECT_CHARS = 45
_NEGATION = re.compile(r"(?:^|\W)(?:no|not|never|n't|none|нет|не|ни|ні|няма|немає)\W+(?:\w+\W+){0,3}$", re.IGNORECASE)
# A list item is a name with a place or a job, not a sentence.
LIST_ITEM_WORDS = 10
_INLINE_LABEL = re.compile(r"^\W*((?:[^\W\d][\w'’-]*\s+){0,4}[^\W\d][\w'’-]*):\s+")
# "Nor did Maria Kalesnikava", "So does X": the sentence says of X what the one before said of its person.
_SAME_AS_BEFORE = re.compile(r"^\W*(?:nor|neither|so)\s+(?:did|does|do|is|was|were|are|has|have|had)\s", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    """A word of the sentence's lemma text that says something about the people near it."""

    start: int
    end: int
    role: str


def _derived(L: Lexicon, key: str, field: str, template: str) -> re.Pattern:
    return L.derived(key, lambda L: template.replace("FIELD", L.source(field)))


def cues(L: Lexicon, text: str) -> list[Cue]:
    """Release, holding and arrest words of a lemma text, negated releases read as holding."""
    found: list[Cue] = []
    formerly = _derived(L, "formerly_before", "FORMERLY", r"(?:^|\W)(?:FIELD)\s+$")
    for m in L["NEGATED_RELEASE"].finditer(text):
        found.append(Cue(m.start(), m.end(), "still_held"))
    for m in L["HELD_STRONG"].finditer(text):
        if not formerly.search(text[:m.start()]):
            found.append(Cue(m.start(), m.end(), "still_held"))
    taken = [(c.start, c.end) for c in found]
    for m in [*releases(L, text), *L["FREE_NOW"].finditer(text)]:
        if any(a <= m.start() < b for a, b in taken):
            continue
        if _NEGATED_RIGHT_BEFORE.search(text[max(0, m.start() - 30):m.start()]) or _NEGATION_AFTER.match(text[m.end():]):
            # "не освободили", "у спісы памілаваных не трапляюць": not freed, so still held.
            found.append(Cue(m.start(), m.end(), "still_held"))
        elif not _NEGATION.search(text[max(0, m.start() - 40):m.start()]):
            # "не спадзяваліся ўбачыць на волі" negates the hope, not the release: no cue either way.
            found.append(Cue(m.start(), m.end(), "released"))
    for m in L["DEATH"].finditer(text):
        found.append(Cue(m.start(), m.end(), "died"))
    for m in L["RECOGNISED"].finditer(text):
        # "прызнаныя палітвязнямі", "recognised as political prisoners": newly recognised are held.
        found.append(Cue(m.start(), m.end(), "held_weak"))
    for m in L["HELD_WEAK"].finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            # "was sentenced", "арестовали" speak of the name beside them; "остаются", "counts" of a whole list.
            found.append(Cue(m.start(), m.end(), "sentenced" if L["SENTENCED"].search(m.group()) else "held_weak"))
    return sorted(found, key=lambda c: c.start)


def _scope(text: str, a: int, b: int) -> tuple[int, int]:
    start = max((m.end() for m in _BOUNDARY.finditer(text, 0, a)), default=0)
    after = _BOUNDARY.search(text, b)
    return start, after.start() if after else len(text)


def _is_speaker(L: Lexicon, text: str, a: int, b: int, hi: int, found: list[Cue]) -> bool:
    """Whether the name is who speaks: "X said", "X, a Viasna lawyer, told", "said Viasna's X", "по словам X".

    "X and Y were freed, opposition activists said": one comma before the verb opens another subject.
    """
    speaker_after = _derived(L, "speaker_after", "SPEAKER_VERBS", r"^[^.;:“”\"«»]{0,60}?(?<!\w)(?:FIELD)(?!\w)")
    speaker_before = _derived(L, "speaker_before", "SPEAKER_BEFORE", r"(?:FIELD)[^.;:,]{0,25}$")
    spoke = speaker_after.search(text[b:hi])
    if spoke and text[b:b + spoke.end()].count(",") % 2 == 0:
        if not any(b <= c.start < b + spoke.end() for c in found):
            return True
    said = speaker_before.search(text[max(0, a - 40):a])
    return bool(said) and not any(max(0, a - 40) + said.start() <= c.start < a for c in found)


def _has_title(L: Lexicon, text: str, a: int) -> bool:
    """An office ("President", "envoy", "посол") right before the name, not a candidacy for one."""
    title = _derived(L, "title_before", "OTHER_TITLES", r"(?<!\w)(?:FIELD)(?!\w)\W*(?:[^\W\d]+\W+){0,2}$")
    tail = text[max(0, a - 50):a]
    found = title.search(tail)
    return bool(found) and not re.search(r"candidate|кандидат|кандыдат|кандидат", tail, re.IGNORECASE)


# The role a counted group gives the names listed with it ("9 политзаключенных, включая X" / "1 150, среди них X").
FIGURE_ROLES = {"political_prisoners": "still_held", "pardoned": "released", "partial_one": "released",
                "subgroup": "released", "cumulative_released": "released"}


def _figure_role(figures: list[Classified], before: int) -> str | None:
    """The role of the last counted group stated before raw offset `before` (None when there is none)."""
    found = [c for c in figures if c.mention.num.end <= before and c.field in FIGURE_ROLES]
    return FIGURE_ROLES[found[-1].field] if found else None


def _strongest_nearest(found: list[Cue], last: bool) -> Cue | None:
    """Of the cues on one side of a name, the nearest of the strongest kind ("released" over "sentenced")."""
    if not found:
        return None
    top = max(PRIORITY[c.role] for c in found)
    strong = [c for c in found if PRIORITY[c.role] == top]
    return strong[-1] if last else strong[0]


def role_in_sentence(s: Sentence, span: NameSpan, figures: list[Classified] = ()) -> str:
    """The role the sentence gives the person named at `span` ("other" when it says nothing about them)."""
    if is_public_figure(span.nominative) or s.text.rstrip().endswith("?"):
        # "Среди помилованных есть Николай Дедок?": a question says nothing about him.
        return "other"
    if _derived(s.lex, "possessive_kin", "KIN", r"^['’]s\s+(?:FIELD)").match(s.text[span.end:]):
        # "Ales Pushkin's colleague X", "Tsikhanouskaya's husband": the name stands for someone else's kin.
        return "other"
    view: LemmaView = s.view if s.is_quoted(span.start) else s.plain_view
    text, a, b = view.text, view.at(span.start), view.at(span.end)
    L = s.lex
    lo, hi = _scope(text, a, b)
    # "X, whose wife Y remains imprisoned": the rest of the sentence is about Y (when a Y is named).
    other = L["OTHER_SUBJECT"].search(text, b, hi)
    if other and any(view.at(sp.start) > other.start() for sp in name_spans(s)):
        hi = other.start()
    found = [c for c in cues(L, text) if lo <= c.start and c.end <= hi and not (a <= c.start < b)
             and (c.role != "sentenced" or a - WEAK_REACH <= c.end <= a or b <= c.start <= b + WEAK_REACH)]
    comma = _COMMA.search(text, b, hi)
    direct_end = min(b + DIRECT_CHARS, comma.start() if comma else hi)
    direct = next((c for c in found if b <= c.start < direct_end), None)
    if _is_speaker(L, text, a, b, hi, found):
        return "other"
    if direct is not None:
        return direct.role
    if _has_title(L, text, a):
        return "other"
    if lo == 0 and _list_intro(L, text[:a]) and not [c for c in found if c.end <= a and PRIORITY[c.role] > 1]:
        # "Сярод іх — Ніна Рагаўцова, якую асудзілі ...": the list takes the role of what came before.
        return "list"
    group = _figure_role(figures, span.start)
    including = _derived(L, "including_name", "INCLUDING", r"(?:^|\W)(?:FIELD)\W")
    if group and including.search(text, lo, a):
        # "освобождение 9 политзаключенных, включая Сергея Тихановского": the group's role is the name's.
        return group
    before = _strongest_nearest([c for c in found if c.end <= a and not _about_earlier_name(s, view, c, span)],
                                last=True)
    if before is not None:
        return before.role
    after = _strongest_nearest([c for c in found if c.start >= b], last=False)
    if after is not None:
        return after.role
    if lo > 0 and _list_intro(L, text):
        # "Among those still held are A, ...; B, ...; and C": items after a semicolon share the list's head.
        head = _strongest_nearest([c for c in cues(L, text[:lo])], last=True)
        return head.role if head else "other"
    return "other"


# Relative pronouns (as the lemma view writes them) opening a clause about the name before them.
_RELATIVE = re.compile(r"(?:^|\W)(?:who|which|whose|который|кто|який|яка|які|якая|якія|якую|якога|хто)\W",
                       re.IGNORECASE)


def _about_earlier_name(s: Sentence, view: LemmaView, cue: Cue, span: NameSpan) -> bool:
    """A cue in the relative clause of a name listed before this one ("X, who was returned to prison, and Y")."""
    for other in name_spans(s):
        if other.end <= span.start:
            start = view.at(other.end)
            if start <= cue.start and _RELATIVE.search(view.text[start:cue.start]):
                return True
    return False


def _list_role(L: Lexicon, intro: str) -> str:
    """The role a list's lead-in line ("Імёны вызваленых:", "Still behind bars:") gives its items."""
    roles = [c.role for c in cues(L, intro)]
    for role in ("still_held", "released", "held_weak", "sentenced"):
        if role in roles:
            return "still_held" if role in ("held_weak", "sentenced") else role
    return "other"


def _list_intro(L: Lexicon, text: str) -> bool:
    return bool(L.derived("list_intro", lambda L: r"^\W*(?:" + L.source("LIST_INTRO") + ")").search(text))


def _continues(nxt: Sentence | None, plural: bool) -> re.Match | None:
    """A pronoun opening the next sentence, standing for the person (or people) just named."""
    if nxt is None:
        return None
    field = "PLURAL_PRONOUN" if plural else "PRONOUN"
    pattern = nxt.lex.derived("opens_" + field, lambda L: r"^\W*(" + L.source(field) + r")(?!\w)")
    return pattern.match(nxt.unquoted())


@dataclass
class _Person:
    name: str
    nominative: str
    role: str
    evidence: str


def find_names(sentences: list[Sentence], cands: list[Classified] = ()) -> list[NamedPerson]:
    """Each person once, as first written, with the strongest role the article gives them.

    `cands` are the article's classified figures: a name listed with a count takes the count's role.
    """
    figures: dict[int, list[Classified]] = {}
    for c in cands:
        figures.setdefault(c.mention.sentence.index, []).append(c)
    people: dict[str, _Person] = {}
    intro: Sentence | None = None
    intro_role = "other"
    roles_before: list[str] = []
    for i, s in enumerate(sentences):
        prev = sentences[i - 1] if i else None
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        item = intro is not None and s.para > intro.para and len(s.text.split()) <= LIST_ITEM_WORDS
        # A list item's paragraph may go on about the person ("Асуджаны ... Адбывае пакаранне ..."): the
        # list ends only at a paragraph that does not open with an item.
        opens_paragraph = prev is None or prev.para != s.para
        if not item and (opens_paragraph or intro is None):
            intro = s if s.text.endswith(":") else None
            # "Viasna identified several of those freed. They include:": the lead-in borrows the sentence before.
            intro_role = _list_role(s.lex, s.plain) if intro else "other"
            if intro and intro_role == "other" and prev is not None and _list_intro(s.lex, s.plain):
                intro_role = _prev_role(prev, figures)
        spans = name_spans(s) + _surnames_alone(s, people)
        label = _INLINE_LABEL.match(s.text)
        roles_here: list[str] = []
        for span in spans:
            role = role_in_sentence(s, span, figures.get(s.index, []))
            if role == "list":
                role = _prev_role(prev, figures) if prev is not None else "other"
            if role == "other" and not is_public_figure(span.nominative):
                role = _borrowed_role(s, span, prev, nxt, len(spans), item, intro_role, label, figures, roles_before)
            if role == "other" and len(spans) == 1 and not is_public_figure(span.nominative):
                role = _pronoun_later(s, nxt, figures)
            _merge(people, span, role, s.text)
            if role != "other":
                roles_here.append(role)
        roles_before = roles_here
    # A person who died in custody is neither freed nor held; one only arrested or sentenced is held.
    final = {"held_weak": "still_held", "sentenced": "still_held", "died": "other"}
    return [NamedPerson(p.name, final.get(p.role, p.role), p.evidence, p.nominative) for p in people.values()]


def _prev_role(prev: Sentence, figures: dict[int, list[Classified]]) -> str:
    """The role a sentence hands to a list that follows it ("... 1 177 политзаключенных. Среди них X")."""
    group = _figure_role(figures.get(prev.index, []), len(prev.text))
    return group or _list_role(prev.lex, prev.plain)


def _borrowed_role(s: Sentence, span: NameSpan, prev: Sentence | None, nxt: Sentence | None, count: int,
                   item: bool, intro_role: str, label: re.Match | None,
                   figures: dict[int, list[Classified]], roles_before: list[str]) -> str:
    """A role from around the sentence: a list's lead-in, the sentence before, or a pronoun after."""
    if s.text.rstrip().endswith("?"):
        return "other"
    if item and intro_role != "other":
        return intro_role
    if label and span.start >= label.end():
        # "Still inside: A, B, C" on one line: the label gives the names their role.
        return _list_role(s.lex, s.plain_view.span(label.start(1), label.end(1)))
    if prev is not None and _SAME_AS_BEFORE.match(s.text) and roles_before:
        # "Ales Bialiatski remains behind bars. So does Maria Kalesnikava."
        return roles_before[-1]
    if prev is not None and _list_intro(s.lex, s.plain):
        # "Viasna counts 1,300 political prisoners. Among them are ..."
        earlier = _prev_role(prev, figures)
        if earlier != "other":
            return earlier
    pronoun = _continues(nxt, plural=count > 1)
    if pronoun is not None:
        # "... палітвязень Андрэй Пачобут. Ён па-ранейшаму ў калоніі": the next sentence is about him.
        return role_in_sentence(nxt, NameSpan(pronoun.start(1), pronoun.end(1), pronoun.group(1), ""),
                                figures.get(nxt.index, []))
    return "other"


def _pronoun_later(s: Sentence, nxt: Sentence | None, figures: dict[int, list[Classified]]) -> str:
    """The role a name-less next sentence gives "him"/"her" anywhere in it ("В 2020-м его арестовали снова")."""
    if nxt is None or name_spans(nxt):
        return "other"
    pronoun = nxt.lex.derived("pronoun_anywhere", lambda L: r"(?<!\w)(" + L.source("PRONOUN") + r")(?!\w)")
    found = pronoun.search(nxt.unquoted())
    if found is None:
        return "other"
    role = role_in_sentence(nxt, NameSpan(found.start(1), found.end(1), found.group(1), ""), figures.get(nxt.index, []))
    # Only a state that holds now or a release carries over; "he was sentenced" is his past.
    return role if role in ("still_held", "released") else "other"


def person_key(nominative: str) -> str:
    """Who a name stands for: the surname's key and the first name's ("Siarhei" and "Sviatlana" differ)."""
    words = nominative.split()
    first = surname_key(words[0])[:2] if len(words) > 1 else ""
    return surname_key(nominative) + "|" + first


def _merge(people: dict[str, _Person], span: NameSpan, role: str, evidence: str) -> None:
    key = person_key(span.nominative)
    known = people.get(key)
    if known is None:
        people[key] = _Person(span.text, span.nominative, role, evidence)
        return
    if " " in span.nominative and " " not in known.nominative:
        known.name, known.nominative = span.text, span.nominative
    if PRIORITY[role] > PRIORITY[known.role]:
        known.role, known.evidence = role, evidence


def _surnames_alone(s: Sentence, people: dict[str, _Person]) -> list[NameSpan]:
    """A surname alone ("Babaryka is serving 14 years") of a person the article has already named in full."""
    if not people:
        return []
    full = [(sp.start, sp.end) for sp in name_spans(s)]
    found = []
    for m in re.finditer(r"[^\W\d_][\w'’-]*", s.text):
        word = m.group()
        if len(word) < 4 or not is_capitalised(word) or any(a <= m.start() < b for a, b in full):
            continue
        same = [p for key, p in people.items() if key.split("|")[0] == surname_key(word) and " " in p.nominative]
        # A surname two people share (Tsikhanouski, Tsikhanouskaya) goes to the one whose form it is.
        if len(same) > 1:
            same = [p for p in same if p.nominative.split()[-1][:-1].lower() in word.lower()] or []
        if len(same) == 1 and not is_public_figure(word) and not is_public_figure(same[0].nominative):
            found.append(NameSpan(m.start(), m.end(), word, same[0].nominative))
    return found
