"""Who a name stands beside: a relative in apposition ("Sannikov's wife", "жонка палітвязня X"), or a possessor whose
name stands for someone else ("Tsikhanouski's allies"). `roles.read_roles` gives relatives no role of their own
unless their own clause tells one. A relative's own state word is the relative's ("Мужа помиловали"), and what a
relative tells of her kin is the state of the person whose relative she is ("Жена Максима Знака рассказала, что ее муж
по-прежнему в колонии").
"""

import re

from bot.extract.cues import STRONG, Cue, cues
from bot.extract.cues import derived_field as _derived
from bot.extract.given_names import first_name
from bot.extract.lexicon import Lexicon
from bot.extract.names import NameSpan, name_spans
from bot.extract.text import Sentence

_POSSESSOR = re.compile(r"[^\W\d_]+['’]s\s*$")
_POSSESSIVE = re.compile(r"^['’]s\s+((?:[^\W\d]+\W+){0,2})")


def possessor(L: Lexicon, after: str) -> bool:
    """A name in the possessive before anything but its own release or freedom ("Tsikhanouski's allies", "Sannikov's wife";
    not "Babaryka's release", "Statkevich's freedom did not last")."""
    found = _POSSESSIVE.match(after)
    return bool(found) and not L["RELEASE_NOUN"].search(found.group(1)) and not L["OWN_FREEDOM"].search(found.group(1))


def kin_after(L: Lexicon, after: str) -> bool:
    """A family word in apposition right after the name, said of another person ("Iryna Khalip, Sannikov's wife,
    said", "Марына, жонка Сяргея Кавалёва,", "Ірина, його дружина,"): a relative of the prisoner, not "маці траіх
    дзяцей" (a mother of three)."""
    whose = r"(?:his|her|their|[^\W\d]+['’]s|его|ее|её|их|яго|яе|іх|ягоная|ейная|його|її|їх)"
    kin = _derived(L, "kin_after", "KIN_BEFORE",
                   r"^\s*,\s*(?:" + whose + r"\s+(?:FIELD)|(?:FIELD)\s+(?:of\s+)?(?:[^\W\d]+\s+)?(?P<name>\w))[^,;:.]{0,40}(?:,|$)")
    found = kin.match(after)
    return bool(found) and (found.group("name") is None or found.group("name").isupper())


def kin_before(L: Lexicon, text: str, a: int, span: NameSpan, written_before: str) -> bool:
    """A family word right before the name, in apposition ("his wife Maryna Adamovich", "жонка палітыка Марына
    Адамовіч"); not "the sister of Maria", "сястра Марыі Калесьнікавай" (a declined name is the prisoner)."""
    # (An occupation may stand between them: "his wife, the journalist Iryna Khalip", "его жена, журналистка Ирина Халип".)
    kin = _derived(L, "kin_before", "KIN_BEFORE",
                   r"(?<!\w)(?:FIELD)(?!\w)(?:\s+(?!of\b)[^\W\d]+)?(?:\s*,\s*(?:[^\W\d]+\s+){1,2}|\s*,?\s*)$")
    found = kin.search(text[max(0, a - 40):a])
    including = L.derived("including_kin", lambda L: r"(?:^|\W)(?:" + L.source("INCLUDING") + "|" + L.source("LIST_INTRO")
                          + r")\W+(?:[^\W\d]+\W+)?$")
    if found and including.search(text[max(0, a - 40):max(0, a - 40) + found.start()]):
        # "політв'язнів, серед яких її чоловік Сергій Тихановський": a relative listed with the prisoners is one.
        return False
    mine = _derived(L, "first_person_before", "FIRST_PERSON_POSSESSIVE", r"(?<!\w)(?:FIELD)\s+$")
    if found and mine.search(text[max(0, a - 40):max(0, a - 40) + found.start()]):
        # "I spoke about my husband, Siarhei Tsikhanouski": in a relative's own words he is the subject of the story.
        return False
    if found and _POSSESSOR.search(text[max(0, a - 40):max(0, a - 40) + found.start()]):
        # "Tsikhanouskaya's husband, Siarhei Tsikhanouski": named by whose husband he is, the person is the subject.
        return False
    if found and span.text != span.nominative:
        # "дозвонилась до мужа, Вадима Жеромского": a comma makes a declined name the family word's apposition, not its
        # possessor ("сястра Марыі" has none), unless a state word takes the family word ("помиловали ее мужа, X").
        # Only when the one whose relative it is stands before ("она дозвонилась до мужа"): in a relative's own post
        # ("пришло письмо от мужа, X") the relative is the one the story is about.
        # (The pronoun is read off the text as written, before the name.)
        kin_start = max(0, a - 40) + found.start()
        someone = L.derived("pronoun_subject", lambda L: r"(?<!\w)(?:" + L.source("PRONOUN") + r")(?!\w)")
        return (bool(_COMMA_LAST.search(found.group())) and someone.search(written_before.lower()) is not None
                and not _state_on_kin(L, text, kin_start))
    return bool(found)


