"""Figures of the fifteenth round, second wave, from the blind30–31 study corpora, by mechanism: a count of the freed
told over a number of rounds ("in the four rounds", "за пять волн") is their running total; "still" written with the
word that also means "more" ("усё яшчэ", "всё ещё", "все ще") keeps the count held rather than new; and a concession
("though", "хотя", "хаця", "хоча") opens a clause of its own, so the people it says remain held are the standing count,
not more of the freed told before it.

Each case is a short article of our own, in English, Russian, Belarusian or Ukrainian, with every contract figure a
reader takes from it; a field not given is null (and the page no report). Every batch holds the rule's other side.
"""

import pytest

from tests.extract.helpers import expected_figures, figures_of

# "more than 100 have walked free in the four rounds so far": the count of rounds is a number of its own, and the
# releases it counts are several rounds' sum, not the round the article reports.
OVER_SEVERAL_ROUNDS = [
    pytest.param(
        '2025-03-14', None,
        'Belarus frees 18 more prisoners\n'
        'Belarus on Friday freed 18 political prisoners, the rights group Viasna said. Over three waves, more than 90 '
        'people have now walked free.\n',
        dict(report=True, date='2025-03-14', pardoned=18, cum=(90, 'over')), id='a1_en_over_three_waves'),
    pytest.param(
        '2025-03-14', None,
        'Беларусь освободила ещё 18 человек\n'
        'В пятницу Лукашенко помиловал 18 политзаключённых. За пять волн помилования на свободу вышли более 150 '
        'человек.\n',
        dict(report=True, date='2025-03-14', pardoned=18, cum=(150, 'over')), id='a2_ru_za_pyat_voln'),
    pytest.param(
        '2025-03-14', None,
        'Беларусь вызваліла яшчэ 18 чалавек\n'
        'У пятніцу Лукашэнка памілаваў 18 палітвязняў. За чатыры хвалі на волю выйшлі больш за 120 чалавек.\n',
        dict(report=True, date='2025-03-14', pardoned=18, cum=(120, 'over')), id='a3_be_za_chatyry_khvali'),
    pytest.param(
        '2025-03-14', None,
        'Білорусь звільнила ще 18 людей\n'
        'У пʼятницю Лукашенко помилував 18 політвʼязнів. За шість хвиль помилування на волю вийшли понад 200 людей.\n',
        dict(report=True, date='2025-03-14', pardoned=18, cum=(200, 'over')), id='a4_uk_za_shist_khvyl'),
    # The other side: groups may be the parts of one round, and an ordinal names one round.
    pytest.param(
        '2025-03-14', None,
        'Belarus frees 37 prisoners\n'
        'Belarus on Friday freed 37 political prisoners in two groups, the rights group Viasna said.\n',
        dict(report=True, date='2025-03-14', pardoned=37), id='a5_en_two_groups_are_one_round'),
    pytest.param(
        '2025-03-14', None,
        'Лукашенко помиловал ещё 18 человек\n'
        'В пятницу в рамках пятой волны помилования на свободу вышли 18 политзаключённых.\n',
        dict(report=True, date='2025-03-14', pardoned=18, ordinal=5), id='a6_ru_the_fifth_wave_is_one_round'),
]


