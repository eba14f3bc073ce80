"""Figures of the fourteenth round of issue #12 (the misses of the blind22–23 study corpora, and the last of
blind18–21, by mechanism): a first release after years of none, an ordinal told only in a spokeswoman's quote, a
standing count after the arrests' own clause, a masthead's source field, a trait told before the count of those who
have it, a possessive between a count and its people, a running total that has passed a mark, a Telegram post that
names Belarus only by its rights group or towns, prisoners of war returned through Belarus, prisoners taken out of the
colonies, and a profile written a year after a release.

Each case is a short article of our own, in English, Russian, Belarusian or Ukrainian, with every contract figure a
reader takes from it; a field not given is null (and the page no report). Every batch holds a case that must not move:
the rule's other side.
"""

import pytest

from tests.extract.helpers import expected_figures, figures_of

# "The first such release in almost four years", told while the series was opening (July–August 2024): the first
# release after a gap of years is the series' round one. Later, or with no gap of years, a first is a novelty.
FIRST_AFTER_YEARS = [
    pytest.param(
        '2024-07-03', None,
        'Belarus frees 18 prisoners\n'
        'Lukashenko pardoned 18 people on Wednesday. It was the first such release of political prisoners in almost '
        'four years, activists said.\n',
        dict(report=True, date='2024-07-03', pardoned=18, ordinal=1), id='a1_en_first_in_four_years'),
    pytest.param(
        '2024-07-03', None,
        'Лукашенко помиловал 18 человек\n'
        'В среду Лукашенко помиловал 18 осужденных. Это первое за почти четыре года освобождение политзаключенных.\n',
        dict(report=True, date='2024-07-03', pardoned=18, ordinal=1), id='a2_ru_first_in_four_years'),
    pytest.param(
        '2024-07-03', None,
        'Лукашэнка памілаваў 18 чалавек\n'
        'У сераду Лукашэнка памілаваў 18 асуджаных. Гэта першае амаль за чатыры гады вызваленне палітвязняў.\n',
        dict(report=True, date='2024-07-03', pardoned=18, ordinal=1), id='a3_be_first_in_four_years'),
    pytest.param(
        '2024-07-03', None,
        'Лукашенко помилував 18 людей\n'
        'У середу Лукашенко помилував 18 засуджених. Це перше майже за чотири роки звільнення політв\'язнів.\n',
        dict(report=True, date='2024-07-03', pardoned=18, ordinal=1), id='a4_uk_first_in_four_years'),
    pytest.param(
        '2024-07-03', None,
        'Лукашенко помиловал 18 человек\n'
        'В среду Лукашенко впервые за четыре года помиловал политзаключенных: на свободу вышли 18 человек.\n',
        dict(report=True, date='2024-07-03', pardoned=18, ordinal=1), id='a5_ru_first_time_in_four_years'),
    pytest.param(
        '2025-05-14', None,
        'Belarus frees a US citizen\n'
        'Belarus freed 3 prisoners on Wednesday, among them a US citizen. It was the first such release of an American '
        'in four years.\n',
        dict(report=True, date='2025-05-14', pardoned=3), id='a6_en_first_in_years_later_is_no_ordinal'),
    pytest.param(
        '2024-07-03', None,
        'Belarus frees 18 prisoners\n'
        'Lukashenko pardoned 18 people on Wednesday. It was the first such release in Belarus.\n',
        dict(report=True, date='2024-07-03', pardoned=18), id='a7_en_first_such_without_a_gap_is_no_ordinal'),
]

