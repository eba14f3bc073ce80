"""Figures of the twelfth round of issue #12: the round's size, day, ordinal and make-up, and the standing count of
political prisoners, by the classes of the figure misses of `blind13`, `blind14` and `blind15`.

The sentences are our own, in English, Russian, Belarusian (incl. Łacinka) and Ukrainian; each test fails on the
extractor before this round.
"""

import datetime as dt

import pytest

from tests.extract.helpers import run

# A make-up count in a feminine or oblique case of "one" ("в однієї людини — інвалідність") is a count.


@pytest.mark.parametrize("text", [
    "Лукашенко помилував 18 засуджених\nСеред помилуваних — десять жінок. Двоє мають хронічні захворювання, ще в "
    "однієї людини — інвалідність.\n",
    "Лукашенко помилував 18 засуджених\nСеред помилуваних — десять жінок. В однієї людини — інвалідність, двоє "
    "старші за 50 років.\n",
    "Лукашенко помилував 18 засуджених\nСеред помилуваних — десять жінок, однією з них є людина з інвалідністю. У "
    "однієї помилуваної — інвалідність.\n",
])
def test_one_in_a_feminine_case_counts_the_disabled(text):
    assert run(text, "2025-07-02").disabled == 1


# The standing count told by "were considered" or "лічыліся" (Russian and Ukrainian read it already).


@pytest.mark.parametrize(("text", "lang"), [
    ("Monthly review\nAs of 30 September, 1,179 people were considered political prisoners.\n", None),
    ("Monthly review\nAt the end of September 1,179 people were considered political prisoners.\n", None),
    ("Агляд за месяц\nНа канец месяца 1179 чалавек лічыліся палітвязнямі.\n", "be"),
    ("Агляд за месяц\nПа выніках месяца 1179 чалавек лічыліся палітвязнямі.\n", "be"),
])
def test_people_considered_political_prisoners_are_the_standing_count(text, lang):
    count = run(text, "2025-10-01", lang).political_prisoners
    assert (count.value, count.qualifier) == (1179, "exact")


# A figure after a month that can be neither its day nor its year counts people ("на 30 сентября 1179 человек").


@pytest.mark.parametrize(("text", "lang"), [
    ("Monthly review\nAs of September 30 1,179 people were considered political prisoners.\n", None),
    ("Обзор за сентябрь\nПо состоянию на 30 сентября 1179 человек находились в заключении как политзаключенные.\n",
     None),
    ("Агляд за верасень\nПа стане на 30 верасня 1179 чалавек заставаліся палітвязнямі.\n", "be"),
    ("Огляд за вересень\nСтаном на 30 вересня 1179 людей залишалися політв'язнями.\n", None),
])
def test_a_count_right_after_a_day_of_the_month_is_a_count(text, lang):
    assert run(text, "2025-10-01", lang).political_prisoners.value == 1179


# The country with a word of the present before a count of political prisoners holds them.


@pytest.mark.parametrize(("text", "lang"), [
    ("Belarus pardons 32\nLukashenko pardoned 32 people on Wednesday. According to Viasna, the country currently "
     "has 1,275 political prisoners.\n", None),
    ("Лукашенко помиловал 32 человека\nВ среду Лукашенко помиловал 32 человека. По данным «Вясны», в стране на данный "
     "момент 1 275 политзаключенных.\n", None),
    ("Лукашэнка памілаваў 32 чалавекі\nУ сераду Лукашэнка памілаваў 32 чалавекі. Паводле «Вясны», у краіне на "
     "дадзены момант 1 275 палітвязняў.\n", "be"),
    ("Лукашенко помилував 32 людини\nУ середу Лукашенко помилував 32 людини. За даними «Вясни», у країні наразі "
     "1 275 політичних в'язнів.\n", None),
])
def test_the_country_now_holding_political_prisoners_is_the_standing_count(text, lang):
    assert run(text, "2024-11-20", lang).political_prisoners.value == 1275


def test_a_count_of_a_year_ago_yields_to_the_count_of_the_present():
    text = ("Як Лукашенко звільняв політв'язнів у 2025 році\nРік тому кількість політв'язнів у Білорусі перевищувала "
            "1200. За даними «Вясни», наприкінці року за ґратами залишаються понад 1100 людей.\n")
    count = run(text, "2025-12-29").political_prisoners
    assert (count.value, count.qualifier) == (1100, "over")


