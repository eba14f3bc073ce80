"""The eighth round of issue #12: figures, dates, reports and ordinals that transfer to text the rules were not
written for.

The sentences are our own, written the way the outlets write them, in English, Russian, Belarusian (also in
Łacinka) and Ukrainian; each test fails on main's extractor of the seventh round.
"""

from tests.extract.helpers import run


def _count(field):
    return None if field is None else (field.value, field.qualifier)


# political_prisoners: the size of the list of political prisoners is the standing count, not the names just added.


def test_a_belarusian_list_of_names_after_new_recognitions_is_the_standing_count():
    text = ("Праваабаронцы прызналі палітвязнямі яшчэ 9 чалавек\n"
            "У аўторак праваабаронцы прызналі палітвязнямі яшчэ 9 чалавек. Агулам у спісе палітвязняў цяпер 1 110 "
            "імёнаў.\n")
    assert _count(run(text, "2025-10-15").political_prisoners) == (1110, "exact")


def test_a_russian_list_that_reached_a_figure_is_the_standing_count():
    text = ("Список политзаключенных пополнился\n"
            "Список политзаключенных пополнился еще на 14 имен и достиг 1 126.\n")
    assert _count(run(text, "2025-10-15").political_prisoners) == (1126, "exact")


def test_an_english_list_that_grew_to_a_figure_beats_the_people_recognised():
    text = ("Rights group adds 11 names to list of political prisoners\n"
            "With the 11 people recognised on Monday, Viasna's list of political prisoners has grown to 1,140.\n")
    assert _count(run(text, "2025-10-15").political_prisoners) == (1140, "exact")


def test_an_english_list_that_still_includes_names_is_the_standing_count():
    text = ("Belarus frees 20 prisoners\n"
            "Belarus freed 20 prisoners on Tuesday. Viasna's list of political prisoners still includes 1,126 "
            "names.\n")
    assert _count(run(text, "2025-10-15").political_prisoners) == (1126, "exact")


def test_people_currently_considered_political_prisoners_are_the_standing_count():
    text = ("Belarus frees 20 prisoners\n"
            "Belarus freed 20 prisoners on Tuesday. According to Viasna, 1,126 people are currently considered "
            "political prisoners in the country.\n")
    assert _count(run(text, "2025-10-15").political_prisoners) == (1126, "exact")


def test_people_who_applied_to_a_commission_for_citizens_abroad_are_no_prisoner_count():
    text = ("Лукашенко помиловал 25 осужденных\n"
            "Лукашенко помиловал 25 осужденных. Генеральный прокурор напомнил, что в стране работает комиссия по "
            "вопросам возвращения граждан, находящихся за рубежом, к которой уже обратились более 1 900 человек.\n")
    assert run(text, "2025-09-16").political_prisoners is None


def test_a_russian_count_that_exceeds_a_figure_is_over_it():
    text = ("Лукашенко помиловал 20 человек\n"
            "Лукашенко помиловал 20 осужденных. По данным «Вясны», число политзаключенных превышает 1 150.\n")
    assert _count(run(text, "2025-10-15").political_prisoners) == (1150, "over")


# event_date: the pardon's own act dates the round over the day it was announced.


def test_an_english_decree_signed_the_day_before_the_announcement_dates_the_round():
    text = ("Lukashenko pardons 31\n"
            "Lukashenko pardoned 31 people, his press service said on Saturday. The decree was signed on Friday.\n")
    assert run(text, "2025-11-22").event_date.isoformat() == "2025-11-21"


def test_a_russian_decree_signed_the_day_before_the_announcement_dates_the_round():
    text = ("Лукашенко помиловал 31 человека\n"
            "Александр Лукашенко помиловал 31 человека, сообщила в субботу его пресс-служба. Указ подписан в "
            "пятницу.\n")
    assert run(text, "2025-11-22").event_date.isoformat() == "2025-11-21"