# The round's ordinal told only in a quote of the pardoner's spokeswoman: the article's own words come first, the quote
# numbers the round when they do not.
QUOTED_ORDINAL = [
    pytest.param(
        '2024-09-16', None,
        'Лукашенко помиловал 30 осужденных\n'
        'В понедельник Лукашенко помиловал 30 человек.\n'
        '«Это уже пятое решение о помиловании с начала лета», — сказала пресс-секретарь.\n',
        dict(report=True, date='2024-09-16', pardoned=30, ordinal=5), id='b1_ru_quoted_fifth'),
    pytest.param(
        '2024-09-16', None,
        'Lukashenko pardons 30\n'
        'Lukashenko pardoned 30 people on Monday.\n'
        '"This is already the fifth pardon decision since the summer," his spokeswoman said.\n',
        dict(report=True, date='2024-09-16', pardoned=30, ordinal=5), id='b2_en_quoted_fifth'),
    pytest.param(
        '2024-09-16', None,
        'Лукашэнка памілаваў 30 асуджаных\n'
        'У панядзелак Лукашэнка памілаваў 30 чалавек.\n'
        '«Гэта ўжо пятае рашэнне аб памілаванні з пачатку лета», — сказала прэс-сакратарка.\n',
        dict(report=True, date='2024-09-16', pardoned=30, ordinal=5), id='b3_be_quoted_fifth'),
    pytest.param(
        '2024-09-16', None,
        'Лукашенко помилував 30 засуджених\n'
        'У понеділок Лукашенко помилував 30 людей.\n'
        '«Це вже п\'яте рішення про помилування з початку літа», — сказала речниця.\n',
        dict(report=True, date='2024-09-16', pardoned=30, ordinal=5), id='b4_uk_quoted_fifth'),
    pytest.param(
        '2024-09-16', None,
        'Lukashenko pardons 30\n'
        'Lukashenko pardoned 30 people on Monday.\n'
        '"It is the second time I have been jailed," one of them said.\n',
        dict(report=True, date='2024-09-16', pardoned=30), id='b5_en_quoted_second_time_jailed_is_no_ordinal'),
    pytest.param(
        '2024-09-16', None,
        'Lukashenko pardons 30\n'
        'Lukashenko pardoned 30 people on Monday.\n'
        '"This is not the first pardon," a spokeswoman said.\n',
        dict(report=True, date='2024-09-16', pardoned=30), id='b6_en_quoted_negated_first_is_no_ordinal'),
]

# "Arrests go on and about 1,150 political prisoners remain behind bars": the arrests are the clause before the
# conjunction; the count has a holding verb of its own. An arrest that is the count's own verb still counts no one held.
HELD_AFTER_ARRESTS = [
    pytest.param(
        '2025-09-12', None,
        'Belarus frees 52 prisoners\n'
        'Belarus freed 52 prisoners on Friday.\n'
        'Viasna said arrests go on and about 1,150 political prisoners remain behind bars.\n',
        dict(report=True, date='2025-09-12', pardoned=52, pp=(1150, 'about')), id='c1_en_arrests_go_on_and_held'),
    pytest.param(
        '2025-09-12', None,
        'Беларусь освободила 52 заключенных\n'
        'В пятницу Беларусь освободила 52 заключенных.\n'
        'По данным «Вясны», задержания продолжаются и около 1150 политзаключенных остаются за решеткой.\n',
        dict(report=True, date='2025-09-12', pardoned=52, pp=(1150, 'about')), id='c2_ru_arrests_go_on_and_held'),
    pytest.param(
        '2025-09-12', None,
        'Беларусь вызваліла 52 вязні\n'
        'У пятніцу Беларусь вызваліла 52 вязні.\n'
        'Паводле «Вясны», затрыманні працягваюцца і каля 1150 палітвязняў застаюцца за кратамі.\n',
        dict(report=True, date='2025-09-12', pardoned=52, pp=(1150, 'about')), id='c3_be_arrests_go_on_and_held'),
    pytest.param(
        '2025-09-12', None,
        'Білорусь звільнила 52 в\'язнів\n'
        'У пʼятницю Білорусь звільнила 52 в\'язнів.\n'
        'Затримання тривають і близько 1150 політв\'язнів залишаються за ґратами.\n',
        dict(report=True, date='2025-09-12', pardoned=52, pp=(1150, 'about')), id='c4_uk_arrests_go_on_and_held'),
    pytest.param(
        '2025-09-12', None,
        'Belarus frees 52 prisoners\n'
        'Belarus freed 52 prisoners on Friday.\n'
        'In March police detained 15 political prisoners who remain in custody.\n',
        dict(report=True, date='2025-09-12', pardoned=52), id='c5_en_arrested_count_is_no_standing_count'),
]

