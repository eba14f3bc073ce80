"""Figures of the sixteenth round of issue #12, from the blind32–37 study corpora, by mechanism: the people over 50 told
by a collective numeral in the dative ("четверым больше 50 лет"), a round's make-up told in a new paragraph after an
aside on an earlier round, people convicted despite the pardons (no running total of releases), and a running total
raised before its noun ("brought to 131 the number of people released").

Each case is a short article of our own, in English, Russian, Belarusian or Ukrainian, with every contract figure a
reader takes from it; a field not given is null (and the page no report). Every batch holds the rule's other side.
"""

import pytest

from tests.extract.helpers import expected_figures, figures_of

# "троим больше 50 лет": the people who have an age are counted in the dative, and "more than" is the comparative of
# "many" (not "older").
OVER_FIFTY_IN_THE_DATIVE = [
    pytest.param(
        '2025-03-06', None,
        'Помилованы еще 12\n'
        'Лукашенко в среду помиловал 12 человек. Среди них три женщины, а троим больше 50 лет.\n',
        dict(report=True, date='2025-03-05', pardoned=12, women=3, over50=3), id='a1_ru_troim_bolshe'),
    pytest.param(
        '2025-03-06', None,
        'Памілаваныя яшчэ 12\n'
        'Лукашэнка ў сераду памілаваў 12 чалавек. Сярод іх тры жанчыны, пяцярым больш за 50 гадоў.\n',
        dict(report=True, date='2025-03-05', pardoned=12, women=3, over50=5), id='a2_be_piaciarym_bolsh_za'),
    pytest.param(
        '2025-03-06', None,
        'Помилувано ще 12\n'
        'Лукашенко в середу помилував 12 людей. Серед них три жінки, а п\'ятьом більше 50 років.\n',
        dict(report=True, date='2025-03-05', pardoned=12, women=3, over50=5), id='a3_uk_piatiom_bilshe'),
    pytest.param(
        '2025-03-06', None,
        'Помилованы еще 12\n'
        'Лукашенко в среду помиловал 12 человек. Шестерым из них больше 50 лет, двое тяжело больны.\n',
        dict(report=True, date='2025-03-05', pardoned=12, over50=6), id='a4_ru_shesterym_iz_nih'),
    # The other side: an age of one person is no make-up.
    pytest.param(
        '2025-03-06', None,
        'Помилованы еще 12\n'
        'Лукашенко в среду помиловал 12 человек. Его пресс-секретарю больше 50 лет.\n',
        dict(report=True, date='2025-03-05', pardoned=12), id='a5_ru_one_persons_age'),
]


