"""People of the fourteenth round of issue #12, from the study corpus blind25 (see docs/extract-corpus.md, "Fourteenth
round: people, from blind25").

Short articles of our own in English, Russian, Belarusian and Ukrainian; each asserts both lists as the extractor prints
them (names in the nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists

# 1. "Both are in custody" after a trial's report: the judge and the prosecutor named with their office are not the two
# "both" stands for; the two tried are.


@pytest.mark.parametrize(("text", "held"), [
    ("A court in Brest sentenced teacher Hanna Petrava to five years. The case was heard by judge Volha Sidarenka;"
     " prosecutor Ihar Saevich asked for six.\n\nHer colleague Aleh Mazur was sentenced with Petrava to three years."
     " Both have been in custody since March.\n", ["Hanna Petrava", "Aleh Mazur"]),
    ("Суд в Бресте приговорил учительницу Анну Гринкевич к пяти годам колонии. Дело рассматривала судья Ольга"
     " Сидоренко, обвинение поддерживал прокурор Игорь Саевич.\n\nВместе с Гринкевич осужден ее коллега Олег Мазур."
     " Оба находятся под стражей с марта.\n", ["Анна Гринкевич", "Олег Мазур"]),
    ("Суд у Брэсце асудзіў настаўніцу Ганну Пятрову на пяць гадоў калоніі. Справу разглядала суддзя Вольга Сідарэнка,"
     " абвінавачванне падтрымліваў пракурор Ігар Саевіч.\n\nРазам з Ганнай асуджаны яе калега Алег Мазур."
     " Абодва знаходзяцца пад вартай з сакавіка.\n", ["Ганна Пятрова", "Алег Мазур"]),
])
def test_both_after_a_trial_are_the_two_tried_not_its_officials(text, held):
    check_name_lists(text, "2025-09-20", [], held)


def test_the_office_nearest_the_name_is_its_own():
    # "judge X; prosecutor Y": Y is the prosecutor, an official, whatever the semicolon does to the judge before.
    check_name_lists("Prosecutor's office: judge Volha Sidarenka heard it; prosecutor Ihar Saevich spoke. Andrei Petrau"
                     " was sentenced to six years.\n\nBoth officials declined to comment. Both are still in office.\n",
                     "2025-09-20", [], ["Andrei Petrau"])


# 2. The verdict as a hearing ("на оглашение приговора не попала"): an event whoever attends it shares, not a sentence
# of the relative who attends or misses it.


@pytest.mark.parametrize("text", [
    "Брестский суд приговорил инженера Андрея Петрова к шести годам колонии.\n\n"
    "Жена Андрея, Анна Сергеевна, на оглашение приговора не попала.\n",
    "Брестский суд приговорил инженера Андрея Петрова к шести годам колонии.\n\n"
    "Его сестра Ольга Петрова после объявления приговора плакала в коридоре.\n",
    "Суд у Бресті засудив інженера Андрія Петрова до шести років колонії.\n\n"
    "Мати Андрія, Ганна Петрова, на оголошення вироку не потрапила.\n",
    "Суд у Бресті засудив інженера Андрія Петрова до шести років колонії.\n\n"
    "Його дружина Ганна Петрова прийшла на оголошення вироку.\n",
])
def test_a_relative_at_the_reading_of_the_verdict_is_not_held(text):
    held = ["Андрій Петров"] if "Андрі" in text else ["Андрей Петров"]
    check_name_lists(text, "2025-09-20", [], held)


def test_a_verdict_pronounced_on_the_person_still_holds_them():
    check_name_lists("Суд огласил приговор инженеру Андрею Петрову: шесть лет колонии.\n", "2025-09-20", [],
                     ["Андрей Петров"])


# 3. A candidacy for an office before the name ("претендент на посаду президента X") is no office held: the name's own
# state stands.


@pytest.mark.parametrize(("text", "held"), [
    ("Водночас за ґратами залишається колишній банкір і претендент на посаду президента Андрій Петров, засуджений до"
     " 14 років.\n", ["Андрій Петров"]),
    ("Пры гэтым за кратамі застаецца былы банкір і прэтэндэнт на пасаду прэзідэнта Андрэй Пятроў, асуджаны на"
     " 14 гадоў.\n", ["Андрэй Пятроў"]),
    ("При этом за решеткой остается бывший банкир и претендент на пост президента Андрей Петров, осужденный на"
     " 14 лет.\n", ["Андрей Петров"]),
    ("Still in prison is the former banker and contender for the presidency Andrei Petrau, sentenced to 14 years.\n",
     ["Andrei Petrau"]),
])
def test_a_candidate_for_an_office_keeps_their_own_state(text, held):
    check_name_lists(text, "2025-09-20", [], held)


# 4. A holiday met or spent in prison, now or to come ("Both will spend Christmas behind bars"): the person is held.


@pytest.mark.parametrize(("text", "held"), [
    ("You can write to journalist Andrei Petrau, sentenced to eight years, and to Viasna volunteer Hanna Sidarenka."
     " Both will spend Christmas behind bars for the fourth time.\n", ["Andrei Petrau", "Hanna Sidarenka"]),
    ("Сярод тых, каму можна напісаць, — журналіст Андрэй Пятроў, асуджаны на 8 гадоў, і валанцёрка «Вясны» Ганна"
     " Сідарэнка. Абое сустрэнуць Новы год за кратамі.\n", ["Андрэй Пятроў", "Ганна Сідарэнка"]),
    ("Можна написати журналісту Андрію Петрову, засудженому на вісім років, і волонтерці «Вясни» Ганні Сидоренко."
     " Обидва зустрінуть Різдво за ґратами вже вчетверте.\n", ["Андрій Петров", "Ганна Сидоренко"]),
    ("Ганна Сідарэнка адзначыць дзень нараджэння ў калоніі.\n", ["Ганна Сідарэнка"]),
    ("Анна Сидорова встретит Новый год за решеткой.\n", ["Анна Сидорова"]),
])
def test_a_holiday_spent_behind_bars_holds_the_person(text, held):
    check_name_lists(text, "2025-12-20", [], held)


def test_a_past_holiday_behind_bars_does_not_undo_a_later_release():
    check_name_lists("Hanna Sidarenka spent Christmas behind bars in 2022 and was pardoned in 2024.\n", "2025-12-20",
                     ["Hanna Sidarenka"], [])


# 5. A list under a line about it ("Everyone on this list is still serving a sentence"), each item a short name line
# ("Name — 3 April") with its details in paragraphs of their own: every item takes the line's state.

_BIRTHDAYS = {
    "en": ("April birthdays\nWe checked the addresses on 25 March. Everyone on this list is still serving a sentence.\n\n"
           "Andrei Petrau — 3 April\nEngineer from Brest, 44. Given six years for comments in a chat.\n"
           "Address: Colony No. 2, Babruisk\n\nHanna Sidarava — 17 April\nTeacher from Pinsk. Sentenced to four years"
           " in 2023.\nAddress: Colony No. 4, Gomel\n\nCards sent before 5 April should arrive in time.\n",
           ["Andrei Petrau", "Hanna Sidarava"]),
    "ru": ("Апрельские именинники\nАдреса проверены 25 марта. Все, кто в этом списке, по-прежнему отбывают срок.\n\n"
           "Андрей Петров — 3 апреля\nИнженер из Бреста, 44 года. Получил шесть лет за комментарии в чате.\n"
           "Адрес: ИК-2, Бобруйск\n\nАнна Сидорова — 17 апреля\nУчительница из Пинска. Осуждена на четыре года в 2023"
           " году.\nАдрес: ИК-4, Гомель\n\nОткрытки, отправленные до 5 апреля, успеют дойти.\n",
           ["Андрей Петров", "Анна Сидорова"]),
    "be": ("Красавіцкія імяніннікі\nАдрасы праверылі 25 сакавіка. Усе, хто ў гэтым спісе, па-ранейшаму адбываюць"
           " тэрмін.\n\nАндрэй Пятроў — 3 красавіка\nІнжынер з Брэста, 44 гады. Атрымаў шэсць гадоў за каментары ў"
           " чаце.\nАдрас: ПК-2, Бабруйск\n\nГанна Сідарава — 17 красавіка\nНастаўніца з Пінска. Асуджаная на чатыры"
           " гады ў 2023 годзе.\nАдрас: ПК-4, Гомель\n\nПаштоўкі, адпраўленыя да 5 красавіка, паспеюць дайсці.\n",
           ["Андрэй Пятроў", "Ганна Сідарава"]),
    "uk": ("Квітневі іменинники\nАдреси перевірили 25 березня. Усі, хто в цьому списку, досі відбувають строк.\n\n"
           "Андрій Петров — 3 квітня\nІнженер із Бреста, 44 роки. Отримав шість років за коментарі в чаті.\n"
           "Адреса: ВК-2, Бобруйськ\n\nГанна Сидорова — 17 квітня\nВчителька з Пінська. Засуджена на чотири роки у"
           " 2023 році.\nАдреса: ВК-4, Гомель\n\nЛистівки, надіслані до 5 квітня, встигнуть дійти.\n",
           ["Андрій Петров", "Ганна Сидорова"]),
}


@pytest.mark.parametrize("lang", sorted(_BIRTHDAYS))
def test_name_lines_under_a_line_about_the_list_take_its_state(lang):
    text, held = _BIRTHDAYS[lang]
    check_name_lists(text, "2025-03-26", [], held)


def test_name_lines_after_a_line_of_no_state_take_none():
    check_name_lists("April birthdays\nWe checked the addresses on this list on 25 March.\n\n"
                     "Andrei Petrau — 3 April\nEngineer from Brest, 44.\nAddress: Babruisk\n\n"
                     "Hanna Sidarava — 17 April\nTeacher from Pinsk.\nAddress: Gomel\n", "2025-03-26", [], [])


# 6. The pardoner's name in any case is never a prisoner's, whatever the sentence tells.


@pytest.mark.parametrize(("text", "released"), [
    ("Лукашэнка памілаваў журналіста Андрэя Пятрова. Памілаваны Лукашэнкам, ён выйшаў на волю. Пра Лукашэнку ён не"
     " гаворыць.\n", ["Андрэй Пятроў"]),
    ("Лукашенко помиловал журналиста Андрея Петрова. Помилованный Лукашенко, он вышел на свободу. Прошение на имя"
     " Александра Лукашенко он не писал.\n", ["Андрей Петров"]),
    ("Lukashenka pardoned journalist Andrei Petrau on Friday. Petrau walked free after a plea to Lukashenko.\n",
     ["Andrei Petrau"]),
    ("Лукашенко помилував журналіста Андрія Петрова. Петров вийшов на волю після прохання до Олександра"
     " Лукашенка.\n", ["Андрій Петров"]),
])
def test_the_pardoner_in_any_case_takes_no_state(text, released):
    check_name_lists(text, "2025-09-20", released, [])


# 7. A numbered list of the held whose items give only a trade and a term ("Андрэй Пятроў — інжынер. Тэрмін — 6
# гадоў."), under a heading and a lead-in about who remains inside: every item is held (guards of final16's rule).

_TERM_LISTS = {
    "en": ("Who is still inside\n\nThe prisons are not empty.\n\nWe have gathered those whose release does not look"
           " close. All of them remain in custody.\n\n1. Andrei Petrau — engineer. Term: 6 years.\n"
           "2. Hanna Sidarava — teacher. Term: 4 years.\n", ["Andrei Petrau", "Hanna Sidarava"]),
    "be": ("Хто застаецца за кратамі\n\nТурмы не пусцеюць.\n\nМы сабралі тых, чыё вызваленне пакуль не блізка. Усе яны"
           " па-ранейшаму знаходзяцца ў зняволенні.\n\n1. Андрэй Пятроў — інжынер. Тэрмін — 6 гадоў.\n"
           "2. Ганна Сідарава — настаўніца. Тэрмін — 4 гады.\n", ["Андрэй Пятроў", "Ганна Сідарава"]),
    "uk": ("Хто залишається за ґратами\n\nВ'язниці не порожніють.\n\nМи зібрали тих, чиє звільнення поки не близько."
           " Усі вони досі перебувають в ув'язненні.\n\n1. Андрій Петров — інженер. Термін — 6 років.\n"
           "2. Ганна Сидорова — вчителька. Термін — 4 роки.\n", ["Андрій Петров", "Ганна Сидорова"]),
    "ru": ("Кто остается за решеткой\n\nТюрьмы не пустеют.\n\nМы собрали тех, чье освобождение пока не близко. Все они"
           " по-прежнему находятся в заключении.\n\n1. Андрей Петров — инженер. Срок — 6 лет.\n"
           "2. Анна Сидорова — учительница. Срок — 4 года.\n", ["Андрей Петров", "Анна Сидорова"]),
}


@pytest.mark.parametrize("lang", sorted(_TERM_LISTS))
def test_items_that_give_only_a_term_under_a_lead_in_of_the_held_are_held(lang):
    text, held = _TERM_LISTS[lang]
    check_name_lists(text, "2025-08-10", [], held)


# 8. "О судьбе сына X, Эдуарда, ... ничего не известно": a family word before a declined name, the relative's own first
# name after a comma. X is whose son; what the clause tells is the son's, not the freed father's.


@pytest.mark.parametrize(("text", "released"), [
    ("Среди вышедших на свободу — бывший банкир Виктор Петров.\n\nО судьбе сына Виктора Петрова, Эдуарда, также"
     " осужденного по политической статье, пока ничего не известно.\n", ["Виктор Петров"]),
    ("Сярод вызваленых — банкір Віктар Пятроў.\n\nПра лёс сына Віктара Пятрова, Эдуарда, таксама асуджанага па"
     " палітычным артыкуле, пакуль нічога не вядома.\n", ["Віктар Пятроў"]),
    ("Серед звільнених — банкір Віктор Петров.\n\nПро долю сина Віктора Петрова, Едуарда, також засудженого за"
     " політичною статтею, поки нічого не відомо.\n", ["Віктор Петров"]),
    ("Among those freed was banker Viktar Petrau.\n\nNothing is known about the fate of Petrau's son Eduard, also"
     " convicted on political charges.\n", ["Viktar Petrau"]),
])
def test_a_freed_father_named_for_his_sons_sake_stays_freed(text, released):
    check_name_lists(text, "2025-09-14", released, [])


# 9. A release told from the place, fronted ("Из его отряда в июне вышел X"): the colony, or a unit of it, is what the
# person came out of.


@pytest.mark.parametrize(("text", "released"), [
    ("Из его отряда в июне вышел Андрей Петров.\n", ["Андрей Петров"]),
    ("З яго атрада ў чэрвені выйшаў Андрэй Пятроў.\n", ["Андрэй Пятроў"]),
    ("З калоніі ў чэрвені выйшаў Андрэй Пятроў.\n", ["Андрэй Пятроў"]),
    ("З його загону в червні вийшов Андрій Петров.\n", ["Андрій Петров"]),
    ("З колонії в червні вийшов Андрій Петров.\n", ["Андрій Петров"]),
])
def test_a_release_told_from_the_unit_fronted_frees_the_person(text, released):
    check_name_lists(text, "2025-09-01", released, [])


def test_leaving_the_unit_for_work_is_no_release():
    check_name_lists("Андрей Петров вышел из отряда на промзону и вернулся к обеду.\n", "2025-09-01", [], [])
