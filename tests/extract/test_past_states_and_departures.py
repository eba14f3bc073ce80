"""Names by role, tenth round of issue #12 (lead): a past state is no state now, the dead are neither, and prisoners
who left the country or a colony were let go.

One behaviour per test, in our own sentences in the outlets' styles, English, Russian, Belarusian and Ukrainian. Each
test of a new reading fails on main before this round; the guards hold on both.
"""

import datetime as dt

from tests.extract.helpers import run

# "was serving" and "had been serving" tell a past state: a person the article frees is freed.


def test_a_freed_prisoner_who_was_serving_a_sentence_stays_freed():
    text = ("Belarus frees 123 prisoners\n"
            "Belarus on Saturday released 123 prisoners, among them Nobel Peace Prize laureate Ales Bialiatski and "
            "opposition figure Viktar Babaryka, after talks with a US envoy.\n"
            "Babaryka, a former banker who tried to run for president in 2020, was serving a 14-year sentence.\n")
    report = run(text, "2025-12-14")
    assert (report.named_released, report.named_still_held) == (["Ales Bialiatski", "Viktar Babaryka"], [])


def test_a_freed_prisoner_described_as_having_been_serving_years_stays_freed():
    text = ("Six freed\n"
            "Belarus freed Mikalay Statkevich on Saturday. Also freed were Yury Rubtsou and Mikalay Dzyadok, the press "
            "service said.\n"
            "Dzyadok, an anarchist, had been serving four and a half years for an attack he denied.\n")
    report = run(text, "2015-08-23")
    assert "Mikalay Dzyadok" in report.named_released and report.named_still_held == []


def test_one_still_serving_years_is_held():
    text = ("Pardons\n"
            "Belarus pardoned 20 people on Monday. Ihar Losik, who is serving 15 years, was not on the list; Maria "
            "Kalesnikava is still serving 11 years.\n")
    assert run(text, "2026-01-14").named_still_held == ["Ihar Losik", "Maria Kalesnikava"]


def test_a_woman_who_left_after_serving_her_entire_sentence_is_freed_and_her_husband_held():
    text = ("Woman freed\n"
            "Hanna Sidarenka left the women's colony in Homiel on Tuesday after serving her entire three-year "
            "sentence, Viasna reported.\n"
            "Her husband, Dzianis Sidarenka, is still serving five years in a colony in Shklou.\n")
    report = run(text, "2026-01-14")
    assert (report.named_released, report.named_still_held) == (["Hanna Sidarenka"], ["Dzianis Sidarenka"])


def test_the_first_to_walk_out_is_freed():
    text = ("Explainer\n"
            "The releases began in July 2024. The first to walk out was Ryhor Kastusiou, a 67-year-old politician with "
            "cancer, who had been serving a 10-year sentence.\n")
    report = run(text, "2025-12-20")
    assert (report.named_released, report.named_still_held) == (["Ryhor Kastusiou"], [])


def test_a_woman_who_left_the_colony_is_freed_in_russian():
    text = "Вышла\nВо вторник Анна Сидоренко покинула колонию в Гомеле, сообщила «Вясна».\n"
    assert run(text, "2026-01-14").named_released == ["Анна Сидоренко"]


# A list of political prisoners who died in custody names the dead: neither freed nor held.


def test_a_list_of_prisoners_who_died_in_custody_names_no_one_held():
    text = ("A year on\n"
            "Viasna counts six political prisoners who have died in custody since 2020. Among them are Vitold Ashurak "
            "and Ihar Lednik.\n")
    report = run(text, "2024-07-11")
    assert (report.named_released, report.named_still_held) == ([], [])


def test_a_list_of_prisoners_who_died_in_custody_names_no_one_held_in_russian():
    text = ("Год спустя\n"
            "Правозащитники насчитывают шесть политзаключенных, которые умерли в местах лишения свободы. Среди них — "
            "Витольд Ашурок и Игорь Ледник.\n")
    assert run(text, "2024-07-11").named_still_held == []


