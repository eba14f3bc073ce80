"""What the held-out misses of the second round (issue #12, third round) showed by class, one behaviour per test.

The sentences are written the way the outlets write them, in English, Russian, Belarusian and Ukrainian; each
test fails on the extractor of the second round.
"""

import datetime as dt

from tests.extract.helpers import run

# round_ordinal: only an ordinal of this article's round counts.


def test_an_ordinal_in_a_sentence_about_an_earlier_round_is_not_this_rounds():
    text = ("Belarus frees 52 prisoners in US-brokered deal\n"
            "Belarus on Thursday released 52 prisoners after a visit by a U.S. envoy, officials said.\n"
            "In the first round in June, 14 people were freed.\n")
    assert run(text, "2025-09-11").round_ordinal is None


def test_a_russian_ordinal_told_last_summer_is_not_this_rounds():
    text = ("Лукашенко помиловал 250 человек\n"
            "Александр Лукашенко в субботу помиловал 250 осужденных, сообщило агентство БелТА.\n"
            "В первом раунде прошлым летом на свободу вышли восемь человек.\n")
    assert run(text, "2025-12-13").round_ordinal is None


def test_a_belarusian_ordinal_with_another_rounds_figure_is_not_this_rounds():
    text = ("Лукашэнка памілаваў 18 асуджаных\n"
            "Аляксандр Лукашэнка ў сераду памілаваў 18 чалавек, паведаміла прэс-служба.\n"
            "У першы раз на волю выйшлі 8 чалавек.\n")
    assert run(text, "2025-12-11").round_ordinal is None


def test_a_ukrainian_ordinal_of_a_round_last_summer_is_not_this_rounds():
    text = ("Лукашенко помилував 250 засуджених\n"
            "Олександр Лукашенко в суботу помилував 250 засуджених, повідомило агентство БелТА.\n"
            "У першому раунді минулого літа Мінськ звільнив лише кількох людей.\n")
    assert run(text, "2025-12-13").round_ordinal is None


def test_a_day_of_the_month_written_as_an_ordinal_is_a_date():
    text = ("Лукашенко помиловал 7 человек\n"
            "Указ о помиловании 7 человек Лукашенко подписал 7-го декабря, помилование коснулось осужденных.\n")
    assert run(text, "2025-12-08").round_ordinal is None


def test_an_english_day_written_december_7th_is_a_date():
    text = ("Belarus frees 7 prisoners\n"
            "Under the December 7th pardon decree, Lukashenko freed 7 prisoners on Sunday, BelTA said.\n")
    assert run(text, "2025-12-08").round_ordinal is None


# political_prisoners: a standing count told across clauses.


def test_a_bare_count_held_by_belarus_in_a_sentence_about_political_prisoners_is_the_count():
    text = ("Belarus frees 31 Ukrainians\n"
            "Belarus released 31 Ukrainian citizens on Saturday, Kyiv said.\n"
            "The releases come as Belarus still holds over 1,400, according to the Viasna human rights centre, "
            "which counts political prisoners.\n")
    count = run(text, "2025-12-13").political_prisoners
    assert (count.value, count.qualifier) == (1400, "over")


def test_political_prisoners_held_after_an_aside_are_the_count():
    text = ("Belarus frees 12 opposition activists\n"
            "Belarus freed 12 opposition activists on Thursday, officials said.\n"
            "Rights groups say that at least 12 political prisoners, including former presidential candidates, "
            "remain in jail.\n")
    count = run(text, "2012-04-14").political_prisoners
    assert (count.value, count.qualifier) == (12, "at_least")


def test_a_ukrainian_count_of_people_recognised_as_political_prisoners_is_the_count():
    text = ("Білорусь звільнила 16 людей\n"
            "Олександр Лукашенко в середу помилував 16 людей, повідомила пресслужба.\n"
            "Правозахисники «Вясни» нараховують понад 1150 людей, яких вони визнали політв'язнями.\n")
    count = run(text, "2025-12-11").political_prisoners
    assert (count.value, count.qualifier) == (1150, "over")


