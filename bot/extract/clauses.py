"""The clause a name stands in: the list it belongs to, the relative clauses of the other names, and a verb of its own.

A person's fate is read from their own clause. Names joined by commas and "and" share the predicate after the last
of them ("A, B and C were sentenced"); what the relative clause of another name tells is that person's alone ("A and
B, who was pardoned in 2024" says nothing of A's release); a release word that is the object of the person's own verb
is someone else's release ("Нунций сопровождал освобождённых до границы", "The envoy welcomed the freed prisoners").
"""

import re
from bisect import bisect_left

from bot.extract.morph import LemmaView, analyses, fold_be
from bot.extract.names import NameSpan, is_public_figure, name_spans
from bot.extract.text import Sentence

# Names joined into one list: a comma, "and" or both, nothing else between.
_JOINED = re.compile(r"(?:\s*\([^()]{1,40}\))?(?:\s*,\s*(?:(?:and|і|и|та|й|а также|а таксама|а також)\s+)?|\s+(?:and|і|и|та|й)\s+)",
                     re.IGNORECASE)
# A relative clause about a person, right after the name, as written ("X, who ...", "X, якога ...", "X, которого ...").
# ("whose" opens a clause about someone else: "X, whose wife Y remains imprisoned").
_RELATIVE_OPENS = re.compile(r"\s*,\s*(?:who|whom|котор\w+|кто|як(?:ий|а|ого|у|ому|ій|і|их|ая|ую|ія|іх|ога|ой)|хто)(?!\w)",
                             re.IGNORECASE)
# A relative clause of several people: it describes the whole list before it ("A and B, who were held ...", "A, B та C,
# які залишаються за ґратами").
_PLURAL_RELATIVE = {"en": re.compile(r"\s*,\s*who(?:\s+[a-z]+){0,3}?\s+(?:were|are|have|remain)\b", re.IGNORECASE),
                    "ru": re.compile(r"\s*,\s*котор(?:ые|ых|ым|ыми)(?!\w)", re.IGNORECASE),
                    "be": re.compile(r"\s*,\s*як(?:ія|іх|ім|імі)(?!\w)", re.IGNORECASE),
                    "uk": re.compile(r"\s*,\s*як(?:і|их|им|ими)(?!\w)", re.IGNORECASE)}
# After a comma, a clause goes on with "but", "and" or "а" before a word in lower case ("якога вызвалілі ў 2022 годзе,
# але ў траўні зноў затрымалі"); a capitalised word after "and" is the next name of a list.
_CLAUSE_STOP = re.compile(r"[,;()]|\s[\u2014\u2013]\s")
_GOES_ON = re.compile(r"\s*(?:but|and|але|але ж|і|и|но|а|та|й|однак|however)\s+(?![A-ZА-ЯЁІЎЇЄҐ])", re.IGNORECASE)


def coordinated_end(s: Sentence, view: LemmaView, span: NameSpan) -> int:
    """The lemma offset where the list the name heads or belongs to ends ("A, B and C were sentenced": C's end)."""
    end = span.end
    for other in name_spans(s):
        if other.start >= end and _JOINED.fullmatch(s.text[end:other.start]):
            end = other.end
        elif other.start >= end:
            break
    return view.at(end)


_CONJUNCTION = re.compile(r"(?<!\w)(?:and|і|и|та|й|а также|а таксама|а також)(?!\w)", re.IGNORECASE)


def list_head(s: Sentence, span: NameSpan) -> NameSpan:
    """The first name of the list joined by commas and "and" that the name belongs to ("A и B": A for B)."""
    head = span
    for other in reversed(name_spans(s)):
        if other.end <= head.start and _JOINED.fullmatch(s.text[other.end:head.start]):
            head = other
    return head


def fronted_list_end(s: Sentence, view: LemmaView, span: NameSpan) -> int:
    """The lemma offset where a list whose state stands before it ends ("вышли A и B, C остается": B's end; "на свободе
    A, B в списке нет": A's end): a bare comma joins the next name only when an "and" closes the list later."""
    joins: list[tuple[str, NameSpan]] = []
    end = span.end
    for other in name_spans(s):
        if other.start >= end and _JOINED.fullmatch(s.text[end:other.start]):
            joins.append((s.text[end:other.start], other))
            end = other.end
        elif other.start >= end:
            break
    end = span.end
    for k, (_, other) in enumerate(joins):
        closed_later = any(_CONJUNCTION.search(later) for later, _ in joins[k:])
        if not closed_later:
            break
        end = other.end
    return view.at(end)


