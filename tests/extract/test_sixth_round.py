"""The sixth round of issue #12: event dates first, then the round's size, the prisoner count and report detection.

The sentences are our own, written the way the outlets write them, in English, Russian, Belarusian (also in
Łacinka) and Ukrainian; each test fails on main's extractor of the fifth round, except the three marked `guard_`.
"""

from tests.extract.helpers import run

# event_date: a holiday's date is the holiday's, never the event's; the eve of a holiday fixes no day.


def test_a_belarusian_eve_of_8_march_headline_leaves_the_dateline_day():
    text = ("Напярэдадні 8 Сакавіка Лукашэнка памілаваў 18 чалавек\n"
            "Мінск, 5 сакавіка (БЕЛТА) – Прэзідэнт Беларусі Аляксандр Лукашэнка сёння прыняў рашэнне аб памілаванні "
            "18 асуджаных.\n")
    assert run(text, "2025-03-05").event_date.isoformat() == "2025-03-05"


def test_a_russian_holiday_dated_in_its_relative_clause_gives_no_day():
    text = ("Лукашенко помиловал 16 человек накануне Дня Независимости\n"
            "Лукашенко помиловал 16 осужденных накануне Дня Независимости, который в Беларуси отмечают 3 июля.\n")
    assert run(text, "2025-07-04").event_date is None


def test_an_english_holiday_on_its_date_gives_no_day():
    text = ("Belarus leader pardons 16 ahead of Independence Day\n"
            "Alexander Lukashenko pardoned 16 people ahead of Independence Day on July 3, the Belarusian leader's "
            "press service said.\n")
    assert run(text, "2025-07-04").event_date is None


def test_a_ukrainian_holiday_in_apposition_gives_no_day():
    text = ("Лукашенко помилував 16 осіб\n"
            "Олександр Лукашенко помилував 16 засуджених напередодні Дня Незалежності 3 липня.\n")
    assert run(text, "2025-07-04").event_date is None


def test_a_lacinka_freedom_day_date_is_not_the_pardon_day():
    text = ("Łukašenka pamiłavaŭ 14 čałaviek da Dnia Voli\n"
            "Łukašenka pamiłavaŭ 14 palitviaźniaŭ da Dnia Voli 25 sakavika, paviedamiła jahonaja pres-słužba.\n")
    assert run(text, "2025-03-27").event_date is None


# event_date: a dateline fixes "today" in its paragraph.


def test_an_english_dateline_is_the_today_of_its_lead():
    text = ("Belarus leader pardons 18 prisoners\n"
            "MINSK, March 5 (BelTA) – Belarusian President Aleksandr Lukashenko today signed a decree to pardon 18 "
            "people convicted of extremism.\n")
    assert run(text, "2025-03-06").event_date.isoformat() == "2025-03-05"


def test_a_ukrinform_dateline_is_the_today_of_the_next_sentence():
    text = ("Лукашенко помилував 18 осіб\n"
            "Київ, 23 листопада /Укрінформ/. Сьогодні Лукашенко помилував 18 засуджених, повідомила пресслужба.\n")
    assert run(text, "2025-11-24").event_date.isoformat() == "2025-11-23"


# event_date and the round: a relative clause's times belong to it, not to the release verb.


def test_a_weekday_after_a_long_relative_clause_dates_the_release():
    text = ("Belarus frees opposition figure Tsikhanouski\n"
            "Siarhei Tsikhanouski, whose wife has led the opposition from exile since 2020, was freed on Saturday "
            "and taken to Lithuania along with 13 other prisoners.\n")
    assert run(text, "2025-06-23").event_date.isoformat() == "2025-06-21"


def test_a_relative_clause_years_ago_leaves_the_round_current():
    text = ("Belarus frees opposition figure Tsikhanouski\n"
            "VILNIUS (AP) — Siarhei Tsikhanouski, the blogger who tried to run for president five years ago, was "
            "freed on Saturday along with 13 other prisoners.\n")
    assert run(text, "2025-06-22").pardoned == 14