def test_a_russian_count_still_held_after_an_aside_is_the_count():
    text = ("Лукашенко помиловал 16 человек\n"
            "Александр Лукашенко в среду помиловал 16 человек, сообщила пресс-служба.\n"
            "По данным «Весны», более 1100 политзаключенных, среди которых журналисты и юристы, по-прежнему "
            "остаются за решеткой.\n")
    count = run(text, "2025-12-11").political_prisoners
    assert (count.value, count.qualifier) == (1100, "over")


def test_viasna_recognises_people_as_political_prisoners_is_the_standing_count():
    text = ("Belarus frees 30 prisoners\n"
            "Lukashenko pardoned 30 people on Tuesday. The Viasna Human Rights Center recognises 1,359 people as "
            "political prisoners, among them its founder Ales Bialiatski.\n")
    assert run(text, "2024-09-04").political_prisoners.value == 1359


def test_a_russian_present_tense_recognition_is_the_standing_count():
    text = "Лукашенко помиловал 16 человек.\n«Весна» признает политзаключенными 1131 человека.\n"
    assert run(text, "2025-12-02").political_prisoners.value == 1131


def test_a_ukrainian_present_tense_recognition_is_the_standing_count():
    text = "Лукашенко помилував 16 людей.\n«Вясна» визнає політв'язнями 1131 людину.\n"
    assert run(text, "2025-12-02").political_prisoners.value == 1131


def test_a_bare_figure_after_political_prisoners_in_a_parenthesis_is_their_count():
    text = ("Лукашэнка памілаваў 16 чалавек.\n"
            "Колькасць палітвязняў амаль не змяншаецца (паводле «Вясны», на 2 ліпеня іх 1164), бо на месца "
            "вызваленых трапляюць новыя людзі.\n")
    assert run(text, "2025-07-02").political_prisoners.value == 1164


def test_the_first_release_since_any_event_is_no_ordinal():
    text = ("Belarus frees three prisoners\n"
            "Belarus freed an American citizen and two Belarusians on Wednesday. It was the first release of "
            "prisoners from Belarus since President Donald Trump returned to the White House.\n")
    assert run(text, "2025-02-12").round_ordinal is None


def test_the_second_release_in_less_than_three_weeks_is_no_ordinal():
    text = ("Belarus frees 22 prisoners\n"
            "Lukashenko pardoned 22 people on Tuesday. This is the second release in less than three weeks.\n")
    assert run(text, "2025-12-30").round_ordinal is None


def test_a_ukrainian_second_release_in_three_weeks_is_no_ordinal():
    text = "Лукашенко помилував 22 людини.\nЦе друге звільнення за три тижні.\n"
    assert run(text, "2025-12-30").round_ordinal is None


# is_pardon_report and pardoned: monthly statistics, parts and terms served.


def test_a_ukrainian_part_of_an_earlier_round_of_which_is_no_round():
    text = ("У січні в Білорусі не було нових помилувань\n"
            "Як повідомляв Укрінформ, у грудні Білорусь звільнила 123 політв'язнів, 114 з яких передали Україні.\n")
    assert run(text, "2026-02-03").pardoned is None


def test_a_term_served_told_after_a_dash_is_no_pardon():
    text = ("У січні в Білорусі на волю вийшли 37 політв'язнів\n"
            "Протягом січня 2026 року в Білорусі на волю вийшли щонайменше 37 політичних в'язнів – усі після "
            "повного відбуття терміну покарання.\n")
    assert run(text, "2026-02-03").is_pardon_report is False


def test_an_english_term_served_told_after_a_dash_is_no_pardon():
    text = ("37 political prisoners walk free in Belarus\n"
            "At least 37 political prisoners walked free in Belarus in January – all of them after serving their "
            "full sentences, Viasna said.\n")
    assert run(text, "2026-02-03").pardoned is None



# event_date and names in quotes and titles.


