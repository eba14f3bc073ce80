"""Field rules on sentences written for the tests, one behaviour each, in English, Russian and Belarusian."""

import pytest

from tests.extract.helpers import run

PARDON = {
    "en": "Belarusian leader Alexander Lukashenko pardoned 23 political prisoners, his press service said.",
    "ru": "Александр Лукашенко помиловал 23 политзаключённых, сообщила пресс-служба.",
    "be": "Аляксандр Лукашэнка памілаваў 23 палітвязні, паведаміла прэс-служба.",
}


def _with(lang, *extra):
    return "\n".join([PARDON[lang], *extra])


@pytest.mark.parametrize("text,value", [
    ("Lukashenko pardoned twenty-three people on Friday.", 23),
    ("The authorities pardoned and released 31 political prisoners.", 31),
    ("Лукашенко помиловал двадцать трёх человек.", 23),
    ("Лукашэнка памілаваў трыццаць аднаго чалавека.", 31),
    ("Belarus frees 1 278 prisoners", 1278),
])
def test_pardoned_count_in_three_languages(text, value):
    assert run(text).pardoned == value


@pytest.mark.parametrize("lang,extra", [
    ("en", "Some 30,000 people were arrested during the 2020 protests."),
    ("ru", "Во время протестов 2020 года были задержаны более 35 000 человек."),
    ("be", "Падчас пратэстаў 2020 года былі затрыманыя больш за 35 000 чалавек."),
])
def test_arrest_figures_are_not_prisoner_counts(lang, extra):
    report = run(_with(lang, extra))
    assert report.pardoned == 23 and report.political_prisoners is None


@pytest.mark.parametrize("lang,extra", [
    ("en", "An amnesty law passed in 2024 covered 5,000 people convicted of minor crimes."),
    ("en", "He was sentenced to 10 years under Article 342 and fined $2,000."),
    ("ru", "Его приговорили к 10 годам по статье 342."),
    ("be", "Яго асудзілі на 10 гадоў паводле артыкула 342."),
])
def test_sentences_articles_money_and_amnesty_size_are_ignored(lang, extra):
    report = run(_with(lang, extra))
    assert report.pardoned == 23 and report.conflicts == []


@pytest.mark.parametrize("lang,extra,other", [
    ("en", "“He has released 30 political prisoners, but arrested more,” an activist said.", 30),
    ("ru", "«Сегодня на свободу вышли 22 человека, но репрессии продолжаются», — заявил правозащитник.", 22),
    ("be", "«Сёння на волю выйшлі 22 чалавекі, але рэпрэсіі працягваюцца», — заявіў праваабаронца.", 22),
])
def test_quoted_different_figure_goes_to_conflicts(lang, extra, other):
    report = run(_with(lang, extra))
    assert report.pardoned == 23
    assert [c.value for c in report.conflicts] == [other]
    assert report.conflicts[0].evidence


def test_quote_figure_does_not_override_report_even_when_first():
    text = "“They released 30 political prisoners today,” an activist said.\n" + PARDON["en"]
    assert run(text).pardoned == 23


@pytest.mark.parametrize("lang,extra", [
    ("en", "Eight of them are citizens of Lithuania."),
    ("en", "Among those freed, 5 of them foreigners, were taken to the border."),
    ("ru", "Трое из них — граждане Литвы."),
    ("be", "Трое з іх — грамадзяне Літвы."),
])
def test_sub_counts_are_not_the_total(lang, extra):
    assert run(_with(lang, extra)).pardoned == 23


@pytest.mark.parametrize("lang,extra,women,men", [
    ("en", "The group includes three women and 20 men.", 3, 20),
    ("ru", "Среди помилованных пять женщин и 18 мужчин.", 5, 18),
    ("be", "Сярод памілаваных сем жанчын і 16 мужчын.", 7, 16),
])
def test_women_and_men_when_stated(lang, extra, women, men):
    report = run(_with(lang, extra))
    assert (report.women, report.men, report.pardoned) == (women, men, 23)


