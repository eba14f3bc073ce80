"""People of the fourteenth round of issue #12, from blind24 (see docs/extract-corpus.md, "Fourteenth round: people,
from blind24").

Short articles of our own in English, Russian, Belarusian and Ukrainian; each asserts both lists as the extractor prints
them (names in the nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists

# 1. A name whose words read both as a woman's nominative and as a man's genitive ("Валерия Климова" is her, or Валерий
# Климов declined): the words around it that agree with it (her trade before, her verb after, "she" or "he" after) choose.


@pytest.mark.parametrize(("text", "held"), [
    ("Еще одна политзаключенная — Валерия Климова: ее задержали в 2021 году, и она до сих пор в колонии.\n",
     ["Валерия Климова"]),
    ("Евгения Лебедева осталась за решеткой.\n", ["Евгения Лебедева"]),
    ("Правозащитница Валерия Климова по-прежнему в колонии.\n", ["Валерия Климова"]),
    ("Евгения Лебедева остается за решеткой.\n", ["Евгения Лебедева"]),
    ("Валерія Сидорова — її засудили до шести років, вона досі в колонії.\n", ["Валерія Сидорова"]),
    ("Валерія Сидорова досі залишається за ґратами.\n", ["Валерія Сидорова"]),
])
def test_a_name_told_as_a_woman_is_her_name_as_written(text, held):
    check_name_lists(text, "2025-09-20", [], held)


def test_she_links_to_the_woman_named_in_an_answer():
    check_name_lists("— Кто еще остался? — Игорь Лосик, он до сих пор в колонии. И Евгения Лебедева — ей дали десять лет, она "
                     "тоже за решеткой.\n",
                     "2025-09-20", [], ["Евгения Лебедева", "Игорь Лосик"])


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Суд приговорил Евгения Орлова к пяти годам, он до сих пор в колонии.\n", [], ["Евгений Орлов"]),
    ("Евгения Орлова освободили в июне, он уехал в Литву.\n", ["Евгений Орлов"], []),
])
def test_a_name_told_as_a_man_is_his_name_declined(text, released, held):
    check_name_lists(text, "2025-09-20", released, held)


# 2. "Nor was X released": the negation inverted before the subject negates the release after it.


@pytest.mark.parametrize(("text", "held"), [
    ("Nor was Mikola Statkevich freed.\n", ["Mikola Statkevich"]),
    ("Neither was Mikola Statkevich released this time: he remains in a colony.\n", ["Mikola Statkevich"]),
    ("Nor has Mikola Statkevich been pardoned, his wife said.\n", ["Mikola Statkevich"]),
    # The same structure in the other languages: the negation stands right before the verb.
    ("Не освобожден и Николай Статкевич.\n", ["Николай Статкевич"]),
    ("Не вызвалены і Мікола Статкевіч.\n", ["Мікола Статкевіч"]),
    ("Не звільнено й Миколу Статкевича.\n", ["Микола Статкевич"]),
])
def test_a_negation_before_the_subject_leaves_the_name_held(text, held):
    check_name_lists(text, "2025-09-20", [], held)


def test_two_names_after_an_inverted_negation_are_both_held():
    check_name_lists("Neither were Mikola Statkevich and Maria Kalesnikava released this time.\n", "2025-09-20", [],
                     ["Maria Kalesnikava", "Mikola Statkevich"])


@pytest.mark.parametrize("text", [
    "Neither the KGB nor the court explained why Ihar Losik was freed.\n",
    "Not only was Ihar Losik freed, his wife came home too.\n",
])
def test_a_nor_that_negates_no_release_leaves_it_a_release(text):
    check_name_lists(text, "2025-09-20", ["Ihar Losik"], [])


# 3. "Until" is no negation: a release after it told in the past happened, one to come is awaited (still held).


@pytest.mark.parametrize(("text", "released"), [
    ("Политолог Андрей Кузнечик провел за решеткой три года, пока его не освободили.\n", ["Андрей Кузнечик"]),
    ("Ігар Лосік правёў у калоніі пяць гадоў, пакуль яго не вызвалілі ў чэрвені.\n", ["Ігар Лосік"]),
    ("Ігор Лосик провів у колонії п'ять років, поки його не звільнили в червні.\n", ["Ігор Лосик"]),
    ("Ihar Losik spent five years in a colony until he was freed in June.\n", ["Ihar Losik"]),
    ("Ihar Losik stayed in prison until he was pardoned in June.\n", ["Ihar Losik"]),
])
def test_a_release_after_until_told_in_the_past_happened(text, released):
    check_name_lists(text, "2025-09-20", released, [])


@pytest.mark.parametrize(("text", "held"), [
    ("Mikola Statkevich will stay in prison until he is freed.\n", ["Mikola Statkevich"]),
    ("Мікола Статкевіч будзе ў калоніі, пакуль яго не вызваляць.\n", ["Мікола Статкевіч"]),
    ("Родные Миколы Статкевича будут ждать, пока его не освободят.\n", ["Микола Статкевич"]),
    ("Родина Миколи Статкевича чекатиме, доки його не звільнять.\n", ["Микола Статкевич"]),
])
def test_a_release_after_until_still_to_come_leaves_the_name_held(text, held):
    check_name_lists(text, "2025-09-20", [], held)


def test_a_release_denied_without_until_still_leaves_the_name_held():
    check_name_lists("Политолога Андрея Кузнечика не освободили.\n", "2025-09-20", [], ["Андрей Кузнечик"])


# 4. "На волі досі немає X", "X is still not free": freedom denied, held.


@pytest.mark.parametrize(("text", "held"), [
    ("На свободе до сих пор нет Марии Колесниковой.\n", ["Мария Колесникова"]),
    ("На волі дагэтуль няма Марыі Калеснікавай.\n", ["Марыя Калеснікава"]),
    ("На волі досі немає Марії Колесникової, вона відбуває 11 років.\n", ["Марія Колесникова"]),
    ("Maria Kalesnikava is still not free.\n", ["Maria Kalesnikava"]),
])
def test_freedom_denied_leaves_the_name_held(text, held):
    check_name_lists(text, "2025-09-20", [], held)


# 5. The round's list told by a pronoun ("не попал в него и X", "was not on it"): left off the list, held.


@pytest.mark.parametrize(("text", "held"), [
    ("Список опубликовали в пятницу. Не попал в него и Николай Статкевич.\n", ["Николай Статкевич"]),
    ("Спіс апублікавалі ў пятніцу. Не трапіў у яго і Мікола Статкевіч.\n", ["Мікола Статкевіч"]),
    ("Список оприлюднили вчора. Не потрапив до нього й Микола Статкевич.\n", ["Микола Статкевич"]),
    ("The list was published on Friday. Mikola Statkevich was not on it.\n", ["Mikola Statkevich"]),
])
def test_a_name_left_off_the_list_told_by_a_pronoun_is_held(text, held):
    check_name_lists(text, "2025-09-20", [], held)


# 6. One word in quotation marks ("бійців «Беркуту»", "\"Berkut\" officers") names a unit or an outlet, not a person.


@pytest.mark.parametrize("text", [
    "Серед звільнених — журналіст, який досліджував діяльність «Беркуту» в Білорусі.\n",
    "Среди освобожденных — журналист, который расследовал работу бывших бойцов «Беркута» в Беларуси.\n",
    "Among the freed is a journalist who investigated former \"Berkut\" officers in Belarus.\n",
])
def test_a_word_alone_in_quotation_marks_is_no_person(text):
    check_name_lists(text, "2025-09-20", [], [])


# 7. A trade after a town opening the next sentence ("The Brest activist was freed") stands for the one person named
# right before, when its gender fits.


@pytest.mark.parametrize(("text", "released"), [
    ("Consider Palina Sharenda-Panasiuk. The Brest activist was freed in January after four years.\n",
     ["Palina Sharenda-Panasiuk"]),
    ("Вспомним Полину Шарендо-Панасюк. Брестская активистка вышла на свободу в январе.\n", ["Полина Шарендо-Панасюк"]),
    ("Успомнім Паліну Шарэнда-Панасюк. Берасцейская актывістка выйшла на волю ў студзені.\n", ["Паліна Шарэнда-Панасюк"]),
    ("Згадаймо Поліну Шаренду-Панасюк. Берестейська активістка вийшла на волю в січні.\n", ["Поліна Шаренда-Панасюк"]),
])
def test_a_trade_after_a_town_opening_the_next_sentence_is_the_person(text, released):
    check_name_lists(text, "2025-09-20", released, [])


def test_a_trade_of_the_other_gender_after_a_town_is_someone_else():
    check_name_lists("Вспомним Полину Шарендо-Панасюк. Брестский журналист вышел на свободу в январе.\n", "2025-09-20",
                     [], [])


# 8. A family word in apposition ("Журналіст, муж X", "a journalist and the husband of X"): the name after it says whose
# relative the subject is; the subject's state is not theirs.


@pytest.mark.parametrize(("text", "released"), [
    ("Вызвалены 52 чалавекі. Сярод іх Ігар Ільяш. Журналіст, муж Кацярыны Андрэевай, асуджаны ў 2023-м на чатыры гады.\n",
     ["Ігар Ільяш"]),
    ("Освобождены 52 человека. Среди них Игорь Ильяш. Журналист, муж Екатерины Андреевой, осужден в 2023 году на четыре "
     "года.\n", ["Игорь Ильяш"]),
    ("52 people were freed. Among them is Ihar Ilyash. A journalist and the husband of Katsiaryna Andreyeva, he was "
     "sentenced in 2023 to four years.\n", ["Ihar Ilyash"]),
    ("Звільнено 52 людини. Серед них Ігор Ільяш. Журналіст, чоловік Катерини Андреєвої, засуджений у 2023-му на чотири "
     "роки.\n", ["Ігор Ільяш"]),
    ("Среди освобожденных — Игорь Ильяш, муж Екатерины Андреевой.\n", ["Игорь Ильяш"]),
])
def test_a_name_after_a_family_word_in_apposition_only_says_whose_relative(text, released):
    check_name_lists(text, "2025-09-20", released, [])


def test_a_relative_named_in_the_nominative_after_a_family_word_keeps_the_state():
    check_name_lists("Освобождены Игорь Ильяш и его жена Екатерина Андреева.\n", "2025-09-20",
                     ["Екатерина Андреева", "Игорь Ильяш"], [])


# 9. "As X stressed, all of them ...": X speaks; the state that follows is the others'.


@pytest.mark.parametrize("text", [
    "Как подчеркнула Наталья Эйсмонт, все они написали прошения о помиловании и признали вину.\n",
    "Як адзначыла Наталля Эйсмант, усе яны застаюцца ў калоніі.\n",
    "Як наголосила Наталія Ейсмонт, усі вони залишаються в колонії.\n",
    "As Natalia Eismont noted, all of them remain in the colony.\n",
])
def test_one_who_speaks_after_as_takes_no_state_from_what_they_say(text):
    check_name_lists(text, "2025-09-20", [], [])


def test_as_without_a_verb_of_speech_still_compares_two_prisoners():
    check_name_lists("Как и Игорь Лосик, Мария Колесникова остается в колонии.\n", "2025-09-20", [],
                     ["Игорь Лосик", "Мария Колесникова"])
