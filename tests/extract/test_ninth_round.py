"""Figures, dates, reports and ordinals of the ninth round of issue #12.

The sentences are our own, in English, Russian, Belarusian (incl. Łacinka) and Ukrainian; each test fails on the
extractor before this round.
"""

from tests.extract.helpers import run


def _count(field):
    return None if field is None else (field.value, field.qualifier)


# A count inside its own aside ("Більшість із них — 114 людей — ...") is a part of the round told before it.


def test_a_ukrainian_majority_between_dashes_is_a_part_of_the_round():
    text = ("Білорусь звільнила 123 політв'язнів. 114 людей передали Україні\n"
            "Білоруська влада у суботу, 13 грудня, звільнила 123 політичних в'язнів. Більшість із них — 114 людей — "
            "передали Україні, ще дев'ятьох вивезли до Литви.\n"
            "Уповноважений повідомив, що серед 114 людей, яких передали Україні, є і громадяни України.\n")
    report = run(text, "2025-12-13")
    assert report.pardoned == 123


def test_an_english_majority_between_dashes_is_a_part_of_the_round():
    text = ("Belarus frees 123 political prisoners. 114 people handed over to Ukraine\n"
            "Belarus on Saturday, December 13, freed 123 political prisoners. Most of them — 114 people — were handed "
            "over to Ukraine, nine more were taken to Lithuania.\n"
            "The ombudsman said that among the 114 people handed over to Ukraine there are Ukrainian citizens.\n"
            "Border guards confirmed that 114 people were handed over to Ukraine.\n")
    assert run(text, "2025-12-13").pardoned == 123


# "Лишаються ще понад тисяча": "still" after a holding verb, not "new".


def test_a_ukrainian_count_still_remaining_after_the_verb_is_the_standing_count():
    text = ("Білорусь звільнила 52 політв'язнів\n"
            "У четвер Білорусь звільнила 52 політв'язнів.\n"
            "«Але в тюрмах лишаються ще понад тисяча людей», — сказала Світлана Тихановська.\n")
    assert _count(run(text, "2025-09-11").political_prisoners) == (1000, "over")


def test_a_russian_count_still_remaining_after_the_verb_is_the_standing_count():
    text = ("Беларусь освободила 52 политзаключенных\n"
            "В четверг Беларусь освободила 52 политзаключенных.\n"
            "«Но в тюрьмах остаются еще более тысячи человек», — сказала Светлана Тихановская.\n")
    assert _count(run(text, "2025-09-11").political_prisoners) == (1000, "over")


def test_a_belarusian_count_still_remaining_after_the_verb_is_the_standing_count():
    text = ("Беларусь вызваліла 52 палітвязні\n"
            "У чацвер Беларусь вызваліла 52 палітвязні.\n"
            "«Але ў турмах застаюцца яшчэ больш за тысячу чалавек», — сказала Святлана Ціханоўская.\n")
    assert _count(run(text, "2025-09-11").political_prisoners) == (1000, "over")


def test_a_lacinka_count_still_remaining_after_the_verb_is_the_standing_count():
    text = ("Biełaruś vyzvaliła 52 palitviaźni\n"
            "U čaćvier Biełaruś vyzvaliła 52 palitviaźni.\n"
            "«Ale ŭ turmach zastajucca jašče bolš za tysiaču čałaviek», — skazała Śviatłana Cichanoŭskaja.\n")
    assert _count(run(text, "2025-09-11").political_prisoners) == (1000, "over")


# An age ("39-річна") counts no one.


def test_a_ukrainian_age_is_not_a_round_of_releases():
    text = ("У Білорусі на волю вийшла політв'язенка\n"
            "У Білорусі на волю вийшла 39-річна Ольга Климкович із Гродна. Вона повністю відбула три роки колонії.\n")
    report = run(text, "2025-10-20")
    assert report.pardoned is None and not report.is_pardon_report


# A disclaimer that the author's view is not the outlet's makes a comment piece, whatever its figures.


def test_a_russian_column_with_an_authors_view_disclaimer_reports_no_round():
    text = ("Двери открываются в обе стороны\n"
            "За одну неделю в Беларуси на свободу вышли 77 политзаключенных. Затем, 16 сентября, еще 25.\n"
            "Мнение автора может не совпадать с позицией редакции.\n")
    report = run(text, "2025-09-19")
    assert not report.is_pardon_report and report.pardoned is None


