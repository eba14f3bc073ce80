"""Roles of the eleventh round of issue #12: which list each named person goes to (released, still held, neither),
by the class of the clause that decides it (see docs/extract-corpus.md, "Eleventh round of issue #12 — roles").

The sentences are our own, in English, Russian, Belarusian and Ukrainian; each test fails on the extractor before
this round.
"""

import pytest

from tests.extract.helpers import run


def _roles(text: str, published: str | None = None) -> dict[str, str]:
    return {p.nominative: p.role for p in run(text, published).names}


# A lead-in naming the group the sentence before freed: "They were named as A and B".


@pytest.mark.parametrize("text", [
    "Belarus freed two prisoners on Monday.\n\nThey were named as teacher Pavel Zhuk and Olga Marchuk, a nurse.\n",
    "Belarus freed two prisoners on Monday.\n\nThe two have been identified as teacher Pavel Zhuk and Olga Marchuk.\n",
    "В понедельник Беларусь освободила двух заключенных.\n\nИми оказались учитель Павел Жук и медсестра Ольга Марчук.\n",
    "В понедельник Беларусь освободила двух заключенных.\n\nИх назвали: учитель Павел Жук и медсестра Ольга Марчук.\n",
    "У панядзелак Беларусь вызваліла двух зняволеных.\n\nІмі аказаліся настаўнік Павел Жук і медсястра Вольга Марчук.\n",
    "У понеділок Білорусь звільнила двох вʼязнів.\n\nНими виявилися вчитель Павло Жук і медсестра Ольга Марчук.\n",
])
def test_names_after_a_lead_in_naming_the_freed_group_are_released(text):
    roles = _roles(text)
    assert sorted(roles.values()) == ["released", "released"], roles


@pytest.mark.parametrize("text", [
    "В августе Лукашенко помиловал 16 человек.\n\nСреди первых — 70-летний пенсионер Степан Латыпов.\n",
    "У жніўні Лукашэнка памілаваў 16 чалавек.\n\nСярод першых — 70-гадовы пенсіянер Сцяпан Латыпаў.\n",
    "У серпні Лукашенко помилував 16 людей.\n\nПершим відомим ім’ям став 70-річний пенсіонер Степан Латипов.\n",
])
def test_the_first_named_of_a_freed_group_is_released(text):
    assert list(_roles(text).values()) == ["released"]


# "The other two are A and B": the rest of the group counted before, even past a sentence about one other person.


@pytest.mark.parametrize("text", [
    "Minsk released four prisoners on Friday. The Latvian had been arrested at the border in May. "
    "The other three are Belarusians: Ivan Sluka, Maryna Sidarchuk and Ruslan Kot.\n",
    "В пятницу Минск освободил четырех заключенных. Латвиец был задержан на границе в мае. "
    "Остальные трое — белорусы Иван Слука, Марина Сидорчук и Руслан Кот.\n",
    "У пятніцу Мінск вызваліў чатырох зняволеных. Латыш быў затрыманы на мяжы ў траўні. "
    "Астатнія трое — беларусы Іван Слука, Марына Сідарчук і Руслан Кот.\n",
    "У пʼятницю Мінськ звільнив чотирьох вʼязнів. Латвійця затримали на кордоні в травні. "
    "Решта троє — білоруси Іван Слука, Марина Сидорчук і Руслан Кот.\n",
])
def test_the_rest_of_a_counted_freed_group_is_released(text):
    roles = _roles(text)
    assert sorted(roles.values()) == ["released"] * 3, roles


# "Among political prisoners with grave illnesses — A and B": a qualifier before the dash keeps them prisoners.


@pytest.mark.parametrize("text", [
    "Витольд Ашурок умер в колонии.\n\nСреди политзаключенных с хроническими болезнями — Наталья Херше, "
    "перенесшая операцию, и Олег Грудин.\n",
    "Вітольд Ашурак памёр у калоніі.\n\nСярод палітвязняў з хранічнымі хваробамі — Наталля Хершэ, якой зрабілі "
    "аперацыю, і Алег Грудзін.\n",
    "Вітольд Ашурок помер у колонії.\n\nСеред політвʼязнів з хронічними хворобами — Наталя Херше, якій зробили "
    "операцію, і Олег Грудін.\n",
    "Vitold Ashurak died in a colony.\n\nAmong political prisoners with chronic illnesses: Natallia Hersche, who had "
    "surgery, and Aleh Hrudzin.\n",
])
def test_political_prisoners_qualified_before_a_dash_are_still_held(text):
    roles = _roles(text)
    assert sorted(roles.values())[-2:] == ["still_held", "still_held"], roles


def test_names_after_as_are_and_a_title_share_the_state_of_the_clause_before():
    text = ("About 1,150 people remain jailed in Belarus.\n\nBloggers Eduard Babak and Ihar Ilyash are among them, as "
            "are human rights defender Nasta Loika and Palina Sharenda-Panasiuk.\n")
    roles = _roles(text)
    assert roles["Nasta Loika"] == roles["Palina Sharenda-Panasiuk"] == "still_held", roles


# A relative set off by commas has a predicate of their own after the closing comma.


