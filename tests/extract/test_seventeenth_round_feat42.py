"""People of the seventeenth round of issue #12, from features and profiles about people (see docs/extract-corpus.md,
"Seventeenth round: features and profiles (feat42)").

Short articles of our own in the four languages; each asserts both lists as the extractor prints them (names in the
nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists

# A release or a term that was due ("was due to walk free in February, but ...", "должен был сидеть еще семь лет"): a
# past modal right before the state word tells what should have been, not where the person is now.


@pytest.mark.parametrize(("text", "freed", "held"), [
    ("Віталій Кравець мав вийти на волю в березні, проте проти нього відкрили нову справу.\n", [], ["Віталій Кравець"]),
    ("Олена Гриценко мала звільнитися в квітні, але її не відпустили.\n", [], ["Олена Гриценко"]),
    ("Пётр Новик должен был выйти на свободу в феврале, но против него возбудили новое дело.\n", [], ["Пётр Новик"]),
    ("Андрэй Шыла павінен быў выйсці на волю ў траўні, але супраць яго завялі новую справу.\n", [], ["Андрэй Шыла"]),
])
def test_release_that_was_due_did_not_happen(text, freed, held):
    check_name_lists(text, "2026-03-01", freed, held)


@pytest.mark.parametrize(("text", "freed"), [
    ("Сергея Лазаренко, который должен был сидеть еще семь лет, в тот же день вывезли в Литву.\n", ["Сергей Лазаренко"]),
    ("Пятра Новіка, які павінен быў сядзець яшчэ сем гадоў, у той жа дзень вывезлі ў Літву.\n", ["Пятро Новік"]),
    ("Дмитра Савчука, який мав сидіти ще шість років, того ж дня передали Литві.\n", ["Дмитро Савчук"]),
])
def test_term_that_was_due_gives_way_to_the_release_told_beside_it(text, freed):
    check_name_lists(text, "2026-03-01", freed, [])


def test_term_still_due_now_is_held():
    # The present modal is a term still to serve: the person is inside.
    check_name_lists("Ольга Петрова должна сидеть еще год.\n", "2026-03-01", [], ["Ольга Петрова"])


def test_a_mother_who_walked_free_is_no_release_that_was_due():
    # "мати" (mother) is the lemma of "мав" (was to) too: the mother's release is hers.
    check_name_lists("Ганна Шевчук, мати трьох дітей, у вересні вийшла на волю.\n", "2026-03-01", ["Ганна Шевчук"], [])


# The freed as the object of a meeting ("who met the freed at the border"): the meeting is the person's, the release
# belongs to the group met.


@pytest.mark.parametrize("text", [
    "Волонтёр Анна Рябова, которая встречала освобождённых на границе, вспоминает тот день.\n",
    "Валанцёрка Ганна Рабава, якая сустракала вызваленых на мяжы, згадвае той дзень.\n",
    "Волонтерка Ірина Марченко, яка зустрічала звільнених на кордоні, згадує той день.\n",
    "Volunteer Anna Ryabova, who met the freed prisoners at the border, remembers that day.\n",
])
def test_one_who_met_the_freed_is_not_freed(text):
    check_name_lists(text, "2026-03-01", [], [])


def test_a_freed_relative_met_keeps_the_release():
    # The release word before a kin word is that relative's release.
    check_name_lists("Светлана Тихановская встречала освобождённого мужа Сергея Тихановского в Вильнюсе.\n",
                     "2026-03-01", ["Сергей Тихановский"], [])


# A "when" clause opening the sentence, closed by a comma before the name: its release is the time of the name's
# clause, the release of others (unless a pronoun in it, or "among them" after the name, makes it the person's).


@pytest.mark.parametrize("text", [
    "Когда 11 сентября очередную группу освобождённых вывезли на границу, друзья Валерии Костюговой до ночи просматривали"
    " списки.\n",
    "Калі вызваленых вывезлі на мяжу, сябры Ганны Рабавай праглядалі спісы.\n",
    "Коли чергову групу звільнених вивезли на кордон, друзі Оксани Лисенко до ночі переглядали списки.\n",
    "When another group of freed prisoners was driven to the border, friends of Valeria Kostyugova read the lists.\n",
])
def test_release_told_as_the_time_of_anothers_clause_frees_no_one(text):
    check_name_lists(text, "2026-03-01", [], [])


@pytest.mark.parametrize(("text", "freed"), [
    ("Когда её освободили, Мария Колесникова сразу позвонила отцу.\n", ["Мария Колесникова"]),
    ("Коли 52 людей звільнили, Марія Колеснікова була серед них.\n", ["Марія Колеснікова"]),
])
def test_release_in_a_when_clause_that_is_the_persons_own(text, freed):
    check_name_lists(text, "2026-03-01", freed, [])


# Still listed among the prisoners ("в нем по-прежнему значится", "is still on the list"), or a term with years still
# to run ("still has six years of his term to run"): the person is held.


@pytest.mark.parametrize(("text", "held"), [
    ("Ольгу из списка вычеркнули; Андрей Кулеш в нем по-прежнему значится.\n", ["Андрей Кулеш"]),
    ("Ольгу вычеркнули з пераліку; Андрэй Кулеш у ім па-ранейшаму значыцца.\n", ["Андрэй Кулеш"]),
    ("Ольгу викреслили зі списку; Андрій Кулеш у ньому досі значиться.\n", ["Андрій Кулеш"]),
    ("Andrei Kulesh is still on the list of political prisoners.\n", ["Andrei Kulesh"]),
])
def test_still_listed_among_the_prisoners_is_held(text, held):
    check_name_lists(text, "2026-03-01", [], held)


@pytest.mark.parametrize(("text", "held"), [
    ("Viktar Padalka, who slept on the bunk above mine, still has six years of his term to run.\n", ["Viktar Padalka"]),
    ("Ivan Petrenko has two years of his sentence left.\n", ["Ivan Petrenko"]),
])
def test_years_of_a_term_still_to_run_are_held(text, held):
    check_name_lists(text, "2026-03-01", [], held)


# Where the person is now, with the years inside behind them ("is now in Vilnius after four years in prison"): freed.


@pytest.mark.parametrize(("text", "freed"), [
    ("Ales Bialiatski is now in Vilnius after more than four years in prison.\n", ["Ales Bialiatski"]),
    ("Алесь Беляцкий теперь в Вильнюсе после четырёх лет за решёткой.\n", ["Алесь Беляцкий"]),
    ("Алесь Бяляцкі цяпер у Вільні пасля чатырох гадоў за кратамі.\n", ["Алесь Бяляцкі"]),
    ("Алесь Біляцький тепер у Вільнюсі після чотирьох років за ґратами.\n", ["Алесь Біляцький"]),
])
def test_now_in_a_city_after_years_in_prison_is_freed(text, freed):
    check_name_lists(text, "2026-03-01", freed, [])


def test_now_in_a_year_of_the_term_is_held():
    # "now in" a year of the term, not in a city after it: still inside.
    check_name_lists("Ihar Losik is now in his fifth year in prison.\n", "2026-03-01", [], ["Ihar Losik"])


@pytest.mark.parametrize(("text", "freed"), [
    ("Yuliya Matsuleuskaya, a 41-year-old accountant, was let out of the women's colony in Homel in September.\n",
     ["Yuliya Matsuleuskaya"]),
    ("Ivan Petrenko was let out of prison in May.\n", ["Ivan Petrenko"]),
    ("Юлию Мацулевскую выпустили из женской колонии в сентябре.\n", ["Юлия Мацулевская"]),
    ("Юлію Мацулевську випустили з жіночої колонії у вересні.\n", ["Юлія Мацулевська"]),
])
def test_let_out_of_the_colony_is_freed(text, freed):
    check_name_lists(text, "2026-03-01", freed, [])


# The trades of ordinary prisoners (an engineer, a programmer) in the accusative opening the sentence after a name stand
# for that person, as the trades of journalists and analysts do.


@pytest.mark.parametrize(("text", "freed"), [
    ("Сергей Гамбалевский учит польский.\n\nИнженера из Гродно выпустили по помилованию в июне.\n", ["Сергей Гамбалевский"]),
    ("Сяргей Гамбалеўскі вучыць польскую мову.\n\nІнжынера з Гродна выпусцілі па памілаванні ў чэрвені.\n",
     ["Сяргей Гамбалеўскі"]),
    ("Сергій Гамбалевський вчить польську.\n\nІнженера з Гродна випустили за помилуванням у червні.\n",
     ["Сергій Гамбалевський"]),
    ("Анна Белова учит польский.\n\nПрограммистку из Бреста помиловали в июне.\n", ["Анна Белова"]),
])
def test_ordinary_trade_in_the_accusative_after_a_name_is_that_person(text, freed):
    check_name_lists(text, "2026-03-01", freed, [])


# A release noun owned by a first name ("узнала об освобождении Виктора", "learnt of Viktar's release"): the release is
# that person's, not the one who learnt of it.


@pytest.mark.parametrize("text", [
    "Ганна Кривец, подруга семьи, узнала об освобождении Виктора из уведомления на телефоне.\n",
    "Ганна Крывец, сяброўка сям'і, даведалася пра вызваленне Віктара з паведамлення ў тэлефоне.\n",
    "Ганна Кривець, подруга родини, дізналася про звільнення Віктора зі сповіщення на телефоні.\n",
    "Hanna Kryvets, a family friend, said she learnt of Viktar's release from a push notification.\n",
])
def test_one_who_learnt_of_a_first_names_release_is_not_freed(text):
    check_name_lists(text, "2026-03-01", [], [])


def test_release_of_the_full_name_after_the_noun_is_still_that_persons():
    check_name_lists("Ганна Кривец рассказала об освобождении Виктора Бабарико.\n", "2026-03-01", ["Виктор Бабарико"], [])


@pytest.mark.parametrize(("text", "freed"), [
    ("Ryhor Kastusiou is already at home.\n", ["Ryhor Kastusiou"]),
    ("Ryhor Kastusiou was already home by Friday.\n", ["Ryhor Kastusiou"]),
    ("Григорий Костусев уже дома.\n", ["Григорий Костусев"]),
])
def test_already_at_home_is_freed(text, freed):
    # English reads "already at home" as the other three languages read "уже дома", "ужо дома", "вже вдома".
    check_name_lists(text, "2026-03-01", freed, [])