# A group told in parts in the headline and lead ("31 citizens and two priests") is the round the quote's total
# ("33 people are free") states: the round is reported, not only quoted.


@pytest.mark.parametrize(("text", "lang"), [
    ("Білорусь передала Україні 31 громадянина та двох священників\nСьогодні на кордоні Україні передали 31 "
     "громадянина, яких помилував Лукашенко.\n\n«Загалом на свободі 33 людини», — йдеться в повідомленні штабу.\n",
     None),
    ("Беларусь передала Украине 31 гражданина и двух священников\nСегодня на границе Украине передали 31 гражданина, "
     "которых помиловал Лукашенко.\n\n«Всего на свободе 33 человека», — говорится в сообщении штаба.\n", None),
    ("Беларусь перадала Украіне 31 грамадзяніна і двух святароў\nСёння на мяжы Украіне перадалі 31 грамадзяніна, "
     "якіх памілаваў Лукашэнка.\n\n«Усяго на волі 33 чалавекі», — гаворыцца ў паведамленні штаба.\n", "be"),
])
def test_a_group_told_in_parts_reports_the_round_a_quote_totals(text, lang):
    report = run(text, "2025-11-22", lang)
    assert (report.is_pardon_report, report.pardoned, report.event_date) == (True, 33, dt.date(2025, 11, 22))


# Belarusian "выйшаў на свабоду" tells a release: its day dates the round told in the next paragraph.


@pytest.mark.parametrize("text", [
    "Сяргей Ціханоўскі на свабодзе\nСяргей Ціханоўскі выйшаў на свабоду ў суботу пасля візіту амерыканскага "
    "пасланца.\n\nУсяго вызваленыя 14 чалавек: пяць грамадзян Беларусі і дзевяць замежнікаў.\n",
    "Siarhiej Cichanoŭski na svabodzie\nSiarhiej Cichanoŭski vyjšaŭ na svabodu ŭ subotu paśla vizytu amierykanskaha "
    "pasłanca.\n\nUsiaho vyzvalenyja 14 čałaviek: piać hramadzian Biełarusi i dzieviać zamiežnikaŭ.\n",
    "Тры палітвязні на свабодзе\nУ суботу на свабоду выйшлі тры палітвязні.\n\nУсяго вызваленыя 14 чалавек, сярод "
    "іх дзевяць замежнікаў.\n",
])
def test_walked_free_in_belarusian_dates_the_round(text):
    assert run(text, "2025-06-21").event_date == dt.date(2025, 6, 21)


# An ordinal's noun after the span it counts over ("восьмая с июля прошлого года группа") numbers the round.


@pytest.mark.parametrize(("text", "lang"), [
    ("Лукашенко помиловал 23 человека\nЛукашенко в субботу помиловал 23 человека. Это уже восьмая с июля прошлого "
     "года группа помилованных.\n", None),
    ("Лукашэнка памілаваў 23 чалавекі\nЛукашэнка ў суботу памілаваў 23 чалавекі. Гэта ўжо восьмая з ліпеня "
     "мінулага года група памілаваных.\n", "be"),
    ("Лукашенко помилував 23 людей\nЛукашенко в суботу помилував 23 людей. Це вже восьма з липня минулого року "
     "група помилуваних.\n", None),
])
def test_an_ordinal_before_its_span_and_noun_numbers_the_round(text, lang):
    assert run(text, "2025-01-18", lang).round_ordinal == 8


# In 2024 "this summer" or "this year" spans the whole series: the pardons began that summer.


@pytest.mark.parametrize(("text", "lang"), [
    ("Belarus frees 30 prisoners\nLukashenko pardoned 30 people today. It is the second group freed this summer.\n",
     None),
    ("Лукашенко помиловал 30 человек\nЛукашенко сегодня помиловал 30 человек. Это уже второе помилование в этом "
     "году.\n", None),
    ("Лукашэнка памілаваў 30 чалавек\nЛукашэнка сёння памілаваў 30 чалавек. Гэта ўжо другое памілаванне ў гэтым "
     "годзе.\n", "be"),
    ("Лукашенко помилував 30 людей\nЛукашенко сьогодні помилував 30 людей. Це вже друге помилування цього року.\n",
     None),
])
def test_this_summer_of_2024_counts_the_whole_series(text, lang):
    assert run(text, "2024-08-16", lang).round_ordinal == 2