def test_a_list_of_prisoners_who_died_in_custody_names_no_one_held_in_belarusian():
    text = ("Год таму\n"
            "Праваабаронцы налічваюць шэсць палітвязняў, якія памерлі ў месцах зняволення. Сярод іх — Вітольд Ашурак і "
            "Ігар Леднік.\n")
    assert run(text, "2024-07-11").named_still_held == []


def test_a_list_of_prisoners_who_died_in_custody_names_no_one_held_in_ukrainian():
    text = ("Рік потому\n"
            "Правозахисники налічують шістьох політв'язнів, які померли в місцях позбавлення волі. Серед них — Вітольд "
            "Ашурок та Ігор Леднік.\n")
    assert run(text, "2024-07-11").named_still_held == []


# Prisoners who left the country were let go; emigrants who left it are no prisoners.


def test_prisoners_who_left_the_country_are_freed_in_russian():
    text = ("Освобождение\n"
            "В субботу Беларусь покинули 123 политзаключенных, среди них Алесь Беляцкий и Мария Колесникова.\n")
    report = run(text, "2025-12-14")
    assert (report.named_released, report.named_still_held) == (["Алесь Беляцкий", "Мария Колесникова"], [])


def test_prisoners_who_left_the_country_are_freed_in_belarusian():
    text = "Вызваленне\nУ суботу Беларусь пакінулі 123 палітвязні, сярод іх Алесь Бяляцкі і Марыя Калеснікава.\n"
    report = run(text, "2025-12-14")
    assert (report.named_released, report.named_still_held) == (["Алесь Бяляцкі", "Марыя Калеснікава"], [])


def test_prisoners_who_left_the_country_are_a_release_in_ukrainian():
    text = "Звільнення\nУ суботу Білорусь покинули 123 в'язні, серед них Алесь Біляцький та Марія Колеснікова.\n"
    report = run(text, "2025-12-14")
    assert (report.is_pardon_report, report.event_date) == (True, dt.date(2025, 12, 13))


def test_political_prisoners_who_left_belarus_are_freed_in_english():
    text = ("Belarus frees 123\n"
            "On Saturday 123 political prisoners left Belarus, among them Ales Bialiatski and Maria Kalesnikava.\n")
    report = run(text, "2025-12-14")
    assert (report.named_released, report.named_still_held) == (["Ales Bialiatski", "Maria Kalesnikava"], [])


def test_emigrants_who_left_the_country_are_no_release():
    text = "Эмиграция\nПосле 2020 года Беларусь покинули 300 тысяч человек, среди них писатель Саша Филипенко.\n"
    report = run(text, "2025-12-14")
    assert (report.is_pardon_report, report.named_released) == (False, [])


def test_emigrants_who_left_belarus_are_no_release_in_english():
    text = "Exodus\nSince 2020 some 300,000 people have left Belarus, among them writer Sasha Filipenka.\n"
    report = run(text, "2025-12-14")
    assert (report.is_pardon_report, report.named_released) == (False, [])


# "him" opening the next sentence after a month and a year ("В сентябре прошлого года его вывезли") is the person.


def test_him_after_a_month_and_year_is_the_person_freed_in_russian():
    text = ("Интервью\n"
            "Журналист Игорь Лосик провел за решеткой больше пяти лет. В сентябре прошлого года его вместе с еще 51 "
            "заключенным вывезли в Литву. Мы поговорили с ним в Вильнюсе.\n")
    assert run(text, "2026-01-15").named_released == ["Игорь Лосик"]


def test_him_after_a_month_and_year_is_the_person_freed_in_belarusian():
    text = ("Інтэрв'ю\n"
            "Журналіст Ігар Лосік правёў за кратамі больш за пяць гадоў. У верасні мінулага году яго разам з яшчэ 51 "
            "вязнем вывезлі ў Літву.\n")
    assert run(text, "2026-01-15").named_released == ["Ігар Лосік"]


def test_him_after_a_month_and_year_is_the_person_freed_in_ukrainian():
    text = ("Інтерв'ю\n"
            "Журналіст Ігор Лосік провів за ґратами понад п'ять років. У вересні минулого року його разом з ще 51 "
            "в'язнем вивезли до Литви.\n")
    assert run(text, "2026-01-15").named_released == ["Ігор Лосік"]
