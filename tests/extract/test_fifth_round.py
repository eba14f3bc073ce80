"""What the held-out misses of the fourth round of issue #12 showed by class, one behaviour per test.

The sentences are our own, written the way the outlets write them, in English, Russian, Belarusian (also in
Łacinka) and Ukrainian; each test fails on the extractor of the fourth round unless it is marked as a guard.
"""

from tests.extract.helpers import run

# round_ordinal: only a round noun or a release verb of the ordinal's own clause numbers the round.


def test_a_belarusian_sixth_time_as_a_candidate_is_no_round_ordinal():
    text = ("Лукашэнка памілаваў 16 чалавек\n"
            "Сёння Лукашэнка памілаваў 16 палітвязняў перад галасаваннем, на якім ён шосты раз пойдзе ў кандыдаты.\n")
    assert run(text, "2025-11-20").round_ordinal is None


def test_a_ukrainian_first_step_in_quotes_is_a_metaphor_not_an_ordinal():
    text = ("У Білорусі звільнили 16 політв'язнів\n"
            "Сьогодні в Білорусі звільнили 16 політв'язнів. Правозахисники назвали це «першим кроком».\n")
    assert run(text, "2025-11-20").round_ordinal is None


def test_an_english_first_step_is_a_metaphor_not_an_ordinal():
    text = ("Belarus frees 16 political prisoners\n"
            "Belarus freed 16 political prisoners on Thursday. Rights groups called it a first step.\n")
    assert run(text, "2025-11-20").round_ordinal is None


def test_a_russian_first_pardon_since_a_month_is_local_not_the_series():
    text = ("Лукашенко помиловал 16 человек\n"
            "Сегодня Лукашенко помиловал 16 политзаключенных. Это первое помилование с марта, хотя в мае уже "
            "отпустили 9 человек.\n")
    assert run(text, "2025-11-20").round_ordinal is None


def test_an_english_first_release_since_a_later_year_is_local_not_the_series():
    text = ("Belarus frees 16 political prisoners\n"
            "Belarus freed 16 political prisoners on Thursday, the first release since May 2025.\n")
    assert run(text, "2025-11-20").round_ordinal is None


def test_guard_an_ordinal_since_the_summer_of_2024_numbers_the_series():
    text = ("Лукашенко помиловал 16 человек\n"
            "Сегодня Лукашенко помиловал 16 политзаключенных. Это восьмое помилование с лета 2024 года.\n")
    assert run(text, "2025-11-20").round_ordinal == 8


def test_guard_the_ninth_group_since_july_2024_numbers_the_series():
    text = ("Belarus frees 16 political prisoners\n"
            "Belarus freed 16 political prisoners on Thursday, the ninth group since July 2024.\n")
    assert run(text, "2025-11-20").round_ordinal == 9


def test_guard_a_lacinka_ordinal_time_beside_its_release_verb_numbers_the_round():
    text = ("Łukašenka pamiłavaŭ 16 čałaviek\n"
            "Łukašenka ŭžo dziaviaty raz z lipienia pamiłoŭvaje palitviaźniaŭ: siońnia na volu vyjšli 16.\n")
    assert run(text, "2025-11-20").round_ordinal == 9


# pardoned: "X and six more" is the named person and the others.


def test_a_belarusian_name_and_six_more_in_collective_numerals_is_seven():
    text = ("Мікалай Статкевіч і яшчэ шасцёра палітвязьняў на волі\n"
            "Сёньня ў Беларусі вызвалілі Мікалая Статкевіча і яшчэ шасьцярых палітвязьняў. Праваабаронцы ведаюць "
            "прынамсі пра сем вызваленых.\n")
    assert run(text, "2025-11-20").pardoned == 7


def test_a_russian_name_and_six_more_is_seven():
    text = ("В Беларуси освобождены Николай Статкевич и еще шестеро политзаключенных\n"
            "Сегодня в Беларуси вышли на свободу Николай Статкевич и еще шестеро политзаключенных.\n")
    assert run(text, "2025-11-20").pardoned == 7


def test_a_ukrainian_name_and_six_more_is_seven():
    text = ("У Білорусі звільнили Миколу Статкевича і ще шістьох політв'язнів\n"
            "Сьогодні в Білорусі звільнили Миколу Статкевича та ще шестеро політв'язнів.\n")
    assert run(text, "2025-11-20").pardoned == 7