# The family word and the name in apposition: a comma between them, nothing else.
_COMMA_LAST = re.compile(r"(?<=\w),\s*$")
# A possessive between a state word and the family word it takes ("помиловали ее мужа").
_KIN_POSSESSIVE = re.compile(r"\s+(?:(?:his|her|their|его|ее|её|их|он|она|они|яго|яе|іх|його|її|їх)\s+)?$", re.IGNORECASE)


def _state_on_kin(L: Lexicon, text: str, kin_start: int) -> bool:
    """Whether a state word right before the family word at `kin_start` takes it as its object ("помиловали ее мужа")."""
    return any(c.end <= kin_start and _KIN_POSSESSIVE.fullmatch(text[c.end:kin_start]) for c in cues(L, text))


def kin_of_the_name_before(L: Lexicon, before: str) -> bool:
    """A family word joined by "and" to the name right before it ("журналистка Екатерина Андреева (Бахвалова) и ее муж
    Игорь Ильяш", "A and her husband B"): the two are listed together, the relative is one of the list, not someone who
    speaks of a prisoner. `before` is the sentence's text up to the name."""
    joined = _derived(L, "kin_of_the_name_before", "KIN_BEFORE",
                      r"(?:[A-ZА-ЯЁІЎЄЇҐ][^\W\d]+|\))\s+(?:and|и|і|та|й)\s+(?:[^\W\d]+\s+)?(?:FIELD)\s+$")
    # (The pattern ignores case, so the name before is checked as written: a capital.)
    found = joined.search(before[-80:])
    return bool(found) and (found.group()[0].isupper() or found.group()[0] == ")")


def _kin_word_right_before(L: Lexicon):
    """A family word ending the text before a name ("Жена Максима Знака", "Муж Людмилы")."""
    return _derived(L, "kin_word_right_before_name", "KIN_BEFORE", r"(?<!\w)(?:FIELD)\s+$")


def _kin_word_in_apposition(L: Lexicon):
    """A family word in apposition right before a name, after a comma or "and" ("Журналіст, муж X", "the analyst and
    the husband of X"): in English with "of" before the name, in the other languages the name declined."""
    # (A title may stand between: "the son of 2020 presidential hopeful X", "сын экс-кандидата в президенты X".)
    return _derived(L, "kin_word_in_apposition", "KIN_BEFORE", r"(?:,|(?<!\w)and)\s+(?:the\s+)?(?:FIELD)(?:\s+of)?"
                    r"(?:\s+(?:\d{4}|[^\W\d_][\w-]*)){0,KIN_TITLE_WORDS}\s+$".replace("KIN_TITLE_WORDS", str(KIN_TITLE_WORDS)))


# How many words of a title may stand between a family word in apposition and the name ("the son of 2020
# presidential hopeful X").
KIN_TITLE_WORDS = 3


# How many words may stand between a family word and the name it introduces ("помиловали ее мужа Олега Кравца").
KIN_TO_NAME_WORDS = 4
# Words that may stand between a family word and its state word: "her husband was also freed", "муж тоже вышел".
_KIN_AUX = r"(?:was|were|is|are|has|had|been|also|too|then|later|тоже|также|уже|был|была|таксама|ужо|быў|теж|також|вже|був|була)"