# An aside opened by a participle of one person ("Вадим Зуев, ранее уже освобождённый ...", "X, previously pardoned in
# 2024"), a few adverbs allowed before it.
_PARTICIPLE_OPENS = re.compile(r"\s*,\s*(?:(?:ранее|уже|раней|ужо|раніше|вже|previously|earlier|once|already|twice|first)\s+){0,2}"
                               r"(?P<word>[^\W\d]+)(?!\w)", re.IGNORECASE)
# Folded Belarusian participles of one person ("вызвалены", "асуджаная"), not of several ("вызваленыя").
_BE_PARTICIPLE = re.compile(r"[^\W\d]{3,}(?:ны|ная|ты|тая)")


def _participle_aside(s: Sentence, at: int) -> re.Match | None:
    """The start of a participle aside about one person right after raw offset `at`, or None."""
    found = _PARTICIPLE_OPENS.match(s.text, at)
    if found is None:
        return None
    word = found.group("word")
    if s.lang in ("ru", "uk"):
        tags = analyses(word, s.lang)[0].tags
        one = bool(tags & {"PRTF", "ADJF"}) and "plur" not in tags and bool(tags & {"masc", "femn"})
        return found if one and ("PRTF" in tags or (s.lang == "uk" and "pssv" in tags)) else None
    if s.lang == "be":
        return found if _BE_PARTICIPLE.fullmatch(fold_be(word)) else None
    return found if word.lower().endswith("ed") or word.lower() == "freed" else None


def relative_clauses(s: Sentence, view: LemmaView, span: NameSpan) -> list[tuple[int, int]]:
    """The relative clauses describing the other names of the sentence, in lemma offsets ("..., Yan Lapko and
    Aliaksandr Tsurkan, who was pardoned in 2024 but arrested again in July": the pardon is Tsurkan's alone)."""
    found = []
    listed_until = coordinated_end(s, view, span)
    plural = _PLURAL_RELATIVE.get(s.lang)
    for other in name_spans(s):
        opens = (_RELATIVE_OPENS.match(s.text, other.end) or _participle_aside(s, other.end)) if other != span else None
        if opens is not None and _shared_predicate(s, view, other, listed_until, opens):
            continue
        if opens is None or (plural is not None and plural.match(s.text, other.end) and view.at(other.end) <= listed_until
                             and other.start > span.start):
            continue
        end = opens.end()
        while True:
            stop = _CLAUSE_STOP.search(s.text, end)
            if stop is None or stop.group() != "," or not _GOES_ON.match(s.text, stop.end()):
                break
            end = stop.end()
        found.append((view.at(other.end), view.at(stop.start() if stop else len(s.text))))
    return found


def _shared_predicate(s: Sentence, view: LemmaView, last: NameSpan, listed_until: int, opens: re.Match) -> bool:
    """"Two of its journalists, Ihar Losik and Ihar Karnei, remained behind bars": an English past form after the last
    name of a list set off by commas, running to the sentence's end, is the list's predicate, not the last name's
    participle aside ("..., Ihar Karnei, convicted in 2021, remains ..." is one)."""
    if s.lang != "en" or _RELATIVE_OPENS.match(s.text, last.end) or view.at(last.end) != listed_until:
        return False
    first = next((sp for sp in name_spans(s) if coordinated_end(s, view, sp) == listed_until), last)
    return s.text[:first.start].rstrip().endswith(",") and "," not in s.text[opens.end():]


