"""A short heading line that tells a state ("Still behind bars", "За кратамі застаюцца") gives it to the people whose
paragraphs follow it, each opened by a name with no verb of its own, until the next heading."""

import datetime as dt

import pytest

from bot.extract.extractor import extract_report
from bot.extract.model import report_to_json

EXPLAINERS = {
    "en": ("Who is free and who is still held\n\nFreed\n\nIhar Losik, a blogger, was freed in September.\n\n"
           "Still behind bars\n\nMikalai Statkevich, 69, an opposition veteran. He refused to leave the country.\n\n"
           "Andrzej Poczobut, a journalist and activist of the Polish minority.", "Losik", ("Statkevich", "Poczobut")),
    "ru": ("Кто на свободе, а кто еще за решеткой\n\nНа свободе\n\nИгорь Лосик, блогер, освобожден в сентябре.\n\n"
           "За решеткой остаются\n\nНиколай Статкевич, 69 лет, ветеран оппозиции.\n\n"
           "Анджей Почобут, журналист и активист польского меньшинства.", "Лосик", ("Статкевич", "Почобут")),
    "be": ("Хто на волі, а хто яшчэ за кратамі\n\nНа волі\n\nІгар Лосік, блогер, вызвалены ў верасні.\n\n"
           "За кратамі застаюцца\n\nМікалай Статкевіч, 69 гадоў, ветэран апазіцыі.\n\n"
           "Анджэй Пачобут, журналіст і актывіст польскай меншасці.", "Лосік", ("Статкевіч", "Пачобут")),
    "uk": ("Хто на волі, а хто ще за ґратами\n\nНа волі\n\nІгор Лосік, блогер, звільнений у вересні.\n\n"
           "За ґратами залишаються\n\nМикола Статкевич, 69 років, ветеран опозиції.\n\n"
           "Анджей Почобут, журналіст і активіст польської меншини.", "Лосік", ("Статкевич", "Почобут")),
}


@pytest.mark.parametrize("lang", sorted(EXPLAINERS))
def test_a_sections_heading_gives_its_state_to_the_people_under_it(lang):
    text, freed_one, held = EXPLAINERS[lang]
    report = report_to_json(extract_report(text, published=dt.date(2025, 12, 17)))
    assert any(freed_one in name for name in report["named_released"])
    for surname in held:
        assert any(surname in name for name in report["named_still_held"]), surname
        assert not any(surname in name for name in report["named_released"]), surname


def test_a_long_paragraph_after_the_section_ends_it():
    text = ("Who is still held\n\nBelarus freed 123 prisoners on Saturday, but many remain.\n\nStill behind bars\n\nMikalai Statkevich, 69, an opposition veteran.\n\n"
            "The authorities have not said whether more pardons will follow this winter, and the exiled opposition says it has no contact with Minsk.\n\n"
            "Andrei Dynko, the editor of Nasha Niva, in Vilnius.")
    report = report_to_json(extract_report(text, published=dt.date(2025, 12, 17)))
    assert any("Statkevich" in name for name in report["named_still_held"])
    assert not any("Dynko" in name for name in report["named_still_held"] + report["named_released"])