# "Source: Belarus news digest | 2 July 2025": a field labelled as the page's source names the outlet; a review word in
# it labels no page a review. A review label in a field of its own still does.
SOURCE_FIELD = [
    pytest.param(
        '2025-07-02', None,
        'Lukashenko pardons 16\n'
        'Source: Minsk weekly digest | 2 July 2025, 18:05 | Tags: Belarus, pardons\n'
        'Lukashenko pardoned 16 people on Wednesday, his press office said.\n',
        dict(report=True, date='2025-07-02', pardoned=16), id='d1_en_source_digest'),
    pytest.param(
        '2025-07-02', None,
        'Лукашенко помиловал 16 человек\n'
        'Источник: обзор белорусских новостей | 2 июля 2025, 18:05\n'
        'В среду Лукашенко помиловал 16 осужденных, сообщила пресс-служба.\n',
        dict(report=True, date='2025-07-02', pardoned=16), id='d2_ru_source_obzor'),
    pytest.param(
        '2025-07-02', None,
        'Лукашэнка памілаваў 16 чалавек\n'
        'Крыніца: штотыднёвы агляд навін | 2 ліпеня 2025, 18:05\n'
        'У сераду Лукашэнка памілаваў 16 асуджаных, паведаміла прэс-служба.\n',
        dict(report=True, date='2025-07-02', pardoned=16), id='d3_be_source_agliad'),
    pytest.param(
        '2025-07-02', None,
        'Лукашенко помилував 16 людей\n'
        'Джерело: дайджест білоруських новин | 2 липня 2025, 18:05\n'
        'У середу Лукашенко помилував 16 засуджених, повідомила пресслужба.\n',
        dict(report=True, date='2025-07-02', pardoned=16), id='d4_uk_source_digest'),
    pytest.param(
        '2025-07-02', None,
        'Lukashenko pardons 16\n'
        'Digest | 2 July 2025, 18:05 | Tags: Belarus, pardons\n'
        'Lukashenko pardoned 16 people on Wednesday, his press office said.\n',
        dict(), id='d5_en_digest_field_of_its_own_is_a_review'),
]

# "Among those pardoned are people with disabilities — there are three of them": the trait told first, then, past a
# dash or colon, how many have it. Two traits before the dash make the count the whole group's, no trait's.
TRAIT_THEN_COUNT = [
    pytest.param(
        '2024-12-10', None,
        'Лукашенко помиловал 29 человек\n'
        'Во вторник Лукашенко помиловал 29 осужденных. Кроме того, среди помилованных есть люди с инвалидностью — '
        'их трое.\n',
        dict(report=True, date='2024-12-10', pardoned=29, disabled=3), id='e1_ru_disabled_their_number'),
    pytest.param(
        '2024-12-10', None,
        'Lukashenko pardons 29\n'
        'Lukashenko pardoned 29 people on Tuesday. Among those freed are people with disabilities — there are three of '
        'them.\n',
        dict(report=True, date='2024-12-10', pardoned=29, disabled=3), id='e2_en_disabled_there_are_three'),
    pytest.param(
        '2024-12-10', None,
        'Лукашенко помилував 29 людей\n'
        'У вівторок Лукашенко помилував 29 засуджених. Серед звільнених є люди з інвалідністю: їх троє.\n',
        dict(report=True, date='2024-12-10', pardoned=29, disabled=3), id='e3_uk_disabled_colon'),
    pytest.param(
        '2024-12-10', None,
        'Лукашэнка памілаваў 29 чалавек\n'
        'У аўторак Лукашэнка памілаваў 29 асуджаных. Сярод вызваленых ёсць людзі з хранічнымі хваробамі — іх '
        'сямёра.\n',
        dict(report=True, date='2024-12-10', pardoned=29, ill=7), id='e4_be_chronic_their_number'),
    pytest.param(
        '2024-12-10', None,
        'Lukashenko pardons 29\n'
        'Lukashenko pardoned 29 people on Tuesday. Among those freed were women and pensioners — 29 people in all.\n',
        dict(report=True, date='2024-12-10', pardoned=29), id='e5_en_two_traits_count_the_whole'),
]

# "больш за тысячу нашых людзей за кратамі": a possessive between a count and its people still counts them.
POSSESSIVE_PEOPLE = [
    pytest.param(
        '2025-03-25', None,
        'Шэсце ў Вільні\n'
        'Некалькі тысяч чалавек прайшлі па горадзе.\n'
        '«Больш за тысячу нашых людзей яшчэ за кратамі», — сказала адна з арганізатарак.\n',
        dict(pp=(1000, 'over')), id='f1_be_our_people_behind_bars'),
    pytest.param(
        '2025-03-25', None,
        'Марш в Вильнюсе\n'
        'Несколько тысяч человек прошли по городу.\n'
        '«Больше тысячи наших людей до сих пор за решеткой», — сказала одна из организаторок.\n',
        dict(pp=(1000, 'over')), id='f2_ru_our_people_behind_bars'),
    pytest.param(
        '2025-03-25', None,
        'Марш у Вільнюсі\n'
        'Кілька тисяч людей пройшли містом.\n'
        '«Понад тисяча наших людей досі за ґратами», — сказала одна з організаторок.\n',
        dict(pp=(1000, 'over')), id='f3_uk_our_people_behind_bars'),
    pytest.param(
        '2025-03-25', None,
        'Марш в Вильнюсе\n'
        'Несколько тысяч человек прошли по городу.\n'
        'В марте милиция задержала 30 наших людей за флаг.\n',
        dict(), id='f4_ru_our_people_detained_is_no_count'),
]

