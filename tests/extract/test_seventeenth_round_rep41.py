"""Seventeenth round (rep41): people named in reports of release rounds.

Prisons in the plural hold the people named together; a sentence opened by "came out, too" or by the prison and
"stayed" tells the state of the subject after the verb; a clause opened by "while" with a subject of its own keeps its
state to itself; a line telling only what the group is made of passes "Among them" on to the group counted before it;
an expectation ("they expected X to be on the list") is no more told than a hope; a release told as a habit frees no
one; a family word, a comma and a declined name are in apposition; the number of political prisoners estimated "at
about N" is the standing count.
"""

import pytest

from tests.extract.helpers import check_name_lists, run

PUBLISHED = "2026-05-15"


# 1. Prisons in the plural, for people named together.


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Belarus freed 40 prisoners on Friday, Ihar Karnei among them. Ihar Losik and Mikalai Dziadok are still in "
     "colonies.\n", ["Ihar Karnei"], ["Ihar Losik", "Mikalai Dziadok"]),
    ("Belarus freed 40 prisoners on Friday. \"Ihar Losik and Mikalai Dziadok are both now in prisons far from their "
     "families,\" the group said.\n", [], ["Ihar Losik", "Mikalai Dziadok"]),
    ("У пятніцу вызвалілі 40 палітвязняў. Ігар Лосік і Мікалай Дзядок па-ранейшаму ў калоніях.\n",
     [], ["Ігар Лосік", "Мікалай Дзядок"]),
    ("У п'ятницю звільнили 40 політв'язнів. Ігор Лосік та Микола Дзядок досі в колоніях.\n",
     [], ["Ігор Лосік", "Микола Дзядок"]),
])
def test_people_named_together_in_prisons_in_the_plural_are_held(text, released, held):
    check_name_lists(text, PUBLISHED, released, held)


# 2. The verb before its subject: "came out, too" and "in the colony stayed".


@pytest.mark.parametrize(("text", "released"), [
    ("Лукашенко помиловал 18 человек. Вышел и фотограф Олег Гордеев, осужденный в 2021 году на шесть лет.\n",
     ["Олег Гордеев"]),
    ("Лукашэнка памілаваў 18 чалавек. Выйшла і настаўніца Святлана Грыцук, якую асудзілі ў 2022 годзе.\n",
     ["Святлана Грыцук"]),
    ("Лукашенко помилував 18 людей. Вийшов і фотограф Олег Гордєєв, засуджений у 2021 році.\n", ["Олег Гордєєв"]),
])
def test_came_out_too_opening_the_sentence_frees_the_subject_after_it(text, released):
    check_name_lists(text, PUBLISHED, released, [])


def test_a_book_that_came_out_too_frees_no_one():
    check_name_lists("Лукашенко помилував 18 людей. Вийшла й книга Олега Гордєєва.\n", PUBLISHED, [], [])


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Лукашенко помилував 18 людей, серед них Павло Мороз. У колонії в Горках залишився його сусід по бараку, "
     "білорус Сергій Тарасюк.\n", ["Павло Мороз"], ["Сергій Тарасюк"]),
    ("Лукашенко помиловал 18 человек, среди них Павел Мороз. В колонии в Горках остался его сосед по бараку "
     "Сергей Тарасюк.\n", ["Павел Мороз"], ["Сергей Тарасюк"]),
    ("Лукашэнка памілаваў 18 чалавек, сярод іх Павел Мароз. У турме засталася журналістка Ірына Славінская.\n",
     ["Павел Мароз"], ["Ірына Славінская"]),
    ("Lukashenka pardoned 18 people, among them Pavel Maroz. Left behind in the colony was his bunkmate, Siarhei "
     "Tarasiuk.\n", ["Pavel Maroz"], ["Siarhei Tarasiuk"]),
])
def test_the_one_who_stayed_after_the_prison_is_held(text, released, held):
    check_name_lists(text, PUBLISHED, released, held)


# 3. "While" with a subject of its own.


@pytest.mark.parametrize(("text", "released"), [
    ("Блогерка Ганна Шутава выйшла на волю ў траўні. Святкаваць Шутава не можа, пакуль за кратамі застаюцца сябры.\n",
     ["Ганна Шутава"]),
    ("Блогер Анна Шутова вышла на свободу в мае. Праздновать Шутова не может, пока за решеткой остаются друзья.\n",
     ["Анна Шутова"]),
    ("Блогерка Ганна Шутова вийшла на волю у травні. Святкувати Шутова не може, доки за ґратами залишаються друзі.\n",
     ["Ганна Шутова"]),
])
def test_a_while_clause_with_its_own_subject_keeps_its_prison_to_itself(text, released):
    check_name_lists(text, PUBLISHED, released, [])


