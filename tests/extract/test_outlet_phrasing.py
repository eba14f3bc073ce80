"""Phrasings seen in EN/RU/BE outlets that once misled the extractor, one behaviour per test."""

from bot.extract.numbers import parse_number
from tests.extract.helpers import run


def test_bare_in_total_with_a_day_is_the_round_not_a_cumulative_total():
    r = run("In total, 23 were pardoned on Saturday in Belarus, the presidential press service said.", "2025-01-19")
    assert r.pardoned == 23 and r.cumulative_released is None


def test_bare_total_beside_a_smaller_round_is_cumulative():
    r = run("Лукашенко помиловал 31 человека. В общей сложности за четыре месяца отпущены 115 политзаключённых в Беларуси.")
    assert r.pardoned == 31 and r.cumulative_released.value == 115


def test_count_along_with_a_named_person_adds_that_person():
    # Issue #12, class 7: "X and 33 other prisoners" is 34.
    r = run("Разам з ім на волю выйшлі яшчэ 13 чалавек. Учора ўлады Беларусі вызвалілі Сяргея Ціханоўскага.")
    assert r.pardoned == 14


def test_single_named_release_in_the_lead_is_a_report():
    r = run("Помилована и вышла на свободу журналистка Лариса Щиракова. Она провела в колонии в Беларуси два года.",
            "2025-02-07")
    assert r.is_pardon_report and r.named_released == ["Лариса Щиракова"]


def test_rearrest_of_a_once_pardoned_person_is_not_a_report():
    r = run("Activist Anna Kowalczyk, pardoned last year, was detained again in Minsk, Belarus.", "2025-03-01")
    assert not r.is_pardon_report


def test_released_after_serving_the_term_is_not_a_pardon():
    r = run("За месяц 45 палітвязняў былі вызваленыя пасля поўнага адбыцця тэрміну ў Беларусі.")
    assert r.pardoned is None


def test_amnesty_forecast_is_not_a_round():
    r = run("Из мест лишения свободы в Беларуси могут быть освобождены около 1500 осужденных по амнистии.")
    assert r.pardoned is None and not r.is_pardon_report


def test_background_round_in_an_arrest_story_is_not_a_report():
    r = run("Earlier this month, Lukashenko pardoned 16 people. A court in Belarus sentenced a journalist on Thursday.",
            "2025-07-17")
    assert not r.is_pardon_report and r.pardoned is None and r.event_date is None


def test_minors_are_not_parents_of_children():
    r = run("Лукашенко помиловал 37 человек в Беларуси. Среди помилованных — двое несовершеннолетних.")
    assert r.with_children is None


def test_older_than_sixty_is_not_over_fifty():
    r = run("Лукашэнка памілаваў 37 чалавек у Беларусі. Шасцёра старэйшыя за 60 гадоў.")
    assert r.over_50 is None


def test_part_of_a_whole_counts_women():
    r = run("Lukashenko pardoned 16 people in Belarus on July 2. Seven of the 16 are women.", "2025-07-02")
    assert r.women == 7


def test_prisoner_count_after_a_release_word_is_still_held():
    r = run("Учора 52 чалавекі былі вызваленыя. Пасля вызвалення ў Беларусі застаюцца 1 153 палітвязні.")
    assert r.pardoned == 52 and r.political_prisoners.value == 1153


def test_decimal_thousands_are_read():
    r = run("По данным «Весны», в Беларуси остается около 1,1 тысячи политзаключенных.")
    assert (r.political_prisoners.value, r.political_prisoners.qualifier) == (1100, "about")


def test_several_hundred_is_no_figure():
    r = run("Lukashenko has pardoned several hundred political prisoners in Belarus since July 2024.")
    assert r.cumulative_released is None


def test_eve_of_a_date_is_the_day_before_it():
    r = run("Накануне 3 июля Лукашенко помиловал 16 политзаключенных в Беларуси.", "2025-07-02")
    assert str(r.event_date) == "2025-07-02"


def test_eve_of_a_holiday_fixes_no_day():
    r = run("Напярэдадні Дня Незалежнасці Лукашэнка памілаваў 16 палітвязняў у Беларусі.", "2025-07-05")
    assert r.event_date is None


def test_wire_dateline_gives_way_to_the_weekday_of_the_event():
    r = run("WARSAW, March 20 (Reuters) - Thirty-one people in Belarus were freed on Wednesday, the office said.",
            "2025-03-20")
    assert r.pardoned == 31 and str(r.event_date) == "2025-03-19"


def test_surname_alone_gives_a_known_person_a_role():
    r = run("Lukashenko pardoned 30 people in Belarus. Viktar Babaryka was hospitalized, his team said. "
            "Babaryka is serving a 14-year sentence.")
    assert r.named_still_held == ["Viktar Babaryka"]