def test_a_ukrainian_headline_of_citizens_and_priests_is_the_round_told_in_parts():
    text = ("Лукашенко помилував 18 громадян України та трьох священників\n"
            "Лукашенко помилував 18 засуджених громадян України на прохання Києва. Їх передали Україні.\n"
            "Також на прохання Ватикану було помилувано трьох священників.\n")
    assert run(text, "2025-11-23").pardoned == 21


def test_an_english_headline_of_foreigners_and_priests_is_the_round_told_in_parts():
    text = ("Belarus pardons 18 foreign nationals and three priests\n"
            "Lukashenko pardoned 18 convicted citizens of Ukraine on Sunday at Kyiv's request.\n"
            "At the Vatican's request, three Catholic priests were also pardoned.\n")
    assert run(text, "2025-11-23").pardoned == 21


# cumulative_released: a running total "with this decree", also inside a quotation.


def test_a_russian_quoted_total_with_this_decree_is_the_running_total():
    text = ("Лукашенко помиловал 14 человек\n"
            "Вчера Лукашенко помиловал 14 осужденных. «С учетом этого указа на свободу вышли 412 человек», — "
            "написали в «Вясне».\n")
    report = run(text, "2025-12-31")
    assert (report.pardoned, report.cumulative_released.value) == (14, 412)


def test_a_belarusian_quoted_total_with_this_decree_is_the_running_total():
    text = ("Лукашэнка памілаваў 14 чалавек\n"
            "Учора Лукашэнка памілаваў 14 асуджаных. «З улікам гэтага ўказа на волю выйшлі 412 чалавек», — "
            "напісалі ў «Вясне».\n")
    report = run(text, "2025-12-31")
    assert (report.pardoned, report.cumulative_released.value) == (14, 412)


# is_pardon_report: a speech's year of pardons, an opinion piece.


def test_a_belarusian_speech_about_a_year_of_pardons_is_no_report():
    text = ("Лукашэнка: памілаванне — гэта жэст гуманізму\n"
            "Кіраўнік дзяржавы адзначыў, што за апошні год памілавана амаль 300 чалавек. «Мы і далей будзем "
            "разглядаць прашэнні», — сказаў Аляксандр Лукашэнка на нарадзе ў Мінску.\n")
    assert run(text, "2025-10-21").is_pardon_report is False


def test_a_belarusian_speech_about_a_year_of_pardons_gives_a_running_total():
    text = ("Лукашэнка: памілаванне — гэта жэст гуманізму\n"
            "Кіраўнік дзяржавы адзначыў, што за апошні год памілавана амаль 300 чалавек.\n")
    total = run(text, "2025-10-21").cumulative_released
    assert (total.value, total.qualifier) == (300, "nearly")


def test_an_english_speech_about_a_year_of_pardons_is_no_report():
    text = ("Lukashenko: pardons are an act of humanism\n"
            "The head of state noted that nearly 300 people had been pardoned in Belarus over the past year.\n")
    assert run(text, "2025-10-21").is_pardon_report is False


def test_a_russian_speech_about_a_year_of_pardons_is_no_report():
    text = ("Лукашенко: помилование — акт гуманизма\n"
            "Глава государства отметил, что за последний год в Беларуси помилованы почти 300 человек.\n")
    assert run(text, "2025-10-21").is_pardon_report is False


def test_a_ukrainian_speech_about_a_year_of_pardons_is_no_report():
    text = ("Лукашенко: помилування — акт гуманізму\n"
            "Глава держави зазначив, що за останній рік у Білорусі помилувано майже 300 людей.\n")
    assert run(text, "2025-10-21").is_pardon_report is False


def test_a_ukrainian_column_in_the_authors_voice_is_no_report():
    text = ("Звільнення 52 політв'язнів: торг, а не відлига\n"
            "Олена Петренко, політична оглядачка\n"
            "У четвер Лукашенко звільнив 52 політв'язнів, яких вивезли до Литви. На мою думку, це не ознака "
            "лібералізації. Я вважаю, що диктатор просто торгує людьми в обмін на послаблення санкцій.\n")
    assert run(text, "2025-09-13").is_pardon_report is False


