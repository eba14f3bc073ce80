"""People's states in phrasings the extractor had not read: one of the group just told ("В группе оказались X",
"Также вышла X", "X was also in the convoy"), a group home inside a quote, held in other words, a name inside another
person's relative clause, "both" in an interview's answer, a relative named by the first name after the family's name,
"one of them" after a past recognition, and a "Who got out" heading over profiles."""

import datetime as dt

import pytest

from bot.extract.extractor import extract_report
from bot.extract.model import report_to_json

PUBLISHED = dt.date(2025, 6, 21)


def _names(text: str) -> tuple[list[str], list[str]]:
    report = report_to_json(extract_report(text, published=PUBLISHED))
    return report["named_released"], report["named_still_held"]


def _has(names: list[str], name: str) -> bool:
    return any(all(part in found for part in name.split()) for found in names)


def _freed(text: str, name: str) -> bool:
    freed, held = _names(text)
    return _has(freed, name) and not _has(held, name)


def _held(text: str, name: str) -> bool:
    freed, held = _names(text)
    return _has(held, name) and not _has(freed, name)


def _neither(text: str, name: str) -> bool:
    freed, held = _names(text)
    return not _has(freed, name) and not _has(held, name)


@pytest.mark.parametrize("text, name", [
    ("Belarus released 14 political prisoners on Saturday and drove them to the Lithuanian border. Journalist Ihar "
     "Karnei was also in the convoy, his wife said.", "Karnei"),
    ("Fourteen political prisoners were freed on Thursday and taken to Vilnius. Activist Maryna Zolatava was on the bus "
     "as well.", "Zolatava"),
    ("В четверг на свободу вышли 14 политзаключенных. В группе оказались Игорь Карней и Марина Золотова.", "Золотов"),
    ("Лукашенко помиловал 16 человек, их вывезли в Литву. В автобусе были Павел Северинец и Николай Статкевич.",
     "Статкевич"),
    ("В пятницу помиловали девятерых политзаключенных и отвезли к границе. В одной машине с ними ехал Эдуард Пальчис.",
     "Пальчис"),
    ("У чацвер на волю выйшлі 14 палітвязняў. У групе апынуліся Ігар Карней і Марына Залатава.", "Залатав"),
    ("У четвер на волю вийшли 14 політв'язнів. У групі опинилися Ігор Карней та Марина Золотова.", "Карней"),
])
def test_one_of_the_group_just_told_is_freed_with_it(text, name):
    assert _freed(text, name)


@pytest.mark.parametrize("text, name", [
    ("Утром на свободу вышла Полина Шарендо-Панасюк. Также вышла Наталья Дулина.", "Дулин"),
    ("Раніцай на волю выйшла Паліна Шарэнда-Панасюк. Таксама выйшла Наталля Дуліна.", "Дулін"),
    ("Вранці на волю вийшла Поліна Шарендо-Панасюк. Також вийшла Наталія Дуліна.", "Дулін"),
])
def test_also_came_out_after_a_release_is_a_release(text, name):
    assert _freed(text, name)


def test_also_came_out_said_of_a_book_frees_no_one():
    text = "В пятницу на свободу вышел Эдуард Пальчис. Также вышла новая книга Светланы Алексиевич."
    assert _neither(text, "Алексиевич")


@pytest.mark.parametrize("text, name", [
    ("Помилование стало известно в субботу. Свободу получили и Игорь Лосик, и Ирина Счастная.", "Счастн"),
    ("Памілаванне стала вядома ў суботу. Волю атрымаў і Ігар Лосік.", "Лосік"),
    ("Помилування стало відоме в суботу. Свободу отримали Ігор Лосік та Ірина Щасна.", "Щасн"),
    ("The pardons were announced on Saturday. Ihar Losik also gained his freedom.", "Losik"),
    ("Лукашенко помилував 16 осіб. Додому повернувся і Павло Северинець.", "Северин"),
])
def test_freedom_received_or_home_told_first_is_a_release(text, name):
    assert _freed(text, name)