def test_not_among_the_pardoned_is_still_held():
    r = run("Лукашенко помиловал 37 человек в Беларуси. Николая Статкевича среди помилованных нет.")
    assert r.named_still_held == ["Николай Статкевич"]


def test_names_listed_before_another_speaker_keep_their_release():
    r = run("Belarus pardoned six prisoners. The others freed were Yury Rubtsou and Artsyom Prakapenka, "
            "opposition activists said.")
    assert sorted(r.named_released) == ["Artsyom Prakapenka", "Yury Rubtsou"]


def test_negated_ordinal_is_no_round_number():
    r = run("Лукашенко помиловал 16 человек в Беларуси. Это не первое помилование ко Дню Независимости.")
    assert r.round_ordinal is None


def test_make_up_without_a_round_is_not_reported():
    r = run("Паводле «Вясны», у Беларусі цяпер 1 190 палітвязняў. З іх 170 — жанчыны.")
    assert r.women is None and r.political_prisoners.value == 1190


def test_prisoner_count_framed_after_a_release_word_is_still_held():
    r = run("The releases have not reduced the overall number of political prisoners in Belarus, "
            "which stands at around 1,190 according to Viasna.")
    assert (r.political_prisoners.value, r.political_prisoners.qualifier) == (1190, "about")


def test_remain_jailed_is_a_prisoner_count_not_an_arrest():
    r = run("Belarus freed 123 prisoners on Saturday, though at least 1,100 people remain jailed for political reasons.")
    assert r.pardoned == 123 and (r.political_prisoners.value, r.political_prisoners.qualifier) == (1100, "at_least")


def test_refusal_to_pardon_is_still_held():
    r = run("Лукашенко заявил, что не может помиловать Виктора Бабарико, пока тот не попросит. В Беларуси 1305 политзаключенных.")
    assert r.named_still_held == ["Виктор Бабарико"] and r.named_released == []


def test_history_of_a_first_round_gives_no_ordinal_without_a_new_round():
    r = run("The first round of pardons in Belarus came on July 3, 2024, when 18 seriously ill prisoners were freed.",
            "2025-03-01")
    assert r.round_ordinal is None and not r.is_pardon_report


def test_thousands_written_as_a_digit_and_a_word_are_one_figure():
    assert [parse_number(x) for x in ("4 тысячи", "1,1 тыс.", "1.2 thousand")] == [4000, 1100, 1200]


def test_a_woman_with_a_disability_counts_the_disabled_not_the_women():
    r = run("Лукашенко помиловал 30 человек в Беларуси. Среди них шесть пенсионеров и одна женщина с инвалидностью.")
    assert r.disabled == 1 and r.women is None


def test_the_previous_round_named_with_when_is_background():
    r = run("Улады за тыдзень нікога не памілавалі. Апошняе памілаванне было ў студзені, калі на волю выйшлі 23 чалавекі.",
            "2025-02-22")
    assert r.pardoned is None and not r.is_pardon_report


def test_the_month_may_is_not_a_modal_verb():
    assert run("In May Lukashenko pardoned 30 people in Belarus, his office said.").pardoned == 30


def test_a_release_that_may_happen_is_not_a_round():
    r = run("Lukashenko may pardon 30 people in Belarus, his office said.")
    assert r.pardoned is None and not r.is_pardon_report


def test_earlier_on_the_same_day_is_the_news_not_background():
    r = run("Lukashenko pardoned 23 people earlier on Saturday, his office said in Belarus.", "2025-01-18")
    assert r.pardoned == 23 and r.is_pardon_report


def test_eighth_such_decision_is_the_round_ordinal():
    r = run("Лукашенко помиловал 23 осужденных в Белоруссии. Это восьмое подобное решение главы государства.")
    assert r.round_ordinal == 8


def test_part_of_them_without_a_verb_counts_women():
    r = run("Lukashenko on Monday pardoned a group of 20 people in Belarus, eleven of them women.", "2025-01-13")
    assert r.pardoned == 20 and r.women == 11


def test_a_round_days_before_a_forecast_is_background():
    r = run("Belarus could release all its political prisoners, the U.S. envoy said on Tuesday, "
            "days after Minsk freed 123 people.", "2025-12-16")
    assert r.pardoned is None and not r.is_pardon_report


def test_named_release_at_the_end_of_a_term_is_not_a_pardon_report():
    r = run("Сегодня на свободу вышла политзаключенная Полина Шарендо-Панасюк. Она полностью отбыла срок в Беларуси.",
            "2025-02-02")
    assert not r.is_pardon_report and r.named_released == ["Полина Шарендо-Панасюк"]