def test_a_russian_column_in_the_authors_voice_is_no_report():
    text = ("Освобождение 52 политзаключенных: торг, а не оттепель\n"
            "В четверг Лукашенко освободил 52 политзаключенных, их вывезли в Литву. На мой взгляд, это не признак "
            "либерализации. Я считаю, что режим просто торгует людьми.\n")
    assert run(text, "2025-09-13").is_pardon_report is False


def test_an_english_column_in_the_authors_voice_is_no_report():
    text = ("Why the release of 52 Belarusian prisoners changes nothing\n"
            "On Thursday Lukashenko freed 52 political prisoners, who were driven to Lithuania. In my view, this is "
            "no sign of a thaw. I believe the regime is simply trading people for sanctions relief.\n")
    assert run(text, "2025-09-13").is_pardon_report is False


def test_a_lacinka_column_in_the_authors_voice_is_no_report():
    text = ("Vyzvalennie 52 palitviaźniaŭ: handal, a nie adliha\n"
            "U čaćvier Łukašenka vyzvaliŭ 52 palitviaźniaŭ, ich vyvieźli ŭ Litvu. Na maju dumku, heta nie prykmieta "
            "libieralizacyi. Ja liču, što režym prosta handluje ludźmi.\n")
    assert run(text, "2025-09-13").is_pardon_report is False


def test_a_ukrainian_monthly_figure_told_again_without_a_day_is_no_report():
    text = ("«Вясна»: у жовтні в Білорусі звільнили 24 політв'язнів, але визнали ще 38\n"
            "Кількість політв'язнів у Білорусі на кінець жовтня становила 1 150 осіб.\n"
            "Водночас на волю вийшли 24 особи. Указів про помилування у жовтні не оприлюднювали.\n")
    assert run(text, "2025-11-04").is_pardon_report is False


def test_a_russian_monthly_figure_told_again_without_a_day_is_no_report():
    text = ("«Весна»: в октябре в Беларуси освободили 24 политзаключенных, но признали еще 38\n"
            "Число политзаключенных в Беларуси на конец октября составило 1 150 человек.\n"
            "При этом на свободу вышли 24 человека. Указов о помиловании в октябре не публиковали.\n")
    assert run(text, "2025-11-04").is_pardon_report is False


def test_guard_a_round_told_today_and_recalled_later_is_still_the_report():
    text = ("Belarus frees 24 political prisoners\n"
            "Belarus freed 24 political prisoners on Monday, Viasna said.\n"
            "Earlier this year, 24 people were also released in March.\n")
    assert run(text, "2025-11-04").pardoned == 24


def test_a_ukrainian_release_after_serving_the_full_sentence_is_no_pardon():
    text = ("Хто з білоруських політв'язнів вийшов на волю\n"
            "Сьогодні в Білорусі на волю вийшли 12 політв'язнів після повного відбуття покарання.\n")
    assert run(text, "2025-11-04").pardoned is None


def test_a_lacinka_pardon_written_without_the_hard_l_is_read():
    text = ("Łukašenka pamilavaŭ jašče 31 palitviaźnia\n"
            "Alaksandr Łukašenka padpisaŭ ukaz ab pamilavańni 31 asudžanaha. Pra heta siońnia paviedamiła jaho "
            "pres-słužba.\n")
    assert run(text, "2024-11-07").pardoned == 31


def test_a_belarusian_second_pardon_of_a_month_is_local_not_the_series():
    text = ("Лукашэнка памілаваў 15 чалавек\n"
            "У пятніцу Лукашэнка памілаваў 15 асуджаных. Гэта другое памілаваньне за студзень.\n")
    assert run(text, "2025-01-24").round_ordinal is None


def test_a_russian_second_pardon_of_a_month_is_local_not_the_series():
    text = ("Лукашенко помиловал 15 человек\n"
            "В пятницу Лукашенко помиловал 15 осужденных. Это второе помилование за январь.\n")
    assert run(text, "2025-01-24").round_ordinal is None


def test_a_ukrainian_second_pardon_of_a_month_is_local_not_the_series():
    text = ("Лукашенко помилував 15 осіб\n"
            "У п'ятницю Лукашенко помилував 15 засуджених. Це друге помилування за січень.\n")
    assert run(text, "2025-01-24").round_ordinal is None


