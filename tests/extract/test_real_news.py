"""The twelve ways real news defeated the first extractor (issue #12), one behaviour per test.

Each sentence is written the way the outlets write (wire copy, state media, Ukrainian and Belarusian
independent outlets, classical orthography and Łacinka); each test fails on the landed extractor.
"""

import pytest

from bot.extract import report_to_json
from tests.extract.helpers import run

AP_LEAD = ("TALLINN, Estonia (AP) — Belarusian President Alexander Lukashenko pardoned 16 people convicted of "
           "\"extremism,\" his press service said on Friday.\n")


# 1. Page chrome read as story.

def test_a_timestamp_glued_to_the_lead_is_neither_the_date_nor_a_count():
    report = run("Belarus: more pardons\ndate 2025-03-14 President Lukashenko pardoned 26 convicts.\n", "2025-03-20")
    assert (report.pardoned, report.event_date) == (26, None)


def test_a_russian_timestamp_glued_to_the_headline_is_cut_off():
    text = ("Зеркало\n14 ноября 2025, 18:42Лукашенко помиловал еще 16 человек\n"
            "Об этом сообщила пресс-служба политика.\n")
    assert run(text, "2025-11-20").evidence["pardoned"] == "Лукашенко помиловал еще 16 человек"


def test_a_read_also_block_in_the_middle_keeps_the_prisoner_count_after_it():
    text = (AP_LEAD + "The statement said all of them had asked for clemency and admitted their guilt. It did not "
            "give their names. Rights groups say the releases have been offset by new arrests, and that people "
            "are still jailed for comments and donations every week.\n"
            "Read also\nBelarus frees 52 prisoners after US lifts sanctions on state airline\n"
            "The Viasna human rights center counts 1,134 political prisoners in Belarus.\n")
    assert run(text, "2025-11-14").political_prisoners.value == 1134


def test_a_photo_caption_is_not_read():
    text = ("In this photo, 14 freed prisoners arrive at the U.S. Embassy in Vilnius, Lithuania, on June 21, 2025.\n"
            + AP_LEAD)
    assert run(text, "2025-11-14").conflicts == []


# 2. The publication date reported as the event's date (the day is the one the text fixes).

def test_a_relative_day_inside_the_quote_that_states_the_round_dates_it():
    text = "«Сегодня на свободу вышли 33 человека», — написал посол США в соцсети X.\n"
    assert str(run(text, "2025-12-13").event_date) == "2025-12-13"


# 3. A date or figure from another round's sentence.

def test_an_earlier_rounds_date_in_the_same_story_does_not_date_todays_round():
    text = ("Лукашенко помиловал еще 26 человек\nОб этом сообщила пресс-служба.\n"
            "11 сентября, после переговоров с делегацией США, на свободу вышли 52 политзаключенных.\n")
    assert run(text, "2025-09-16").event_date is None


def test_a_round_told_after_napomnim_is_background():
    text = ("Лукашенко пообещал рассмотреть новые прошения о помиловании.\n"
            "Напомним, 21 июня Беларусь освободила 14 заключенных, среди которых Сергей Тихановский.\n")
    report = run(text, "2025-06-23")
    assert (report.is_pardon_report, report.pardoned) == (False, None)


def test_a_round_ten_days_old_is_not_the_news_of_a_forecast():
    text = ("Lukashenko could pardon more prisoners before Independence Day, analysts say.\n"
            "On 21 June, following a visit by US envoy Keith Kellogg, 14 prisoners were released.\n")
    assert run(text, "2025-07-01").is_pardon_report is False


# 4. Word lists without inflection or synonyms.

def test_ukrainian_release_handed_over_to_ukraine_is_a_round():
    text = ("Білорусь передала Україні ще 16 звільнених в'язнів\n"
            "У п'ятницю, 26 вересня, Україна прийняла 16 громадян, яких звільнили з білоруських колоній.\n")
    report = run(text, "2025-09-26")
    assert (report.lang, report.pardoned, str(report.event_date)) == ("uk", 16, "2025-09-26")


def test_belarusian_release_at_the_end_of_terms_is_no_pardon():
    text = "Учора 45 палітвязняў выйшлі на волю па заканчэнні тэрмінаў.\n"
    assert run(text, "2025-08-04").pardoned is None


def test_a_monthly_review_names_no_round_of_its_own():
    text = ("Политические репрессии в Беларуси. Обзор за сентябрь 2025 года\n"
            "В сентябре на свободу вышли 96 политзаключенных. Больше половины из них освобождены 11 сентября: "
            "52 человека были вывезены в Литву.\n")
    report = run(text, "2025-10-02")
    assert (report.is_pardon_report, report.pardoned) == (False, None)


# 5. The political prisoner count phrased without a listed verb, or after a release word.

