"""Figures of the fifteenth round of issue #12, from the blind26–29 study corpora, by mechanism: a table row whose
figure is hedged, a total that "stands at" a hedged figure, the people still held told after the people freed, a prison
that holds the count as a country does, an English release verb split by its object ("let ... go"), two traits of
the round told in one sentence, each by its own count, an ordinal counted after the July round, a count that adds a
group freed on an earlier day, a total whose other part is told after it, a count "in that time" after the series'
span, and a first meeting with reporters "a week after her release", which reports no release.

Each case is a short article of our own, in English, Russian, Belarusian or Ukrainian, with every contract figure a
reader takes from it; a field not given is null (and the page no report). Every batch holds the rule's other side.
"""

import pytest

from tests.extract.helpers import expected_figures, figures_of, run

# "Freed since July 2024: over 270": the hedge belongs to the figure; the label before the colon still says what
# the row counts.
HEDGED_TABLE_ROW = [
    pytest.param(
        '2025-04-10', None,
        'Weekly bulletin\n'
        'NUMBERS\n'
        '- Freed by pardon since July 2024: more than 270\n',
        dict(cum=(270, 'over')), id='a1_en_freed_since_july_more_than'),
    pytest.param(
        '2025-04-10', None,
        'Сводка недели\n'
        'ЦИФРЫ\n'
        'Освобождено по помилованию с июля 2024 года: более 270\n',
        dict(cum=(270, 'over')), id='a2_ru_osvobozhdeno_bolee'),
    pytest.param(
        '2025-04-10', None,
        'Зводка тыдня\n'
        'ЛІЧБЫ\n'
        'Вызвалена праз памілаванне з ліпеня 2024 года: больш за 270\n',
        dict(cum=(270, 'over')), id='a3_be_vyzvalena_bolsh_za'),
    pytest.param(
        '2025-04-10', None,
        'Зведення тижня\n'
        'ЦИФРИ\n'
        'Звільнено через помилування з липня 2024 року: понад 270\n',
        dict(cum=(270, 'over')), id='a4_uk_zvilneno_ponad'),
    # The other side: a hedged row of the people held is the standing count, not the releases.
    pytest.param(
        '2025-04-10', None,
        'Weekly bulletin\n'
        'NUMBERS\n'
        '- Political prisoners held in Belarus: about 1,150\n',
        dict(pp=(1150, 'about')), id='a5_en_held_row_is_the_standing_count'),
]


