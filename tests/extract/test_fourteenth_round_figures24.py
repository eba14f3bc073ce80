"""Figures of the fourteenth round of issue #12, from the blind24–25 study corpora, by mechanism: a standing count
dated by the releases it follows, a running total of releases told as "freed this way", a part of a round whose whole
is told in words, an ordinal counted since a time "last year", a make-up told "this time" after another round's story,
and a profile of a man freed "ten months ago".

Each case is a short article of our own, in English, Russian, Belarusian or Ukrainian, with every contract figure a
reader takes from it; a field not given is null (and the page no report). Every batch holds the rule's other side.
"""

import pytest

from tests.extract.helpers import expected_figures, figures_of

# "Viasna put the number of political prisoners at 1,159 after Thursday's releases": a release after "after" dates the
# standing count, it does not release the people counted.
COUNT_AFTER_RELEASES = [
    pytest.param(
        '2025-09-12', None,
        'Prisoners: the count\n'
        'Viasna put the number of political prisoners in Belarus at 1,159 after Thursday\'s releases.\n',
        dict(pp=(1159, 'exact')), id='a1_en_put_at_after_releases'),
    pytest.param(
        '2025-09-12', None,
        'Сколько осталось\n'
        'Число политзаключенных в Беларуси после освобождений в четверг составляет 1159.\n',
        dict(pp=(1159, 'exact')), id='a2_ru_after_releases_stands_at'),
    pytest.param(
        '2025-09-12', None,
        'Колькі засталося\n'
        'Колькасць палітвязняў у Беларусі пасля вызвалення ў чацвер складае 1159.\n',
        dict(pp=(1159, 'exact')), id='a3_be_after_release_stands_at'),
    pytest.param(
        '2025-09-12', None,
        'Скільки лишилося\n'
        'Кількість політв\'язнів у Білорусі після звільнення в четвер становить 1159.\n',
        dict(pp=(1159, 'exact')), id='a4_uk_after_release_stands_at'),
    # The other side: the release is the count's own, not a time.
    pytest.param(
        '2025-09-12', None,
        'Freed on Thursday\n'
        'On Thursday 52 political prisoners were released, Viasna said.\n',
        dict(report=True, date='2025-09-11', pardoned=52), id='a5_en_release_is_the_counts_own'),
]

# "More than 250 political prisoners have been freed this way": a count that sums up a way of releasing told before is
# the running total, not a round; with a day of its own it stays the round.
FREED_THIS_WAY = [
    pytest.param(
        '2025-03-10', None,
        'The bus from the colony\n'
        'Every few weeks since last July a bus leaves a colony with a few dozen people on board. By Viasna\'s count, '
        'more than 250 political prisoners have been freed this way.\n',
        dict(cum=(250, 'over')), id='b1_en_freed_this_way'),
    pytest.param(
        '2025-03-10', None,
        'Автобус из колонии\n'
        'Раз в несколько недель из колонии выезжает автобус. Таким путём на свободу вышли уже более 250 '
        'политзаключенных.\n',
        dict(cum=(250, 'over')), id='b2_ru_takim_putem'),
    pytest.param(
        '2025-03-10', None,
        'Аўтобус з калоніі\n'
        'Раз у некалькі тыдняў з калоніі выязджае аўтобус. Такім шляхам на волю выйшлі больш за 250 палітвязняў.\n',
        dict(cum=(250, 'over')), id='b3_be_takim_shlyakham'),
    pytest.param(
        '2025-03-10', None,
        'Автобус з колонії\n'
        'Кожні кілька тижнів з колонії виїжджає автобус. У такий спосіб звільнили понад 250 політв\'язнів.\n',
        dict(cum=(250, 'over')), id='b4_uk_u_takyi_sposib'),
    pytest.param(
        '2025-03-10', None,
        'Another decree\n'
        'Lukashenko signed a decree on Friday. On Friday 20 political prisoners were freed this way.\n',
        dict(report=True, date='2025-03-07', pardoned=20), id='b5_en_this_way_with_its_own_day'),
]

