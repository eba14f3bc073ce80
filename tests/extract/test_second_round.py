"""What the second round of blind batches (issue #12) showed the extractor missing, one behaviour per test.

The sentences are written the way the outlets write them; each test fails on the extractor of the first round.
"""

from tests.extract.helpers import run

# Page chrome and words.


def test_more_on_this_story_closes_an_explainer():
    text = ("Belarus prisoner releases: who has been freed and who is still behind bars?\n"
            "Counting pardons and deals together, more than 500 people have been released since July 2024, "
            "according to the BBC's tally of official announcements and figures from rights groups. The Viasna "
            "human rights centre says about 1,110 people are still held on political grounds, and at least "
            "eight political prisoners have died in custody since 2020.\n"
            "More on this story\nBelarus frees 52 prisoners in US-brokered deal\n")
    assert run(text, "2025-12-17").pardoned is None


def test_inshyya_materyialy_closes_a_viasna_page():
    text = ("Палітвязніца Вольга Каваленка выйшла на волю, цалкам адбыўшы тэрмін\n"
            "Яна правяла за кратамі тры гады – увесь тэрмін, прызначаны судом. Вольгу Каваленку затрымалі "
            "20 сакавіка 2022 года. Праваабаронцы прызналі яе палітвязнем праз месяц пасля затрымання. "
            "Каля брамы калоніі Вольгу сустракалі маці і сын. Пасля вызвалення Вольга Каваленка ўнесена ў так "
            "званы «прафілактычны ўлік» і павінна будзе рэгулярна адмячацца ў міліцыі.\n"
            "Іншыя матэрыялы\nВызваленыя 12 лютага: Андрэй Кузнечык і Алена Маўшук ужо за мяжой\n")
    assert "Андрэй Кузнечык" not in run(text, "2025-03-20").named_released


def test_a_colony_number_is_not_a_count_of_people_freed():
    text = "Сёння з Гомельскай жаночай калоніі №4 вызвалілася палітвязніца Вольга Каваленка з Мазыра.\n"
    assert run(text, "2025-03-20").pardoned is None


def test_a_classical_belarusian_collective_numeral_counts_parents():
    text = "Лукашэнка памілаваў 18 асуджаных.\nШасьцёра маюць непаўнагадовых дзяцей.\n"
    assert run(text, "2026-03-05").with_children == 6


def test_a_mother_of_three_children_is_not_three_parents():
    text = ("Лукашэнка памілаваў 250 асуджаных.\nСярод вызваленых – жыхарка Баранавіч Святлана Кулініч, "
            "маці траіх дзяцей, якая адбывала 4 гады ў Гомельскай жаночай калоніі.\n")
    assert run(text, "2026-03-20").with_children is None


def test_taken_out_of_belarus_counts_the_round():
    text = "«Наконец-то свобода». Из Беларуси вывезли 52 политзаключенных, Статкевич отказался уезжать\n"
    assert run(text, "2025-09-11").pardoned == 52


def test_free_now_with_a_figure_counts_the_round():
    text = ("Утром литовские пограничники говорили о 51 человеке, но к вечеру цифру уточнили: на свободе "
            "52 человека, среди которых 14 иностранцев и 38 граждан Беларуси.\n")
    assert run(text, "2025-09-11").pardoned == 52


def test_walking_out_of_a_colony_is_a_release_of_the_person():
    text = "Год назад, 16 августа 2024 года, Татьяна Шафранская вышла из гомельской женской колонии №4.\n"
    assert run(text, "2025-08-20").named_released == ["Татьяна Шафранская"]


def test_a_belarusian_death_with_yo_is_a_death():
    text = "У магілёўскай калёніі №15 памёр палітвязень Аляксандар Мазурэвіч. Ён прасіў пра памілаваньне.\n"
    assert run(text, "2025-06-06").named_released == []


def test_taken_to_lithuania_in_belarusian_word_order_is_a_release():
    text = "Праваабаронцы нагадваюць, што 11 верасня ў Літву вывезлі 52 чалавекі.\n"
    assert run(text, "2025-09-12").pardoned == 52


def test_handed_over_to_ukraine_in_the_masculine_past_is_a_release():
    assert run("Менск перадаў Украіне 31 украінца\n", "2025-11-23").pardoned == 31


def test_counting_on_a_release_of_up_to_300_is_a_forecast():
    text = ("У інтэрв'ю амерыканскаму выданню спецыяльны пасланнік прэзідэнта ЗША Джон Коўл сказаў, што "
            "разлічвае на вызваленне «да 300 чалавек» у бліжэйшыя месяцы, калі перамовы з Мінскам пойдуць "
            "«у правільным кірунку».\n")
    assert run(text, "2025-12-05").pardoned is None


