"""A person's state in the words outlets use for it; time spent behind bars, told as done, is a release; what a relative
tells belongs to the relative or, when they speak of their kin, to the person whose relative they are; a byline's author
takes no role from the story; a short Belarusian text is Belarusian."""

import datetime as dt

import pytest

from bot.extract.extractor import extract_report
from bot.extract.language import detect_language
from bot.extract.model import report_to_json

PUBLISHED = dt.date(2025, 6, 21)


def _names(text: str) -> tuple[list[str], list[str]]:
    report = report_to_json(extract_report(text, published=PUBLISHED))
    return report["named_released"], report["named_still_held"]


def _has(names: list[str], surname_start: str) -> bool:
    return any(surname_start in name for name in names)


@pytest.mark.parametrize("text, surname", [
    ("Сяргей Ціханоўскі выйшаў на свабоду ў суботу разам з яшчэ 13 палітвязнямі.", "Ціханоўск"),
    ("Журналіст Ігар Лосік ужо на свабодзе, паведамляе «Вясна».", "Лосік"),
    ("Генадзь Фядыніч пакінуў калонію ў чацвер, калі памілавалі 52 палітвязні.", "Фядыніч"),
    ("Мікалай Дзядок вярнуўся да сям'і пасля чатырох гадоў у калоніі.", "Дзядок"),
    ("Геннадия Федынича в четверг выпустили из колонии вместе с 51 политзаключенным.", "Федынич"),
    ("Генадзь Фединич залишив колонію в четвер разом з іншими політв'язнями.", "Фединич"),
    ("Journalist Ihar Losik regained his freedom on Saturday after five years in a penal colony.", "Losik"),
    ("Lecturer Natallia Dulina is also free, Viasna said on Saturday.", "Dulina"),
])
def test_freedom_said_in_other_words_is_a_release(text, surname):
    freed, held = _names(text)
    assert _has(freed, surname) and not _has(held, surname)


@pytest.mark.parametrize("text, surname", [
    ("Лукашэнка памілаваў 18 чалавек. Уладзіміра Лабковіча не было ў спісе.", "Лабковіч"),
    ("Лукашенко помиловал 18 человек. Владимира Лабковича в списке не было.", "Лабкович"),
    ("Лукашенко помилував 18 осіб. Уладзіміра Лабковича у списку не було.", "Лабкович"),
    ("Анджэй Пачобут усё яшчэ ў зняволенні, нагадвае «Вясна».", "Пачобут"),
    ("Mikalai Statkevich continues to serve a 14-year term in a colony in Hlybokaye.", "Statkevich"),
    ("Andrzej Poczobut is in a prison hospital, his lawyer said.", "Poczobut"),
])
def test_still_held_said_in_other_words_is_held(text, surname):
    freed, held = _names(text)
    assert _has(held, surname) and not _has(freed, surname)


@pytest.mark.parametrize("text, surname", [
    ("В четверг на свободу вышли 52 политзаключенных.\n\nАнархист Игорь Лосик, проведший за решеткой более пяти лет, "
     "рассказал, что счастлив.", "Лосик"),
    ("У чацвер на волю выйшлі 52 палітвязні.\n\nІгар Лосік, які правёў за кратамі больш за пяць гадоў, расказаў, што "
     "шчаслівы.", "Лосік"),
    ("У четвер на волю вийшли 52 політв'язні.\n\nІгор Лосік, який провів за ґратами понад п'ять років, розповів, що "
     "щасливий.", "Лосік"),
    ("Belarus freed 52 political prisoners on Thursday.\n\nIhar Losik, a journalist who spent more than five years behind "
     "bars, said he was happy.", "Losik"),
])
def test_one_who_spent_years_behind_bars_and_speaks_was_freed(text, surname):
    freed, held = _names(text)
    assert _has(freed, surname) and not _has(held, surname)


def test_one_who_has_spent_years_behind_bars_is_not_freed_by_it():
    freed, _ = _names("Andrzej Poczobut, who has spent more than four years behind bars, was not on the list of the pardoned.")
    assert not _has(freed, "Poczobut")


@pytest.mark.parametrize("text, surname", [
    ("Жену помиловали в марте, мужа осудили в июне: в Бресте вынесли приговор 48-летнему Андрею Ковальчуку", "Ковальчук"),
    ("Her husband was freed in March, and in June a court in Brest sentenced Andrei Kavalchuk to three years.", "Kavalchuk"),
    ("Жонку памілавалі ў сакавіку, а мужа асудзілі ў чэрвені: у Брэсце вынеслі прысуд 48-гадоваму Андрэю Кавальчуку",
     "Кавальчук"),
])
def test_a_relatives_release_is_not_the_named_persons(text, surname):
    freed, _ = _names(text)
    assert not _has(freed, surname)