def test_a_belarusian_decree_signed_the_day_before_the_announcement_dates_the_round():
    text = ("Лукашэнка памілаваў 31 чалавека\n"
            "Аляксандр Лукашэнка памілаваў 31 чалавека, паведаміла ў суботу прэс-служба. Указ падпісаны ў "
            "пятніцу.\n")
    assert run(text, "2025-11-22").event_date.isoformat() == "2025-11-21"


def test_a_ukrainian_decree_signed_the_day_before_the_announcement_dates_the_round():
    text = ("Лукашенко помилував 31 особу\n"
            "Олександр Лукашенко помилував 31 засудженого, повідомила в суботу його пресслужба. Указ підписано в "
            "п'ятницю.\n")
    assert run(text, "2025-11-22").event_date.isoformat() == "2025-11-21"


def test_prisoners_who_crossed_the_border_the_day_before_the_statement_date_the_round():
    text = ("Belarus frees 52\n"
            "Belarus has freed 52 prisoners, including a Lithuanian, the White House said on Friday. The prisoners "
            "crossed into Lithuania on Thursday.\n")
    assert run(text, "2025-09-12").event_date.isoformat() == "2025-09-11"


def test_a_ukrainian_eve_of_quoted_elections_fixes_no_day_before_the_dated_lead():
    text = ("Лукашенко напередодні «виборів» помилував ще 23 засуджених\n"
            "Олександр Лукашенко в суботу, 18 січня, помилував 23 людей, засуджених за «екстремізм». Про це "
            "повідомила його пресслужба.\n")
    assert run(text, "2025-01-18").event_date.isoformat() == "2025-01-18"


# round_ordinal: an ordinal counted since the start of the year numbers no pardon round.


def test_a_ukrainian_second_exchange_since_the_start_of_the_year_is_no_round_ordinal():
    text = ("Білорусь звільнила 5 українців\n"
            "Білорусь звільнила 5 українців. Це другий обмін з Білоруссю з початку року.\n")
    assert run(text, "2025-10-15").round_ordinal is None


def test_an_english_third_release_since_the_start_of_the_year_is_no_round_ordinal():
    text = ("Belarus frees 5 Ukrainians\n"
            "Belarus freed five Ukrainians. It is the third release since the start of the year.\n")
    assert run(text, "2025-10-15").round_ordinal is None


# cumulative_released: a running total raised past or to a figure.


def test_a_russian_total_that_exceeded_a_figure_is_a_running_total_over_it():
    text = ("Лукашенко помиловал 20 человек\n"
            "Лукашенко помиловал 20 осужденных. Таким образом, общее число освобожденных с июля 2024 года превысило "
            "430.\n")
    assert _count(run(text, "2025-10-15").cumulative_released) == (430, "over")


def test_a_belarusian_round_that_raises_the_total_to_a_figure_gives_the_running_total():
    text = ("Лукашэнка памілаваў 20 чалавек\n"
            "Лукашэнка памілаваў 20 асуджаных. Гэта павялічвае агульную колькасць вызваленых з ліпеня 2024 года да "
            "450.\n")
    assert _count(run(text, "2025-10-15").cumulative_released) == (450, "exact")


def test_a_russian_no_fewer_than_with_chem_is_at_least():
    text = ("Лукашенко помиловал 20 человек\n"
            "Лукашенко помиловал 20 осужденных. Всего с июля 2024 года на свободу вышли не менее чем 430 человек.\n")
    assert _count(run(text, "2025-10-15").cumulative_released) == (430, "at_least")


def test_a_bare_total_after_a_sentence_of_newly_recognised_prisoners_is_the_standing_count():
    text = ("Viasna recognises 14 more political prisoners\n"
            "14 more political prisoners were recognised on Tuesday. The total now stands at 1,126.\n")
    assert _count(run(text, "2025-10-15").political_prisoners) == (1126, "exact")