def test_a_clause_until_the_release_does_not_hold_the_person():
    check_name_lists("Ігор Лосік був у колонії, доки його не помилували у травні.\n", PUBLISHED, ["Ігор Лосік"], [])


def test_the_one_still_inside_while_another_is_free_is_held():
    check_name_lists("Игорь Лосик остается в колонии, пока Марфа Рабкова на свободе.\n", PUBLISHED,
                     ["Марфа Рабкова"], ["Игорь Лосик"])


# 4. "Among them" after a line that tells only the group's makeup.


@pytest.mark.parametrize(("text", "released"), [
    ("В четверг власти освободили 31 политзаключенного.\n\nВ группе семь женщин и 24 мужчины, сообщили "
     "правозащитники.\n\nСреди них врач Татьяна Кравец, осужденная в 2022 году.\n", ["Татьяна Кравец"]),
    ("У чацвер улады вызвалілі 31 палітвязня.\n\nУ групе сем жанчын і 24 мужчыны, паведамілі праваабаронцы.\n\n"
     "Сярод іх урач Таццяна Кравец, асуджаная ў 2022 годзе.\n", ["Таццяна Кравец"]),
    ("У четвер влада звільнила 31 політв'язня.\n\nУ групі сім жінок і 24 чоловіки, повідомили правозахисники.\n\n"
     "Серед них лікарка Тетяна Кравець, засуджена у 2022 році.\n", ["Тетяна Кравець"]),
    ("On Thursday the authorities freed 31 political prisoners.\n\nThe group is made up of seven women and 24 men, "
     "rights advocates said.\n\nAmong them is doctor Tatsiana Kravets, who was sentenced in 2022.\n",
     ["Tatsiana Kravets"]),
])
def test_among_them_after_the_groups_makeup_names_the_freed(text, released):
    check_name_lists(text, PUBLISHED, released, [])


# 5. An expectation, as a hope.


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Власти освободили 60 политзаключенных, в том числе Олег Мороз. Ожидали, что в списке будет и Мария Шуба, но "
     "ее там не оказалось.\n", ["Олег Мороз"], ["Мария Шуба"]),
    ("Улады вызвалілі 60 палітвязняў, у тым ліку Алег Мароз. Чакалі, што ў спісе будзе і Марыя Шуба, але яе там не "
     "аказалася.\n", ["Алег Мароз"], ["Марыя Шуба"]),
    ("Влада звільнила 60 політв'язнів, зокрема Олега Мороза. Очікували, що у списку буде й Марія Шуба, але її там не "
     "виявилося.\n", ["Олег Мороз"], ["Марія Шуба"]),
    ("The authorities freed 60 political prisoners, including Aleh Maroz. Many expected that Maryia Shuba would be on "
     "the list, but she was not.\n", ["Aleh Maroz"], ["Maryia Shuba"]),
])
def test_one_expected_on_the_list_who_was_not_there_is_held(text, released, held):
    check_name_lists(text, PUBLISHED, released, held)


# 6. A release told as a habit frees no one named.


@pytest.mark.parametrize("text", [
    "Ольга Сидорчук из Пинска знает по часам, когда обычно публикуют новости о помилованиях.\n",
    "Вольга Сідарчук з Пінска па гадзінах ведае, калі звычайна публікуюць навіны пра памілаванні.\n",
    "Ольга Сидорчук з Пінська знає по годинах, коли зазвичай публікують новини про помилування.\n",
    "Volha Sidarchuk from Pinsk can tell the hour when news of pardons is usually published.\n",
])
def test_a_release_told_as_a_habit_frees_no_one_named(text):
    check_name_lists(text, PUBLISHED, [], [])


def test_a_release_as_usual_did_happen():
    check_name_lists("Как обычно, помилованных вывезли в Литву, среди них Ирина Ковалева.\n", PUBLISHED,
                     ["Ирина Ковалева"], [])


# 7. A family word, a comma, and the relative's declined name.


@pytest.mark.parametrize(("text", "released"), [
    ("Художницу Ольгу Сидорчук освободили в мае. Через час после освобождения она написала брату, Денису Сидорчуку.\n",
     ["Ольга Сидорчук"]),
    ("Мастачку Вольгу Сідарчук вызвалілі ў траўні. Праз гадзіну пасля вызвалення яна напісала брату, Дзянісу Сідарчуку.\n",
     ["Вольга Сідарчук"]),
    ("Художницю Ольгу Сидорчук звільнили у травні. За годину після звільнення вона написала братові, Денису Сидорчуку.\n",
     ["Ольга Сидорчук"]),
    ("Artist Volha Sidarchuk was freed in May. An hour after her release she wrote to her brother, Dzianis Sidarchuk.\n",
     ["Volha Sidarchuk"]),
])
def test_a_relative_named_after_a_comma_shares_no_release(text, released):
    check_name_lists(text, PUBLISHED, released, [])


