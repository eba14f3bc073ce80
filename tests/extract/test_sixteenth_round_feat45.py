"""People of the sixteenth round's third wave of issue #12, from features and profiles about people (see
docs/extract-corpus.md, "Sixteenth round, third wave: features and profiles about people (feat45)").

Short articles of our own in Russian, Belarusian and Ukrainian; each asserts both lists as the extractor prints them
(names in the nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists

# A trade in the accusative opening the sentence after a name ("Юриста ... освободили"): the object of a verb with no
# subject is the person just named, whatever their gender when the trade is one either gender bears.


@pytest.mark.parametrize(("text", "freed"), [
    ("Сергей Кузьмин давно не видел снега.\n\nЮриста, осуждённого в 2021 году на девять лет, освободили в сентябре.\n",
     ["Сергей Кузьмин"]),
    ("Анна Белова снова пьёт кофе по утрам.\n\nАналитика, приговорённую к восьми годам, помиловали в ноябре.\n",
     ["Анна Белова"]),
    ("Павел Гринев пишет книгу о колонии.\n\nЖурналиста помиловали летом вместе с другими политзаключёнными.\n",
     ["Павел Гринев"]),
    ("Олег Ткач вперше за чотири роки побачив море.\n\nАдвоката, засудженого до семи років, звільнили в жовтні.\n",
     ["Олег Ткач"]),
    ("Андрэй Мароз упершыню за тры гады сустрэў Каляды дома.\n\nЖурналіста, асуджанага на шэсць гадоў, вызвалілі ў"
     " снежні.\n", ["Андрэй Мароз"]),
    ("Вольга Шамко цяпер жыве ў Беластоку.\n\nПалітолага, асуджаную на пяць гадоў, памілавалі ў жніўні.\n",
     ["Вольга Шамко"]),
])
def test_trade_in_the_accusative_after_a_name_is_that_person(text, freed):
    check_name_lists(text, "2026-03-01", freed, [])


def test_trade_in_the_accusative_moved_to_another_colony_is_held():
    # The same opening with a transfer, not a release: the person is still inside.
    check_name_lists("Сергей Кузьмин давно не видел родных.\n\nЮриста, осуждённого на девять лет, перевели в другую"
                     " колонию в сентябре.\n", "2026-03-01", [], ["Сергей Кузьмин"])


def test_trade_with_its_own_name_is_not_the_person_before():
    # "Журналиста Ивана Петрова освободили": the trade has its name, the person before is no one freed.
    check_name_lists("Глеб Зорин ведёт блог о политике.\n\nЖурналиста Ивана Петрова освободили в сентябре.\n",
                     "2026-03-01", ["Иван Петров"], [])