def test_people_added_to_the_list_are_not_the_count_the_list_holds():
    text = ("Viasna recognises 14 more political prisoners\n"
            "Viasna added 14 people to its list of political prisoners on Tuesday; it now counts 1,126.\n")
    assert _count(run(text, "2025-10-15").political_prisoners) == (1126, "exact")


def test_the_number_released_raised_past_a_span_of_months_is_a_running_total():
    text = ("Belarus frees 20\n"
            "Belarus freed 20 prisoners on Tuesday, bringing the number of people released in the past 15 months to "
            "over 430.\n")
    assert _count(run(text, "2025-10-15").cumulative_released) == (430, "over")


def test_an_english_release_the_previous_day_dates_the_round_before_the_statement():
    text = ("Belarus frees 52\n"
            "The U.S. State Department said on Friday that Belarus freed 52 prisoners the previous day.\n")
    assert run(text, "2025-09-12").event_date.isoformat() == "2025-09-11"


def test_an_announced_release_noun_leaves_the_day_to_the_release_told_after_it():
    text = ("Belarus frees 52\n"
            "The U.S. envoy announced on Friday the release of 52 prisoners, who crossed into Lithuania on Thursday.\n")
    assert run(text, "2025-09-12").event_date.isoformat() == "2025-09-11"


def test_a_russian_announcement_of_the_release_yields_to_the_next_sentences_release_day():
    text = ("Беларусь освободила 52 заключенных\n"
            "В пятницу спецпосланник США объявил об освобождении 52 заключенных. Их освободили в четверг.\n")
    assert run(text, "2025-09-12").event_date.isoformat() == "2025-09-11"


def test_a_lacinka_announcement_of_the_release_yields_to_the_next_sentences_release_day():
    text = ("Biełaruś vyzvaliła 52 viaźniaŭ\n"
            "U piatnicu śpiecpasłaniec ZŠA abviaściŭ pra vyzvaleńnie 52 viaźniaŭ. Ich vyzvalili ŭ čaćvier.\n")
    assert run(text, "2025-09-12").event_date.isoformat() == "2025-09-11"


def test_a_russian_decree_signed_by_the_head_of_state_the_day_before_dates_the_round():
    text = ("Лукашенко помиловал 25 человек\n"
            "О помиловании 25 человек сообщила в среду пресс-служба Лукашенко. Соответствующий указ глава "
            "государства подписал во вторник.\n")
    assert run(text, "2025-09-17").event_date.isoformat() == "2025-09-16"


# round_ordinal: the handovers of Ukrainians are another series than Belarus's pardon rounds.


def test_a_ukrainian_third_such_handover_is_no_round_ordinal():
    text = ("Білорусь звільнила 5 українців\n"
            "Білорусь передала Україні 5 громадян. Це вже третя така передача.\n")
    assert run(text, "2025-10-15").round_ordinal is None


def test_a_ukrainian_second_batch_of_ukrainians_is_no_round_ordinal():
    text = ("Білорусь звільнила 5 українців\n"
            "Це друга партія українців, яку Мінськ передає Києву.\n")
    assert run(text, "2025-10-15").round_ordinal is None


def test_a_ukrainian_second_stage_of_the_return_is_no_round_ordinal():
    text = ("Білорусь звільнила 5 українців\n"
            "Україна повернула додому 5 громадян з Білорусі. Це вже другий етап повернення.\n")
    assert run(text, "2025-10-15").round_ordinal is None


# political_prisoners in explainers: the count told for the present, after a past one.


def test_a_russian_explainer_gives_todays_count_after_a_past_years():
    text = ("Что известно о политзаключенных в Беларуси\n"
            "В 2022 году политзаключенных было почти 1 500. Сейчас, по данным «Вясны», их 1 126.\n")
    assert _count(run(text, "2025-10-15").political_prisoners) == (1126, "exact")


