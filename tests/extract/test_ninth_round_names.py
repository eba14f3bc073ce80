"""Names by role, ninth round of issue #12: the scope of a group, a wish, a contrast and a lead-in.

One behaviour per test, in our own sentences in the outlets' styles: English, Russian, Belarusian (also in Łacinka)
and Ukrainian. Each test fails on the extractor of the eighth round (main before this round).
"""

from tests.extract.helpers import run

# A group named before "including" gives the names its state: one no one has heard from is held.


def test_prisoners_no_one_has_heard_from_including_named_ones_are_held():
    text = ("Belarus pardons 18\n"
            "Belarus pardoned 18 people on Friday. Rights groups say they have had no word from several well-known "
            "prisoners for months, including opposition figures Pavel Sevyarynets and Mikola Dziadok.\n")
    assert run(text, "2025-03-14").named_still_held == ["Pavel Sevyarynets", "Mikola Dziadok"]


def test_a_release_before_a_demand_for_all_prisoners_freedom_is_not_the_named_one():
    text = ("Belarus pardons 18\n"
            "Belarus pardoned 18 people on Friday. Opposition leader Sviatlana Tsikhanouskaya called the releases \"a "
            "small step\" and urged Europe to keep demanding the freedom of all political prisoners, including Ihar "
            "Losik.\n")
    report = run(text, "2025-03-14")
    assert (report.named_released, report.named_still_held) == ([], ["Ihar Losik"])


# "they included X" after a fronted phrase details the group the sentence before tells.


def test_they_included_after_a_fronted_phrase_names_the_freed():
    text = ("Belarus frees three\n"
            "Belarus freed three prisoners on Wednesday. The three were driven to neighbouring Poland. Apart from a "
            "Polish citizen, they included Andrei Paluda, a rights activist, and Nasta Loika, a lawyer, officials said.\n")
    assert run(text, "2025-03-12").named_released == ["Andrei Paluda", "Nasta Loika"]


def test_brought_to_lithuania_is_a_release():
    text = ("Belarus frees two\n"
            "The journalist Ihar Ilyash and the lawyer Nasta Loika were brought to neighbouring Lithuania on Wednesday, "
            "the US embassy said.\n")
    assert run(text, "2025-03-12").named_released == ["Ihar Ilyash", "Nasta Loika"]


def test_an_aside_with_an_abbreviation_keeps_the_list_going():
    text = ("Belarus frees two\n"
            "Belarus freed three prisoners on Wednesday. Apart from a US citizen, they included Ihar Losik, a blogger "
            "for U.S.-funded Radio Liberty, and Ihar Karnei, a freelance reporter, the State Department said.\n")
    assert run(text, "2025-03-12").named_released == ["Ihar Losik", "Ihar Karnei"]


# Taken out of the country is freed; "not letting go" is held.


def test_those_taken_abroad_named_in_a_quote_are_released_in_belarusian():
    text = ("Лукашэнка зноў пра памілаванні\n"
            "Лукашэнка ўспомніў тых, каго ў лістападзе вывезлі за мяжу: «Колесникова, Бабарико — уехали».\n")
    assert run(text, "2026-01-08").named_released == ["Колесникова", "Бабарико"]


def test_those_expelled_abroad_are_released_in_russian():
    text = ("Лукашенко снова о помилованиях\n"
            "Лукашенко вспомнил тех, кого в ноябре вывезли за границу: Игоря Лосика и Марию Колесникову.\n")
    assert run(text, "2026-01-08").named_released == ["Игорь Лосик", "Мария Колесникова"]


def test_those_the_ruler_does_not_let_go_are_held_in_belarusian():
    text = ("Памілаванні працягваюцца\n"
            "Сярод тых, каго ўлады дагэтуль не адпускаюць, праваабаронцы называюць палітыка Паўла Севярынца.\n")
    assert run(text, "2026-01-08").named_still_held == ["Павел Севярынец"]


def test_those_the_ruler_does_not_let_go_are_held_in_ukrainian():
    text = ("Помилування тривають\n"
            "Серед тих, кого Лукашенко досі не відпускає, правозахисники називають журналіста Анджея Почобута.\n")
    assert run(text, "2026-01-08").named_still_held == ["Анджей Почобут"]


# A list headed by the political prisoners themselves: held now, an earlier release is history.


def test_one_of_the_new_political_prisoners_freed_years_ago_is_held_in_belarusian():
    text = ("«Вясна» прызнала 12 новых палітвязняў\n"
            "Сярод новых палітвязняў — 48-гадовы Васіль Кавалёў з Барысава. Ён ужо сядзеў па «палітычным» артыкуле "
            "і выйшаў на волю ў 2022 годзе.\n")
    report = run(text, "2025-10-24")
    assert (report.named_released, report.named_still_held) == ([], ["Васіль Кавалёў"])