def test_an_english_column_with_an_authors_view_disclaimer_reports_no_round():
    text = ("The revolving door of Belarus's prisons\n"
            "In one week 77 political prisoners walked free in Belarus.\n"
            "The views expressed in this article are the author's own.\n")
    assert not run(text, "2025-09-19").is_pardon_report


def test_a_belarusian_column_with_an_authors_view_disclaimer_reports_no_round():
    text = ("Дзверы адчыняюцца ў абодва бакі\n"
            "За адзін тыдзень у Беларусі на волю выйшлі 77 палітвязняў.\n"
            "Меркаванне аўтара можа не супадаць з пазіцыяй рэдакцыі.\n")
    assert not run(text, "2025-09-19").is_pardon_report


def test_a_ukrainian_column_with_an_authors_view_disclaimer_reports_no_round():
    text = ("Двері відчиняються в обидва боки\n"
            "За один тиждень у Білорусі на волю вийшли 77 політв'язнів.\n"
            "Думка автора може не збігатися з позицією редакції.\n")
    assert not run(text, "2025-09-19").is_pardon_report


# Last calendar year's releases are that year's statistic, not a running total since the pardons began.


def test_a_belarusian_figure_of_last_year_is_no_running_total():
    text = ("Лукашэнка: «Памілуем яшчэ»\n"
            "«Мы за мінулы год вызвалілі больш за пяцьсот чалавек», — заявіў Лукашэнка на нарадзе.\n")
    assert run(text, "2026-01-08").cumulative_released is None


def test_a_russian_figure_of_last_year_is_no_running_total():
    text = ("Лукашенко: «Помилуем еще»\n"
            "«Мы за минувший год освободили более пятисот человек», — заявил Лукашенко на совещании.\n")
    assert run(text, "2026-01-08").cumulative_released is None


def test_a_ukrainian_figure_of_last_year_is_no_running_total():
    text = ("Лукашенко: «Помилуємо ще»\n"
            "«Ми за минулий рік звільнили понад п'ятсот людей», — заявив Лукашенко на нараді.\n")
    assert run(text, "2026-01-08").cumulative_released is None


# An ordinal counted within this year is not the round's ordinal in the series.


def test_a_russian_first_pardon_of_this_year_has_no_round_ordinal():
    text = ("Лукашенко помиловал еще 18 человек\n"
            "Лукашенко в четверг подписал указ о помиловании 18 осужденных. Это первый массовый указ о помиловании "
            "в нынешнем году.\n")
    report = run(text, "2026-03-05")
    assert report.pardoned == 18 and report.round_ordinal is None


def test_a_belarusian_first_pardon_of_this_year_has_no_round_ordinal():
    text = ("Лукашэнка памілаваў яшчэ 18 чалавек\n"
            "Лукашэнка ў чацвер памілаваў 18 асуджаных. Гэта першае масавае памілаванне сёлета.\n")
    assert run(text, "2026-03-05").round_ordinal is None


def test_a_ukrainian_first_pardon_of_this_year_has_no_round_ordinal():
    text = ("Лукашенко помилував ще 18 людей\n"
            "Лукашенко в четвер помилував 18 засуджених. Це перше масове помилування в поточному році.\n")
    assert run(text, "2026-03-05").round_ordinal is None


def test_an_english_first_pardon_of_the_year_has_no_round_ordinal():
    text = ("Lukashenko pardons 18 more people\n"
            "Lukashenko pardoned 18 people on Thursday. It is the first mass pardon of the year.\n")
    assert run(text, "2026-03-05").round_ordinal is None


# A speaker retelling the whole round in a quote states no make-up.


def test_an_english_quote_retelling_the_round_is_not_its_parents():
    text = ("Belarus president pardons 30 political prisoners\n"
            "Lukashenko on Wednesday pardoned 30 people.\n"
            "\"Thirty people will hug their children tonight,\" Tsikhanouskaya wrote.\n")
    report = run(text, "2024-09-04")
    assert report.pardoned == 30 and report.with_children is None


def test_a_russian_quote_retelling_the_round_is_not_its_parents():
    text = ("Лукашенко помиловал 30 политзаключенных\n"
            "Лукашенко в среду помиловал 30 человек.\n"
            "«Тридцать человек сегодня обнимут своих детей», — написала Тихановская.\n")
    report = run(text, "2024-09-04")
    assert report.pardoned == 30 and report.with_children is None