@pytest.mark.parametrize("text, name", [
    ("Лукашенко помиловал 16 человек. «Наши граждане уже дома. Среди них — Виктор Бабарико и Мария Колесникова», — "
     "сказал Тихановский.", "Колесников"),
    ("Лукашенко помилував 16 осіб. «Наші громадяни вже вдома. Серед них — Віктор Бабарико та Марія Колесникова», — "
     "заявив речник.", "Колесников"),
    ("Лукашэнка памілаваў 16 чалавек. «Нашы грамадзяне ўжо дома. Сярод іх — Віктар Бабарыка і Марыя Калеснікава», — "
     "сказаў прадстаўнік.", "Калеснікав"),
    ("Lukashenko pardoned nine people on Friday. \"They are now home. Among them is Ksenia Lutskina,\" an aide wrote.",
     "Lutskina"),
])
def test_members_of_a_group_home_inside_a_quote_are_freed(text, name):
    assert _freed(text, name)


@pytest.mark.parametrize("text, name", [
    ("«Наши граждане уже дома. Среди них — Виктор Бабарико и Мария Колесникова», — сказал Тихановский.", "Бабарико"),
    ("«Наші громадяни вже вдома. Серед них — Віктор Бабарико та Марія Колесникова», — заявив речник.", "Бабарико"),
    ("«Нашы грамадзяне ўжо дома. Сярод іх — Віктар Бабарыка і Марыя Калеснікава», — сказаў прадстаўнік.", "Бабарык"),
    ("\"They are already home. Among them is Viktar Babaryka,\" the spokesman said.", "Babaryka"),
])
def test_a_quote_that_tells_the_group_home_hands_it_to_its_list(text, name):
    assert _freed(text, name)


def test_the_speaker_of_the_quote_takes_nothing_from_it():
    text = "Лукашенко помиловал девять человек. «Они уже дома. Среди них — Ксения Луцкина», — написал Латушко."
    assert _neither(text, "Латушко")


@pytest.mark.parametrize("text, name", [
    ("Maria Kalesnikava is in her fifth year of an eleven-year term, her sister said.", "Kalesnikava"),
    ("Mikalai Dziadok is still in the Homel colony, Viasna reports.", "Dziadok"),
    ("Палітвязень Максім Знак трапіў у калонію ў Навапалацку. У той жа калоніі ў Навапалацку знаходзіцца і Эдуард "
     "Бабарыка.", "Бабарык"),
    ("В той же колонии в Шклове находится и Николай Дедок.", "Дедок"),
    ("У тій самій колонії в Новополоцьку перебуває і Едуард Бабарико.", "Бабарико"),
])
def test_held_in_other_words_is_held(text, name):
    assert _held(text, name)


@pytest.mark.parametrize("text, name", [
    ("Лукашенко помиловал 16 человек. Николай Статкевич остался в колонии.", "Статкевич"),
    ("Лукашенко помилував 16 осіб. Микола Статкевич залишився в колонії.", "Статкевич"),
    ("Лукашэнка памілаваў 16 чалавек. Мікалай Статкевіч застаўся ў калоніі.", "Статкевіч"),
    ("Lukashenko pardoned 16 people. Mikalai Statkevich stayed in the colony.", "Statkevich"),
])
def test_stayed_in_prison_told_in_the_perfective_is_held(text, name):
    assert _held(text, name)


def test_one_who_stayed_is_no_member_of_the_group_told_before_him():
    text = ("Лукашенко помиловал 16 человек. В группе оказались Игорь Карней и Марина Золотова, но Николай Статкевич "
            "остался в колонии.")
    assert _freed(text, "Золотов") and _held(text, "Статкевич")


@pytest.mark.parametrize("text, freed, other", [
    ("Марфа Рабкова, о которой пишет Костюгова, была освобождена в субботу.", "Рабков", "Костюгов"),
    ("Ihar Losik, whom Maxim Znak mentions in the letter, was freed on Saturday.", "Losik", "Znak"),
    ("Марфа Рабкова, пра якую піша Ганна Касцюгова, была вызвалена ў суботу.", "Рабков", "Касцюгов"),
    ("Марфа Рабкова, про яку пише Ганна Костюгова, була звільнена в суботу.", "Рабков", "Костюгов"),
])
def test_a_name_inside_anothers_relative_clause_takes_nothing_from_the_main_clause(text, freed, other):
    assert _freed(text, freed) and _neither(text, other)


