"""A sentence deferred is served at home; a relative named with an occupation is a relative; a dash before a clause
with a subject pronoun of its own ends the clause before it."""

import datetime as dt

import pytest

from bot.extract.extractor import extract_report
from bot.extract.model import report_to_json

PUBLISHED = dt.date(2012, 4, 15)

DEFERRED = {
    "ru": "Журналистку Ирину Халип в 2011 году приговорили к двум годам лишения свободы с отсрочкой исполнения приговора.",
    "be": ("Андрэй Саннікаў быў вызвалены ў суботу. Пра гэта паведаміла ягоная жонка Ірына Халіп. Сама яна ў 2011 годзе "
           "была асуджаная да двух гадоў пазбаўлення волі з адтэрміноўкай выканання прысуду."),
    "uk": ("Андрій Санников вийшов на волю в суботу. Про це повідомила його дружина Ірина Халіп. Сама вона у 2011 році "
           "була засуджена до двох років позбавлення волі з відстрочкою виконання вироку."),
}


def _names(text: str) -> tuple[list[str], list[str]]:
    report = report_to_json(extract_report(text, published=PUBLISHED))
    return report["named_released"], report["named_still_held"]


@pytest.mark.parametrize("lang", sorted(DEFERRED))
def test_a_prison_term_with_its_execution_deferred_is_no_imprisonment(lang):
    assert not any("Халип" in name or "Халіп" in name for name in _names(DEFERRED[lang])[1])


@pytest.mark.parametrize("text, freed", [
    ("Andrei Sannikov was released on Saturday, April 14, his wife, the journalist Iryna Khalip, said.", "Andrei Sannikov"),
    ("Андрея Санникова освободили в субботу, 14 апреля, сообщила его жена, журналистка Ирина Халип.", "Андрей Санников"),
    ("Андрэя Саннікава вызвалілі ў суботу, 14 красавіка, паведаміла ягоная жонка, журналістка Ірына Халіп.",
     "Андрэй Саннікаў"),
    ("Андрія Саннікова звільнили в суботу, 14 квітня, повідомила його дружина, журналістка Ірина Халіп.",
     "Андрій Санніков"),
])
def test_a_wife_named_after_her_occupation_is_not_freed_with_her_husband(text, freed):
    assert _names(text) == ([freed], [])


@pytest.mark.parametrize("text, freed", [
    ("Политик Николай Статкевич в сентябре отказался пересекать границу и вернулся в колонию — на свободу он вышел "
     "только в феврале 2026 года.", "Николай Статкевич"),
    ("Politician Mikalai Statkevich refused to cross the border in September and was returned to the colony — he walked "
     "free only in February 2026.", "Mikalai Statkevich"),
])
def test_a_release_told_after_a_dash_in_a_clause_of_its_own_is_the_latest_state(text, freed):
    report = report_to_json(extract_report(text, published=dt.date(2026, 3, 10)))
    assert (report["named_released"], report["named_still_held"]) == ([freed], [])