def test_a_quoted_today_with_the_rounds_figure_dates_the_round():
    text = ("Беларусь освободила 31 украинца и двух священников\n"
            "Белорусская сторона передала Украине 31 гражданина, а также двух католических священников. Об этом "
            "сообщил омбудсмен Дмитрий Лубинец.\n"
            "«Сегодня вышли 33 человека. Все они уже дома», — написал Лубинец в Telegram.\n")
    assert run(text, "2025-11-22").event_date == dt.date(2025, 11, 22)


def test_a_ukrainian_quoted_today_with_the_rounds_figure_dates_the_round():
    text = ("Білорусь звільнила 31 українця і двох священників\n"
            "Білоруська сторона передала Україні 31 громадянина, а також двох католицьких священників.\n"
            "«Сьогодні вийшли 33 людини. Усі вони вже вдома», — написав Лубінець у Telegram.\n")
    assert run(text, "2025-11-22").event_date == dt.date(2025, 11, 22)


def test_a_pontiff_with_a_regnal_number_is_no_prisoner():
    text = ("Лукашенко помиловал 33 человека\n"
            "Лукашенко помиловал 31 гражданина Украины, а также двух священнослужителей по обращению Папы Римского "
            "Льва XIV.\n")
    assert run(text, "2025-11-22").named_released == []


def test_a_state_media_dateline_sentence_dates_the_round_after_it():
    text = ("Лукашэнка памілаваў 16 асуджаных\n"
            "Мінск, 2 ліпеня. Прэзідэнт Беларусі Аляксандр Лукашэнка памілаваў 16 асуджаных за злачынствы "
            "экстрэмісцкай накіраванасці, паведамляе БЕЛТА.\n")
    assert run(text, "2025-07-02").event_date == dt.date(2025, 7, 2)


def test_a_next_day_wire_opening_with_its_date_yields_to_on_wednesday():
    text = ("Belarus frees 16 prisoners\n"
            "July 3, 2025 - Belarusian leader Alexander Lukashenko pardoned 16 people on Wednesday, his press "
            "service said on its Telegram channel.\n")
    assert run(text, "2025-07-03").event_date == dt.date(2025, 7, 2)


def test_a_russian_dateline_before_a_dash_yields_to_v_sredu():
    text = ("Лукашенко помиловал 16 человек\n"
            "МИНСК, 3 июля — Александр Лукашенко в среду помиловал 16 человек, сообщила пресс-служба.\n")
    assert run(text, "2025-07-03").event_date == dt.date(2025, 7, 2)


def test_a_speech_that_quotes_a_recent_pardon_is_no_report():
    text = ("Лукашэнка: «Я памілаваў ужо больш за 300 чалавек, і гэта не канец»\n"
            "Падчас сустрэчы з актывам Магілёўскай вобласці ў чацвер Аляксандр Лукашэнка зноў закрануў тэму "
            "памілаванняў.\n"
            "«Вось нядаўна я памілаваў 16 чалавек. Хто напіша прашэнне і пакаецца — будзем разглядаць», — сказаў "
            "кіраўнік дзяржавы.\n")
    assert run(text, "2025-12-19").is_pardon_report is False


def test_an_english_speech_quoting_a_pardon_is_no_report():
    text = ("Lukashenko says he is ready to pardon more\n"
            "Speaking to officials on Thursday, Alexander Lukashenko returned to the subject of pardons.\n"
            "\"Recently I pardoned 16 people. Whoever repents will be considered,\" he said.\n")
    assert run(text, "2025-12-19").is_pardon_report is False


def test_last_saturday_in_a_saturday_paper_is_a_week_ago():
    text = ("Чому Лукашенко відпускає політв'язнів\n"
            "Минулої суботи Білорусь звільнила 123 політв'язнів, серед яких Алесь Біляцький. Це не жест доброї "
            "волі, а торг.\n")
    assert run(text, "2025-12-20").is_pardon_report is False


def test_an_explainer_listing_every_round_is_no_report_of_the_last():
    text = ("Сколько политзаключенных освободил Лукашенко: все волны помилований\n"
            "Летом 2024 года Александр Лукашенко начал миловать политзаключенных. Рассказываем, как это было.\n"
            "3 июля 2024 года Лукашенко помиловал 18 человек. 16 сентября на свободу вышли еще 37 "
            "политзаключенных. 11 сентября 2025 года Беларусь освободила 52 человека. Наконец, 13 декабря 2025 "
            "года на свободу вышли 123 человека.\n")
    assert run(text, "2025-12-14").is_pardon_report is False


