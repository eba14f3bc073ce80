"""A person in pre-trial detention now ("находится в СИЗО") is held, in each language."""

import datetime as dt

import pytest

from bot.extract.extractor import extract_report
from bot.extract.model import report_to_json


@pytest.mark.parametrize("text, held", [
    ("Студентка БГУ Елена Рыжкова с июля находится в СИЗО.", "Елена Рыжкова"),
    ("Студэнтка БДУ Алена Рыжкова з ліпеня знаходзіцца ў СІЗА.", "Алена Рыжкова"),
    ("Студентка БДУ Олена Рижкова з липня перебуває в СІЗО.", "Олена Рижкова"),
    ("Среди новых политзаключенных — пенсионер из Бобруйска Василий Курганович, которого осудили на три года колонии, "
     "и студентка БГУ Елена Рыжкова, которая с июля находится в СИЗО.", "Елена Рыжкова"),
])
def test_a_person_in_pre_trial_detention_now_is_held(text, held):
    report = report_to_json(extract_report(text, published=dt.date(2025, 10, 21)))
    assert held in report["named_still_held"]


def test_the_past_of_being_in_pre_trial_detention_is_no_state_now():
    report = report_to_json(extract_report("Студентка БГУ Елена Рыжкова до июля находилась в СИЗО.",
                                           published=dt.date(2025, 10, 21)))
    assert report["named_still_held"] == []