# political_prisoners: a number in words.


def test_an_english_dozen_political_prisoners_remaining_is_twelve_at_least():
    text = ("Belarus frees 16 political prisoners\n"
            "Belarus freed 16 political prisoners on Thursday. At least a dozen political prisoners remain in "
            "solitary confinement, Viasna says.\n")
    count = run(text, "2025-11-20").political_prisoners
    assert (count.value, count.qualifier) == (12, "at_least")


def test_a_russian_round_of_a_dozen_and_a_half_is_fifteen():
    text = ("Лукашенко помиловал полтора десятка человек\n"
            "В Беларуси сегодня помиловали полтора десятка политзаключенных.\n")
    assert run(text, "2025-11-20").pardoned == 15


def test_a_belarusian_round_of_a_dozen_and_a_half_is_fifteen():
    text = ("Лукашэнка памілаваў паўтара дзясятка палітвязняў\n"
            "Сёння ў Беларусі на волю выйшлі паўтара дзясятка палітвязняў.\n")
    assert run(text, "2025-11-20").pardoned == 15


def test_a_ukrainian_round_of_a_dozen_and_a_half_is_fifteen():
    text = ("Лукашенко помилував півтора десятка політв'язнів\n"
            "Сьогодні в Білорусі звільнили півтора десятка політв'язнів.\n")
    assert run(text, "2025-11-20").pardoned == 15


def test_guard_hundreds_of_political_prisoners_is_no_figure():
    text = ("Лукашенко помиловал 16 человек\n"
            "Сегодня Лукашенко помиловал 16 политзаключенных. В тюрьмах остаются сотни политзаключенных.\n")
    assert run(text, "2025-11-20").political_prisoners is None



# is_pardon_report: a chronology that opens with the latest round is an explainer.


def test_a_russian_chronology_opening_with_the_latest_round_is_no_report():
    text = ("Кого и когда освободили из белорусских тюрем с 2024 года\n"
            "13 декабря на свободу вышли 123 человека. Рассказываем обо всех этапах.\n"
            "3 июля 2024 года на свободу вышли 18 человек.\n"
            "16 сентября 2024 года помилованы 37 человек.\n"
            "11 сентября 2025 года освобождены 52 человека, их вывезли в Литву.\n")
    assert run(text, "2025-12-15").is_pardon_report is False


def test_an_english_chronology_opening_with_the_latest_round_is_no_report():
    text = ("Who was freed in Belarus and when\n"
            "On December 13, 123 people were released. Here is every round since 2024.\n"
            "On July 3, 2024, 18 people were freed.\n"
            "On September 16, 2024, 37 people were pardoned.\n"
            "On September 11, 2025, 52 people were released and driven to Lithuania.\n")
    assert run(text, "2025-12-15").is_pardon_report is False


def test_a_ukrainian_chronology_opening_with_the_latest_round_names_no_round():
    text = ("Кого і коли звільнили з білоруських в'язниць\n"
            "13 грудня на волю вийшли 123 людини, серед них Марія Колеснікова. Розповідаємо про всі етапи.\n"
            "3 липня 2024 року на волю вийшли 18 людей.\n"
            "16 вересня 2024 року помилували 37 людей.\n"
            "11 вересня 2025 року звільнили 52 людини, їх вивезли до Литви.\n")
    report = run(text, "2025-12-15")
    assert (report.is_pardon_report, report.pardoned) == (False, None)


def test_a_belarusian_chronology_opening_with_the_latest_round_is_no_report():
    text = ("Каго і калі вызвалілі з беларускіх турмаў\n"
            "13 снежня на волю выйшлі 123 чалавекі. Распавядаем пра ўсе этапы.\n"
            "3 ліпеня 2024 года на волю выйшлі 18 чалавек.\n"
            "16 верасня 2024 года памілавалі 37 чалавек.\n"
            "11 верасня 2025 года вызвалілі 52 чалавекі, іх вывезлі ў Літву.\n")
    assert run(text, "2025-12-15").is_pardon_report is False