def test_a_russian_relative_clause_year_leaves_the_release_day():
    text = ("В Беларуси освободили Сергея Тихановского\n"
            "Сергей Тихановский, жена которого с 2020 года возглавляет оппозицию в эмиграции, в субботу вышел на "
            "свободу вместе с еще 13 заключенными.\n")
    assert run(text, "2025-06-23").event_date.isoformat() == "2025-06-21"


# event_date: the release's own day beats the day it was confirmed or reported.


def test_an_english_release_day_beats_the_confirmation_day():
    text = ("Belarus: Kastusiou is free\n"
            "Viasna confirmed on the morning of 4 July that Ryhor Kastusiou, freed yesterday, 3 July, is at home "
            "after Lukashenko pardoned 16 people.\n")
    assert run(text, "2025-07-04").event_date.isoformat() == "2025-07-03"


def test_a_belarusian_release_day_beats_the_confirmation_day():
    text = ("Кастусёў на волі: у Беларусі памілавалі 16 чалавек\n"
            "«Вясна» пацвердзіла раніцай 4 ліпеня, што ўчора, 3 ліпеня, вызвалілі Рыгора Кастусёва і яшчэ 15 "
            "чалавек.\n")
    assert run(text, "2025-07-04").event_date.isoformat() == "2025-07-03"


def test_a_classical_belarusian_confirmation_day_yields_to_the_release_day():
    text = ("«Вясна»: на волю выйшлі восем палітвязьняў\n"
            "Праваабаронцы ў пятніцу раніцай пацьвердзілі, што ў чацьвер з калёніяў вызвалілі восем палітвязьняў.\n")
    assert run(text, "2025-09-12").event_date.isoformat() == "2025-09-11"


# event_date: when the pardon has no day of its own, the day the state announced it dates it; a rights group's later
# count does not.


def test_a_russian_announcement_by_the_press_service_dates_a_pardon_with_no_day():
    text = ("Лукашенко помиловал 16 человек\n"
            "Александр Лукашенко помиловал 16 осужденных ко Дню Независимости, который отмечают 3 июля. Об этом в среду "
            "сообщила его пресс-служба.\n")
    assert run(text, "2025-07-04").event_date.isoformat() == "2025-07-02"


def test_a_rights_group_report_day_does_not_date_the_pardon():
    text = ("Лукашенко помиловал 16 человек\n"
            "Александр Лукашенко помиловал 16 осужденных. В среду «Вясна» сообщила, что среди них 5 политзаключенных.\n")
    assert run(text, "2025-07-04").event_date is None


# pardoned: a round told in parts and then its total; one person "together with N more".


def test_a_belarusian_total_after_belarusians_and_foreigners_is_the_round():
    text = ("Беларусь вызваліла вязняў\n"
            "Лукашэнка памілаваў 14 беларусаў і трох замежнікаў па просьбе ЗША. Усяго вызвалены 17 чалавек.\n")
    assert run(text, "2025-06-21").pardoned == 17


def test_a_russian_named_prisoner_with_13_more_is_a_round_of_14():
    text = ("В Беларуси освободили Сергея Тихановского\n"
            "В субботу Сергей Тихановский вышел на свободу вместе с еще 13 заключенными.\n")
    assert run(text, "2025-06-23").pardoned == 14


def test_a_ukrainian_named_prisoner_with_13_more_is_a_round_of_14():
    text = ("У Білорусі звільнили Сергія Тихановського\n"
            "У суботу Сергій Тихановський вийшов на волю разом з ще 13 ув'язненими.\n")
    assert run(text, "2025-06-23").pardoned == 14


# political_prisoners: people who remain jailed on political grounds; "1,15 тыс."; a part of a group told before.


