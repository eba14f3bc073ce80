"""People released, speakers and other names of the fourteenth round of issue #12 (see docs/extract-corpus.md,
"Fourteenth round: released, speakers and other names (from blind22–23)").

Short articles of our own in English, Russian, Belarusian and Ukrainian; each asserts both lists as the extractor prints
them (names in the nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists

# 1. "One of those freed is X, a political analyst": the partitive of the freed opens the clause; an office beside the
# name says what the prisoner was, it does not make them an official.


@pytest.mark.parametrize(("text", "released"), [
    ("One of those freed is Andrei Kuznechyk, a political analyst who had been sentenced to six years.\n",
     ["Andrei Kuznechyk"]),
    ("Один из освобожденных — Игорь Карней, политический аналитик.\n", ["Игорь Карней"]),
    ("Адна з вызваленых — Ірына Злобіна, палітычная аналітыкіня.\n", ["Ірына Злобіна"]),
    ("Серед звільнених — Ігор Лосик, політичний аналітик.\n", ["Ігор Лосик"]),
])
def test_one_of_the_freed_with_a_trade_after_the_name_is_released(text, released):
    check_name_lists(text, "2025-07-02", released, [])


def test_an_official_after_the_freed_is_still_no_prisoner():
    check_name_lists("The freed were met at the border by Julie Fisher, the US envoy.\n", "2025-07-02", [], [])


# 2. A biography whose latest event is the release: the arrest and the term before it are background.


@pytest.mark.parametrize(("text", "released"), [
    ("Ihar Losik was detained in 2020, sentenced to fifteen years and pardoned in 2025. He now lives in Warsaw.\n",
     ["Ihar Losik"]),
    ("Журналиста Андрея Кузнечика задержали в 2020 году, осудили на шесть лет, а в 2025-м помиловали.\n",
     ["Андрей Кузнечик"]),
    ("Ігара Лосіка затрымалі ў 2020 годзе, асудзілі на 15 гадоў, а ў 2025-м памілавалі.\n", ["Ігар Лосік"]),
    ("Ігоря Лосика затримали у 2020 році, засудили до 15 років, а у 2025-му помилували.\n", ["Ігор Лосик"]),
    # An aside between the year and the verb does not end the chain.
    ("Журналистку Ольгу Петрову задержали в 2020 году, осудили на восемь лет, а в 2024-м, после того как у нее нашли "
     "опухоль, помиловали.\n", ["Ольга Петрова"]),
    ("Журналістку Ольгу Петрову затримали у 2020 році, засудили на вісім років, а у 2024-му, після того як у неї "
     "знайшли пухлину, помилували.\n", ["Ольга Петрова"]),
    ("Olga Petrova was detained in 2020, sentenced to eight years and, after doctors found a tumour, pardoned in 2024.\n",
     ["Olga Petrova"]),
])
def test_a_release_that_ends_a_chain_of_arrest_and_sentence_is_the_state(text, released):
    check_name_lists(text, "2025-10-01", released, [])


def test_a_chain_without_a_release_stays_held():
    check_name_lists("Ihar Losik was detained in 2020 and sentenced to fifteen years. He remains in a colony.\n",
                     "2025-10-01", [], ["Ihar Losik"])


# An interview's speaker label ("Losik: ...") is who answers: the "they" of the answer are the people it names.


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Игоря Лосика помиловали в июне. Мы поговорили с ним в Варшаве.\n\n— Кто остается за решеткой?\n\nЛосик: Мария "
     "Колесникова и Николай Статкевич. Они по-прежнему в колонии.\n",
     ["Игорь Лосик"], ["Мария Колесникова", "Николай Статкевич"]),
    ("Ігара Лосіка памілавалі ў чэрвені. Мы пагаварылі з ім у Варшаве.\n\n— Хто застаецца за кратамі?\n\nЛосік: Марыя "
     "Калеснікава і Мікалай Статкевіч. Яны па-ранейшаму ў калоніі.\n",
     ["Ігар Лосік"], ["Марыя Калеснікава", "Мікалай Статкевіч"]),
    ("Ігоря Лосика помилували в червні. Ми поговорили з ним у Варшаві.\n\n— Хто залишається за ґратами?\n\nЛосик: Марія "
     "Колесникова та Микола Статкевич. Вони досі в колонії.\n",
     ["Ігор Лосик"], ["Марія Колесникова", "Микола Статкевич"]),
    ("Ihar Losik was pardoned in June. We spoke to him in Warsaw.\n\nQ: Who is still behind bars?\n\nLosik: Maria "
     "Kalesnikava. She is still in the colony and they keep punishing her.\n", ["Ihar Losik"], ["Maria Kalesnikava"]),
])
def test_an_interview_speaker_label_takes_no_state_from_the_answer(text, released, held):
    check_name_lists(text, "2025-11-20", released, held)


# 3. A trade or role opening the next sentence stands for the person just named, when its gender fits.


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Ihar Losik knows how long the wait is. The blogger walked free in June and now lives in Warsaw.\n",
     ["Ihar Losik"], []),
    ("Ірына Злобіна добра ведае, што такое чаканне. Актывістка з Гомеля выйшла на волю ў чэрвені.\n",
     ["Ірына Злобіна"], []),
    ("Ігор Лосик знає, як це — чекати. Блогер вийшов на волю в червні.\n", ["Ігор Лосик"], []),
    ("Андрей Кузнечик помнит каждый день. Журналист вышел на свободу в феврале.\n", ["Андрей Кузнечик"], []),
    ("Maria Kalesnikava remembers every day. The analyst walked free in June.\n", ["Maria Kalesnikava"], []),
    ("Мікалай Статкевіч не вярнуўся. Палітык застаецца ў калоніі ў Глыбокім.\n", [], ["Мікалай Статкевіч"]),
])
def test_a_trade_opening_the_next_sentence_is_the_person_named_before(text, released, held):
    check_name_lists(text, "2025-10-01", released, held)


@pytest.mark.parametrize("text", [
    # A woman's trade does not stand for a man.
    "Андрей Кузнечик помнит каждый день. Журналистка вышла на свободу в феврале.\n",
    "Ihar Losik met us in Warsaw. Another journalist walked free in June.\n",
])
def test_a_trade_that_does_not_fit_the_person_before_tells_nothing_of_them(text):
    check_name_lists(text, "2025-10-01", [], [])


# 4. Photo captions: a numbered caption is the story, not a credit; a clause about others ("for those who stayed behind
# bars") gives the pictured person none of their state.


@pytest.mark.parametrize(("text", "released"), [
    ("Photo 1. Ihar Losik signs letters for those still behind bars. The blogger walked free on 11 September.\n",
     ["Ihar Losik"]),
    ("Фото 1. Игорь Лосик пишет письма тем, кто остался за решеткой. Блогер вышел на свободу 11 сентября.\n",
     ["Игорь Лосик"]),
    ("Фота 1. Мікола Дзядок падпісвае паштоўкі для тых, хто застаўся за кратамі. Анархіст выйшаў на волю 11 верасня.\n",
     ["Мікола Дзядок"]),
    ("Фото 1. Ігор Лосик підписує листівки для тих, хто лишився за ґратами. Блогер вийшов на волю 11 вересня.\n",
     ["Ігор Лосик"]),
    ("Photo 3. The journalist Ihar Losik with his wife. He walked free in June.\n", ["Ihar Losik"]),
])
def test_a_numbered_photo_caption_tells_the_pictured_persons_state(text, released):
    check_name_lists(text, "2025-09-20", released, [])


def test_one_of_those_who_stayed_is_still_their_own_group():
    check_name_lists("Ігар Лосік быў адным з тых, хто застаўся за кратамі.\n", "2025-09-20", [], ["Ігар Лосік"])


# 5. An official who announces the pardon is no prisoner: "they" of the next sentence are the pardoned.


@pytest.mark.parametrize("text", [
    "Президент Александр Лукашенко помиловал 16 осужденных, сообщила пресс-секретарь главы государства Наталья Эйсмонт.\n"
    "\nВсе они обратились к Президенту с прошениями о помиловании, признали вину и раскаялись.\n",
    "Президент Александр Лукашенко помиловал 16 осужденных, сообщил министр юстиции Сергей Хоменко.\n"
    "\nВсе они признали вину.\n",
    "Президент Олександр Лукашенко помилував 16 засуджених, повідомила речниця глави держави Наталія Ейсмонт.\n"
    "\nУсі вони визнали провину.\n",
])
def test_an_official_announcing_the_pardon_is_in_neither_list(text):
    check_name_lists(text, "2025-09-16", [], [])


def test_a_trade_before_a_freed_persons_name_is_still_theirs():
    check_name_lists("Праваабаронцы пацьвердзілі, што на волю выйшла журналістка і палітолягіня Вольга Пятрова. Яна ўжо "
                     "дома.\n", "2025-06-01", ["Вольга Пятрова"], [])


# 6. Another name of the same person is one person; a second surname in brackets is no part of the listed name
# (the sixteenth round's convention).


@pytest.mark.parametrize(("text", "held"), [
    ("Katsiaryna Andreyeva — people also know her as Katsiaryna Bakhvalava — is still in prison.\n",
     ["Katsiaryna Andreyeva"]),
    ("В колонии остается Катерина Андреева, известная также как Катерина Бахвалова.\n", ["Катерина Андреева"]),
    ("У колонії залишається Катерина Андрєєва, відома також як Катерина Бахвалова.\n", ["Катерина Андрєєва"]),
])
def test_another_name_of_the_person_is_no_second_person(text, held):
    check_name_lists(text, "2025-10-01", [], held)


@pytest.mark.parametrize(("text", "released", "held"), [
    ("В колонии остаются Андрей Почобут и Катерина Андреева (Бахвалова).\n", [],
     ["Андрей Почобут", "Катерина Андреева"]),
    ("Среди освобожденных — Ольга Петрова (Смирнова). Петрова провела в колонии три года.\n",
     ["Ольга Петрова"], []),
    ("Освободили Сергея Петрова (Иванова).\n", ["Сергей Петров"], []),
    ("Праваабаронцы патрабуюць вызвалення Кацярыны Андрэевай (Бахвалавай), якая застаецца ў калоніі.\n", [],
     ["Кацярына Андрэева"]),
    ("Released on Saturday was Olga Petrova (Smirnova), a teacher.\n", ["Olga Petrova"], []),
])
def test_a_second_surname_in_brackets_is_left_out_of_the_listed_name(text, released, held):
    check_name_lists(text, "2025-10-01", released, held)


@pytest.mark.parametrize(("text", "released"), [
    ("На волю вышел Игорь Лосик (Гомель), блогер.\n", ["Игорь Лосик"]),
    ("Released was Ihar Losik (left), a blogger.\n", ["Ihar Losik"]),
    ("На волю вышел Игорь Лосик (45), блогер.\n", ["Игорь Лосик"]),
    ("Released was Ihar Losik (Belsat), a blogger.\n", ["Ihar Losik"]),
    ("На свободу вышла Мария Иванова (Минск).\n", ["Мария Иванова"]),
])
def test_a_bracket_that_is_no_surname_is_no_part_of_the_name(text, released):
    check_name_lists(text, "2025-10-01", released, [])


# "One of them was X, the reporter and analyst who ...": one of the group the sentence before tells; the office and the
# sentence in the apposition are biography. An office before the name does not silence the name's own clause either.


@pytest.mark.parametrize(("text", "released"), [
    ("У чацвер вызвалілі 14 чалавек. Адным з іх быў Ігар Карнэй, журналіст і аналітык, якога асудзілі на тры гады.\n",
     ["Ігар Карнэй"]),
    ("Belarus freed 14 prisoners on Thursday. One of them was Ihar Karnei, the reporter and analyst who had served three "
     "years.\n", ["Ihar Karnei"]),
    ("В четверг освободили 14 человек. Одним из них был Игорь Карней, журналист и аналитик, которого осудили на три "
     "года.\n", ["Игорь Карней"]),
    ("Political analyst Ihar Karnei spent three years behind bars before he was released in February.\n",
     ["Ihar Karnei"]),
    ("Політолог Ігор Карней провів за ґратами три роки, перш ніж його звільнили в лютому.\n", ["Ігор Карней"]),
    # A headline that quotes the person is no interview label: the story after it is theirs.
    ("Ihar Karnei: \"I still wake up at six\"\n\nHe was released in February after three years in a colony.\n",
     ["Ihar Karnei"]),
])
def test_one_of_the_group_or_a_titled_name_keeps_its_own_state(text, released):
    check_name_lists(text, "2025-10-01", released, [])