def test_an_ordinal_with_a_noun_of_its_own_does_not_share_the_rounds():
    text = ("Belarus frees three prisoners\n"
            "Belarus freed three people on Wednesday. It was the first release of prisoners since Donald Trump "
            "returned to the White House, and it came weeks after an election, widely denounced as a sham, that "
            "gave Alexander Lukashenko a seventh term.\n")
    assert run(text, "2025-02-12").round_ordinal is None


# Names: relatives who are prisoners themselves.


def test_a_husband_still_in_the_colony_after_an_aside_is_held():
    text = ("Belarus frees 22 prisoners\n"
            "Lukashenko pardoned 22 people on Tuesday. Among the first to be identified is Alena Hnot, a "
            "41-year-old accountant. Her husband, Dzianis Hnot, convicted in the same case, was not on the list and "
            "remains in the penal colony in Mahilioŭ.\n")
    assert run(text, "2025-12-30").named_still_held == ["Dzianis Hnot"]


def test_a_ukrainian_husband_who_stays_in_the_colony_is_held():
    text = ("Білорусь звільнила 123 політв'язнів\n"
            "Білоруська влада в суботу звільнила 123 ув'язнених. Серед звільнених і 34-річна активістка з Гомеля "
            "Юлія Шаповалова. Її чоловік Андрій Шаповалов, засуджений у тій самій справі до восьми років, "
            "залишається в колонії у Шклові.\n")
    assert run(text, "2025-12-13").named_still_held == ["Андрій Шаповалов"]


def test_a_lacinka_husband_who_stays_behind_bars_is_held():
    text = ("Lukašenka pamiłavaŭ 23 čałavieki\n"
            "Lukašenka ŭ paniadziełak pamiłavaŭ 23 čałavieki. Siarod ich Volha Babič. Jaje muž Aleh Babič, asudžany "
            "ŭ toj ža spravie da šasci hadoŭ, i ciapier zastajecca za kratami ŭ Šklovie.\n")
    assert run(text, "2025-01-20").named_still_held == ["Aleh Babič"]


def test_ukrainian_nationals_listed_after_a_lead_in_that_tells_their_sentence_are_released():
    text = ("Білорусь звільнила 123 політв'язнів\n"
            "Білоруська влада в суботу звільнила 123 ув'язнених. Серед них — п'ятеро громадян України, яких "
            "засудили в Білорусі за «шпигунство». Це, зокрема, 47-річна Оксана Ковальчук з Рівного та житель "
            "Чернігівщини Богдан Савчук, якого затримали на кордоні ще 2022 року.\n")
    assert run(text, "2025-12-13").named_released == ["Оксана Ковальчук", "Богдан Савчук"]


def test_english_nationals_listed_after_a_lead_in_that_tells_their_sentence_are_released():
    text = ("Belarus frees 123 prisoners\n"
            "Belarus freed 123 prisoners on Saturday. Among them were five Ukrainians who had been convicted of "
            "spying. They include Oksana Kovalchuk, 47, from Rivne and Bohdan Savchuk, who was detained at the "
            "border in 2022.\n")
    assert run(text, "2025-12-13").named_released == ["Oksana Kovalchuk", "Bohdan Savchuk"]


def test_prominent_prisoners_include_and_a_husband_named_by_his_wife_are_held():
    text = ("Belarus frees three prisoners\n"
            "Belarus freed three people on Wednesday. Other prominent prisoners include opposition politicians "
            "Maria Kalesnikava and Viktar Babaryka, and Tsikhanouskaya's husband, Siarhei Tsikhanouski.\n")
    held = run(text, "2025-02-12").named_still_held
    assert held == ["Maria Kalesnikava", "Viktar Babaryka", "Siarhei Tsikhanouski"]


