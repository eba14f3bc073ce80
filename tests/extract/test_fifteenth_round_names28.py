"""People of the fifteenth round of issue #12, from the study corpora blind28–29 (see docs/extract-corpus.md,
"Fifteenth round: people, from blind28–29").

Short articles of our own in English, Russian, Belarusian and Ukrainian; each asserts both lists as the extractor prints
them (names in the nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists

# 1. "Still in <a town with a colony>": the town stands for its prison, the person is held there.


@pytest.mark.parametrize(("text", "held"), [
    ("The rights group said on Monday that three more prisoners were pardoned.\n\nThe journalist Volha Zhuk wrote to her"
     " family last month. Her lawyer says she is still in Navapolatsk and writes rarely.\n", ["Volha Zhuk"]),
    ("Правозащитники сообщили о новых помилованиях.\n\nУчитель Сергей Мельник в их число не попал. По словам адвоката,"
     " он до сих пор в Шклове, передачи принимают раз в месяц.\n", ["Сергей Мельник"]),
    ("Праваабаронцы распавялі пра новыя вызваленні.\n\nСтудэнтка Алена Гурская па-ранейшаму ў Жодзіне, ліставанне з ёй"
     " абмежаванае.\n", ["Алена Гурская"]),
    ("Правозахисники повідомили про нові звільнення.\n\nВолонтер Андрій Савчук досі в Глибокому, листи від нього"
     " приходять рідко.\n", ["Андрій Савчук"]),
])
def test_still_in_a_prison_town_is_held(text, held):
    check_name_lists(text, "2025-10-02", [], held)


def test_freed_and_still_in_minsk_stays_freed():
    # Minsk is no prison town: one freed may well be still in Minsk.
    check_name_lists("Pavel Hrodka was freed last week, Viasna said on Monday.\n\nHe is still in Minsk and plans to"
                     " stay.\n", "2025-10-02", ["Pavel Hrodka"], [])


# 2. A refusal after the release in one clause: the person was taken to the border but would not go, and stays held.


@pytest.mark.parametrize(("text", "held"), [
    ("Belarus has freed 30 prisoners, the US envoy said.\n\nThe trade unionist Aliaksandr Yarmak was taken to the border"
     " with the others but declined to leave the country.\n", ["Aliaksandr Yarmak"]),
    ("Беларусь освободила 30 заключенных.\n\nПрофсоюзного активиста Александра Ермака довезли до границы вместе с"
     " остальными, но он отказался ее пересекать.\n", ["Александр Ермак"]),
    ("Беларусь вызваліла 30 зняволеных.\n\nАктывіста Сяргея Ярмака давезлі да мяжы разам з іншымі, але ён адмовіўся"
     " выязджаць.\n", ["Сяргей Ярмак"]),
    ("Білорусь звільнила 30 в'язнів.\n\nАктивіста Олександра Ярмака довезли до кордону разом з іншими, але він"
     " відмовився виїжджати.\n", ["Олександр Ярмак"]),
])
def test_taken_to_the_border_but_refused_to_leave_is_held(text, held):
    check_name_lists(text, "2025-10-02", [], held)


def test_returned_to_the_colony_without_back_is_held():
    # "was returned to the colony": sent back, whether or not the article says "back".
    check_name_lists("Several prisoners were moved last week.\n\nThe lawyer Ina Kalita, who had been in hospital, was"
                     " returned to the penal colony on Friday.\n", "2025-10-02", [], ["Ina Kalita"])


# 3. A relative who strove for the prisoner's release, or whose words are reported ("Паводле X,"), is neither freed
# nor held: the release in their clause is the prisoner's.


@pytest.mark.parametrize(("text", "released"), [
    ("Журналіста Ігоря Бондаря звільнили в четвер. Його зустріла сестра Ольга Мельник, яка три роки добивалася його"
     " звільнення.\n", ["Ігор Бондар"]),
    ("Художника Василя Кравця звільнили минулого тижня. Поруч із ним на кордоні була подруга Олена Гнатюк, яка весь цей"
     " час добивалася звільнення Василя.\n", ["Василь Кравець"]),
])
def test_a_relative_who_strove_for_the_release_is_not_freed(text, released):
    check_name_lists(text, "2025-10-02", released, [])


@pytest.mark.parametrize(("text", "released"), [
    ("Журналістку Вольгу Клімковіч вызвалілі ў панядзелак, яна ўжо дома. Паводле Андрэя Клімковіча, перад вызваленнем"
     " ёй нічога не казалі.\n", ["Вольга Клімковіч"]),
    ("Студэнтку Яну Мельнік памілавалі ў красавіку. Паводле Івана Мельніка, вызваленне стала для сям'і"
     " нечаканасцю.\n", ["Яна Мельнік"]),
    ("Палітвязня Сяргея Канавалава вызвалілі ў пятніцу. Паводле Канавалавай, пра памілаванне размовы не было.\n",
     ["Сяргей Канавалаў"]),
])
def test_whose_words_are_reported_after_pavodle_is_no_prisoner(text, released):
    check_name_lists(text, "2025-10-02", released, [])


# 4. A name in apposition to a group ("the men arrested that year, the blogger X, walked free"): the group's participle
# before the name is not the person's predicate; the verb after the closing comma is.


@pytest.mark.parametrize(("text", "released"), [
    ("The most recognisable of the men arrested that year, the blogger Pavel Sasnouski, walked free in June, but many"
     " others are still serving their terms.\n", ["Pavel Sasnouski"]),
    ("One of the women detained in 2021, the teacher Ala Bondar, was released on Friday, but dozens remain behind"
     " bars.\n", ["Ala Bondar"]),
    ("The first of the journalists convicted in 2021, the cameraman Andrei Tolchyn, has since been freed.\n",
     ["Andrei Tolchyn"]),
    ("Самый известный из задержанных тогда людей, блогер Сергей Петров, вышел на свободу в июне, но многие остаются за"
     " решеткой.\n", ["Сергей Петров"]),
    ("Самы вядомы з затрыманых тады людзей, блогер Сяргей Пятроў, выйшаў на волю ў чэрвені, але многія застаюцца за"
     " кратамі.\n", ["Сяргей Пятроў"]),
])
def test_a_name_in_apposition_to_a_group_takes_the_verb_after_it(text, released):
    check_name_lists(text, "2025-10-02", released, [])


# 5. "while serving a term" is a time inside the clause, not a contrast; and a relative clause closing the name's asides
# ("X, 67, a veteran who fell ill while serving his term, had walked out") is biography: the predicate follows it.


@pytest.mark.parametrize(("text", "released"), [
    ("Viasna confirmed that Ryhor Kastusiou, 67, a party veteran who was diagnosed with cancer while serving a 10-year"
     " term, had walked out of the colony.\n", ["Ryhor Kastusiou"]),
    ("Tamara Lis, 54, a nurse who fell ill while serving her sentence, was released on Friday, her son said.\n",
     ["Tamara Lis"]),
    ("Lawyers confirmed that Ales Haiduk, 41, an engineer who was still serving a six-year term in May, has been"
     " pardoned.\n", ["Ales Haiduk"]),
    ("Рідні підтвердили, що Тамара Ліс, 54 роки, медсестра, яка ще в травні перебувала за ґратами, вийшла на волю в"
     " п'ятницю.\n", ["Тамара Ліс"]),
    ("Праваабаронцы пацвердзілі, што Тамара Ліс, 54 гады, медсястра, якая ў калоніі яшчэ адбывала тэрмін у траўні,"
     " выйшла на волю ў пятніцу.\n", ["Тамара Ліс"]),
])
def test_a_relative_clause_closing_the_asides_is_biography(text, released):
    check_name_lists(text, "2025-10-02", released, [])


def test_while_between_two_people_still_contrasts_them():
    # "while" before another subject is a contrast: each keeps their own state.
    check_name_lists("Ales Bialou was freed in May, while Maryna Zhuk remains in prison.\n", "2025-10-02",
                     ["Ales Bialou"], ["Maryna Zhuk"])


# 6. A release pressed for, insisted on or set as a condition ("presses Minsk for his release", "настаивает на
# освобождении", "before any pardon") has not happened: the person is still waited for.


@pytest.mark.parametrize(("text", "held"), [
    ("Warsaw keeps pressing Minsk for the release of the journalist Andrzej Poczobut.\n", ["Andrzej Poczobut"]),
    ("Варшава настаивает на освобождении журналиста Анджея Почобута.\n", ["Анджей Почобут"]),
    ("Варшава настойвае на вызваленні журналіста Андрэя Пачобута.\n", ["Андрэй Пачобут"]),
    ("Варшава наполягає на звільненні журналіста Анджея Почобута.\n", ["Анджей Почобут"]),
])
def test_a_release_insisted_on_is_not_one(text, held):
    check_name_lists(text, "2025-10-02", [], held)


def test_a_pardon_set_as_a_condition_is_not_one():
    check_name_lists("Ihar Karnei has refused to ask for clemency, which the prison service requires before any pardon.\n",
                     "2025-10-02", [], [])


# 7. An ordinal year of the term under way ("marks fifth year behind bars", "пачынае пяты год за кратамі"): held now.


@pytest.mark.parametrize(("text", "held"), [
    ("The journalist Ihar Karnei is about to begin his fourth year in a Belarusian prison.\n", ["Ihar Karnei"]),
    ("Журналист Андрей Почобут встречает пятый год за решеткой.\n", ["Андрей Почобут"]),
    ("Журналіст Андрэй Пачобут пачынае пяты год за кратамі.\n", ["Андрэй Пачобут"]),
    ("Журналіст Анджей Почобут розпочинає п'ятий рік за ґратами.\n", ["Анджей Почобут"]),
])
def test_an_ordinal_year_behind_bars_is_held(text, held):
    check_name_lists(text, "2025-10-02", [], held)


def test_years_spent_behind_bars_before_a_release_are_past():
    # A count of years spent is no ordinal year under way.
    check_name_lists("Журналист Андрей Почобут провел пять лет за решеткой и вышел на свободу в мае.\n", "2025-10-02",
                     ["Андрей Почобут"], [])


# 8. A commentator's trade (an analyst, a political scientist) is no office: a release that is the name's own predicate,
# fronted before the trade or right after the name, is the person's; a release they only speak of is not.


@pytest.mark.parametrize(("text", "released"), [
    ("На волю выйшла, у прыватнасці, палітолаг Вольга Сухавей, якую ў 2023 годзе асудзілі на 8 гадоў калоніі.\n",
     ["Вольга Сухавей"]),
    ("На свободу вышла политолог Ольга Сухова, осужденная в 2023 году.\n", ["Ольга Сухова"]),
    ("На волю вийшла політолог Ольга Сухова, засуджена у 2023 році.\n", ["Ольга Сухова"]),
    ("The analyst Pavel Tsimoshyk was freed on Friday after three years in prison.\n", ["Pavel Tsimoshyk"]),
])
def test_a_commentator_whose_own_release_is_told_is_freed(text, released):
    check_name_lists(text, "2025-10-02", released, [])


def test_a_commentator_who_welcomes_a_release_is_not_freed():
    check_name_lists("The analyst Pavel Tsimoshyk welcomed the release of 52 prisoners on Friday.\n", "2025-10-02", [], [])


# 9. The next list of the pardoned is still to come: a mother asking for her son to be put on it is not freed by it.


@pytest.mark.parametrize("text", [
    ("Анна Михалевич, мать минского журналиста Игоря Лапко, опубликовала открытое обращение к Александру Лукашенко. Она"
     " просит включить сына в следующий список помилованных «хотя бы ради меня».\n"),
    ("Ганна Міхалевіч, маці мінскага журналіста Ігара Лапко, апублікавала адкрыты зварот да Аляксандра Лукашэнкі. Яна"
     " просіць уключыць сына ў наступны спіс памілаваных «хаця б дзеля мяне».\n"),
    ("Ганна Михалевич, мати мінського журналіста Ігоря Лапка, опублікувала відкрите звернення до Олександра Лукашенка."
     " Вона просить включити сина до наступного списку помилуваних «хоча б заради мене».\n"),
])
def test_the_next_list_of_the_pardoned_frees_no_one_yet(text):
    check_name_lists(text, "2025-10-02", [], [])
