"""Say who states a figure: Viasna, human rights groups, the president's office, or a named body (in the four languages
the extractor reads)."""

import re

# (Ukrainian outlets decline the Belarusian name their own way: "за даними «Вясни»", "у «Вясні»".)
_VIASNA = re.compile(r"Viasna|Vyasna|Viasna|Вясн[аыуеояиі]|«Весн[аыуе]»|\bВесн[аыуе]\b(?! \d)|viasna", re.UNICODE)
_RIGHTS = re.compile(
    r"(?:human[- ])?rights (?:groups?|organi[sz]ations?|activists|defenders|advocates|watchdogs?|monitors?)"
    r"|human rights|правозащит\w*|праваабарон\w*|правозахис\w*", re.IGNORECASE)
_PRESS = re.compile(
    r"press (?:service|office|secretary)|пресс-служб\w*|прэс-служб\w*|прес-служб\w*|пресс-секретар\w*|прэс-сакратар\w*"
    r"|прес-секретар\w*",
    re.IGNORECASE)
_ADMIN = re.compile(
    r"presidential administration|president['’]s (?:website|office|administration)|lukashenko['’]s office"
    r"|his office|администраци\w* президента|сайт\w* президента|офис\w* президента"
    r"|адміністрацы\w* прэзідэнта|сайт\w* прэзідэнта|адміністраці\w* президента|офіс\w* президента", re.IGNORECASE)
_ACCORDING = re.compile(
    r"(?:according to|reported by|по данным|по информации|согласно|паводле|па дадзеных|па звестках|за даними|за інформацією"
    r"|згідно з)\s+"
    r"(?:the\s+)?([A-ZА-ЯЁІЎ«\"][\w«»\"'’ -]{1,60}?)(?=[,.;:]|$| said| reported)")


def source_of(text: str) -> str | None:
    """The normalised source named in `text`, or None when it names none."""
    if _VIASNA.search(text):
        return "Viasna"
    if _PRESS.search(text):
        return "Lukashenko's press service"
    if _ADMIN.search(text):
        return "the presidential administration"
    if _RIGHTS.search(text):
        return "human rights groups"
    m = _ACCORDING.search(text)
    if m:
        return m.group(1).strip(" «»\"'’")
    return None
