"""People's states of the sixteenth round of issue #12, from the study corpora blind32–34 (see docs/extract-corpus.md,
"Sixteenth round: people's states (names32)").

Short articles of our own in English, Russian, Belarusian and Ukrainian; each asserts both lists as the extractor prints
them (names in the nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists

# 1. A question the sentence calls open ("It is not yet known whether X was among them", "Был ли X среди них, пока
# неизвестно"): the person is told neither freed nor held, whatever release word the question holds.


@pytest.mark.parametrize("text", [
    "On Saturday the authorities released 40 political prisoners. It is not yet known whether Pavel Seviarynets was "
    "among them.\n",
    "У суботу влада звільнила 40 політв'язнів. Чи був серед звільнених Павло Северинець, поки що невідомо.\n",
    "У суботу ўлады вызвалілі 40 палітвязняў. Пакуль невядома, ці вызвалілі таксама Паўла Севярынца.\n",
])
def test_release_asked_about_but_unknown_tells_no_state(text):
    check_name_lists(text, "2025-11-20", [], [])


def test_unknown_release_of_one_leaves_the_named_freed_freed():
    # Only the name inside the open question loses its state; the one named freed before it keeps hers.
    check_name_lists("В субботу власти освободили 40 политзаключенных, среди них Павел Северинец. Освобожден ли также "
                     "Николай Дедок, правозащитникам не известно.\n", "2025-11-20", ["Павел Северинец"], [])


def test_release_asked_about_and_answered_is_told():
    # The other side: no word of doubt, and the one named among the freed is freed.
    check_name_lists("On Saturday the authorities released 40 political prisoners. Pavel Seviarynets was among them.\n",
                     "2025-11-20", ["Pavel Seviarynets"], [])


# 2. "One of them — X" after a line that only puts part of the group on the list ("В списке оказались двое жителей
# Гомеля"): the list's state is the one the sentence before that line tells.


@pytest.mark.parametrize(("text", "freed"), [
    ("On Friday Lukashenko pardoned 25 people convicted of \"extremism\".\n\nAt least two residents of Barysau were on "
     "the list.\n\nOne of them is a 61-year-old teacher, Halina Marozava.\n", ["Halina Marozava"]),
    ("У пятніцу Лукашэнка памілаваў 25 чалавек.\n\nУ спісе апынуліся двое жыхароў Барысава.\n\nАдна з іх — настаўніца "
     "Галіна Марозава.\n", ["Галіна Марозава"]),
    ("У п'ятницю Лукашенко помилував ще 25 політв'язнів, повідомляє пресслужба.\n\nДо списку потрапили щонайменше двоє "
     "жителів Борисова.\n\nОдна з них — 61-річна вчителька Галина Морозова, яку засудили у 2022 році.\n",
     ["Галина Морозова"]),
])
def test_one_of_them_after_a_line_about_the_list_takes_the_lists_state(text, freed):
    check_name_lists(text, "2025-11-20", freed, [])


# 3. Words with a second sense: "while" of time ("while in detention", "while serving his term") is no contrast that
# hands the rest of the sentence to another name; "the union leader X" is a title, not "the union X leads".


@pytest.mark.parametrize(("text", "freed", "held"), [
    ("Its founder Pavel Seviarynets, who wrote two books while behind bars, is still held in the Mahiliou colony, where "
     "his wife Hanna Seviarynets visited him in May.\n", [], ["Pavel Seviarynets"]),
    ("The blogger Ihar Kuzmich, who fell ill while serving his term, remains in prison, while his colleague Andrei Hanchar"
     " was pardoned.\n", ["Andrei Hanchar"], ["Ihar Kuzmich"]),
    ("The union leader Pavel Seviarynets, who turned 60 while in jail, is still in a colony in Navapolatsk, whereas Hanna"
     " Kuzmich walked free.\n", ["Hanna Kuzmich"], ["Pavel Seviarynets"]),
])
def test_while_of_time_keeps_the_names_own_predicate(text, freed, held):
    check_name_lists(text, "2025-11-20", freed, held)


@pytest.mark.parametrize(("text", "held"), [
    ("The party chairman Mikola Kuzmich, who turned 60 while in jail, remains in a penal colony.\n", ["Mikola Kuzmich"]),
    ("The campaign coordinator Hanna Seviarynets, who was detained in 2021, is still behind bars.\n",
     ["Hanna Seviarynets"]),
])
def test_a_things_name_before_a_title_opens_no_relative_clause(text, held):
    check_name_lists(text, "2025-11-20", [], held)


def test_the_party_the_name_led_still_opens_one():
    # The other side: "Hramada, the party Statkevich led, says ..." is the party's clause, Statkevich takes nothing from
    # the count of those held after it.
    check_name_lists("On Friday the authorities freed Mikola Statkevich. Hramada, the party Statkevich led, says some "
                     "1,100 people remain behind bars.\n", "2025-11-20", ["Mikola Statkevich"], [])


# 4. The one who frees ("Алиев помиловал 120 заключенных"): an active release verb with its object after the name makes
# the name its subject, not one of the freed.


@pytest.mark.parametrize("text", [
    "Алиев освободил еще 45 осужденных ко Дню республики.\n",
    "Алієв помилував ще 30 ув'язнених напередодні Дня незалежності, повідомляє його пресслужба.\n",
])
def test_the_one_who_pardons_is_not_freed(text):
    check_name_lists(text, "2025-11-20", [], [])


def test_object_before_the_verb_is_the_freed():
    # The other side: "Колесникову помиловал Лукашенко" puts the freed first and the one who frees after the verb.
    check_name_lists("Марию Колесникову помиловал Лукашенко. Игоря Лосика освободили в июне.\n", "2025-11-20",
                     ["Игорь Лосик", "Мария Колесникова"], [])


# 5. A worry about the person right before the name ("welcomes release of 20, expresses concern for X"): the release
# before it is the others'; the person's state is what the article tells of them elsewhere.


@pytest.mark.parametrize(("text", "held"), [
    ("Poland welcomes release of 20 from Belarus, expresses concern for Poczobut\n\nWarsaw is worried about the fate of "
     "Andrzej Poczobut, who was taken back to his colony in Novopolotsk.\n", ["Andrzej Poczobut"]),
    ("Польща вітає звільнення 20 людей, висловлює тривогу за Почобута\n\nВаршава стурбована долею Анджея Почобута, якого "
     "повернули до колонії.\n", ["Анджей Почобут"]),
    ("Польшча вітае вызваленне 20 чалавек, выказвае трывогу за Пачобута\n\nВаршава занепакоеная лёсам Анджэя Пачобута, "
     "якога вярнулі ў калонію.\n", ["Анджэй Пачобут"]),
    ("Польша приветствует освобождение 20 человек, выражает тревогу за Почобута\n\nВаршава обеспокоена судьбой Анджея "
     "Почобута, которого вернули в колонию.\n", ["Анджей Почобут"]),
])
def test_worry_about_a_name_after_a_release_is_not_that_release(text, held):
    check_name_lists(text, "2025-11-20", [], held)