def test_guard_a_report_recalling_one_dated_round_is_still_a_report():
    text = ("Belarus frees 123 political prisoners\n"
            "On Saturday, 123 people were released in Belarus, Viasna said.\n"
            "On September 11, 52 people were released and driven to Lithuania.\n")
    assert run(text, "2025-12-15").pardoned == 123


# is_pardon_report: a month's statistic told in the headline without its month.


def test_a_ukrainian_headline_figure_the_body_gives_for_the_month_is_no_report():
    text = ("У Білорусі звільнили 19 політв'язнів, ще 23 визнали\n"
            "За місяць у Білорусі звільнили 19 політв'язнів, а ще 23 людей правозахисники визнали політв'язнями, "
            "повідомляє «Вясна».\n")
    assert run(text, "2025-02-03").is_pardon_report is False


def test_a_lacinka_headline_figure_the_body_gives_for_the_month_is_no_report():
    text = ("Vyzvalili 19 palitviaźniaŭ, jašče 23 pryznali\n"
            "Pavodle źviestak «Viasny», za studzień u Biełarusi vyzvalili 19 palitviaźniaŭ, a jašče 23 čałavieki "
            "pryznali palitviaźniami.\n")
    assert run(text, "2025-02-03").is_pardon_report is False


def test_a_russian_headline_figure_the_body_gives_for_the_month_is_no_report():
    text = ("В Беларуси освободили 19 политзаключенных, еще 23 признали\n"
            "За январь в Беларуси освободили 19 политзаключенных, а еще 23 человека правозащитники признали "
            "политзаключенными.\n")
    assert run(text, "2025-02-03").is_pardon_report is False


def test_an_english_month_of_releases_and_recognitions_is_no_report():
    text = ("Belarus: 19 political prisoners released, 23 more recognised\n"
            "During the month, 19 political prisoners were released in Belarus and 23 more people were recognised "
            "as political prisoners, Viasna said.\n")
    assert run(text, "2025-02-03").is_pardon_report is False


def test_guard_a_ukrainian_pardon_a_week_before_the_election_is_a_round_not_a_period():
    text = ("Лукашенко за тиждень до «виборів» помилував ще 23 політв'язнів\n"
            "Лукашенко в суботу помилував 23 людини, засуджених за «екстремізм».\n")
    assert run(text, "2025-01-19").pardoned == 23


def test_guard_a_russian_pardon_a_week_before_the_election_is_a_round_not_a_period():
    text = ("Лукашенко за неделю до «выборов» помиловал еще 23 политзаключенных\n"
            "В субботу в Беларуси на свободу вышли 23 человека.\n")
    assert run(text, "2025-01-19").pardoned == 23


def test_a_russian_count_recognised_beside_the_released_is_no_part_of_the_round():
    text = ("В Беларуси освободили 19 политзаключенных\n"
            "В понедельник 19 политзаключенных освободили в Беларуси и еще 23 человека признали политзаключенными.\n")
    assert run(text, "2025-02-03").pardoned == 19


def test_guard_a_place_before_and_more_names_no_one():
    text = ("В Беларуси освободили политзаключенных\n"
            "В понедельник освободили политзаключенных в Минске и еще 23 человека в регионах.\n")
    assert run(text, "2025-02-03").pardoned == 23


# pardoned: two people the lead names as freed, with no other topic word than "на волю".


def test_a_belarusian_lead_freeing_two_named_people_is_a_report_of_two():
    text = ("На волі Статкевіч і Лосік\n"
            "Мікалай Статкевіч і Ігар Лосік выйшлі на волю ў аўторак, паведамілі іх родныя. Абодва гады правялі "
            "ў адзіночках у Беларусі.\n")
    report = run(text, "2025-11-20")
    assert (report.is_pardon_report, report.pardoned) == (True, 2)


# Misses of the blind batch_04, by class, in our own sentences.


def test_a_belarusian_eve_of_christmas_names_no_day():
    text = ("Лукашэнка напярэдадні Каляд памілаваў дваццаць чалавек\n"
            "Аляксандр Лукашэнка ў суботу памілаваў дваццаць асуджаных.\n")
    assert str(run(text, "2024-12-21").event_date) == "2024-12-21"


