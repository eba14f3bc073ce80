"""A person's state told by the article's frame rather than by a sentence that names them (`people.find_names`).

- A lead-in that closes a paragraph ("Here are some of those who remain in prison.", "Вось хто з вядомых палітвязняў
  застаецца за кратамі.") before a run of paragraphs each opened by a person ("Mikalai Statkevich, 69, an opposition
  veteran."): the people of those paragraphs take its state.
- A person's own paragraph ("Ihar Losik, 33, a blogger, was arrested in 2020. ... He walked free on Thursday."): "he"
  or "she" later in it stands for the person who opens it, not for a judge or a lawyer named in passing.
- A timeline's lines ("2020 — arrested.", "2025 — pardoned.") under a line naming one person tell that person's story.
- "Both" opening a sentence that names no one ("Обе до сих пор там.", "Both are still there.") stands for the last two
  people named before it, however many sentences of an interview's answer lie between.
- An interview whose opening tells of the people the speaker left inside ("Ihar Karnei on the people he left behind"):
  a person its exchange names alone or places "there" is one of them, held.

The frame's other two kinds are read elsewhere: an interview's or a letter's setting ("in a letter from the colony",
"days after his release") by `speakers` and `roles`, a photo caption by `chrome.caption_lines`.
"""

import re
from functools import lru_cache

from bot.extract.chrome import SENT_END
from bot.extract.cues import cues
from bot.extract.given_names import first_name
from bot.extract.name_forms import surname_key
from bot.extract.names import NameSpan, is_public_figure, name_spans
from bot.extract.speakers import has_title
from bot.extract.text import Sentence

# What may stand before a paragraph's first word: quotation marks, dashes, bullets.
_OPENERS = " \t\"“«„'‘—–-•*·"
# "2020 — arrested", "13 December 2025 – pardoned", "2021: sentenced to 15 years": a timeline's line opens with a date.
_TIMELINE_LINE = re.compile(r"^\W*(?:\d{1,2}\s+[^\W\d]+\s+|[^\W\d]+\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d\s*(?:[—–:-]|г\.|р\.)")
# A person's paragraph describes them right after the name: an age, a trade, a town ("X, 69, an opposition veteran",
# "X — 53 года, Мозырь").
_DESCRIBED = re.compile(r"\s*(?:,|\s[—–-]\s)\s*\S")
# How many paragraphs opened by a person make a run of profiles when the lead-in has no word of its own for it.
PROFILE_RUN = 2
# A list item's name line is short ("Volha Zhuk — 19 March"); how many paragraphs of its details may follow it.
NAME_LINE_WORDS = 8
DETAIL_PARAS = 3
# How many sentences before "Both are still there" may name the two it stands for.
BOTH_REACH = 8
# How many sentences before a timeline's first line may name its person ("Ihar Losik: a timeline").
TIMELINE_HEAD_REACH = 2


def paragraph_opener(sentences: list[Sentence], i: int) -> NameSpan | None:
    """The name that opens sentence `i` when the sentence opens its paragraph and describes a person ("Mikalai
    Statkevich, 69, an opposition veteran"): not a speaker's, an official's or someone's possessive ("X's wife")."""
    if i and sentences[i - 1].para == sentences[i].para:
        return None
    return _described_person_first(sentences[i])