def test_a_belarusian_explainer_gives_todays_count_after_one_earlier_this_year():
    text = ("Палітвязні: тлумачэнне\n"
            "У пачатку 2025 года палітвязняў было больш за 1 200. Цяпер іх 1 126.\n")
    assert _count(run(text, "2025-10-15").political_prisoners) == (1126, "exact")


def test_a_ukrainian_explainer_gives_todays_count_after_the_peak():
    text = ("Хто такі політв'язні Білорусі\n"
            "На піку, у 2021 році, правозахисники нараховували понад 1 400 політв'язнів. Зараз їх 1 126.\n")
    assert _count(run(text, "2025-10-15").political_prisoners) == (1126, "exact")


def test_a_count_with_its_day_after_it_is_the_standing_count():
    text = ("Belarus frees 20\n"
            "Belarus freed 20 prisoners on Tuesday. Despite the releases, the number of political prisoners has "
            "barely changed: Viasna counted 1,126 on Monday, against 1,150 in July.\n")
    assert _count(run(text, "2025-10-15").political_prisoners) == (1126, "exact")


def test_a_ukrainian_total_in_the_list_after_names_were_added_is_the_standing_count():
    text = ("Правозахисники визнали політв'язнями 14 людей\n"
            "До списку політв'язнів додали 14 прізвищ. Загалом у ньому 1 126 людей.\n")
    assert _count(run(text, "2025-10-15").political_prisoners) == (1126, "exact")


# cumulative_released: releases over a year and more are a running total, not a round.


def test_a_belarusian_explainers_releases_over_more_than_a_year_are_a_running_total():
    text = ("Як Лукашэнка вызваляе палітвязняў\n"
            "За больш чым год Лукашэнка памілаваў больш за 430 чалавек, асуджаных па палітычных артыкулах.\n")
    report = run(text, "2025-10-15")
    assert (_count(report.cumulative_released), report.is_pardon_report) == ((430, "over"), False)


def test_a_ukrainian_explainers_releases_over_more_than_a_year_are_a_running_total():
    text = ("Як Лукашенко звільняє політв'язнів\n"
            "Загалом за понад рік на волю вийшли понад 430 політв'язнів.\n")
    report = run(text, "2025-10-15")
    assert (_count(report.cumulative_released), report.is_pardon_report) == ((430, "over"), False)


# pardoned: "this time N" after the release of political prisoners is the round's count.


def test_a_ukrainian_count_this_time_after_pardoned_prisoners_is_the_round():
    text = ("Вдев'яте за рік: Лукашенко помилував 16 осіб\n"
            "Лукашенко вдев'яте з липня 2024 року помилував політв'язнів — цього разу 16 осіб.\n")
    report = run(text, "2025-03-10")
    assert (report.pardoned, report.political_prisoners) == (16, None)


def test_a_ninth_time_in_a_year_headline_parted_by_a_colon_still_states_the_round():
    text = ("Вдев'яте за рік: Лукашенко помилував 16 осіб\n"
            "Лукашенко знову помилував засуджених, повідомила його пресслужба.\n")
    report = run(text, "2025-03-10")
    assert (report.pardoned, report.cumulative_released) == (16, None)


def test_a_belarusian_count_this_time_after_pardoned_prisoners_is_the_round():
    text = ("Лукашэнка зноў памілаваў палітвязняў\n"
            "Лукашэнка зноў памілаваў палітвязняў — гэтым разам 16 чалавек.\n")
    report = run(text, "2025-03-10")
    assert (report.pardoned, report.political_prisoners) == (16, None)


def test_an_english_count_this_time_is_no_political_prisoner_count():
    text = ("Belarus frees 16\n"
            "Lukashenko pardoned political prisoners again on Friday, this time 16 people.\n")
    report = run(text, "2025-03-10")
    assert (report.pardoned, report.political_prisoners) == (16, None)


# event_date: a page stamped after midnight — the statement's calendar date beats "today" resolved against the stamp.