def test_believed_to_hold_a_thousand_is_a_prisoner_count():
    text = ("Belarus, a close ally of Russia, is believed to hold more than a thousand political prisoners, "
            "according to human rights groups.\n")
    count = run(text, "2025-06-22").political_prisoners
    assert (count.value, count.qualifier) == (1000, "over")


def test_again_behind_bars_holds_a_person_freed_in_2015():
    text = ("Роўна дзесяць гадоў таму Мікола Статкевіч нечакана апынуўся на волі.\n"
            "Сёньня Мікола Статкевіч зноў за кратамі.\n")
    assert run(text, "2025-08-22").named_still_held == ["Мікола Статкевіч"]


# The round's size: parts, sums and the person beside the count.

KYIV_INDEPENDENT_NAV = "The Kyiv Independent\nUkraine War Latest\nEurope\nBelarus\nOpinion\nInvestigations\n"


def test_parts_after_the_released_prisoners_do_not_replace_the_round():
    text = (KYIV_INDEPENDENT_NAV + "Belarus frees opposition figure Tsikhanouski after US envoy's visit to Minsk\n"
            "Belarusian authorities on Saturday released 14 prisoners, including prominent opposition figure "
            "Siarhei Tsikhanouski.\nThe released prisoners — five Belarusians and nine foreign citizens — were "
            "taken across the border to Lithuania, where they were met by US diplomats.\n")
    report = run(text, "2025-06-22")
    assert (report.pardoned, str(report.event_date)) == (14, "2025-06-21")


def test_a_name_and_thirteen_others_in_a_headline_are_fourteen():
    text = "Belarus frees opposition figure Tsikhanouski, 13 others after US envoy Kellogg's visit to Minsk\n"
    assert run(text, "2025-06-22").pardoned == 14


def test_groups_sent_to_two_countries_are_parts_of_the_total():
    text = ("Освобожденных вывезли за пределы Белоруссии: 114 человек передали Украине, еще девятерых — Литве.\n"
            "Всего в субботу на свободу вышли 123 человека.\n")
    assert run(text, "2025-12-13").pardoned == 123


def test_a_headline_of_two_groups_is_their_sum():
    text = ("Belarus frees 31 Ukrainians and two Catholic priests\n"
            "Belarusian leader Alexander Lukashenko yesterday pardoned 31 Ukrainian citizens who had been serving "
            "sentences in Belarus, and they have already returned to Ukraine.\n")
    assert run(text, "2025-11-23").pardoned == 33


def test_an_american_and_two_belarusians_are_three():
    text = ("В среду из белорусского заключения освобождены гражданка США и двое граждан Беларуси — журналист "
            "Радио Свобода Андрей Кузнечик и Елена Мовшук.\n")
    assert run(text, "2025-02-12").pardoned == 3


def test_thirteen_more_with_him_in_ukrainian_are_fourteen():
    text = "Разом із ним на волю вийшли ще 13 людей.\n"
    assert run(text, "2025-06-21").pardoned == 14


def test_one_more_freed_person_is_not_a_round_of_one():
    text = ("Разом із ним на волю вийшли ще 13 людей. Загалом звільнили 14 осіб.\n"
            "Ще одного звільненого, громадянина Японії, у Білорусі засудили до семи років за «шпигунство».\n")
    report = run(text, "2025-06-21")
    assert (report.pardoned, report.cumulative_released) == (14, None)


def test_a_total_of_two_groups_is_the_round_not_a_running_total():
    text = ("Лукашенко помилував 31 українця та двох католицьких священників: усіх передали Україні\n"
            "Олександр Лукашенко помилував 31 громадянина України, які відбували покарання в білоруських колоніях.\n"
            "Окрім українців, на прохання Папи Римського помилували двох католицьких священників. Отже, загалом "
            "Лукашенко помилував 33 людини.\n")
    report = run(text, "2025-11-23")
    assert (report.pardoned, report.cumulative_released) == (33, None)


def test_foreigners_among_the_released_are_a_part():
    text = ("Иностранцев среди освобожденных 14 — это граждане Польши, Литвы, Латвии, Германии и еще нескольких "
            "стран.\nВсего на свободу вышли 52 человека.\n")
    assert run(text, "2025-09-11").pardoned == 52


def test_of_them_in_ukrainian_is_a_part_of_a_background_round():
    text = ("Спецпосланець Трампа анонсував звільнення ще сотень білоруських політв'язнів.\n"
            "Нагадаємо, 13 грудня Білорусь звільнила 123 політв'язні. 114 із них передали Україні, дев'ятьох — "
            "Литві.\n")
    assert run(text, "2025-12-16").pardoned is None


