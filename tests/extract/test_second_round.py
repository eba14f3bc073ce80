"""What the second round of blind batches (issue #12) showed the extractor missing, one behaviour per test.

The sentences are written the way the outlets write them; each test fails on the extractor of the first round.
"""

from bot.extract import report_to_json
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


# Names.


def test_a_belarusian_first_name_in_its_passport_spelling_is_a_name():
    text = ("Among those released and expelled from Belarus were political prisoners Mikalai Dziadok, Ihar Losik, "
            "Uladzimir Matskevich and Henadz Fiadynich.\n")
    assert "Henadz Fiadynich" in run(text, "2025-10-03").named_released


def test_a_woman_named_tamara_is_a_person():
    text = ("Адна з памілаваных 16 жніўня, 61-гадовая пэнсіянэрка з Наваполацку Тамара Курыловіч, ужо дома.\n")
    assert run(text, "2024-08-16").named_released == ["Тамара Курыловіч"]


def test_a_couple_with_one_surname_are_two_people():
    text = ("Among the newly recognized are:\nTatsiana and Siarhei Kardash, a married couple from Baranavichy, are in "
            "pre-trial detention in Brest.\n")
    assert sorted(run(text, "2024-09-24").named_still_held) == ["Siarhei Kardash", "Tatsiana Kardash"]


def test_a_russian_couple_with_a_plural_surname_are_a_man_and_a_woman():
    text = ("В числе освобожденных — две супружеские пары.\nЭто Дмитрий и Алина Шаповаловы из Бобруйска.\n")
    names = [p.nominative for p in run(text, "2026-03-05").names]
    assert names == ["Дмитрий Шаповалов", "Алина Шаповалова"]


def test_first_name_patronymic_and_surname_after_a_town():
    text = ("По подсчетам «Весны», в Беларуси сейчас 1140 политзаключенных. Среди них — жительница Гродно Ольга "
            "Павловна Бурак, которую в 2022 году приговорили к шести годам колонии.\n")
    assert run(text, "2026-03-05").named_still_held == ["Ольга Павловна Бурак"]


def test_a_foreign_name_before_who_is_a_person():
    text = ("Masatoshi Nakanishi, who had been detained in the country since the summer of 2024, was among 14 "
            "people freed by Belarusian authorities on Saturday.\n")
    assert run(text, "2025-06-22").named_released == ["Masatoshi Nakanishi"]


def test_a_foreign_citizen_named_after_his_country_is_a_person_as_written():
    text = "Сярод замежнікаў — грамадзянін Японіі Масатосі Наканісі, якога затрымалі ў Гомелі ў 2024 годзе.\n"
    assert [p.nominative for p in run(text, "2025-06-21").names] == ["Масатосі Наканісі"]


# Roles: the latest state, relatives, officials, speakers, lists.


def test_a_release_now_outweighs_a_return_to_the_colony_last_september():
    text = ("Mikalai Statkevich Released\nMikalai Statkevich, one of the best-known Belarusian political prisoners, "
            "has been released from prison.\nIn September last year, Statkevich was among 52 prisoners whom the "
            "regime put on buses to Lithuania. But at the border he refused to leave Belarus and was taken back to "
            "the colony in Hlybokaye.\n")
    report = run(text, "2026-02-18")
    assert (report.named_released, report.named_still_held) == (["Mikalai Statkevich"], [])


def test_taken_back_today_outweighs_a_release_in_2015():
    text = ("The man who showed us this most clearly is Mikalai Statkevich. The 69-year-old politician, who had "
            "already spent years in prison before he was freed in 2015, stepped off the bus at the border and "
            "refused to cross. He was taken back, and he is in a cell again today.\n")
    report = run(text, "2025-09-15")
    assert (report.named_released, report.named_still_held) == ([], ["Mikalai Statkevich"])


def test_pardoned_in_february_after_a_return_to_the_colony_in_september_is_released():
    text = ("В феврале Лукашенко помиловал еще двух человек, но не в составе группы, а по отдельности: беременную "
            "политзаключенную Наталью Левую и политика Николая Статкевича, который в сентябре 2025 года отказался "
            "покидать страну в рамках договоренности с США и был возвращен в колонию.\n")
    assert run(text, "2026-03-05").named_released == ["Наталья Левая", "Николай Статкевич"]


