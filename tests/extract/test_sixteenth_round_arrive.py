"""People of the sixteenth round, second wave, of issue #12: releases told as an arrival or a handover, a release at the
end of a term told without the word "released", an organisation's name in quotation marks taken for a surname, and
a freedom that did not last (see docs/extract-corpus.md, "Sixteenth round, second wave: arrivals, ends of terms, old
arrests").

Short articles of our own in English, Russian, Belarusian and Ukrainian; each asserts both lists as the extractor prints
them (names in the nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists, run

# 1. Received by the country the freed are handed to: the person received is out of prison.


@pytest.mark.parametrize(("text", "freed"), [
    ("Belarus freed 40 prisoners on Saturday.\n\nLithuania received, among others, the blogger Ivan Petrou.\n",
     ["Ivan Petrou"]),
    ("Беларусь освободила 40 заключенных.\n\nУкраинская сторона подтвердила, что приняла, в частности, Ивана"
     " Петрова.\n", ["Иван Петров"]),
    ("Беларусь вызваліла 40 зняволеных.\n\nЛітва прыняла, сярод іншых, Івана Пятрова.\n", ["Іван Пятроў"]),
    ("Білорусь звільнила 40 в'язнів.\n\nПольща прийняла, зокрема, Івана Петренка.\n", ["Іван Петренко"]),
])
def test_received_by_the_neighbouring_country_is_freed(text, freed):
    check_name_lists(text, "2025-12-14", freed, [])


@pytest.mark.parametrize("text", [
    "Україна прийняла рішення щодо Івана Петренка, засудженого до 8 років.\n",
    "Lithuania received a letter from Ivan Petrou, who is serving eight years.\n",
])
def test_a_country_receiving_a_decision_or_a_letter_frees_no_one(text):
    # The verb of receiving takes a thing here, not the freed person: the sentence tells only the term.
    name = "Іван Петренко" if "Україна" in text else "Ivan Petrou"
    check_name_lists(text, "2025-12-14", [], [name])


# 2. One of the group that crossed the border, with words of time and emphasis inside the group's clause, and a job
# title before the name.


@pytest.mark.parametrize(("text", "freed"), [
    ("Беларусь освободила 52 человека.\n\nСреди тех, кто в тот день все-таки пересек границу, был журналист Иван"
     " Петров.\n", ["Иван Петров"]),
    ("Беларусь вызваліла 52 чалавекі.\n\nСярод тых, хто ў той дзень усё ж перасёк мяжу, быў журналіст Іван"
     " Пятроў.\n", ["Іван Пятроў"]),
    ("Білорусь звільнила 52 людини.\n\nСеред тих, хто того ранку нарешті перетнув кордон, був блогер Іван"
     " Петренко.\n", ["Іван Петренко"]),
])
def test_among_those_who_crossed_that_day_is_freed(text, freed):
    check_name_lists(text, "2025-09-12", freed, [])


# 3. Off the vehicle that brings the freed out, with the vehicle left unsaid.


@pytest.mark.parametrize("text", [
    "Belarus freed 52 prisoners.\n\nJournalist Ivan Petrou, who had been serving six years, was among the first to"
    " step off.\n",
    "Belarus freed 52 prisoners.\n\nThe blogger Ivan Petrou was the last to get off, carrying a small bag.\n",
    "Belarus freed 52 prisoners.\n\nIvan Petrou stepped off first and hugged his mother.\n",
])
def test_first_to_step_off_is_freed(text):
    check_name_lists(text, "2025-09-12", ["Ivan Petrou"], [])


# 4. The end of a term told without the word "released": out through the prison's gate, the whole term served.


@pytest.mark.parametrize(("text", "freed"), [
    ("My brother Ivan Petrou walked through the gate of Colony No. 3 this morning. He served every single day of his"
     " five years.\n", ["Ivan Petrou"]),
    ("Мой брат Иван Петров сегодня утром вышел за ворота колонии. Он отсидел весь срок.\n", ["Иван Петров"]),
    ("Мой брат Іван Пятроў сёння раніцай выйшаў за вароты калоніі.\n", ["Іван Пятроў"]),
    ("Мій брат Іван Петренко сьогодні вранці вийшов за ворота колонії.\n", ["Іван Петренко"]),
])
def test_out_through_the_prison_gate_is_freed(text, freed):
    check_name_lists(text, "2025-02-19", freed, [])


def test_the_whole_term_served_is_a_release():
    check_name_lists("Ivan Petrou, a teacher from Hrodna, served all four years of his sentence and is home with his"
                     " family.\n", "2025-02-19", ["Ivan Petrou"], [])


# 5. One word in quotation marks is an organisation, even when its short key meets the surname of someone named before.


@pytest.mark.parametrize(("text", "freed", "held"), [
    ("Лукашэнка памілаваў 17 чалавек. На волю выйшаў журналіст Дзяніс Івашын.\n\nНасты Лойкі ў спісе няма. Яе"
     " дагэтуль трымаюць у калоніі, нагадваюць у «Вясне».\n", ["Дзяніс Івашын"], ["Наста Лойка"]),
    ("Лукашенко помиловал 17 человек. На свободу вышел журналист Денис Ивашин.\n\nАнастасии Лойко в списке нет. Ее"
     " до сих пор держат в колонии, напоминают в «Весне».\n", ["Денис Ивашин"], ["Анастасия Лойко"]),
    ("Лукашенко помилував 17 людей. На волю вийшов журналіст Денис Івашин.\n\nАнастасії Лойко в списку немає."
     " Правозахисницю досі тримають у колонії, нагадують у «Вясні».\n", ["Денис Івашин"], ["Анастасія Лойко"]),
])
def test_a_quoted_organisation_is_no_surname_alone(text, freed, held):
    check_name_lists(text, "2025-07-02", freed, held)


# 6. A freedom that did not last: the possessive of one's own freedom names the person, and the arrest after the colon
# is theirs.


@pytest.mark.parametrize(("text", "held"), [
    ("Six prisoners were freed in 2015, among them Ivan Petrou.\n\nThe European Union lifted its sanctions.\n\nPetrou's"
     " freedom did not last: he was arrested again in 2020 and is serving ten years.\n", ["Ivan Petrou"]),
    ("Ivan Petrou was pardoned in 2016.\n\nThe thaw with the West followed.\n\nPetrou's liberty was short-lived: in 2021"
     " he was detained again.\n", ["Ivan Petrou"]),
    ("Ivan Petrou walked free in 2015.\n\nMinsk got its loans.\n\nYet Petrou's freedom ended in 2020, when he was"
     " arrested again.\n", ["Ivan Petrou"]),
    # (Russian puts the name after the noun in the genitive: read as the person already, kept as a guard.)
    ("В 2015 году освободили шестерых, в том числе Ивана Петрова.\n\nСвобода Петрова длилась недолго: в 2020 году его"
     " снова арестовали.\n", ["Иван Петров"]),
])
def test_a_freedom_that_did_not_last_is_held_again(text, held):
    check_name_lists(text, "2024-08-26", [], held)


def test_someone_elses_possession_still_names_no_prisoner():
    # "Petrou's wife" is the wife, not Petrou: the possessive before anything but one's own freedom stays someone else's.
    check_name_lists("Ivan Petrou was pardoned in 2024.\n\nPetrou's wife Olga Petrova said she was detained again in"
                     " 2025.\n", "2025-08-26", ["Ivan Petrou"], [])


def test_a_term_served_to_its_last_day_is_no_pardon_report():
    # Out through the gate at the end of the whole term: the person is freed, but no pardon is the news.
    text = ("He is out. My brother Ivan Petrou walked through the gate of Colony No. 3 this morning. Nobody pardoned him:"
            " he served every single day of his five years.\n")
    report = run(text, "2025-02-19")
    assert (report.is_pardon_report, report.event_date, report.named_released) == (False, None, ["Ivan Petrou"])