# A round told after a lead that reports a later statement is that statement's background.


def test_a_ukrainian_speech_story_does_not_report_the_round_two_days_before():
    text = ("Лукашенко про політв'язнів: \"Хай попросять – помилую\"\n"
            "Лукашенко заявив, що готовий помилувати будь-кого з ув'язнених опонентів.\n"
            "Про це він сказав у неділю, 26 січня, під час пресконференції в Мінську.\n"
            "\"Хай пишуть – розглянемо. Ніхто нікого на коліна не ставить\", – заявив Лукашенко.\n"
            "На запитання про Віктора Бабарику він відповів, що той не просив.\n"
            "Напередодні виборів, 24 січня, Лукашенко помилував ще 15 засуджених.\n")
    report = run(text, "2025-01-27")
    assert not report.is_pardon_report and report.pardoned is None


def test_an_english_speech_story_does_not_report_the_round_two_days_before():
    text = ("Lukashenko on political prisoners: 'Let them ask, and I will pardon'\n"
            "Lukashenko said he was ready to pardon any of his jailed opponents.\n"
            "He said so on Sunday, January 26, at a press conference in Minsk.\n"
            "\"Let them write, and we will consider it. Nobody is forced to their knees,\" Lukashenko said.\n"
            "Asked about Viktar Babaryka, he replied that he had not asked.\n"
            "On the eve of the election, on January 24, Lukashenko pardoned 15 more convicts.\n")
    assert not run(text, "2025-01-27").is_pardon_report


def test_a_russian_speech_story_does_not_report_the_round_two_days_before():
    text = ("Лукашенко о политзаключенных: «Пусть попросят – помилую»\n"
            "Лукашенко заявил, что готов помиловать любого из заключенных оппонентов.\n"
            "Об этом он сказал в воскресенье, 26 января, на пресс-конференции в Минске.\n"
            "«Пусть пишут – рассмотрим. Никто никого на колени не ставит», – заявил Лукашенко.\n"
            "На вопрос о Викторе Бабарико он ответил, что тот не просил.\n"
            "Накануне выборов, 24 января, Лукашенко помиловал еще 15 осужденных.\n")
    assert not run(text, "2025-01-27").is_pardon_report


def test_a_belarusian_speech_story_does_not_report_the_round_two_days_before():
    text = ("Лукашэнка пра палітвязняў: «Хай папросяць – памілую»\n"
            "Лукашэнка заявіў, што гатовы памілаваць любога з зняволеных апанентаў.\n"
            "Пра гэта ён сказаў у нядзелю, 26 студзеня, на прэс-канферэнцыі ў Мінску.\n"
            "«Хай пішуць – разгледзім. Ніхто нікога на калені не ставіць», – заявіў Лукашэнка.\n"
            "На пытанне пра Віктара Бабарыку ён адказаў, што той не прасіў.\n"
            "Напярэдадні выбараў, 24 студзеня, Лукашэнка памілаваў яшчэ 15 асуджаных.\n")
    assert not run(text, "2025-01-27").is_pardon_report


# An aside naming the source stands between the count and the verb that holds it.


def test_a_russian_count_held_after_a_source_aside_is_the_standing_count():
    text = ("Почему освобождения не уменьшают число политзаключенных\n"
            "Число политзаключенных почти не менялось: около 1100 человек, по данным той же «Вясны», остаются за "
            "решеткой и сейчас, потому что на место освобожденных приходят новые.\n")
    assert _count(run(text, "2025-12-17").political_prisoners) == (1100, "about")


def test_an_english_count_held_after_a_source_aside_is_the_standing_count():
    text = ("Why the releases do not shrink the number of political prisoners\n"
            "About 1,100 people, according to Viasna, remain behind bars even now.\n")
    assert _count(run(text, "2025-12-17").political_prisoners) == (1100, "about")


def test_a_belarusian_count_held_after_a_source_aside_is_the_standing_count():
    text = ("Чаму вызваленні не змяншаюць колькасць палітвязняў\n"
            "Каля 1100 чалавек, паводле той жа «Вясны», застаюцца за кратамі і цяпер.\n")
    assert _count(run(text, "2025-12-17").political_prisoners) == (1100, "about")


