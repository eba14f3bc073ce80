"""Issue #12, seventeenth round, where two helpers' rules meet: a family word, a comma and a declined name.

"She phoned her brother, X" names X as her relative (rep41); "a letter came from my son, X" in a relative's own post
names the prisoner the post is about (held38). Only the first has someone before the family word whose relative it is.
"""
import pytest

from tests.extract.helpers import check_name_lists

PUBLISHED = "2026-05-15"


@pytest.mark.parametrize(("text", "held"), [
    ("Вчера наконец пришло письмо от сына, Павла Савицкого. Пишет из ШИЗО в Глубоком: здоров, просит книги.\n",
     ["Павел Савицкий"]),
    ("Учора нарэшце прыйшоў ліст ад сына, Паўла Савіцкага. Піша з ШІЗА ў Глыбокім: здаровы, просіць кнігі.\n",
     ["Павел Савіцкі"]),
    ("Вчора нарешті прийшов лист від сина, Павла Савицького. Пише з ШІЗО в Глибокому: здоровий, просить книжки.\n",
     ["Павло Савицький"]),
])
def test_a_relatives_own_post_names_the_prisoner_it_is_about(text, held):
    check_name_lists(text, PUBLISHED, [], held)


@pytest.mark.parametrize(("text", "released"), [
    ("Ирину Ковальчук освободили в марте. Через час после освобождения она позвонила сыну, Павлу Ковальчуку.\n",
     ["Ирина Ковальчук"]),
    ("Ірыну Кавальчук вызвалілі ў сакавіку. Праз гадзіну пасля вызвалення яна патэлефанавала сыну, Паўлу Кавальчуку.\n",
     ["Ірына Кавальчук"]),
])
def test_a_relative_after_her_pronoun_shares_no_release(text, released):
    check_name_lists(text, PUBLISHED, released, [])