@pytest.mark.parametrize(("text", "released"), [
    ("В пятницу Лукашенко помиловал ее брата, Дениса Сидорчука, и еще 17 человек.\n", ["Денис Сидорчук"]),
    ("У пятніцу Лукашэнка памілаваў яе брата, Дзяніса Сідарчука, і яшчэ 17 чалавек.\n", ["Дзяніс Сідарчук"]),
    ("У п'ятницю Лукашенко помилував її брата, Дениса Сидорчука, і ще 17 людей.\n", ["Денис Сидорчук"]),
])
def test_a_relative_the_pardon_takes_is_freed(text, released):
    check_name_lists(text, PUBLISHED, released, [])


# 8. The standing count told as an estimate ("оценивает число политзаключенных примерно в N").


@pytest.mark.parametrize(("text", "qualifier"), [
    ("Лукашенко помиловал 12 человек.\n\nПравозащитники оценивают число политзаключенных примерно в 1020 человек.\n",
     "about"),
    ("Лукашэнка памілаваў 12 чалавек.\n\nПраваабаронцы ацэньваюць колькасць палітвязняў прыкладна ў 1020 чалавек.\n",
     "about"),
    ("Лукашенко помилував 12 людей.\n\nПравозахисники оцінюють кількість політв'язнів приблизно в 1020 осіб.\n",
     "about"),
    ("Лукашенко помилував 12 людей.\n\nПравозахисники оцінили кількість політв'язнів у 1020 осіб.\n", "exact"),
])
def test_the_number_of_political_prisoners_estimated_at_a_figure_is_the_standing_count(text, qualifier):
    count = run(text, PUBLISHED).political_prisoners
    assert (count.value, count.qualifier) == (1020, qualifier)


def test_a_number_of_political_prisoners_grown_by_a_factor_is_no_count():
    assert run("Лукашенко помиловал 12 человек.\n\nЧисло политзаключенных выросло примерно в 2 раза.\n",
               PUBLISHED).political_prisoners is None


# 9. Łacinka with a soft letter straight before a vowel ("piaćora" for the classical "piaciora").


@pytest.mark.parametrize(("text", "women"), [
    ("Učora ŭłady vyzvalili 16 palitviaźniaŭ i vyvieźli ich u Litvu. Siarod vyzvalenych šaśćora žančyn i try "
     "čałavieki z invalidnaściu.\n", 6),
    ("Učora ŭłady vyzvalili 16 palitviaźniaŭ i vyvieźli ich u Litvu. Siarod vyzvalenych piaćora žančyn i dva "
     "mužčyny z invalidnaściu.\n", 5),
])
def test_a_collective_number_in_lacinka_with_a_soft_letter_before_its_vowel_counts(text, women):
    assert run(text, PUBLISHED).women == women


# 10. A fronted "when" clause with a subject of its own keeps its release to itself.


@pytest.mark.parametrize(("text", "released"), [
    ("Belarus freed 31 prisoners on Friday, among them Aleh Maroz. When the first photos from Friday's release reached "
     "the newsroom, editor Tamara Sidorchuk printed them all.\n", ["Aleh Maroz"]),
    ("В пятницу освободили 31 заключенного, среди них Олег Мороз. Когда первые фото с пятничного освобождения пришли в "
     "редакцию, редактор Тамара Сидорчук напечатала их все.\n", ["Олег Мороз"]),
    ("У пятніцу вызвалілі 31 вязня, сярод іх Алег Мароз. Калі першыя фота з пятнічнага вызвалення прыйшлі ў рэдакцыю, "
     "рэдактарка Тамара Сідарчук надрукавала іх усе.\n", ["Алег Мароз"]),
    ("У п'ятницю звільнили 31 в'язня, серед них Олег Мороз. Коли перші фото з п'ятничного звільнення надійшли до "
     "редакції, редакторка Тамара Сидорчук надрукувала їх усі.\n", ["Олег Мороз"]),
])
def test_a_release_in_a_fronted_when_clause_is_not_the_main_clauses_subjects(text, released):
    check_name_lists(text, PUBLISHED, released, [])


@pytest.mark.parametrize(("text", "released"), [
    ("When Belarus freed 31 prisoners on Friday, Aleh Maroz was among them.\n", ["Aleh Maroz"]),
    ("When he was pardoned in July, Aleh Maroz had spent four years in a colony.\n", ["Aleh Maroz"]),
    ("Когда его помиловали в июле, Олег Мороз провел в колонии четыре года.\n", ["Олег Мороз"]),
])
def test_a_when_clause_about_the_group_or_the_person_ahead_still_frees_them(text, released):
    check_name_lists(text, PUBLISHED, released, [])