def test_people_remaining_jailed_on_political_grounds_are_the_prisoner_count():
    text = ("Belarus frees 52 prisoners\n"
            "Belarus freed 52 prisoners on Thursday. Rights group Viasna said more than 1,100 people remained jailed on "
            "political grounds after the release.\n")
    count = run(text, "2025-09-11").political_prisoners
    assert (count.value, count.qualifier) == (1100, "over")


def test_a_russian_count_in_hundredths_of_a_thousand_is_read():
    text = ("Лукашенко помиловал 25 человек\n"
            "Во вторник Лукашенко помиловал 25 человек. По данным правозащитников, в стране остается около 1,15 тыс. "
            "политзаключенных.\n")
    count = run(text, "2025-09-17").political_prisoners
    assert (count.value, count.qualifier) == (1150, "about")


def test_part_of_the_round_serving_terms_is_no_prisoner_count():
    text = ("Лукашенко помиловал еще 15 человек\n"
            "Лукашенко помиловал еще 15 осужденных. По словам канала, часть из 15 человек отбывала наказание за "
            "наркотики.\n")
    assert run(text, "2025-01-24").political_prisoners is None


# Make-up: "у одиннадцати — дети" counts the parents.


def test_a_russian_count_with_children_after_the_preposition_of_having_is_the_parents():
    text = ("Лукашенко помиловал 22 человека\n"
            "Сегодня Лукашенко помиловал 22 человека. Среди помилованных 15 женщин, у одиннадцати — несовершеннолетние "
            "дети.\n")
    assert run(text, "2025-12-30").with_children == 11


def test_a_belarusian_count_with_children_after_the_preposition_of_having_is_the_parents():
    text = ("Лукашэнка памілаваў 22 чалавекі\n"
            "Сёння Лукашэнка памілаваў 22 чалавекі. Сярод іх 15 жанчын, у адзінаццаці — непаўналетнія дзеці.\n")
    assert run(text, "2025-12-30").with_children == 11


# Background: a month's adjective dates the round to that month; a recognising verb is no release.


def test_a_ukrainian_december_release_in_a_january_forecast_is_no_report():
    text = ("Кого Лукашенко може випустити наступним\n"
            "Після грудневого звільнення 123 політв'язнів у Вашингтоні й Мінську заговорили про наступний етап.\n")
    assert run(text, "2026-01-20").is_pardon_report is False


def test_a_russian_december_pardon_in_a_february_piece_is_no_report():
    text = ("Что будет с политзаключенными\n"
            "После декабрьского освобождения 123 политзаключенных в Минске заговорили о новом этапе.\n")
    assert run(text, "2026-02-18").is_pardon_report is False


def test_newly_recognised_prisoners_after_a_span_of_releases_are_no_running_total():
    text = ("В колонии умер политзаключенный\n"
            "С лета 2024 года власти освобождают людей партиями, однако параллельно задерживают новых: в январе "
            "политзаключенными признали еще 64 человека.\n")
    assert run(text, "2026-02-18").cumulative_released is None


# round_ordinal: an ordinal before a colon that opens another round numbers this one; decrees counted since August.


def test_a_russian_ordinal_before_a_colon_and_another_round_numbers_this_round():
    text = ("Лукашенко помиловал еще 15 человек\n"
            "Лукашенко помиловал еще 15 осужденных. Об этом в пятницу сообщил канал «Пул Первого».\n"
            "Это девятое помилование с июля 2024 года и второе за последнюю неделю: 18 января Лукашенко помиловал 23 "
            "человека.\n")
    assert run(text, "2025-01-24").round_ordinal == 9


def test_a_ukrainian_fourth_pardon_since_august_numbers_the_series():
    text = ("Лукашенко помилував 31 людину\n"
            "Сьогодні Лукашенко помилував 31 людину. Це вже четверте помилування політв'язнів з серпня.\n")
    assert run(text, "2024-11-07").round_ordinal == 4


# is_pardon_report: reviews, anniversaries, columns and explainers are no reports.