@pytest.mark.parametrize("lang,extra", [
    ("en", "Among them are 11 women."),
    ("ru", "Среди них 11 женщин."),
    ("be", "Сярод іх 11 жанчын."),
])
def test_men_are_never_computed(lang, extra):
    report = run(_with(lang, extra))
    assert report.women == 11 and report.men is None


@pytest.mark.parametrize("lang,extra,expected", [
    ("en", "Fourteen people have chronic diseases, two are disabled, nine are aged over 50, and 12 have children.",
     (14, 2, 9, 12)),
    ("en", "Three of them are invalids and 17 have chronic illnesses.", (17, 3, None, None)),
    ("ru", "Четырнадцать человек страдают хроническими заболеваниями, двое — инвалиды, "
           "девять старше 50 лет, 12 имеют детей.", (14, 2, 9, 12)),
    ("be", "Чатырнаццаць чалавек маюць хранічныя захворванні, двое — інваліды, "
           "дзевяць старэйшыя за 50 гадоў, 12 маюць дзяцей.", (14, 2, 9, 12)),
])
def test_make_up_counts(lang, extra, expected):
    r = run(_with(lang, extra))
    assert (r.chronically_ill, r.disabled, r.over_50, r.with_children) == expected


@pytest.mark.parametrize("lang,extra", [
    ("en", "More than half of them are over 50 years old."),
    ("ru", "Более половины из них старше 50 лет."),
    ("be", "Больш за палову з іх старэйшыя за 50 гадоў."),
])
def test_half_of_them_over_50_is_not_a_count(lang, extra):
    assert run(_with(lang, extra)).over_50 is None


@pytest.mark.parametrize("lang,extra,value,qualifier", [
    ("en", "In all, 207 political prisoners have been freed, according to Viasna.", 207, "exact"),
    ("en", "Lukashenko has released a total of 115 political prisoners this year.", 115, "exact"),
    ("en", "Since the first round of pardons on July 3, over 200 prisoners have been released.", 200, "over"),
    ("ru", "Всего с июля помиловано 207 человек.", 207, "exact"),
    ("be", "Усяго з ліпеня вызвалены 207 палітвязняў.", 207, "exact"),
])
def test_cumulative_released(lang, extra, value, qualifier):
    r = run(_with(lang, extra))
    assert (r.cumulative_released.value, r.cumulative_released.qualifier) == (value, qualifier)
    assert r.pardoned == 23


def test_cumulative_total_in_the_same_sentence_as_the_round():
    r = run("Lukashenko pardoned 23 people on Saturday, bringing the total released since July to 230.")
    assert r.pardoned == 23 and r.cumulative_released.value == 230


@pytest.mark.parametrize("lang,extra,value,qualifier,source", [
    ("en", "Viasna counts 1278 political prisoners in Belarus.", 1278, "exact", "Viasna"),
    ("en", "Nearly 1,300 prisoners remain behind bars, Viasna Human Rights Center reported.", 1300, "nearly",
     "Viasna"),
    ("en", "Human rights groups estimate that over 1,200 political prisoners remain in detention.", 1200, "over",
     "human rights groups"),
    ("ru", "По данным «Вясны», в Беларуси 1 150 политзаключённых.", 1150, "exact", "Viasna"),
    ("ru", "По данным правозащитников, за решёткой остаются около 1150 политзаключённых.", 1150, "about",
     "human rights groups"),
    ("be", "Паводле «Вясны», у Беларусі застаюцца 1150 палітвязняў.", 1150, "exact", "Viasna"),
])
def test_political_prisoners_still_held(lang, extra, value, qualifier, source):
    c = run(_with(lang, extra)).political_prisoners
    assert (c.value, c.qualifier, c.source) == (value, qualifier, source)


def test_new_names_added_to_the_list_are_not_the_total():
    extra = "Over two months, rights activists added 120 new names to the list of political prisoners."
    assert run(_with("en", extra)).political_prisoners is None


@pytest.mark.parametrize("lang,extra,qualifier", [
    ("en", "At least seven political prisoners have died behind bars since 2020, according to Viasna.", "at_least"),
    ("ru", "Как минимум семь политзаключённых умерли в заключении с 2020 года.", "at_least"),
    ("be", "Прынамсі сем палітвязняў памерлі ў зняволенні.", "at_least"),
])
def test_died_in_custody(lang, extra, qualifier):
    c = run(_with(lang, extra)).died_in_custody
    assert (c.value, c.qualifier) == (7, qualifier)


