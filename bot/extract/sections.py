"""The headings of an article's sections: a short line of its own that tells a state ("Still behind bars", "За кратамі
застаюцца") gives it to the people whose paragraphs follow it (`people.find_names`)."""

import re

from bot.extract.chrome import SENT_END
from bot.extract.cues import list_role
from bot.extract.names import name_spans
from bot.extract.text import Sentence

# How many words a section's heading may have ("Still behind bars", "За кратамі застаюцца").
HEADING_WORDS = 6


def section_heading(sentences: list[Sentence], i: int) -> bool:
    """A short line of its own that tells a state and names no one ("Still behind bars", "За решеткой остаются"): the
    heading of a section whose paragraphs each open with a person ("Mikalai Statkevich, 69, an opposition veteran.").
    Not the article's title, which may tell both states ("Who is free and who is still held"), nor a headline with a
    count."""
    s = sentences[i]
    alone = (i + 1 == len(sentences) or sentences[i + 1].para != s.para) and sentences[i - 1].para != s.para
    # A section comes after some of the story: a headline ("Lukashenko pardons political prisoners") comes before any
    # sentence, and the byline after it is no item of it.
    after_story = any(SENT_END.search(x.text) for x in sentences[:i])
    return (after_story and alone and not SENT_END.search(s.text) and len(s.text.split()) <= HEADING_WORDS
            and not re.search(r"\d", s.text) and not name_spans(s) and list_role(s.lex, s.plain) != "other")