# "the total number released has now passed 270": a running total that has passed a mark, over it.
PASSED_A_MARK = [
    pytest.param(
        '2025-02-26', None,
        'Lukashenko pardons 16\n'
        'Lukashenko pardoned 16 people on Wednesday.\n'
        'Rights groups say the total number released has now passed 270.\n',
        dict(report=True, date='2025-02-26', pardoned=16, cum=(270, 'over')), id='g1_en_passed'),
    pytest.param(
        '2025-02-26', None,
        'Лукашенко помиловал 16 человек\n'
        'В среду Лукашенко помиловал 16 человек.\n'
        'По данным правозащитников, общее число освобожденных перешагнуло 270.\n',
        dict(report=True, date='2025-02-26', pardoned=16, cum=(270, 'over')), id='g2_ru_pereshagnulo'),
    pytest.param(
        '2025-02-26', None,
        'Лукашэнка памілаваў 16 чалавек\n'
        'У сераду Лукашэнка памілаваў 16 чалавек.\n'
        'Паводле праваабаронцаў, агульная колькасць вызваленых перасягнула 270.\n',
        dict(report=True, date='2025-02-26', pardoned=16, cum=(270, 'over')), id='g3_be_perasiahnula'),
    pytest.param(
        '2025-02-26', None,
        'Лукашенко помилував 16 людей\n'
        'У середу Лукашенко помилував 16 людей.\n'
        'За даними правозахисників, загальна кількість звільнених перейшла за 270.\n',
        dict(report=True, date='2025-02-26', pardoned=16, cum=(270, 'over')), id='g4_uk_pereishla_za'),
    pytest.param(
        '2025-02-26', None,
        'Lukashenko pardons 16\n'
        'Lukashenko pardoned 16 people on Wednesday.\n'
        'The bus with the freed passed 270 kilometres of road before the border.\n',
        dict(report=True, date='2025-02-26', pardoned=16), id='g5_en_passed_kilometres_is_no_total'),
]

# A Telegram post of a Belarusian outlet need not name the country: its rights group ("Вясна") or its towns do.
BELARUS_BY_ITS_OWN = [
    pytest.param(
        '2025-04-04', None,
        'Новости\n'
        'Сегодня помилованы и вышли на свободу еще четверо политзаключенных. Как сообщает «Вясна», среди них активист '
        'из Гродно.\n',
        dict(report=True, date='2025-04-04', pardoned=4), id='h1_ru_viasna_and_hrodna'),
    pytest.param(
        '2025-04-04', None,
        'News\n'
        'Four more political prisoners were pardoned and walked free today, Viasna said. One of them is an activist '
        'from Homel.\n',
        dict(report=True, date='2025-04-04', pardoned=4), id='h2_en_viasna_and_homel'),
    pytest.param(
        '2025-04-04', None,
        'Новини\n'
        'Сьогодні помилували й звільнили ще чотирьох політв\'язнів, повідомляє «Вясна». Серед них активіст із '
        'Гомеля.\n',
        dict(report=True, date='2025-04-04', pardoned=4), id='h3_uk_viasna_and_homel'),
    pytest.param(
        '2025-04-04', None,
        'Новости\n'
        'Сегодня помилованы и вышли на свободу еще четверо политзаключенных в Грузии.\n',
        dict(date='2025-04-04', pardoned=4), id='h4_ru_another_country_is_no_report'),
]

# Prisoners of war returned to Ukraine in an exchange held on the Belarusian border free no political prisoners of
# Belarus; the office for prisoners of war announcing Belarus's own transfer of civilians does not make it one.
WAR_CAPTIVES = [
    pytest.param(
        '2025-08-14', None,
        'Україна повернула додому 60 захисників\n'
        'Україна повернула з російського полону 60 людей. Обмін відбувся на кордоні з Білоруссю.\n',
        dict(), id='i1_uk_from_russian_captivity'),
    pytest.param(
        '2025-08-14', None,
        'Украина вернула домой 60 человек\n'
        'Из российского плена вернулись 60 украинцев, обмен прошел на белорусско-украинской границе.\n',
        dict(), id='i2_ru_from_russian_captivity'),
    pytest.param(
        '2025-08-14', None,
        'Ukraine brings home 60\n'
        'Sixty prisoners of war returned to Ukraine on Thursday in an exchange held on the border with Belarus.\n',
        dict(), id='i3_en_prisoners_of_war'),
    pytest.param(
        '2025-08-14', None,
        'Украіна вярнула 60 чалавек\n'
        'З расійскага палону вярнуліся 60 украінцаў, абмен прайшоў на беларуска-ўкраінскай мяжы.\n',
        dict(), id='i4_be_from_russian_captivity'),
    pytest.param(
        '2025-11-22', None,
        'Білорусь звільнила 31 українця\n'
        'Білорусь передала Україні 31 громадянина в суботу, повідомив Координаційний штаб з питань поводження з '
        'військовополоненими.\n',
        dict(report=True, date='2025-11-22', pardoned=31), id='i5_uk_office_for_prisoners_of_war_announces'),
]

