"""Deaths in custody told by an ordinal: "at least the ninth death of a political prisoner since 2020" is nine."""

import re

from bot.extract.lexicon import ordinal_pattern, ordinal_value
from bot.extract.model import Count
from bot.extract.qualifiers import qualifier_at
from bot.extract.sources import source_of
from bot.extract.text import Sentence

# "как минимум девятая", "at least the ninth": the article between the hedge and the ordinal.
_ARTICLE_BEFORE = re.compile(r"\s*\bthe\s*$", re.IGNORECASE)


def death_by_ordinal(sentences: list[Sentence]) -> tuple[Count, Sentence] | None:
    """The first death the text numbers by an ordinal ("это как минимум девятая смерть политзаключенного",
    "щонайменше восьма смерть"), as a count of the deaths so far; None when no sentence numbers one."""
    for s in sentences:
        text = s.unquoted
        noun = s.lex.derived("death_noun_after_ordinal", lambda L: r"\s+(?:[^\W\d]+\s+){0,2}?(?:"
                             + L.source("DEATH_NOUN") + r")(?!\w)")
        for found in ordinal_pattern(s.langs).finditer(text):
            if not noun.match(text, found.end()):
                continue
            hedge = _ARTICLE_BEFORE.sub(" ", text[max(0, found.start() - 40):found.start()])
            qualifier = qualifier_at(hedge.rstrip() + " ")[0]
            return Count(ordinal_value(found, s.langs), qualifier, source_of(s.text), s.text), s
    return None