@pytest.mark.parametrize(("published", "lang", "text", "expected"), OVER_SEVERAL_ROUNDS)
def test_a_count_over_several_rounds_is_the_running_total(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "Палітвязняў у краіне ... усё яшчэ больш за 1 100": "яшчэ" after "усё" is "still", and the bare count stands for the
# political prisoners named at the head of the sentence.
STILL_IS_NOT_NEW = [
    pytest.param(
        '2025-03-14', None,
        'Лукашэнка памілаваў 18 чалавек\n'
        'У пятніцу на волю выйшлі 18 палітвязняў. Палітвязняў у краіне, паводле «Вясны», усё яшчэ больш за 1 100.\n',
        dict(report=True, date='2025-03-14', pardoned=18, pp=(1100, 'over')), id='b1_be_use_yashche'),
    pytest.param(
        '2025-03-14', None,
        'Лукашенко помиловал 18 человек\n'
        'В пятницу на свободу вышли 18 политзаключённых. Политзаключённых в стране, по данным «Вясны», всё ещё более '
        '1 100.\n',
        dict(report=True, date='2025-03-14', pardoned=18, pp=(1100, 'over')), id='b2_ru_vsyo_eshchyo'),
    pytest.param(
        '2025-03-14', None,
        'Лукашенко помилував 18 людей\n'
        'У пʼятницю на волю вийшли 18 політвʼязнів. Політвʼязнів у країні, за даними «Вясни», все ще понад 1 100.\n',
        dict(report=True, date='2025-03-14', pardoned=18, pp=(1100, 'over')), id='b3_uk_vse_shche'),
    pytest.param(
        '2025-03-14', None,
        'Палітвязні\n'
        'Колькасць палітвязняў амаль не змяншаецца: іх усё яшчэ каля 1 150.\n',
        dict(pp=(1150, 'about')), id='b4_be_their_number_still'),
    # The other side: "яшчэ" alone adds newly recognised people, who are no standing count.
    pytest.param(
        '2025-03-14', None,
        'Новыя палітвязні\n'
        'У пятніцу «Вясна» прызнала палітвязнямі яшчэ 14 чалавек.\n',
        dict(), id='b5_be_yashche_alone_is_new'),
]


@pytest.mark.parametrize(("published", "lang", "text", "expected"), STILL_IS_NOT_NEW)
def test_still_before_a_bare_count_keeps_it_held(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)


# "more than 430 have been freed since July, though about 1,110 remain in custody": the concession starts the held
# count's own clause; the release told before it is not its verb.
HELD_AFTER_A_CONCESSION = [
    pytest.param(
        '2025-03-14', None,
        'Belarus frees 18 prisoners\n'
        'Belarus freed 18 political prisoners on Friday. Since July more than 300 people have been freed, although '
        'around 1,150 are still behind bars.\n',
        dict(report=True, date='2025-03-14', pardoned=18, cum=(300, 'over'), pp=(1150, 'about')),
        id='c1_en_although_still_behind_bars'),
    pytest.param(
        '2025-03-14', None,
        'Лукашенко помиловал 18 человек\n'
        'В пятницу на свободу вышли 18 политзаключённых. С июля на свободу вышли более 300 человек, хотя около 1 150 '
        'по-прежнему остаются за решеткой.\n',
        dict(report=True, date='2025-03-14', pardoned=18, cum=(300, 'over'), pp=(1150, 'about')),
        id='c2_ru_khotya_po_prezhnemu'),
    pytest.param(
        '2025-03-14', None,
        'Лукашэнка памілаваў 18 чалавек\n'
        'У пятніцу на волю выйшлі 18 палітвязняў. З ліпеня вызвалілі больш за 300 чалавек, хаця каля 1 150 '
        'па-ранейшаму застаюцца за кратамі.\n',
        dict(report=True, date='2025-03-14', pardoned=18, cum=(300, 'over'), pp=(1150, 'about')),
        id='c3_be_khatsia_pa_raneishamu'),
    pytest.param(
        '2025-03-14', None,
        'Лукашенко помилував 18 людей\n'
        'У пʼятницю на волю вийшли 18 політвʼязнів. Від липня звільнили понад 300 людей, хоча близько 1 150 досі '
        'лишаються за ґратами.\n',
        dict(report=True, date='2025-03-14', pardoned=18, cum=(300, 'over'), pp=(1150, 'about')),
        id='c4_uk_khocha_dosi'),
    # The other side: a concession that tells more releases holds no one.
    pytest.param(
        '2025-03-14', None,
        'Belarus frees 18 prisoners\n'
        'Belarus freed 18 political prisoners on Friday, though 12 more were pardoned a week later.\n',
        dict(report=True, date='2025-03-14', pardoned=18), id='c5_en_though_more_freed_later'),
]


@pytest.mark.parametrize(("published", "lang", "text", "expected"), HELD_AFTER_A_CONCESSION)
def test_a_count_held_after_a_concession_is_the_standing_count(published, lang, text, expected):
    assert figures_of(published, lang, text) == expected_figures(expected)