def test_one_of_the_new_political_prisoners_is_held_in_russian():
    text = ("«Вясна» признала 12 новых политзаключенных\n"
            "Среди новых политзаключенных — 48-летний Василий Ковалев из Борисова. Он уже сидел по «политической» "
            "статье и вышел на свободу в 2022 году.\n")
    report = run(text, "2025-10-24")
    assert (report.named_released, report.named_still_held) == ([], ["Василий Ковалев"])


# A clause after a contrast whose verb is left out, a dash in its place, shares the verb before.


def test_a_name_after_a_gapped_contrast_takes_the_pardon_in_russian():
    text = ("Лукашенко помиловал 250 человек\n"
            "Накануне Лукашенко помиловал 250 осужденных. В марте он помиловал 18 человек, а в феврале — журналиста "
            "Игоря Ильяша.\n")
    assert run(text, "2026-03-05").named_released == ["Игорь Ильяш"]


def test_a_name_after_a_gapped_contrast_takes_the_pardon_in_lacinka():
    text = ("Łukašenka pamilavaŭ 250 čałaviek\n"
            "Učora Łukašenka pamilavaŭ 250 asudžanych. U sakaviku jon vyzvaliŭ 18 čałaviek, a ŭ lutym — žurnalista "
            "Ihara Iljaša.\n")
    assert [name.split()[-1] for name in run(text, "2026-03-05").named_released] == ["Iljaš"]


# Not one of the freed: "X was not among them", "Warsaw still awaits X".


def test_a_name_not_among_the_freed_is_held_in_russian():
    text = ("Помилованы 20 человек\n"
            "В пятницу помилованы 20 человек, среди них Павел Северинец. Николая Дедка среди них не было.\n")
    report = run(text, "2025-12-12")
    assert (report.named_released, report.named_still_held) == (["Павел Северинец"], ["Николай Дедок"])


def test_a_name_not_among_the_freed_is_held_in_belarusian():
    text = ("Памілаваныя 20 чалавек\n"
            "У пятніцу памілавалі 20 чалавек, сярод іх Павел Севярынец. Мікалая Дзядка сярод іх не было.\n")
    assert run(text, "2025-12-12").named_still_held == ["Мікалай Дзядок"]


def test_a_name_not_among_the_freed_is_held_in_ukrainian():
    text = ("Помилувано 20 людей\n"
            "У п'ятницю Лукашенко помилував ще 20 людей, серед них Павло Северинець. Проте Миколи Дедка серед них "
            "не було, повідомляють правозахисники.\n")
    assert run(text, "2025-12-12").named_still_held == ["Микола Дедок"]


def test_a_person_a_capital_still_awaits_is_held():
    text = ("Belarus frees 20\n"
            "Belarus freed 20 prisoners on Friday. Vilnius still awaits the Lithuanian citizen Gintaras Petrauskas.\n")
    assert run(text, "2025-12-12").named_still_held == ["Gintaras Petrauskas"]


def test_a_person_a_capital_still_awaits_is_held_in_russian():
    text = ("Помилованы 20 человек\n"
            "В пятницу помилованы 20 человек. Варшава по-прежнему ждет Анджея Почобута.\n")
    assert run(text, "2025-12-12").named_still_held == ["Анджей Почобут"]


# Taken back to the colony, then freed: "В четверг его освободили" still speaks of him.


def test_a_release_told_by_a_pronoun_after_a_day_follows_a_return_to_the_colony():
    text = ("Помилованы 20 человек\n"
            "В четверг помилованы 20 человек. Павел Северинец в сентябре отказался уезжать и был возвращен в колонию. "
            "В четверг его освободили.\n")
    report = run(text, "2025-12-12")
    assert (report.named_released, report.named_still_held) == (["Павел Северинец"], [])


# A list of the newly recognised: an earlier pardon in an item's apposition is history, and stays that item's.


def test_a_newly_recognised_prisoner_pardoned_earlier_per_his_apposition_is_held():
    text = ("Признаны политзаключенными еще 8 человек\n"
            "«Вясна» признала политзаключенными еще восемь человек. Среди них — Денис Лапко, 41 год, Гомель, "
            "помилованный в 2024 году.\n")
    report = run(text, "2025-10-24")
    assert (report.named_released, report.named_still_held) == ([], ["Денис Лапко"])


def test_the_item_after_one_pardoned_earlier_is_held_too():
    text = ("Признаны политзаключенными еще 8 человек\n"
            "«Вясна» признала политзаключенными еще восемь человек. Среди них — Денис Лапко, 41 год, Гомель, "
            "помилованный в 2024 году; Ольга Ровная, 35 лет, Брест.\n")
    assert run(text, "2025-10-24").named_still_held == ["Денис Лапко", "Ольга Ровная"]