_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
# Verbs that only link the person to what follows ("was", "стал"): no verb of their own.
# Nor do verbs of coming out or home ("вышел по помилованию", "came out under a pardon"), of receiving ("получил
# помилование", "was granted a pardon") or of finally getting ("дождался освобождения"): the release is theirs.
_LINKS = frozenset({"быть", "стать", "являться", "бути", "стати", "являтися", "выйти", "выходить", "вийти", "виходити",
                    "вернуться", "повернутися", "уехать", "поїхати", "оказаться", "виявитися", "опинитися", "получить",
                    "получать", "дождаться", "удостоиться", "отримати", "отримувати", "дочекатися", "добиться", "домогтися"})
_EN_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "has", "have", "had", "also", "later", "then",
                             "walked", "came", "got", "returned", "left", "received", "granted", "given", "won", "obtained",
                             "secured", "awarded", "offered"})
_BE_EXIT = re.compile(r"(?:выйш|вярну|выеха|паеха|аказа|апыну|атрыма|дачака|дабі)")
# A possessive of the person's own before the release word ("рассказал о своём освобождении", "described his release").
_OWN_BEFORE = re.compile(r"(?:^|\W)(?:сво\w*|свай\w*|сваё\w*|his|her|their|own)\s+$", re.IGNORECASE)
_EN_VERB = re.compile(r"[a-z]+ed|said|met|led|took|brought|drove|saw|told|thanked|welcomed|greeted|escorted|handed|signed"
                      r"|oversaw|hailed|praised|spoke|wrote|gave|sent|flew|rode", re.IGNORECASE)
# A Belarusian past-tense verb, folded ("суправаджау", "перадала", "падзякавалі").
_BE_PAST = re.compile(r"[^\W\d]{3,}(?:[аяіы]у|ла|лі|уся|лася|ліся)")
_EN_DETERMINER = re.compile(r"(?:the|those|their|his|her|its|for)\s+$", re.IGNORECASE)
_EN_RELEASE_NOUN = re.compile(r"releases?|pardons?", re.IGNORECASE)
# Folded Belarusian endings of a release word used as a noun: "вызваленых", "вызваленне".
_BE_NOMINAL = re.compile(r"(?:ных|ным|нымі|нне|ння|нню|ннем|нні)$")


def is_verb(word: str, lang: str) -> bool:
    """A finite verb of its own (not a link like "was", "стал")."""
    if lang in ("ru", "uk"):
        top = analyses(word, lang)[0]
        return "VERB" in top.tags and top.lemma not in _LINKS
    if lang == "be":
        return bool(_BE_PAST.fullmatch(fold_be(word))) and not _BE_EXIT.match(fold_be(word))
    return word.lower() not in _EN_AUXILIARIES and bool(_EN_VERB.fullmatch(word))


def _is_nominal(s: Sentence, at: int) -> bool:
    """Whether the release word at raw offset `at` is a noun or a declined participle ("освобождённых", "вызваленне",
    "the freed", "the release"), not a predicate ("was freed", "вызвалілі")."""
    word = _WORD.match(s.text, at)
    if word is None:
        return False
    if s.lang in ("ru", "uk"):
        top = analyses(word.group(), s.lang)[0].tags
        return "NOUN" in top or (bool(top & {"PRTF", "ADJF"}) and "nomn" not in top)
    if s.lang == "be":
        return bool(_BE_NOMINAL.search(fold_be(word.group())))
    return bool(_EN_DETERMINER.search(s.text[max(0, at - 8):at])) or bool(_EN_RELEASE_NOUN.fullmatch(word.group()))


def object_of_own_verb(s: Sentence, view: LemmaView, span: NameSpan, cue_start: int) -> bool:
    """Whether the release word at lemma offset `cue_start`, after the name, is the object of a verb of the person's own
    ("Кульбокас сопровождал освобождённых", "падзякаваў за вызваленне", "welcomed the freed prisoners"), not their
    fate; a verb that puts them into the group ("оказался среди освобождённых") keeps it theirs."""
    at = bisect_left(view.starts, cue_start)
    if at <= span.end or not _is_nominal(s, at):
        return False
    between = s.text[span.end:at]
    if (s.lex["MEMBER_OF"].search(view.text[view.at(span.end):cue_start]) or re.search(r"[,;:()—–]", between)
            or _OWN_BEFORE.search(between)):
        return False
    return any(is_verb(w.group(), s.lang) for w in _WORD.finditer(between))


