"""A release still to come, wished for, planned or left off a list is no release: the person named is still held. A
release whose subject is the name ("is expected to be released in 2027", "павінна выйсці на волю") counts for that
person; a term's end told after it is when that release will be; one who calls for others' freedom is in neither list."""

import datetime as dt

import pytest

from bot.extract.extractor import extract_report
from bot.extract.model import report_to_json

PUBLISHED = dt.date(2025, 9, 20)


def _lists(text: str) -> tuple[list[str], list[str]]:
    report = report_to_json(extract_report(text, published=PUBLISHED))
    return report["named_released"], report["named_still_held"]


def _has(names: list[str], surname_start: str) -> bool:
    return any(surname_start in name for name in names)


@pytest.mark.parametrize("text, surname", [
    # A release told with a modal or a plan, its subject the name.
    ("Marfa Rabkova is expected to be released only in 2027, when her sentence ends.", "Rabkova"),
    ("Marfa Rabkova could be freed as early as next week, her lawyer said.", "Rabkova"),
    ("Viktar Babaryka was supposed to be released in May but received a new sentence.", "Babaryka"),
    ("Andrzej Poczobut is due to walk free only in 2029, at the end of his term.", "Poczobut"),
    ("Мария Колесникова может выйти на свободу уже в этом году, считают в ее штабе.", "Колесников"),
    ("Ожидается, что Виктор Бабарико будет освобожден до конца года.", "Бабарико"),
    ("Марфа Рабкова павінна выйсці на волю толькі ў 2027 годзе, па заканчэнні тэрміну.", "Рабков"),
    ("Ігар Лосік мог бы выйсці на волю яшчэ ў 2024 годзе, але адмовіўся пісаць прашэнне.", "Лосік"),
    ("Максім Знак павінен быць вызвалены, заявілі ў МЗС Польшчы.", "Знак"),
    # A release called for, or a list the person was left off.
    ("Sviatlana Tsikhanouskaya called for Maria Kalesnikava to be freed without conditions.", "Kalesnikava"),
    ("The European Parliament again called for Maria Kalesnikava to be freed.", "Kalesnikava"),
    ("Among the 16 pardoned there was no Andrzej Poczobut, whose case Warsaw has raised for years.", "Poczobut"),
    ("Журналіст Анджэй Пачобут не апынуўся ў спісе памілаваных і па-ранейшаму ў калоніі.", "Пачобут"),
    ("Журналіста Анджея Почобута в списку помилуваних не виявилося.", "Почобут"),
    # Serving a term told with words between the verb and the term.
    ("Віктар Бабарыка працягвае адбываць 14-гадовы тэрмін. Ягоны сын Эдуард таксама за кратамі.", "Бабарык"),
])
def test_a_release_to_come_or_called_for_leaves_the_person_held(text, surname):
    freed, held = _lists(text)
    assert _has(held, surname) and not _has(freed, surname)


@pytest.mark.parametrize("text, surname", [
    # The modal was the past's: the release happened after all.
    ("Marfa Rabkova was expected to be released on Friday and walked free that evening.", "Rabkova"),
    ("Игорь Лосик, который должен был выйти на свободу в 2027 году, был помилован в июне.", "Лосик"),
])
def test_a_release_that_happened_after_a_plan_is_a_release(text, surname):
    freed, held = _lists(text)
    assert _has(freed, surname) and not _has(held, surname)


@pytest.mark.parametrize("text, surname", [
    ("Sviatlana Tsikhanouskaya called for all political prisoners to be freed.", "Tsikhanouskaya"),
    ("Sviatlana Tsikhanouskaya called for Maria Kalesnikava to be freed without conditions.", "Tsikhanouskaya"),
    ("Светлана Тихановская призвала освободить всех политзаключенных без условий.", "Тихановск"),
])
def test_who_calls_for_a_release_is_in_neither_list(text, surname):
    freed, held = _lists(text)
    assert not _has(freed, surname) and not _has(held, surname)


@pytest.mark.parametrize("text, surname", [
    ("Former political prisoner Ihar Losik said the pardons were a bargaining chip.", "Losik"),
    ("Ігар Карней, які адбыў увесь тэрмін, выйшаў у жніўні і вярнуўся да журналістыкі.", "Карней"),
    ("Марына Золатава адбыла свой тэрмін і цяпер жыве ў Варшаве.", "Золатав"),
])
def test_a_former_prisoner_or_a_term_served_is_a_release(text, surname):
    freed, held = _lists(text)
    assert _has(freed, surname) and not _has(held, surname)


def test_a_list_item_whose_release_others_demand_is_held():
    text = ("Seventeen people were freed on Friday, Viasna said. Many well-known prisoners were not among them.\n\n"
            "Still behind bars:\n"
            "• Maksim Znak, lawyer, serving 10 years\n"
            "• Ales Bialiatski, whose release the Nobel committee has demanded for years\n"
            "• Ihar Karnei, journalist\n")
    freed, held = _lists(text)
    assert all(_has(held, n) for n in ("Znak", "Bialiatski", "Karnei")) and not _has(freed, "Bialiatski")


@pytest.mark.parametrize("text, surname", [
    ("Seventeen people were freed on Friday.\n\nLeft behind\n\nIhar Karnei, a journalist from Homel.\n",
     "Karnei"),
    ("Seventeen people were freed on Friday.\n\nRemaining in custody\n\nIhar Karnei, a journalist from Homel."
     "\n", "Karnei"),
    ("В пятницу освободили 17 человек.\n\nКто по-прежнему в неволе\n\nИгорь Карней, журналист из Гомеля.\n",
     "Карней"),
    ("У пятніцу вызвалілі 17 чалавек.\n\nХто яшчэ ў калоніі\n\nІгар Карней, журналіст з Гомеля.\n",
     "Карней"),
])
def test_a_section_heading_in_other_words_gives_its_state(text, surname):
    freed, held = _lists(text)
    assert _has(held, surname) and not _has(freed, surname)


@pytest.mark.parametrize("text, surname", [
    ("Андрэй Пачобут затрыманы ў 2021 годзе. Цяпер ён адбывае восем гадоў калоніі. Ён адмаўляецца пісаць прашэнне аб "
     "памілаванні.", "Пачобут"),
    ("Андрей Почобут задержан в 2021 году. Сейчас он отбывает восемь лет колонии. Он отказывается писать прошение о "
     "помиловании.", "Почобут"),
    ("Політолог Валерія Костюгова, засуджена у 2023 році, відбуває термін у колонії в Гомелі.", "Костюгов"),
    ("Политолог Валерия Костюгова, осужденная в 2023 году на 10 лет, отбывает срок в колонии в Гомеле.", "Костюгов"),
    ("Political analyst Valeria Kastsiuhova remains in prison in Homel.", "Kastsiuhova"),
])
def test_a_petition_refused_or_a_trade_before_the_name_leaves_the_person_held(text, surname):
    freed, held = _lists(text)
    assert _has(held, surname) and not _has(freed, surname)


def test_a_recognition_told_in_the_pluperfect_holds_no_one_now():
    text = ("Lukashenko pardoned 37 people on Monday. Among those set free were seven women.\n\n"
            "Viasna said at least 20 of the names matched people it had recognised as political prisoners. One of them "
            "is Ksenia Lutskina, a former journalist.\n")
    freed, held = _lists(text)
    assert not _has(held, "Lutskina")