def test_pardoned_and_arrested_again_is_held():
    text = ("Андрэй Марціновіч, 29 гадоў, Ліда\nМарціновіч упершыню трапіў у спіс палітвязняў у 2022 годзе і быў "
            "памілаваны ў лістападзе 2024-га. Гэтым летам яго затрымалі зноў — па новай справе.\n")
    assert run(text, "2025-11-12").named_still_held == ["Андрэй Марціновіч"]


def test_a_wife_quoted_on_her_husbands_pardon_is_not_released():
    text = ("\"Mikalai is free. He called me an hour ago,\" Maryna Adamovich wrote on Facebook. According to her, her "
            "husband was pardoned, although he had never written a petition for clemency.\n")
    assert run(text, "2026-02-18").named_released == []


def test_a_wife_named_after_a_comma_is_not_held():
    text = ("Among those who remain in prison is Nobel Peace Prize laureate Ales Bialiatski, whose wife, Natallia "
            "Pinchuk, has said she has not received a letter from him in months.\n")
    assert run(text, "2025-06-06").named_still_held == ["Ales Bialiatski"]


def test_a_minister_who_confirms_the_release_is_not_released():
    text = ("Міністр закордонних справ України Андрій Сибіга підтвердив, що звільнені перебувають на території "
            "України.\n")
    assert run(text, "2025-12-14").named_released == []


def test_a_person_viasna_speaks_of_is_not_the_speaker():
    text = ("Last month, Lukashenko separately pardoned Natallia Levaya, a political prisoner who was pregnant, "
            "Viasna said.\n")
    assert run(text, "2026-03-05").named_released == ["Natallia Levaya"]


def test_but_with_no_new_subject_goes_on_about_the_person():
    text = ("Veteran opposition politician Mikalai Statkevich was also put on the bus to Lithuania but refused to cross "
            "the border and, according to the Belarusian opposition, was returned to prison.\n")
    assert run(text, "2025-09-12").named_still_held == ["Mikalai Statkevich"]


def test_in_the_list_after_the_round_are_released():
    text = ("Всего в субботу на свободу вышли 123 человека. В списке — нобелевский лауреат Алесь Беляцкий и бывший "
            "глава Белгазпромбанка Виктор Бабарико.\n")
    assert run(text, "2025-12-13").named_released == ["Алесь Беляцкий", "Виктор Бабарико"]


def test_names_that_detail_the_count_before_them_take_its_role():
    text = ("Kuznechyk: There are around 30 media workers behind bars. Katsiaryna Andreyeva from Belsat, Andrzej "
            "Poczobut, Dzianis Ivashyn — people with long sentences who are forgotten by the world.\n")
    assert run(text, "2025-05-03").named_still_held == ["Katsiaryna Andreyeva", "Andrzej Poczobut", "Dzianis Ivashyn"]


def test_a_heading_name_takes_the_role_its_paragraph_gives():
    text = ("Яшчэ 23 чалавекі прызнаныя палітвязнямі.\nКацярына Лісоўская, 71 год, Бабруйск\nПенсіянерку асудзілі "
            "да 2 гадоў калоніі за каментары. Цяпер яна ў Гомельскай жаночай калоніі №4.\n")
    assert run(text, "2025-11-12").named_still_held == ["Кацярына Лісоўская"]


def test_still_in_the_colony_with_now_is_held():
    text = ("В отряде со мной была Ольга Ивановна Климкова, бухгалтер из Лиды. Она и сейчас в колонии, ей осталось "
            "почти три года.\n")
    assert run(text, "2025-08-20").named_still_held == ["Ольга Ивановна Климкова"]


def test_a_name_then_a_dash_and_a_colony_is_held():
    text = "Andžej Pačobut — u kałonii ŭ Novapołacku, i pra jaho praktyčna niama navin.\n"
    assert run(text, "2025-10-20").named_still_held == ["Andžej Pačobut"]


def test_freed_at_the_end_of_the_term_is_released():
    text = ("Moj sumiesnik pa atradzie Dzianis Kaŭhanienka tak i nie dačakaŭsia pamiłavańnia — vyjšaŭ u žniŭni, "
            "całkam adbyŭšy termin.\n")
    assert run(text, "2025-10-20").named_released == ["Dzianis Kaŭhanienka"]


