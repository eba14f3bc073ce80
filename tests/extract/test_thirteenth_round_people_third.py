"""People of the thirteenth round of issue #12, third pass (see docs/extract-corpus.md, "Thirteenth round: people,
third pass").

Short articles of our own in English, Russian, Belarusian and Ukrainian; each asserts both lists as the extractor
prints them (names in the nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists, name_lists

# A line names and describes a person ("X, 52, a locksmith from Barysau."); the sentences after it leave out the
# subject ("Detained in October. Held in a remand prison."): their state is that person's.


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Viasna: 19 more political prisoners in November\n\nThe rights group counted 1,140 political prisoners on 1 "
     "December.\n\nAmong the new political prisoners of November:\n\n— Piotr Lapko, 52, a locksmith from Barysau. "
     "Detained in October over a donation. Now transferred to a colony near Mahiliou.\n— Hanna Sivets, 31, an "
     "accountant from Lida. Sentenced to two years in a colony; now in a colony in Homel.\n", "2025-12-02",
     [], ["Hanna Sivets", "Piotr Lapko"]),
    ("Новые политзаключённые декабря\n\nПравозащитники признали политзаключёнными ещё 22 человека.\n\n— Олег Дрозд, 44 "
     "года, электрик из Пинска. Задержан в ноябре за комментарий. Содержится в СИЗО-7 в Бресте.\n— Вера Климович, 58 "
     "лет, пенсионерка из Слонима. Осуждена на три года; сейчас этапирована в гомельскую колонию.\n", "2026-01-03",
     [], ["Вера Климович", "Олег Дрозд"]),
    ("Новыя палітвязні снежня\n\nУ снежні на волю выйшлі 14 чалавек. З 2020 года ў зняволенні памерлі восем "
     "палітвязняў.\n\nСярод новых палітвязняў снежня:\n— Сымон Жук, 33 гады, зваршчык з Ліды. Затрыманы ў кастрычніку "
     "за дапамогу сябрам, утрымліваецца ў СІЗА-1 у Гродне, справа перададзеная ў суд.\n— Ларыса Коваль, 61 год, "
     "бібліятэкарка з Пінска. Асуджаная на два гады калоніі; этапаваная ў гомельскую калонію.\n", "2026-01-05",
     [], ["Ларыса Коваль", "Сымон Жук"]),
    ("Хто з українців досі в Білорусі\n\nПісля березневого звільнення додому повернулися дев'ятеро людей, але колонії "
     "досі тримають українців. Ось кілька історій.\n\n— Остап Гнатюк, 38 років, водій з Луцька. Затриманий на кордоні "
     "у 2023 році, засуджений до шести років. Відбуває покарання в колонії в Шклові; дружина отримує від нього "
     "листи.\n", "2025-04-20", [], ["Остап Гнатюк"]),
    ("What became of the Hrodna five\n\nFive activists from Hrodna were detained in 2021. Here is where they are "
     "now.\n\nOlga Rak, 40, a nurse. Released in May after serving her full term.\n\nIvan Sych, 35, a welder. "
     "Serving six years in a colony in Navapolatsk.\n", "2025-09-01", ["Olga Rak"], ["Ivan Sych"]),
])
def test_sentences_without_a_subject_after_a_described_name_are_that_persons(text, published, released, held):
    check_name_lists(text, published, released, held)


# The subject is left out only when the name's line has no predicate of its own and no one else is named.


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Belarus frees 20 prisoners\n\nBelarus released 20 political prisoners on Friday, Viasna said.\n\nPalina Kruk, 64, "
     "a teacher from Lida, was freed on Friday. Held for three years in a colony in Homel.\n", "2025-06-14",
     ["Palina Kruk"], []),
    ("Новые политзаключённые\n\n— Олег Дрозд, 44 года, электрик из Пинска. Его жена Анна Дрозд освобождена в мае.\n",
     "2025-06-14", ["Анна Дрозд"], []),
])
def test_a_predicate_of_the_names_own_or_anothers_is_not_borrowed(text, published, released, held):
    check_name_lists(text, published, released, held)


# A lead-in that names its group as the newly recognised prisoners borrows nothing from the figures before it.


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Viasna's January review\n\nSix political prisoners have died in custody since 2020.\n\nAmong the newly recognised "
     "political prisoners:\n\n— Aleh Bury, 40, a driver from Pinsk. Held in a pre-trial prison in Brest since "
     "December.\n", "2026-02-02", [], ["Aleh Bury"]),
    ("Обзор за январь\n\nВ заключении с 2020 года умерли восемь политзаключённых.\n\nСреди новых политзаключённых "
     "января:\n\n— Игорь Сокол, 29 лет, программист из Гродно. Содержится в СИЗО-1 в Гродно.\n", "2026-02-02",
     [], ["Игорь Сокол"]),
])
def test_a_lead_in_of_new_prisoners_keeps_them_apart_from_the_dead(text, published, released, held):
    check_name_lists(text, published, released, held)


# "справа перададзеная ў суд": the case is handed to the court, the person is not handed over to another country.


def test_a_case_handed_to_the_court_frees_no_one():
    text = ("Новыя палітвязні\n\n— Андрэй Бут, 40 гадоў, інжынер з Мазыра. Знаходзіцца ў СІЗА з верасня, справа "
            "перададзеная ў суд, паседжанне прызначанае на сакавік.\n")
    assert name_lists(text, "2026-02-10") == ([], ["Андрэй Бут"])


# One named out of a group held in another country's prisons ("in Russian jails, including X") is in neither list.


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Ukrainians still held abroad\n\nThe ombudsman said Ukrainian political prisoners remain in Russian prisons, "
     "including the journalist Vladyslav Yesypenko. In Belarus, the welder Ostap Hnatiuk remains in a colony.\n",
     "2025-05-01", [], ["Ostap Hnatiuk"]),
    ("Омбудсмен о пленных\n\nОмбудсмен упомянул украинских политзаключённых в российских тюрьмах, в частности "
     "журналиста Владислава Есипенко. В белорусской колонии по-прежнему остаётся Виктор Павленко.\n", "2025-05-01",
     [], ["Виктор Павленко"]),
    ("Belarus frees 12\n\nBelarus freed 12 people on Friday, including the journalist Ihar Losik, Viasna said. He had "
     "spent years in Russian prisons, including Butyrka.\n", "2025-05-03", ["Ihar Losik"], []),
])
def test_one_named_out_of_another_countrys_prisoners_is_in_neither_list(text, published, released, held):
    check_name_lists(text, published, released, held)


def test_the_freed_who_went_to_another_country_including_one_named_are_the_freed():
    text = "Помилованных в пятницу вывезли в Россию, в том числе журналиста Игоря Лосика.\n"
    assert name_lists(text, "2025-05-03") == (["Игорь Лосик"], [])


# A trial's chronicle: the defendants named together, "both" taken back to the remand prison after the verdict are held.


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Trial in Hrodna\n\nIn the cage: Pavel Zhuk, 30, and Hanna Lis, 45. The verdict: three years for Zhuk, two for "
     "Lis. Both were driven back to the remand prison.\n", "2025-10-01", [], ["Hanna Lis", "Pavel Zhuk"]),
    ("Суд у Гродне\n\nУ клетцы — Павел Жук, 30 гадоў, і Ганна Ліс, 45 гадоў. Прысуд: тры гады Жуку, два гады Ліс. "
     "Абодвух павезлі назад у СІЗА.\n", "2025-10-01", [], ["Ганна Ліс", "Павел Жук"]),
    ("Гомельский суд\n\nВ зале суда — Павел Жук, 30 лет, и Анна Лис, 45 лет. Приговор: три года Жуку, два года Лис. "
     "Обоих увезли обратно в СИЗО.\n", "2025-10-01", [], ["Анна Лис", "Павел Жук"]),
    ("Суд у Бресті\n\nУ клітці — Павло Жук, 30 років, та Ганна Лис, 45 років. Вирок: три роки Жуку, два роки Лис. "
     "Обох повезли назад до СІЗО.\n", "2025-10-01", [], ["Ганна Лис", "Павло Жук"]),
    ("A long road\n\nIn March the court sentenced Hanna Lis, 45, to two years. After the hearing she was taken back to "
     "her cell. On 12 September she was pardoned and released.\n", "2025-10-01", ["Hanna Lis"], []),
])
def test_defendants_taken_back_to_custody_are_held(text, published, released, held):
    check_name_lists(text, published, released, held)


# Years still to serve ("ёй яшчэ пяць гадоў сядзець", "he has six more years to serve"): the term runs, held.


@pytest.mark.parametrize(("text", "published", "surname"), [
    ("Інтэрв'ю\n\nІ Марына Гук — ёй яшчэ больш за сем гадоў сядзець.\n", "2025-10-01", "Гук"),
    ("Interview\n\nAnd Ihar Kruk, the engineer: he has six more years to serve.\n", "2025-10-01", "Kruk"),
    ("Интервью\n\nОльге Лис ещё больше пяти лет сидеть, говорит адвокат.\n", "2025-10-01", "Лис"),
    ("Інтерв'ю\n\nМарині Гук ще понад сім років сидіти, каже адвокатка.\n", "2025-10-01", "Гук"),
])
def test_years_still_to_serve_hold_the_person(text, published, surname):
    released, held = name_lists(text, published)
    assert released == [] and [name.split()[-1] for name in held] == [surname]


# A common word whose first four consonants meet a well-known prisoner's surname ("Щоразу" and Shchyrakova) is no
# person; the surname itself, declined, still is.


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Родина в еміграції\n\nЩоразу, коли Мінськ звільняє нову групу політв'язнів, Оксана перевіряє списки.\n",
     "2025-10-01", [], []),
    ("Листи\n\nЩоразу, як оголошують помилування і звільняють людей, мати чекає дзвінка.\n", "2025-10-01", [], []),
    ("Сям'я\n\nШчыра кажучы, калі Мінск вызваляе новую групу, Вольга кожны раз правярае спісы.\n", "2025-10-01", [], []),
    ("Вызвалены\n\nШчыракова выйшла на волю ў чацвер разам з іншымі палітвязнямі.\n", "2025-10-01", ["Шчыракова"], []),
])
def test_a_common_word_is_not_a_well_known_surname(text, published, released, held):
    check_name_lists(text, published, released, held)


# A first name and patronymic (the family's polite form) is the one person named before in full with that first name.


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Спіс без яго\n\nСям'я Ігара Лосіка пацвердзіла, што яго сярод вызваленых няма. «Ігар Іванавіч застаецца ў "
     "калоніі», — сказала сястра.\n", "2025-10-01", [], ["Ігар Лосік"]),
    ("Без змін\n\nРодина Миколи Дедка підтвердила, що його серед звільнених немає. «Микола Олександрович досі в "
     "колонії», — сказала дружина.\n", "2025-10-01", [], ["Микола Дедок"]),
    ("Not on the list\n\nThe family of Mikalai Dziadok said he was not among those freed. \"Mikalai Aliaksandravich is "
     "still in the colony,\" his wife said.\n", "2025-10-01", [], ["Mikalai Dziadok"]),
    ("Семья ждёт\n\nСемья Павла Северинца подтвердила: его среди освобожденных нет. «Павел Валентинович остается в "
     "колонии», — сказала жена. Из колонии вышел Павел Юхневич.\n", "2025-10-01", ["Павел Юхневич"],
     ["Павел Северинец"]),
])
def test_a_first_name_and_patronymic_is_the_person_named_before(text, published, released, held):
    check_name_lists(text, published, released, held)


def test_a_first_name_and_patronymic_shared_by_two_named_before_stays_apart():
    text = ("Два Паўлы\n\nПавел Севярынец застаецца ў калоніі. Павел Юхневіч таксама застаецца ў калоніі. «Павел "
            "Валянцінавіч ужо на волі, яго вызвалілі ў пятніцу», — сказала сяброўка.\n")
    assert name_lists(text, "2025-10-01") == (["Павел Валянцінавіч"], ["Павел Севярынец", "Павел Юхневіч"])


# "Her name was not on it" (the list of the freed), told by the family: the person is still held.


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Live: prisoners cross the border\n\nRelatives of Pavel Zhuk, the welder jailed since 2021, say they learnt from "
     "the published list that his name was not on it.\n", "2025-09-12", [], ["Pavel Zhuk"]),
    ("Онлайн\n\nРодные Павла Жука узнали из опубликованного списка, что его фамилии в нём нет.\n", "2025-09-12",
     [], ["Павел Жук"]),
    ("Анлайн\n\nРодныя Паўла Жука даведаліся са спісу, што яго прозвішча ў ім няма.\n", "2025-09-12",
     [], ["Павел Жук"]),
    ("Онлайн\n\nРідні Павла Жука дізналися з опублікованого списку, що його прізвища там немає.\n", "2025-09-12",
     [], ["Павло Жук"]),
])
def test_a_name_missing_from_the_list_is_held(text, published, released, held):
    check_name_lists(text, published, released, held)


# "Her son X got six years in a colony": the relative named in apposition is a prisoner by that term of his own.


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Монолог\n\nЕё сын Павел Жук в 2022 году получил шесть лет колонии за донаты.\n", "2025-09-03", [], ["Павел Жук"]),
    ("Монолог\n\nЇї син Павло Жук у 2022 році отримав шість років колонії за донати.\n", "2025-09-03", [], ["Павло Жук"]),
    ("Маналог\n\nЯе сын Павел Жук у 2022 годзе атрымаў шэсць гадоў калоніі за данаты.\n", "2025-09-03", [],
     ["Павел Жук"]),
    ("Monologue\n\nHer son Pavel Zhuk got six years in a colony in 2022 for donations.\n", "2025-09-03", [], ["Pavel Zhuk"]),
    ("Monologue\n\nHer son Pavel Zhuk got six years in a colony in 2022. He was pardoned and released on 11 September.\n",
     "2025-09-20", ["Pavel Zhuk"], []),
])
def test_a_relative_given_a_term_is_a_prisoner(text, published, released, held):
    check_name_lists(text, published, released, held)


# A first name in "-я" after an apostrophe, declined ("з Дар'яй", "з Дар'єю", "Дар'ї"), is still a first name.


@pytest.mark.parametrize(("text", "published", "surname", "role"), [
    ("Профіль\n\nУ 2021 годзе яна разам з калегай Дар'яй Шуман вяла стрым. Шуман вызвалілася ў 2023 годзе.\n",
     "2025-09-03", "Шуман", "released"),
    ("Профіль\n\nУ 2021 році вона разом з колегою Дар'єю Коваль вела трансляцію. Коваль звільнили в 2023 році.\n",
     "2025-09-03", "Коваль", "released"),
    ("Листи\n\nУ 2024 році суд дав Дар'ї Коваль п'ять років колонії. Коваль досі в колонії в Гомелі.\n", "2025-09-03",
     "Коваль", "still_held"),
])
def test_a_declined_first_name_after_an_apostrophe_is_a_name(text, published, surname, role):
    released, held = name_lists(text, published)
    assert [name.split()[-1] for name in (released if role == "released" else held)] == [surname]
