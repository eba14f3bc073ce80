"""Names by role, fifth round of issue #12: what the held-out set still missed, one behaviour per test.

Our own sentences in the outlets' styles, in English, Russian, Belarusian (also in Łacinka) and Ukrainian. Each
test fails on the extractor of the fourth round.
"""

from tests.extract.helpers import run

# Relatives with different fates: a full name needs a surname; the husband named in full is his own person.


def test_a_wife_freed_and_a_husband_named_by_his_first_name_make_no_name_of_two_first_names():
    text = ("Вольга Кавалёва выйшла на волю\n"
            "Палітвязынка Вольга Кавалёва выйшла на волю, цалкам адбыўшы тэрмін. Муж Вольгі Сяргей па-ранейшаму ў калоніі.\n")
    report = run(text, "2025-10-02")
    assert (report.named_released, report.named_still_held) == (["Вольга Кавалёва"], [])


def test_in_lacinka_two_first_names_are_no_name_either():
    text = ("Volha Kavalova vyjšła na volu\n"
            "Palitviaźnica Volha Kavalova vyjšła na volu, całkam adbyŭšy termin. Muž Volhi Siarhiej pa-raniejšamu ŭ kałonii.\n")
    assert run(text, "2025-10-02").named_still_held == []


def test_a_husband_named_in_full_after_his_wifes_first_name_is_held():
    text = ("Вольга Кавалёва выйшла на волю\n"
            "Палітвязынка Вольга Кавалёва выйшла на волю, цалкам адбыўшы тэрмін. Муж Вольгі Сяргей Кавалёў па-ранейшаму "
            "ў калоніі.\n")
    assert run(text, "2025-10-02").named_still_held == ["Сяргей Кавалёў"]


def test_a_husbands_declined_surname_leaves_in_the_masculine_nominative():
    text = ("Вольга Кавалёва выйшла на волю\n"
            "Палітвязынка Вольга Кавалёва выйшла на волю, цалкам адбыўшы тэрмін. Сяргея Кавалёва асудзілі ў 2022 годзе "
            "на сем гадоў.\n")
    assert run(text, "2025-10-02").named_still_held == ["Сяргей Кавалёў"]


def test_a_consonant_surname_after_a_declined_first_name_leaves_in_the_nominative():
    text = ("Лукашэнка памілаваў 30 чалавек\n"
            "У суботу Лукашэнка памілаваў 30 чалавек. «Патрабуем свабоды для Максіма Знака і Паўла Севярынца», — "
            "заявіла Ціханоўская.\n")
    assert run(text, "2025-12-15").named_still_held == ["Максім Знак", "Павел Севярынец"]


def test_a_lacinka_name_comes_back_as_the_article_wrote_it():
    text = ("Statystyka za listapad\n"
            "U listapadzie pa zakančenni terminu vyjšli na volu 20 palitviaźniaŭ. U kałonii zastajecca Pavieł Žuk, "
            "jakoha asudzili ŭ 2021 hodzie.\n")
    assert run(text, "2025-12-02").named_still_held == ["Pavieł Žuk"]


# Released people missed.


def test_ukrainians_handed_over_to_the_ukrainian_side_are_released():
    text = ("Україна повернула своїх громадян\n"
            "У суботу Білорусь передала українській стороні 31 громадянина України. Степана Гнатюка передали українській "
            "стороні разом з іншими.\n")
    assert run(text, "2025-11-22").named_released == ["Степан Гнатюк"]


def test_their_release_after_two_names_frees_both():
    text = ("Лукашенко помилував двох священників\n"
            "У неділю Лукашенко помилував двох католицьких священників. Священники Петро Коваль та Іван Мороз перебували "
            "за ґратами з 2023 року. Ватикан подякував усім, хто сприяв їхньому звільненню.\n")
    assert run(text, "2025-11-23").named_released == ["Петро Коваль", "Іван Мороз"]


def test_people_the_speaker_identifies_as_the_freed_group_are_released():
    text = ("Belarus frees three prisoners after US talks\n"
            "Belarus on Wednesday freed an American and two Belarusians. The three crossed into Lithuania, opposition "
            "leader Sviatlana Tsikhanouskaya said. She identified the Belarusians as journalist Pavel Mazheika and "
            "Nina Vasilevich, a woman jailed for donating to a strike fund.\n")
    assert run(text, "2025-02-12").named_released == ["Pavel Mazheika", "Nina Vasilevich"]