def test_a_withheld_name_holds_no_one_and_the_people_identified_next_are_released():
    text = ("Belarus frees three prisoners\n"
            "Belarus on Wednesday released an American citizen and two Belarusians, officials said. The American, "
            "whose name was not released, crossed into Lithuania with the two others.\n"
            "The two Belarusians were identified as journalist Andrey Kuznechyk, who had been serving a six-year "
            "sentence, and Alena Maushuk, who was convicted over her participation in the 2020 protests.\n"
            "Kuznechyk was arrested in November 2021.\n")
    assert run(text, "2025-02-12").named_released == ["Andrey Kuznechyk", "Alena Maushuk"]


# cumulative_released: a running total needs totalising language and includes the round.


def test_a_russian_figure_of_an_earlier_round_this_year_is_no_running_total():
    text = ("Лукашенко помиловал 250 человек\n"
            "Лукашенко в субботу помиловал 250 человек. В этом году уже были освобождены 123 человека.\n")
    assert run(text, "2025-12-13").cumulative_released is None


def test_a_belarusian_figure_smaller_than_the_round_is_no_running_total():
    text = "Лукашэнка памілаваў 250 чалавек\nЛукашэнка ў суботу памілаваў 250 чалавек. Сёлета ўжо вызвалілі 123 чалавекі.\n"
    assert run(text, "2025-12-13").cumulative_released is None


def test_a_ukrainian_figure_smaller_than_the_round_is_no_running_total():
    text = "Лукашенко помилував 250 людей\nЛукашенко в суботу помилував 250 людей. Цього року вже звільнили 123 людини.\n"
    assert run(text, "2025-12-13").cumulative_released is None


def test_an_english_count_freed_this_year_is_no_total_since_the_pardons_began():
    text = ("Belarus frees 52 prisoners\n"
            "Belarus released 52 prisoners on Thursday. Lukashenko has freed 300 people this year as he seeks "
            "better ties with Washington.\n")
    assert run(text, "2025-09-11").cumulative_released is None


# pardoned: two people the lead names as freed.


def test_two_people_the_lead_names_as_freed_are_the_rounds_size():
    text = ("Belarus frees Ihar Losik and Andrei Aliaksandrau\n"
            "Belarusian authorities on Tuesday released political prisoners Ihar Losik and Andrei Aliaksandrau, "
            "their colleagues said.\n")
    assert run(text, "2026-01-13").pardoned == 2


def test_two_people_a_belarusian_lead_names_as_freed_are_the_rounds_size():
    text = ("На волю выйшлі палітвязні Ігар Лосік і Андрэй Аляксандраў\n"
            "У аўторак у Беларусі на волю выйшлі палітвязні Ігар Лосік і Андрэй Аляксандраў, паведамілі калегі.\n")
    assert run(text, "2026-01-13").pardoned == 2


# Names: prisoners by a sentence opened with prison, people taken abroad.


def test_a_belarusian_sentence_opened_by_behind_bars_holds_its_name():
    text = ("Лукашэнка памілаваў 30 чалавек у Беларусі.\n"
            "За кратамі і заснавальнік «Вясны», лаўрэат Нобелеўскай прэміі міру Алесь Бяляцкі.\n")
    assert run(text, "2024-08-16").named_still_held == ["Алесь Бяляцкі"]


def test_a_russian_sentence_opened_by_behind_bars_holds_its_name():
    text = ("Лукашенко помиловал 30 человек в Беларуси.\n"
            "За решеткой и основатель «Весны», лауреат Нобелевской премии мира Алесь Беляцкий.\n")
    assert run(text, "2024-08-16").named_still_held == ["Алесь Беляцкий"]


def test_a_ukrainian_sentence_opened_by_behind_bars_holds_its_name():
    text = ("Лукашенко помилував 30 людей у Білорусі.\n"
            "За ґратами і засновник «Вясни», лауреат Нобелівської премії миру Алесь Біляцький.\n")
    assert run(text, "2024-08-16").named_still_held == ["Алесь Біляцький"]