def test_an_analyst_who_thinks_is_not_held():
    text = ("Аналітык Цэнтра новых ідэй Павел Мацукевіч лічыць, што лічба 300 «хутчэй арыенцір, чым абяцанне».\n")
    assert run(text, "2025-12-05").named_still_held == []


def test_a_relative_clause_tells_her_release():
    text = ("Пры гэтым па той жа справе была асуджаная яе сяброўка Дар'я Сцяцко, якую памілавалі ў студзені 2025 "
            "года.\n")
    assert run(text, "2025-03-20").named_released == ["Дар'я Сцяцко"]


def test_a_pronoun_of_the_other_gender_does_not_go_on_about_him():
    text = ("Бацька Марыі, Аляксандр Калеснікаў, пасля сустрэчы расказаў, што дачка моцна схуднела.\n"
            "Калеснікаву затрымалі ў верасні 2020 года, калі яна адмовілася пакідаць Беларусь.\n")
    assert run(text, "2025-03-01").named_still_held == []


def test_sentenced_to_restricted_freedom_is_not_held():
    text = ("За месяц палітвязнямі прызнаныя 52 чалавекі. Сярод іх:\nПавел Мамчыц – асуджаны да 3 гадоў абмежавання "
            "волі без накіравання ў папраўчую ўстанову («хатняя хімія»).\n")
    assert run(text, "2025-09-01").named_still_held == []


def test_must_be_released_is_a_wish_about_a_prisoner():
    text = ("\"We will not forget about Andrzej Poczobut,\" foreign minister Radosław Sikorski wrote on X. \"He is a "
            "hostage and must be released without conditions.\"\n")
    assert run(text, "2025-09-12").named_released == []


def test_a_lacinka_first_name_with_a_double_consonant_is_a_name():
    text = "Nahadajem, u lutym pamiłavanyja byli palityk Mikałaj Statkievič i ciažarnaja palitviaźnienka Natalla Levaja.\n"
    assert "Natalla Levaja" in run(text, "2026-03-05").named_released


def test_still_in_prison_told_before_the_verb_in_belarusian():
    text = ("Паводле праваабаронцаў, у Беларусі застаецца больш за 1 300 палітвязьняў. У турмах дагэтуль знаходзяцца "
            "ўсе галоўныя фігуры 2020 году, у тым ліку нобэлеўскі ляўрэат Алесь Бяляцкі і Максім Знак.\n")
    assert run(text, "2024-09-17").named_still_held == ["Алесь Бяляцкі", "Максім Знак"]


def test_among_the_foreigners_after_the_released_are_released():
    text = ("Разам з Ціханоўскім на волі апынуліся журналіст Радыё Свабода Ігар Карней і актывістка з Гомеля Галіна "
            "Краснянская.\nСярод замежнікаў — грамадзянін Японіі Масатосі Наканісі, якога затрымалі ў Гомелі ў 2024 "
            "годзе і асудзілі за «шпіянаж».\n")
    assert "Масатосі Наканісі" in run(text, "2025-06-21").named_released


# One person freed as the news.


def test_a_named_release_with_the_verb_after_the_name_is_the_news_of_its_day():
    text = ("Mikalai Statkevich Released\nThe politician has been pardoned, his wife says.\nMikalai Statkevich, one of "
            "the best-known Belarusian political prisoners, has been released from prison. This was reported today by "
            "his wife Maryna Adamovich.\n")
    report = run(text, "2026-02-18")
    assert (report.is_pardon_report, str(report.event_date)) == (True, "2026-02-18")


def test_an_interview_with_a_man_freed_in_february_is_not_a_report():
    text = ("'I Still Wake Up At Six': Freed RFE/RL Journalist Andrey Kuznechyk On Prison, Silence, And The Colleagues "
            "Left Behind\nOn World Press Freedom Day, RFE/RL's Belarus Service spoke with Andrey Kuznechyk, a "
            "journalist for the service who spent more than three years behind bars in Belarus before he was freed in "
            "February in a US-brokered deal. Kuznechyk, 40, now lives in Vilnius with his wife and children.\n")
    assert run(text, "2025-05-03").is_pardon_report is False


