"""Strip a scraped page to the article's own lines, before anything else reads it.

News pages reach the extractor as a scraper saw them: mastheads with the day's date, navigation rows,
post stamps ("13 грудня 2025, 19:40 · Оновлено ..."), a timestamp glued to the headline
("14 ноября 2025, 18:42Лукашенко помиловал"), bylines, photo captions and credits, tag and share
rows, "Read also" link lists and, after a closing heading, other stories. None of it is the story.
"""

import re
import unicodedata

from bot.extract.dates import find_dates
from bot.extract.given_names import first_name
from bot.extract.lexicon import MONTHS, WEEKDAYS

MAX_CHARS = 200_000

_INVISIBLE = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x00AD]
    + list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A)), None)
_INNER_APOSTROPHE = re.compile(r"(?<=\w)[’ʼ](?=\w)")
# Latin letters that look like Cyrillic ones, typed or pasted inside a Cyrillic word ("Лукашенкo" with a Latin o).
_HOMOGLYPHS = str.maketrans("aceiopxyACEHIKMOPTXB", "асеіорхуАСЕНІКМОРТХВ")
_SCRIPTS_TOUCH = re.compile(r"[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")
_WORD_RUN = re.compile(r"[^\W\d_]+")
_SPACES = dict.fromkeys([0x00A0, 0x202F, 0x2009, 0x2007, 0x2002, 0x2003, 0x2008, 0x3000], " ")

# A heading after which a news page shows other stories, not the article.
_END_HEADING = re.compile(
    r"(?:latest stories|latest news|recent news|more news|editors['’]? picks|news feed|most read|most popular"
    r"|you may also like|recommended(?: for you)?|more from \w+|more on this(?: story| topic)?|previous"
    r"|comments?(?: \(\d+\))?"
    r"|другие новости|похожие новости|самое читаемое|популярное|последние новости|комментарии(?: \(\d+\))?"
    r"|больше материалов(?: [\w-]+)?|больш матэрыялаў(?: [\w-]+)?|більше матеріалів(?: [\w-]+)?"
    r"|іншыя навіны|іншыя матэрыялы|больш навін|папулярнае|апошнія навіны|другие материалы|інші матеріали"
    r"|інші новини|останні новини|популярне|коментарі(?: \(\d+\))?)"
    r"\s*:?", re.IGNORECASE)
# A heading over a list of links, often in the middle of the story: the links go, the story goes on.
_LINKS_HEADING = re.compile(
    r"(?:read more|read also|see also|related(?: articles| news| stories| posts)?|also read"
    r"|читайте также|читайте тоже|смотрите также|новости по теме|по теме"
    r"|чытайце таксама|глядзіце таксама|навіны па тэме|па тэме"
    r"|читайте також|дивіться також|новини за темою|по темі)\s*:?", re.IGNORECASE)
_DROP_START = re.compile(
    r"^(?:also read|read more|read also|see also|related:|читайте также|читайте тоже|смотрите также"
    r"|чытайце таксама|глядзіце таксама|читайте також|дивіться також|по темі|по теме|па тэме)(?!\w)",
    re.IGNORECASE)
# Rows of page furniture: subscribe and share calls, tags, bylines and credits.
_DROP_SHORT = re.compile(
    r"^(?:subscribe|advertisement|skip to content|pre-order now|share|sign up|listen|print|follow us"
    r"|\* indicates required|ok|x close|close|menu|search|log in|login|donate|support us"
    r"|подписаться|подпишитесь|подписывайтесь|реклама|поделиться|поддержать"
    r"|падпісацца|падпісвайцеся|падзяліцца|рэклама|падтрымаць"
    r"|підписатися|підписуйтеся|підписуйтесь|поширити|поділитися|реклама|підтримати"
    r"|tags?|теги|тэгі|теґи|темы|тэмы|теми|topics"
    r"|by|автор|аўтар|текст|тэкст|author|written by|reporting by|editing by|edited by|фото|фота|photo)(?!\w)",
    re.IGNORECASE)
_CREDIT_END = re.compile(r"\b(?:contributed(?: to this report)?|all rights reserved|trust principles)\.?$|ctrl\s*\+\s*enter",
                         re.IGNORECASE)
_CAPTION = re.compile(
    r"getty images|photo by|photo:|photo credit|/afp|/reuters|ap photo|via ap\b|via reuters|nurphoto|^file\s*[-–—]"
    r"|^\[file:|in this photo"
    r"|фото:|фото\s*—|фота:|фота\s*—|(?:^|\s)/\s*(?:фото|фота|photo)\b|архівне фото|архивное фото|архіўнае фота"
    r"|illustrative photo|иллюстративное фото|ілюстративне фото", re.IGNORECASE)