def test_a_russian_eve_of_christmas_names_no_day():
    text = ("Лукашенко накануне Рождества помиловал 20 человек\n"
            "Александр Лукашенко в субботу помиловал 20 осужденных.\n")
    assert str(run(text, "2024-12-21").event_date) == "2024-12-21"


def test_a_ukrainian_first_release_since_a_year_before_the_series_is_no_ordinal():
    text = ("У Білорусі звільнили 18 політв'язнів\n"
            "Сьогодні в Білорусі звільнили 18 політв'язнів. Це перше з 2020 року звільнення групи політв'язнів.\n")
    assert run(text, "2024-07-04").round_ordinal is None


def test_russian_thousands_in_words_are_no_prisoner_count():
    text = ("Лукашенко помиловал 16 человек\n"
            "Сегодня Лукашенко помиловал 16 человек. Статьи об экстремизме, по которым в Беларуси после 2020 года "
            "осудили тысячи человек, в указ не вошли. Сейчас, по данным «Вясны», в Беларуси почти 1 400 "
            "политзаключенных.\n")
    count = run(text, "2025-11-20").political_prisoners
    assert (count.value, count.qualifier) == (1400, "nearly")


def test_guard_more_than_a_thousand_in_words_is_a_figure():
    text = ("Лукашенко помиловал 16 человек\n"
            "Сегодня Лукашенко помиловал 16 политзаключенных. За решеткой остаются более тысячи политзаключенных.\n")
    count = run(text, "2025-11-20").political_prisoners
    assert (count.value, count.qualifier) == (1000, "over")


def test_a_russian_prisoner_count_after_despite_the_pardons_is_no_round():
    text = ("Лукашенко помиловал 29 человек\n"
            "В понедельник Лукашенко помиловал 29 осужденных. По данным «Вясны», несмотря на помилования, в Беларуси "
            "по-прежнему более 1 250 политзаключенных.\n")
    count = run(text, "2025-11-20").political_prisoners
    assert (count.value, count.qualifier) == (1250, "over")


def test_a_belarusian_count_still_in_prisons_is_the_prisoner_count():
    text = ("Лукашэнка памілаваў 16 чалавек\n"
            "Сёння Лукашэнка памілаваў 16 палітвязняў. — Бо ў турмах яшчэ больш за тысячу палітвязняў, і пра "
            "кожнага трэба памятаць.\n")
    count = run(text, "2025-11-20").political_prisoners
    assert (count.value, count.qualifier) == (1000, "over")


def test_an_english_list_that_includes_political_prisoners_is_the_count():
    text = ("Belarus frees 16 prisoners\n"
            "Belarus freed 16 political prisoners on Thursday. With the new additions, Viasna's list now includes "
            "1,180 political prisoners.\n")
    assert run(text, "2025-11-20").political_prisoners.value == 1180


def test_an_english_headline_opened_by_an_opinion_label_is_no_report():
    text = ("Opinion: Why the release of 52 Belarusian prisoners changes nothing\n"
            "On Thursday Lukashenko freed 52 political prisoners, who were driven to Lithuania. The regime trades "
            "people for sanctions relief.\n")
    assert run(text, "2025-09-13").is_pardon_report is False


def test_a_russian_headline_opened_by_an_opinion_label_is_no_report():
    text = ("Мнение | Почему освобождение 52 политзаключенных ничего не меняет\n"
            "В четверг Лукашенко освободил 52 политзаключенных, их вывезли в Литву. Режим торгует людьми.\n")
    assert run(text, "2025-09-13").is_pardon_report is False


def test_a_belarusian_headline_opened_by_an_opinion_label_is_no_report():
    text = ("Меркаванне: чаму вызваленне 52 палітвязняў нічога не мяняе\n"
            "У чацвер Лукашэнка вызваліў 52 палітвязні, іх вывезлі ў Літву. Рэжым гандлюе людзьмі.\n")
    assert run(text, "2025-09-13").is_pardon_report is False


def test_a_ukrainian_headline_opened_by_an_opinion_label_is_no_report():
    text = ("Думка: чому звільнення 52 політв'язнів нічого не змінює\n"
            "У четвер Лукашенко звільнив 52 політв'язнів, їх вивезли до Литви. Режим торгує людьми.\n")
    assert run(text, "2025-09-13").is_pardon_report is False