def test_a_ukrainian_count_held_after_a_source_aside_is_the_standing_count():
    text = ("Чому звільнення не зменшують кількість політв'язнів\n"
            "Близько 1100 людей, за даними тієї ж «Вясни», залишаються за ґратами й досі.\n")
    assert _count(run(text, "2025-12-17").political_prisoners) == (1100, "about")


# "The first pardon of the new year", "перше звільнення ... з моменту інавгурації": a span of its own.


def test_an_english_first_pardon_of_the_new_year_has_no_round_ordinal():
    text = ("Lukashenka pardons 23 more ahead of the election\n"
            "Lukashenka has pardoned 23 people, his press service reported on Saturday. This is the first pardon of "
            "the new year.\n")
    assert run(text, "2025-01-18").round_ordinal is None


def test_a_ukrainian_first_release_since_the_inauguration_has_no_round_ordinal():
    text = ("Білорусь звільнила трьох політв'язнів\n"
            "У середу Білорусь звільнила трьох політв'язнів. Це перше звільнення політв'язнів за посередництва "
            "Вашингтона з моменту інавгурації Дональда Трампа.\n")
    assert run(text, "2025-02-12").round_ordinal is None


def test_a_belarusian_first_release_since_the_inauguration_has_no_round_ordinal():
    text = ("Беларусь вызваліла трох палітвязняў\n"
            "У сераду Беларусь вызваліла трох палітвязняў. Гэта першае вызваленне палітвязняў пры пасярэдніцтве "
            "Вашынгтона з моманту інаўгурацыі Трампа.\n")
    assert run(text, "2025-02-12").round_ordinal is None


# "Rights groups counted 250 people freed": the participle of the count's noun frees them.


def test_an_english_count_of_people_freed_is_not_the_standing_count():
    text = ("Explainer: every release of political prisoners since July 2024\n"
            "Belarusian rights groups counted 250 people freed in 2024.\n"
            "Yet the number of political prisoners remains high: Viasna counted 1,140 on March 5.\n")
    assert _count(run(text, "2026-03-09").political_prisoners) == (1140, "exact")


# "As of the morning of July 4": the day a rights group's count stood at, not the round's.


def test_an_english_count_as_of_the_next_morning_does_not_date_the_round():
    text = ("Eight political prisoners released on eve of Independence Day\n"
            "On July 3, on the eve of Independence Day, Lukashenka said that seriously ill people would be released.\n"
            "As of the morning of July 4, Viasna has confirmed the release of eight political prisoners.\n")
    assert run(text, "2024-07-04").event_date.isoformat() == "2024-07-03"


def test_a_russian_count_as_of_the_next_morning_does_not_date_the_round():
    text = ("Восемь политзаключенных освобождены накануне Дня Независимости\n"
            "3 июля Лукашенко заявил, что тяжелобольные осужденные будут освобождены.\n"
            "По состоянию на утро 4 июля «Вясна» подтвердила освобождение восьми политзаключенных.\n")
    assert run(text, "2024-07-04").event_date.isoformat() == "2024-07-03"


# "114 із них передали Україні": a count taken "of them" is a part, in the headline too.


def test_a_ukrainian_headline_count_taken_of_the_round_is_a_part():
    text = ("В Україну прибули 114 звільнених з білоруських тюрем\n"
            "Сьогодні з Білорусі звільнили 123 політичних в'язнів, 114 із них передали Україні. Решту дев'ятьох "
            "вивезли до Литви.\n")
    report = run(text, "2025-12-13")
    assert report.pardoned == 123 and report.event_date.isoformat() == "2025-12-13"


def test_an_english_headline_count_taken_of_the_round_is_a_part():
    text = ("114 freed prisoners arrive in Ukraine\n"
            "Belarus freed 123 political prisoners today, 114 of them were handed over to Ukraine. The other nine were "
            "taken to Lithuania.\n")
    assert run(text, "2025-12-13").pardoned == 123


def test_a_russian_headline_count_taken_of_the_round_is_a_part():
    text = ("В Украину прибыли 114 освобожденных из белорусских тюрем\n"
            "Сегодня из Беларуси освободили 123 политзаключенных, 114 из них передали Украине. Остальных девятерых "
            "вывезли в Литву.\n")
    assert run(text, "2025-12-13").pardoned == 123


