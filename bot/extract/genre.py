"""Pages that report no round whatever figures they tell: periodic reviews and opinion pieces."""

import re

from bot.extract.chrome import SENT_END
from bot.extract.events import HEADLINE_SENTENCES, headline_index
from bot.extract.lexicon import MONTHS, Lexicon
from bot.extract.numbers import find_numbers
from bot.extract.text import Sentence
from bot.extract.verbs import releases

# A headline line of a periodic review: a month and a year and no day ("Human rights situation. September 2025").
_MONTH_YEAR = re.compile(r"^\W*(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s+(?:19|20)\d\d\W*$",
                         re.IGNORECASE)

# Sentences in the author's own voice ("На мою думку, ...", "I believe ...") that make a page a comment piece.
OPINION_SENTENCES = 2
# Questions outside quotes that, with the author's "I", make a page a comment piece.
OPINION_QUESTIONS = 2


_WORD = re.compile(r"[^\W\d_]+")


def _outlet_name(L: Lexicon, text_field: str, plain_field: str, found: re.Match) -> bool:
    """Whether the review word `found` ends a name ("The Minsk Review", "Укрінформ-огляд"): it is the field's last
    word, after a capitalised word that is neither a month ("August review") nor a review word ("Monthly review")."""
    if plain_field[found.end():].strip(" -\u2014\u2013.:"):
        return False
    before = _WORD.findall(plain_field[:found.start()])
    if not before:
        return False
    words = _WORD.findall(text_field)
    if len(words) < len(before):
        return False
    last = words[len(before) - 1]
    return last[0].isupper() and last.lower() not in MONTHS and not L["REVIEW"].fullmatch(last.lower())


def _review_label(s: Sentence) -> bool:
    """Whether a heading line labels the page a review. A masthead ("Укрінформ-огляд | Світ", "The Regional Review")
    names the outlet: a review word that ends the outlet's name is no label; one standing as a field of its own is
    ("Новости | Обзор")."""
    texts, plains = s.text.split("|"), s.plain.split("|")
    if len(texts) != len(plains):
        return bool(s.lex["REVIEW"].search(s.plain))
    for text_field, plain_field in zip(texts, plains, strict=True):
        found = s.lex["REVIEW"].search(plain_field)
        if found and not _outlet_name(s.lex, text_field, plain_field, found) and not _outlet_field(s.lex, plain_field):
            return True
    return False


def _outlet_field(L: Lexicon, plain_field: str) -> bool:
    """"Source: Belarus news digest", "Источник: дайджест новостей": a field labelled as the page's source names the
    outlet that carried the news, whatever the outlet calls itself; it labels no page a review."""
    return bool(L.derived("outlet_label", lambda L: r"^\W*(?:" + L.source("OUTLET_LABEL") + r")\s*:").match(plain_field))


def is_review(sentences: list[Sentence]) -> bool:
    """Whether the headline names a periodic review ("Обзор за сентябрь", "August review"), whose rounds are
    statistics, or the page is an opinion piece: a label line ("Колонка") or the author's own voice."""
    start = headline_index(sentences)
    voiced = [s for s in sentences if s.lex["OPINION_VOICE"].search(s.plain)]
    if len(voiced) >= OPINION_SENTENCES:
        # "На мою думку, ... Я вважаю, що ...": a columnist comments on a round the news told days before.
        return True
    if any(s.lex["AUTHORS_VIEW"].search(s.plain) for s in sentences):
        # "Мнение автора может не совпадать с позицией редакции", "The views expressed are the author's own".
        return True
    body = sentences[start + 1:]
    paragraph_sizes: dict[int, int] = {}
    for s in body:
        paragraph_sizes[s.para] = paragraph_sizes.get(s.para, 0) + 1
    # A question alone in its paragraph is a subheading ("Кто эти люди?"), not the author asking.
    questions = [s for s in body if s.unquoted.rstrip(" »\"”").endswith("?") and paragraph_sizes[s.para] > 1]
    # "Мне кажется, это сигнал Западу, — написал аналитик": another speaker's "I", told without quotes.
    voice = [s for s in body if s.lex["FIRST_PERSON"].search(s.plain) and not s.lex["SPEAKER_VERBS"].search(s.plain)]
    if len(questions) >= OPINION_QUESTIONS and voice:
        # "А що отримали білоруси? ... Я не бачу для цього жодних підстав": rhetorical questions in the author's own
        # voice make a column, whatever its label.
        return True
    # A headline of two short sentences ("Памілаванне як канвеер. Што паказала ...") starts at its second: the label
    # stands over its first.
    first = next((s.index for s in sentences if s.para == sentences[start].para), start)
    for s in sentences[max(0, first - 1):start + 3]:
        if s.lex.derived("opinion_label", lambda L: r"^\W*(?:" + L.source("OPINION") + r")\W*$").match(s.plain):
            # "Колонка", "Opinion" right over or under the headline (not in the navigation rows before it).
            return True
    headline = sentences[start] if sentences else None
    prefix = headline.lex.derived("opinion_prefix", lambda L: r"^\W*(?:" + L.source("OPINION")
                                  + r")\s*[:|\u2014\u2013]") if headline else None
    if prefix and prefix.match(headline.plain):
        # "Opinion: Why the release of 52 ...", "Мнение | Почему ...": the label opens the headline itself.
        return True
    for s in sentences[:HEADLINE_SENTENCES]:
        # A headline may end in a full stop ("Травень у лічбах: 51 новы палітвязень, 34 вызваленыя."): its line counts.
        heading = not SENT_END.search(s.text) or (headline is not None and s.para == headline.para)
        if heading and (_review_label(s) or _MONTH_YEAR.match(s.text)
                                            or (s.lex["PERIOD"].search(s.plain) and not releases(s.lex, s.plain))):
            if _release_told_before_the_label(s, sentences):
                # "Belarus frees 40 more political prisoners. A chronology": the news first, then its background.
                continue
            return True
    return False


def _release_told_before_the_label(label: Sentence, sentences: list[Sentence]) -> bool:
    """Whether a sentence before the label (the headline, the lead) tells a release of a number of people: the label
    ("A chronology", a "ХРОНОЛОГІЯ" section) heads the background of that news. A rubric in a masthead's fields
    ("Digest | 2 July 2025") labels the whole page whatever the headline tells."""
    return "|" not in label.text and any(releases(s.lex, s.plain) and any(n.kind == "count" for n in find_numbers(s.text))
                                         for s in sentences[:label.index])


def is_feature(sentences: list[Sentence]) -> bool:
    """Whether a line of the page's header labels it an interview or a profile ("Interview | July 3, 2025", "Профіль ·
    16 грудня 2025"): the release of the person it is about is its background, not its news."""
    for s in sentences[:HEADLINE_SENTENCES + 1]:
        label = s.lex.derived("feature_label", lambda L: r"^\W*(?:" + L.source("FEATURE_LABEL")
                              + r")(?:\s*(?:[|·•,:\u2014\u2013-]|by\s)|\s*$)")
        if not SENT_END.search(s.text) and (label.match(s.plain) or label.match(s.text.lower())):
            return True
    return False