def test_the_pardoners_title_is_not_the_pardoned_mans():
    text = ("Belarus pardons jailed RFE/RL reporter Ihar Losik after nearly five years\nMINSK, June 30 (Reuters) - "
            "Belarusian President Alexander Lukashenko has pardoned Ihar Losik, a journalist for U.S.-funded Radio "
            "Free Europe/Radio Liberty, who was jailed in 2020, the broadcaster said on Monday.\n")
    assert str(run(text, "2025-06-30").event_date) == "2025-06-30"


def test_a_list_two_sentences_after_the_round_takes_its_role():
    text = ("Belarus freed 52 political prisoners on Thursday. The release followed a meeting in Minsk between "
            "Belarusian leader Alexander Lukashenko and US envoy John Coale. Washington said it would lift sanctions on "
            "the state airline Belavia.\nAmong the Belarusians who arrived in Vilnius were the philosopher Uladzimir "
            "Matskevich and Radio Liberty journalist Ihar Losik.\n")
    assert run(text, "2025-09-11").named_released == ["Uladzimir Matskevich", "Ihar Losik"]


def test_roman_catholic_is_a_church_not_a_name():
    text = ("Lukashenko also pardoned two Roman Catholic priests, Henrykh Akalatovich and Andrzej Juchniewicz, at the "
            "request of Pope Leo XIV.\n")
    assert run(text, "2025-11-23").named_released == ["Henrykh Akalatovich", "Andrzej Juchniewicz"]


def test_a_well_known_prisoner_by_the_surname_alone_is_named():
    # Declined, the surname leaves in the nominative (the contract; fifth round of issue #12).
    text = "Ціханоўскага вызвалілі ў суботу разам з 13 іншымі палітвязнямі.\n"
    assert run(text, "2025-06-22").named_released == ["Ціханоўскі"]


# Dates.


def test_a_navigation_row_with_a_pipe_is_not_the_headline():
    text = ("Al Jazeera\nLive\nNavigation menu\nNews | Human Rights\nBelarus leader Lukashenko pardons 32 prisoners "
            "convicted of 'extremism'\nOver 1,200 political prisoners remain in detention.\nClick here to share on "
            "social media\nSave\nBelarusian President Alexander Lukashenko has pardoned 32 people convicted of "
            "\"extremism\", according to a Telegram channel close to his office.\nThe pardon announced on Wednesday is "
            "the sixth such round since July, and comes as Lukashenko seeks a seventh term in an election due in "
            "January.\n")
    assert str(run(text, "2024-11-20").event_date) == "2024-11-20"


def test_the_day_told_after_a_release_line_of_the_opening_dates_the_round():
    text = ("Meduza\nМы работаем для вас бесплатно, но нам нужна ваша помощь.\nПоддержите «Медузу»\nНовости\n"
            "Белорусского оппозиционера Сергея Тихановского освободили из тюрьмы. Вместе с ним на свободу вышли еще 13 "
            "человек\nИсточник: Meduza\nБелорусские власти освободили оппозиционного политика и блогера Сергея "
            "Тихановского, который провел в заключении больше пяти лет. Об этом в субботу, 21 июня, сообщила его жена.\n")
    assert str(run(text, "2025-06-21").event_date) == "2025-06-21"


# Confidence.

ROUND_REPORT = ("Lukashenko pardons 16 more prisoners\nTALLINN, Estonia (AP) — Belarusian President Alexander Lukashenko "
                "pardoned 16 people convicted of \"extremism,\" his press service said on Friday. The statement said "
                "six women were among those freed. It did not give their names. Rights groups say the releases have "
                "been offset by new arrests. Exiled opposition leader Sviatlana Tsikhanouskaya welcomed the move. "
                "The Viasna human rights center counts 1,134 political prisoners in Belarus.\n")


def test_a_prisoner_count_viasna_gives_is_trusted_late_in_the_story():
    out = report_to_json(run(ROUND_REPORT, "2025-11-14"))
    assert out["confidence"]["political_prisoners"] == "high"


def test_the_make_up_of_a_trusted_round_is_trusted_as_much():
    out = report_to_json(run(ROUND_REPORT, "2025-11-14"))
    assert (out["confidence"]["pardoned"], out["confidence"]["women"]) == ("high", "high")


# Read in the last blind batches (en).


