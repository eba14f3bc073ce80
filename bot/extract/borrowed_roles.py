"""The role a name takes from around its sentence when its own clause gives none.

A name in a list has its state told once for all of them: by the list's lead-in ("Also freed:", "Среди них —"), by
the sentences just before that count the group ("Belarus freed 52 prisoners. ... Among them were ..."), by the
question an interview's answer replies to ("— А хто застаўся?"), or by the sentence before that the name's own says
"likewise" to ("So does Maria Kalesnikava"). A group counted as the dead hands on no freed or held state, and a
lead-in that tells only the group's past sentence is passed over for the sentence before it that counts the group.
"""

import re

from bot.extract.chrome import SENT_END
from bot.extract.cues import cues, list_role
from bot.extract.fields import Classified
from bot.extract.groups import figure_role, list_intro
from bot.extract.makeup import MAKEUP
from bot.extract.names import NameSpan, is_public_figure, name_spans
from bot.extract.text import Sentence

# "Nor did Maria Kalesnikava", "So does X": the sentence says of X what the one before said of its person.
_SAME_AS_BEFORE = re.compile(r"^\W*(?:nor|neither|so)\s+(?:did|does|do|is|was|were|are|has|have|had)\s", re.IGNORECASE)
# How many sentences back a list ("Among them ...") looks for the group it details.
PREV_REACH = 3
# How many sentences back "The other two are ..." looks for the group it is the rest of.
OTHERS_REACH = 8


def prev_role(sentences: list[Sentence], i: int, figures: dict[int, list[Classified]], quoted: bool = False) -> str:
    """The role the sentences before hand to a list that follows them ("... 1 177 политзаключенных. Среди них X",
    "Belarus freed 52 prisoners. ... Washington eased sanctions. Among the Belarusians were ..."): the nearest of the
    last PREV_REACH sentences that gives one."""
    s = sentences[i]
    if s.lex.derived("the_others_first", lambda L: r"^\W*(?:" + L.source("THE_OTHERS") + ")").search(s.plain):
        # "Belarus released three prisoners. The American had been detained last year. The other two are A and B": the
        # rest of the group counted before, however far back in its story, not the one person told between.
        for prev in reversed(sentences[max(0, i - OTHERS_REACH):i]):
            role = figure_role(figures.get(prev.index, []), len(prev.text))
            if role is not None:
                return role
    # The paragraphs the group may be told in: the one before, and one more before each that only puts part of the
    # group on the list told earlier.
    reach_para = sentences[i].para - 1
    for prev in reversed(sentences[max(0, i - PREV_REACH):i]):
        if prev.para < reach_para:
            break
        # Inside one speech, the speaker's own words before hand on the role ("let me tell you about those who are
        # still there. X, who ...").
        said = prev.view.text if quoted else prev.plain
        role = figure_role(figures.get(prev.index, []), len(prev.text)) or list_role(prev.lex, said)
        if (role != "other" and list_intro(prev.lex, prev.plain)
                and {c.role for c in cues(prev.lex, prev.plain)} <= {"sentenced"}):
            # "Серед них — п'ятеро громадян України, яких засудили ...": a lead-in that details the group before
            # by its past sentence hands on that group's role.
            continue
        if role in ("still_held", "other") and any(c.role == "died" for c in cues(prev.lex, prev.plain)):
            # "Вясна налічвае шэсць палітвязняў, якія памерлі ў месцах зняволення. Сярод іх — ...": the group counted
            # is of the dead, neither freed nor held ("at least seven political prisoners have died in places of detention.
            # Among them were ...": not the group held two sentences before).
            return "died"
        if role != "other":
            return role
        if prev.lex["IN_THE_LIST"].search(prev.plain) and not cues(prev.lex, prev.plain):
            # "Лукашенко помиловал 32 человека. ... В списке оказались двое жителей Гомеля. Одна из них — X": the line
            # that puts part of the group on the list tells no state of its own; the list's is told before it.
            reach_para = prev.para - 1
        if _tells_makeup_only(prev, figures):
            # "Belarus freed 25 prisoners. The group is nine women and 16 men. Among them is X": the line that tells what the
            # group is made of tells no state of its own; the group's is told before it.
            reach_para = prev.para - 1
    return "other"


def _tells_makeup_only(s: Sentence, figures: dict[int, list[Classified]]) -> bool:
    """Whether the sentence counts only the group's makeup (women, men, the ill ...) and tells no state."""
    counted = figures.get(s.index, [])
    return bool(counted) and all(c.field in MAKEUP for c in counted) and not cues(s.lex, s.plain)