def test_a_prisoner_count_after_praise_for_the_releases_is_not_a_round():
    text = AP_LEAD + ("Exiled leader Sviatlana Tsikhanouskaya praised the releases but said more than 1,090 "
                      "political prisoners remained behind bars.\n")
    report = run(text, "2025-11-14")
    assert (report.pardoned, report.political_prisoners.value) == (16, 1090)


def test_belarusian_count_in_the_singular_form_of_the_noun():
    text = "Лукашэнка памілаваў 9 чалавек.\nНа канец ліпеня ў Беларусі 1 171 палітвязень.\n"
    assert run(text).political_prisoners.value == 1171


def test_an_amnesty_estimate_is_no_prisoner_count():
    text = "Паводле папярэдніх падлікаў, пад дзеянне закона аб амністыі могуць трапіць каля 8000 чалавек.\n"
    assert run(text, "2024-05-22").political_prisoners is None


# 6. Make-up phrasing.

def test_one_disabled_person_in_a_list_of_the_rounds_traits():
    text = ("Лукашэнка памілаваў яшчэ 32 чалавекі.\n"
            "Дзевяць чалавек старэйшыя за 50 гадоў, у 17 ёсць хранічныя хваробы, адзін мае інваліднасць.\n")
    report = run(text, "2024-11-20")
    assert (report.over_50, report.chronically_ill, report.disabled) == (9, 17, 1)


def test_ukrainian_collective_numerals_count_the_make_up():
    text = ("Лукашенко помилував 32 людини.\n"
            "Сімнадцятеро мають хронічні захворювання, одна людина – з інвалідністю, дев'ятеро старші за 50 років.\n")
    report = run(text, "2024-11-20")
    assert (report.chronically_ill, report.disabled, report.over_50) == (17, 1, 9)


def test_women_of_the_prisoner_count_are_not_the_rounds_make_up():
    text = ("Лукашенко помиловал 25 человек.\n"
            "По состоянию на 30 сентября в Беларуси 1 155 политзаключенных, из них 172 женщины.\n")
    assert run(text, "2025-10-02").women is None


# 7. A part taken for the whole round.

def test_x_and_thirteen_others_is_a_round_of_fourteen():
    text = ("Сергей Тихановский вышел на свободу. Вместе с ним освобождены еще 13 человек\n"
            "Об этом в субботу сообщила Светлана Тихановская.\n")
    assert run(text, "2025-06-21").pardoned == 14


def test_two_named_and_121_others_is_a_round_of_123():
    text = ("Belarus on Saturday freed Nobel laureate Ales Bialiatski, Maria Kalesnikava and 121 other prisoners, "
            "the US envoy said.\n")
    assert run(text, "2025-12-13").pardoned == 123


def test_foreign_nationals_alone_are_the_round():
    assert run("Belarus released 46 foreign nationals on Thursday, the U.S. envoy said.\n").pardoned == 46


# 8. Running totals without the word "total".

def test_the_number_released_since_early_july_has_reached():
    text = AP_LEAD + ("With the latest pardons, the number of political prisoners released since early July has "
                      "reached 115, according to the Viasna human rights center.\n")
    assert run(text, "2025-11-14").cumulative_released.value == 115


# 9. Non-persons as names.

@pytest.mark.parametrize("text", [
    AP_LEAD + "\"If Anna agrees to go abroad, she could be freed next,\" her lawyer said of a jailed journalist.",
    AP_LEAD + "Reporters Without Borders said the freed journalists still face travel bans.",
    "Лукашенко помиловал 20 человек после встречи с посланником Папы Римского.",
])
def test_organisations_titles_and_sentence_starts_are_not_people(text):
    names = [p.name for p in run(text).names]
    assert not [n for n in names if n.startswith(("If", "Without", "Reporters", "Папы"))]


def test_a_political_analyst_title_is_not_part_of_the_name():
    text = "Лукашэнка памілаваў 30 чалавек. Палітолаг Андрэй Пазнякевіч лічыць, што гэта жэст Захаду.\n"
    assert [p.name for p in run(text).names] == ["Андрэй Пазнякевіч"]


# 10. Roles from the grammatical relation, not from any cue in the sentence.

def test_not_on_the_list_of_the_pardoned_is_still_held():
    text = AP_LEAD + ("Human rights activist Ales Bialiatski did not appear on the list of the pardoned. "
                      "Nor did Maria Kalesnikava.\n")
    report = run(text, "2025-11-14")
    assert (sorted(report.named_still_held), report.named_released) == (["Ales Bialiatski", "Maria Kalesnikava"], [])


def test_so_does_takes_the_role_of_the_sentence_before():
    text = AP_LEAD + "Ales Bialiatski remains behind bars. So does Maria Kalesnikava.\n"
    assert sorted(run(text).named_still_held) == ["Ales Bialiatski", "Maria Kalesnikava"]


def test_a_prisoner_taken_back_to_prison_after_the_release_is_held():
    text = ("Belarus released 52 prisoners on Thursday.\n"
            "Veteran opposition politician Mikalai Statkevich was among those brought to the border but refused "
            "to cross. He was taken back to Belarus and returned to prison.\n")
    report = run(text, "2025-09-11")
    assert (report.named_still_held, report.named_released) == (["Mikalai Statkevich"], [])