def test_people_tried_in_absentia_including_some_released_earlier_are_no_round():
    text = ("Trials in absentia were held against 19 people living abroad, including journalists and former "
            "political prisoners released earlier who left the country.\n")
    assert run(text, "2025-10-03").pardoned is None


# Not a report: old rounds, explainers, op-eds, reviews.


def test_an_explainer_four_days_after_the_round_is_not_its_report():
    text = ("Belarus prisoner releases: who has been freed and who is still behind bars?\n"
            "When a convoy of buses crossed from Belarus into Ukraine on Saturday, it carried some of the best-known "
            "political prisoners in Europe. The release of 123 people was the biggest yet in a series that began "
            "18 months ago.\n")
    report = run(text, "2025-12-17")
    assert (report.is_pardon_report, report.pardoned, report.event_date) == (False, None, None)


def test_days_later_after_a_background_round_is_background_too():
    text = ("Up to 300 political prisoners could be freed in Belarus 'within weeks', says US envoy\n"
            "Last month, on September 11, Belarus freed 52 prisoners and sent them to Lithuania. Days later, "
            "Lukashenko pardoned another 25 people ahead of the so-called National Unity Day.\n")
    assert run(text, "2025-10-22").pardoned is None


def test_the_last_time_he_pardoned_is_background():
    text = ("Это не первое освобождение политзаключенных при посредничестве американцев.\n"
            "Параллельно Лукашенко продолжает и собственные «волны» помилований к праздникам: в последний раз, "
            "накануне Дня Независимости, он помиловал 16 человек.\n")
    assert run(text, "2025-09-11").pardoned is None


def test_freed_that_month_is_background():
    text = ("That changed in July 2024, when his government began releasing seriously ill prisoners. Eighteen "
            "people were freed that month.\n")
    assert run(text, "2025-12-17").pardoned is None


def test_a_2015_pardon_told_on_its_anniversary_has_no_figure():
    text = ("Ten Years After 'The Pardon Of Six': Where Are Belarus's Freed Political Prisoners Now?\n"
            "Ten years ago today, in the early hours of August 22, 2015, guards at a prison in Mahilyou woke "
            "Mikalai Statkevich and told him to collect his things. By the evening he was at home in Minsk, one of "
            "six political prisoners pardoned by Alyaksandr Lukashenka less than two months before a presidential "
            "election.\n")
    report = run(text, "2025-08-22")
    assert (report.pardoned, report.event_date) == (None, None)


def test_a_figure_equal_to_the_running_total_is_not_a_round():
    text = ("Канвэер працуе ў абодва бакі\nКалюмніст Свабоды пра тое, чаму вызваленьні не спыняюць рэпрэсіяў.\n"
            "Два грудня, дзьве падзеі, і абедзьве пра адно. Рэжым прадае людзей і набывае новых. Захад радуецца "
            "кожнаму аўтобусу на мяжы. Палітвязьні чакаюць, пакуль прыйдзе іх чарга.\n"
            "Паводле падлікаў «Вясны», з ліпеня 2024 году па памілаваньні ў палітычных справах вызваленыя 569 "
            "чалавек. Колькасьць за паўтара году зьнізілася, але не настолькі, наколькі маглі б падказаць 569 "
            "вызваленых.\n")
    assert run(text, "2026-01-05").pardoned is None


def test_a_monthly_review_headed_by_its_month_reports_no_round():
    text = ("Human rights situation in Belarus. September 2025\n"
            "Summary\nAs of September 30, there were 1,175 political prisoners in Belarus.\n"
            "Of those released, 52 people were freed as a result of negotiations between the US administration and "
            "the Belarusian authorities and were taken out of the country to Lithuania.\n")
    assert run(text, "2025-10-03").pardoned is None


def test_an_interview_months_after_a_named_release_is_not_a_report():
    text = ("NAŠA NIVA · łacinkaj\n20.10.2025 · Intervju\n"
            "«U kamiery my ličyli nie dni, a listy». Ihar Karniej praz čatyry miesiacy paśla vyzvaleńnia\n"
            "Žurnalist Radyjo Svaboda Ihar Karniej vyjšaŭ na volu 21 červienia razam z Siarhiejem Cichanoŭskim i "
            "jašče dvanaccaćciu ludźmi, jakich vyvieźli ŭ Litvu. Ciapier jon žyvie ŭ Vilni, zanoŭ pracuje i "
            "pryvykaje da tajho, što telefon možna nie chavać. My pahavaryli z im pra kałoniju, pra tych, chto "
            "zastaŭsia tam, i pra toje, ci vieryć jon u novyja vyzvaleńni.\n"
            "— Pavodle «Viasny», u Biełarusi ciapier kala 1150 palitviaźniaŭ. Vy vierycie, što ich vypuściać?\n")
    assert run(text, "2025-10-20").is_pardon_report is False


