"""Sixteenth round: the form each person's name is listed in.

A name is listed in the nominative, first name first, one entry per person: the official order of a verdict or an
address ("Surname Name Patronymic") is the same person as the name the article uses elsewhere; a Belarusian surname
declined in the dative, the accusative or the genitive is put back in the nominative; a name whose words read as a
man's genitive or a woman's nominative takes the gender of the relative pronoun after it; a second surname in
brackets is no part of the listed name.
"""

import pytest

from tests.extract.helpers import check_name_lists

PUBLISHED = "2026-03-02"


# 1. The official order (surname, first name, patronymic), declined or not, is one person with the name the article
# uses in the usual order, and is listed by that name; named only so, the person is listed as written, in the nominative.


@pytest.mark.parametrize(("text", "held"), [
    ("Суд вынес приговор. «Лебедев Игорь Николаевич признан виновным», — сказано в решении. Игорь Лебедев остается "
     "в колонии.\n", ["Игорь Лебедев"]),
    ("Жена просит освободить мужа. Его адрес: ИК-15, Ткачук Роман Олегович. Роман Ткачук остается за решеткой.\n",
     ["Роман Ткачук"]),
    ("Олег Гончаренко залишається в колонії. Суд засудив Гончаренка Олега Петровича до шести років.\n",
     ["Олег Гончаренко"]),
    ("«Лапцік Уладзімір Іванавіч прызнаны вінаватым», — паведаміў суд. Уладзімір Лапцік застаецца ў калоніі.\n",
     ["Уладзімір Лапцік"]),
])
def test_a_name_in_the_official_order_is_the_person_the_article_names_usually(text, held):
    check_name_lists(text, PUBLISHED, [], held)


@pytest.mark.parametrize(("text", "held"), [
    ("Суд асудзіў Мяшкова Аляксея Віктаравіча на чатыры гады. Ён застаецца ў калоніі.\n",
     ["Мяшкоў Аляксей Віктаравіч"]),
    ("Суд приговорил Лебедева Игоря Николаевича к шести годам. Он остается в колонии.\n",
     ["Лебедев Игорь Николаевич"]),
])
def test_a_name_only_in_the_official_order_is_listed_as_written_in_the_nominative(text, held):
    check_name_lists(text, PUBLISHED, [], held)


def test_the_official_order_and_the_usual_name_of_two_people_stay_two():
    check_name_lists("«Лебедев Игорь Николаевич признан виновным», — сказано в решении. Он остается в колонии. "
                     "Его однофамилец Олег Лебедев вышел на свободу.\n", PUBLISHED, ["Олег Лебедев"],
                     ["Лебедев Игорь Николаевич"])


# 2. Belarusian surnames declined after a declined first name.


@pytest.mark.parametrize(("text", "held"), [
    # The dative of a surname in "-скі", "-цкі".
    ("Сяргею Жукоўскаму 58 гадоў. Ён застаецца ў калоніі.\n", ["Сяргей Жукоўскі"]),
    ("Лісты Паўлу Ваніцкаму не даходзяць. Ён застаецца ў калоніі.\n", ["Павел Ваніцкі"]),
    # The accusative of a man's surname in "-а", declined like a noun.
    ("Суд асудзіў Сцяпана Жыгу на тры гады. Ён застаецца ў калоніі.\n", ["Сцяпан Жыга"]),
    ("Суд асудзіў Андрэя Шкірманку на тры гады. Ён застаецца ў калоніі.\n", ["Андрэй Шкірманка"]),
    ("Суд асудзіў Ігара Лазуту на тры гады. Ён застаецца ў калоніі.\n", ["Ігар Лазута"]),
    # The genitive of a surname in "-ец" that lost its vowel; "ў" is "в" when the vowel comes back.
    ("Суд дадаў год палітвязню Алеся Шаўца, які застаецца ў калоніі.\n", ["Алесь Шавец"]),
    ("Суд дадаў год палітвязню Міхася Кавальца, які застаецца ў калоніі.\n", ["Міхась Кавалец"]),
    # A woman's surname in "-ка" in the genitive.
    ("Алены Пташкі ў спісе вызваленых няма, яна застаецца ў калоніі.\n", ["Алена Пташка"]),
    ("Ірыны Жмайлікі ў спісе вызваленых няма, яна застаецца ў калоніі.\n", ["Ірына Жмайліка"]),
])
def test_a_declined_belarusian_surname_is_put_in_the_nominative(text, held):
    check_name_lists(text, PUBLISHED, [], held)


def test_a_womans_name_in_the_nominative_stays_as_written():
    check_name_lists("У калоніі застаецца Алеся Шавец.\n", PUBLISHED, [], ["Алеся Шавец"])


# 3. A relative pronoun right after an ambiguous name tells its gender.


@pytest.mark.parametrize(("text", "held"), [
    ("В колонии остается экономист Валентина Сидорова, которую осудили на восемь лет.\n", ["Валентина Сидорова"]),
    ("В колонии остается Евгения Орлова, которую осудили на восемь лет.\n", ["Евгения Орлова"]),
    ("У колонії залишається Валентина Сидорова, яку засудили на вісім років.\n", ["Валентина Сидорова"]),
    ("В колонии остается Валентина Сидорова, которого осудили на восемь лет.\n", ["Валентин Сидоров"]),
])
def test_the_relative_pronoun_after_a_name_tells_its_gender(text, held):
    check_name_lists(text, PUBLISHED, [], held)


# 4. A second surname in brackets is the person's other name, not part of the listed one.


@pytest.mark.parametrize(("text", "released", "held"), [
    ("На волю вышла Ольга Крылова (Сомова). Крылова провела в колонии два года.\n", ["Ольга Крылова"], []),
    ("Вызвалілі Ганну Мельнікаву (Круглову), журналістку.\n", ["Ганна Мельнікава"], []),
    ("У колонії залишається Оксана Гнатюк (Левчук). Гнатюк засудили на шість років.\n", [], ["Оксана Гнатюк"]),
    ("Still in prison is Hanna Melnikava (Kruhlava), a journalist.\n", [], ["Hanna Melnikava"]),
])
def test_a_second_surname_in_brackets_is_left_out(text, released, held):
    check_name_lists(text, PUBLISHED, released, held)


def test_a_name_with_a_patronymic_in_the_nominative_stays_as_written():
    check_name_lists("На волю выйшаў Антон Ігаравіч Рагачынскі, ён ужо дома.\n", PUBLISHED, ["Антон Ігаравіч Рагачынскі"],
                     [])