def test_a_belarusian_headline_count_taken_of_the_round_is_a_part():
    text = ("Ва Украіну прыбылі 114 вызваленых з беларускіх турмаў\n"
            "Сёння з Беларусі вызвалілі 123 палітвязні, 114 з іх перадалі Украіне. Астатніх дзевяць вывезлі ў Літву.\n")
    assert run(text, "2025-12-13").pardoned == 123


# A running total "since the summer" in Ukrainian, Russian and Belarusian inflections.


def test_a_ukrainian_total_pardoned_since_the_summer_is_a_running_total():
    text = ("Лукашенко помилував ще 32 особи\n"
            "Лукашенко помилував ще 32 особи. Понад 170 осіб помилувано з літа.\n")
    assert _count(run(text, "2024-11-20").cumulative_released) == (170, "over")


def test_a_russian_total_freed_since_last_summer_is_a_running_total():
    text = ("Лукашенко помиловал еще 32 человека\n"
            "Лукашенко помиловал еще 32 человека. С прошлого лета на свободу вышли более 170 человек.\n")
    assert _count(run(text, "2025-03-20").cumulative_released) == (170, "over")


def test_a_belarusian_total_freed_since_last_summer_is_a_running_total():
    text = ("Лукашэнка памілаваў яшчэ 32 чалавекі\n"
            "Лукашэнка памілаваў яшчэ 32 чалавекі. З мінулага лета на волю выйшлі больш за 170 чалавек.\n")
    assert _count(run(text, "2025-03-20").cumulative_released) == (170, "over")


# A story of newly recognised prisoners: freed once and detained again is no running total; the total they raise is
# the standing count.


def test_a_russian_count_recognised_after_release_and_arrest_is_no_running_total():
    text = ("«Вясна» признала политзаключенными еще 66 человек\n"
            "С июля 2024 года, когда начались помилования, правозащитники признали политзаключенными 66 человек, уже "
            "вышедших на свободу и снова задержанных.\n")
    assert run(text, "2025-10-24").cumulative_released is None


def test_an_english_count_recognised_after_release_and_arrest_is_no_running_total():
    text = ("Viasna recognises 66 more political prisoners\n"
            "Since the pardons began in July 2024, Viasna has recognised 66 people who had been freed and then "
            "detained again.\n")
    assert run(text, "2025-10-24").cumulative_released is None


def test_a_russian_total_raised_by_recognitions_is_the_standing_count():
    text = ("«Вясна» признала политзаключенными еще 66 человек\n"
            "В пятницу «Вясна» признала политзаключенными еще 66 человек, доведя их общее число до 1 134.\n")
    assert _count(run(text, "2025-10-24").political_prisoners) == (1134, "exact")


def test_a_belarusian_total_raised_by_recognitions_is_the_standing_count():
    text = ("«Вясна» прызнала палітвязнямі яшчэ 66 чалавек\n"
            "У пятніцу «Вясна» прызнала палітвязнямі яшчэ 66 чалавек, давёўшы іх агульную колькасць да 1 134.\n")
    assert _count(run(text, "2025-10-24").political_prisoners) == (1134, "exact")


def test_a_ukrainian_total_raised_by_recognitions_is_the_standing_count():
    text = ("«Вясна» визнала політв'язнями ще 66 людей\n"
            "У п'ятницю «Вясна» визнала політв'язнями ще 66 людей, довівши їхню загальну кількість до 1 134.\n")
    assert _count(run(text, "2025-10-24").political_prisoners) == (1134, "exact")


# A wire story filed the day after: its dateline's day is the filing day; the transfer to the border dates the round.


def test_an_english_wire_story_dated_by_its_crossing_not_its_dateline():
    text = ("Belarus frees 52 political prisoners\n"
            "VILNIUS, Lithuania, Sept. 12 (AP) — Belarus freed 52 political prisoners after a visit by a U.S. envoy, "
            "officials said. The prisoners crossed into Lithuania late Thursday.\n")
    assert run(text, "2025-09-12").event_date.isoformat() == "2025-09-11"


def test_an_english_wire_story_dated_by_the_bus_to_the_border():
    text = ("Belarus frees 52 political prisoners\n"
            "VILNIUS, Lithuania (AP) — Belarus has freed 52 political prisoners after a visit by a U.S. envoy, "
            "officials said. The prisoners were bused to the Lithuanian border on Thursday.\n")
    assert run(text, "2025-09-12").event_date.isoformat() == "2025-09-11"