# A wife named right after her husband speaks; he is the prisoner.


def test_a_prisoners_wife_named_after_him_speaks_and_he_is_held():
    text = ("Помилованы 20 человек\n"
            "В пятницу помилованы 20 человек. Жена политзаключенного Николая Дедка Наталья Дедок рассказала, что "
            "по-прежнему ждет мужа.\n")
    assert run(text, "2025-12-12").named_still_held == ["Николай Дедок"]


def test_a_prisoners_wife_named_after_him_speaks_and_he_is_held_in_belarusian():
    text = ("Памілаваныя 20 чалавек\n"
            "Жонка палітвязня Мікалая Дзядка Наталля Дзядок распавяла, што чакае мужа дадому.\n")
    assert run(text, "2025-12-12").named_still_held == ["Мікалай Дзядок"]


# A state channel's presenter who posts the list is no one freed.


def test_a_state_channel_presenter_who_posted_the_list_is_not_released():
    text = ("Помилованы 20 человек\n"
            "В пятницу помилованы 20 человек. Список освобожденных опубликовал провластный телеграм-канал, его "
            "ведущий Игорь Тур.\n")
    assert run(text, "2025-12-12").named_released == []


# "The same is true of X": the state the sentence before tells, of a name or of "him".


def test_the_same_is_true_of_a_name_after_a_sentence_about_him():
    text = ("Belarus pardons 30\n"
            "Belarus pardoned 30 people on Friday. Mikola Statkevich is serving 14 years. Nothing has been heard from "
            "him since 2023. The same is true of Maksim Znak, a lawyer.\n")
    assert run(text, "2024-09-04").named_still_held == ["Mikola Statkevich", "Maksim Znak"]


def test_the_same_is_true_of_a_name_in_belarusian():
    text = ("Памілаваныя 30 чалавек\n"
            "У пятніцу памілавалі 30 чалавек. Мікола Статкевіч адбывае 14 гадоў. З 2023 года пра яго няма ніякіх "
            "вестак. Тое ж датычыцца Максіма Знака.\n")
    assert run(text, "2024-09-04").named_still_held == ["Мікола Статкевіч", "Максім Знак"]


# Behind bars opening a line or told with "also".


def test_behind_bars_and_a_dash_before_names_is_held_in_lacinka():
    text = ("Na volu vyjšli 14 čałaviek\n"
            "U subotu na volu vyjšli 14 čałaviek. Za kratami — Pavieł Sieviaryniec, Maksim Znak.\n")
    assert [name.split()[-1] for name in run(text, "2025-06-21").named_still_held] == ["Sieviaryniec", "Znak"]


def test_also_behind_bars_after_a_name_outweighs_a_release_years_ago():
    text = ("Дзесяць гадоў таму\n"
            "У жніўні 2015 года на волю выйшлі Мікола Дзядок і Ігар Аліневіч.\n\n"
            "Мікола Дзядок таксама за кратамі — з лістапада 2020-га.\n")
    report = run(text, "2025-08-22")
    assert (report.named_released, report.named_still_held) == (["Ігар Аліневіч"], ["Мікола Дзядок"])


# A bulleted item is an item of its lead-in however many words precede the name.


def test_a_long_bulleted_item_keeps_the_lead_ins_release():
    text = ("Освобождены 52 человека\n"
            "Офис Тихановской назвал первые имена. На свободе, в частности:\n\n"
            "— журналист «Радио Свобода» и бывший блогер Игорь Лосик, осужденный на 15 лет; в колонии он объявлял "
            "голодовку;\n"
            "— философ Владимир Мацкевич.\n")
    assert run(text, "2025-09-11").named_released == ["Игорь Лосик", "Владимир Мацкевич"]


def test_a_name_whose_aside_is_followed_by_its_own_verb_borrows_no_state():
    text = ("Дзесяць гадоў таму\n"
            "Мікола Дзядок зноў за кратамі з 2020 года. Арцём Пракапенка, паводле знаёмых, застаўся ў Беларусі.\n")
    assert run(text, "2025-08-22").named_still_held == ["Мікола Дзядок"]


# Out of the country, or handed over: freed.


def test_people_who_ended_up_in_lithuania_are_released_in_russian():
    text = ("Почему сейчас\n"
            "В сентябре 52 человека, среди них Павел Северинец и Максим Знак, оказались в Литве — и с «Белавиа» "
            "сняли санкции.\n")
    assert run(text, "2025-12-17").named_released == ["Павел Северинец", "Максим Знак"]


