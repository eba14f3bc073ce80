"""Find numbers in a sentence: digits with any thousands separator and number words in en/ru/be."""

import re
from dataclasses import dataclass

from bot.extract.lexicon import (
    APPROXIMATE_SCALES,
    FOLDED_NUMBER_WORDS,
    LONE_SCALES,
    MONTHS,
    MULTIPLIERS,
    NUMBER_WORDS,
    VAGUE_THOUSANDS,
)
from bot.extract.morph import fold_be
from bot.extract.qualifiers import qualifier_before

# One separator character between groups of exactly three digits: no nested repetition to backtrack.
_DIGITS = re.compile(r"(?<![\d.,:])(\d{1,3}(?:[,. \u00a0\u202f\u2009]\d{3})+|\d+)(?!\d|[.,:]\d)")
# A word, with the apostrophe Ukrainian and Belarusian spell inside it ("дев'ятеро", "п'ятнадцять").
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
# "1,1 тысячи", "1.2 thousand": a decimal only ever counts people when a thousand follows it.
# "тыс." in Russian and Belarusian, "тис." in Ukrainian.
_DECIMAL_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})[.,](\d\d?)(?=\s*(?:тыс|тис|thousand))", re.IGNORECASE)
_THOUSAND_ABBR = re.compile(r"\s*т[ыи]с\.?(?!\w)", re.IGNORECASE)
# "several hundred", "несколько тысяч": a scale word with no number of its own is no figure.
_VAGUE_BEFORE = re.compile(r"(?:several|a few|few|many|some|hundreds of|thousands of|несколько|нескольких|многие"
                           r"|некалькі|некалькіх|шмат)\s+$", re.IGNORECASE)
# "a dozen", "десяток", "полтора десятка": a scale word standing alone for its number, longest phrase first.
_LONE_SCALE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in sorted(LONE_SCALES, key=len, reverse=True))
                         + r")(?!\w)", re.IGNORECASE)