@lru_cache(maxsize=4096)
def _described_person_first(s: Sentence) -> NameSpan | None:
    """The name that opens `s`, described right after it and not speaking (see `paragraph_opener`)."""
    spans = name_spans(s)
    if not spans or s.text[:spans[0].start].strip(_OPENERS):
        return None
    span = spans[0]
    after = s.text[span.end:]
    if not _DESCRIBED.match(after):
        # A name alone on its line is a byline or a caption's, not a person's paragraph.
        return None
    # (An office right after the name is an official's: "John Coale, the US envoy, met ..."; not "an opposition veteran
    # who ran for president", nor a former office, the prisoner's past: "Юрый Захаранка, былы міністр унутраных спраў".)
    # (Only in the first phrase of the description: "Андрей Почобут — журналист, представитель польского меньшинства" is
    # a journalist; what follows the comma describes him further.)
    # (A former office may be written with a hyphen: "экс-кандидат в президенты".)
    office = s.lex.derived("office_after_name", lambda L: r"^\W*(?!(?:[^\W\d]+\W+){0,2}?(?:" + L.source("FORMER")
                           + r")(?:\W|(?<=-)))"
                           r"(?:[^\W\d]+[^\w,]+){0,3}?(?:" + L.source("OTHER_TITLES") + r")(?!\w)")
    rest = s.plain[s.plain_view.at(span.end):]
    # (What a relative clause tells is the description: "a programmer who posted comments about the war" speaks not.)
    own = rest[:m.start()] if (m := s.lex["RELATIVE"].search(rest)) else rest
    if (is_public_figure(span.nominative) or after.startswith(("'s", "’s", ":"))
            or s.lex["SPEAKER_VERBS"].search(own) or office.match(rest)):
        return None
    return span


def _profiles_after(sentences: list[Sentence], i: int) -> int:
    """How many paragraphs in a row after sentence `i`'s paragraph open with a person (a name line's own paragraphs of
    detail between them, see `under_a_name_line`)."""
    count, para = 0, sentences[i].para
    for j in range(i + 1, len(sentences)):
        if sentences[j].para == para:
            continue
        if sentences[j].para != para + 1:
            break
        para = sentences[j].para
        if paragraph_opener(sentences, j) is not None:
            count += 1
        elif not under_a_name_line(sentences, j):
            break
    return count


def _name_line(sentences: list[Sentence], j: int) -> bool:
    """Whether sentence `j` is a paragraph of its own, short, opened by a described person and closed by no full stop:
    the head of a list's item whose details follow in paragraphs of their own ("Dzianis Ivashin — 6 March", "Андрэй
    Пятроў — 12 чэрвеня"); not a person's one-sentence paragraph ("Mikalai Statkevich, 69, an opposition veteran.")."""
    s = sentences[j]
    alone = (j + 1 >= len(sentences) or sentences[j + 1].para != s.para)
    return (alone and len(s.text.split()) <= NAME_LINE_WORDS and not s.text.rstrip().endswith((".", "!", "?", "…"))
            and paragraph_opener(sentences, j) is not None)


def under_a_name_line(sentences: list[Sentence], i: int) -> bool:
    """Whether sentence `i` stands in a paragraph of details under a list item's name line: the paragraphs back to the
    nearest name line (at most DETAIL_PARAS of them) name no one ("Dzianis Ivashin — 6 March" / "Journalist from
    Grodno. Sentenced to 13 years." / "Address: Colony No. 1")."""
    first = _paragraph_start(sentences, i)
    for _ in range(DETAIL_PARAS):
        if any(name_spans(x) for x in _paragraph_from(sentences, first)):
            return False
        if first == 0:
            return False
        first = _paragraph_start(sentences, first - 1)
        if _name_line(sentences, first):
            return True
    return False


def lead_in(sentences: list[Sentence], i: int) -> bool:
    """The last sentence of a paragraph that names no one and leads into a run of paragraphs each opened by a person
    ("Below are some of those who were released.", "Ниже — о тех, кого освободили.", "Серед звільнених —")."""
    s = sentences[i]
    closes_paragraph = i + 1 < len(sentences) and sentences[i + 1].para != s.para
    # (A line ending in a colon opens a list of its own, see `people.find_names`; one ending in a semicolon is an item of
    # one; the last sentence of a person's own paragraph goes on about them: "Находится в СИЗО.")
    if (not closes_paragraph or name_spans(s) or s.text.rstrip().endswith(("?", ":", ";"))
            or in_a_profile(sentences, i)):
        return False
    profiles = _profiles_after(sentences, i)
    if not (profiles >= PROFILE_RUN or (profiles >= 1 and bool(s.lex["LEAD_IN"].search(s.plain)))):
        return False
    # (The two checks below read every sentence before this one: asked only where profiles follow.)
    # (A headline is no lead-in: the story has begun before it. A rubric of one word before the headline, "Колонка.",
    # "Opinion.", begins no story.)
    if not any(SENT_END.search(x.text) and len(x.text.split()) > 1 for x in sentences[:i + 1]):
        return False
    # (A sentence that goes on about someone named before by the surname alone, "In 2023 the elder Babaryka was taken to
    # a hospital", is that person's story: the paragraphs after it are no group it leads into.)
    return not _tells_of_someone_named(sentences, i)


