"""Roles of the twelfth round of issue #12: which list each named person goes to (released, still held, neither),
by the mechanism that decides it (see docs/extract-corpus.md, "Twelfth round of issue #12 — roles").

The sentences are our own, in English, Russian, Belarusian and Ukrainian; each test fails on the extractor before
this round.
"""

import pytest

from tests.extract.helpers import run


def _roles(text: str, published: str | None = None) -> dict[str, str]:
    return {p.nominative: p.role for p in run(text, published).names}


# A "now" word between the country and the count of prisoners ("у країні наразі 1 275 політв'язнів"): a held count,
# so the list after it names the held, not the freed of a running total told before.


@pytest.mark.parametrize("text", [
    "Загалом від липня на волю вийшли 178 політв'язнів.\n\nЗа даними правозахисників, у країні наразі 1 275 політичних "
    "в'язнів. Серед них — Ганна Кравчук та Петро Мельник.\n",
    "Всего с июля на свободу вышли 178 политзаключенных.\n\nПо данным правозащитников, в стране на сегодняшний день "
    "1 275 политзаключенных. Среди них — Анна Кравчук и Петр Мельник.\n",
    "Усяго з ліпеня на волю выйшлі 178 палітвязняў.\n\nПаводле праваабаронцаў, у краіне на сёння 1 275 палітвязняў. "
    "Сярод іх — Ганна Краўчук і Пётр Мельнік.\n",
])
def test_a_list_after_a_count_of_prisoners_now_in_the_country_is_held(text):
    roles = _roles(text, "2024-11-20")
    assert sorted(roles.values()) == ["still_held", "still_held"], roles


# Belarusian freedom told with "свабода" as well as "воля".


@pytest.mark.parametrize("text", [
    "Навіны\n\nУ Менску прайшла сустрэча.\n\nСяргей Малашэвіч выйшаў на свабоду ў суботу.\n",
    "Навіны\n\nУ Менску прайшла сустрэча.\n\nУ суботу на свабоду выйшла Ганна Рыбак.\n",
    "Навіны\n\nУ Менску прайшла сустрэча.\n\nЦяпер Андрэй Мікуліч на свабодзе.\n",
    "Naviny\n\nU Miensku prajšła sustreča.\n\nSiarhiej Małašėvič vyjšaŭ na svabodu ŭ subotu.\n",
])
def test_a_belarusian_release_told_with_svaboda_is_a_release(text):
    assert list(_roles(text, "2025-06-21").values()) == ["released"]


# A "then" after a date told earlier in its paragraph is that date: the later release told after it wins.


@pytest.mark.parametrize("text", [
    "In September 2025, 52 prisoners were driven to Lithuania. Pavel Sidarenka at the time refused to cross the border "
    "and was returned to the colony — he was freed only in February 2026.\n",
    "В сентябре 2025 года в Литву вывезли 52 человека. Павел Сидоренко тогда отказался пересекать границу и вернулся в "
    "колонию — на свободу он вышел только в феврале 2026 года.\n",
    "У верасні 2025 года ў Літву вывезлі 52 чалавекі. Павел Сідарэнка тады адмовіўся перасякаць мяжу і вярнуўся ў "
    "калонію — на волю ён выйшаў толькі ў лютым 2026 года.\n",
    "У вересні 2025 року до Литви вивезли 52 людей. Павло Сидоренко тоді відмовився перетинати кордон і повернувся до "
    "колонії — на волю він вийшов лише в лютому 2026 року.\n",
])
def test_a_return_to_the_colony_then_after_a_dated_sentence_yields_to_a_later_release(text):
    assert list(_roles(text, "2026-03-10").values()) == ["released"]


# A relative joined by "and" to the name before is listed with that name.


@pytest.mark.parametrize("text", [
    "News\n\nAmong those still behind bars are the journalist Iryna Savitskaya and her husband Aleh Savitski, as well as "
    "Andrei Kavalenka.\n",
    "Новости\n\nСреди тех, кто остается за решеткой, — журналистка Ирина Савицкая и ее муж Олег Савицкий, а также "
    "Андрей Коваленко.\n",
    "Навіны\n\nСярод вызваленых — Іван Пятроў і яго жонка Марыя Пятрова.\n",
    "Новини\n\nСеред звільнених — Іван Гордієнко та його дружина Марія Гордієнко.\n",
])
def test_a_relative_listed_with_the_name_before_shares_the_list(text):
    roles = _roles(text, "2026-03-05")
    assert len(set(roles.values())) == 1 and len(roles) >= 2 and "other" not in roles.values(), roles