@pytest.mark.parametrize("text, name", [
    ("Сестра Пашкевич, Тамара Пашкевич, по тому же делу получила четыре года и остается в колонии в Гомеле.\n",
     "Тамара Пашкевич"),
    ("Сестра Пашкевич, Тамара Пашкевич, за тією ж справою отримала чотири роки і залишається в колонії в Гомелі.\n",
     "Тамара Пашкевич"),
])
def test_a_relative_in_apposition_held_by_her_own_predicate_is_still_held(text, name):
    assert _roles(text)[name] == "still_held"


def test_a_relative_in_apposition_freed_by_his_own_predicate_is_released():
    text = ('"Everyone here is finally free," exiled opposition leader Sviatlana Tsikhanouskaya wrote.\n\n'
            "Her brother, Mikhail Zubovich, was himself released in March, after months of talks with an envoy.\n")
    assert _roles(text)["Mikhail Zubovich"] == "released"


# A death sentence is no death in custody.


@pytest.mark.parametrize("text, name", [
    ("Lukashenko also pardoned Swiss citizen Anton Keller, who had been sentenced to death in Minsk.\n", "Anton Keller"),
    ("Лукашэнка таксама памілаваў грамадзяніна Швейцарыі Антона Келера, якога асудзілі да пакарання смерцю.\n",
     "Антон Келер"),
    ("Лукашенко також помилував громадянина Швейцарії Антона Келлера, якого засудили до смерті.\n", "Антон Келлер"),
])
def test_one_pardoned_after_a_death_sentence_is_released(text, name):
    assert _roles(text)[name] == "released"


# An official who reports the pardons to the head of state speaks of them.


@pytest.mark.parametrize("text", [
    "Як далажыў Аляксей Варанец, з лета памілаваныя 40 асуджаных.\n",
    "Как доложил Алексей Воронец, с лета помилованы 40 осужденных.\n",
    "Як доповів Олексій Воронець, з літа помилувано 40 засуджених.\n",
    "Aliaksei Varanets briefed Lukashenko that 40 more convicts were pardoned.\n",
])
def test_an_official_who_reports_pardons_is_not_pardoned(text):
    assert set(_roles(text).values()) == {"other"}


@pytest.mark.parametrize("headline", [
    "Belarus Frees Lithuanian Trucker Tomas Vaitkus, Japanese Citizen In Surprise Move",
    # (Nor the words after it: "Citizen" is no first name, "After Talks" no person.)
    "Belarus Frees Lithuanian Trucker Tomas Vaitkus, Japanese Citizen After Talks",
])
def test_a_title_case_headline_makes_no_person_of_a_citizenship(headline):
    text = f"{headline}\n\nBelarus freed two foreigners on Thursday, including Lithuanian truck driver Tomas Vaitkus.\n"
    assert set(_roles(text)) == {"Tomas Vaitkus"}


# Handed over to a country, with the country first: "Украине передали двух священников — X и Y".


@pytest.mark.parametrize("text", [
    "Україні передали двох засуджених у Білорусі монахів — Петра Сороку та Івана Левчука.\n",
    "Украине передали двух осужденных в Беларуси монахов — Петра Сороку и Ивана Левчука.\n",
    "Украіне перадалі двух асуджаных у Беларусі манахаў — Пятра Сароку і Івана Леўчука.\n",
])
def test_people_handed_to_a_country_named_first_are_released(text):
    roles = _roles(text)
    assert sorted(roles.values()) == ["released", "released"], roles


# "X and Y were convicted ... After their release they were brought to Ukraine": "их" of an impersonal verb.


@pytest.mark.parametrize("text", [
    "Монахи Петро Сорока та Іван Левчук були засуджені в Білорусі. Після звільнення їх одразу доправили до України.\n",
    "Монахи Петр Сорока и Иван Левчук были осуждены в Беларуси. После освобождения их сразу доставили в Украину.\n",
    "Манахі Пётр Сарока і Іван Леўчук былі асуджаныя ў Беларусі. Пасля вызвалення іх адразу даставілі ва Украіну.\n",
])
def test_them_of_an_impersonal_verb_after_two_names_gives_both_the_release(text):
    roles = _roles(text)
    assert sorted(roles.values()) == ["released", "released"], roles


@pytest.mark.parametrize("text", [
    "Вадим Ермошин провел за решеткой четыре года. Блогера задержали в мае 2021 года. В октябре прошлого года его "
    "вместе с еще 30 заключенными вывезли в Литву после визита посланника Джона Коула.\n",
    "Вадзім Ярмошын правёў за кратамі чатыры гады. Блогера затрымалі ў траўні 2021 года. У кастрычніку мінулага "
    "года яго разам з яшчэ 30 зняволенымі вывезлі ў Літву пасля візіту пасланніка Джона Коўла.\n",
    "Вадим Єрмошин провів за ґратами чотири роки. Блогера затримали в травні 2021 року. У жовтні минулого року його "
    "разом з ще 30 вʼязнями вивезли до Литви після візиту посланця Джона Коула.\n",
])
def test_an_object_pronoun_opening_a_dated_sentence_is_the_person_named_before(text):
    roles = _roles(text, "2026-01-20")
    assert [role for name, role in roles.items() if name.startswith("Вад")] == ["released"], roles


