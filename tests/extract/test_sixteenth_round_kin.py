"""Relatives and people who share a surname, sixteenth round of issue #12 (see docs/extract-corpus.md, "Sixteenth round:
relatives and shared surnames").

Short articles of our own in English, Russian, Belarusian (with Łacinka) and Ukrainian; each asserts both lists as the
extractor prints them (names in the nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists

# 1. A name that only says whose relative the subject is ("the son of X", "сын X", "син колишнього кандидата X") takes
# no state from the subject's clause: the clause is the son's.


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Pavel Marchuk, the son of the trade unionist and former city councillor Ihar Marchuk, was pardoned on Tuesday.\n",
     ["Pavel Marchuk"], []),
    ("Still in a colony is Pavel Marchuk, son of the retired surgeon and former city councillor Ihar Marchuk.\n",
     [], ["Pavel Marchuk"]),
    ("Павел Марчук — сын Игоря Марчука, осужден на шесть лет по делу отца.\n", [], ["Павел Марчук"]),
    ("На свободу вышла Анна Марчук, дочь бывшего директора завода Игоря Марчука.\n", ["Анна Марчук"], []),
    ("Павел Марчук, сын былога дырэктара шпіталя Ігара Марчука, застаецца ў калоніі.\n", [], ["Павел Марчук"]),
    ("Pavieł Marčuk, syn Ihara Marčuka, vyjšaŭ na volu ŭ piatnicu.\n", ["Pavieł Marčuk"], []),
    ("У колонії залишається Павло Марчук, син колишнього депутата міської ради Ігоря Марчука.\n", [], ["Павло Марчук"]),
])
def test_name_after_a_family_word_takes_no_state_of_the_subject(text, released, held):
    check_name_lists(text, "2025-12-20", released, held)


@pytest.mark.parametrize(("text", "released", "held"), [
    # The other side: a relative clause of the name's own tells that person's state.
    ("Pavel Marchuk, the son of Ihar Marchuk, who was freed in June, remains in a colony.\n",
     ["Ihar Marchuk"], ["Pavel Marchuk"]),
    ("Павел Марчук, сын Игоря Марчука, которого освободили в июне, остается в колонии.\n",
     ["Игорь Марчук"], ["Павел Марчук"]),
    # What a relative clause after a family word tells ("waits for his father, who ...") is the father's.
    ("The son of Ihar Marchuk, Pavel Marchuk, is waiting for his father, who is still in a colony.\n",
     [], ["Ihar Marchuk"]),
    ("Син Ігоря Марчука Павло Марчук чекає батька, який залишається в колонії.\n", [], ["Ігор Марчук"]),
    # A prisoner's title before the name tells that person's state ("жена политзаключенного X").
    ("Анна Марчук, жена политзаключенного Игоря Марчука, вышла на свободу в пятницу.\n",
     ["Анна Марчук"], ["Игорь Марчук"]),
])
def test_name_after_a_family_word_keeps_a_state_of_its_own(text, released, held):
    check_name_lists(text, "2025-12-20", released, held)


def test_family_word_in_an_oblique_case_names_the_person_himself():
    # "просит помиловать сына Павла": the declined name is the son, in apposition.
    check_name_lists("Мать просит помиловать сына Павла Марчука, осужденного на шесть лет.\n", "2025-12-20",
                     [], ["Павел Марчук"])


# The name after a family word that agrees with someone named before it ("з Паўлам, сынам Ігара Марчука") is no one
# "he" in the next sentence could stand for: "he" is the one it agrees with.


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Антон Левчук освобожден в декабре. Последний год он сидел с Павлом Марчуком, сыном Игоря Марчука. "
     "Он до сих пор в колонии.\n", ["Антон Левчук"], ["Павел Марчук"]),
    ("Антон Левчук вызвалены ў снежні. Апошні год ён сядзеў з Паўлам Лазарэвічам, сынам Ігара Лазарэвіча. "
     "Ён дагэтуль у калоніі.\n", ["Антон Левчук"], ["Павел Лазарэвіч"]),
    ("Антона Левчука звільнили в грудні. Останній рік він сидів з Павлом Марчуком, сином Ігоря Марчука. "
     "Він досі в колонії.\n", ["Антон Левчук"], ["Павло Марчук"]),
])
def test_he_after_a_son_and_his_fathers_name_is_the_son(text, released, held):
    check_name_lists(text, "2025-12-20", released, held)


# 2. A relative telling the story in the present ("Мать рассказывает, что ...", "Маці расказвае, што ...") speaks; what
# she tells is of the people in it, not of her.


@pytest.mark.parametrize(("text", "released"), [
    ("Ольга Марчук рассказывает, что сокамерник ее сына Антон Левченко уже на свободе.\n", ["Антон Левченко"]),
    ("Вольга Марчук расказвае, што сукамернік яе сына Антон Лявонцьеў ужо на волі.\n", ["Антон Лявонцьеў"]),
    ("Ольга Марчук розповідає, що співкамерник її сина Антон Левченко вже на волі.\n", ["Антон Левченко"]),
])
def test_relative_telling_in_the_present_is_a_speaker(text, released):
    check_name_lists(text, "2025-12-20", released, [])


# 3. A release told after "but" and a month of this year ("але ў студзені гэтага года трапіў у спіс памілаваных", a
# brother tried before the one the article is about) is the subject's own: "but" opens no clause of its own when no
# subject follows the time.


@pytest.mark.parametrize(("text", "released"), [
    ("Антон Левчук быў асуджаны ў 2022 годзе, але ў сакавіку гэтага года трапіў у спіс памілаваных.\n",
     ["Антон Левчук"]),
    ("Антон Левчук был осужден в 2022 году, но в марте этого года попал в список помилованных.\n", ["Антон Левчук"]),
    ("Антон Левчук був засуджений у 2022 році, але в березні цього року потрапив до списку помилуваних.\n",
     ["Антон Левчук"]),
    ("Anton Lewchuk was sentenced in 2022, but in March this year was pardoned.\n", ["Anton Lewchuk"]),
])
def test_release_after_but_and_a_month_of_this_year_is_the_subjects(text, released):
    check_name_lists(text, "2025-06-20", released, [])
