"""Sixteenth round, second wave: who is recognised as a person, and two states misread around them.

A register's line names a person surname first, with a first name or two initials and no patronymic; the official
order is read in Latin letters too; capitalised words that fill a quotation, or a site's name, are no person; "not
released yet" ("пакуль не выпусцілі") and a stay told with "already" after the place hold the person.
"""

import pytest

from bot.extract import extract_report
from tests.extract.helpers import check_name_lists

PUBLISHED = "2026-03-02"


def people(text: str) -> list[str]:
    return [person.listed for person in extract_report(text).names]


# 1. A list written as a register: the surname first, then a first name or two initials, closed by a comma or a dash.


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Вызваліліся на гэтым тыдні:\n▫️ Ганна Кавалеўская, 34 гады, Менск — 2 гады за ўдзел у пратэстах.\n",
     ["Ганна Кавалеўская"], []),
    ("Вийшли на волю цього тижня:\n▪ Мельничук Оксана, 29 років, Пінськ — 2 роки колонії за участь у протестах.\n",
     ["Мельничук Оксана"], []),
    ("Released this week:\n✅ Kavalenka Natallia, 45, Hrodna — 2 years of colony for taking part in the protests.\n",
     ["Kavalenka Natallia"], []),
    ("Па-ранейшаму за кратамі:\n▫️ Сідарэнка Тамара — павінна выйсці ў сакавіку.\n", [], ["Сідарэнка Тамара"]),
])
def test_a_register_line_names_its_person_surname_first(text, released, held):
    check_name_lists(text, PUBLISHED, released, held)


def test_a_register_line_without_its_bullet_names_its_person_by_the_age_after_the_comma():
    check_name_lists("Released at the end of their terms this week:\nKavalenka Natallia, 45, Hrodna\n", PUBLISHED,
                     ["Kavalenka Natallia"], [])


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Вызваліліся на гэтым тыдні:\n▫️ Ярмоленка М. М., 58 гадоў, Бабруйск — 3 гады калоніі.\n",
     ["Ярмоленка М. М."], []),
    ("Освобождены по окончании срока:\n• Сидоренко В. А., 61 год, Брест\n• Петренко О. И., 44 года, Гродно\n",
     ["Петренко О. И.", "Сидоренко В. А."], []),
    ("Досі в колонії:\n— Мельничук О. В., 39 років, Пінськ.\n", [], ["Мельничук О. В."]),
    ("Released at the end of their terms:\n• Sidarenka V. A., 63, Brest.\n", ["Sidarenka V. A."], []),
])
def test_a_surname_with_two_initials_opening_a_list_item_is_a_person(text, released, held):
    check_name_lists(text, PUBLISHED, released, held)


@pytest.mark.parametrize("text", [
    "Суддзя Іванова А. С. абвясціла прысуд, а потым Лукашэнка памілаваў 17 чалавек.\n",
    "The ruling was signed by judge Sidarenka V. A.; Lukashenko later pardoned 17 people.\n",
])
def test_a_surname_with_initials_in_running_text_is_no_prisoner(text):
    check_name_lists(text, PUBLISHED, [], [])


def test_a_surname_with_initials_is_the_person_the_article_names_in_full():
    check_name_lists("Анджей Почобут остаётся в колонии. «Почобут А. С., 1973 года рождения, прибыл для отбывания "
                     "наказания», — ответила колония.\n", PUBLISHED, [], ["Анджей Почобут"])


@pytest.mark.parametrize("text", [
    "Учора Ганна, 34 гады, вярнулася дадому.\n",
    "Yesterday Natallia, 45, came home.\n",
])
def test_a_word_and_a_first_name_opening_a_sentence_are_no_register_line(text):
    assert people(text) == []


# 2. The official order in Latin letters.


def test_the_official_order_in_latin_letters_is_the_person_named_usually():
    check_name_lists("The court sentenced Kavaleuski Vital Uladzimiravich to five years. Vital Kavaleuski is still in "
                     "the colony.\n", PUBLISHED, [], ["Vital Kavaleuski"])