@pytest.mark.parametrize("published,lang,text,expected", OVER_FIFTY_IN_THE_DATIVE)
def test_over_fifty_in_the_dative(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "It is the second group: the first, of 18, was freed on July 3. | Among those pardoned are 11 women": an earlier round told
# as an aside of the main round's paragraph; the next paragraph is back on the main round and gives its make-up.
MAKEUP_AFTER_AN_ASIDE = [
    pytest.param(
        '2024-08-20', None,
        'Lukashenko pardons 30 more\n'
        'Lukashenko pardoned 30 people on Monday, his office said. It is the second such group: the first, of 18 people, '
        'was freed on July 3.\n'
        'Eleven of those pardoned are women, and six are over 50.\n',
        dict(report=True, date='2024-08-19', pardoned=30, women=11, over50=6, ordinal=2), id='b1_en_new_paragraph'),
    pytest.param(
        '2024-08-20', None,
        'Лукашенко помиловал еще 30\n'
        'В понедельник Лукашенко помиловал 30 осужденных. Это вторая группа с июля: первых 18 человек освободили 3 июля.\n'
        'Среди помилованных 11 женщин, у 14 хронические заболевания.\n',
        dict(report=True, date='2024-08-19', pardoned=30, women=11, ill=14, ordinal=2), id='b2_ru_new_paragraph'),
    pytest.param(
        '2024-08-20', None,
        'Лукашенко помилував ще 30\n'
        'У понеділок Лукашенко помилував 30 засуджених. Це друга група з липня: першу, з 18 осіб, звільнили 3 липня.\n'
        'Серед помилуваних 11 жінок.\n',
        dict(report=True, date='2024-08-19', pardoned=30, women=11, ordinal=2), id='b3_uk_new_paragraph'),
    # The other side: the earlier round has a paragraph of its own, so the women after it are that round's.
    pytest.param(
        '2024-08-20', None,
        'Лукашенко помиловал еще 30\n'
        'В понедельник Лукашенко помиловал 30 осужденных.\n'
        'Первую группу, из 18 человек, освободили 3 июля.\n'
        'Среди них было 5 женщин.\n',
        dict(report=True, date='2024-08-19', pardoned=30), id='b4_ru_earlier_round_own_paragraph'),
]


@pytest.mark.parametrize("published,lang,text,expected", MAKEUP_AFTER_AN_ASIDE)
def test_makeup_after_an_aside(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "Despite the pardons, at least 80 people have been convicted this year": the count's own verb sentences them; the
# release told before it, in another clause, is the background of a trial story, not a running total of releases.
CONVICTED_DESPITE_PARDONS = [
    pytest.param(
        '2025-04-16', None,
        'A mother jailed for donations\n'
        'A court in Hrodna jailed a teacher for three years for donating to a strike fund. Despite the pardons, at '
        'least 90 people have been convicted on political charges in the region since January.\n',
        dict(), id='c1_en_despite_pardons_convicted'),
    pytest.param(
        '2025-04-16', None,
        'Настаўніцу асудзілі за данат\n'
        'Суд у Гродне асудзіў настаўніцу на тры гады за данат. Нягледзячы на памілаванні, з пачатку года ў вобласці '
        'асудзілі не менш за 90 чалавек.\n',
        dict(), id='c2_be_niahledziachy_asudzili'),
    pytest.param(
        '2025-04-16', None,
        'Вчительку засудили за донат\n'
        'Суд у Гродні засудив вчительку до трьох років за донат. Попри помилування, з початку року в області '
        'засудили щонайменше 90 людей.\n',
        dict(), id='c3_uk_popry_zasudyly'),
    # The other side: the count's own verb frees the people a court had convicted.
    pytest.param(
        '2025-04-16', None,
        'Помилованы 20\n'
        'Лукашенко в среду помиловал осужденных по «экстремистским» статьям: из осужденных 20 человек вышли на свободу.\n',
        dict(report=True, date='2025-04-16', pardoned=20), id='c4_ru_convicted_then_freed'),
    # Nor is a count the sentence holds: "remain jailed" is the standing count of political prisoners.
    pytest.param(
        '2025-04-16', None,
        'A teacher jailed for donations\n'
        'A court in Hrodna jailed a teacher for three years. Despite the pardons, some 1,150 people remain jailed on '
        'political charges, Viasna says.\n',
        dict(pp=(1150, 'about')), id='c5_en_remain_jailed'),
]


@pytest.mark.parametrize("published,lang,text,expected", CONVICTED_DESPITE_PARDONS)
def test_convicted_despite_pardons(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "it brought to 131 the number of people released": the running total's verb, then the figure, then the total's noun.
TOTAL_RAISED_BEFORE_ITS_NOUN = [
    pytest.param(
        '2024-11-08', None,
        'Lukashenko pardons 20 more\n'
        'Lukashenko pardoned 20 people on Thursday, his office said. Viasna said the round brought to 150 the number '
        'of people freed since July.\n',
        dict(report=True, date='2024-11-07', pardoned=20, cum=(150, 'exact')), id='d1_en_brought_to_the_number'),
    pytest.param(
        '2024-11-08', None,
        'Lukashenko pardons 20 more\n'
        'Lukashenko pardoned 20 people on Thursday, his office said, which takes to 150 the total of prisoners '
        'released under his pardons.\n',
        dict(report=True, date='2024-11-07', pardoned=20, cum=(150, 'exact')), id='d2_en_takes_to_the_total'),
    # The other side: a place after "to" is where they were taken, not a total.
    pytest.param(
        '2024-11-08', None,
        'Lukashenko pardons 20 more\n'
        'Lukashenko pardoned 20 people on Thursday, his office said. Buses brought to the border 12 of them.\n',
        dict(report=True, date='2024-11-07', pardoned=20), id='d3_en_brought_to_a_place'),
]


@pytest.mark.parametrize("published,lang,text,expected", TOTAL_RAISED_BEFORE_ITS_NOUN)
def test_total_raised_before_its_noun(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)
