"""People and figures of the tenth round of issue #12: who is a person at all, their nominative, and the figure misses
of the sealed corpus `blind10`, by class.

The sentences are our own, in English, Russian, Belarusian (incl. Łacinka) and Ukrainian; each test fails on the
extractor before this round.
"""

import pytest

from tests.extract.helpers import run


def _count(field):
    return None if field is None else (field.value, field.qualifier)


# A headline's clipped style joins one person named by a noun and a count with a comma: three people.


@pytest.mark.parametrize("text", [
    "Belarus frees journalist, two activists\nThe three were driven to the Lithuanian border on Wednesday.\n",
    "Беларусь вызваліла амерыканца, двух беларусаў\nУлады ў сераду адпусцілі іх у Літву.\n",
    "Білорусь звільнила американця, двох білорусів\nУ середу їх вивезли до Литви.\n",
])
def test_a_headline_freeing_one_person_and_a_count_reports_them_all(text):
    report = run(text, "2025-02-12")
    assert (report.pardoned, str(report.event_date)) == (3, "2025-02-12")


# A count of people whose relative clause holds them is the standing count, even after "we cannot forget".


@pytest.mark.parametrize("sentence", [
    "Мы не можем забывать о более чем 1100 людях, которые до сих пор за решеткой.",
    "Ми не можемо забувати про понад 1100 людей, які лишаються за ґратами.",
    "Мы не можам забываць пра больш як 1100 людзей, якія застаюцца за кратамі.",
    "We cannot forget the more than 1,100 people, who remain behind bars.",
])
def test_people_a_relative_clause_holds_are_the_political_prisoner_count(sentence):
    text = f"Lukashenko pardons 18 people\nOn Tuesday Lukashenko pardoned 18 people.\n\n«{sentence}»\n"
    assert _count(run(text, "2025-09-16").political_prisoners) == (1100, "over")


# A collective numeral in the oblique case may keep the nominative's "ё": Łacinka "u čaćviorych".


def test_a_lacinka_collective_numeral_written_with_yo_counts_the_women_with_children():
    text = ("Łukašenka pamiłavaŭ 14 čałaviek\n"
            "U aŭtorak Łukašenka pamiłavaŭ 14 asudžanych. Siarod pamiłavanych — piać žančyn. "
            "U čaćviorych josć małyja dzieci.\n")
    assert run(text, "2025-11-04").with_children == 4


# The upper end of a range of group sizes counts no one: no running total of 40.


@pytest.mark.parametrize("sentence", [
    "С тех пор группы по 20–40 человек освобождали каждый месяц.",
    "Відтоді групи по 20–40 осіб звільняли щомісяця.",
    "Since then, groups of 20 to 40 people have been freed every month.",
])
def test_the_upper_end_of_a_range_of_group_sizes_is_no_running_total(sentence):
    text = f"Lukashenko pardons 18 people\nOn Tuesday Lukashenko pardoned 18 people.\n\n{sentence}\n"
    assert run(text, "2025-09-16").cumulative_released is None


# A capitalised pronoun the Ukrainian dictionary also lists as a surname is no person.


def test_a_ukrainian_sentence_opening_with_she_names_no_one_freed():
    text = ("Лукашенко помилував 18 людей\n"
            "У вівторок Лукашенко помилував 18 засуджених.\n\n"
            "Вона вийшла на волю ввечері й одразу поїхала до родини.\n")
    assert run(text, "2025-09-16").named_released == []


# An initial in the other script ("X." the platform before a Belarusian word) makes no name.


def test_a_platform_letter_before_a_sentence_start_is_no_initial():
    text = ("Лукашэнка памілаваў 18 чалавек\n"
            "У аўторак Лукашэнка памілаваў 18 асуджаных, напісала праваабаронца ў X. Праз гадзіну яны выйшлі на волю.\n")
    assert run(text, "2025-09-16").named_released == []


# A line of cells with a count in one is a table row, not a menu: the people in it are read.


def test_a_table_of_the_freed_with_a_separator_names_its_people():
    text = ("Вызвалены палітвязні\n"
            "У чацвер на волю выйшлі 12 палітвязняў.\n\n"
            "Вызваленыя (імя | горад | тэрмін):\n\n"
            "Шымановіч Тамара Пятроўна | Ліда | 3 гады калоніі\n\n"
            "Рагачэўскі Антон Ігаравіч | Мазыр | 4 гады калоніі\n")
    report = run(text, "2025-09-04")
    assert report.named_released == ["Шымановіч Тамара Пятроўна", "Рагачэўскі Антон Ігаравіч"]


# An age adjective right before two capitalised words marks a name no table knows.


@pytest.mark.parametrize("text, name", [
    ("Belarus pardoned 20 people on Monday.\n\nAmong them was 61-year-old Vytautas Ramanauskas, a lorry driver.\n",
     "Vytautas Ramanauskas"),
    ("Лукашэнка ў панядзелак памілаваў 20 чалавек.\n\nСярод іх 61-гадовы Вітаўтас Раманаўскас, кіроўца з Коўна.\n",
     "Вітаўтас Раманаўскас"),
])
def test_an_age_before_an_unknown_name_makes_it_a_freed_person(text, name):
    assert run(text, "2025-09-15").named_released == [name]


# Nominatives: names as a reader writes them, not as the sentence declines them.


def test_a_belarusian_surname_in_enya_is_given_in_the_nominative():
    text = ("Лукашэнка памілаваў 18 чалавек\n"
            "Праваабаронцы ў аўторак пацвердзілі вызваленне 70-гадовага Пятра Лабені з Пінска.\n")
    assert run(text, "2025-09-16").named_released == ["Пятро Лабеня"]


def test_a_belarusian_name_opened_by_the_euphonic_short_u_begins_with_u():
    text = ("Лукашэнка памілаваў 18 чалавек\n"
            "Сярод вызваленых — Ірына Шумская і Ўладзімер Дубавец.\n")
    assert run(text, "2025-09-16").named_released == ["Ірына Шумская", "Уладзімер Дубавец"]


def test_a_surname_in_vich_after_a_womans_first_name_is_no_patronymic():
    text = ("Лукашэнка памілаваў 18 чалавек\n"
            "На волю выйшла маці дваіх дзяцей з Кобрына Таццяна Васілевіч.\n")
    assert run(text, "2025-09-16").named_released == ["Таццяна Васілевіч"]


def test_a_foreign_mans_name_declined_in_russian_is_given_as_written():
    text = ("Лукашенко помиловал 18 человек\n"
            "Лукашенко также помиловал гражданина Швейцарии Тимо Майера, которого задержали в 2023 году.\n")
    assert run(text, "2025-09-16").named_released == ["Тимо Майер"]


def test_a_lacinka_name_with_a_soft_double_l_is_given_back_as_written():
    text = ("Łukašenka pamiłavaŭ 18 čałaviek\n"
            "U aŭtorak Łukašenka pamiłavaŭ 18 asudžanych, siarod ich nastaŭnicu z Lidy Natallu Hancaruk.\n")
    assert run(text, "2025-09-16").named_released == ["Natalla Hancaruk"]