@pytest.mark.parametrize("text", [
    "— Що ви хочете сказати на волі?\n\n— Про Настю Лойко. Вона дуже смілива.\n\n— А ще?\n\n— І про Валерію "
    "Костюгову. Ми багато говорили. Обидві досі там.",
    "— Кого вы вспоминаете?\n\n— Настю Лойко. Она очень смелая.\n\n— А еще?\n\n— Валерию Костюгову. Мы много "
    "говорили. Обе до сих пор там.",
])
def test_both_after_two_people_of_an_answer_tells_their_state(text):
    assert _held(text, "Лойко") and _held(text, "Костюгов")


def test_both_in_english_after_two_people_of_an_answer():
    text = ("— Who do you think of?\n\n— Nasta Loika. She is very brave.\n\n— Anyone else?\n\n— Valeryia Kastsiuhova. "
            "We talked a lot. Both are still there.")
    assert _held(text, "Loika") and _held(text, "Kastsiuhova")


def test_both_said_of_questions_gives_the_person_nothing():
    text = "— Кого вы вспоминаете?\n\n— Настю Лойко.\n\nОба вопроса были сложными."
    assert _neither(text, "Лойко")


@pytest.mark.parametrize("text, relative, parent", [
    ("Сын Виктора Бабарико Эдуард, осужденный на восемь лет, остается в колонии.", "Эдуард Бабарико",
     "Виктор Бабарико"),
    ("Viktar Babaryka's son Eduard, sentenced to eight years, remains in a colony.", "Eduard Babaryka",
     "Viktar Babaryka"),
    ("Сын Віктара Бабарыкі Эдуард, асуджаны на восем гадоў, застаецца ў калоніі.", "Эдуард Бабарык",
     "Віктар Бабарык"),
    ("Син Віктора Бабарика Едуард, засуджений до восьми років, залишається в колонії.", "Едуард Бабарик",
     "Віктор Бабарик"),
])
def test_a_relative_named_by_first_name_after_the_familys_name_is_the_prisoner(text, relative, parent):
    assert _held(text, relative) and _neither(text, parent)


@pytest.mark.parametrize("text, name", [
    ("On Thursday 14 people were released, whom human rights defenders had recognised as political prisoners. One of "
     "them is Ihar Karnei.", "Karnei"),
    ("У четвер звільнили 14 людей, яких правозахисники визнали політв'язнями. Один із них — Ігор Карней.", "Карней"),
    ("У чацвер вызвалілі 14 чалавек, якіх праваабаронцы прызналі палітвязнямі. Адзін з іх — Ігар Карней.", "Карней"),
])
def test_one_of_the_released_after_a_past_recognition_is_freed(text, name):
    assert _freed(text, name)


@pytest.mark.parametrize("text, name", [
    ("Лукашенко помиловал 16 человек.\n\nКто вышел\n\nИгорь Карней. Журналист, осужден на три года.\n\nМарина Золотова. "
     "Главный редактор TUT.BY.", "Золотов"),
    ("Лукашэнка памілаваў 16 чалавек.\n\nХто выйшаў\n\nІгар Карней. Журналіст, асуджаны на тры гады.\n\nМарына "
     "Залатава. Галоўная рэдактарка TUT.BY.", "Карней"),
    ("Лукашенко помилував 16 осіб.\n\nХто вийшов\n\nІгор Карней. Журналіст, засуджений до трьох років.\n\nМарина "
     "Золотова. Головна редакторка TUT.BY.", "Карней"),
    ("Lukashenko pardoned 16 people.\n\nWho got out\n\nIhar Karnei. A journalist sentenced to three years.\n\nMaryna "
     "Zolatava. The editor of TUT.BY.", "Zolatava"),
])
def test_a_who_got_out_heading_frees_the_profiles_under_it(text, name):
    assert _freed(text, name)


def test_the_driver_of_the_bus_is_no_one_freed():
    text = ("Belarus released 14 political prisoners on Saturday. The driver of the bus, Siarhei Ivanou, said the road "
            "was empty.")
    assert _neither(text, "Ivanou")
