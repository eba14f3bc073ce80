"""A person in pre-trial detention now is held; a list after a count of the dead names the dead, in each language."""

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


@pytest.mark.parametrize("text", [
    "Many of those who remain behind bars are seriously ill.\n\nSince 2020 at least seven political prisoners have died "
    "in prison. Among them was the artist Ales Pushkin.",
    "Многие из тех, кто остается за решеткой, тяжело больны.\n\nС 2020 года в местах заключения умерли по меньшей мере "
    "семь политзаключенных. Среди них — художник Алесь Пушкин и Александр Кулинич.",
])
def test_a_list_after_a_count_of_the_dead_is_not_handed_the_held_group_told_before(text):
    report = report_to_json(extract_report(text, published=dt.date(2024, 11, 4)))
    assert (report["named_released"], report["named_still_held"]) == ([], [])