def test_the_official_order_in_latin_letters_named_alone_is_listed_as_written():
    check_name_lists("Released today: Kolesnikova Maria Alexandrovna.\n", PUBLISHED,
                     ["Kolesnikova Maria Alexandrovna"], [])


def test_a_title_before_a_surname_in_evich_is_no_surname():
    assert people("Judge Aliaksandr Danilevich read the verdict in Minsk.\n") == ["Aliaksandr Danilevich"]


# 3. Capitalised words that fill a quotation name a thing; a web address's ending makes a word a site's name.


@pytest.mark.parametrize("text", [
    "Международные организации призвали освободить журналистов, задержанных по делу «Абзас Медиа».\n",
    "Staff of the cafe \"Maxim Gorky\" in Minsk were detained and are still held.\n",
    "Працівників кав'ярні «Марія Заньковецька» затримали, вони досі в СІЗО.\n",
])
def test_a_quotation_of_capitalised_words_is_no_person(text):
    assert people(text) == []


def test_a_person_beside_a_quoted_name_is_still_a_person():
    check_name_lists("Кафэ «Ганна» зачынілі, а яго ўладальніца Ганна Кавалеўская застаецца ў калоніі.\n", PUBLISHED,
                     [], ["Ганна Кавалеўская"])


@pytest.mark.parametrize("text", [
    "Новиков.ру\nЛукашенко помиловал еще 30 человек.\n",
    "Заслон.інфо\nЛукашенко помилував ще 30 людей, серед них журналісти.\n",
])
def test_a_sites_name_is_no_person(text):
    assert [p for p in people(text) if "Лукашенко" not in p] == []


# 4. "Not released yet": the word for "until" inside a clause, without its comma, means "yet", and its "не" negates.


@pytest.mark.parametrize(("text", "held"), [
    ("Алеся Бяляцкага ўлады таксама пакуль не выпусцілі — ён і далей у калоніі.\n", ["Алесь Бяляцкі"]),
    ("Алеся Беляцкого власти пока не выпустили.\n", ["Алесь Беляцкий"]),
    ("Ігоря Лосіка влада поки що не відпустила.\n", ["Ігор Лосік"]),
    ("Nobelieŭskaha laŭreata Alesia Bialackaha ŭłady pakul nie vyzvalili, jon i dalej u kałonii ŭ Horkach, "
     "jak i jaho kalehi.\n", ["Aleś Bialacki"]),
])
def test_not_released_yet_holds_the_person(text, held):
    check_name_lists(text, PUBLISHED, [], held)


@pytest.mark.parametrize(("text", "released"), [
    ("Алесь Бяляцкі правёў у калоніі тры гады, пакуль яго не вызвалілі ў верасні.\n", ["Алесь Бяляцкі"]),
    ("Игорь Лосик просидел в колонии четыре года, пока его не помиловали.\n", ["Игорь Лосик"]),
])
def test_until_opening_its_own_clause_still_tells_a_release(text, released):
    check_name_lists(text, PUBLISHED, released, [])


# 5. A stay in prison with "already" after the place goes on.


@pytest.mark.parametrize(("text", "held"), [
    ("Журналіст Андрэй Пачобут правёў за кратамі ўжо амаль пяць гадоў.\n", ["Андрэй Пачобут"]),
    ("Журналист Андрей Почобут провел за решеткой уже почти пять лет.\n", ["Андрей Почобут"]),
    ("Журналіст Андрій Почобут провів за ґратами вже майже п'ять років.\n", ["Андрій Почобут"]),
])
def test_a_stay_with_already_after_the_place_holds_the_person(text, held):
    check_name_lists(text, PUBLISHED, [], held)


@pytest.mark.parametrize(("text", "released"), [
    ("Ігар Лосік, які правёў за кратамі пяць гадоў, цяпер жыве ў Вільні.\n", ["Ігар Лосік"]),
    ("Игорь Лосик, который провел в колонии пять лет, теперь живет в Вильнюсе.\n", ["Игорь Лосик"]),
])
def test_a_stay_told_as_finished_still_frees_the_person(text, released):
    check_name_lists(text, PUBLISHED, released, [])
