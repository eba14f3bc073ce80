"""Recognition of the thirteenth round of issue #12: which words are a person's name (see docs/extract-corpus.md,
"Thirteenth round of issue #12 — recognition").

Short articles of our own in English, Russian, Belarusian (with Łacinka) and Ukrainian; each asserts both lists as the
extractor prints them (names in the nominative, a second surname in brackets kept, in the nominative too).
"""

import pytest

from tests.extract.helpers import run


def _check(text: str, published: str, released: list[str], held: list[str]) -> None:
    report = run(text, published)
    assert (sorted(report.named_released), sorted(report.named_still_held)) == (sorted(released), sorted(held))


# A participle or an adjective opening the sentence describes the person after it: it is no surname, nor a person.


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Вызвалены Уладзімір Маціевіч, пенсіянер з Гомеля. Яго затрымалі ў 2022 годзе.\n", ["Уладзімір Маціевіч"], []),
    ("Вызвалены палітвязень Мікалай Дзядок ужо ў Вільні.\n", ["Мікалай Дзядок"], []),
    ("Памілаваная Ганна Карпенка ўжо дома. Карпенку асудзілі ў 2023 годзе.\n", ["Ганна Карпенка"], []),
    ("Асуджаны Павел Севярынец застаецца ў калоніі.\n", [], ["Павел Севярынец"]),
    ("Колишня журналістка Ксенія Луцкіна вийшла на волю в суботу.\n", ["Ксенія Луцкіна"], []),
    ("Колишній політв'язень Микола Дєдок вийшов на волю.\n", ["Микола Дєдок"], []),
    ("Бывшая журналистка Ксения Луцкина вышла на свободу в субботу.\n", ["Ксения Луцкина"], []),
    ("Vyzvalenaja Alena Łazarčyk užo ŭ Litvie. Jana była ŭ kałonii try hady i vyjšła na volu ŭ subotu.\n",
     ["Alena Łazarčyk"], []),
    ("Former journalist Ksenia Lutskina was released on Saturday.\n", ["Ksenia Lutskina"], []),
])
def test_a_word_describing_the_person_opens_the_sentence_outside_the_name(text, released, held):
    _check(text, "2025-06-21", released, held)


def test_a_surname_declined_like_an_adjective_is_still_a_surname():
    text = "А потім, уже в грудні, я прочитав, що в Україну привезли Біляцького, Колеснікову, Бабарика.\n"
    assert [name[:7] for name in run(text, "2026-02-17").named_released] == ["Біляцьк", "Колесні", "Бабарик"]


# An outlet or an organisation after a person's name in a list item is the person's affiliation, not a second person.


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Belarus freed 14 prisoners on Saturday. Among them:\n— Andrzej Poczobut, Gazeta Wyborcza — 8 years\n"
     "— Dzianis Ivashin, Novy Chas — 13 years\n", ["Andrzej Poczobut", "Dzianis Ivashin"], []),
    ("Belarus freed 12 people on Saturday. The list included:\n— Ihar Ilyash, Belsat — 4 years\n"
     "— Larysa Shchyrakova, Reform.by — 3 years\n", ["Ihar Ilyash", "Larysa Shchyrakova"], []),
    ("Still in prison: Katsiaryna Bakhvalava, Belsat; Ihar Losik, Radio Liberty.\n", [],
     ["Katsiaryna Bakhvalava", "Ihar Losik"]),
    ("U subotu na volu vyjšli šasnaccać čałaviek. Siarod vyzvalenych:\n— Ihar Łosik, Radio Svaboda;\n"
     "— Dzianis Ivašyn, Novy Čas.\n", ["Ihar Łosik", "Dzianis Ivašyn"], []),
    ("Сярод вызваленых:\n— Ігар Лосік, Радыё Свабода — 15 гадоў\n— Дзяніс Івашын, Новы Час — 13 гадоў\n",
     ["Ігар Лосік", "Дзяніс Івашын"], []),
    ("Журналістка Belsat Кацярына Андрэева застаецца ў калоніі.\n", [], ["Кацярына Андрэева"]),
    ("Freed on Saturday: Andrzej Poczobut, Gazeta Wyborcza correspondent in Hrodna, and Ihar Losik.\n",
     ["Andrzej Poczobut", "Ihar Losik"], []),
])
def test_an_outlet_after_a_name_in_a_list_item_is_no_person(text, released, held):
    _check(text, "2025-06-21", released, held)


