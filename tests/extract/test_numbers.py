import pytest

from bot.extract.numbers import find_numbers, parse_number


@pytest.mark.parametrize("text,value", [
    ("1,278", 1278), ("1 278", 1278), ("1\u00a0278", 1278), ("1\u202f278", 1278), ("1.278", 1278),
    ("12,000", 12000), ("7", 7),
])
def test_digits_with_any_thousands_separator(text, value):
    assert parse_number(text) == value


def test_decimal_is_not_a_count():
    assert [n.value for n in find_numbers("a 2.5 percent rise") if n.kind == "count"] == []


@pytest.mark.parametrize("text,value", [
    ("twenty-three", 23), ("twenty three", 23), ("fourteen", 14), ("two hundred and five", 205),
    ("one hundred twenty", 120),
])
def test_english_number_words(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text,value", [
    ("двадцать три", 23), ("двадцати трёх", 23), ("тридцать одного", 31), ("сорок", 40),
    ("пятьдесят два", 52), ("двое", 2), ("семерых", 7),
])
def test_russian_number_words_in_any_case(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text,value", [
    ("дваццаць тры", 23), ("трыццаці аднаго", 31), ("сорак", 40), ("пяцьдзясят два", 52), ("трое", 3),
])
def test_belarusian_number_words_in_any_case(text, value):
    assert parse_number(text) == value


def test_and_does_not_glue_separate_counts():
    assert [n.value for n in find_numbers("three women and twenty men")] == [3, 20]


@pytest.mark.parametrize("text,kind", [
    ("under Article 342 of the code", "article"), ("по статье 342", "article"), ("паводле артыкула 361", "article"),
    ("a $2 billion shelter", "money"), ("in 2020", "year"), ("on July 3", "date"), ("3 июля", "date"),
    ("3 ліпеня", "date"), ("40 percent", "money"),
])
def test_background_numbers_are_labelled(text, kind):
    assert [n.kind for n in find_numbers(text)][0] == kind