def relatives_state(L: Lexicon, text: str, cue: Cue, a: int | None = None) -> bool:
    """A state word right after a family word ("Мужа помиловали", "her husband was also freed", "муж вышел"), or right
    before one ("помиловали мужа"), not counted ("13 чоловіків помилували" are men); not when the family word introduces
    the name at `a` ("помиловали ее мужа Олега")."""
    before = L.derived("kin_subject", lambda L: r"(?<![\d\w])(?<!\d )(?:" + L.source("KIN_BEFORE") + r")(?:\s+"
                       + _KIN_AUX + r"){0,2}\s+$")
    after = L.derived("kin_object", lambda L: r"\s+(?:(?:his|her|their|его|ее|её|их|яго|яе|іх|його|її|їх)\s+)?(?:"
                      + L.source("KIN_BEFORE") + r")(?!\w)")
    if before.search(text[max(0, cue.start - 40):cue.start]):
        return True
    found = after.match(text, cue.end)
    return bool(found) and not (a is not None and found.end() <= a
                                and len(text[found.end():a].split()) <= KIN_TO_NAME_WORDS)


def state_told_by_relative(s: Sentence, span: NameSpan, text: str, a: int, b: int) -> Cue | None:
    """The state a relative tells of the person whose relative they are: the name is the possessor of a family word
    ("Znak's wife", "Жена Максима Знака") and a family word later in the sentence is the subject of a state word ("her
    husband is still in a colony", "ее муж по-прежнему в колонии")."""
    L = s.lex
    kin_after = L.derived("possessive_kin", lambda L: r"['’]s\s+(?:" + L.source("KIN_BEFORE") + r")(?!\w)")
    whose = kin_after.match(s.text, span.end) or (span.text != span.nominative
                                                  and _kin_word_right_before(L).search(text[max(0, a - 20):a]))
    if not whose:
        return None
    told = [c for c in cues(L, text) if c.start >= b and c.role in STRONG and relatives_state(L, text, c)]
    return told[0] if told else None


# A lone capitalised word right after a name, the next word not capitalised ("Бабарико Эдуард, осужденный"), or after a
# comma ("О судьбе сына Виктора Бабарико, Эдуарда, ...").
_LONE_FIRST_NAME_AFTER = re.compile(r"\s*,?\s+([A-ZА-ЯЁІЎЄЇҐ][^\W\d_]+)(?![\w'’-])(?!\s+[A-ZА-ЯЁІЎЄЇҐ])")
# Between a possessor's name and the relative's own name in apposition: a comma and an age or a word or two.
_APPOSED_NAME_GAP = re.compile(r"\s*,\s*(?:[\w-]+\s+){0,2}")


def whose_relative(s: Sentence, span: NameSpan, text: str, a: int) -> bool:
    """A declined name right after a family word, with the relative's own name in apposition after it ("Муж Людмилы,
    Олег Кравец, ...", "жонка Мікалая, Марына Адамовіч,"): the name is the possessor, not the sentence's subject."""
    apposed = _kin_word_in_apposition(s.lex).search(text[max(0, a - 40):a])
    # (Not a prisoner's title between: "жонка палітвязня X" says that X is held.)
    if (apposed and not s.lex["PRISONER_TITLE"].search(apposed.group())
            and (span.text != span.nominative or s.lang == "en")):
        # "Журналіст, муж Кацярыны Андрэевай, асуджаны ...", "a journalist and the husband of X, he was sentenced": the
        # family word describes the subject named before; the name after it only says whose relative they are.
        return True
    if span.text == span.nominative or not _kin_word_right_before(s.lex).search(text[max(0, a - 20):a]):
        return False
    gap = _APPOSED_NAME_GAP.match(s.text, span.end)
    if gap is not None and any(other.start == gap.end() for other in name_spans(s)):
        return True
    # "Сын Виктора Бабарико Эдуард, осужденный на восемь лет, остается в колонии": the relative's own first name.
    own = _LONE_FIRST_NAME_AFTER.match(s.text, span.end)
    return own is not None and bool(first_name(own.group(1)))


# Between the possessor's name and the relative's own name: a comma, or nothing ("Сын Ігара Лосіка Павел Лосік").
_POSSESSOR_GAP = re.compile(r"\s*,?\s*")