@pytest.mark.parametrize("text, surname", [
    ("Maxim Znak's wife said on Friday that her husband is still in a colony in Ivatsevichy.", "Znak"),
    ("Жена Максима Знака рассказала, что ее муж по-прежнему в колонии в Ивацевичах.", "Знак"),
    ("Жонка Максіма Знака расказала, што яе муж па-ранейшаму ў калоніі ў Івацэвічах.", "Знак"),
    ("Дружина Максима Знака розповіла, що її чоловік досі в колонії в Івацевичах.", "Знак"),
])
def test_a_relative_telling_of_her_husband_tells_the_named_persons_state(text, surname):
    freed, held = _names(text)
    assert _has(held, surname) and not _has(freed, surname)


def test_the_author_in_a_byline_takes_no_role_from_the_story():
    text = ("Мнение\n\nАндрей Козлов, политический аналитик\n\nВ четверг из белорусских колоний вывезли к литовской границе "
            "52 человека. Его это не удивило: он давно предсказывал такую сделку.")
    freed, held = _names(text)
    assert not _has(freed + held, "Козлов")


@pytest.mark.parametrize("text", ["Алесь Бяляцкі застаецца за кратамі.", "Мікалай Статкевіч застаецца ў калоніі."])
def test_a_short_text_with_i_and_no_russian_i_is_belarusian(text):
    assert detect_language(text) == "be"


@pytest.mark.parametrize("text, surname", [
    ("Через пять дней после освобождения журналист Игорь Карней рассказал о двух годах в колонии.", "Карней"),
    ("Праз пяць дзён пасля вызвалення журналіст Ігар Карней расказаў пра два гады ў калоніі.", "Карней"),
    ("Через п'ять днів після звільнення журналіст Ігар Карней розповів про два роки в колонії.", "Карней"),
])
def test_one_who_speaks_days_after_their_release_was_freed(text, surname):
    freed, held = _names(text)
    assert _has(freed, surname) and not _has(held, surname)


@pytest.mark.parametrize("text, surname", [
    ("После освобождения 52 политзаключенных Светлана Тихановская заявила, что это только начало.", "Тихановск"),
    ("Пасля вызвалення 52 палітвязняў Святлана Ціханоўская заявіла, што гэта толькі пачатак.", "Ціханоўск"),
])
def test_one_who_speaks_after_others_release_is_not_freed(text, surname):
    freed, held = _names(text)
    assert not _has(freed + held, surname)


@pytest.mark.parametrize("text, surname", [
    ("Николай Статкевич вышел на свободу в 2015 году. В 2020 году его снова арестовали и приговорили к 14 годам.",
     "Статкевич"),
    ("Мікалай Статкевіч выйшаў на волю ў 2015 годзе. У 2020 годзе яго зноў арыштавалі і асудзілі на 14 гадоў.",
     "Статкевіч"),
    ("Микола Статкевич вийшов на волю у 2015 році. У 2020 році його знову заарештували і засудили до 14 років.",
     "Статкевич"),
])
def test_one_arrested_again_in_a_later_year_told_by_a_pronoun_is_held(text, surname):
    freed, held = _names(text)
    assert _has(held, surname) and not _has(freed, surname)


@pytest.mark.parametrize("text, surname", [
    ("Belarus freed 52 political prisoners on Thursday.\n\nAnarchist Mikalai Dziadok, who was arrested in 2020, was among "
     "them.", "Dziadok"),
    ("В четверг на свободу вышли 52 политзаключенных.\n\nАнархист Николай Дедок, которого с 2023 года держали без связи, "
     "был в их числе.", "Дедок"),
    ("У чацвер на волю выйшлі 52 палітвязні.\n\nАнархіст Мікалай Дзядок, якога з 2023 года трымалі без сувязі, быў "
     "сярод іх.", "Дзядок"),
    ("У четвер на волю вийшли 52 політв'язні.\n\nАнархіст Микола Дядок, якого з 2023 року тримали без зв'язку, був серед "
     "них.", "Дядок"),
])
def test_one_described_by_a_relative_clause_and_then_among_the_freed_is_freed(text, surname):
    freed, held = _names(text)
    assert _has(freed, surname) and not _has(held, surname)