def test_a_person_minsk_handed_over_is_released_in_russian():
    text = ("Почему сейчас\n"
            "В июне Минск отдал Павла Северинца и еще 13 человек — и получил визит американского посланника.\n")
    assert run(text, "2025-12-17").named_released == ["Павел Северинец"]


def test_priests_who_crossed_the_border_are_released_in_ukrainian():
    text = ("Звільнено 31 українця\n"
            "Разом з українцями кордон перетнули священники Віктор Ковальчук та Андрій Мельник.\n")
    assert run(text, "2025-11-23").named_released == ["Віктор Ковальчук", "Андрій Мельник"]


# A title with its organisation in quotation marks; an organisation in quotation marks before a dash.


def test_a_broadcasters_president_who_thanked_for_a_release_is_not_released():
    text = ("Звільнено трьох\n"
            "Білорусь звільнила журналіста Андрія Кузнечика. Президент «Радіо Свобода» Стівен Капус подякував усім, "
            "хто працював над звільненням Кузнечика.\n")
    assert run(text, "2025-02-12").named_released == ["Андрій Кузнечик"]


def test_journalists_of_a_quoted_outlet_after_a_dash_are_held_not_speakers():
    text = ("Звільнено трьох\n"
            "Білорусь звільнила трьох людей. Водночас у білоруських колоніях досі перебувають журналісти «Белсату» — "
            "Катерина Андреєва та Ігор Ільяш.\n")
    assert run(text, "2025-02-12").named_still_held == ["Катерина Андреєва", "Ігор Ільяш"]


def test_an_opinion_with_that_makes_the_speaker_no_prisoner_in_ukrainian():
    text = ("Помилувано 20\n"
            "Лукашенко помилував ще 20 людей. Правозахисник «Вясни» Павло Сапелка вважає, що так диктатор покращує "
            "імідж.\n")
    assert run(text, "2024-12-21").named_still_held == []


# A chronology: a dated heading line dates the section below it.


def test_a_return_to_prison_under_an_earlier_dated_heading_yields_to_a_later_pardon():
    text = ("Every release since 2024\n"
            "September 11, 2025: 52 freed, one goes back\n\n"
            "Fifty-two people were bused to Lithuania. Opposition veteran Pavel Sevyarynets refused to cross the border "
            "and was returned to prison.\n\n"
            "February 2026: Sevyarynets\n\n"
            "In February, Sevyarynets was pardoned individually.\n")
    assert run(text, "2026-03-09").named_released == ["Pavel Sevyarynets"]


# "X, Y and Z were among them": the group the sentence before tells.


def test_names_that_were_among_them_take_the_group_before():
    text = ("Belarus frees 123\n"
            "On December 13, 123 prisoners were released. The lawyer Maksim Znak, Pavel Sevyarynets and Ihar Losik "
            "were among them. Washington eased sanctions.\n")
    assert run(text, "2025-12-13").named_released == ["Maksim Znak", "Pavel Sevyarynets", "Ihar Losik"]


# An interview: "— С кем из освобождённых вы общаетесь? — С X"; "11 сентября его … вывезли"; a chain of "он".


def test_an_answer_to_whom_of_the_freed_names_the_freed():
    text = ("Интервью\n"
            "Андрей Сенько вышел на свободу в сентябре.\n\n"
            "— С кем из освобожденных вы общаетесь?\n\n"
            "— С Павлом Северинцем, с ребятами из Гродно.\n")
    assert run(text, "2026-01-28").named_released == ["Андрей Сенько", "Павел Северинец"]


def test_an_object_pronoun_after_a_date_and_a_companion_phrase_is_the_person():
    text = ("Интервью\n"
            "Павел Северинец провел в колониях пять лет. 11 сентября его вместе с еще 51 заключенным посадили в "
            "автобусы и вывезли в Литву.\n")
    assert run(text, "2026-01-28").named_released == ["Павел Северинец"]


def test_a_chain_of_pronouns_reaches_the_third_sentence_after_the_name():
    text = ("Интервью\n"
            "— Рядом с вами ехал Павел Северинец?\n\n"
            "— Он сидел через два ряда. Когда мы остановились, он встал и сказал, что никуда не поедет. Его увели "
            "обратно, и он до сих пор в колонии.\n")
    assert run(text, "2026-01-28").named_still_held == ["Павел Северинец"]


def test_a_prisoners_wife_named_by_her_first_name_after_him_speaks_and_he_is_held():
    text = ("Помилованы 20 человек\n"
            "Лукашенко помиловал 20 человек. Жена политзаключенного Николая Дедка Наталья рассказала, что ждет мужа.\n")
    assert run(text, "2025-12-12").named_still_held == ["Николай Дедок"]