def test_an_english_month_in_numbers_headline_is_a_review_with_no_round():
    text = ("Belarus\n"
            "May in numbers: 51 new political prisoners, 34 released. 1,178 remain behind bars\n"
            "Viasna summed up May. 51 people were recognised as political prisoners, and 34 were released, almost all "
            "after serving their terms.\n"
            "There were no pardons in May.\n")
    assert run(text, "2025-06-02").pardoned is None


def test_a_russian_month_in_numbers_headline_is_a_review_with_no_round():
    text = ("Еврорадио\n"
            "Октябрь в цифрах: 40 новых политзаключенных, 30 освобожденных. За решеткой остаются 1 150 человек\n"
            "«Вясна» подвела итоги октября в Беларуси. Политзаключенными признаны 40 человек, а освобождены 30 — почти "
            "все отбыли сроки.\n"
            "Помилований в октябре не было.\n")
    assert run(text, "2025-11-03").pardoned is None


def test_a_belarusian_month_in_numbers_headline_is_a_review_with_no_round():
    text = ("Еўрарадыё\n"
            "Травень у лічбах: 51 новы палітвязень, 34 вызваленыя. За кратамі застаюцца 1 178 чалавек\n"
            "Праваабарончы цэнтр «Вясна» падвёў вынікі траўня. Палітвязнямі прызнаныя 51 чалавек, а вызваліліся 34 — "
            "амаль усе з іх адбылі тэрміны.\n"
            "Памілаванняў у траўні не было.\n")
    assert run(text, "2025-06-02").pardoned is None


def test_the_people_of_an_anniversary_round_named_after_it_are_no_news():
    text = ("Десять лет назад Лукашенко помиловал шестерых\n"
            "Вечером 22 августа 2015 года Лукашенко подписал указ о помиловании шестерых политзаключенных.\n"
            "Среди помилованных были Игорь Олиневич, Евгений Васькович и Юрий Рубцов.\n")
    assert run(text, "2025-08-22").is_pardon_report is False


def test_a_ukrainian_column_of_rhetorical_questions_in_the_author_voice_is_no_report():
    text = ("Чому звільнення білоруських політв'язнів нічого не змінює\n"
            "Андрій Коваленко, політичний оглядач\n"
            "Минулого тижня вийшли Ігор Лосик, Марина Золотова та ще кілька людей.\n"
            "Але хіба диктатор справді змінився? Режим помилував 2 людини, потім ще кількох.\n"
            "А що отримали білоруси? Я не бачу для цього жодних підстав.\n")
    assert run(text, "2025-09-25").is_pardon_report is False


def test_an_english_explainer_of_releases_over_many_months_is_no_report():
    text = ("How Belarus has been releasing its political prisoners\n"
            "The first pardons came in the summer, when 18 people walked free.\n"
            "In the autumn, Lukashenko released several more groups.\n"
            "In February, an American and two Belarusians were freed.\n"
            "Finally, Siarhei Tsikhanouski was released along with 13 other prisoners and driven to Lithuania.\n")
    assert run(text, "2025-09-25").is_pardon_report is False


def test_a_belarusian_round_of_women_only_is_the_round():
    text = ("Лукашэнка памілаваў 20 жанчын да 8 Сакавіка\n"
            "Лукашэнка ў чацвер памілаваў 20 жанчын да 8 Сакавіка, паведаміла прэс-служба.\n")
    report = run(text, "2025-03-07")
    assert (report.pardoned, report.event_date.isoformat()) == (20, "2025-03-06")


def test_a_russian_round_of_women_only_is_the_round():
    text = ("Лукашенко помиловал 20 женщин к 8 Марта\n"
            "Сегодня Лукашенко помиловал 20 осужденных женщин к 8 Марта, сообщила пресс-служба.\n")
    assert run(text, "2025-03-06").pardoned == 20