def test_a_relative_who_meets_the_freed_is_still_no_prisoner():
    roles = _roles("Новости\n\nСреди помилованных — Олег Кравец. Его встретили мать и жена Людмила Кравец.\n",
                   "2026-03-05")
    assert roles == {"Олег Кравец": "released", "Людмила Кравец": "other"}


# A stay in prison told as finished ("who spent more than four years in a colony"): freed by now.


@pytest.mark.parametrize("text", [
    "News\n\nPavel Vinahradau, the poet who spent more than three years in a colony in Shklou, stepping off a bus.\n",
    "Новости\n\nПавел Виноградов, поэт, который провел более трех лет в колонии в Шклове, выходит из автобуса.\n",
    "Навіны\n\nПавел Вінаградаў, паэт, які правёў больш за тры гады ў калоніі ў Шклове, выходзіць з аўтобуса.\n",
    "Новини\n\nПавло Виноградов, поет, який провів понад три роки в колонії в Шклові, виходить з автобуса.\n",
])
def test_a_prisoner_who_spent_years_in_a_colony_is_released(text):
    assert list(_roles(text, "2025-12-17").values()) == ["released"]


def test_one_who_has_spent_years_in_a_colony_is_not_freed_by_it():
    roles = _roles("News\n\nPavel Vinahradau, the poet who has spent more than three years in a colony in Shklou, is "
                   "still behind bars.\n", "2025-12-17")
    assert roles == {"Pavel Vinahradau": "still_held"}


# The next item of a list after an item's aside with a short quotation, opened by its trade.


@pytest.mark.parametrize("text", [
    "Новости\n\nСреди новых политзаключенных — 62-летний пенсионер из Могилева Виталий Жуков, осужденный на 4 года за "
    "«оскорбление президента», и преподавательница из Гомеля Анна Луцевич, которой дали 3 года колонии.\n",
    "Навіны\n\nСярод новапрызнаных палітвязняў — 62-гадовы пенсіянер з Магілёва Віталь Жукаў, асуджаны на 4 гады за "
    "«абразу прэзідэнта», і выкладчыца з Гомеля Ганна Луцэвіч, якой далі 3 гады калоніі.\n",
])
def test_the_item_after_an_aside_with_a_quotation_shares_the_list(text):
    roles = _roles(text, "2025-02-03")
    assert sorted(roles.values()) == ["still_held", "still_held"], roles


# An office before a name governed by a preposition is its holder's, not the name's title.


@pytest.mark.parametrize("text", [
    "News\n\nSeparately, the president dwelt on Mikalai Shastak, who refused to leave the country.\n",
    "Новости\n\nОтдельно президент остановился на ситуации с Николаем Шестаком, который отказался уезжать из страны.\n",
    "Новини\n\nОкремо президент зупинився на ситуації з Миколою Шестаком, який відмовився виїжджати з країни.\n",
    "Навіны\n\nАсобна Прэзідэнт спыніўся на сітуацыі з Мікалаем Шастаком, які адмовіўся выязджаць з краіны.\n",
])
def test_one_the_president_speaks_about_who_refused_to_leave_is_held(text):
    assert list(_roles(text, "2025-09-19").values()) == ["still_held"]


# A sentence with "him" inside is about the person named before: the story goes on to a release told after it.


@pytest.mark.parametrize("text", [
    "News\n\nIhar Ivanou was detained in June 2020. In 2021 a court in Homel sentenced him to 15 years. In prison he went "
    "on hunger strike several times. He was freed on 11 September.\n",
    "Навіны\n\nІгара Пятрова затрымалі ў чэрвені 2020 года. У 2021-м суд у Гомелі асудзіў яго да 15 гадоў калоніі. У "
    "зняволенні ён некалькі разоў абвяшчаў галадоўку. 11 верасня яго разам з іншымі палітвязнямі вывезлі ў Літву.\n",
    "Новини\n\nІгоря Литвина затримали в червні 2020 року. У 2021-му суд у Гомелі засудив його до 15 років колонії. В "
    "ув'язненні він кілька разів оголошував голодування. 11 вересня його разом з іншими політв'язнями вивезли до Литви.\n",
])
def test_a_release_told_after_a_sentence_about_him_is_his(text):
    assert list(_roles(text, "2025-09-24").values()) == ["released"]


