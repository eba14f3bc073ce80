"""A state a sentence leaves open: "It is not yet known whether X was among those freed".

A name inside an indirect question that the sentence calls unknown ("Был ли X среди освобожденных, пока неизвестно",
"Невідомо, чи звільнили X") is told neither freed nor held by it, whatever release or prison word the question holds.
"""

from bot.extract.names import NameSpan
from bot.extract.text import Sentence


def left_open(s: Sentence, span: NameSpan) -> bool:
    """Whether the name at `span` stands in a question the sentence says no one can answer yet."""
    L = s.lex
    whether = [m for m in L["WHETHER"].finditer(s.text) if m.end() <= span.start]
    if not whether:
        return False
    asked_from = whether[-1].start()
    if ";" in s.text[asked_from:span.start]:
        # "Whether A was freed is unclear; B was released": the question ended before the name.
        return False
    for unknown in L["UNKNOWN"].finditer(s.text):
        # "Unknown whether X ...": the question follows the word that calls it open; "Whether X ..., no one knows":
        # the word closes the question that holds the name.
        if unknown.end() <= asked_from or unknown.start() >= span.end:
            return True
    return False