def test_names_a_monitor_later_established_detail_the_group_before():
    text = ("Лукашенко помиловал 18 человек\n"
            "Лукашенко помиловал 18 осужденных. На свободу выйдут и две супружеские пары, осужденные по одному делу.\n\n"
            "«Вясна» позже установила имена одной из пар: это Ольга и Игорь Мельник из Гродно, которых в 2024 году "
            "приговорили к четырем годам колонии.\n")
    assert run(text, "2026-03-05").named_released == ["Ольга Мельник", "Игорь Мельник"]


def test_an_example_opened_with_consider_is_no_prisoner_count():
    text = ("Opinion: one year of pardons\n"
            "Opinion\n"
            "Or consider Ryhor Kastusiou, the opposition politician released in the first group in July; he is barred "
            "from leaving the country.\n")
    assert run(text, "2025-01-22").named_released == ["Ryhor Kastusiou"]


def test_an_envoy_named_with_lukashenka_does_not_borrow_the_release_before():
    text = ("Сяргей Ціханоўскі на волі\n"
            "У суботу ўлады вызвалілі палітвязня Сяргея Ціханоўскага. Джон Сміт, які ў той жа дзень сустракаўся з "
            "Аляксандрам Лукашэнкам, назваў візіт карысным.\n")
    assert run(text, "2025-06-21").named_released == ["Сяргей Ціханоўскі"]


def test_a_speaker_whose_own_aside_tells_her_release_is_released():
    text = ("Belarus frees 31 prisoners\n"
            "Belarus freed 31 prisoners on Saturday, the presidential office said.\n"
            "\"Everyone who is inside is a hostage,\" said Maria Kalesnikava, who was released in December after five "
            "years in prison.\n")
    assert run(text, "2025-12-20").named_released == ["Maria Kalesnikava"]


def test_a_speaker_described_by_a_participle_of_release_is_released():
    text = ("Лукашенко помиловал 31 человека\n"
            "В субботу Лукашенко помиловал 31 человека.\n"
            "«Каждый, кто остается за решеткой, — заложник», — сказал Игорь Лосик, освобожденный в сентябре.\n")
    assert run(text, "2025-12-20").named_released == ["Игорь Лосик"]


# Released people listed as held.


def test_a_possessive_surname_does_not_put_a_freed_man_in_a_held_list():
    text = ("Explainer: a year of releases\n"
            "Analysis\n"
            "In June, Siarhei Tsikhanouski was freed and flown to Vilnius with 13 others.\n"
            "The best-known prisoners — Kalesnikava, Babaryka, Bialiatski — remain behind bars, and Tsikhanouski's "
            "allies say new arrests continue.\n")
    assert run(text, "2025-12-13").named_released == ["Siarhei Tsikhanouski"]


def test_a_wife_named_in_apposition_is_not_released_with_her_husband():
    text = ("Belarus frees opposition figure\n"
            "Former presidential candidate Andrei Sannikov was freed on Saturday after being pardoned, his supporters "
            "said.\n"
            "Iryna Khalip, Sannikov's wife, said he was exhausted.\n")
    assert run(text, "2012-04-15").named_released == ["Andrei Sannikov"]


def test_a_stock_list_of_held_prisoners_does_not_undo_an_earlier_release_the_article_tells():
    text = ("Лукашенко помилував 16 засуджених\n"
            "Позавчора, 2 липня, Лукашенко помилував 16 засуджених. У червні на волю вийшов опозиціонер Сергій "
            "Тихановський та ще 13 людей.\n"
            "За ґратами залишаються Марія Колеснікова, Віктор Бабарико, Максим Знак, Сергій Тихановський та Алесь "
            "Біляцький.\n")
    assert run(text, "2025-07-04").named_released == ["Сергій Тихановський"]


# Still-held people missed or read as freed.


def test_candidates_for_a_future_release_are_still_held():
    text = ("US envoy expected in Minsk\n"
            "A US delegation is expected in Minsk next week, diplomats say.\n"
            "Among those who could be freed are Maria Kalesnikava, Viktar Babaryka, opposition politician Maksim Znak "
            "as well as Nobel laureate Ales Bialiatski.\n")
    assert run(text, "2025-12-01").named_still_held == ["Maria Kalesnikava", "Viktar Babaryka", "Maksim Znak",
                                                        "Ales Bialiatski"]


def test_a_call_to_free_named_people_holds_them():
    text = ("Belarus frees 30\n"
            "Lukashenko pardoned 30 people on Wednesday.\n"
            "\"We need all of them free — Maria Kalesnikava, Maksim Znak and a thousand others,\" Tsikhanouskaya said.\n")
    assert run(text, "2024-09-04").named_still_held == ["Maria Kalesnikava", "Maksim Znak"]


