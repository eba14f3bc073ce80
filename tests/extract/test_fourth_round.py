"""What the held-out misses of the third round of issue #12 showed by class, one behaviour per test.

The sentences are written the way the outlets write them, in English, Russian, Belarusian (also in Łacinka) and
Ukrainian; each test fails on the extractor of the third round unless it is marked as a guard.
"""

from tests.extract.helpers import run

# round_ordinal: an ordinal written as an adverb, or with "раз" and an imperfective verb, numbers the round.


def test_a_russian_adverb_ordinal_numbers_the_round():
    text = ("Лукашенко помиловал 30 человек\n"
            "Александр Лукашенко в субботу ввосьмые с июля помиловал политзаключенных: на свободу вышли 30 человек.\n")
    assert run(text, "2025-12-13").round_ordinal == 8


def test_a_russian_ordinal_time_with_a_present_tense_verb_numbers_the_round():
    text = ("Лукашенко помиловал 30 человек\n"
            "Лукашенко в восьмой раз с июля милует политзаключенных. В субботу на свободу вышли 30 человек.\n")
    assert run(text, "2025-12-13").round_ordinal == 8


def test_a_belarusian_ordinal_time_with_a_present_tense_verb_numbers_the_round():
    text = ("Лукашэнка памілаваў 30 чалавек\n"
            "Лукашэнка ўжо дзявяты раз з ліпеня памілоўвае палітвязняў. У суботу на волю выйшлі 30 чалавек.\n")
    assert run(text, "2025-12-13").round_ordinal == 9


def test_a_belarusian_adverb_ordinal_numbers_the_round():
    text = ("Лукашэнка памілаваў 30 чалавек\n"
            "У суботу Лукашэнка ўдзявятае з ліпеня памілаваў палітвязняў — на волю выйшлі 30 чалавек.\n")
    assert run(text, "2025-12-13").round_ordinal == 9


def test_a_lacinka_adverb_ordinal_numbers_the_round():
    text = ("Łukašenka pamiłavaŭ 30 čałaviek\n"
            "U subotu Łukašenka ŭvośmaje pamiłavaŭ palitviaźniaŭ — na volu vyjšli 30 čałaviek.\n")
    assert run(text, "2025-12-13").round_ordinal == 8


def test_a_ukrainian_adverb_ordinal_with_a_present_tense_verb_numbers_the_round():
    text = ("Лукашенко помилував 30 осіб\n"
            "Лукашенко вже вдев’яте з липня звільняє політв’язнів. У суботу на волю вийшли 30 людей.\n")
    assert run(text, "2025-12-13").round_ordinal == 9


def test_guard_a_first_time_adverb_since_a_year_is_no_ordinal():
    text = ("Лукашенко помиловал 30 человек\n"
            "Лукашенко в субботу впервые с 2020 года помиловал 30 осужденных.\n")
    assert run(text, "2025-12-13").round_ordinal is None


def test_guard_a_ukrainian_first_time_adverb_is_no_ordinal():
    text = ("Лукашенко помилував 30 осіб\n"
            "Лукашенко в суботу вперше помилував 30 засуджених, серед них жінки.\n")
    assert run(text, "2025-12-13").round_ordinal is None


def test_guard_an_adverb_ordinal_without_a_release_verb_numbers_nothing():
    text = ("Лукашенко помиловал 30 человек\n"
            "В субботу Лукашенко помиловал 30 осужденных.\n"
            "Оппозиция ввосьмые с июля обратилась к ООН с письмом.\n")
    assert run(text, "2025-12-13").round_ordinal is None


# A planned or forecast release is never the round and never makes a page a report.


def test_a_russian_planned_amnesty_release_is_not_the_rounds_size():
    text = ("Парламент одобрил закон об амнистии\n"
            "Палата представителей в пятницу приняла закон об амнистии к 80-летию Победы. Освободить от наказания "
            "планируется около 1 500 человек, сообщил генпрокурор.\n")
    assert run(text, "2025-05-02").pardoned is None


def test_a_belarusian_planned_amnesty_release_is_not_the_rounds_size():
    text = ("Парламент ухваліў закон аб амністыі\n"
            "Палата прадстаўнікоў у пятніцу ўхваліла закон аб амністыі. Вызваліць ад пакарання плануецца каля "
            "1 500 чалавек.\n")
    assert run(text, "2025-05-02").pardoned is None


def test_a_ukrainian_planned_amnesty_release_does_not_make_a_report():
    text = ("Парламент Білорусі ухвалив закон про амністію\n"
            "Палата представників у п'ятницю ухвалила закон про амністію. Звільнити від покарання планується "
            "близько 1 500 осіб.\n")
    assert run(text, "2025-05-02").is_pardon_report is False


def test_guard_an_english_release_expected_by_a_bill_is_not_the_rounds_size():
    text = ("Belarus parliament passes amnesty bill\n"
            "Lawmakers passed an amnesty bill on Friday. Some 1,500 people are expected to be released under it, "
            "the prosecutor general said.\n")
    assert run(text, "2025-05-02").pardoned is None


def test_a_planned_amnesty_release_leaves_the_running_total_smaller_than_it():
    text = ("Лукашенко подписал закон об амнистии\n"
            "В четверг Лукашенко подписал закон об амнистии. Освободить от наказания планируется около 1 500 "
            "человек. С июля прошлого года на свободу уже вышли почти 300 политзаключенных.\n")
    assert run(text, "2025-05-02").cumulative_released.value == 300


# named_still_held: a stock list of well-known prisoners after a story about something else is still held.


def test_a_stock_list_held_for_years_after_a_death_in_custody_is_still_held():
    text = ("Political prisoner dies in Belarusian colony\n"
            "Viktar Yurashevich, 64, died on June 3 in a penal colony in Mahilioŭ, Viasna said on Friday.\n"
            "Viasna counts nearly 1,200 political prisoners in the country. The best known of them — Viasna founder "
            "Ales Bialiatski, protest leader Maria Kalesnikava and the politician Viktar Babaryka — have been held "
            "for long periods without any contact with relatives.\n")
    assert sorted(run(text, "2025-06-06").named_still_held) == ["Ales Bialiatski", "Maria Kalesnikava",
                                                                "Viktar Babaryka"]


# named_still_held: a person released years ago and arrested again is held, the headline's release included.


def test_a_person_freed_ten_years_ago_in_the_headline_and_arrested_again_is_held():
    text = ("Дзесяць гадоў таму Лукашэнка вызваліў Статкевіча\n"
            "Роўна дзесяць гадоў таму, 22 жніўня 2015 года, Аляксандр Лукашэнка памілаваў шасцярых палітвязняў. "
            "Сярод іх быў і былы кандыдат у прэзідэнты Мікалай Статкевіч.\n"
            "Праз пяць гадоў Мікалая Статкевіча зноў затрымалі ў траўні 2020 года.\n")
    report = run(text, "2025-08-22")
    assert (report.named_released, report.named_still_held) == ([], ["Мікалай Статкевіч"])