def test_an_english_total_after_two_groups_told_with_relative_clauses_is_the_round():
    text = ("Belarus frees prisoners\n"
            "Lukashenko pardoned 114 people who were handed over to Ukraine, and nine others who were taken to "
            "Lithuania. In total, 123 prisoners were freed.\n")
    assert run(text, "2025-12-13").pardoned == 123


def test_people_jailed_for_political_reasons_counted_by_viasna_are_the_prisoner_count():
    text = ("Belarus frees 31\n"
            "Belarus freed 31 Ukrainians on Friday. Viasna counts about 1,150 people jailed for political reasons.\n")
    count = run(text, "2025-11-21").political_prisoners
    assert (count.value, count.qualifier) == (1150, "about")


# Confidence: a round the article gives no day at all is "low" unless its evidence is strong.


def test_a_headline_round_with_no_day_and_no_repetition_has_low_confidence():
    text = ("Lukashenko pardons 16 prisoners in Belarus\n"
            "The Belarusian leader has pardoned a group of convicts, most of them sentenced for extremism.\n")
    assert run(text, "2025-07-04").confidence["pardoned"] == "low"


def test_a_ukrainian_holiday_with_a_lowercase_name_dated_in_its_clause_is_no_candidate():
    text = ("Лукашенко помилував ще 25 засуджених\n"
            "Мінськ, 16 вересня /Укрінформ/. Олександр Лукашенко помилував 25 засуджених, серед яких 11 жінок.\n"
            "Помилування відбулося напередодні Дня народної єдності, який у Білорусі відзначають 17 вересня.\n")
    assert run(text, "2025-09-17").event_date.isoformat() == "2025-09-16"


def test_an_older_round_told_as_reported_before_does_not_date_the_round():
    text = ("Лукашенко помилував ще 25 засуджених\n"
            "Мінськ, 16 вересня /Укрінформ/. Олександр Лукашенко помилував 25 засуджених, серед яких 11 жінок.\n"
            "Як повідомляв Укрінформ, 11 вересня Білорусь звільнила 52 іноземців та білорусів.\n")
    assert run(text, "2025-09-17").event_date.isoformat() == "2025-09-16"


def test_a_belarusian_named_prisoner_with_two_more_after_a_source_aside_is_a_round_of_three():
    text = ("Вызвалены Мікалай Статкевіч\n"
            "У чацвер з калоніі вызвалілі палітвязня Мікалая Статкевіча.\n"
            "Разам з ім, паводле «Вясны», на волю выйшлі яшчэ двое палітвязняў, якіх памілаваў Лукашэнка.\n")
    assert run(text, "2026-01-16").pardoned == 3


# Guards (pass on main too): a round that falls on the holiday itself keeps the holiday's date.


def test_guard_an_english_round_on_the_holiday_keeps_its_date():
    text = ("Belarus frees 16\n"
            "On Independence Day, July 3, Lukashenko pardoned 16 prisoners, his press service said.\n")
    assert run(text, "2025-07-04").event_date.isoformat() == "2025-07-03"


def test_guard_a_russian_round_on_the_holiday_keeps_its_date():
    text = ("Лукашенко помиловал 16 человек\n"
            "В День Независимости, 3 июля, Лукашенко помиловал 16 осужденных.\n")
    assert run(text, "2025-07-04").event_date.isoformat() == "2025-07-03"


def test_guard_a_news_report_with_question_subheadings_and_a_quoted_analyst_is_a_report():
    text = ("Лукашенко помиловал 25 человек. Что известно\n"
            "Сегодня, 16 сентября, Александр Лукашенко помиловал 25 человек, сообщила пресс-служба.\n"
            "Кто эти люди?\n"
            "Имена помилованных не называются. Правозащитники выясняют, есть ли среди них политзаключенные.\n"
            "Почему сейчас?\n"
            "Мне кажется, это сигнал Западу, — написал в телеграме аналитик Артем Шрайбман.\n")
    assert run(text, "2025-09-16").is_pardon_report is True