def test_a_russian_wire_story_dated_by_the_transfer_to_the_border():
    text = ("Беларусь освободила 52 политзаключенных\n"
            "ВИЛЬНЮС, 12 сентября — Беларусь освободила 52 политзаключенных после визита американского посланника. "
            "Их вывезли к литовской границе в четверг.\n")
    assert run(text, "2025-09-12").event_date.isoformat() == "2025-09-11"


def test_a_belarusian_wire_story_dated_by_the_transfer_the_day_before():
    text = ("Беларусь вызваліла 52 палітвязні\n"
            "Вільня, 12 верасня. Беларусь вызваліла 52 палітвязні, паведамілі ў пятніцу ў офісе Ціханоўскай. Іх "
            "вывезлі да літоўскай мяжы напярэдадні.\n")
    assert run(text, "2025-09-12").event_date.isoformat() == "2025-09-11"


def test_a_ukrainian_wire_story_dated_by_the_transfer_the_day_before():
    text = ("Білорусь звільнила 52 політв'язнів\n"
            "Вільнюс, 12 вересня. Білорусь звільнила 52 політв'язнів, повідомили в п'ятницю в офісі Тихановської. Їх "
            "вивезли до литовського кордону напередодні.\n")
    assert run(text, "2025-09-12").event_date.isoformat() == "2025-09-11"


# Ordinals that number something other than the round: a person's title, an entry of the round's parts.


def test_a_ukrainian_first_deputy_among_the_pardoned_is_no_round_ordinal():
    text = ("Лукашенко помилував 25 засуджених\n"
            "Лукашенко помилував 25 засуджених. Серед помилуваних — перший заступник голови партії.\n")
    assert run(text, "2025-09-16").round_ordinal is None


def test_a_ukrainian_second_group_of_the_round_is_no_round_ordinal():
    text = ("Лукашенко помилував 25 засуджених\n"
            "Лукашенко помилував 25 засуджених. Перша група — 13 чоловіків. Друга група — 12 жінок.\n")
    assert run(text, "2025-09-16").round_ordinal is None


def test_an_english_second_group_of_the_round_is_no_round_ordinal():
    text = ("Lukashenko pardons 25 convicts\n"
            "Lukashenko pardoned 25 convicts. The first group: 13 men. The second group: 12 women.\n")
    assert run(text, "2025-09-16").round_ordinal is None


def test_a_belarusian_second_group_of_the_round_is_no_round_ordinal():
    text = ("Лукашэнка памілаваў 25 асуджаных\n"
            "Лукашэнка памілаваў 25 асуджаных. Першая група — 13 мужчын. Другая група — 12 жанчын.\n")
    assert run(text, "2025-09-16").round_ordinal is None


# A count under a modal verb is a forecast or an offer, not the standing count.


def test_an_english_forecast_count_is_not_the_standing_count():
    text = ("What to expect from Belarus in 2026\n"
            "The next list may include 50 political prisoners, while over 1,100 remain in custody.\n")
    assert _count(run(text, "2025-12-20").political_prisoners) == (1100, "over")


def test_a_russian_offered_count_is_not_the_standing_count():
    text = ("Чего ждать от Беларуси в 2026 году\n"
            "Минск может предложить лишь 50 политзаключенных, которые остаются в колониях. Всего же в Беларуси более "
            "1100 политзаключенных.\n")
    assert _count(run(text, "2025-12-20").political_prisoners) == (1100, "over")


def test_a_belarusian_offered_count_is_not_the_standing_count():
    text = ("Чаго чакаць ад Беларусі ў 2026 годзе\n"
            "Мінск можа прапанаваць толькі 50 палітвязняў, якія застаюцца ў калоніях. Усяго ў Беларусі больш за 1100 "
            "палітвязняў.\n")
    assert _count(run(text, "2025-12-20").political_prisoners) == (1100, "over")


def test_a_ukrainian_offered_count_is_not_the_standing_count():
    text = ("Чого чекати від Білорусі у 2026 році\n"
            "Мінськ може запропонувати лише 50 політв'язнів, які залишаються в колоніях. Загалом у Білорусі понад 1100 "
            "політв'язнів.\n")
    assert _count(run(text, "2025-12-20").political_prisoners) == (1100, "over")


# The releases of 2024, the year the pardons began, are the series' running total to the end of that year.


