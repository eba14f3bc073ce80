"""People of the fifteenth round of issue #12, from the study corpus blind30 (see docs/extract-corpus.md,
"Fifteenth round, second wave: people, from blind30").

Short articles of our own in English, Russian, Belarusian and Ukrainian; each asserts both lists as the extractor prints
them (names in the nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists

# 1. Met on arrival by kin or at the border: the person is out of prison, whatever the sentence told beside the name.


@pytest.mark.parametrize(("text", "freed"), [
    ("Лукашенко помиловал 14 человек.\n\nВ Вильнюсе Ивана Петрова, осужденного в 2021 году на 8 лет, встретили"
     " родные.\n", ["Иван Петров"]),
    ("Лукашэнка памілаваў 14 чалавек.\n\nЖурналіста Івана Пятрова, асуджанага ў 2021 годзе на 8 гадоў, сустрэлі на мяжы"
     " сябры.\n", ["Іван Пятроў"]),
    ("Lukashenko pardoned 14 people on Friday.\n\nIvan Petrou, sentenced in 2021 to eight years, was met by his wife in"
     " Vilnius.\n", ["Ivan Petrou"]),
    ("Лукашенко помилував 14 людей.\n\nІвана Петрова, засудженого у 2021 році до 8 років, зустріла дружина.\n",
     ["Іван Петров"]),
    ("Лукашенко помилував 14 людей.\n\nЖурналістку Олену Ткач зустріли на Волинщині.\n", ["Олена Ткач"]),
])
def test_met_on_arrival_is_freed(text, freed):
    check_name_lists(text, "2025-10-02", freed, [])


def test_meeting_a_wife_in_prison_is_no_release():
    # A visit inside is no arrival: the wife meets him at each visit, no place of arrival and no past meeting.
    check_name_lists("Иван Петров осужден на 8 лет.\n\nЖена встречала его на каждом свидании в колонии.\n",
                     "2025-10-02", [], ["Иван Петров"])


# 2. An ombudsman who reports the pardon is its source, however long the name of the office before the name.


@pytest.mark.parametrize("text", [
    "В пятницу Лукашенко помиловал 31 человека, сообщил уполномоченный по правам человека Иван Петренко.\n",
    "У п'ятницю Лукашенко помилував 31 людину, повідомив уповноважений Верховної Ради з прав людини Іван Петренко.\n",
    "У пятніцу Лукашэнка памілаваў 31 чалавека, паведаміў упаўнаважаны Вярхоўнай Рады па правах чалавека Іван"
    " Пятрэнка.\n",
    "On Friday Lukashenko pardoned 31 people, said Ukraine's parliamentary commissioner for human rights Ivan Petrenko.\n",
])
def test_ombudsman_reporting_the_pardon_is_no_prisoner(text):
    check_name_lists(text, "2025-10-02", [], [])


@pytest.mark.parametrize(("text", "freed"), [
    ("Лукашенко помиловал 20 человек, среди них журналист Андрей Кузнечик, сообщил посол США.\n", ["Андрей Кузнечик"]),
    ("Лукашэнка памілаваў 20 чалавек, сярод іх журналіст Андрэй Кузнечык, паведаміў упаўнаважаны па правах"
     " чалавека.\n", ["Андрэй Кузнечык"]),
    ("Lukashenko pardoned 20 people, among them the journalist Ihar Ivanou, said the US envoy.\n", ["Ihar Ivanou"]),
    ("Лукашенко помилував 20 людей, серед них журналіст Андрій Кузнечик, повідомив уповноважений з прав людини.\n",
     ["Андрій Кузнечик"]),
])
def test_title_after_a_verb_of_speech_is_the_reporters(text, freed):
    # "X, said the envoy": the office after the verb is who reports, not X's own.
    check_name_lists(text, "2025-10-02", freed, [])


# 3. The prize called by its founder's name is no person.


@pytest.mark.parametrize(("text", "held"), [
    ("Год после Нобеля: Алесь Беляцкий по-прежнему за решеткой\n", ["Алесь Беляцкий"]),
    ("Год пасля Нобеля: Алесь Бяляцкі па-ранейшаму за кратамі\n", ["Алесь Бяляцкі"]),
    ("Три роки після Нобеля: Алесь Біляцький досі за ґратами\n", ["Алесь Біляцький"]),
])
def test_nobel_as_the_prize_is_no_person(text, held):
    check_name_lists(text, "2025-10-02", [], held)


@pytest.mark.parametrize("text", [
    "У четвер з Білорусі до Литви вивезли 52 політв'язні.\n\nСеред тих, хто зустрічав звільнених на кордоні, — посол"
    " США Джулія Фішер.\n",
    "У чацвер з Беларусі ў Літву вывезлі 52 палітвязні.\n\nСярод тых, хто сустракаў вызваленых на мяжы, — пасол ЗША"
    " Джулія Фішэр.\n",
    "Lithuania received 52 freed prisoners on Thursday.\n\nAmong those who met the freed at the border was the US"
    " ambassador Julie Fisher.\n",
])
def test_who_meets_the_freed_is_not_freed(text):
    check_name_lists(text, "2025-10-02", [], [])