_JOIN = re.compile(r"[\s\-\u2010\u2011\u2013]{1,3}|\s+and\s+")
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_BEFORE = re.compile(rf"(?:^|\W)(?:{_MONTH_WORDS})\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^\s*(?:{_MONTH_WORDS})(?!\w)", re.IGNORECASE)
_MONEY_BEFORE = re.compile(r"[$€£₽¥]\s*$")
_MONEY_AFTER = re.compile(
    r"^\s*(?:%|percent|per cent|million|billion|bn|dollars|euros|rubles|roubles|процент\w*|працэнт\w*"
    r"|млн|млрд|миллион\w*|мільён\w*|долларов|даляраў|рубл\w*|руб|евро|еўра)(?!\w)", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(
    r"(?:^|\W)(?:article|articles|art\.|part|clause|статья|статьи|статье|статью|ст\.|ч\.|част\w*"
    r"|артыкул\w*|арт\.)\s*$"
    # "калонія №4", "No. 9": the number of an institution, not a count.
    r"|(?:№|no\.|#)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Num:
    """A number found in a sentence; `kind` tells counts from years, dates, money and law articles."""

    value: int
    start: int
    end: int
    kind: str
    # A scale word that stands for "about so many" ("a dozen", "десяток"): a standing count may be told so, a round's
    # size not.
    approximate: bool = False
    # The two ends of a range read as one figure ("20–25", "от 20 до 25"): a round of so many is told, its size is not.
    is_range: bool = False

    @property
    def told_exactly(self) -> bool:
        """Whether the figure states a count, not "about a dozen" or "20 to 25"."""
        return not (self.approximate or self.is_range)


def _digits_value(raw: str) -> int:
    return int(re.sub(r"\D", "", raw))


def _kind(text: str, start: int, end: int, raw: str, is_word: bool) -> str:
    before, after = text[max(0, start - 30):start], text[end:end + 30]
    if _ARTICLE_BEFORE.search(before):
        return "article"
    if _MONEY_BEFORE.search(before) or _MONEY_AFTER.match(after):
        return "money"
    # "30 сентября 1179 человек": a figure after a month is its day or year only when it can be one.
    month_before = (not is_word and _MONTH_BEFORE.search(before)
                    and (_digits_value(raw) <= 31 or 1900 <= _digits_value(raw) <= 2099))
    if not is_word and (month_before or _MONTH_AFTER.match(after)):
        return "date"
    if not is_word and raw.isdigit() and len(raw) == 4 and 1900 <= int(raw) <= 2099:
        return "year"
    # An age or a span ("39-year-old", "39-річна", "45-летнего"), never a count of people.
    if not is_word and (after.startswith(("-year", "-yr", "-летн", "-гадов", "-річн", " лет", " гадоў", " років",
                                          " years"))):
        return "duration"
    return "count"


def _compose(values: list[int]) -> int:
    total, current = 0, 0
    for v in values:
        if v == 100:
            current = max(current, 1) * 100
        elif v == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += v
    return total + current


def _word_numbers(text: str) -> list[tuple[int, int, int]]:
    found: list[tuple[int, int, int]] = []
    run: list[tuple[int, int, int]] = []

    def flush() -> None:
        if run:
            found.append((_compose([v for v, _, _ in run]), run[0][1], run[-1][2]))
            run.clear()

    for m in _WORD.finditer(text):
        value = NUMBER_WORDS.get(m.group().lower())
        if value is None and "ь" in m.group():
            value = FOLDED_NUMBER_WORDS.get(fold_be(m.group()))
        scale = MULTIPLIERS.get(m.group().lower())
        if scale and run and _JOIN.fullmatch(text[run[-1][2]:m.start()]):
            # "двух десятков": the noun multiplies the number before it, and only then.
            found.append((_compose([v for v, _, _ in run]) * scale, run[0][1], m.end()))
            run.clear()
            continue
        if value is None:
            if not (run and m.group().lower() == "and"):
                flush()
            continue
        gap = text[run[-1][2]:m.start()] if run else ""
        # "and" only binds after hundreds ("two hundred and five"), never "three and four".
        if run and (not _JOIN.fullmatch(gap) or ("and" in gap and run[-1][0] % 100)):
            flush()
        run.append((value, m.start(), m.end()))
    flush()
    return found


def _scaled(text: str, nums: list[Num]) -> list[Num]:
    """Join a figure with the thousand after it ("4 тысячи", "1,1 тыс.") and drop vague scale words."""
    out: list[Num] = []
    for n in nums:
        prev = out[-1] if out else None
        if n.value == 1000 and prev is not None and prev.kind == "decimal" and not text[prev.end:n.start].strip():
            out[-1] = Num(prev.value, prev.start, n.end, "count")
        elif n.kind == "decimal":
            abbr = _THOUSAND_ABBR.match(text, n.end)
            out.append(Num(n.value, n.start, abbr.end(), "count") if abbr else n)
        elif (n.value == 1000 and prev is not None and prev.kind == "count" and prev.value < 1000
                and not text[prev.end:n.start].strip()):
            out[-1] = Num(prev.value * 1000, prev.start, n.end, "count")
        elif n.value in (100, 1000) and _VAGUE_BEFORE.search(text[max(0, n.start - 20):n.start]):
            continue
        elif (text[n.start:n.end].lower() in VAGUE_THOUSANDS
              and qualifier_before(text[max(0, n.start - 40):n.start]) == "exact"):
            # "осудили тысячи человек": thousands, no figure ("более тысячи" is over a thousand).
            continue
        else:
            abbr = _THOUSAND_ABBR.match(text, n.end) if n.kind == "count" and n.value < 1000 else None
            out.append(Num(n.value * 1000, n.start, abbr.end(), "count") if abbr else n)
    return out


def find_numbers(text: str) -> list[Num]:
    """All numbers in `text`, in order of appearance."""
    nums = []
    for m in _DIGITS.finditer(text):
        raw = m.group(1)
        nums.append(Num(_digits_value(raw), m.start(1), m.end(1), _kind(text, m.start(1), m.end(1), raw, False)))
    for m in _DECIMAL_THOUSANDS.finditer(text):
        # Tenths or hundredths of a thousand: "1,1" and "1,15" stand for 1.1 and 1.15 of the thousand joined on below.
        fraction = int(m.group(2)) * (100 if len(m.group(2)) == 1 else 10)
        nums.append(Num(int(m.group(1)) * 1000 + fraction, m.start(), m.end(), "decimal"))
    for value, start, end in _word_numbers(text):
        nums.append(Num(value, start, end, _kind(text, start, end, text[start:end], True)))
    for m in _LONE_SCALE.finditer(text):
        if not any(n.start < m.end() and m.start() < n.end for n in nums):
            # "at least a dozen": the number starts at the scale word, so "at least a" stays its hedge.
            start = m.start() + (2 if m.group().lower().startswith("a ") else 0)
            phrase = m.group().lower()
            nums.append(Num(LONE_SCALES[phrase], start, m.end(), "count", approximate=phrase in APPROXIMATE_SCALES))
    return _scaled(text, sorted(nums, key=lambda n: n.start))


# "20–25" written close, or "от 20 до 25", "паміж 20 і 25", "between 20 and 25" ("from 1,100 to 1,150" and "с 1100 до
# 1150" are changes, and a spaced dash is a chronology's "2025 — 52": neither is a range).
_RANGE_DASH = re.compile(r"[\u2013-]")
_RANGE_OPENS = re.compile(r"(?:^|\W)(?:от|ад|від|between|между|паміж|між)\s+$", re.IGNORECASE)
_RANGE_JOINS = re.compile(r"\s+(?:до|да|and|и|і|та)\s+", re.IGNORECASE)


def joined_ranges(text: str, counts: list[Num]) -> list[Num]:
    """`counts` with each range's two ends read as one figure, the upper end's value (`is_range`)."""
    out: list[Num] = []
    for n in counts:
        low = out[-1] if out else None
        gap = text[low.end:n.start] if low else ""
        if (low is not None and not low.is_range and low.value < n.value
                and (_RANGE_DASH.fullmatch(gap) or (_RANGE_JOINS.fullmatch(gap)
                                                    and _RANGE_OPENS.search(text[max(0, low.start - 12):low.start])))):
            out[-1] = Num(n.value, low.start, n.end, "count", is_range=True)
        else:
            out.append(n)
    return out


def parse_number(text: str) -> int | None:
    """The value of a single number written in digits or words, or None."""
    nums = find_numbers(text.strip())
    return nums[0].value if len(nums) == 1 else None