def test_an_english_also_behind_bars_is_holds_its_name():
    text = ("Lukashenko pardoned 30 people in Belarus.\n"
            "Also behind bars is Viasna's founder, Nobel Peace Prize laureate Ales Bialiatski.\n")
    assert run(text, "2024-08-16").named_still_held == ["Ales Bialiatski"]


def test_a_russian_group_taken_from_belarus_to_lithuania_frees_its_names():
    text = ("Лукашенко обещает новые помилования\n"
            "Напомним, 11 сентября из Беларуси в Литву были вывезены 52 заключенных, в том числе журналист Игорь "
            "Лосик.\n")
    assert run(text, "2025-10-08").named_released == ["Игорь Лосик"]


def test_a_ukrainian_group_taken_to_lithuania_frees_its_names():
    text = ("Лукашенко обіцяє помилування у Білорусі\n"
            "Нагадаємо, 11 вересня з Білорусі до Литви були вивезені 52 ув'язнені, зокрема журналіст Ігор Лосик.\n")
    assert run(text, "2025-10-08").named_released == ["Ігор Лосик"]


def test_a_belarusian_group_taken_to_lithuania_frees_its_names():
    text = ("Лукашэнка абяцае памілаванні ў Беларусі\n"
            "Нагадаем, 11 верасня з Беларусі ў Літву былі вывезены 52 зняволеныя, у тым ліку журналіст Ігар Лосік.\n")
    assert run(text, "2025-10-08").named_released == ["Ігар Лосік"]


def test_a_stock_list_of_held_prisoners_yields_to_a_release_told_in_the_piece():
    text = ("Belarus frees 52 prisoners\n"
            "Belarus on Thursday freed 52 prisoners, including opposition politician Mikalai Statkevich and "
            "journalist Ihar Losik.\n"
            "Prominent political prisoners still behind bars include Ales Bialiatski, Maria Kalesnikava, Ihar Losik "
            "and Viktar Babaryka.\n")
    assert "Ihar Losik" in run(text, "2025-09-11").named_released


def test_a_russian_stock_list_of_held_prisoners_yields_to_a_release_told_in_the_piece():
    text = ("Лукашенко помиловал 52 человека\n"
            "В четверг из Беларуси освобождены 52 человека, среди них журналист Игорь Лосик.\n"
            "За решеткой по-прежнему остаются известные политзаключенные: Алесь Беляцкий, Мария Колесникова, Игорь "
            "Лосик, Виктор Бабарико.\n")
    assert run(text, "2025-09-11").named_released == ["Игорь Лосик"]


def test_a_belarusian_stock_list_of_held_prisoners_yields_to_a_release_told_in_the_piece():
    text = ("Лукашэнка памілаваў 52 чалавекі\n"
            "У чацвер з Беларусі вызвалілі 52 чалавекі, сярод іх журналіст Ігар Лосік.\n"
            "За кратамі застаюцца вядомыя палітвязні: Алесь Бяляцкі, Марыя Калеснікава, Ігар Лосік, Віктар Бабарыка.\n")
    assert run(text, "2025-09-11").named_released == ["Ігар Лосік"]


def test_a_speech_saying_he_recently_pardoned_is_no_report():
    text = ("Lukashenko says pardons will continue\n"
            "Speaking to officials in Mogilev on Thursday, Alexander Lukashenko said he had recently pardoned 16 "
            "people and was ready to consider new petitions.\n")
    assert run(text, "2025-12-19").is_pardon_report is False


def test_a_belarusian_speech_saying_he_recently_pardoned_is_no_report():
    text = ("Лукашэнка: памілаванні будуць працягвацца\n"
            "Падчас сустрэчы з актывам Магілёўскай вобласці ў чацвер Аляксандр Лукашэнка заявіў, што нядаўна "
            "памілаваў 16 чалавек і гатовы разглядаць новыя прашэнні.\n")
    assert run(text, "2025-12-19").is_pardon_report is False


def test_a_russian_speech_saying_he_recently_pardoned_is_no_report():
    text = ("Лукашенко: помилования продолжатся\n"
            "Выступая в четверг перед активом Могилевской области, Александр Лукашенко заявил, что недавно помиловал "
            "16 человек и готов рассматривать новые прошения.\n")
    assert run(text, "2025-12-19").is_pardon_report is False