@pytest.mark.parametrize("text", [
    "Lukashenko pardons 25\nLukashenko pardoned 25 people on Tuesday. It is the second release in less than a week.\n",
    "Lukashenko pardons 25\nLukashenko pardoned 25 people on Tuesday. This is the third group freed in under a month.\n",
])
def test_an_ordinal_within_less_than_a_week_is_local(text):
    assert run(text, "2025-09-17").round_ordinal is None


# Named people freed in the lead: the next paragraph's act ("They crossed into Lithuania on Wednesday") dates it.


@pytest.mark.parametrize(("text", "lang"), [
    ("Belarus frees journalist Andrey Kuznechyk and Alena Maushuk\nBelarus has released journalist Andrey Kuznechyk "
     "and Alena Maushuk after contacts with the new U.S. administration.\n\nThey crossed into Lithuania on "
     "Wednesday, a U.S. official said.\n", None),
    ("Беларусь освободила журналиста Андрея Кузнечика и Елену Мовшук\nБеларусь освободила журналиста Андрея "
     "Кузнечика и Елену Мовшук после контактов с новой администрацией США.\n\nОни пересекли границу с Литвой в "
     "среду, сообщил американский чиновник.\n", None),
    ("Беларусь вызваліла журналіста Андрэя Кузьнечыка і Алену Маўшук\nБеларусь вызваліла журналіста Андрэя "
     "Кузьнечыка і Алену Маўшук пасля кантактаў з новай адміністрацыяй ЗША.\n\nЯны перасеклі мяжу з Літвой у "
     "сераду, паведаміў амерыканскі чыноўнік.\n", "be"),
    ("Білорусь звільнила журналіста Андрія Кузнечика та Олену Мовшук\nБілорусь звільнила журналіста Андрія "
     "Кузнечика та Олену Мовшук після контактів з новою адміністрацією США.\n\nВони перетнули кордон з Литвою в "
     "середу, повідомив американський посадовець.\n", None),
])
def test_crossing_the_border_in_the_next_paragraph_dates_a_named_release(text, lang):
    assert run(text, "2025-02-12", lang).event_date == dt.date(2025, 2, 12)


# The group the next paragraph's act counts ("The three crossed into Lithuania") is the round, an unnamed person too.


@pytest.mark.parametrize(("text", "lang"), [
    ("Belarus frees journalist Andrey Kuznechyk and Alena Maushuk\nBelarus has released journalist Andrey Kuznechyk, a "
     "U.S. citizen whose name was not made public, and Alena Maushuk.\n\nThe three crossed into Lithuania on "
     "Wednesday, a U.S. official said.\n", None),
    ("Беларусь освободила журналиста Андрея Кузнечика и Елену Мовшук\nБеларусь освободила журналиста Андрея "
     "Кузнечика, гражданина США, чье имя не называется, и Елену Мовшук.\n\nВсе трое пересекли границу с Литвой в "
     "среду, сообщил американский чиновник.\n", None),
    ("Беларусь вызваліла журналіста Андрэя Кузьнечыка і Алену Маўшук\nБеларусь вызваліла журналіста Андрэя "
     "Кузьнечыка, грамадзяніна ЗША, чыё імя не называецца, і Алену Маўшук.\n\nУсе трое перасеклі мяжу з Літвой у "
     "сераду, паведаміў амерыканскі чыноўнік.\n", "be"),
    ("Білорусь звільнила журналіста Андрія Кузнечика та Олену Мовшук\nБілорусь звільнила журналіста Андрія "
     "Кузнечика, громадянина США, ім'я якого не називається, та Олену Мовшук.\n\nУсі троє перетнули кордон з Литвою "
     "в середу, повідомив американський посадовець.\n", None),
])
def test_the_group_that_crossed_the_border_is_the_round(text, lang):
    assert run(text, "2025-02-12", lang).pardoned == 3