def test_an_english_count_freed_in_2024_is_a_running_total():
    text = ("Lukashenka pardons 23 more\n"
            "Lukashenka pardoned 23 people on Saturday. In 2024, 250 political prisoners regained freedom by pardon, "
            "according to rights defenders.\n")
    report = run(text, "2025-01-18")
    assert report.pardoned == 23 and _count(report.cumulative_released) == (250, "exact")


def test_a_russian_count_freed_in_2024_is_a_running_total():
    text = ("Лукашенко помиловал еще 23 человека\n"
            "Лукашенко помиловал 23 человека в субботу. В 2024 году по помилованию на свободу вышли 250 "
            "политзаключенных.\n")
    assert _count(run(text, "2025-01-18").cumulative_released) == (250, "exact")


def test_a_belarusian_count_freed_in_2024_is_a_running_total():
    text = ("Лукашэнка памілаваў яшчэ 23 чалавекі\n"
            "Лукашэнка памілаваў 23 чалавекі ў суботу. У 2024 годзе па памілаванні на волю выйшлі 250 палітвязняў.\n")
    assert _count(run(text, "2025-01-18").cumulative_released) == (250, "exact")


def test_a_ukrainian_count_freed_in_2024_is_a_running_total():
    text = ("Лукашенко помилував ще 23 людей\n"
            "Лукашенко помилував 23 людей у суботу. У 2024 році за помилуванням на волю вийшли 250 політв'язнів.\n")
    assert _count(run(text, "2025-01-18").cumulative_released) == (250, "exact")


# Short Ukrainian texts: "учора" is Ukrainian too, and "понад", "після", "серед" are Ukrainian only.


def test_a_short_ukrainian_report_with_uchora_is_read_as_ukrainian():
    report = run("Учора ввечері Лукашенко помилував 20 засуджених.\n", "2025-06-21")
    assert report.lang == "uk" and report.pardoned == 20


def test_a_short_ukrainian_prisoner_count_is_read_as_ukrainian():
    report = run("Але в тюрмах лишаються понад тисяча людей.\n", "2025-06-21")
    assert report.lang == "uk"


# The freed arriving dates the round; an envoy arriving does not.


def test_an_english_arrival_of_the_prisoners_dates_the_round():
    text = ("Belarus frees 52 political prisoners\n"
            "VILNIUS, Lithuania (AP) — Belarus has freed 52 political prisoners after a visit by a U.S. envoy, "
            "officials said. The prisoners arrived in Vilnius on Thursday evening.\n")
    assert run(text, "2025-09-12").event_date.isoformat() == "2025-09-11"


# The size of a rights group's list, or of a list told after a sentence on political prisoners, is the standing count.


def test_an_english_count_raising_viasnas_list_is_the_standing_count():
    text = ("Viasna recognises 14 more political prisoners\n"
            "The 14 new names take Viasna's list to 1,126.\n")
    assert _count(run(text, "2025-10-24").political_prisoners) == (1126, "exact")


def test_an_english_list_standing_at_a_count_after_recognitions_is_the_standing_count():
    text = ("Viasna recognises 14 more political prisoners\n"
            "Viasna recognised 14 more people as political prisoners on Friday. The list now stands at 1,126.\n")
    assert _count(run(text, "2025-10-24").political_prisoners) == (1126, "exact")


def test_a_russian_count_the_rights_groups_list_reached_is_the_standing_count():
    text = ("«Весна» признала еще 14 человек\n"
            "В пятницу «Весна» добавила 14 имен, и список «Весны» достиг 1 126.\n")
    assert _count(run(text, "2025-10-24").political_prisoners) == (1126, "exact")


# An opinion label before the page's date stamp marks a comment piece once the stamp is dropped.


def test_a_russian_column_labelled_over_its_date_stamp_reports_no_round():
    text = ("Новая газета Европа\n"
            "Мнения · 19 сентября 2025\n"
            "Двери открываются в обе стороны\n"
            "За одну неделю в Беларуси на свободу вышли 77 политзаключенных. Затем, 16 сентября, еще 25.\n")
    report = run(text, "2025-09-19")
    assert not report.is_pardon_report and report.pardoned is None


def test_an_english_column_labelled_over_its_date_stamp_reports_no_round():
    text = ("The Minsk Observer\n"
            "Opinion | September 19, 2025\n"
            "The revolving door of Belarus's prisons\n"
            "In one week 77 political prisoners walked free in Belarus.\n")
    assert not run(text, "2025-09-19").is_pardon_report