def test_the_first_time_in_more_than_four_years_is_no_ordinal():
    text = ("Lukashenko pardons 250 people.\nViasna said its count had fallen from 1,140 to 897 — below 900 for the "
            "first time in more than four years since the releases began.\n")
    assert run(text, "2026-03-20").round_ordinal is None


def test_pardoned_between_two_dates_is_a_running_total():
    text = ("At least 265 people convicted in politically motivated cases were pardoned between July 2024 and 24 "
            "January 2025, including 15 two days before the vote.\n")
    assert run(text, "2025-01-29").cumulative_released.value == 265


def test_people_jailed_on_political_charges_and_released_since_july_are_a_running_total():
    text = ("Human rights groups say more than 250 people jailed on political charges have been released since "
            "July, but that the number of political prisoners remains above 1,200.\n")
    assert run(text, "2025-01-24").cumulative_released.value == 250


def test_a_latin_patronymic_in_euna_keeps_the_surname():
    text = ("Among the released are Tatsiana Mikalaeuna Lasitsa, a 62-year-old pensioner from Pinsk sentenced to four "
            "years for a donation.\n")
    assert run(text, "2026-03-20").named_released == ["Tatsiana Mikalaeuna Lasitsa"]


def test_the_second_of_a_couple_sentenced_together_is_released_with_the_list():
    text = ("Among the released are Yury Stsiapanavich Zhaunerchyk, a former school headmaster; and a married couple "
            "from Hrodna, Andrei and Natallia Liavonchyk, who had been sentenced together in 2023.\n")
    assert sorted(run(text, "2026-03-20").named_released) == ["Andrei Liavonchyk", "Natallia Liavonchyk",
                                                               "Yury Stsiapanavich Zhaunerchyk"]


def test_an_anarchist_serving_fifteen_years_is_held():
    text = ("Others remain behind bars. Dzmitry Sauchanka-Lis, an anarchist serving 15 years, and Stanislau "
            "Kreminski, a former police officer convicted of treason, were not on the list.\n")
    assert run(text, "2026-03-20").named_still_held == ["Dzmitry Sauchanka-Lis", "Stanislau Kreminski"]


def test_refused_to_enter_lithuania_is_held():
    text = ("One prisoner, veteran opposition politician Mikalai Statkevich, refused to enter Lithuania and remained "
            "on the Belarusian side.\n")
    assert run(text, "2025-09-11").named_still_held == ["Mikalai Statkevich"]


# Read in the last blind batches (ru, uk).


def test_a_ukrainian_collective_numeral_in_the_genitive_counts_the_round():
    text = "Лукашенко за два дні до «виборів» помилував ще п'ятнадцятьох засуджених\n"
    assert run(text, "2025-01-24").pardoned == 15


def test_a_chronology_of_the_rounds_reports_none_of_them():
    text = ("Как Лукашенко отпускает политзаключенных. Хронология освобождений с лета 2024 года\n"
            "В субботу, 13 декабря, Беларусь освободила 123 заключенных — это самое массовое освобождение за все "
            "время помилований.\n")
    assert run(text, "2025-12-15").pardoned is None


def test_among_the_best_known_after_a_prisoner_count_are_held():
    text = ("За їхніми даними, у в'язницях перебувають понад 1200 політв'язнів. Серед найвідоміших — засновник "
            "«Вясни» Алесь Біляцький, Віктор Бабарико.\n")
    assert run(text, "2025-01-24").named_still_held == ["Алесь Біляцький", "Віктор Бабарико"]


def test_one_of_them_still_behind_bars_says_her_own_state():
    text = ("За її словами, у Гомельській колонії разом з нею відбували покарання кілька українок. Одна з них, Олена "
            "Маринич з Рівного, досі за ґратами — їй лишилося два роки.\n")
    assert run(text, "2025-08-05").named_still_held == ["Олена Маринич"]


def test_in_the_colony_before_the_verb_in_ukrainian_is_held():
    text = "Також у колонії перебуває Марія Колесникова, з якою Анна бачилася лише кілька разів.\n"
    assert run(text, "2025-08-05").named_still_held == ["Марія Колесникова"]


def test_a_japanese_named_after_his_nationality_is_a_person():
    text = ("21 июня на свободу вышли 14 человек: Сергей Тихановский, журналист Игорь Карней, японец Масатоси "
            "Наканиси и другие.\n")
    assert "Масатоси Наканиси" in run(text, "2025-06-22").named_released


