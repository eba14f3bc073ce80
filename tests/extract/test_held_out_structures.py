"""Names by role, a follow-up round of issue #12: the grammatical structures of the held-out name misses.

Our own invented sentences in English, Russian, Belarusian (also in Łacinka) and Ukrainian, one behaviour per
test; each fails on the extractor of the fifth round.
"""

from tests.extract.helpers import run

# 1. "Among those who ..." with the name before or after the relative clause.


def test_one_of_those_who_came_back_is_released_despite_his_sentence_in_the_relative_clause():
    text = ("Білорусь повернула 31 українця\n"
            "У суботу Білорусь передала Україні 31 громадянина. Одним із тих, хто повернувся, став 61-річний Петро "
            "Гуменюк з Волині, якого в 2023 році засудили до 10 років.\n")
    report = run(text, "2025-11-22")
    assert (report.named_released, report.named_still_held) == (["Петро Гуменюк"], [])


def test_a_name_before_among_those_who_were_freed_is_released():
    text = ("Вызвалены 52 палітвязні\n"
            "5 сакавіка ўлады вызвалілі 52 чалавекі. Іван Зуй, 47-гадовы слесар, быў сярод тых, каго 5 сакавіка "
            "вызвалілі і вывезьлі ў Літву.\n")
    report = run(text, "2026-03-06")
    assert (report.named_released, report.named_still_held) == (["Іван Зуй"], [])


def test_in_english_a_name_before_among_those_who_were_freed_is_released():
    text = ("Belarus frees 52 prisoners\n"
            "Belarus freed 52 prisoners on Thursday. Pavel Hale, a 47-year-old mechanic, was among those who were "
            "freed and taken to Lithuania.\n")
    report = run(text, "2026-03-06")
    assert (report.named_released, report.named_still_held) == (["Pavel Hale"], [])


# 2. "серед них – X" right after a count of the freed, and a past sentence later.


def test_among_them_after_a_count_of_the_freed_is_released_despite_a_later_past_sentence():
    text = ("Правозахисники: звільнено щонайменше 12 людей\n"
            "Правозахисники знають щонайменше про 12 звільнених, серед них – 58-річний журналіст Олег Мельничук, у "
            "якого діабет. Мельничука засудили у 2022 році до 8 років.\n")
    report = run(text, "2025-11-22")
    assert (report.named_released, report.named_still_held) == (["Олег Мельничук"], [])


def test_in_russian_among_them_after_a_count_of_the_freed_is_released():
    text = ("Правозащитники: освобождены по меньшей мере 12 человек\n"
            "Правозащитникам известно как минимум о 12 освобожденных, среди них – 58-летний журналист Олег Мельничук, "
            "у которого диабет. Мельничука осудили в 2022 году на 8 лет.\n")
    report = run(text, "2025-11-22")
    assert (report.named_released, report.named_still_held) == (["Олег Мельничук"], [])


# 3. "Among those who remain is X": held.


def test_among_those_who_remain_is_held_in_ukrainian():
    text = ("Білорусь звільнила 20 людей\n"
            "У суботу Білорусь звільнила 20 людей. Серед тих, хто лишається, – Василь Ткачук, який відмовився від "
            "депортації й повернувся за ґрати.\n")
    assert run(text, "2025-11-22").named_still_held == ["Василь Ткачук"]


def test_among_those_who_remain_is_held_in_english():
    text = ("Belarus frees 20 prisoners\n"
            "Belarus freed 20 prisoners on Saturday. Among those who remain is Tom Hardy, who refused to be deported.\n")
    assert run(text, "2025-11-22").named_still_held == ["Tom Hardy"]


# 4. A release verb with its subjects after it.


def test_people_who_came_out_of_the_buses_are_released_in_ukrainian():
    text = ("Білорусь звільнила 20 людей\n"
            "У суботу Білорусь звільнила 20 людей. З автобусів, що приїхали з Білорусі, вийшли Ганна Лук'янець, Олег "
            "Мартинюк, Тарас Білик.\n")
    assert run(text, "2025-11-22").named_released == ["Ганна Лук'янець", "Олег Мартинюк", "Тарас Білик"]


def test_people_who_came_out_of_the_buses_are_released_in_russian():
    text = ("Беларусь освободила 20 человек\n"
            "В субботу Беларусь освободила 20 человек. Из автобусов, прибывших из Беларуси, вышли Анна Лукьянец, "
            "Олег Мартынюк и Тарас Белик.\n")
    assert run(text, "2025-11-22").named_released == ["Анна Лукьянец", "Олег Мартынюк", "Тарас Белик"]