def test_the_second_of_two_names_takes_the_pardon_not_the_first_ones_relative_clause():
    text = ("У лютому Лукашенко в індивідуальному порядку помилував Миколу Статкевича, якого влада восени "
            "повернула до колонії, а також вагітну політв'язню Наталлю Левую.\n")
    assert sorted(run(text, "2026-03-05").named_released) == ["Микола Статкевич", "Наталля Левая"]


def test_a_man_and_a_woman_of_one_surname_are_two_people():
    text = ("In June, Lithuania received another group of 14 people freed by Minsk, among them Siarhei "
            "Tsikhanouski. According to the office of Sviatlana Tsikhanouskaya, the talks go on.\n")
    assert run(text, "2025-09-11").named_released == ["Siarhei Tsikhanouski"]


def test_a_prisoner_who_died_in_custody_is_neither_freed_nor_held():
    text = ("С 2020 года в заключении погибли как минимум семь политзаключенных, в том числе оппозиционер "
            "Игорь Ледник, умерший весной 2022 года.\n")
    report = run(text, "2025-07-11")
    assert (report.named_released, report.named_still_held) == ([], [])


def test_declined_ukrainian_names_are_put_in_the_nominative():
    text = "У лютому Лукашенко помилував опозиційного політика Миколу Статкевича та вагітну політв'язню Наталлю Левую.\n"
    assert sorted(run(text, "2026-03-05").named_released) == ["Микола Статкевич", "Наталля Левая"]


# 11. Language and script.

def test_ukrainian_article_is_detected_and_read():
    text = ("Білорусь звільнила 123 політв'язнів, серед них Бяляцький і Колеснікова\n"
            "Білорусь у суботу звільнила 123 політв'язнів після переговорів зі спецпосланцем США Джоном Коулом.\n"
            "За даними «Вясни», у Білорусі досі перебувають в ув'язненні понад 1100 політв'язнів.\n")
    report = run(text, "2025-12-13")
    assert (report.lang, report.pardoned, str(report.event_date), report.political_prisoners.value) == (
        "uk", 123, "2025-12-13", 1100)


def test_lacinka_is_read_and_names_are_quoted_back_in_lacinka():
    text = ("Łukašenka pamiłavaŭ jašče 18 palitviaźniaŭ\n"
            "Alaksandar Łukašenka ŭčora pamiłavaŭ 18 asudžanych pa «ekstremisckich» artykułach. "
            "Siarod vyzvalenych – piać žančyn i žurnalist Ihar Łosik.\n")
    report = run(text, "2025-08-22")
    assert (report.lang, report.pardoned, report.women, str(report.event_date), report.named_released) == (
        "be", 18, 5, "2025-08-21", ["Ihar Łosik"])


def test_classical_orthography_dates_and_counts():
    text = ("Лукашэнка памілаваў яшчэ 25 палітвязьняў\n"
            "Аляксандар Лукашэнка сёньня памілаваў 25 асуджаных. Паводле «Вясны», у Беларусі застаюцца за "
            "кратамі 1 150 палітвязьняў.\n")
    report = run(text, "2025-10-17")
    assert (str(report.event_date), report.political_prisoners.value) == ("2025-10-17", 1150)


# 12. Ordinals.

def test_not_the_first_time_is_no_ordinal():
    text = AP_LEAD + "It was not the first time this autumn that Lukashenko used his power of clemency.\n"
    assert run(text, "2025-11-14").round_ordinal is None


def test_second_group_in_a_week_is_a_local_ordinal():
    text = "Лукашенко помиловал еще 25 человек.\nЭто уже вторая группа помилованных за неделю.\n"
    assert run(text, "2025-09-16").round_ordinal is None


def test_russian_others_is_not_the_belarusian_ordinal_second():
    text = "Лукашенко помиловал 20 человек. Среди других решений — указ о помиловании ещё одной группы.\n"
    assert run(text).round_ordinal is None


# Confidence: the trust gate's interface.

def test_confidence_maps_each_figure_to_a_level():
    text = ("Lukashenko pardons 16 more prisoners\n" + AP_LEAD
            + "The statement said six women were among those freed. Viasna counts 1,134 political prisoners.\n")
    out = report_to_json(run(text, "2025-11-14"))
    assert set(out["confidence"]) == {"event_date", "pardoned", "women", "political_prisoners"}
    assert set(out["confidence"].values()) <= {"high", "medium", "low"} and out["confidence"]["pardoned"] == "high"


def test_a_figure_only_inside_a_quote_has_low_confidence():
    text = ("Lukashenko speaks of mercy\n\"Today 22 people walked free, and more will follow,\" "
            "a rights activist said on Saturday.\n")
    out = report_to_json(run(text, "2025-01-18"))
    assert out["confidence"].get("pardoned") == "low"