def test_a_reminder_of_the_same_round_dates_it():
    text = ("ЄС привітав звільнення 123 білоруських політв'язнів, але санкції проти Мінська не знятиме\n"
            "Нагадаємо, у суботу Білорусь звільнила 123 ув'язнених після переговорів зі спецпосланцем США.\n")
    assert str(run(text, "2025-12-14").event_date) == "2025-12-13"


# Running totals.


def test_since_last_summer_is_a_running_total():
    text = "RFE/RL: Lukashenka has pardoned more than 250 people since last summer. Does that give you hope?\n"
    report = run(text, "2025-05-03")
    assert (report.pardoned, report.cumulative_released.value) == (None, 250)


def test_since_july_last_year_is_a_running_total_not_background():
    text = ("Viasna counts nearly 1,200 political prisoners in Belarus. Since July last year, Lukashenko has pardoned "
            "more than 250 people convicted in what rights groups consider political cases.\n")
    assert run(text, "2025-06-06").cumulative_released.value == 250


def test_already_pardoned_in_a_quote_is_a_running_total():
    text = "«Ми вже помилували понад 250 людей. І це не межа», — заявив Лукашенко.\n"
    report = run(text, "2025-01-27")
    assert (report.pardoned, report.cumulative_released.value) == (None, 250)


def test_a_span_after_the_figure_makes_it_a_running_total():
    text = ("Лукашенко помилував близько 300 людей, засуджених у так званих політичних справах, відтоді як влітку "
            "2024 року почав періодично звільняти в'язнів.\n")
    assert run(text, "2025-09-11").cumulative_released.value == 300


def test_the_biggest_group_since_the_start_is_the_round():
    text = ("Учора, 13 снежня, беларускія ўлады вызвалілі 123 зняволеных — гэта самая вялікая група з пачатку "
            "памілаванняў летам 2024 года.\n")
    report = run(text, "2025-12-14")
    assert (report.pardoned, report.cumulative_released) == (123, None)


def test_a_reminded_running_total_is_still_the_running_total():
    text = ("Нагадаем, што з ліпеня 2024 года па памілаванні вызваленыя больш за 300 палітвязняў. Пры гэтым "
            "колькасць палітвязняў амаль не змяншаецца.\n")
    assert run(text, "2025-09-01").cumulative_released.value == 300


def test_a_subheadline_since_july_is_a_running_total():
    text = ("Лукашэнка памілаваў яшчэ 37 палітвязьняў.\nУсяго з ліпеня вызваленыя 115\n"
            "Учора, 16 верасьня, Аляксандар Лукашэнка памілаваў 37 чалавек.\n"
            "Як паведаміла прэсавая служба Лукашэнкі, сярод памілаваных — 6 жанчын.\n")
    report = run(text, "2024-09-17")
    assert (report.cumulative_released.value, report.women) == (115, 6)


def test_detained_since_a_summer_does_not_make_the_round_a_running_total():
    text = ("Masatoshi Nakanishi, who had been detained in the country since the summer of 2024, was among 14 "
            "people freed by Belarusian authorities on Saturday.\n")
    report = run(text, "2025-06-22")
    assert (report.pardoned, report.cumulative_released) == (14, None)


def test_recognised_in_one_month_is_not_the_prisoner_count():
    text = ("Лукашенко помиловал еще 29 человек.\n"
            "Только в ноябре «Весна» признала политзаключенными 73 человека.\n")
    assert run(text, "2024-12-09").political_prisoners is None


# Ordinals.


def test_sixth_such_move_is_the_sixth_round():
    text = ("Belarusian President Alexander Lukashenko has pardoned 32 people convicted of \"extremism\" in his "
            "sixth such move since July.\n")
    assert run(text, "2024-11-20").round_ordinal == 6


def test_the_series_ordinal_after_a_yearly_one_is_the_rounds():
    text = ("У суботу Аляксандр Лукашэнка памілаваў 23 чалавекі.\nГэта першае памілаванне ў 2025 годзе і, паводле "
            "падліку «Нашай Нівы», ужо дзявятае з ліпеня мінулага года.\n")
    assert run(text, "2025-01-18").round_ordinal == 9