# How many words may stand between two objects of one verb ("sentenced X to four years and Y to three").
GAP_WORDS = 5
_GAP_END = re.compile(r"(?:,\s*)?(?<!\w)(?:and|і|и|та|й|а|а также|а таксама|а також)\s+(?:[\u2014\u2013]\s+)?$", re.IGNORECASE)


def shares_verb_with_previous(s: Sentence, previous: NameSpan, span: NameSpan) -> bool:
    """Whether the name is a second object of the verb of the previous name, its complement left out ("Courts
    sentenced Pavel Ivanou to four years and Volha Sidarenka to three", "Шиманського засудили до трьох років, а
    Валентину Маркевич — до чотирьох"): the words between are few and end in "and" or "а", and the name's own clause
    has no verb (the previous name's verb may stand between)."""
    between = s.text[previous.end:span.start]
    words = [w.group() for w in _WORD.finditer(between)]
    rest = s.text[span.end:]
    stop = re.search(r"[,;.!?()]", rest)
    after = [w.group() for w in _WORD.finditer(rest[:stop.start() if stop else len(rest)])]
    verbs = sum(is_verb(w, s.lang) for w in words)
    bare = len(after) < GAP_WORDS and not any(is_verb(w, s.lang) for w in after)
    return (bool(_GAP_END.search(between)) and len(words) <= GAP_WORDS and not is_public_figure(span.nominative)
            and not re.search(r"[;:.!?()]", between) and (verbs == 0 or (verbs == 1 and bare)))


# After a semicolon, the next clause's subject ("; B, eleven", "; Б — одиннадцать"), maybe after "and".
_AFTER_SEMICOLON = re.compile(r";\s*(?:(?:and|і|и|та|й|а)\s+)?$", re.IGNORECASE)
# What follows a subject whose verb is left out: a comma or a dash, then the rest of the clause.
_ELIDED_VERB_MARK = re.compile(r"\s*(?:,|[\u2014\u2013-](?=\s))\s*")


def verb_left_out_after_semicolon(s: Sentence, previous: NameSpan, span: NameSpan) -> bool:
    """Whether the name opens a clause after a semicolon whose verb is the previous name's, left out ("A is serving
    ten years; B, eleven", "А отбывает десять лет; Б — одиннадцать"): a comma or a dash after the name, then a few
    words with no verb to the end of the clause."""
    if not _AFTER_SEMICOLON.search(s.text[previous.end:span.start]) or is_public_figure(span.nominative):
        return False
    mark = _ELIDED_VERB_MARK.match(s.text, span.end)
    if mark is None or mark.end() == span.end:
        return False
    rest = re.split(r"[;.!?()]", s.text[mark.end():], maxsplit=1)[0]
    words = [w.group() for w in _WORD.finditer(rest)]
    return 0 < len(words) < GAP_WORDS and not any(is_verb(w, s.lang) for w in words)


def subject_after_own_verb(s: Sentence, view: LemmaView, span: NameSpan, cue_start: int) -> bool:
    """Whether the release word at lemma offset `cue_start`, before the name, is the object of the person's own verb
    that stands between ("Помилованных встретил временный поверенный X", "The freed prisoners were met by X"): the
    release is someone else's; a verb that puts the person into the group ("В списке помилованных оказался X") keeps it."""
    at = bisect_left(view.starts, cue_start)
    if at >= span.start or not _is_nominal(s, at):
        return False
    word = _WORD.match(s.text, at)
    between = s.text[word.end():span.start]
    if (s.lex["MEMBER_OF"].search(view.text[max(0, cue_start - 20):view.at(span.start)])
            or re.search(r"[,;:()—–]", between)):
        return False
    return any(is_verb(w.group(), s.lang) for w in _WORD.finditer(between))


# A predicate left out and denied after the name ("а Мария Колесникова — нет"), or a denial before it ("but not X").
# (The denial may close a quotation, "«Я на волі, а Олег Гнатюк — ні», — пише він", and English keeps the verb's
# auxiliary: "I am free, but X is not".)
_ELLIPTIC_NO = re.compile(r"^\s*[\u2014\u2013-]?\s*(?:(?:is|are|was|were|has|have|had|did)(?:\s+not|n[’']t)|нет|ні|не|no|not|немає|няма)"
                          r"\s*(?:[.;,!)»“”\"]|$)", re.IGNORECASE)