# 5. A demonstrative before the surname.


def test_including_that_one_and_a_surname_is_released_in_belarusian():
    text = ("Лукашэнка пра вызваленых\n"
            "Палітвязня Міколу Лебедзевіча асудзілі ў 2022 годзе. Лукашэнка заявіў, што адпусцілі дваццаць чалавек, у "
            "тым ліку гэтага, Лебедзевіча.\n")
    assert run(text, "2025-11-22").named_released == ["Мікола Лебедзевіч"]


def test_including_that_one_and_a_surname_is_released_in_english():
    text = ("Lukashenka on the freed\n"
            "The political prisoner Mikola Lebedzevich was jailed in 2022. Lukashenka said twenty people had been "
            "let go, including that one, Lebedzevich.\n")
    assert run(text, "2025-11-22").named_released == ["Mikola Lebedzevich"]


# 6. An expert or commentator by title.


def test_a_political_scientist_on_trade_in_people_is_in_neither_list_in_belarusian():
    text = ("Вызвалены 20 палітвязняў\n"
            "У суботу ўлады вызвалілі 20 палітвязняў. Палітоляг Андрэй Сокал лічыць, што вызваленне палітвязняў — "
            "гэта гандаль людзьмі.\n")
    report = run(text, "2025-11-22")
    assert (report.named_released, report.named_still_held) == ([], [])


def test_an_analyst_on_prisoners_is_in_neither_list_in_russian():
    text = ("Освобождены 20 политзаключенных\n"
            "В субботу власти освободили 20 политзаключенных. Аналитик Петр Орлов считает, что политзаключенных "
            "продолжают сажать.\n")
    report = run(text, "2025-11-22")
    assert (report.named_released, report.named_still_held) == ([], [])


def test_a_political_scientist_who_said_something_is_in_neither_list_in_english():
    text = ("Belarus frees 20 prisoners\n"
            "Belarus freed 20 political prisoners on Saturday. Political scientist John Marsh said the prisoners "
            "released were part of a trade in people.\n")
    report = run(text, "2025-11-22")
    assert (report.named_released, report.named_still_held) == ([], [])


# 7. "In the same case as X".


def test_the_person_of_the_same_case_gets_no_role_in_russian():
    text = ("Освобождены 20 человек\n"
            "В субботу освобождены 20 человек. На свободу вышел Иван Лось, осужденный по одному делу с Петром Гаем.\n")
    report = run(text, "2025-11-22")
    assert (report.named_released, report.named_still_held) == (["Иван Лось"], [])


def test_the_person_of_the_same_case_gets_no_role_in_english():
    text = ("Belarus frees 20 prisoners\n"
            "Belarus freed 20 prisoners on Saturday. Also freed was Anna Leonenko, convicted in the same case as Mark "
            "Dunn.\n")
    report = run(text, "2025-11-22")
    assert (report.named_released, report.named_still_held) == (["Anna Leonenko"], [])


def test_the_person_of_the_same_case_gets_no_role_in_belarusian():
    text = ("Вызвалены 20 чалавек\n"
            "У суботу вызвалены 20 чалавек. На волю выйшаў Іван Лось, асуджаны па адной справе з Пятром Гаем.\n")
    report = run(text, "2025-11-22")
    assert (report.named_released, report.named_still_held) == (["Іван Лось"], [])


# 8. Apposition with a kin noun and a profession; "jailed" in an apposition.


def test_a_wife_named_with_her_profession_is_a_relative_in_english():
    text = ("Belarus frees 20 prisoners\n"
            "Ihar Brodski was released on Sunday. His wife, journalist Olena Brodska, said he was exhausted.\n")
    report = run(text, "2025-11-23")
    assert (report.named_released, report.named_still_held) == (["Ihar Brodski"], [])


def test_a_wife_named_with_her_profession_is_a_relative_in_russian():
    text = ("Освобождены 20 человек\n"
            "Игорь Бродский вышел на свободу в воскресенье. Его жена, журналистка Елена Бродская, сообщила, что он "
            "истощен.\n")
    report = run(text, "2025-11-23")
    assert (report.named_released, report.named_still_held) == (["Игорь Бродский"], [])