def _tells_of_someone_named(sentences: list[Sentence], i: int) -> bool:
    """Whether sentence `i` holds the surname alone of a person named in full before it (not a public figure's: "On
    Thursday Lukashenko pardoned 18 more" still leads into the freed)."""
    named = {surname_key(sp.nominative.split()[-1]) for x in sentences[:i] for sp in name_spans(x)
             if " " in sp.nominative and not is_public_figure(sp.nominative)}
    return any(surname_key(word) in named for word in _SURNAME_WORD.findall(sentences[i].text))


# A capitalised word long enough to be a surname.
_SURNAME_WORD = re.compile(r"(?<!\w)[A-ZА-ЯЁІЎЇЄҐ][\w'’-]{3,}")


def _paragraph_start(sentences: list[Sentence], i: int) -> int:
    """The index of the first sentence of sentence `i`'s paragraph."""
    while i > 0 and sentences[i - 1].para == sentences[i].para:
        i -= 1
    return i


def _paragraph_from(sentences: list[Sentence], first: int) -> list[Sentence]:
    """The sentences of sentence `first`'s paragraph from it on (paragraphs run in order: the scan stops at the next)."""
    para, end = sentences[first].para, first
    while end < len(sentences) and sentences[end].para == para:
        end += 1
    return sentences[first:end]


def in_a_profile(sentences: list[Sentence], i: int) -> bool:
    """Whether sentence `i` stands in a paragraph opened by a person (see `paragraph_opener`)."""
    return paragraph_opener(sentences, _paragraph_start(sentences, i)) is not None


def profile_owner(sentences: list[Sentence], i: int) -> NameSpan | None:
    """The person whose own paragraph sentence `i` stands in: the name that opens the paragraph, when the paragraph goes
    on after its first sentence."""
    first = _paragraph_start(sentences, i)
    if first + 1 >= len(sentences) or sentences[first + 1].para != sentences[i].para:
        return None
    return paragraph_opener(sentences, first)


def pronouns_of(s: Sentence, span: NameSpan) -> list[NameSpan]:
    """The pronouns of sentence `s` ("he", "she", "him", "её", "яго") that can stand for the person named at `span`
    elsewhere: of the person's gender, known by the first name."""
    first = first_name(span.nominative.split()[0]) if " " in span.nominative else None
    if first is None:
        return []
    pronoun = s.lex.derived("any_pronoun_of_a_person", lambda L: r"(?<!\w)(" + L.source("PRONOUN") + "|"
                            + L.source("THIRD_PERSON") + r")(?!\w)")
    found = []
    for m in pronoun.finditer(s.unquoted):
        if bool(s.lex["FEMININE_PRONOUN"].fullmatch(m.group(1))) == (first[1] == "f"):
            found.append(NameSpan(m.start(1), m.end(1), m.group(1), ""))
    return found


def timeline_owner(sentences: list[Sentence], i: int) -> NameSpan | None:
    """The one person a timeline's line (sentence `i`: "2021 — sentenced to 15 years", naming no one) tells of: the
    person named alone in the line right before the timeline's first line ("Ihar Losik: a timeline")."""
    if name_spans(sentences[i]) or not _TIMELINE_LINE.match(sentences[i].text):
        return None
    j = i
    while j > 0 and _TIMELINE_LINE.match(sentences[j - 1].text) and not name_spans(sentences[j - 1]):
        j -= 1
    for head in reversed(sentences[max(0, j - TIMELINE_HEAD_REACH):j]):
        spans = [sp for sp in name_spans(head) if not is_public_figure(sp.nominative)]
        if len(spans) == 1:
            return spans[0]
        if spans:
            return None
    return None