@pytest.mark.parametrize("text", [
    "«Письма не доходят месяцами», — говорит бывший политзаключенный, инженер Павел Винник.\n",
    "«Лісты не даходзяць месяцамі», — кажа былы палітвязень, інжынер Павел Віннік.\n",
    "«Листи не доходять місяцями», — каже колишній політвʼязень, інженер Павло Вінник.\n",
    '"Letters take months to arrive," says former political prisoner Pavel Vinnik, an engineer.\n',
])
def test_a_former_political_prisoner_who_speaks_is_released(text):
    assert list(_roles(text).values()) == ["released"]


@pytest.mark.parametrize("text", [
    "Since March his sister Alena Zhuk has had no news of him.\n",
    "С марта его сестра Елена Жук не получает никаких известий от него.\n",
    "З березня його сестра Олена Жук не має жодних звісток від нього.\n",
])
def test_a_relative_without_news_of_the_prisoner_is_neither(text):
    assert set(_roles(text).values()) == {"other"}


def test_a_suspended_sentence_in_a_speakers_aside_leaves_her_a_speaker():
    text = "Journalist Hanna Rudak, herself given a suspended sentence, said her husband had signed a plea for clemency.\n"
    assert _roles(text)["Hanna Rudak"] == "other"


def test_people_driven_out_to_freedom_in_belarusian_word_order_are_released():
    text = "10 верасня на волю вывезлі 30 чалавек, сярод іх журналістку Ганну Вадзіч.\n"
    assert _roles(text, "2025-09-12")["Ганна Вадзіч"] == "released"


def test_a_list_after_people_recognised_as_political_prisoners_in_two_words_is_still_held():
    text = ("Праваабаронцы прызналі палітычнымі вязнямі яшчэ пяць чалавек.\n\nСярод іх — 29-гадовы кур'ер з Ліды "
            "Мікіта Бобрык, асуджаны на тры гады калоніі, і гомельскі кухар Антон Пух.\n")
    roles = _roles(text)
    assert sorted(roles.values()) == ["still_held", "still_held"], roles


def test_a_past_verb_after_a_list_set_off_by_commas_is_the_whole_lists_predicate():
    text = "Two of the station's reporters, Pavel Dzianisau and Ales Kurbat, remained behind bars at the end of the year.\n"
    roles = _roles(text)
    assert roles == {"Pavel Dzianisau": "still_held", "Ales Kurbat": "still_held"}, roles


# "Then" after a date of its own sentence is that date: a return to the colony in September does not undo a February
# pardon.


@pytest.mark.parametrize("text, name", [
    ("В феврале Лукашенко помиловал анархиста Игоря Оленевича.\n\nОленевич в сентябре отказался покидать Беларусь — "
     "тогда его вернули в колонию.\n", "Игорь Оленевич"),
    ("У лютым Лукашэнка памілаваў анархіста Ігара Аліневіча.\n\nАліневіч у верасні адмовіўся пакідаць Беларусь — тады "
     "яго вярнулі ў калонію.\n", "Ігар Аліневіч"),
    ("У лютому Лукашенко помилував анархіста Ігоря Олиневича.\n\nОлиневич у вересні відмовився залишати Білорусь — "
     "тоді його повернули до колонії.\n", "Ігор Олиневич"),
])
def test_a_return_dated_by_then_before_a_later_pardon_leaves_the_person_released(text, name):
    assert _roles(text, "2026-03-05")[name] == "released"


@pytest.mark.parametrize("text", [
    "В июне и сентябре освободили 66 человек.\n\nНет в них и Андрея Кузнечика, которого Рига пытается вытащить.\n",
    "У чэрвені і верасні вызвалілі 66 чалавек.\n\nНяма ў іх і Андрэя Кузьнечыка, якога Рыга спрабуе выцягнуць.\n",
    "У червні та вересні звільнили 66 людей.\n\nНемає в них і Андрія Кузнечика, якого Рига намагається витягти.\n",
    "In June and September 66 people were freed.\n\nMissing from them is Andrei Kuznechyk, whom Riga has tried to get "
    "out for years.\n",
])
def test_one_said_to_be_missing_from_the_freed_is_still_held(text):
    assert list(_roles(text).values()) == ["still_held"]


@pytest.mark.parametrize("text", [
    "В январе стало известно о новом уголовном деле против Артема Ковальчука, которого помиловали в августе 2024 года.\n",
    "У студзені стала вядома пра новую крымінальную справу супраць Арцёма Кавальчука, якога памілавалі ў жніўні 2024 года.\n",
    "У січні стало відомо про нову кримінальну справу проти Артема Ковальчука, якого помилували в серпні 2024 року.\n",
    "In January a new criminal case against Artsiom Kavalchuk, who was pardoned in August 2024, became known.\n",
])
def test_a_new_criminal_case_after_a_pardon_leaves_the_person_held(text):
    assert list(_roles(text, "2026-02-02").values()) == ["still_held"]