# A maiden or former surname in brackets right after the name is the same person's other name: the name is listed
# without it, in the nominative (the sixteenth round changed this: most golds leave the bracket out; see
# test_sixteenth_round_forms.py).


@pytest.mark.parametrize(("text", "released", "held"), [
    ("На волю выйшла Кацярына Андрэева (Бахвалава), журналістка Белсату.\n", ["Кацярына Андрэева"], []),
    ("Праваабаронцы патрабуюць вызвалення Кацярыны Андрэевай (Бахвалавай), якая застаецца ў калоніі.\n", [],
     ["Кацярына Андрэева"]),
    ("Released on Saturday was Katsiaryna Andreyeva (Bakhvalava), a Belsat journalist.\n",
     ["Katsiaryna Andreyeva"], []),
    ("В колонии остается Екатерина Андреева (Бахвалова).\n", [], ["Екатерина Андреева"]),
    ("Звільнили Катерину Андрєєву (Бахвалову).\n", ["Катерина Андрєєва"], []),
    ("На свободу вышла Марина Золотова (Лысенко), главный редактор TUT.by.\n", ["Марина Золотова"], []),
    ("Вызвалілі Ларысу Шчыракову (Пятрову) з Гомеля.\n", ["Ларыса Шчыракова"], []),
])
def test_a_second_surname_in_brackets_is_left_out_of_the_listed_name(text, released, held):
    _check(text, "2025-06-21", released, held)


def test_a_town_in_brackets_is_no_part_of_the_name():
    _check("Mikalai Statkevich (Minsk) remains in a colony.\n", "2025-06-21", [], ["Mikalai Statkevich"])


# A sentence reaches its object across the object's title, however long.


@pytest.mark.parametrize(("text", "held"), [
    ("Суд прысудзіў былую карэспандэнтку рэгіянальнага сайта Вольгу Радзівонаву да трох гадоў калоніі.\n",
     ["Вольга Радзівонава"]),
    ("Суд приговорил бывшую корреспондентку регионального сайта Ольгу Радивонову к трем годам колонии.\n",
     ["Ольга Радивонова"]),
    ("Суд засудив колишню кореспондентку регіонального сайту Ольгу Радівонову до трьох років колонії.\n",
     ["Ольга Радівонова"]),
    ("Sud prysudziŭ byłuju karespandentku rehijanalnaha sajta Volhu Radzivonavu da troch hadoŭ kałonii.\n",
     ["Volha Radzivonava"]),
    ("Суд приговорил пенсионерку из Гомельской области Татьяну Куриленко к двум годам колонии.\n",
     ["Татьяна Куриленко"]),
    ("Суд прысудзіў пенсіянерку з Гомельскай вобласці Таццяну Курыленка да двух гадоў.\n", ["Таццяна Курыленка"]),
    ("Суд засудив пенсіонерку з Гомельської області Тетяну Куриленко до двох років колонії.\n", ["Тетяна Куриленко"]),
    ("A court sentenced the former head of a regional branch of the party Mikalai Kazlou to four years.\n",
     ["Mikalai Kazlou"]),
])
def test_a_sentence_reaches_its_object_across_a_long_title(text, held):
    _check(text, "2025-06-21", [], held)


def test_a_sentence_told_before_a_comma_does_not_reach_a_name_after_it():
    text = ("Суд приговорил к трем годам колонии ее мужа, а бывшую корреспондентку регионального сайта Ольгу "
            "Радивонову отпустили домой под подписку.\n")
    assert "Ольга Радивонова" not in run(text, "2025-06-21").named_still_held


# A surname alone later, in another case, and a nickname are the person named before.


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Вызвалены Ігар Карней. Карнея затрымалі ў 2023 годзе, ён адбыў два гады.\n", ["Ігар Карней"], []),
    ("Вызвалены Зміцер Кудзелька. Кудзельку затрымалі ў 2022 годзе.\n", ["Зміцер Кудзелька"], []),
    ("Микола Статкевич досі в колонії. Статкевича тримають в ізоляції.\n", [], ["Микола Статкевич"]),
    ("Вызвалілі анархіста Мікалая «Дзеда» Дзядка.\n", ["Мікалай Дзядок"], []),
    ("Freed: Mikalai 'Dzed' Dziadok and Ihar Losik.\n", ["Mikalai Dziadok", "Ihar Losik"], []),
])
def test_a_later_surname_or_a_nickname_is_the_person_named_before(text, released, held):
    _check(text, "2025-06-21", released, held)
