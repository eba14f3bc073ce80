"""Property tests of the extractor's number and date readers: numbers we write ourselves in digits
and in words (English, Russian, Belarusian) read back as the same value; dates in every style read
back as the same day; no text makes either reader fail or produce a date out of range."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extract.dates import find_dates
from bot.extract.numbers import find_numbers, parse_number

SEPARATORS = ["", ",", " ", "\u00a0", "\u202f", "\u2009", "."]

EN_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
           "sixteen seventeen eighteen nineteen".split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
RU_UNITS = "ноль один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать тринадцать " \
           "четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать".split()
RU_TENS = "_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split()
RU_HUNDREDS = "_ сто двести триста четыреста пятьсот".split()
BE_UNITS = "нуль адзін два тры чатыры пяць шэсць сем восем дзевяць дзесяць адзінаццаць дванаццаць трынаццаць " \
           "чатырнаццаць пятнаццаць шаснаццаць сямнаццаць васямнаццаць дзевятнаццаць".split()
BE_TENS = "_ _ дваццаць трыццаць сорак пяцьдзясят шэсцьдзясят семдзесят восемдзесят дзевяноста".split()
BE_HUNDREDS = "_ сто дзвесце трыста чатырыста пяцьсот".split()

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "be": "студзеня лютага сакавіка красавіка траўня чэрвеня ліпеня жніўня верасня кастрычніка лістапада "
          "снежня".split(),
}
FRAMES = {
    "en": "Lukashenko pardoned {} political prisoners, the press service said.",
    "ru": "Лукашенко помиловал {} политзаключённых, сообщила пресс-служба.",
    "be": "Лукашэнка памілаваў {} палітвязняў, паведаміла прэс-служба.",
}


def digits(n: int, separator: str) -> str:
    """n with its thousands grouped by `separator` ("" for none)."""
    grouped = f"{n:,}"
    return grouped.replace(",", separator) if separator else str(n)


def en_words(n: int, with_and: bool) -> str:
    parts = []
    if n >= 1000:
        parts += [en_words(n // 1000, with_and), "thousand"]
        n %= 1000
    if n >= 100:
        parts += [EN_UNITS[n // 100], "hundred"]
        n %= 100
        if n and with_and:
            parts.append("and")
    if n >= 20:
        parts.append(EN_TENS[n // 10] + (f"-{EN_UNITS[n % 10]}" if n % 10 else ""))
    elif n:
        parts.append(EN_UNITS[n])
    return " ".join(parts)


def slavic_words(n: int, units: list[str], tens: list[str], hundreds: list[str]) -> str:
    parts = []
    if n >= 100:
        parts.append(hundreds[n // 100])
        n %= 100
    if n >= 20:
        parts.append(tens[n // 10])
        n %= 10
    if n:
        parts.append(units[n])
    return " ".join(parts)


def counts(text: str) -> list[int]:
    return [n.value for n in find_numbers(text) if n.kind == "count"]


@given(st.integers(1, 9_999_999), st.sampled_from(SEPARATORS), st.sampled_from(sorted(FRAMES)))
def test_a_number_in_digits_reads_back_with_any_thousands_separator(n, separator, lang):
    if separator == "." and n < 1000:
        separator = ""  # "1.5" is a decimal, not a grouped number
    if not separator and 1900 <= n <= 2099:
        separator = ","  # a bare 1900–2099 is read as a year, by design
    written = digits(n, separator)
    assert parse_number(written) == n
    assert counts(FRAMES[lang].format(written)) == [n]


@given(st.integers(1, 99_999), st.booleans())
def test_an_english_number_in_words_reads_back(n, with_and):
    written = en_words(n, with_and)
    assert parse_number(written) == n, written
    assert counts(FRAMES["en"].format(written)) == [n]


@given(st.integers(1, 599))
def test_a_russian_number_in_words_reads_back(n):
    written = slavic_words(n, RU_UNITS, RU_TENS, RU_HUNDREDS)
    assert parse_number(written) == n, written
    assert counts(FRAMES["ru"].format(written)) == [n]


@given(st.integers(1, 599))
def test_a_belarusian_number_in_words_reads_back(n):
    written = slavic_words(n, BE_UNITS, BE_TENS, BE_HUNDREDS)
    assert parse_number(written) == n, written
    assert counts(FRAMES["be"].format(written)) == [n]


def written_dates(day: dt.date) -> list[str]:
    return [f"on {MONTHS['en'][day.month - 1]} {day.day}, {day.year}",
            f"on {day.day} {MONTHS['en'][day.month - 1]} {day.year}",
            f"{day.day} {MONTHS['ru'][day.month - 1]} {day.year} года",
            f"{day.day} {MONTHS['be'][day.month - 1]} {day.year} года",
            f"{day.day:02d}.{day.month:02d}.{day.year}",
            day.isoformat()]


@given(st.dates(dt.date(1990, 1, 1), dt.date(2099, 12, 31)))
def test_a_date_in_any_style_and_language_reads_back(day):
    for written in written_dates(day):
        assert [found for _, found in find_dates(f"The round was announced {written}.", None)] == [day], written


@given(st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31)), st.integers(1, 28), st.integers(0, 11))
def test_a_date_without_a_year_is_never_after_the_publication_date_by_more_than_days(published, day, month):
    text = f"Prisoners were freed on {MONTHS['en'][month]} {day}."
    [(_, found)] = find_dates(text, published)
    assert found is not None and found.month == month + 1 and found.day == day
    assert published - dt.timedelta(days=366) <= found <= published + dt.timedelta(days=3)


NOISE = st.text(alphabet=st.sampled_from(list("0123456789 .,-/:\u00a0\u202fJanuaryмартасакавікаyesterdayвчорацяgodz")),
                max_size=200)


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=300), NOISE), st.one_of(st.none(), st.dates(dt.date(2000, 1, 1),
                                                                                 dt.date(2099, 12, 31))))
def test_no_text_makes_the_readers_fail_or_give_a_date_out_of_range(text, published):
    for number in find_numbers(text):
        assert number.value >= 0 and 0 <= number.start < number.end <= len(text)
    for position, found in find_dates(text, published):
        assert 0 <= position < len(text)
        if found is not None:
            assert dt.date(1900, 1, 1) <= found <= dt.date(2100, 1, 1)