# Read in the last blind batches (be).


def test_a_lacinka_collective_eight_counts_the_released():
    text = ("Ryhor Kastusioŭ na voli. «Viasna» viedaje pra vośmiera vyzvalenych palitviaźniaŭ\n"
            "Učora, 3 lipienia, na volu vyjšaŭ 66-hadovy palityk Ryhor Kastusioŭ.\n")
    assert run(text, "2024-07-04").pardoned == 8


def test_together_with_this_group_is_a_running_total():
    text = ("Лукашэнка памілаваў 30 чалавек.\nРазам з гэтай групай з ліпеня вызвалілі 78 чалавек, падлічыла «Вясна».\n")
    assert run(text, "2024-09-05").cumulative_released.value == 78


def test_the_relatives_of_one_of_the_released_name_him_next():
    text = ("Лукашэнка памілаваў 30 чалавек.\nБелсату ўдалося пагаварыць са сваякамі аднаго з вызваленых. 36-гадовы "
            "Дзьмітры Навумчык з Салігорску, бацька траіх дзяцей, адбываў 4 гады за ўдзел у пратэстах.\n")
    assert run(text, "2024-09-05").named_released == ["Дзьмітры Навумчык"]


def test_a_term_and_a_colony_after_a_dash_hold_him():
    text = ("Блогер Ігар Лосік адбывае 15 гадоў, а польскі журналіст Анджэй Пачобут — 8 гадоў у калёніі ў "
            "Наваполацку.\n")
    assert run(text, "2024-09-05").named_still_held == ["Ігар Лосік", "Анджэй Пачобут"]


def test_none_of_the_best_known_political_prisoners_is_held():
    text = ("Але ніхто з найбольш вядомых палітвязняў — Алесь Бяляцкі, Віктар Бабарыка — пакуль у спісы не "
            "трапляў.\n")
    assert run(text, "2024-12-22").named_still_held == ["Алесь Бяляцкі", "Віктар Бабарыка"]


def test_a_pronoun_later_in_the_sentence_tells_his_arrest_again():
    text = ("Напрыклад, Андрэя Марціновіча з Ліды памілавалі ў лістападзе 2024 году, а гэтым летам затрымалі зноў — "
            "цяпер ён у гарадзенскім СІЗА па новай справе.\n")
    assert run(text, "2025-10-01").named_still_held == ["Андрэй Марціновіч"]


def test_freed_right_after_a_sentence_dated_2015_is_no_news():
    text = ("Дзесяць гадоў таму Лукашэнка выпусьціў Статкевіча. Што стала з вызваленымі ў 2015-м\n"
            "22 жніўня 2015 году Аляксандар Лукашэнка памілаваў шасьцярых палітвязьняў. На волю выйшлі экс-кандыдат "
            "у прэзыдэнты Мікалай Статкевіч і гомельскі актывіст Юры Рубцоў.\n")
    assert run(text, "2025-08-22").is_pardon_report is False


def test_parents_of_them_after_a_dash_are_the_rounds_parents():
    text = ("Лукашенко помиловал 18 человек, сообщила его пресс-служба в пятницу.\n"
            "Шесть из них — родители несовершеннолетних детей.\n")
    assert run(text, "2025-03-07").with_children == 6


def test_the_first_pardon_of_this_year_in_russian_is_no_ordinal():
    text = "Лукашенко помиловал 18 человек — первое помилование в этом году\nВ пятницу помилованы 18 человек.\n"
    assert run(text, "2025-03-08").round_ordinal is None


def test_the_first_pardon_since_the_election_is_no_ordinal():
    text = "Лукашенко помиловал 18 человек. Это первое помилование после выборов\nВ пятницу помилованы 18 человек.\n"
    assert run(text, "2025-03-08").round_ordinal is None


def test_a_lacinka_j_after_a_consonant_takes_the_apostrophe():
    text = ("Pamiłavanaja ŭ studzieni palitviaźnienka Darja Sciacko ŭžo doma. Pra heta «Viasnie» paviedamili jaje "
            "svajaki, jakija sustreli jaje la bramy kałonii.\n")
    assert run(text, "2025-03-20").named_released == ["Darja Sciacko"]