@pytest.mark.parametrize(("published", "lang", "text", "expected"), HEDGED_TABLE_ROW)
def test_a_hedged_table_row_keeps_its_label(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "the count of those released since July now stands at more than 340": between the verb that reaches the total and the
# figure stands a hedge, and the figure is still the running total.
TOTAL_STANDS_AT_A_HEDGE = [
    pytest.param(
        '2025-09-11', None,
        'Where things stand\n'
        'According to the rights group, the count of those released since July 2024 now stands at more than 340.\n',
        dict(cum=(340, 'over')), id='b1_en_stands_at_more_than'),
    pytest.param(
        '2025-09-11', None,
        'Итоги года\n'
        'По данным «Вясны», число освобождённых с июля 2024 года теперь составляет более 350.\n',
        dict(cum=(350, 'over')), id='b2_ru_sostavlyaet_bolee'),
    pytest.param(
        '2025-09-11', None,
        'Вынікі году\n'
        'Колькасць вызваленых з ліпеня 2024 года, паводле «Вясны», дасягнула больш за 350.\n',
        dict(cum=(350, 'over')), id='b3_be_dasiahnula_bolsh_za'),
    pytest.param(
        '2025-09-11', None,
        'Підсумки року\n'
        'Кількість звільнених з липня 2024 року, за даними «Вясни», становить понад 350.\n',
        dict(cum=(350, 'over')), id='b4_uk_stanovyt_ponad'),
    # The other side: the number of political prisoners "stands at" a hedged figure is the standing count.
    pytest.param(
        '2025-09-11', None,
        'Where things stand\n'
        'Viasna says the number of political prisoners in Belarus now stands at about 1,150.\n',
        dict(pp=(1150, 'about')), id='b5_en_prisoners_stand_at'),
    # Nor does a release word before the number of prisoners make that count the releases.
    pytest.param(
        '2025-09-11', None,
        'Итоги года\n'
        'Освобождения не уменьшили число политзаключённых в Беларуси, которое составляет около 1190.\n',
        dict(pp=(1190, 'about')), id='b6_ru_releases_did_not_cut_the_count'),
    pytest.param(
        '2025-09-11', None,
        'Where things stand\n'
        'The releases have not cut the number of political prisoners, which now stands at more than 1,150.\n',
        dict(pp=(1150, 'over')), id='b7_en_releases_did_not_cut_the_count'),
]


@pytest.mark.parametrize(("published", "lang", "text", "expected"), TOTAL_STANDS_AT_A_HEDGE)
def test_a_total_reached_past_a_hedge_is_the_running_total(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "Since July over 480 have walked free. About 1,150 are still in prison.": a bare count held in prison, right after
# the sentence that counts the freed since July, is the standing count, though neither sentence names political
# prisoners.
HELD_AFTER_THE_FREED = [
    pytest.param(
        '2026-05-07', None,
        'Итоги\n'
        'Начиная с июля 2024 года по помилованию на свободу вышли свыше 480 человек. В заключении до сих пор находятся '
        'около 1150.\n',
        dict(cum=(480, 'over'), pp=(1150, 'about')), id='c1_ru_v_zakliuchenii_ostayutsya'),
    pytest.param(
        '2026-05-07', None,
        'Вынікі\n'
        'З ліпеня 2024 года на волю выйшлі больш за 500 чалавек. За кратамі па-ранейшаму застаюцца каля 1100.\n',
        dict(cum=(500, 'over'), pp=(1100, 'about')), id='c2_be_za_kratami_zastayutsa'),
    pytest.param(
        '2026-05-07', None,
        'Підсумки\n'
        'З липня 2024 року звільнено понад 500 людей. У колоніях досі залишаються близько 1100.\n',
        dict(cum=(500, 'over'), pp=(1100, 'about')), id='c3_uk_u_koloniyakh_zalyshayutsya'),
    pytest.param(
        '2026-05-07', None,
        'Taking stock\n'
        'Since last July more than 500 people have been freed. In prison there still remain about 1,100.\n',
        dict(cum=(500, 'over'), pp=(1100, 'about')), id='c4_en_in_prison_still_remain'),
    # The other side: after a sentence of people sentenced, a bare count in a colony counts no political prisoners.
    pytest.param(
        '2026-05-07', None,
        'Суд\n'
        'Вчера суд приговорил 12 человек. В колонии по-прежнему остаются около 30.\n',
        dict(), id='c5_ru_after_a_sentence_no_count'),
    # Nor, after one round's release, do the few left in its colony count the political prisoners.
    pytest.param(
        '2026-05-07', None,
        'Помилування\n'
        'У четвер Лукашенко помилував 18 людей. У колонії залишаються четверо.\n',
        dict(report=True, date='2026-05-07', pardoned=18), id='c6_uk_a_few_left_after_a_round'),
]


@pytest.mark.parametrize(("published", "lang", "text", "expected"), HELD_AFTER_THE_FREED)
def test_a_bare_count_held_after_the_freed_is_the_standing_count(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "and in Belarusian prisons still about 1,140 political prisoners": a prison before the count holds the prisoners as
# "in the country" does, with no verb.
PRISON_HOLDS_THE_COUNT = [
    pytest.param(
        '2026-02-16', None,
        'Колонка\n'
        'Санкції з калію зняли, проте в білоруських тюрмах, за підрахунками правозахисників, і далі близько 1 140 '
        'політв\'язнів.\n',
        dict(pp=(1140, 'about')), id='d1_uk_v_tyurmakh_i_dali'),
    pytest.param(
        '2026-02-16', None,
        'Колонка\n'
        'Санкції зняли, а в білоруських колоніях, за даними «Вясни», і далі понад 1 100 політв\'язнів.\n',
        dict(pp=(1100, 'over')), id='d2_uk_v_koloniyakh_ponad'),
    pytest.param(
        '2026-02-16', None,
        'Column\n'
        'The sanctions were lifted, but in Belarusian prisons, according to Viasna, still about 1,130 political '
        'prisoners wait.\n',
        dict(pp=(1130, 'about')), id='d3_en_in_prisons_still'),
    pytest.param(
        '2026-02-16', None,
        'Колонка\n'
        'Санкции сняли, а в белорусских тюрьмах, по оценкам правозащитников, по-прежнему около 1130 '
        'политзаключённых.\n',
        dict(pp=(1130, 'about')), id='d4_ru_v_tyurmakh_po_prezhnemu'),
    # The other side: political prisoners moved into a colony are no standing count.
    pytest.param(
        '2026-02-16', None,
        'Этап\n'
        'В колонию в Горках перевели 40 политзаключённых.\n',
        dict(), id='d5_ru_moved_into_a_colony'),
]


@pytest.mark.parametrize(("published", "lang", "text", "expected"), PRISON_HOLDS_THE_COUNT)
def test_a_prison_before_the_count_holds_it(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "the authorities have let over 240 political prisoners go", "Belarus sets 52 prisoners free": an English release
# verb whose particle follows its object frees the people between them.
SPLIT_RELEASE_VERB = [
    pytest.param(
        '2025-03-10', None,
        'Opinion\n'
        'Since July the authorities have let over 240 political prisoners go, a few dozen at a time.\n',
        dict(cum=(240, 'over')), id='e1_en_let_go_since_july'),
    pytest.param(
        '2025-09-11', None,
        'Belarus sets 52 prisoners free\n'
        'On Thursday the authorities let 52 political prisoners go.\n',
        dict(report=True, date='2025-09-11', pardoned=52), id='e2_en_sets_free_and_let_go'),
    pytest.param(
        '2025-09-11', None,
        'Freed at the border\n'
        'The regime set 18 political prisoners free on Thursday, Viasna said.\n',
        dict(report=True, date='2025-09-11', pardoned=18), id='e3_en_set_free_on_thursday'),
    # The other side: "let the trial go ahead" frees no one.
    pytest.param(
        '2025-09-11', None,
        'In court\n'
        'The court let the trial of 12 activists go ahead on Thursday.\n',
        dict(), id='e4_en_let_go_ahead'),
]


@pytest.mark.parametrize(("published", "lang", "text", "expected"), SPLIT_RELEASE_VERB)
def test_a_release_verb_split_by_its_object(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "Twelve of the freed were women and eight were older than 50": each count takes the trait of its own words; the next
# count's trait is not a narrower part of the first.
TWO_TRAITS_IN_ONE_SENTENCE = [
    pytest.param(
        '2024-09-16', None,
        'Belarus frees 37\n'
        'Belarus freed 37 political prisoners on Monday. Rights groups said 12 of the freed were women and eight were '
        'older than 50.\n',
        dict(report=True, date='2024-09-16', pardoned=37, women=12, over50=8), id='f1_en_of_the_freed_were'),
    pytest.param(
        '2024-09-16', None,
        'Білорусь звільнила 37 політв\'язнів\n'
        'У понеділок у Білорусі помилували 37 політв\'язнів. Правозахисники повідомили, що 11 зі звільнених — жінки, '
        'а дев\'ятеро старші за 50 років.\n',
        dict(report=True, date='2024-09-16', pardoned=37, women=11, over50=9), id='f2_uk_zi_zvilnenykh'),
    pytest.param(
        '2024-09-16', None,
        'Belarus pardons 30\n'
        'Belarus pardoned 30 political prisoners on Monday. Seven of the released are women and four are over 50.\n',
        dict(report=True, date='2024-09-16', pardoned=30, women=7, over50=4), id='f3_en_of_the_released_are'),
    pytest.param(
        '2024-09-16', None,
        'Памілаваны 30 чалавек\n'
        'У панядзелак Лукашэнка памілаваў 30 палітвязняў. Сямёра з памілаваных — жанчыны, яшчэ чацвёра старэйшыя за '
        '50 гадоў.\n',
        dict(report=True, date='2024-09-16', pardoned=30, women=7, over50=4), id='f4_be_z_pamilavanykh'),
    # The other side: a trait told of the women themselves is their narrower part.
    pytest.param(
        '2024-09-16', None,
        'Belarus pardons 30\n'
        'Belarus pardoned 30 political prisoners on Monday. Five of the freed women are mothers of minor children.\n',
        dict(report=True, date='2024-09-16', pardoned=30, children=5), id='f5_en_women_who_are_mothers'),
]


@pytest.mark.parametrize(("published", "lang", "text", "expected"), TWO_TRAITS_IN_ONE_SENTENCE)
def test_each_count_takes_its_own_trait(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "the second decree after the July one" in August 2024: the July round the ordinal counts after is the series' first,
# so the ordinal numbers the series; "the first after the elections" counts within a span of its own.
ORDINAL_AFTER_THE_JULY_ROUND = [
    pytest.param(
        '2024-08-16', None,
        'Навіны\n'
        'Сёння Лукашэнка памілаваў яшчэ 30 чалавек, гэта ўжо другі ўказ пасля ліпеньскага.\n',
        dict(report=True, date='2024-08-16', pardoned=30, ordinal=2), id='g1_be_paslia_lipienskaj'),
    pytest.param(
        '2024-08-16', None,
        'Новости\n'
        'Сегодня Лукашенко помиловал еще 30 человек — это уже вторая волна помилований после июльской.\n',
        dict(report=True, date='2024-08-16', pardoned=30, ordinal=2), id='g2_ru_posle_iyulskoy'),
    pytest.param(
        '2024-08-16', None,
        'Новини\n'
        'Сьогодні Лукашенко помилував ще 30 людей — це вже друга хвиля помилувань після липневої.\n',
        dict(report=True, date='2024-08-16', pardoned=30, ordinal=2), id='g3_uk_pislia_lypnevoi'),
    # The other side: "after the elections" is a span of its own; the ordinal does not number the series.
    pytest.param(
        '2024-08-16', None,
        'Новости\n'
        'Сегодня Лукашенко помиловал еще 30 человек — это первое помилование после выборов.\n',
        dict(report=True, date='2024-08-16', pardoned=30), id='g4_ru_posle_vyborov'),
]


@pytest.mark.parametrize(("published", "lang", "text", "expected"), ORDINAL_AFTER_THE_JULY_ROUND)
def test_an_ordinal_after_the_july_round_numbers_the_series(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "Together with the 18 freed on July 3, 48 have walked free": the count adds a group freed on a day of its own
# to this round's people, so it is the running total; a group with no day of its own is part of the round.
TOGETHER_WITH_AN_EARLIER_ROUND = [
    pytest.param(
        '2024-08-16', None,
        'Навіны\n'
        'Сёння Лукашэнка памілаваў яшчэ 30 чалавек.\n'
        'Разам з 18 вязнямі, якіх вызвалілі 3 ліпеня, на волю ўжо выпусцілі 48 чалавек.\n',
        dict(report=True, date='2024-08-16', pardoned=30, cum=(48, 'exact')), id='h1_be_razam_z_vyzvalenymi'),
    pytest.param(
        '2024-08-16', None,
        'Новости\n'
        'Сегодня Лукашенко помиловал еще 30 человек.\n'
        'Вместе с 18 политзаключёнными, освобождёнными 3 июля, на свободу вышли 48 человек.\n',
        dict(report=True, date='2024-08-16', pardoned=30, cum=(48, 'exact')), id='h2_ru_vmeste_s_osvobozhdennymi'),
    pytest.param(
        '2024-08-16', None,
        'Новини\n'
        'Сьогодні Лукашенко помилував ще 30 людей.\n'
        'Разом із 18 політв\'язнями, звільненими 3 липня, на волю вийшли 48 людей.\n',
        dict(report=True, date='2024-08-16', pardoned=30, cum=(48, 'exact')), id='h3_uk_razom_iz_zvilnenymy'),
    pytest.param(
        '2024-08-16', None,
        'News\n'
        'Lukashenko pardoned 30 more people on Friday.\n'
        'Together with the 18 political prisoners released on July 3, 48 people have walked free.\n',
        dict(report=True, date='2024-08-16', pardoned=30, cum=(48, 'exact')), id='h4_en_together_with_released_on'),
    # The other side: a group freed by another deal, with no day of its own, adds to no running total.
    pytest.param(
        '2024-08-16', None,
        'Новости\n'
        'Сегодня Лукашенко помиловал 30 человек. Вместе с 5 иностранцами, освобождёнными по отдельному соглашению, на '
        'свободу вышли 35 человек.\n',
        dict(report=True, date='2024-08-16', pardoned=30), id='h5_ru_group_without_a_day'),
]


@pytest.mark.parametrize(("published", "lang", "text", "expected"), TOGETHER_WITH_AN_EARLIER_ROUND)
def test_a_count_together_with_an_earlier_round_is_the_running_total(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "114 reached Ukraine ... In all, 123 were released and another nine went to Lithuania": the total adds up the
# part told first and the other part told after it, so it is the round, not a running total; and "another nine" is not
# added to a figure already told as the total.
TOTAL_WITH_THE_OTHER_PART_AFTER = [
    pytest.param(
        '2025-12-13', None,
        'До України прибули 114 звільнених білорусів\n'
        'Сьогодні в Україну прибули 114 громадян Білорусі, звільнених режимом Лукашенка.\n'
        'Загалом на волю вийшли 123 людей, ще дев\'ятьох вивезли до Литви.\n',
        dict(report=True, date='2025-12-13', pardoned=123), id='i1_uk_zahalom_shche'),
    pytest.param(
        '2025-12-13', None,
        '114 freed Belarusians reach Ukraine\n'
        'On Saturday 114 Belarusian citizens freed by Minsk arrived in Ukraine.\n'
        'In total Minsk released 123 people; another nine were taken to Lithuania.\n',
        dict(report=True, date='2025-12-13', pardoned=123), id='i2_en_in_total_another'),
    pytest.param(
        '2025-12-13', None,
        'В Украину прибыли 114 освобождённых\n'
        'В субботу в Украину прибыли 114 граждан Беларуси, освобождённых Минском.\n'
        'Всего Минск освободил 123 человека, ещё девятерых вывезли в Литву.\n',
        dict(report=True, date='2025-12-13', pardoned=123), id='i3_ru_vsego_eshche'),
    pytest.param(
        '2025-12-13', None,
        'У Літву прывезлі 9 вызваленых\n'
        'У суботу ў Літву прывезлі 9 грамадзян, вызваленых Мінскам.\n'
        'Усяго Мінск вызваліў 123 чалавекі, яшчэ 114 перадалі Украіне.\n',
        dict(report=True, date='2025-12-13', pardoned=123), id='i4_be_usiaho_yashche'),
    # The other side: two parts with no total are the round's sum.
    pytest.param(
        '2025-12-13', None,
        'Freed in two groups\n'
        'On Saturday Minsk released 14 Belarusians and nine foreign citizens.\n',
        dict(report=True, date='2025-12-13', pardoned=23), id='i5_en_two_parts_no_total'),
]


@pytest.mark.parametrize(("published", "lang", "text", "expected"), TOTAL_WITH_THE_OTHER_PART_AFTER)
def test_a_total_with_its_other_part_after_is_the_round(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "The ninth group since July. In that time 254 have been freed": "in that time" refers back to the series' span told
# before, so the count is the running total; "this week" is a span of its own.
IN_THAT_TIME = [
    pytest.param(
        '2025-02-21', None,
        'Яшчэ 25 палітвязняў на волі\n'
        'Учора Лукашэнка памілаваў 25 чалавек. Гэта ўжо дзявятая група з ліпеня мінулага году.\n'
        'Як падлічылі праваабаронцы, за гэты час на волю па памілаванні выйшлі 254 чалавекі.\n',
        dict(report=True, date='2025-02-20', pardoned=25, ordinal=9, cum=(254, 'exact')), id='j1_be_za_hety_chas'),
    pytest.param(
        '2025-02-21', None,
        'Ещё 25 на свободе\n'
        'Вчера Лукашенко помиловал 25 человек. Это уже девятая группа с июля прошлого года.\n'
        'По данным «Вясны», за это время по помилованию освобождены 254 человека.\n',
        dict(report=True, date='2025-02-20', pardoned=25, ordinal=9, cum=(254, 'exact')), id='j2_ru_za_eto_vremya'),
    pytest.param(
        '2025-02-21', None,
        'Ще 25 на волі\n'
        'Учора Лукашенко помилував 25 людей. Це вже дев\'ята група з липня минулого року.\n'
        'За даними «Вясни», за цей час за помилуванням звільнено 254 людей.\n',
        dict(report=True, date='2025-02-20', pardoned=25, ordinal=9, cum=(254, 'exact')), id='j3_uk_za_tsei_chas'),
    pytest.param(
        '2025-02-21', None,
        '25 more freed\n'
        'Lukashenko pardoned 25 people on Thursday, the ninth group since last July.\n'
        'In that time, 254 people have been freed by pardon, according to Viasna.\n',
        dict(report=True, date='2025-02-20', pardoned=25, ordinal=9, cum=(254, 'exact')), id='j4_en_in_that_time'),
    # The other side: "this week" is a span of its own, not the series'.
    pytest.param(
        '2025-02-21', None,
        'Яшчэ 25 на волі\n'
        'Учора Лукашэнка памілаваў 25 чалавек.\n'
        'За гэты тыдзень на волю выйшлі 25 чалавек.\n',
        dict(report=True, date='2025-02-20', pardoned=25), id='j5_be_this_week'),
]


@pytest.mark.parametrize(("published", "lang", "text", "expected"), IN_THAT_TIME)
def test_a_count_in_that_time_is_the_running_total(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "A week after her release she met the press for the first time": the story is a later one (a first interview), so
# the page reports no release, whoever it names as freed; a release told for Saturday is the news.
A_WEEK_AFTER_THE_RELEASE = [
    pytest.param(
        'Марыя Калеснікава: «Не магу радавацца да канца»\nСвабода\n20 снежня 2025\n\n'
        'Праз тыдзень пасля вызвалення Марыя Калеснікава правяла першую сустрэчу з прэсай у Кіеве. Побач была '
        'сястра Таццяна Хоміч, якая тры гады змагалася за яе вызваленне.\n\n'
        'Калеснікава сказала, што хоча найперш адпачыць.\n',
        False, id='k1_be_praz_tydzien'),
    pytest.param(
        'Марія Колесникова: «Не можу радіти до кінця»\nNV.ua\n20 грудня 2025\n\n'
        'Через тиждень після звільнення Марія Колесникова провела першу зустріч із пресою в Києві. Поряд була '
        'сестра Тетяна Хоміч, яка три роки боролася за її звільнення.\n\n'
        'Колесникова сказала, що найперше хоче відпочити.\n',
        False, id='k2_uk_cherez_tyzhden'),
    pytest.param(
        'Мария Колесникова: «Не могу радоваться до конца»\nМедиазона\n20 декабря 2025\n\n'
        'Через неделю после освобождения Мария Колесникова провела первую встречу с прессой в Киеве. Рядом была '
        'сестра Татьяна Хомич, которая три года боролась за ее освобождение.\n\n'
        'Колесникова сказала, что прежде всего хочет отдохнуть.\n',
        False, id='k3_ru_cherez_nedelyu'),
    pytest.param(
        'Maria Kalesnikava: "I cannot rejoice fully"\nKyiv Post\n20 December 2025\n\n'
        'A week after her release, Maria Kalesnikava held her first meeting with the press in Kyiv. Her sister '
        'Tatsiana Khomich, who fought three years for her release, was with her.\n\n'
        'Kalesnikava said that first of all she wants to rest.\n',
        False, id='k4_en_a_week_after'),
    # The other side: the release itself, told for Saturday, is the news.
    pytest.param(
        'Maria Kalesnikava freed\nKyiv Post\n20 December 2025\n\n'
        'Belarusian opposition figure Maria Kalesnikava was released on Saturday and taken to Ukraine.\n',
        True, id='k5_en_released_on_saturday'),
]


@pytest.mark.parametrize(("text", "reported"), A_WEEK_AFTER_THE_RELEASE)
def test_a_week_after_the_release_reports_no_release(text, reported):
    assert run(text, '2025-12-20').is_pardon_report is reported