# English: a stay told as a closed span of the past is history.


@pytest.mark.parametrize("text", [
    "News\n\nAmong those released is the blogger Pavel Sidarenka.\n\nSidarenka, sentenced in 2021, was held "
    "incommunicado for long periods.\n",
    "News\n\nAmong those released is the blogger Pavel Sidarenka.\n\nSidarenka was held in solitary confinement for "
    "months and without news of his family for two years.\n",
])
def test_a_closed_span_of_past_detention_does_not_undo_a_release(text):
    assert list(_roles(text, "2025-09-11").values()) == ["released"]


def test_a_detention_that_goes_on_is_still_held():
    roles = _roles("News\n\nPavel Sidarenka has been held incommunicado for two years.\n", "2025-09-11")
    assert roles == {"Pavel Sidarenka": "still_held"}


# A group of people that "came out" (no "на свободу"): the list after it is of the freed.


@pytest.mark.parametrize("text", [
    "Новости\n\nКрупнейшая группа — 123 человека — вышла 13 декабря 2025 года. Среди них были Алесь Жуковский и Мария "
    "Коваленко.\n",
    "Навіны\n\nНайбуйнейшая група — 123 чалавекі — выйшла 13 снежня 2025 года. Сярод іх былі Алесь Жукоўскі і Марыя "
    "Каваленка.\n",
    "Новини\n\nНайбільша група — 123 особи — вийшла 13 грудня 2025 року. Серед них були Олесь Жуковський і Марія "
    "Коваленко.\n",
])
def test_a_list_after_a_group_that_came_out_is_released(text):
    roles = _roles(text, "2026-03-10")
    assert sorted(roles.values()) == ["released", "released"], roles


def test_a_decree_that_came_out_frees_no_one():
    roles = _roles("Новости\n\nВ четверг вышел новый указ. Среди упомянутых в нем — Алесь Жуковский.\n", "2026-03-10")
    assert roles == {"Алесь Жуковский": "other"}


# A release whose object is a relative ("Мужа помиловали в январе, жену осудили в апреле: … X") is the relative's.


@pytest.mark.parametrize("text", [
    "Новости\n\nМужа помиловали в январе, жену осудили в апреле: в Гомеле вынесли приговор 52-летней Людмиле "
    "Кравченко\n",
    "Навіны\n\nМужа памілавалі ў студзені, жонку асудзілі ў красавіку: у Гомелі вынеслі прысуд 52-гадовай Людміле "
    "Кравчук\n",
    "Новини\n\nЧоловіка помилували в січні, дружину засудили у квітні: у Гомелі винесли вирок 52-річній Людмилі "
    "Кравченко\n",
    "News\n\nHusband pardoned in January, wife sentenced in April: a court in Homel jails Liudmila Krauchanka for three "
    "years\n",
])
def test_a_release_of_her_husband_is_not_hers(text):
    assert "released" not in _roles(text, "2025-04-22").values()


# One who refused to get off the bus at the border stayed a prisoner.


@pytest.mark.parametrize("text", [
    "News\n\nMikalai Sidarenka, 69, refused to get off the bus on the Lithuanian side and went back to Belarus.\n",
    "Новости\n\n69-летний Николай Сидоренко отказался выходить из автобуса на литовской стороне и вернулся в Беларусь.\n",
    "Навіны\n\n69-гадовы Мікалай Сідарэнка адмовіўся выйсці з аўтобуса на літоўскім баку і вярнуўся ў Беларусь.\n",
    "Новини\n\n69-річний Микола Сидоренко відмовився виходити з автобуса на литовському боці й повернувся до Білорусі.\n",
])
def test_one_who_refused_to_get_off_the_bus_at_the_border_is_held(text):
    assert list(_roles(text, "2025-09-14").values()) == ["still_held"]
