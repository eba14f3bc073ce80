"""Latin look-alike letters typed inside Cyrillic words read as the Cyrillic letters they imitate."""

import datetime as dt

from bot.extract.extractor import extract_report
from bot.extract.model import report_to_json

# "пoмиловал" and "Кoлесникова" carry a Latin "o", "пoлитзаключенных" a Latin "o", "Бабарыкa" a Latin "a".
MIXED = (
    "В субботу Александр Лукашенко пoмиловал 18 человек, осужденных за «экстремизм», среди них 11 женщин.\n"
    "\n"
    "По данным «Вясны», за решеткой остаются около 1140 пoлитзаключенных, среди них Мария Кoлесникова "
    "и Виктор Бабарыкa.\n"
)


def _facts(text: str) -> dict:
    report = report_to_json(extract_report(text, published=dt.date(2026, 3, 7)))
    return {key: (value.get("value") if isinstance(value, dict) else value) for key, value in report.items()}


def test_a_release_verb_with_a_latin_letter_still_counts_the_round():
    facts = _facts(MIXED)
    assert (facts["pardoned"], facts["women"]) == (18, 11)


def test_names_with_latin_letters_are_given_in_cyrillic():
    facts = _facts(MIXED)
    assert facts["political_prisoners"] == 1140
    assert facts["named_still_held"] == ["Мария Колесникова", "Виктор Бабарыка"]