def relative_of_the_name_before(s: Sentence, span: NameSpan, view) -> bool:
    """The name right after a declined name that a family word governs ("Дочь политзаключенного Николая Статкевича,
    Анастасия Статкевич, ждет отца", "Сын Ігара Лосіка Павел Лосік", "The daughter of X, Y, said"): the relative, in
    apposition to the family word."""
    kin = s.lex.derived("kin_then_possessor", lambda L: r"(?<!\w)(?:" + L.source("KIN_BEFORE")
                        + r")(?:\s+of)?(?:\s+[^\W\d]+){0,2}\s+$")
    for other in name_spans(s):
        # (English declines no name: "The daughter of political prisoner X, Y, said" tells it by the commas.)
        declined = other.text != other.nominative or (s.lang == "en" and s.text[other.end:span.start].strip() == ",")
        if (other.end <= span.start and declined and span.text == span.nominative
                and _POSSESSOR_GAP.fullmatch(s.text, other.end, span.start)
                and kin.search(view.text[max(0, view.at(other.start) - 50):view.at(other.start)])):
            return True
    return False


# A word of a title between a family word and the name it governs ("the former banker and would-be presidential
# candidate", "экс-кандидата в президенты", "журналиста «Новага часу»"), and how many of them may stand there.
_TITLE_WORD = r"(?:[^\W\d_][\w'’-]*|\d{4}|«[^»]{1,40}»|\"[^\"]{1,40}\")"
KIN_OF_TITLE_WORDS = 8
# How far before a name the family word governing it may stand, in characters.
KIN_OF_REACH = 160


def kin_of_name(s: Sentence, span: NameSpan, view) -> tuple[int, int] | None:
    """Where the family word and any title stand when the name at `span` only says whose relative someone is: "son of
    (the former banker) X" in English, a family word in the nominative and the name declined in the others ("сын
    Віктара Бабарыкі", "син колишнього претендента Віктора Бабарика"). The span is in `view`'s offsets (a prisoner's
    title may stand in it: "жонка палітвязня X"); None when the family word names the person ("his son Eduard",
    "просит помиловать сына Дениса")."""
    L = s.lex
    kin = L.derived("kin_of_name", lambda L: r"(?<!\w)(?:" + L.source("KIN_OF") + r")(?P<of>\s+of)?(?:\s+"
                    + _TITLE_WORD + r"){0," + str(KIN_OF_TITLE_WORDS) + r"}\s+$")
    start = max(0, span.start - KIN_OF_REACH)
    found = kin.search(s.text, start, span.start)
    if found is None or (s.lang == "en") != bool(found.group("of")):
        return None
    if s.lang != "en" and span.text == span.nominative:
        # "брат Мікалай Жук": the name in the nominative is the brother himself.
        return None
    if any(found.start() < other.start < span.start for other in name_spans(s)):
        # Another name between: the family word is that one's.
        return None
    lo, hi = view.at(found.start()), view.at(span.start)
    titles = [(m.start() + lo, m.end() + lo) for m in L["PRISONER_TITLE"].finditer(view.text[lo:hi])]
    if L["SPEAKER_VERBS"].search(view.text, lo, hi) or any(
            lo < c.start < hi and not any(start <= c.start < end for start, end in titles) for c in cues(L, view.text)):
        # A verb between ("жонка сказала Віктару", "the son of the jailed X") ends the phrase.
        return None
    return lo, hi


def state_of_kin_told_after(L: Lexicon, text: str, b: int, hi: int) -> Cue | None:
    """A state a relative clause after a family word tells ("Сын Ігара Лосіка Павел Лосік чакае бацьку, які застаецца ў
    калоніі", "waits for his father, who is still in a colony"): the state of the family's prisoner, read from `b` to
    `hi` of the lemma text."""
    kin_clause = _derived(L, "kin_then_who", "KIN_BEFORE", r"(?<!\w)(?:FIELD)\s*,\s*(?:who|который|які|якая|який|яка)(?!\w)")
    told = kin_clause.search(text, b, hi)
    if told is None:
        return None
    return next((c for c in cues(L, text) if told.end() <= c.start < hi and c.role in STRONG), None)
