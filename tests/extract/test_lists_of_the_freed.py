"""A list of the freed keeps every item, whatever office or trade an item names before the person."""

import datetime as dt

import pytest

from bot.extract.extractor import extract_report
from bot.extract.model import report_to_json

PUBLISHED = dt.date(2025, 9, 12)

LISTS = {
    "ru": ("В четверг из Беларуси в Литву вывезли 52 политзаключенных.\n\nСреди освобожденных — анархист Николай "
           "Дедок, философ и методолог Владимир Мацкевич, а также глава профсоюза РЭП Геннадий Федынич.\n",
           ["Николай Дедок", "Владимир Мацкевич", "Геннадий Федынич"]),
    "be": ("У чацвер з Беларусі ў Літву вывезлі 52 палітвязні.\n\nСярод вызваленых — анархіст Мікалай Дзядок, філосаф "
           "і метадолаг Уладзімір Мацкевіч, а таксама кіраўнік прафсаюза РЭП Генадзь Федыніч.\n",
           ["Мікалай Дзядок", "Уладзімір Мацкевіч", "Генадзь Федыніч"]),
    "uk": ("У четвер з Білорусі до Литви вивезли 52 політв'язні.\n\nСеред звільнених — анархіст Микола Дедок, філософ і "
           "методолог Володимир Мацкевич, а також голова профспілки РЕП Геннадій Фединич.\n",
           ["Микола Дедок", "Володимир Мацкевич", "Геннадій Фединич"]),
    "be-lacinka": ("U čaćvier z Biełarusi ŭ Litvu vyvieźli 52 palitviazni.\n\nSiarod vyzvalenych — anarchist Mikałaj "
                   "Dziadok, fiłosaf i metadołah Uładzimir Mackievič, a taksama kiraŭnik prafsajuza REP Hienadź Fiadynič.\n",
                   ["Mikałaj Dziadok", "Uładzimir Mackievič", "Hienadź Fiadynič"]),
}


def _names(text: str) -> tuple[list[str], list[str]]:
    report = report_to_json(extract_report(text, published=PUBLISHED))
    return report["named_released"], report["named_still_held"]


@pytest.mark.parametrize("lang", sorted(LISTS))
def test_every_item_of_a_list_of_the_freed_is_freed_whatever_its_trade_or_office(lang):
    text, freed = LISTS[lang]
    assert _names(text) == (freed, [])


def test_officials_listed_among_those_who_met_the_freed_are_not_freed():
    text = ("В четверг из Беларуси в Литву вывезли 52 политзаключенных.\n\nСреди встречавших освобожденных на границе — "
            "глава МИД Литвы Кястутис Будрис и посол США Джулия Фишер.\n")
    assert _names(text) == ([], [])