def test_released_then_detained_again_in_one_sentence_is_held():
    text = ("Monthly review: October\n"
            "Political prisoner Viktar Hrybau was released from the penal colony on October 14 after serving his term "
            "in full, but was detained again the following week.\n")
    assert run(text, "2025-11-05").named_still_held == ["Viktar Hrybau"]


def test_a_man_freed_in_2015_who_is_behind_bars_again_is_held():
    text = ("Десять лет назад Лукашенко помиловал шестерых\n"
            "22 августа 2015 года Лукашенко помиловал шестерых политзаключенных. Тогда освободили Павла Громова.\n\n"
            "Павел Громов снова оказался за решеткой: в 2021 году его приговорили к шести годам.\n")
    assert run(text, "2025-08-22").named_still_held == ["Павел Громов"]


def test_a_pardoned_man_detained_again_and_awaiting_trial_is_held():
    text = ("Помилованного снова судят\n"
            "Правозащитники сообщили о повторном задержании помилованного в сентябре прошлого года Виталия Кравчука — "
            "он ожидает суда.\n")
    assert run(text, "2025-10-28").named_still_held == ["Виталий Кравчук"]


def test_a_belarusian_who_refused_to_cross_the_border_is_held():
    text = ("Вызвалены 52 палітвязні\n"
            "Учора ўлады вызвалілі 52 палітвязні. Мікалай Статкевіч таксама быў у аўтобусе, але адмовіўся перасякаць "
            "мяжу.\n")
    assert run(text, "2025-09-12").named_still_held == ["Мікалай Статкевіч"]


def test_a_son_sentenced_in_his_own_relative_clause_is_held():
    text = ("В колонии умер политзаключенный\n"
            "В колонии умер политзаключенный Анатолий Громов. Вместе с ним по делу проходил его сын Павел Громов, "
            "которого осудили на пять лет.\n")
    assert run(text, "2025-06-05").named_still_held == ["Павел Громов"]


def test_a_wife_who_was_a_political_prisoner_too_is_freed_by_her_own_clause():
    text = ("Помилованного снова осудили\n"
            "Суд приговорил Дмитрия Громова к трем годам колонии. Жена Дмитрия Анна Громова также была "
            "политзаключенной: ее помиловали в декабре 2024 года.\n")
    assert run(text, "2025-10-28").named_released == ["Анна Громова"]


def test_a_husband_listed_among_the_held_is_held():
    text = ("Білорусь звільнила 16 людей\n"
            "Тихановська привітала звільнення. За її словами, у в'язницях залишається близько 1 400 політв'язнів, серед "
            "яких її чоловік Сергій Тихановський.\n")
    assert run(text, "2024-07-04").named_still_held == ["Сергій Тихановський"]


def test_prisoners_their_families_have_no_word_of_are_held():
    text = ("Вясна: у серпні на волю вийшли 29 осіб\n"
            "Правозахисники нагадують про стан ув'язнених Марії Колеснікової та Віктора Бабарика, про яких рідні не "
            "мають звісток понад рік.\n")
    assert run(text, "2025-09-03").named_still_held == ["Марія Колеснікова", "Віктор Бабарико"]


def test_a_list_line_opened_by_a_name_is_about_that_person():
    text = ("Viasna recognises 20 new political prisoners\n"
            "Viasna recognised 20 more people as political prisoners on Tuesday.\n\n"
            "The list also includes:\n\n"
            "• Dzianis Hrynko, 34, a programmer from Hrodna, sentenced to 2.5 years for taking part in protests;\n")
    assert run(text, "2025-04-22").named_still_held == ["Dzianis Hrynko"]


def test_lone_declined_surnames_are_held_in_the_nominative():
    text = ("Лукашенко помиловал 29 человек\n"
            "Политолог считает, что Лукашенко не отпускает ни одного известного человека — ни Колесникову, ни "
            "Беляцкого.\n")
    assert run(text, "2024-12-10").named_still_held == ["Колесникова", "Беляцкий"]


def test_a_belarusian_surname_in_the_instrumental_comes_back_in_the_nominative():
    text = ("Інтэрв'ю\n"
            "Я сядзеў разам з Сяргеем Ціханоўскім, які ў чэрвені выйшаў на волю.\n")
    assert run(text, "2025-10-14").named_released == ["Сяргей Ціханоўскі"]


# Neither released nor held.


def test_people_tried_in_absentia_are_neither_released_nor_held():
    text = ("Monthly review: March\n"
            "Trials in absentia were held against 19 people who live abroad, among them the blogger Anton Hrynko.\n")
    report = run(text, "2025-04-05")
    assert (report.named_released, report.named_still_held) == ([], [])