# "52 prisoners were taken out of Belarusian colonies and driven to the border": moved out of prison, freed; moved out
# of one prison into another, not.
TAKEN_OUT_OF_PRISON = [
    pytest.param(
        '2025-09-12', None,
        'Five faces of the day\n'
        'Forty prisoners were taken out of Belarusian colonies on Thursday and bussed under escort to the border with '
        'Lithuania.\n',
        dict(report=True, date='2025-09-11', pardoned=40), id='j1_en_taken_out_of_colonies'),
    pytest.param(
        '2025-09-12', None,
        'Пять лиц дня\n'
        'В четверг 40 заключенных вывезли из белорусских колоний и под конвоем доставили к литовской границе.\n',
        dict(report=True, date='2025-09-11', pardoned=40), id='j2_ru_vyvezli_iz_kolonij'),
    pytest.param(
        '2025-09-12', None,
        'Пяць твараў дня\n'
        'У чацвер 40 вязняў вывезлі з беларускіх калоній і пад канвоем даставілі да літоўскай мяжы.\n',
        dict(report=True, date='2025-09-11', pardoned=40), id='j3_be_vyvezli_z_kalonij'),
    pytest.param(
        '2025-09-12', None,
        'П\'ять облич дня\n'
        'У четвер 40 в\'язнів вивезли з білоруських колоній і під конвоєм доставили до литовського кордону.\n',
        dict(report=True, date='2025-09-11', pardoned=40), id='j4_uk_vyvezly_z_kolonij'),
    pytest.param(
        '2025-09-12', None,
        'News of the day\n'
        'Forty prisoners were taken out of the colony in Hlybokaje on Thursday and moved to a prison in Mahilyow.\n',
        dict(), id='j5_en_moved_to_another_prison'),
    pytest.param(
        '2025-09-12', None,
        'Новини дня\n'
        'У четвер 40 в\'язнів вивезли з колонії в Глибокому й перевели до в\'язниці в Могильові.\n',
        dict(), id='j6_uk_moved_to_another_prison'),
]

# "Ihar Karnei, one year after his release": a later story of a person freed long ago; no one freed is its news.
LONG_AFTER = [
    pytest.param(
        '2026-06-20', None,
        'Ihar Karnei, one year after his release\n'
        'The journalist is back at work in Vilnius.\n'
        'He was released together with Siarhei Tsikhanouski, whom he met on the bus.\n',
        dict(), id='k1_en_one_year_after'),
    pytest.param(
        '2026-06-20', None,
        'Ігар Карней праз год пасля вызвалення\n'
        'Журналіст зноў працуе ў Вільні.\n'
        'Яго вызвалілі разам з Сяргеем Ціханоўскім, з якім ён пазнаёміўся ў аўтобусе.\n',
        dict(), id='k2_be_a_year_after'),
    pytest.param(
        '2026-06-20', None,
        'Игорь Карней через полгода после освобождения\n'
        'Журналист снова работает в Вильнюсе.\n'
        'Его освободили вместе с Сергеем Тихановским, с которым он познакомился в автобусе.\n',
        dict(), id='k3_ru_half_a_year_after'),
    pytest.param(
        '2026-06-20', None,
        'Belarus frees journalist Ihar Karnei\n'
        'The journalist Ihar Karnei was freed on Friday and crossed into Lithuania, his sister said.\n',
        dict(report=True, date='2026-06-19'), id='k4_en_freed_this_week_is_news'),
]


@pytest.mark.parametrize("published,lang,text,expected",
                         FIRST_AFTER_YEARS + QUOTED_ORDINAL + HELD_AFTER_ARRESTS + SOURCE_FIELD + TRAIT_THEN_COUNT
                         + POSSESSIVE_PEOPLE + PASSED_A_MARK + BELARUS_BY_ITS_OWN + WAR_CAPTIVES + TAKEN_OUT_OF_PRISON
                         + LONG_AFTER)
def test_figures(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)