def test_a_belarusian_today_headline_yields_to_the_leads_date_of_the_day_before_publication():
    text = ("Лукашэнка сёння памілаваў 20 чалавек\n"
            "22 лістапада Лукашэнка памілаваў 20 асуджаных, паведаміла прэс-служба.\n")
    assert run(text, "2025-11-23").event_date.isoformat() == "2025-11-22"


def test_a_russian_today_headline_yields_to_the_leads_weekday_and_date():
    text = ("Лукашенко сегодня помиловал 20 человек\n"
            "В субботу, 22 ноября, Лукашенко помиловал 20 осужденных.\n")
    assert run(text, "2025-11-23").event_date.isoformat() == "2025-11-22"


def test_an_english_today_headline_yields_to_the_leads_date():
    text = ("Belarus frees 20 today\n"
            "On November 22, Lukashenko pardoned 20 people, his press service said.\n")
    assert run(text, "2025-11-23").event_date.isoformat() == "2025-11-22"


def test_a_ukrainian_today_with_its_own_date_is_that_date_in_a_page_stamped_after_midnight():
    text = ("Лукашенко помилував 20 осіб\n"
            "Сьогодні, 22 листопада, Лукашенко помилував 20 засуджених.\n")
    assert run(text, "2025-11-23").event_date.isoformat() == "2025-11-22"


# political_prisoners: "all three" are the people just named, not the count of political prisoners.


def test_a_ukrainian_all_three_still_held_is_no_prisoner_count():
    text = ("Звільнити, щоб знову посадити\n"
            "Статкевич, Дедок і Біляцький знову опинилися за ґратами після 2020 року. Усі троє досі перебувають в "
            "ув'язненні. Водночас, за даними «Вясни», у Білорусі залишаються понад 1150 політв'язнів.\n")
    assert _count(run(text, "2025-08-22").political_prisoners) == (1150, "over")


def test_an_english_all_three_remain_in_prison_is_no_prisoner_count():
    text = ("Released, then jailed again\n"
            "Statkevich, Dziadok and Bialiatski were jailed again after 2020. All three remain in prison.\n")
    assert run(text, "2025-08-22").political_prisoners is None


def test_a_russian_all_three_in_custody_is_no_prisoner_count():
    text = ("Освободить, чтобы снова посадить\n"
            "Статкевич, Дедок и Беляцкий снова оказались за решеткой после 2020 года. Все трое до сих пор находятся в "
            "заключении.\n")
    assert run(text, "2025-08-22").political_prisoners is None


# make-up: "хронически больны", "хронічно хворі" (an adverb) are the chronically ill.


def test_a_russian_count_chronically_ill_by_an_adverb_is_the_chronically_ill():
    text = ("Лукашенко помиловал 16 человек\n"
            "Сегодня Лукашенко помиловал 16 человек. Трое старше 50 лет, двое хронически больны.\n")
    assert run(text, "2025-07-02").chronically_ill == 2


def test_a_ukrainian_count_chronically_ill_by_an_adverb_is_the_chronically_ill():
    text = ("Лукашенко помилував 16 осіб\n"
            "Сьогодні Лукашенко помилував 16 людей. Троє старші за 50 років, двоє хронічно хворі.\n")
    assert run(text, "2025-07-02").chronically_ill == 2


# event_date: the announcement told in its own sentence yields to the border crossing or the decree's date after it.


def test_a_ukrainian_crossing_on_saturday_beats_the_sunday_announcement_told_before_it():
    text = ("Білорусь передала Україні 31 громадянина\n"
            "Білорусь звільнила 31 громадянина України. Про це в неділю повідомив Зеленський. Звільнені перетнули "
            "кордон у суботу ввечері.\n")
    assert run(text, "2025-11-23").event_date.isoformat() == "2025-11-22"