def test_a_ukrainian_speech_saying_he_recently_pardoned_is_no_report():
    text = ("Лукашенко: помилування в Білорусі триватимуть\n"
            "Виступаючи в четвер, Олександр Лукашенко заявив, що нещодавно помилував 16 людей.\n")
    assert run(text, "2025-12-19").is_pardon_report is False


# is_pardon_report: an opinion piece labelled under its headline.


def test_a_ukrainian_column_on_a_recent_round_is_no_report():
    text = ("Чому Лукашенко відпускає політв'язнів\nКолонка\n"
            "У суботу Білорусь звільнила 123 політв'язнів, серед яких Алесь Біляцький. Це не жест доброї волі, а "
            "торг.\n")
    assert run(text, "2025-12-15").is_pardon_report is False


def test_an_english_opinion_piece_on_a_recent_round_is_no_report():
    text = ("What Lukashenko gets for freeing Bialiatski\nOpinion\n"
            "On Saturday Belarus released 123 political prisoners, among them Ales Bialiatski. It was a trade, not "
            "a gesture of goodwill.\n")
    assert run(text, "2025-12-15").is_pardon_report is False


def test_a_russian_opinion_piece_on_a_recent_round_is_no_report():
    text = ("Что Лукашенко получил за Беляцкого\nМнение\n"
            "В субботу Беларусь освободила 123 политзаключенных, среди них Алеся Беляцкого. Это торг, а не жест "
            "доброй воли.\n")
    assert run(text, "2025-12-15").is_pardon_report is False


def test_a_belarusian_opinion_piece_on_a_recent_round_is_no_report():
    text = ("Што Лукашэнка атрымаў за Бяляцкага\nМеркаванне\n"
            "У суботу Беларусь вызваліла 123 палітвязні, сярод іх Алеся Бяляцкага. Гэта гандаль, а не жэст добрай "
            "волі.\n")
    assert run(text, "2025-12-15").is_pardon_report is False


def test_a_russian_weekday_in_the_sentence_after_the_round_that_makes_it_known_dates_it():
    text = ("Лукашенко помиловал 18 политзаключенных\n"
            "Правозащитники подтвердили освобождение 18 человек. Как стало известно DW в среду, среди них есть "
            "тяжелобольные.\n")
    assert run(text, "2024-07-03").event_date == dt.date(2024, 7, 3)


def test_a_belarusian_weekday_in_the_sentence_after_the_round_that_makes_it_known_dates_it():
    text = ("Лукашэнка памілаваў 18 палітвязняў\n"
            "Праваабаронцы пацвердзілі вызваленне 18 чалавек. Як стала вядома ў сераду, сярод іх ёсць цяжкахворыя.\n")
    assert run(text, "2024-07-03").event_date == dt.date(2024, 7, 3)


def test_an_english_weekday_of_a_confirmation_after_the_round_dates_it():
    text = ("Belarus frees 18 political prisoners\n"
            "Belarus has freed 18 people. Rights groups confirmed on Wednesday that they include seriously ill "
            "prisoners.\n")
    assert run(text, "2024-07-03").event_date == dt.date(2024, 7, 3)


# cumulative_released: the pardoner's own hedged figure.


def test_the_pardoner_saying_he_pardoned_nearly_300_gives_a_running_total():
    text = ("Lukashenko says he pardoned nearly 300 in Belarus\n"
            "Speaking on Thursday, Alexander Lukashenko said he had pardoned nearly 300 people convicted of "
            "extremism.\n")
    report = run(text, "2025-12-19")
    assert (report.pardoned, report.cumulative_released.value) == (None, 300)


def test_a_russian_pardoner_saying_he_pardoned_almost_300_gives_a_running_total():
    text = ("Лукашенко: я помиловал почти 300 человек\n"
            "Выступая в четверг, Александр Лукашенко заявил, что помиловал почти 300 человек.\n")
    report = run(text, "2025-12-19")
    assert (report.pardoned, report.cumulative_released.value) == (None, 300)


