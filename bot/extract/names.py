"""Find people named in the article and decide, from their sentence, whether they were freed or are held."""

import re
from dataclasses import dataclass

from bot.extract.fields import is_wish
from bot.extract.lexicon import NAME_CASES, NAME_STOP, NOT_PRISONERS, P
from bot.extract.text import Sentence

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
_PATRONYMIC = re.compile(r"(?:вич|вна|ична|віч|ўна|ovich|evich|ovna|evna|avich|auna)$", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(r"^[^.;:“”\"«»]{0,60}?\W(" + P["SPEAKER_VERBS"].pattern + ")",
                            re.IGNORECASE)
_SPEAKER_BEFORE = re.compile(r"(?:" + P["SPEAKER_BEFORE"].pattern + r")[^.;:]{0,25}$", re.IGNORECASE)
_TITLE_BEFORE = re.compile(r"(?:" + P["OTHER_TITLES"].pattern + r")\W*(?:[^\W\d]+\W+)?$", re.IGNORECASE)
_NEGATION = re.compile(r"(?:^|\W)(?:no|not|never|n't|none|нет|не|ни|ні|няма)\W+(?:\w+\W+){0,3}$", re.IGNORECASE)
_LIST_INTRO = re.compile(r"^\W*(?:" + P["LIST_INTRO"].pattern + r")", re.IGNORECASE)
# "кандыдат у прэзідэнты Мікола Статкевіч": a title held by a candidate is no office.
_CANDIDATE = re.compile(r"(?:candidate|кандидат\w*|кандыдат\w*)\W+(?:[^\W\d]+\W+)?$", re.IGNORECASE)
# "Name, opposition activists said": one comma and a new subject, so Name is not the speaker.
_OTHER_SPEAKER = re.compile(r",\s+[a-zа-яёіў][^,]*$")
# Common nouns that open a sentence ("Освобождение Щираковой", "Вызваленне Бяляцкага").
# "Still inside: Ales Bialiatski, Maria Kalesnikava": a short label, a colon, then the names.
_INLINE_LABEL = re.compile(r"^\W*((?:[^\W\d][\w'’-]*\s+){0,4}[^\W\d][\w'’-]*):\s+")
_PRONOUN = re.compile(r"^\W*(" + P["PRONOUN"].pattern + r")(?!\w)", re.IGNORECASE)
_PLURAL_PRONOUN = re.compile(r"^\W*(" + P["PLURAL_PRONOUN"].pattern + r")(?!\w)", re.IGNORECASE)
_HONORIFIC_BEFORE = re.compile(r"(?:^|\W)(?:" + P["HONORIFIC"].pattern + r")\.?\s$", re.IGNORECASE)
_POSSESSIVE_KIN = re.compile(r"^['’]s\s+(?:" + P["KIN"].pattern + r")", re.IGNORECASE)
_FORMERLY_BEFORE = re.compile(r"(?:^|\W)(?:" + P["FORMERLY"].pattern + r")\s+$", re.IGNORECASE)
# A list item is a name with a place or a job, not a sentence.
LIST_ITEM_WORDS = 10
_NOUN_ENDING = re.compile(r"(?:ние|нье|ость|ство|ция|нне|цыя|сць|ства|ение|tion)$", re.IGNORECASE)


@dataclass(frozen=True)
class NamedPerson:
    """A person named in the article, as written, with role released / still_held / other."""

    name: str
    role: str
    evidence: str


def _is_name_token(tok: str) -> bool:
    return (tok[0].isupper() and any(c.islower() for c in tok[1:])
            and tok.lower().strip("'’") not in NAME_STOP
            # "Sviatlana's" is a possessive; "Вераб'ёў", "Мар'я" carry the Belarusian apostrophe.
            and ("'" not in tok[:-2] or not tok.isascii())
            and not _NOUN_ENDING.search(tok))


def _is_heading(text: str) -> bool:
    words = [w for w in text.split() if w[:1].isalpha()]
    caps = sum(w[0].isupper() for w in words)
    return not re.search(r"[.!?”\"»]$", text) and len(words) >= 2 and caps / len(words) >= 0.6


def candidates(s: Sentence, in_list: bool = False) -> list[tuple[str, int, int]]:
    """Runs of two or three capitalised words that look like a person's name, with their offsets."""
    if _is_heading(s.text) and not in_list:
        return []
    out = []
    run: list[re.Match] = []

    def flush() -> None:
        if len(run) == 1 and _HONORIFIC_BEFORE.search(s.text[max(0, run[0].start() - 12):run[0].start()]):
            # "Ms Kalesnikava ... remains in prison": the title marks a lone surname as a person.
            out.append((run[0].group(), run[0].start(), run[0].end()))
        if 2 <= len(run) <= 4:
            toks = list(run)
            # Three words are a name only with a patronymic ("Иван Петрович Сидоров"); otherwise the first
            # is a place or a word in front ("из Гомеля Лариса Щиракова").
            if len(toks) == 4 or (len(toks) == 3 and not _PATRONYMIC.search(toks[1].group())
                                  and not _PATRONYMIC.search(toks[2].group())):
                toks = toks[1:]
            if len(toks) in (2, 3):
                a, b = toks[0].start(), toks[-1].end()
                b -= 2 if s.text[b - 2:b] in ("’s", "'s") else 0
                nxt = s.text[b:b + 25].split()
                if not (nxt and P["ORG_AFTER"].fullmatch(nxt[0].strip(",.;:"))):
                    out.append((s.text[a:b], a, b))
        run.clear()

    for m in _TOKEN.finditer(s.text):
        gap = s.text[run[-1].end():m.start()] if run else ""
        if run and gap != " ":
            flush()
        if _is_name_token(m.group()):
            run.append(m)
        else:
            flush()
    flush()
    return out


def _has_title(before: str) -> bool:
    """Whether an office ("president", "envoy") stands right before the name, not a candidacy for one."""
    tail = before[-60:]
    title = _TITLE_BEFORE.search(tail[-40:])
    return bool(title) and not _CANDIDATE.search(tail[:len(tail) - len(tail[-40:]) + title.start()])


def _role(name: str, start: int, end: int, s: Sentence, prev: Sentence | None) -> str:
    lowered = name.lower()
    if any(p in lowered for p in NOT_PRISONERS):
        return "other"
    text = s.text if s.is_quoted(start) else s.unquoted()
    if text.rstrip().endswith("?"):
        # "Среди помилованных есть Николай Дедок?": a question says nothing about him.
        return "other"
    nxt = [a for _, a, _ in candidates(s) if a > end]
    if nxt and P["OTHER_SUBJECT"].search(text[end:nxt[0]]):
        # "Ihar Iljaš, whose wife Katsiaryna Andreyeva remains imprisoned": the rest is about her.
        text = text[:nxt[0]]
    before, after = text[:start], text[end:]
    spoke = _SPEAKER_AFTER.match(after)
    if spoke or _SPEAKER_BEFORE.search(before[-40:]):
        # "X, who was freed on Monday, said ..." is still about X's release.
        between = after[:spoke.start(1)] if spoke else ""
        if not (P["HELD_STRONG"].search(between) or P["RELEASE"].search(between)
                or _OTHER_SPEAKER.search(between)):
            return "other"
    if _POSSESSIVE_KIN.match(after):
        return "other"
    held = [h for h in P["HELD_STRONG"].finditer(text) if not _FORMERLY_BEFORE.search(text[:h.start()])]
    if _has_title(before) and not held:
        return "other"
    if held:
        return "still_held"
    for m in P["RELEASE"].finditer(text):
        if not _NEGATION.search(text[max(0, m.start() - 40):m.start()]) and not is_wish(text, m.start()):
            return "released"
    free = P["FREE_NOW"].search(text)
    if free and not _NEGATION.search(text[max(0, free.start() - 40):free.start()]):
        return "released"
    if P["HELD_WEAK"].search(text):
        return "still_held"
    if prev is not None and _LIST_INTRO.match(text):
        # "Viasna counts 1,300 political prisoners. Among them are ..." / "... were not freed. They include ..."
        earlier = prev.unquoted()
        if P["NEGATED_RELEASE"].search(earlier) or (P["HELD"].search(earlier) and not P["RELEASE"].search(earlier)):
            return "still_held"
        # "14 more political prisoners released today! Among them: ..."
        if _list_role(earlier) == "released" and not P["HELD"].search(earlier):
            return "released"
    return "other"


def _swap_ending(word: str, endings: tuple[tuple[str, str], ...]) -> str | None:
    for old, new in endings:
        if word.endswith(old) and len(word) > len(old) + 2:
            return word[: len(word) - len(old)] + new
    return None


def nominative(name: str) -> str:
    """The name with a declined surname ("Марию Колесникову", "Алеся Беляцкого") put back in the nominative."""
    words = name.split()
    for surname_endings, first_endings in NAME_CASES:
        surname = _swap_ending(words[-1], surname_endings)
        if surname is not None:
            firsts = [_swap_ending(w, first_endings) or w for w in words[:-1]]
            return " ".join([*firsts, surname])
    return name


def _better_form(known: str, new: str) -> str:
    """Of two spellings of one person, the one written in the nominative where the article has it."""
    return new if nominative(known) != known and nominative(new) == new else known


def _key(name: str) -> str:
    parts = name.lower().split()
    return parts[0][:3] + " " + parts[-1][:5]


def _list_role(intro: str) -> str:
    """The role a list's lead-in line ("Імёны вызваленых:", "Still behind bars:") gives its items."""
    if P["HELD_STRONG"].search(intro) or P["NEGATED_RELEASE"].search(intro):
        return "still_held"
    if any(not is_wish(intro, m.start()) for m in P["RELEASE"].finditer(intro)) or P["FREE_NOW"].search(intro):
        return "released"
    return "still_held" if P["HELD_WEAK"].search(intro) else "other"


def _is_item(s: Sentence, intro: Sentence | None) -> bool:
    """A short line of a list under a lead-in ending with a colon ("Сяргей Лазоўскі, Гомель")."""
    return intro is not None and s.para > intro.para and len(s.text.split()) <= LIST_ITEM_WORDS


def find_names(sentences: list[Sentence]) -> list[NamedPerson]:
    """Each person once, as first written, with the first role other than "other" the article gives them."""
    people: dict[str, NamedPerson] = {}
    intro: Sentence | None = None
    intro_role = "other"
    for i, s in enumerate(sentences):
        prev = sentences[i - 1] if i else None
        item = _is_item(s, intro)
        if not item:
            intro = s if s.text.endswith(":") else None
            # "Viasna identified several of those freed. They include:": the lead-in borrows the sentence before.
            intro_role = _list_role(s.unquoted()) if intro else "other"
            if intro and intro_role == "other" and prev is not None and _LIST_INTRO.match(s.unquoted()):
                intro_role = _list_role(prev.unquoted())
        label = _INLINE_LABEL.match(s.text)
        found = candidates(s, in_list=item or bool(label))
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        for name, a, b in found:
            role = _role(name, a, b, s, prev)
            if item and role == "other" and intro is not None and not s.text.rstrip().endswith("?"):
                role = intro_role
            elif label and role == "other" and a >= label.end():
                # "Still inside: A, B, C" on one line: the label gives the names their role.
                role = _list_role(label.group(1))
            pronoun = None
            if nxt is not None:
                pronoun = (_PRONOUN.match(nxt.unquoted()) if len(found) == 1
                           else _PLURAL_PRONOUN.match(nxt.unquoted()))
            if role == "other" and pronoun:
                # "... палітвязень Андрэй Пачобут. Ён па-ранейшаму ў калоніі": the next sentence is about him.
                role = _role(pronoun.group(1), pronoun.start(1), pronoun.end(1), nxt, s)
            key = _key(name)
            if " " not in name:
                # A lone surname ("Mr Tsikhanouski") is the person already named in full, if any.
                key = next((k for k in people if k.split()[-1] == key.split()[-1]), key)
            known = people.get(key)
            if known is None:
                people[key] = NamedPerson(name, role, s.text)
            elif known.role == "other" and role != "other":
                people[key] = NamedPerson(_better_form(known.name, name), role, s.text)
            elif _better_form(known.name, name) != known.name:
                people[key] = NamedPerson(name, known.role, known.evidence)
    _surnames_alone(sentences, people)
    return list(people.values())


def _surname_stem(word: str) -> str:
    return word.lower()[:5] if len(word) >= 4 else ""


def _surnames_alone(sentences: list[Sentence], people: dict[str, NamedPerson]) -> None:
    """Give a known person the role a later sentence gives their surname alone ("Babaryka is serving 14 years")."""
    stems = [(_surname_stem(p.name.split()[-1]), key, p) for key, p in people.items()]
    shared = {stem for stem, _, _ in stems if sum(stem == other for other, _, _ in stems) > 1}
    # A surname shared by two people (Tsikhanouski, Tsikhanouskaya) or a public figure's says nothing.
    by_stem = {stem: key for stem, key, p in stems if stem and stem not in shared and p.role == "other"
               and not any(x in p.name.lower() for x in NOT_PRISONERS)}
    for i, s in enumerate(sentences):
        if not by_stem or _is_heading(s.text):
            continue
        full = [(a, b) for _, a, b in candidates(s)]
        for m in _TOKEN.finditer(s.text):
            key = by_stem.get(_surname_stem(m.group()))
            if key is None or not _is_name_token(m.group()) or any(a <= m.start() < b for a, b in full):
                continue
            role = _role(m.group(), m.start(), m.end(), s, sentences[i - 1] if i else None)
            if role != "other":
                people[key] = NamedPerson(people[key].name, role, s.text)
                del by_stem[_surname_stem(m.group())]
                break