def borrowed_role(sentences: list[Sentence], s: Sentence, span: NameSpan, count: int, item: bool, intro_role: str,
                   label: re.Match | None, figures: dict[int, list[Classified]], roles_before: list[str]) -> str:
    """A role from around the sentence: a list's lead-in, the sentences before."""
    prev = sentences[s.index - 1] if s.index else None
    if s.text.rstrip().endswith("?"):
        return "other"
    # An item's own person is its first name; another named further in it ("— Maksim Znak, a lawyer of Viktar Babaryka's
    # campaign") is only mentioned (names listed together, "A and B", share the first's role before this is asked).
    own_name = not name_spans(s) or span.start <= name_spans(s)[0].start
    if item and intro_role != "other" and own_name:
        return intro_role
    if label and span.start >= label.end() and not _ANSWER_LETTER.match(s.text) and not _speakers_answer(sentences, s):
        # "Still inside: A, B, C" on one line: the label gives the names their role (not a transcript's "A: ").
        return list_role(s.lex, s.plain_view.span(label.start(1), label.end(1)))
    if prev is None:
        return "other"
    question = _question_answered(sentences, s)
    if question is not None:
        # "— А хто застаўся? — Шмат хто. ... І Павел Севярынец": an interview's answer names whom the question asks of.
        role = list_role(question.lex, question.plain)
        if role == "other" and question.lex.derived("left_behind", lambda L: r"(?<!\w)(?:" + L.source("LEFT_BEHIND")
                                                   + r")(?!\w)").search(question.plain):
            # "Who did you leave behind?": the people the answer names stayed inside.
            role = "still_held"
        if role != "other":
            return role
    likewise = s.lex.derived("likewise_first", lambda L: r"^\W*(?:" + L.source("LIKEWISE") + r")\s")
    if _SAME_AS_BEFORE.match(s.text) or likewise.match(s.plain):
        # "Ales Bialiatski remains behind bars. So does Maria Kalesnikava."; "Nothing has been heard from him for a year.
        # The same is true of Maria Kalesnikava": the state the sentence before tells, of a name or of "him".
        return roles_before[-1] if roles_before else prev_role(sentences, s.index, figures)
    # A sentence, not a byline ("Анна Ковальчук, Илья Сафронов"): it ends as a sentence does.
    opens_with_names = (count > 1 and name_spans(s) and name_spans(s)[0].start == 0 and SENT_END.search(s.text)
                        and sum(not is_public_figure(sp.nominative) for sp in name_spans(s)) > 1)
    one_of = count == 1 and prev.lex["ONE_OF"].search(prev.plain) and not prev.text.rstrip().endswith("?")
    if count == 1 and prev.para == s.para and _is_fragment(s, span):
        # "…those who are still there. Andrzej Poczobut, a journalist whose only crime is to write in Polish.": a name
        # and its aside with no verb of their own go on with the list the sentences before tell.
        return prev_role(sentences, s.index, figures, s.is_quoted(span.start))
    if (list_intro(s.lex, s.plain) or one_of
            or (opens_with_names and prev.para >= s.para - 1 and not cues(s.lex, s.plain))):
        # "Viasna counts 1,300 political prisoners. Among them are ...", "There are around 30 media workers
        # behind bars. Katsiaryna Andreyeva, Andrzej Poczobut, Dzianis Ivashyn — ...", "... са сваякамі аднаго з
        # вызваленых. 36-гадовы Дзьмітры Навумчык ...": the names detail the group.
        return prev_role(sentences, s.index, figures)
    return "other"


# A transcript's one- or two-letter label opening an answer ("A: ", "О: ", "В: "), as a dash does.
_ANSWER_LETTER = re.compile(r"^\s*[^\W\d]{1,2}:\s")


# A transcript's speaker named before a colon ("Карэспандэнтка: ", "Hanna Lukashuk: "): one to three capitalised words.
_SPEAKER_LABEL = re.compile(r"^\s*(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*:\s")


def _question_answered(sentences: list[Sentence], s: Sentence) -> Sentence | None:
    """The interviewer's question about people ("— А хто застаўся?") a sentence answers: the question paragraph right
    before the sentence's own paragraph, the sentence being a dialogue line ("— Шмат хто. ...") or a speaker's answer
    under a speaker's question ("Карэспандэнтка: Хто застаўся ў Гомелі?" / "Ганна Лукашук: Вольга Клімковіч ...")."""
    answer = [x for x in sentences[:s.index + 1] if x.para == s.para]
    if not answer:
        return None
    before = [x for x in sentences[:answer[0].index] if x.para == s.para - 1]
    asks = before[-1] if before and before[-1].text.rstrip().endswith("?") else None
    dialogue = answer[0].text.lstrip().startswith(("—", "–", "-")) or _ANSWER_LETTER.match(answer[0].text)
    # (A speaker's label answers only a question that opens with a label of its own: the transcript's form on both sides.)
    labelled = (asks is not None and _is_capitalised_label(answer[0].text)
                and (_is_capitalised_label(before[0].text) or _ANSWER_LETTER.match(before[0].text)))
    if not (dialogue or labelled):
        return None
    return asks if asks is not None and asks.lex["WHO_ASKS"].search(asks.text) else None


def _is_capitalised_label(text: str) -> bool:
    """A line opened by a speaker's label whose words are capitalised ("Ганна Лукашук: ...", "Q: ...")."""
    found = _SPEAKER_LABEL.match(text)
    return found is not None and all(w[:1].isupper() for w in found.group().rstrip(": ").split())


def _speakers_answer(sentences: list[Sentence], s: Sentence) -> bool:
    """Whether the sentence is a transcript's answer under a speaker's label (the label names who speaks, not a list)."""
    return _is_capitalised_label(s.text) and _question_answered(sentences, s) is not None


def _is_fragment(s: Sentence, span: NameSpan) -> bool:
    """A sentence made of a name and its aside ("Andrzej Poczobut, a journalist whose ...", "X, who has spent five
    years behind bars"), no one speaking."""
    view = s.view if s.is_quoted(span.start) else s.plain_view
    return (not s.text[:span.start].strip(OPENERS) and s.text[span.end:].startswith(",")
            and not _CLOSED_ASIDE.match(s.text, span.end) and not s.lex["SPEAKER_VERBS"].search(view.text))


# An aside closed by a second comma with more words after it: the name's own predicate follows ("X, паводле знаёмых,
# застаўся ў Беларусі").
_CLOSED_ASIDE = re.compile(r",[^,;:.!?]{1,40},\s*[^\W\d]")


# What may stand before a sentence's first word: quotation marks, dashes, bullets.
OPENERS = " \t\"“«„'‘—–-•*"