_COOKIE = re.compile(r"cookie|куки|файлы cookie", re.IGNORECASE)
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Words of a post stamp besides its dates and times: "Updated", "Оновлено", "2 hours ago", "GMT+3".
_STAMP_WORDS = re.compile(
    r"updated|published|posted|modified|ago|hours?|minutes?|mins?|min read|gmt|utc|cet|eet|at|on"
    # "Thu, 4 July 2024 at 10:07 pm AEST · 2-min read": a clock's half of the day, time zones, reading time.
    r"|am|pm|min|read|aest|aedt|bst|est|edt|cest|msk"
    r"|обновлено|опубликовано|абноўлена|апублікавана|оновлено|опубліковано|год|хв|мин|тому|назад|в|у|о",
    re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
# A time or a dated stamp at the start of a line, glued to the headline or lead that follows it.
_GLUED_STAMP = re.compile(
    r"^(?:date\s+)?(?:(?P<weekday>[^\W\d]+),?\s+)?(?:\d{4}-\d\d-\d\d|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[^\W\d]+\.?\s+\d{4}"
    r"|[^\W\d]+\.?\s+\d{1,2},?\s+\d{4})?[,\s·|]*(?:\d{1,2}:\d{2}(?:\s*[AP]M)?)?\s*(?=[A-ZА-ЯЁІЎЇЄҐ])")
# Rows of navigation: several short items separated by pipes or wide gaps, no sentence in them.
_NAV_SPLIT = re.compile(r"\s*[|·•]\s*|\s{2,}|\s+/\s+")
# "1. Name, town" / "2) Name": the number of a list item, not a count.
_NUMBERING = re.compile(r"^\d{1,2}[.)]\s+(?=[^\W\d])")
# A photo report's caption number ("Фота 2. Журналіст Ігар Ільяш з жонкай.", "Photo 1. X signs postcards"): the caption
# after it is the story, not a photo credit.
_PHOTO_NUMBER = re.compile(r"^(?:photo|pic|фото|фота|світлина)\s*№?\s*\d{1,2}\s*[.:)]\s+(?=[^\W\d])", re.IGNORECASE)
SENT_END = re.compile(r"[.!?…][\"”»’)]*$")
# A release word in any of the four languages, as written (stems): a dated headline that tells a release stays.
_RELEASE_STEM = re.compile(r"pardon|releas|freed|free|помил|освобо|вызвал|звільн|памілав|вышл|выйшл|вийшл",
                           re.IGNORECASE)


def normalize(text: str) -> str:
    """NFC text without invisible marks, stress accents or exotic spaces, capped at MAX_CHARS."""
    text = text[:MAX_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_SPACES)
    if _SCRIPTS_TOUCH.search(text):
        text = _WORD_RUN.sub(_cyrillic_homoglyphs, text)
    # One apostrophe inside words ("п’ятниця", "Вераб’ёў", "політв'язні"), so the tables spell them once.
    text = _INNER_APOSTROPHE.sub("'", text)
    # (Each distinct character is asked once: a long page has few of them and hundreds of thousands of characters.)
    marks = [c for c in set(text) if unicodedata.combining(c)]
    return text.translate(dict.fromkeys(map(ord, marks))) if marks else text


def _cyrillic_homoglyphs(match: re.Match) -> str:
    """A word mixing scripts spelled wholly in Cyrillic when its Latin letters all have Cyrillic twins."""
    word = match.group()
    if not any("\u0400" <= c <= "\u04ff" for c in word) or not any(c.isascii() for c in word):
        return word
    spelled = word.translate(_HOMOGLYPHS)
    return spelled if not any(c.isascii() for c in spelled) else word


def _is_stamp(line: str) -> bool:
    """A line of dates, times and stamp words only ("26 вересня 2025 14:10 · Оновлено 15:02")."""
    if SENT_END.search(line) or len(line) > 120:
        return False
    dated = bool(_CLOCK.search(line)) or any(d for _, d in find_dates(line, None))
    if not dated:
        return False
    words = [w for w in _WORD.findall(line) if not (_STAMP_WORDS.fullmatch(w) or _is_calendar_word(w))]
    return len(words) <= 2


def _is_calendar_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in MONTHS or any(low.startswith(stem) for stem in WEEKDAYS)


def _is_date_header(line: str) -> bool:
    """A short top line holding a full date and no release word: the site's masthead, not the story."""
    return (len(line) < 100 and bool(_YEAR.search(line)) and not SENT_END.search(line)
            and len(line.split()) <= 12 and any(d for _, d in find_dates(line, None))
            and not _RELEASE_STEM.search(line))


# A table's cell that opens with a count and its noun ("3 года колонии", "4 years"): a table row, not a menu.
_COUNT_CELL = re.compile(r"^\s*\d[\d,.]*\s+[^\W\d]")


def _is_navigation(line: str) -> bool:
    items = [i for i in _NAV_SPLIT.split(line) if i]
    # A table's header ends in a colon ("Освобождены (ФИО | город | приговор):"); a menu does not.
    return (len(items) >= 3 and not SENT_END.search(line) and all(len(i.split()) <= 4 for i in items)
            and not any(_COUNT_CELL.match(i) for i in items) and not line.endswith(":"))


def _unglue(line: str) -> str:
    """The line without a leading timestamp glued to it ("17:12MINSK", "14 ноября 2025, 18:42Лукашенко")."""
    m = _GLUED_STAMP.match(line)
    if not m or not m.group().strip() or (m.group("weekday") and not _is_calendar_word(m.group("weekday"))):
        return line
    stamp = m.group()
    if _CLOCK.search(stamp) or (_YEAR.search(stamp) and any(d for _, d in find_dates(stamp, None))):
        return line[m.end():]
    return line


# A heading in capitals opened by a person's name ("IHAR KARNEI", "MAKSIM ZNAK: A LAWYER AGAIN", "ПАЛИНА ШАРЕНДА-ПАНАСЮК"):
# the first name, the surname, and whatever else the heading says.
_CAPITALS_NAME_HEADING = re.compile(r"([^\W\d_]+)(\s+[^\W\d_][\w'’-]*)(?=$|\s*[:,—–(]|\s+[^\W\d_])(.*)")
# A heading is short: a name and a few words about the person.
HEADING_WORDS = 8


def _name_heading_in_capitals(line: str) -> str:
    """A profile's heading written in capitals, as the person's name in the usual case and the rest in lower case ("Maksim
    Znak: a lawyer again"): capitals hide which words are names."""
    if line != line.upper() or line == line.lower() or len(line.split()) > HEADING_WORDS:
        return line
    m = _CAPITALS_NAME_HEADING.fullmatch(line)
    if m is None or first_name(m.group(1).title()) is None:
        return line
    return m.group(1).title() + m.group(2).title() + m.group(3).lower()


def _is_chrome(line: str) -> bool:
    return bool(
        _DROP_START.match(line) or (len(line) < 80 and _DROP_SHORT.match(line)) or _CAPTION.search(line)
        or (_COOKIE.search(line) and len(line) > 60) or (len(line) < 200 and _CREDIT_END.search(line))
        or _is_navigation(line) or _is_stamp(line))


# How many words the text of a photo caption must have before its credit to tell of someone ("Maria Kalesnikava after her
# release, Vilnius. Photo: Reuters").
CAPTION_WORDS = 3


def caption_lines(text: str) -> list[str]:
    """The photo captions of the page without their credits ("Maria Kalesnikava after her release, Vilnius."), dropped
    from the article's own lines as chrome (`clean_lines`): they may still tell a pictured person's state."""
    found: list[str] = []
    for line in normalize(text).split("\n"):
        line = line.strip(" \t•*|")
        credit = _CAPTION.search(line)
        caption = line[:credit.start()].strip(" \t(|/—–-") if credit else ""
        if len(caption.split()) >= CAPTION_WORDS:
            found.append(caption)
    return found


# A section label before a page's date stamp: one or two words, a separator, then the stamp.
_SECTION_LABEL = re.compile(r"^([^\W\d_][\w'’-]{2,20}(?: [^\W\d_][\w'’-]{2,20})?)\s*[·|•/]\s*\S")


def clean_lines(text: str) -> list[str]:
    """The article's own lines: page chrome dropped, and everything after a closing heading cut."""
    lines = [_NUMBERING.sub("", _PHOTO_NUMBER.sub("", ln.strip(" \t•*|-–"))) for ln in normalize(text).split("\n")]
    kept: list[str] = []
    body_chars = 0
    in_links = False
    for line in lines:
        line = _name_heading_in_capitals(_unglue(line))
        if not line:
            continue
        if _END_HEADING.fullmatch(line) and body_chars >= 300:
            break
        if _LINKS_HEADING.fullmatch(line):
            in_links = True
            continue
        if in_links and not SENT_END.search(line):
            # A headline of the link list ("Литва снова закрыла два пункта пропуска"): no full stop, not the story.
            continue
        in_links = False
        if _is_chrome(line) or (len(kept) < 3 and _is_date_header(line)):
            label = _SECTION_LABEL.match(line)
            if label and (_is_stamp(line) or _is_date_header(line)):
                # "Мнения · 19 сентября 2025", "Opinion | March 3, 2025": the stamp goes, its section label stays (an
                # opinion label marks a comment piece).
                kept.append(label.group(1))
            continue
        kept.append(line)
        if SENT_END.search(line):
            body_chars += len(line)
    return kept
