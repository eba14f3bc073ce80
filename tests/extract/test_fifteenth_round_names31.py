"""People of the fifteenth round of issue #12, second wave, from the study corpus blind31 (see docs/extract-corpus.md,
"Fifteenth round, second wave: people, from blind31").

Short articles of our own in English, Russian, Belarusian and Ukrainian; each asserts both lists as the extractor prints
them (names in the nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists

# 1. A release fronted before its modal ("Вызваліцца яна павінна была ў сакавіку"): the release was due, not done, and
# the person a court gave more time stays held.


@pytest.mark.parametrize(("text", "held"), [
    ("Суд дадаў палітвязню Сяргею Пятрову яшчэ год калоніі. Пятроў быў асуджаны ў 2022 годзе на тры гады; "
     "вызваліцца ён павінен быў у лютым.\n", ["Сяргей Пятроў"]),
    ("Суд дадаў палітвязню Сяргею Пятрову яшчэ год калоніі. Вызваліцца ён павінен быў у лютым, цяпер выйдзе толькі "
     "ў 2028 годзе.\n", ["Сяргей Пятроў"]),
    ("Суд добавил политзаключенному Сергею Петрову еще год. Петров был осужден в 2022 году на три года; выйти на свободу"
     " он должен был в феврале.\n", ["Сергей Петров"]),
    ("Суд додав політв'язню Сергію Петренку ще рік колонії. Вийти на волю він мав у лютому.\n", ["Сергій Петренко"]),
])
def test_release_fronted_before_its_modal_is_not_done(text, held):
    check_name_lists(text, "2025-11-20", [], held)


def test_release_fronted_without_modal_is_done():
    # The other side: a fronted release with no modal after it happened.
    check_name_lists("Журналістку Ганну Іванову памілавалі. Вызвалілі яе ў пятніцу, як і абяцалі праваабаронцы.\n",
                     "2025-11-20", ["Ганна Іванова"], [])


# 2. The subject of a thing's relative clause ("«Рух», які ... / якую заснаваў X, паведамляе", "the party X led, says"):
# the name founded or led it, and takes no state from the main clause's count of those held.


@pytest.mark.parametrize(("text", "freed"), [
    ("On Friday the authorities freed Mikola Statkevich. Hramada, the party Statkevich led, says some 1,100 people "
     "remain behind bars.\n", ["Mikola Statkevich"]),
    ("В пятницу на свободу вышел Николай Статкевич. Партия, которую возглавлял Статкевич, сообщает, что за решеткой "
     "остаются около 1100 человек.\n", ["Николай Статкевич"]),
    ("У пятніцу на волю выйшаў Мікола Статкевіч. Партыя, якую ўзначальваў Статкевіч, паведамляе, што за кратамі "
     "застаюцца каля 1100 чалавек.\n", ["Мікола Статкевіч"]),
    ("У п'ятницю на волю вийшов Микола Статкевич. Партія, яку очолював Статкевич, повідомляє, що за ґратами "
     "залишаються близько 1100 людей.\n", ["Микола Статкевич"]),
])
def test_subject_of_a_things_relative_clause_keeps_own_state(text, freed):
    check_name_lists(text, "2025-11-20", freed, [])


def test_name_before_the_count_held_is_still_held():
    # The other side: the name is the main clause's subject, and the main clause holds them.
    check_name_lists("The authorities freed 20 people on Friday. Mikola Statkevich, the party leader, remains behind "
                     "bars.\n", "2025-11-20", [], ["Mikola Statkevich"])