def test_a_belarusian_pardoner_saying_he_pardoned_almost_300_gives_a_running_total():
    text = ("Лукашэнка: я памілаваў амаль 300 чалавек\n"
            "Выступаючы ў чацвер, Аляксандр Лукашэнка заявіў, што памілаваў амаль 300 чалавек.\n")
    report = run(text, "2025-12-19")
    assert (report.pardoned, report.cumulative_released.value) == (None, 300)


def test_a_ukrainian_pardoner_saying_he_pardoned_almost_300_gives_a_running_total():
    text = ("Лукашенко: я помилував майже 300 людей у Білорусі\n"
            "Виступаючи в четвер, Олександр Лукашенко заявив, що помилував майже 300 людей.\n")
    report = run(text, "2025-12-19")
    assert (report.pardoned, report.cumulative_released.value) == (None, 300)


def test_a_quoted_we_have_released_almost_300_is_a_running_total():
    text = ("Lukashenko pardons 25 in Belarus\n"
            "Lukashenko pardoned 25 people on Thursday. \"We have released almost 300 people, and we will "
            "continue,\" he said.\n")
    assert run(text, "2025-12-19").cumulative_released.value == 300


def test_the_two_men_shaking_hands_are_no_make_up_of_the_round():
    text = ("Belarus frees Tsikhanouski and 13 others\n"
            "Belarus freed 14 prisoners on Saturday after a visit by US envoy Keith Kellogg. The state news agency "
            "published pictures of the two men shaking hands.\n")
    assert run(text, "2025-06-21").men is None


def test_a_ukrainian_womans_name_in_latin_letters_is_named():
    text = ("Belarus frees 31 Ukrainians\n"
            "On Saturday Belarus handed 31 Ukrainian citizens over to Ukraine. Among those freed were Olena Marynich "
            "from Rivne, Vadym Shevchuk and Bohdana Kravets.\n")
    assert "Bohdana Kravets" in run(text, "2025-11-22").named_released


def test_the_first_such_release_is_no_round_one():
    text = ("Belarus frees 18 political prisoners\n"
            "Lukashenko pardoned 18 people on Wednesday. It was the first such release in Belarus.\n")
    assert run(text, "2024-07-03").round_ordinal is None


def test_a_belarusian_first_such_pardon_is_no_round_one():
    text = "Лукашэнка памілаваў 18 палітвязняў.\nГэта першае такое памілаванне ў Беларусі.\n"
    assert run(text, "2024-07-03").round_ordinal is None


def test_a_ukrainian_first_such_release_is_no_round_one():
    text = "Лукашенко помилував 18 політв'язнів.\nЦе перше подібне звільнення в Білорусі.\n"
    assert run(text, "2024-07-03").round_ordinal is None


def test_taking_the_total_freed_to_600_is_a_running_total_despite_the_rounds_day():
    text = ("Lukashenko pardons 25 in Belarus\n"
            "Lukashenko pardoned 25 people on Friday, taking the total number of people freed to 600.\n")
    assert run(text, "2025-12-19").cumulative_released.value == 600


def test_a_russian_round_raising_the_total_to_600_gives_a_running_total():
    text = ("Лукашенко помиловал 25 человек\n"
            "Лукашенко в пятницу помиловал 25 человек, доведя общее число освобожденных до 600.\n")
    assert run(text, "2025-12-19").cumulative_released.value == 600


def test_a_belarusian_round_raising_the_total_to_600_gives_a_running_total():
    text = ("Лукашэнка памілаваў 25 чалавек\n"
            "Лукашэнка ў пятніцу памілаваў 25 чалавек, давёўшы агульную колькасць вызваленых да 600.\n")
    assert run(text, "2025-12-19").cumulative_released.value == 600


def test_a_ukrainian_round_raising_the_total_to_600_gives_a_running_total():
    text = ("Лукашенко помилував 25 людей\n"
            "Лукашенко у п'ятницю помилував 25 людей, довівши загальну кількість звільнених до 600.\n")
    assert run(text, "2025-12-19").cumulative_released.value == 600