def test_a_jailed_figure_in_apposition_who_was_released_is_released():
    text = ("Belarus frees 20 prisoners\n"
            "Belarus freed 20 prisoners on Sunday. Another jailed opposition figure, Piotr Harbach, a member of "
            "Babaryka's team, was also released on Sunday.\n")
    report = run(text, "2025-11-23")
    assert (report.named_released, report.named_still_held) == (["Piotr Harbach"], [])


# 9. A kin noun, a possessor's first name in the genitive, then the subject's full name.


def test_the_husband_of_a_named_woman_remains_held_in_lacinka():
    text = ("Iryna Sakova na voli\n"
            "Iryna Sakova vyjšła na volu, całkam adbyŭšy termin. Muž Iryny Aleh Sakoŭ zastajecca ŭ kałonii.\n")
    report = run(text, "2025-11-23")
    assert (report.named_released, report.named_still_held) == (["Iryna Sakova"], ["Aleh Sakoŭ"])


def test_the_husband_of_a_named_woman_remains_held_in_cyrillic():
    text = ("Ірына Сакова на волі\n"
            "Ірына Сакова выйшла на волю, цалкам адбыўшы тэрмін. Муж Ірыны Алег Сакоў застаецца ў калоніі.\n")
    report = run(text, "2025-11-23")
    assert (report.named_released, report.named_still_held) == (["Ірына Сакова"], ["Алег Сакоў"])


# 10. A coordinated second name after a long apposition.


def test_a_second_name_after_a_long_apposition_is_released_too_in_belarusian():
    text = ("Вызвалены 20 палітвязняў\n"
            "У суботу ўлады вызвалілі 20 палітвязняў. Таксама на волі 64-гадовы Пётр Граль, асуджаны на два гады за "
            "допіс, і жыхарка Гомеля Ала Бурак, у якой астма.\n")
    assert run(text, "2025-11-22").named_released == ["Пётр Граль", "Ала Бурак"]


def test_a_second_name_after_a_long_apposition_is_released_too_in_russian():
    text = ("Освобождены 20 политзаключенных\n"
            "В субботу власти освободили 20 политзаключенных. Также на свободе 64-летний Петр Граль, осужденный на два "
            "года за комментарий, и жительница Гомеля Алла Бурак, у которой астма.\n")
    assert run(text, "2025-11-22").named_released == ["Петр Граль", "Алла Бурак"]


# 11. Among those newly recognised as political prisoners.


def test_among_those_recognised_as_political_prisoners_is_held_in_belarusian():
    text = ("Праваабаронцы прызналі 15 палітвязняў\n"
            "Сярод тых, каго прызналі палітвязнямі ў лютым, — 20-гадовы студэнт Кірыл Баран, які ўтрымліваецца ў "
            "СІЗА.\n")
    assert run(text, "2026-03-02").named_still_held == ["Кірыл Баран"]


def test_among_those_recognised_as_political_prisoners_is_held_in_lacinka():
    text = ("Pravaabaroncy pryznali 15 palitviaźniaŭ\n"
            "Siarod tych, kaho pryznali palitviaźniami ŭ lutym, — 20-hadovy student Kirył Baran, jaki ŭtrymlivajecca "
            "ŭ SIZA.\n")
    assert run(text, "2026-03-02").named_still_held == ["Kirył Baran"]


# 12. An explainer: pardoned in 2011–2012, a later account of the petition is no new arrest.


def test_people_pardoned_in_2012_stay_released_after_a_later_account_in_russian():
    text = ("Как Лукашенко миловал в 2011–2012 годах\n"
            "В 2011–2012 годах Лукашенко помиловал многих осужденных по делу 19 декабря, в том числе Андрея Санникова "
            "и Дмитрия Бондаренко. Санников потом рассказывал, что прошение его вынудили написать.\n")
    assert run(text, "2025-11-22").named_released == ["Андрей Санников", "Дмитрий Бондаренко"]


def test_people_pardoned_in_2012_stay_released_after_a_later_account_in_english():
    text = ("How Lukashenka pardoned in 2011–2012\n"
            "In 2011–2012 Lukashenka pardoned many of those convicted over the December 19 protests, including Andrei "
            "Sannikov and Dmitry Bondarenko. Sannikov later said he had been forced to write the petition.\n")
    assert run(text, "2025-11-22").named_released == ["Andrei Sannikov", "Dmitry Bondarenko"]