def test_a_belarusian_column_labelled_over_its_date_stamp_reports_no_round():
    text = ("Наша Ніва\n"
            "Меркаванне · 19 верасня 2025\n"
            "Дзверы адчыняюцца ў абодва бакі\n"
            "За адзін тыдзень у Беларусі на волю выйшлі 77 палітвязняў.\n")
    assert not run(text, "2025-09-19").is_pardon_report


def test_a_ukrainian_column_labelled_over_its_date_stamp_reports_no_round():
    text = ("Українська правда\n"
            "Колонка · 19 вересня 2025\n"
            "Двері відчиняються в обидва боки\n"
            "За один тиждень у Білорусі на волю вийшли 77 політв'язнів.\n")
    assert not run(text, "2025-09-19").is_pardon_report


# A readiness to pardon is a promise, not a release.


def test_an_english_readiness_to_pardon_is_no_round():
    text = ("Lukashenko promises more pardons\n"
            "Lukashenko said on Friday he was ready to pardon another 30 people before the New Year.\n")
    report = run(text, "2025-12-20")
    assert not report.is_pardon_report and report.pardoned is None


# "Четверо" (four people) is no Thursday: read as one it made the round stale and dropped the report.


def test_a_russian_make_up_of_four_people_does_not_date_the_round_to_thursday():
    text = ("Лукашенко помиловал 25 осужденных\n"
            "Лукашенко помиловал 25 осужденных. Среди помилованных 12 женщин и 13 мужчин, четверо воспитывают "
            "несовершеннолетних детей.\n")
    report = run(text, "2025-09-16")
    assert report.is_pardon_report and report.pardoned == 25 and report.with_children == 4


def test_a_ukrainian_make_up_of_four_people_does_not_date_the_round_to_thursday():
    text = ("Лукашенко помилував 25 засуджених\n"
            "Лукашенко помилував 25 засуджених. Серед помилуваних 12 жінок і 13 чоловіків, четверо виховують "
            "неповнолітніх дітей.\n")
    report = run(text, "2025-09-16")
    assert report.is_pardon_report and report.pardoned == 25


# The Ukrainian abbreviation of a thousand ("1,1 тис.").


def test_a_ukrainian_count_in_thousands_abbreviated_is_the_standing_count():
    text = ("Лукашенко помилував 16 засуджених\n"
            "У п'ятницю Лукашенко помилував 16 засуджених. Понад 1,1 тис. політв'язнів залишаються у в'язницях.\n")
    assert _count(run(text, "2025-10-17").political_prisoners) == (1100, "over")


# "Першы памілаваны" numbers a person; "дев'ятий раз, коли ... милує" numbers the round across the comma.


def test_a_lacinka_first_pardoned_man_is_no_round_ordinal():
    text = ("Łukašenka pamiłavaŭ 25 asudžanych\n"
            "Łukašenka pamiłavaŭ 25 asudžanych. Pieršy pamiłavany vyjšaŭ na volu jašče ranicaj.\n")
    assert run(text, "2025-09-16").round_ordinal is None


def test_a_belarusian_first_pardoned_man_is_no_round_ordinal():
    text = ("Лукашэнка памілаваў 25 асуджаных\n"
            "Лукашэнка памілаваў 25 асуджаных. Першы памілаваны выйшаў на волю яшчэ раніцай.\n")
    assert run(text, "2025-09-16").round_ordinal is None


def test_a_ukrainian_ninth_time_when_he_pardons_is_the_round_ordinal():
    text = ("Лукашенко помилував 25 засуджених\n"
            "Лукашенко помилував 25 засуджених. Це вже дев'ятий раз, коли Лукашенко милує політв'язнів з липня 2024 "
            "року.\n")
    assert run(text, "2025-09-16").round_ordinal == 9


def test_a_belarusian_ninth_time_when_he_pardons_is_the_round_ordinal():
    text = ("Лукашэнка памілаваў 25 асуджаных\n"
            "Лукашэнка памілаваў 25 асуджаных. Гэта ўжо дзявяты раз, калі Лукашэнка мілуе палітвязняў з ліпеня 2024 "
            "года.\n")
    assert run(text, "2025-09-16").round_ordinal == 9