@pytest.mark.parametrize("extra,value", [
    ("The eighth round of pardons includes three women.", 8),
    ("Saturday's announcement marks the eighth such pardon since the summer.", 8),
    ("This recent amnesty is the seventh act of pardoning by Lukashenko.", 7),
    ("It is the 6th round of releases.", 6),
    ("Это уже восьмой этап помилования.", 8),
    ("В восьмой раз Лукашенко помиловал заключённых.", 8),
    ("Это 8-й этап помилования.", 8),
    ("Гэта ўжо восьмая хваля памілаванняў.", 8),
    ("Гэта 8-ы этап памілавання.", 8),
])
def test_round_ordinal(extra, value):
    assert run(_with("en", extra)).round_ordinal == value


@pytest.mark.parametrize("extra", [
    "Since the first round of pardons on July 3, many were freed.",
    "Lukashenko is seeking a seventh term in January.",
    "He is running for the seventh time.",
])
def test_background_ordinals_are_not_the_round(extra):
    assert run(_with("en", extra)).round_ordinal is None


@pytest.mark.parametrize("source_text,source", [
    ("according to Viasna", "Viasna"), ("the Vyasna rights centre said", "Viasna"),
    ("по данным «Весны»", "Viasna"), ("паводле «Вясны»", "Viasna"),
    ("rights groups say", "human rights groups"), ("сообщают правозащитники", "human rights groups"),
    ("паведамляюць праваабаронцы", "human rights groups"),
    ("за даними «Вясни»", "Viasna"), ("повідомили у «Вясні»", "Viasna"), ("кажуть правозахисники", "human rights groups"),
    ("повідомила прес-служба Лукашенка", "Lukashenko's press service"), ("за даними Amnesty International", "Amnesty International"),
    ("Lukashenko's press service said", "Lukashenko's press service"),
    ("сообщила пресс-служба", "Lukashenko's press service"),
    ("the presidential administration said", "the presidential administration"),
    ("according to Amnesty International", "Amnesty International"),
])
def test_source_normalisation(source_text, source):
    from bot.extract.sources import source_of

    assert source_of(f"The figure was 5, {source_text}.") == source


@pytest.mark.parametrize("text", [
    "Rights groups called for the release of 1,150 political prisoners in Belarus.",
    "Правозащитники требуют освобождения 1 150 политзаключённых.",
    "Праваабаронцы патрабуюць вызвалення 1150 палітвязняў.",
])
def test_demanded_release_is_not_a_pardon(text):
    assert run(text).pardoned is None


@pytest.mark.parametrize("text,value", [
    ("Thirty-seven people, including 12 women, were pardoned on Friday.", 37),
    ("Lukashenko pardons 37 more", 37),
    ("Помилованы 37 человек, в том числе 12 женщин.", 37),
    ("Памілаваныя 37 чалавек, сярод іх 12 жанчын.", 37),
])
def test_pardon_verb_before_or_after_the_count(text, value):
    r = run(text)
    assert r.pardoned == value


@pytest.mark.parametrize("extra,value,qualifier", [
    ("The number of political prisoners stands at more than 1,150, Viasna says.", 1150, "over"),
    ("По данным «Весны», политзаключёнными в Беларуси признаны 1 150 человек.", 1150, "exact"),
    ("Колькасць палітвязняў складае 1150, паведамляе «Вясна».", 1150, "exact"),
])
def test_political_prisoners_stated_after_the_noun(extra, value, qualifier):
    c = run(_with("en", extra)).political_prisoners
    assert (c.value, c.qualifier) == (value, qualifier)


@pytest.mark.parametrize("extra", [
    "«Вясна» считает политзаключёнными 1 224 человека.",
    "«Вясна» лічыць палітвязнямі 1 224 чалавекі.",
    "Viasna considers 1,224 people political prisoners.",
])
def test_political_prisoners_as_considered_by_viasna(extra):
    c = run(_with("en", extra)).political_prisoners
    assert (c.value, c.source) == (1224, "Viasna")