# "Five of the sixteen are women": the whole a part is taken from, told in words (or past a dash), is the round.
PART_OF_A_WHOLE_IN_WORDS = [
    pytest.param(
        '2025-04-25', None,
        'Sixteen more freed\n'
        'Lukashenko pardoned 16 people on Wednesday. Four of the sixteen are women.\n',
        dict(report=True, date='2025-04-23', pardoned=16, women=4), id='c1_en_of_the_sixteen'),
    pytest.param(
        '2025-04-25', None,
        'Ещё шестнадцать\n'
        'Лукашенко помиловал 16 человек в среду. Пятеро из шестнадцати — женщины.\n',
        dict(report=True, date='2025-04-23', pardoned=16, women=5), id='c2_ru_iz_shestnadtsati'),
    pytest.param(
        '2025-04-25', None,
        'Яшчэ шаснаццаць\n'
        'Лукашэнка памілаваў 16 чалавек у сераду. Пяцёра з шаснаццаці — жанчыны.\n',
        dict(report=True, date='2025-04-23', pardoned=16, women=5), id='c3_be_z_shasnatstsatsi'),
    pytest.param(
        '2025-04-25', None,
        'Ще шістнадцять\n'
        'Лукашенко помилував 16 осіб у середу. П\'ятеро із шістнадцяти — жінки.\n',
        dict(report=True, date='2025-04-23', pardoned=16, women=5), id='c4_uk_iz_shistnadtsiaty'),
    pytest.param(
        '2025-04-25', None,
        'Ещё шестнадцать\n'
        'Лукашенко помиловал 16 человек в среду. Пятеро из 16 — женщины.\n',
        dict(report=True, date='2025-04-23', pardoned=16, women=5), id='c5_ru_whole_in_digits_past_a_dash'),
    pytest.param(
        '2025-04-25', None,
        'Ещё шестнадцать\n'
        'Лукашенко помиловал 16 человек в среду. Пятеро из шестнадцати — жители Минска.\n',
        dict(report=True, date='2025-04-23', pardoned=16), id='c6_ru_part_with_no_trait'),
]

# "the 13th group release since July last year": a past time inside the span tells when the count began; "the first
# round last year" is still an earlier round.
SINCE_LAST_YEAR = [
    pytest.param(
        '2025-04-25', None,
        'Sixteen more freed\n'
        'Belarus pardoned 16 people on Wednesday. Viasna said this was the 13th group release since July last year.\n',
        dict(report=True, date='2025-04-23', pardoned=16, ordinal=13), id='d1_en_since_july_last_year'),
    pytest.param(
        '2025-04-25', None,
        'Sixteen more freed\n'
        'Belarus pardoned 16 people on Wednesday. It is the 13th release since the pardons began last year.\n',
        dict(report=True, date='2025-04-23', pardoned=16, ordinal=13), id='d2_en_since_they_began_last_year'),
    pytest.param(
        '2025-04-25', None,
        'Ще шістнадцять\n'
        'Лукашенко помилував 16 осіб у середу. Це тринадцяте звільнення відтоді, як помилування почалися торік.\n',
        dict(report=True, date='2025-04-23', pardoned=16, ordinal=13), id='d3_uk_since_they_began_torik'),
    pytest.param(
        '2025-04-25', None,
        'Яшчэ шаснаццаць\n'
        'Лукашэнка памілаваў 16 чалавек у сераду. Гэта трынаццатае вызваленне з ліпеня летась.\n',
        dict(report=True, date='2025-04-23', pardoned=16, ordinal=13), id='d4_be_z_lipenia_letas'),
    pytest.param(
        '2025-04-25', None,
        'Sixteen more freed\n'
        'Belarus pardoned 16 people on Wednesday. In the first round last year, 18 were freed.\n',
        dict(report=True, date='2025-04-23', pardoned=16), id='d5_en_first_round_last_year_is_past'),
]

