"""People's states of the fifteenth round of issue #12, from blind26–27 (see docs/extract-corpus.md, "Fifteenth round:
people, from blind26–27").

Short articles of our own in English, Russian, Belarusian and Ukrainian; each asserts both lists as the extractor prints
them (names in the nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists

PUBLISHED = "2025-10-20"

# 1. The verb of the release before its subject, a trade between or an office after the name: the person is freed
# ("На свободу вышла X, политолог"), and so is one whose return home is told before the verb ("Дадому вярнулася X").


@pytest.mark.parametrize(("text", "released"), [
    ("На свободу вышел Игорь Карней, политолог и обозреватель.\n", ["Игорь Карней"]),
    ("На волю выйшла палітолягіня Ірына Злобіна, аналітык.\n", ["Ірына Злобіна"]),
    ("Дадому ў Гомель ужо вярнулася журналістка Ксенія Луцкіна, у якой выявілі хваробу.\n", ["Ксенія Луцкіна"]),
    ("Домой в Брест уже вернулся активист Андрей Ковальчук.\n", ["Андрей Ковальчук"]),
    ("Додому до Житомира вже повернулася журналістка Ольга Кравець.\n", ["Ольга Кравець"]),
])
def test_a_release_told_before_its_subject_frees_the_person(text, released):
    check_name_lists(text, PUBLISHED, released, [])


def test_an_official_after_the_freed_still_takes_no_release():
    check_name_lists("Освобождённых встретил временный поверенный США Джон Смит, дипломат.\n", PUBLISHED, [], [])


# 2. A release only allowed as possible ("допустил освобождение", "is open to releasing") has not happened: the person
# is still held.


@pytest.mark.parametrize(("text", "held"), [
    ("Лукашенко допустил освобождение Николая Статкевича.\n", ["Николай Статкевич"]),
    ("Лукашэнка дапусціў вызваленне Віктара Бабарыкі.\n", ["Віктар Бабарыка"]),
    ("Лукашенко допустив звільнення Віктора Бабарика.\n", ["Віктор Бабарико"]),
    ("Lukashenko said he is open to releasing Mikalai Statkevich.\n", ["Mikalai Statkevich"]),
    ("The Kremlin's ally is considering a pardon for Viktar Babaryka.\n", ["Viktar Babaryka"]),
])
def test_a_release_allowed_as_possible_keeps_the_person_held(text, held):
    check_name_lists(text, PUBLISHED, [], held)


# 3. Inside a quotation that names a person, the speaker named after the quotation is no one the quotation's "he" could
# stand for: "«X is my friend. He is still in the colony», Losik said."


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Ihar Losik was freed last month. \"Andrei Aliaksandrau is my friend. He is still in the colony,\" Losik said.\n",
     ["Ihar Losik"], ["Andrei Aliaksandrau"]),
    ("Игорь Лосик вышел на свободу. «Андрей Александров — мой друг. Он и сейчас в колонии», — говорит Лосик.\n",
     ["Игорь Лосик"], ["Андрей Александров"]),
    ("Ігар Лосік вызвалены. «Андрэй Александраў — мой сябар. Ён і цяпер у калоніі», — кажа Лосік.\n",
     ["Ігар Лосік"], ["Андрэй Александраў"]),
    ("Ігор Лосік вийшов на волю. «Андрій Александров — мій друг. Він досі в колонії», — каже Лосік.\n",
     ["Ігор Лосік"], ["Андрій Александров"]),
])
def test_a_pronoun_inside_a_quotation_goes_on_past_its_speaker(text, released, held):
    check_name_lists(text, PUBLISHED, released, held)


# 4. Where the person is now, told plainly: "He is in the colony", a term still to serve ("Ёй сядзець яшчэ тры гады"),
# a stay still going on ("has now spent six years behind bars", "уже провела за решёткой шесть лет").


@pytest.mark.parametrize(("text", "held"), [
    ("Dzianis Ivashin got thirteen years. He is in the colony in Navapolatsk.\n", ["Dzianis Ivashin"]),
    ("Andrei Aliaksandrau is my friend. He is in a penal colony near Minsk.\n", ["Andrei Aliaksandrau"]),
    ("Кацярына Андрэева — мая сяброўка. Ёй сядзець яшчэ тры гады.\n", ["Кацярына Андрэева"]),
    ("Юрась Зянковіч — мой сябар. Яму сядзець там яшчэ пяць гадоў.\n", ["Юрась Зянковіч"]),
    ("Among the long-serving prisoners is journalist Katsiaryna Andreyeva, who has now spent six years behind bars.\n",
     ["Katsiaryna Andreyeva"]),
    ("Mikalai Statkevich has so far spent more than five years in prison.\n", ["Mikalai Statkevich"]),
    ("Журналистка Екатерина Андреева уже провела за решёткой шесть лет.\n", ["Екатерина Андреева"]),
    ("Журналістка Кацярына Андрэева ўжо правяла за кратамі шэсць гадоў.\n", ["Кацярына Андрэева"]),
    ("Журналістка Катерина Андрєєва вже провела за ґратами шість років.\n", ["Катерина Андрєєва"]),
])
def test_a_stay_told_as_going_on_holds_the_person(text, held):
    check_name_lists(text, PUBLISHED, [], held)


@pytest.mark.parametrize(("text", "released"), [
    ("Maria Kalesnikava, who spent five years behind bars, spoke in Berlin.\n", ["Maria Kalesnikava"]),
    ("Мария Колесникова провела за решёткой пять лет и в декабре вышла на свободу.\n", ["Мария Колесникова"]),
])
def test_a_stay_told_as_finished_still_frees_the_person(text, released):
    check_name_lists(text, PUBLISHED, released, [])


# 5. A group told to be "in places of detention" hands its state to the list under it ("Среди них — X, осуждённый ...").


@pytest.mark.parametrize(("text", "held"), [
    ("По словам омбудсмена, не менее 20 граждан Литвы находятся в белорусских местах лишения свободы. Среди них — "
     "51-летний фермер Андрей Ковальчук, осуждённый на пять лет.\n", ["Андрей Ковальчук"]),
    ("Паводле праваабаронцаў, 12 грамадзян Польшчы знаходзяцца ў месцах пазбаўлення волі. Сярод іх — 30-гадовы кіроўца "
     "Сяргей Кавальчук, асуджаны на чатыры гады.\n", ["Сяргей Кавальчук"]),
    ("За даними МЗС, 15 громадян Латвії перебувають у місцях позбавлення волі. Серед них — пенсіонер Андрій Ковальчук, "
     "засуджений до трьох років.\n", ["Андрій Ковальчук"]),
])
def test_a_group_in_places_of_detention_holds_its_list(text, held):
    check_name_lists(text, PUBLISHED, [], held)


def test_a_release_out_of_places_of_detention_is_still_a_release():
    check_name_lists("Андрій Ковальчук, засуджений до трьох років, після звільнення з місць позбавлення волі повернувся "
                     "до Житомира.\n", PUBLISHED, ["Андрій Ковальчук"], [])


# 6. The person named again by their trade in the next sentence ("The Gazeta Wyborcza correspondent ... remains in a
# penal colony"), and a quotation right after the name that is its predicate ('X "was not on the list"').


@pytest.mark.parametrize(("lang_text", "held"), [
    ("Andrzej Poczobut is a journalist. The Gazeta Wyborcza correspondent, sentenced to eight years in 2023, remains in "
     "a penal colony.\n", ["Andrzej Poczobut"]),
    ("Officials met Ihar Ilyash on Monday. The Belsat correspondent remains in prison, his wife said.\n", ["Ihar Ilyash"]),
    ("Вчера суд отказал Андрею Почобуту. Корреспондент «Газеты Выборчей», осуждённый на восемь лет, остаётся в колонии в "
     "Новополоцке.\n", ["Андрей Почобут"]),
    ("Пра Кацярыну Андрэеву зноў пішуць. Карэспандэнтка «Белсата», асуджаная на восем гадоў, застаецца ў калоніі.\n",
     ["Кацярына Андрэева"]),
    ("Катерина Андрєєва написала листа. Кореспондентка «Білсату», засуджена на вісім років, залишається в колонії.\n",
     ["Катерина Андрєєва"]),
])
def test_a_reporter_named_again_by_the_trade_is_held(lang_text, held):
    check_name_lists(lang_text, PUBLISHED, [], held)


@pytest.mark.parametrize(("text", "held"), [
    ('Polish Foreign Ministry: Andrzej Poczobut "was not on the list".\n', ["Andrzej Poczobut"]),
    ('According to his lawyer, Andrzej Poczobut "remains in the colony in Navapolatsk".\n', ["Andrzej Poczobut"]),
    ("По словам адвоката, Андрей Почобут «по-прежнему находится в колонии».\n", ["Андрей Почобут"]),
    ("За словами МЗС, Андрій Почобут «досі перебуває в колонії».\n", ["Андрій Почобут"]),
])
def test_a_quotation_right_after_the_name_is_its_predicate(text, held):
    check_name_lists(text, PUBLISHED, [], held)


# 7. An attribute that says the person is in prison ("the journalist imprisoned in Belarus", "зняволены", "ув'язнений"),
# and a release asked of someone ("called on Minsk to free X").


@pytest.mark.parametrize(("text", "held"), [
    ("Andrzej Poczobut, the Polish-Belarusian journalist imprisoned in Belarus, has developed heart problems.\n",
     ["Andrzej Poczobut"]),
    ("Warsaw called on Minsk to free Andrzej Poczobut.\n", ["Andrzej Poczobut"]),
    ("Андрэй Пачобут, журналіст, зняволены ў Беларусі, хварэе.\n", ["Андрэй Пачобут"]),
    ("Андрій Почобут, журналіст, ув'язнений у Білорусі, хворіє.\n", ["Андрій Почобут"]),
])
def test_an_attribute_of_imprisonment_holds_the_person(text, held):
    check_name_lists(text, PUBLISHED, [], held)


@pytest.mark.parametrize(("text", "released"), [
    ("Andrzej Poczobut, imprisoned in 2021, was freed on Thursday.\n", ["Andrzej Poczobut"]),
    ("Андрій Почобут, колишній ув'язнений, вийшов на волю у 2024 році.\n", ["Андрій Почобут"]),
])
def test_a_release_after_the_imprisonment_still_frees_the_person(text, released):
    check_name_lists(text, PUBLISHED, released, [])


# 8. The border crossed out of Belarus, named by the country's adjective ("хто перетнув український кордон").


@pytest.mark.parametrize(("text", "released"), [
    ("Загалом Мінськ звільнив 123 людей. Серед тих, хто перетнув український кордон, — Марія Колесникова.\n",
     ["Марія Колесникова"]),
    ("Среди тех, кто пересёк литовскую границу, — Мария Колесникова.\n", ["Мария Колесникова"]),
    ("Сярод тых, хто перасёк украінскую мяжу, — Марыя Калеснікава.\n", ["Марыя Калеснікава"]),
    ("Among those who crossed the Ukrainian border was Maria Kalesnikava.\n", ["Maria Kalesnikava"]),
])
def test_a_border_crossed_by_its_adjective_frees_the_person(text, released):
    check_name_lists(text, PUBLISHED, released, [])


# 9. A relative named in someone's apposition with a title between ("the son of 2020 presidential hopeful X") is named
# only to say whose son: the sentence's state is the son's.


@pytest.mark.parametrize(("text", "held"), [
    ("Eduard Babaryka, the son of 2020 presidential hopeful Viktar Babaryka, is serving eight years.\n",
     ["Eduard Babaryka"]),
    ("Эдуард Бабарико, сын экс-кандидата в президенты Виктора Бабарико, отбывает восемь лет.\n", ["Эдуард Бабарико"]),
    ("Эдуард Бабарыка, сын экс-кандыдата Віктара Бабарыкі, адбывае восем гадоў.\n", ["Эдуард Бабарыка"]),
    ("Едуард Бабарико, син колишнього кандидата Віктора Бабарика, відбуває вісім років.\n", ["Едуард Бабарико"]),
])
def test_a_parent_named_with_a_title_in_the_apposition_takes_no_state(text, held):
    check_name_lists(text, PUBLISHED, [], held)


def test_a_wife_with_a_prisoners_title_before_his_name_still_tells_he_is_held():
    check_name_lists("Alena Maushuk, the wife of political prisoner Ihar Maushuk, spoke about his letters.\n", PUBLISHED,
                     [], ["Ihar Maushuk"])


# 10. An impersonal "they still keep X" ("у той самай калоніі дагэтуль трымаюць X"): the object is held.


@pytest.mark.parametrize(("text", "held"), [
    ("Паводле яго, у той самай калоніі дагэтуль трымаюць праваабаронцу Насту Лойку.\n", ["Наста Лойка"]),
    ("По его словам, в той же колонии до сих пор держат правозащитницу Анастасию Лойко.\n", ["Анастасия Лойко"]),
    ("За його словами, у тій самій колонії досі тримають правозахисницю Анастасію Лойко.\n", ["Анастасія Лойко"]),
    ("He said the colony still holds rights defender Nasta Loika.\n", ["Nasta Loika"]),
])
def test_they_still_keep_the_person_who_is_held(text, held):
    check_name_lists(text, PUBLISHED, [], held)


def test_a_keeping_that_ended_in_a_release_is_a_release():
    check_name_lists("Марию Колесникову держали в колонии до декабря, когда её освободили.\n", PUBLISHED,
                     ["Мария Колесникова"], [])
