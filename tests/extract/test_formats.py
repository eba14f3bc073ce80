"""Page formats the second corpus brought in: tables as text, lists, timelines, columns, posts."""

from bot.extract.numbers import parse_number
from tests.extract.helpers import run

LEAD_BE = "Лукашэнка памілаваў 32 чалавекі\nПаводле «Вясны», 20.11.2024 на волю па памілаванні выйшлі 32 палітвязні.\n"
LEAD_EN = "Belarus frees 37 prisoners\nLukashenko pardoned 37 people on Monday, his press service said.\n"


def test_table_rows_give_the_rounds_make_up():
    report = run(LEAD_BE + "Склад вызваленых:\nМужчыны — 20\nЖанчыны: 12\n", "2024-11-21")
    assert (report.men, report.women) == (20, 12)


def test_table_row_with_a_country_gives_the_prisoner_count():
    report = run(LEAD_BE + "Лічбы на сёння:\nПалітвязняў у Беларусі: 1 230\n", "2024-11-21")
    assert report.political_prisoners.value == 1230


def test_numbered_list_under_a_release_line_names_the_released():
    text = LEAD_BE + "Імёны вызваленых:\n1. Сяргей Лазоўскі, Гомель\n2. Наталля Мацкевіч, Мінск\n"
    assert run(text, "2024-11-21").named_released == ["Сяргей Лазоўскі", "Наталля Мацкевіч"]


def test_one_line_list_after_a_label_names_the_held():
    text = LEAD_EN + "Still inside: Ales Bialiatski, Maria Kalesnikava 💔\n"
    assert run(text, "2024-09-16").named_still_held == ["Ales Bialiatski", "Maria Kalesnikava"]


def test_scale_nouns_multiply_the_number_before_them():
    assert (parse_number("двух сотен"), parse_number("two dozen")) == (200, 24)


def test_weekday_before_a_date_takes_the_date():
    text = "Помилованы 30 человек\nВ четверг, 4 сентября, на свободу вышли 30 политзаключенных.\n"
    assert run(text, "2024-09-05").event_date.isoformat() == "2024-09-04"


def test_that_day_points_back_to_the_date_just_told():
    text = ("Мяжа ў тумане\nГэта было 13 снежня. У той дзень Аляксандр Лукашэнка памілаваў 123 чалавекі.\n")
    assert run(text, "2025-12-16").event_date.isoformat() == "2025-12-13"


def test_a_round_told_a_year_later_is_history():
    text = ("Як працуе памілаванне\nКалі пачаліся вызваленні? Першая група з 18 чалавек выйшла на волю "
            "3 ліпеня 2024 года.\n")
    report = run(text, "2025-08-01")
    assert (report.is_pardon_report, report.pardoned) == (False, None)


def test_timeline_entries_are_past_rounds():
    text = ("Лукашенко помиловал еще 37 политзаключенных\nСегодня Лукашенко помиловал 37 человек.\n"
            "Как шли освобождения:\n— 3 июля: 18 человек, первая группа;\n")
    report = run(text, "2024-09-16")
    assert (report.event_date.isoformat(), report.round_ordinal) == ("2024-09-16", None)


def test_courtesy_title_makes_a_lone_surname_a_held_name():
    assert run(LEAD_EN + "But Ms Kalesnikava remains in prison.\n", "2024-09-16").named_still_held == ["Kalesnikava"]


def test_a_question_gives_no_role():
    text = LEAD_EN + "Was Pavel Sevyarynets among them?\n"
    report = run(text, "2024-09-16")
    assert report.named_released == [] and report.named_still_held == []


def test_whose_hands_the_rest_of_the_sentence_to_the_next_name():
    text = LEAD_EN + "Also freed was Ihar Iljaš, whose wife Katsiaryna Andreyeva remains imprisoned.\n"
    report = run(text, "2024-09-16")
    assert (report.named_released, report.named_still_held) == (["Ihar Iljaš"], ["Katsiaryna Andreyeva"])


def test_yesterday_followed_by_the_is_still_a_day():
    text = "Belarus frees 18 prisoners\nYesterday the president pardoned 18 people, Viasna said.\n"
    assert run(text, "2024-07-04").event_date.isoformat() == "2024-07-03"


def test_russian_simply_is_not_a_plea():
    text = "Помилованы 18 человек\nСегодня помилованы 18 человек. Николай Статкевич просто освобожден и уже дома.\n"
    assert run(text, "2024-07-04").named_released == ["Николай Статкевич"]


def test_a_call_to_release_is_no_round():
    text = ("UN experts urge Belarus\nThe experts called on Belarus to immediately release the more than 1,100 "
            "people they said were imprisoned on political grounds.\n")
    report = run(text, "2025-06-10")
    assert (report.is_pardon_report, report.political_prisoners.value) == (False, 1100)