@pytest.mark.parametrize("published,lang,text,expected",
                         COUNT_AFTER_RELEASES + FREED_THIS_WAY + PART_OF_A_WHOLE_IN_WORDS + SINCE_LAST_YEAR)
def test_figures(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "The first group, of 18, was freed in July. This time 8 women and 22 men were freed": past another round's story,
# "this time" brings the make-up back to the main round; without it, the women are the other round's.
MAKEUP_THIS_TIME = [
    pytest.param(
        '2024-08-17', None,
        'Lukashenko pardons 30\n'
        'Lukashenko pardoned 30 people on Friday. It is the second group: the first, of 18 people, was freed on July 3. '
        'This time 8 women and 22 men were freed.\n',
        dict(report=True, date='2024-08-16', pardoned=30, women=8, men=22, ordinal=2), id='f1_en_this_time'),
    pytest.param(
        '2024-08-17', None,
        'Лукашенко помиловал 30\n'
        'Лукашенко в пятницу помиловал 30 человек. Это вторая группа: первую, из 18 человек, освободили 3 июля. Среди '
        'освобожденных на этот раз 8 женщин и 22 мужчины.\n',
        dict(report=True, date='2024-08-16', pardoned=30, women=8, men=22, ordinal=2), id='f2_ru_na_etot_raz'),
    pytest.param(
        '2024-08-17', None,
        'Лукашэнка памілаваў 30\n'
        'Лукашэнка ў пятніцу памілаваў 30 чалавек. Гэта другая група: першую, з 18 чалавек, вызвалілі 3 ліпеня. Гэтым '
        'разам на волю выйшлі 8 жанчын і 22 мужчыны.\n',
        dict(report=True, date='2024-08-16', pardoned=30, women=8, men=22, ordinal=2), id='f3_be_hetym_razam'),
    pytest.param(
        '2024-08-17', None,
        'Лукашенко помилував 30\n'
        'Лукашенко в п\'ятницю помилував 30 людей. Це друга група: першу, з 18 осіб, звільнили 3 липня. Цього разу на '
        'волю вийшли 8 жінок і 22 чоловіки.\n',
        dict(report=True, date='2024-08-16', pardoned=30, women=8, men=22, ordinal=2), id='f4_uk_tsoho_razu'),
    pytest.param(
        '2024-08-17', None,
        'Lukashenko pardons 30\n'
        'Lukashenko pardoned 30 people on Friday. It is the second group: the first, of 18 people, was freed on July 3. '
        'That group included 5 women.\n',
        dict(report=True, date='2024-08-16', pardoned=30, ordinal=2), id='f5_en_the_other_rounds_women'),
]


@pytest.mark.parametrize("published,lang,text,expected", MAKEUP_THIS_TIME)
def test_makeup_told_this_time(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "Десять місяців тому ... вивезли з колонії": a release told months ago, under a headline quote of the freed man, is
# the background of a profile (Ukrainian's lemma view keeps "місяців" as written); a release told today is news.
MONTHS_AGO = [
    pytest.param(
        '2026-10-08', None,
        'Алесь Біляцький: «Я вийшов, а робота лишилася»\n\n'
        'Десять місяців тому нобелівського лауреата Алеся Біляцького вивезли з білоруської колонії до Литви. Відтоді '
        'він щодня приходить до вільнюського офісу «Вясни».\n',
        dict(), id='g1_uk_ten_months_ago'),
    pytest.param(
        '2026-10-08', None,
        'Алесь Біляцький: «Я вийшов, а робота лишилася»\n\n'
        'Пів року тому нобелівського лауреата Алеся Біляцького вивезли з білоруської колонії до Литви. Відтоді він '
        'щодня приходить до вільнюського офісу «Вясни».\n',
        dict(), id='g2_uk_half_a_year_ago'),
    pytest.param(
        '2026-10-08', None,
        'Ales Bialiatski: “I walked out, but the work stayed”\n\n'
        'Ten months ago the Nobel laureate Ales Bialiatski was taken out of a Belarusian colony to Lithuania. Since then '
        'he has come to the Viasna office in Vilnius almost every day.\n',
        dict(), id='g3_en_ten_months_ago'),
    pytest.param(
        '2026-10-08', None,
        'Алесь Бяляцкі: «Я выйшаў, а праца засталася»\n\n'
        'Дзесяць месяцаў таму нобелеўскага лаўрэата Алеся Бяляцкага вывезлі з калоніі ў Літву. З таго часу ён амаль '
        'штодня прыходзіць у віленскі офіс «Вясны».\n',
        dict(), id='g4_be_ten_months_ago'),
]


@pytest.mark.parametrize("published,lang,text,expected", MONTHS_AGO)
def test_a_release_months_ago_is_no_report(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "X spent three years in a colony. In June he was driven to the border with the other freed": the sentence after the
# one that frees X dates the release as past, so the page (an interview, a profile) reports no release; dated today,
# it does.
RELEASE_DATED_NEXT = [
    pytest.param(
        '2025-08-05', None,
        'An interview with a freed political prisoner\n\n'
        'Andrei Kachanovich, an engineer from Homiel, spent three years in a colony. In June he was driven to the border '
        'with other freed prisoners. He now lives in Vilnius.\n',
        dict(), id='h1_en_in_june_he_was_driven'),
    pytest.param(
        '2025-08-05', None,
        'Интервью с освобожденным политзаключенным\n\n'
        'Андрей Качанович, инженер из Гомеля, провел в колонии три года. В мае его вывезли на границу вместе с другими '
        'освобожденными. Теперь он живет в Вильнюсе.\n',
        dict(), id='h2_ru_v_mae_ego_vyvezli'),
    pytest.param(
        '2025-08-05', None,
        'Інтерв\'ю зі звільненим політв\'язнем\n\n'
        'Андрій Качанович, інженер з Гомеля, провів у колонії три роки. У травні його вивезли на кордон разом з іншими '
        'звільненими. Тепер він живе у Вільнюсі.\n',
        dict(), id='h3_uk_u_travni'),
    pytest.param(
        '2025-08-05', None,
        'Інтэрв\'ю з вызваленым палітвязнем\n\n'
        'Андрэй Качановіч, інжынер з Гомеля, правёў у калоніі тры гады. У траўні яго вывезлі на мяжу разам з іншымі '
        'вызваленымі. Цяпер ён жыве ў Вільні.\n',
        dict(), id='h4_be_u_trauni'),
    pytest.param(
        '2025-08-05', None,
        'Andrei Kachanovich freed\n\n'
        'Andrei Kachanovich, an engineer from Homiel, was freed on Monday. He was driven to the border with other freed '
        'prisoners this morning.\n',
        dict(report=True, date='2025-08-04'), id='h5_en_freed_today'),
]


@pytest.mark.parametrize("published,lang,text,expected", RELEASE_DATED_NEXT)
def test_a_release_dated_in_the_next_sentence(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "40 политзаключенных перевели в тюрьму": people moved from one prison to another are no count of those held; the
# prisoners "in prisons and colonies" with no move still are.
MOVED_BETWEEN_PRISONS = [
    pytest.param(
        '2025-06-10', None,
        'Заключенных перевели\n'
        'В понедельник 40 политзаключенных вывезли из колонии в Гомеле и перевели в тюрьму в Могилеве.\n',
        dict(), id='i1_ru_vyvezli_i_pereveli'),
    pytest.param(
        '2025-06-10', None,
        'Вязняў перавялі\n'
        'У панядзелак 40 палітвязняў перавялі з калоніі ў Гомелі ў турму ў Магілёве.\n',
        dict(), id='i2_be_peravyali'),
    pytest.param(
        '2025-06-10', None,
        'В\'язнів перевели\n'
        'У понеділок 40 політв\'язнів перевели з колонії в Гомелі до в\'язниці в Могильові.\n',
        dict(), id='i3_uk_pereveli'),
    pytest.param(
        '2025-06-10', None,
        'Prisoners moved\n'
        'On Monday 40 political prisoners were moved from a colony in Homiel to a prison in Mahilyow.\n',
        dict(), id='i4_en_moved'),
    pytest.param(
        '2025-06-10', None,
        'Колькі ў турмах\n'
        'Паводле «Вясны», 1150 палітвязняў знаходзяцца ў турмах і калоніях.\n',
        dict(pp=(1150, 'exact')), id='i5_be_held_with_no_move'),
]


@pytest.mark.parametrize("published,lang,text,expected", MOVED_BETWEEN_PRISONS)
def test_moved_between_prisons_is_no_count(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "Belarus frees 40 more political prisoners. A chronology": a chronology label after the news of a release (in the
# headline or the lead) heads the news' background; a chronology or a month "in numbers" with no news before it is
# still an explainer that reports no round.
CHRONOLOGY_AFTER_THE_NEWS = [
    pytest.param(
        '2026-03-20', None,
        'Belarus frees 40 more political prisoners. A chronology\n\n'
        'On Thursday, March 19, Lukashenko pardoned 40 people convicted on political charges. Nine of them are women, '
        'Viasna said.\n\n'
        'CHRONOLOGY\n'
        '3 July 2024 — the first pardon: 18 seriously ill political prisoners.\n'
        '16 August 2024 — 30 people.\n'
        '21 June 2025 — 14 people.\n'
        '19 March 2026 — 40 people.\n',
        dict(report=True, date='2026-03-19', pardoned=40, women=9), id='j1_en_news_then_chronology'),
    pytest.param(
        '2026-03-20', None,
        'Беларусь освободила еще 40 политзаключенных. Хронология\n\n'
        'В четверг, 19 марта, Лукашенко помиловал 40 человек, осужденных по политическим статьям. Среди них 9 '
        'женщин, сообщила «Вясна».\n\n'
        'ХРОНОЛОГИЯ\n'
        '3 июля 2024 — первое помилование: 18 тяжелобольных политзаключенных.\n'
        '16 августа 2024 — 30 человек.\n'
        '21 июня 2025 — 14 человек.\n'
        '19 марта 2026 — 40 человек.\n',
        dict(report=True, date='2026-03-19', pardoned=40, women=9), id='j2_ru_news_then_chronology'),
    pytest.param(
        '2026-03-20', None,
        'Білорусь звільнила ще 40 політв\'язнів. Хронологія «помилувань»\n\n'
        'У четвер, 19 березня, Лукашенко помилував 40 людей, засуджених за політичними статтями. Серед них 9 жінок, '
        'повідомила «Вясна».\n\n'
        'ХРОНОЛОГІЯ\n'
        '3 липня 2024 — перше помилування: 18 тяжкохворих політв\'язнів.\n'
        '16 серпня 2024 — 30 людей.\n'
        '21 червня 2025 — 14 людей.\n'
        '19 березня 2026 — 40 людей.\n',
        dict(report=True, date='2026-03-19', pardoned=40, women=9), id='j3_uk_news_then_chronology'),
    pytest.param(
        '2026-03-20', None,
        'Хронология помилований Лукашенко\n\n'
        '3 июля 2024 — первое помилование: 18 тяжелобольных политзаключенных.\n'
        '16 августа 2024 — 30 человек.\n'
        '21 июня 2025 — 14 человек.\n'
        '19 марта 2026 — 40 человек.\n',
        dict(), id='j4_ru_a_chronology_alone'),
    pytest.param(
        '2026-03-20', None,
        'Травень у лічбах: 51 новы палітвязень, 34 вызваленыя\n\n'
        'У траўні на волю выйшлі 34 палітвязні, паведаміла «Вясна».\n',
        dict(), id='j5_be_a_month_in_numbers'),
]


@pytest.mark.parametrize("published,lang,text,expected", CHRONOLOGY_AFTER_THE_NEWS)
def test_a_chronology_after_the_news(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)