def both_of_them(sentences: list[Sentence], i: int) -> list[NameSpan]:
    """The two people "both" stands for when it opens sentence `i`, which names no one ("— Про Настю. ... І про
    Валерію ... Обидві досі там."): the last two named in the sentences before; none when fewer are named.
    An official named with the office ("judge X", "прокурор Y") is none of the two: the trial's staff are not the
    people it tried."""
    s = sentences[i]
    opens = s.lex.derived("both_first", lambda L: r"^\W*(?:" + L.source("BOTH") + r")(?!\w)")
    if name_spans(s) or not opens.search(s.plain):
        return []
    found: dict[str, NameSpan] = {}
    for prev in reversed(sentences[max(0, i - BOTH_REACH):i]):
        for span in reversed(name_spans(prev)):
            if not is_public_figure(span.nominative) and not _in_office(prev, span):
                found.setdefault(surname_key(span.nominative), span)
            if len(found) == 2:
                return list(found.values())
    return []


def _in_office(s: Sentence, span: NameSpan) -> bool:
    """Whether the name stands after an office ("Judge X", "прокурор Y", "суддзя Z"): an official, not a prisoner."""
    view = s.plain_view
    return has_title(s.lex, view.text, view.at(span.start), cues(s.lex, view.text))


def left_behind_exchange(sentences: list[Sentence]) -> int | None:
    """Where an interview's exchange starts (its first question) when the opening before it tells of the people the
    speaker left inside ("Ihar Karnei on the people he left behind", "Марфа Рабкова — о тех, кто остался в колонии"):
    the people the exchange names without a state of their own are those, held. None for any other piece."""
    first_question = next((s.index for s in sentences if s.text.rstrip().endswith("?")), None)
    if first_question is None:
        return None
    opening = sentences[:first_question]
    return first_question if any(_left_behind(s.lex).search(s.plain) for s in opening) else None


def _left_behind(L) -> re.Pattern:
    return L.derived("left_behind", lambda L: r"(?<!\w)(?:" + L.source("LEFT_BEHIND") + r")(?!\w)")


# A speaker's label opening an answer ("Sharenda-Panasiuk: ", "A: ").
_ANSWER_LABEL = re.compile(r"^\W*(?:[^\W\d][\w'’-]*\s+){0,3}[^\W\d][\w'’-]*:\s+")
# How many words besides the name a bare mention may have ("And Andrzej Poczobut?", "What about X?").
BARE_MENTION_WORDS = 2


def left_inside(sentences: list[Sentence], s: Sentence, span: NameSpan) -> bool:
    """Whether an exchange about those left behind tells nothing of the name but its place: the name alone in an answer
    or a question ("Maryia Kalesnikava.", "And Andrzej Poczobut?", "— Насте Лойко."), or placed "there" ("Marfa Rabkova
    is there too"). A person the answer tells more of ("X was taken from the same unit") is left to what it tells, and
    a line that is neither question nor answer (the interviewer's signature, "Беседовала X") is no part of it."""
    opening = _paragraph_start(sentences, s.index)
    answers = opening > 0 and sentences[opening - 1].text.rstrip().endswith("?")
    if not (answers or s.text.rstrip().endswith("?")):
        return False
    before = s.text[:span.start]
    label = _ANSWER_LABEL.match(before)
    rest = before[label.end():] if label else before
    if len(re.findall(r"[^\W\d]+", rest + " " + s.text[span.end:])) <= BARE_MENTION_WORDS:
        return True
    there = s.lex.derived("there_after_name", lambda L: r"\s*,?\s*(?:" + L.source("THERE_AFTER") + r")(?!\w)")
    return bool(there.match(s.plain, s.plain_view.at(span.end)))
