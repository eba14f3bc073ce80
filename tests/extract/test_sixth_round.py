"""The sixth round of issue #12: event dates first, then the round's size, the prisoner count and report detection.

The sentences are our own, written the way the outlets write them, in English, Russian, Belarusian (also in
Łacinka) and Ukrainian; each test fails on main's extractor of the fifth round.
"""

from tests.extract.helpers import run

# event_date: a holiday's date is the holiday's, never the event's; the eve of a holiday fixes no day.


def test_a_belarusian_eve_of_8_march_headline_leaves_the_dateline_day():
    text = ("Напярэдадні 8 Сакавіка Лукашэнка памілаваў 18 чалавек\n"
            "Мінск, 5 сакавіка (БЕЛТА) – Прэзідэнт Беларусі Аляксандр Лукашэнка сёння прыняў рашэнне аб памілаванні "
            "18 асуджаных.\n")
    assert run(text, "2025-03-05").event_date.isoformat() == "2025-03-05"


def test_a_russian_holiday_dated_in_its_relative_clause_gives_no_day():
    text = ("Лукашенко помиловал 16 человек накануне Дня Независимости\n"
            "Лукашенко помиловал 16 осужденных накануне Дня Независимости, который в Беларуси отмечают 3 июля.\n")
    assert run(text, "2025-07-04").event_date is None


def test_an_english_holiday_on_its_date_gives_no_day():
    text = ("Belarus leader pardons 16 ahead of Independence Day\n"
            "Alexander Lukashenko pardoned 16 people ahead of Independence Day on July 3, the Belarusian leader's "
            "press service said.\n")
    assert run(text, "2025-07-04").event_date is None


def test_a_ukrainian_holiday_in_apposition_gives_no_day():
    text = ("Лукашенко помилував 16 осіб\n"
            "Олександр Лукашенко помилував 16 засуджених напередодні Дня Незалежності 3 липня.\n")
    assert run(text, "2025-07-04").event_date is None


def test_a_lacinka_freedom_day_date_is_not_the_pardon_day():
    text = ("Łukašenka pamiłavaŭ 14 čałaviek da Dnia Voli\n"
            "Łukašenka pamiłavaŭ 14 palitviaźniaŭ da Dnia Voli 25 sakavika, paviedamiła jahonaja pres-słužba.\n")
    assert run(text, "2025-03-27").event_date is None


# event_date: a dateline fixes "today" in its paragraph.


def test_an_english_dateline_is_the_today_of_its_lead():
    text = ("Belarus leader pardons 18 prisoners\n"
            "MINSK, March 5 (BelTA) – Belarusian President Aleksandr Lukashenko today signed a decree to pardon 18 "
            "people convicted of extremism.\n")
    assert run(text, "2025-03-06").event_date.isoformat() == "2025-03-05"


def test_a_ukrinform_dateline_is_the_today_of_the_next_sentence():
    text = ("Лукашенко помилував 18 осіб\n"
            "Київ, 23 листопада /Укрінформ/. Сьогодні Лукашенко помилував 18 засуджених, повідомила пресслужба.\n")
    assert run(text, "2025-11-24").event_date.isoformat() == "2025-11-23"


# event_date and the round: a relative clause's times belong to it, not to the release verb.


def test_a_weekday_after_a_long_relative_clause_dates_the_release():
    text = ("Belarus frees opposition figure Tsikhanouski\n"
            "Siarhei Tsikhanouski, whose wife has led the opposition from exile since 2020, was freed on Saturday "
            "and taken to Lithuania along with 13 other prisoners.\n")
    assert run(text, "2025-06-23").event_date.isoformat() == "2025-06-21"


def test_a_relative_clause_years_ago_leaves_the_round_current():
    text = ("Belarus frees opposition figure Tsikhanouski\n"
            "VILNIUS (AP) — Siarhei Tsikhanouski, the blogger who tried to run for president five years ago, was "
            "freed on Saturday along with 13 other prisoners.\n")
    assert run(text, "2025-06-22").pardoned == 14


def test_a_russian_relative_clause_year_leaves_the_release_day():
    text = ("В Беларуси освободили Сергея Тихановского\n"
            "Сергей Тихановский, жена которого с 2020 года возглавляет оппозицию в эмиграции, в субботу вышел на "
            "свободу вместе с еще 13 заключенными.\n")
    assert run(text, "2025-06-23").event_date.isoformat() == "2025-06-21"


# event_date: the release's own day beats the day it was confirmed or reported.


def test_an_english_release_day_beats_the_confirmation_day():
    text = ("Belarus: Kastusiou is free\n"
            "Viasna confirmed on the morning of 4 July that Ryhor Kastusiou, freed yesterday, 3 July, is at home "
            "after Lukashenko pardoned 16 people.\n")
    assert run(text, "2025-07-04").event_date.isoformat() == "2025-07-03"


def test_a_belarusian_release_day_beats_the_confirmation_day():
    text = ("Кастусёў на волі: у Беларусі памілавалі 16 чалавек\n"
            "«Вясна» пацвердзіла раніцай 4 ліпеня, што ўчора, 3 ліпеня, вызвалілі Рыгора Кастусёва і яшчэ 15 "
            "чалавек.\n")
    assert run(text, "2025-07-04").event_date.isoformat() == "2025-07-03"