_BUT_NOT = re.compile(r"(?:^|\W)(?:but|а|но|але|однак|однако)\s+(?:not|не|ні)\s+$", re.IGNORECASE)


def not_theirs(found: list, theirs: list[tuple[int, int]]) -> list:
    """The cues outside the relative clauses of the other names."""
    return [c for c in found if not any(x <= c.start < y for x, y in theirs)]


def denied_by_ellipsis(text: str, a: int, b: int) -> bool:
    """Whether the lemma text denies the name at [a, b) the predicate of the clause before ("а Мария Колесникова —
    нет", "but not X")."""
    return bool(_ELLIPTIC_NO.match(text[b:]) or _BUT_NOT.search(text[max(0, a - 20):a]))


# Relative pronouns as the lemma view writes them, opening an aside.
_RELATIVE_WORD = re.compile(r"(?:who|whom|which|который|кто|який|яка|які|якая|якія|якую|якога|хто)\W", re.IGNORECASE)
# How many words an apposition between commas may have ("X, адвакат, які ..., пракаментаваў").
APPOSITION_WORDS = 4


def asides_only(after: str) -> bool:
    """Whether what stands between the name and a verb after it is asides between commas: an apposition and a relative
    clause ("Вадзім Храсько, адвакат, які раней сам быў асуджаны, пракаментаваў"), so the verb is the name's own."""
    parts = after.split(",")
    return (len(parts) > 2 and not parts[0].strip() and len(re.findall(r"[^\W\d]+", parts[-1])) <= 1
            and all(len(re.findall(r"[^\W\d]+", p)) <= APPOSITION_WORDS or _RELATIVE_WORD.match(p.strip() + " ") for p in parts[1:-1]))


# How many words an aside between a listed name and the next may have ("A, the flute player who ..., as well as B").
LIST_ASIDE_WORDS = 30
# (A dot inside an abbreviation does not end the aside: "a journalist for U.S.-funded Radio Free Europe".)
# (A short quotation may stand in the aside, "асуджаны за «абразу прэзідэнта»", and the next item may open with its trade:
# ", і выкладчыца з Гомеля Ганна Луцэвіч".)
_AFTER_ASIDE = re.compile(r"\s*,(?:[^;:.!?«»]|\.(?=\S)|«[^«»;:!?]{1,60}»)+,\s*(?:as well as|and also|and|а также|а таксама|а також|и|і|та)\s+"
                          r"(?:[^\W\d][\w'’-]*\s+){0,4}$", re.IGNORECASE)
_AS_WELL_AS = re.compile(r"\s*,?\s*(?:as well as|а также|а таксама|а також)\s+$", re.IGNORECASE)
# (A title of a few words may stand before the name: ", as are Nobel Peace Prize laureate X", ", как и журналист X".)
_LIKEWISE = re.compile(r",\s*(?:as (?:does|did|is|was|are|were|has|have)|как и|як і|гэтак жа як і|так само як і)\s+"
                       r"(?:[^\W\d][\w'’-]*\s+){0,5}$", re.IGNORECASE)
# How far before a name "as does" and a title before it may start.
LIKEWISE_REACH = 70


def joined_after_aside(s: Sentence, previous: NameSpan, span: NameSpan) -> bool:
    """Whether the name goes on the list of the previous one after its aside or "as well as" ("With him came Maria
    Kalesnikava, the flute player who tore up her passport, as well as Viktar Babaryka and Maksim Znak")."""
    between = s.text[previous.end:span.start]
    words = len(_WORD.findall(between))
    return bool(_AS_WELL_AS.fullmatch(between) or (_AFTER_ASIDE.fullmatch(between) and words <= LIST_ASIDE_WORDS))


def likewise(s: Sentence, span: NameSpan) -> bool:
    """Whether "as does", "как и", "як і" right before the name gives it the state of the clause before."""
    return bool(_LIKEWISE.search(s.text[max(0, span.start - LIKEWISE_REACH):span.start]))


