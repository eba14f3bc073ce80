import pytest

from bot.extract.qualifiers import qualifier_before


@pytest.mark.parametrize("before,qualifier", [
    ("over ", "over"), ("more than ", "over"), ("nearly ", "nearly"), ("almost ", "nearly"),
    ("about ", "about"), ("around ", "about"), ("some ", "about"), ("at least ", "at_least"),
    ("up to ", "nearly"), ("a total of ", "exact"),
])
def test_english_qualifiers(before, qualifier):
    assert qualifier_before("They said " + before) == qualifier


@pytest.mark.parametrize("before,qualifier", [
    ("более ", "over"), ("больше ", "over"), ("свыше ", "over"), ("более чем ", "over"),
    ("почти ", "nearly"), ("около ", "about"), ("примерно ", "about"), ("порядка ", "about"),
    ("не менее ", "at_least"), ("как минимум ", "at_least"),
])
def test_russian_qualifiers(before, qualifier):
    assert qualifier_before("Известно, что " + before) == qualifier


@pytest.mark.parametrize("before,qualifier", [
    ("больш за ", "over"), ("больш як ", "over"), ("звыш ", "over"), ("амаль ", "nearly"),
    ("каля ", "about"), ("прыкладна ", "about"), ("не менш за ", "at_least"), ("прынамсі ", "at_least"),
])
def test_belarusian_qualifiers(before, qualifier):
    assert qualifier_before("Вядома, што " + before) == qualifier


def test_qualifier_must_touch_the_number():
    assert qualifier_before("Over the summer they freed ") == "exact"