def test_an_english_crossing_on_saturday_beats_the_sunday_statement():
    text = ("Belarus hands 31 Ukrainians to Kyiv\n"
            "Belarus freed 31 Ukrainian citizens, Zelensky said on Sunday. They crossed the border on Saturday "
            "evening.\n")
    assert run(text, "2025-11-23").event_date.isoformat() == "2025-11-22"


def test_a_belarusian_crossing_on_saturday_beats_the_sunday_statement():
    text = ("Беларусь вызваліла 31 украінца\n"
            "Беларусь вызваліла 31 грамадзяніна Украіны, паведаміў у нядзелю Зяленскі. Вызваленыя перасеклі мяжу ў "
            "суботу ўвечары.\n")
    assert run(text, "2025-11-23").event_date.isoformat() == "2025-11-22"


def test_a_russian_decree_dated_two_days_before_the_statement_dates_the_round():
    text = ("Лукашенко помиловал 31 украинца\n"
            "Лукашенко помиловал 31 гражданина Украины, сообщила пресс-служба в воскресенье. Указ датирован 21 "
            "ноября.\n")
    assert run(text, "2025-11-23").event_date.isoformat() == "2025-11-21"


def test_an_english_pardon_ahead_of_a_date_is_not_dated_by_that_date():
    text = ("Lukashenko pardons 20 women\n"
            "Lukashenko pardoned 20 women ahead of March 8, his press service said on Thursday.\n")
    assert run(text, "2025-03-09").event_date.isoformat() == "2025-03-06"


# round_ordinal: "вызваленне" and "освобождение" number a round; an ordinal of a person numbers none.


def test_a_taraskievica_fourth_release_since_july_is_round_four():
    text = ("Лукашэнка памілаваў 37 чалавек\n"
            "Лукашэнка памілаваў 37 асуджаных. Гэта ўжо чацьвёртае вызваленьне палітвязьняў з ліпеня.\n")
    assert run(text, "2024-09-16").round_ordinal == 4


def test_a_russian_fourth_release_since_july_is_round_four():
    text = ("Лукашенко помиловал 37 человек\n"
            "Лукашенко помиловал 37 осужденных. Это уже четвертое освобождение политзаключенных с июля.\n")
    assert run(text, "2024-09-16").round_ordinal == 4


# is_pardon_report: an interview's headline about a freed man whose lead dates the release months back.


def test_a_ukrainian_interview_headline_of_a_man_freed_months_ago_is_no_report():
    text = ("«Я рахував дні на стіні». Українець, якого звільнили з білоруської колонії, — про три роки полону\n\n"
            "У листопаді 2025 року Білорусь передала Україні 31 громадянина, помилуваних Олександром Лукашенком. "
            "Серед них був 41-річний Олександр Ткачук із Рівного. Суспільне поговорило з ним через три місяці після "
            "повернення.\n")
    assert run(text, "2026-02-17").is_pardon_report is False


# event_date: an ordinal "fourth" or "in the middle of" is no weekday.


def test_a_russian_fourth_pardon_is_no_thursday():
    text = ("Лукашенко помиловал 37 человек\n"
            "Лукашенко помиловал 37 осужденных. Это уже четвертое помилование с июля.\n")
    report = run(text, "2024-09-16")
    assert (report.is_pardon_report, report.pardoned, report.event_date) == (True, 37, None)


def test_a_ukrainian_fourth_pardon_is_no_thursday():
    text = ("Лукашенко помилував 37 осіб\n"
            "Лукашенко помилував 37 засуджених. Це вже четверте помилування з липня.\n")
    report = run(text, "2024-09-16")
    assert (report.is_pardon_report, report.event_date) == (True, None)


def test_a_ukrainian_middle_of_the_day_is_no_wednesday_that_makes_the_round_old():
    text = ("Лукашенко помилував 37 осіб\n"
            "У середині дня Лукашенко помилував 37 засуджених.\n")
    report = run(text, "2024-09-16")
    assert (report.is_pardon_report, report.pardoned) == (True, 37)