def too_after(s: Sentence, span: NameSpan) -> bool:
    """Whether the name's clause is only the name and "too" ("Nasta Loika too; ...", "И Андрей Почобут тоже.",
    "Ігор Ільяш також."): the clause borrows the state told of the person named before it."""
    too = s.lex.derived("too_after_name", lambda L: r"\s*,?\s*(?:" + L.source("TOO") + r")\s*(?:[,;:.!?)—–]|$)")
    return bool(too.match(s.plain, s.plain_view.at(span.end)))


_SOMEONE_ELSES = re.compile(r"(?:^|\s)(?:of|for|to|with)\s|['’]s\s", re.IGNORECASE)
# A conjunction right after the name's comma opens the next item of a list ("X, а также глава профсоюза Y",
# "X, and the union leader Y"): the office is the next person's.
_NEXT_ITEM = re.compile(r"^(?:and|as well as|а также|а таксама|а також|а|и|і|й|та|also|также|таксама|також)\s",
                        re.IGNORECASE)


def title_after(L, text: str, b: int) -> bool:
    """Whether an office stands in apposition right after the name at lemma offset `b` ("X, a deputy assistant secretary
    of state, ...", "X, посол США, ..."), not a former one."""
    title = L.derived("title_after", lambda L: r"\s*,\s*(?:(?:an?|the)\s+)?(?P<words>(?:[^\W\d]+[\s-]+){0,4}?)(?:"
                      + L.source("OTHER_TITLES") + r")(?!\w)")
    found = title.match(text, b)
    # (Not someone else's title: "Siarhei Tsikhanouski, the husband of exiled opposition leader ...", "муж главы ...";
    # nor the title of who reports it: "..., среди них X, сообщил уполномоченный", "X, said the envoy".)
    words = found.group("words") if found else ""
    return bool(found) and not (L["FORMER"].search(words) or _SOMEONE_ELSES.search(words) or L["KIN_BEFORE"].search(words)
                                or _NEXT_ITEM.match(words) or L["SPEAKER_VERBS"].search(words))


def inside_anothers_relative(s: Sentence, view: LemmaView, span: NameSpan) -> tuple[int, int] | None:
    """The relative clause of another name, opened by a pronoun that is not its subject, that the name stands in, in
    lemma offsets ("Марфа Рабкова, о которой пишет Костюгова, была освобождена", "Losik, whom Znak mentions, was
    freed"): the name is that clause's subject and takes nothing from the main clause around it."""
    opener = s.lex.derived("relative_oblique", lambda L: r"\s*,\s*(?:" + L.source("RELATIVE_OBLIQUE") + r")(?!\w)")
    for other in name_spans(s):
        if other.end > span.start:
            break
        opens = opener.match(s.text, other.end)
        if opens is None or s.text.find(",", opens.end(), span.start) != -1:
            continue
        stop = _CLAUSE_STOP.search(s.text, span.end)
        return view.at(opens.end()), view.at(stop.start() if stop else len(s.text))
    return _subject_of_things_relative(s, view, span)


def _subject_of_things_relative(s: Sentence, view: LemmaView, span: NameSpan) -> tuple[int, int] | None:
    """The relative clause of a thing, not a name, whose subject the name is, closed by a comma or the sentence's end
    ("«Вясна», якую заснаваў X, паведамляе", "Viasna, the group X founded, says"): the name founded or leads it, and
    takes nothing from the main clause."""
    opened = s.lex.derived("things_relative_before", lambda L: r"(?:,\s*(?:" + L.source("RELATIVE_OBLIQUE") + r")"
                           r"|(?:" + L.source("CONTACT_RELATIVE") + r"))\s+(?:[^\W\d]+\s+)?$")
    opens = opened.search(s.text, max(0, span.start - 60), span.start)
    # (Only the clause's own verb may follow the name before its comma: "whom X met, ..." and "X founded, ...".)
    closed = re.compile(r"(?:\s+[^\W\d]+)?\s*(?:[,;(]|\s[\u2014\u2013]\s|[.!?]?\s*$)").match(s.text, span.end)
    if opens is None or closed is None:
        return None
    return view.at(opens.start()), view.at(closed.end())
