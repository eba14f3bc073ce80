"""People of the fifteenth round of issue #12, from the study corpora blind18–25 (see docs/extract-corpus.md, "Fifteenth
round: people left in blind18–25").

Short articles of our own in English, Russian, Belarusian and Ukrainian; each asserts both lists as the extractor prints
them (names in the nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists, name_lists

# 1. A profile's heading written in capitals ("IHAR KARNEI", "MAKSIM ZNAK: A LAWYER AGAIN") names its person: capitals
# hid which words were a name.


@pytest.mark.parametrize(("text", "released"), [
    ("Portraits of the freed\n\nBelarus released 14 prisoners on Friday. We talked to the families of two of them.\n\n"
     "ANDREI PETRAU\nThe 41-year-old engineer from Brest was released on Friday. He called his mother from Vilnius.\n\n"
     "VOLHA SIDARENKA: BACK AT SCHOOL\nThe teacher walked free on Friday as well. She wants to teach again.\n",
     ["Andrei Petrau", "Volha Sidarenka"]),
    ("Лица освобожденных\n\nВ пятницу Беларусь освободила 14 заключенных.\n\n"
     "АНДРЕЙ ПЕТРОВ\nИнженера из Бреста освободили в пятницу. Он позвонил матери из Вильнюса.\n\n"
     "ОЛЬГА СИДОРЕНКО — СНОВА В ШКОЛЕ\nУчительница тоже вышла на свободу. Она хочет снова преподавать.\n",
     ["Андрей Петров", "Ольга Сидоренко"]),
    ("Твары вызваленых\n\nУ пятніцу Беларусь вызваліла 14 вязняў.\n\n"
     "АНДРЭЙ ПЯТРОЎ\nІнжынера з Брэста вызвалілі ў пятніцу. Ён патэлефанаваў маці з Вільні.\n\n"
     "ВОЛЬГА СІДАРЭНКА: ЗНОЎ У ШКОЛЕ\nНастаўніца таксама выйшла на волю. Яна хоча зноў выкладаць.\n",
     ["Андрэй Пятроў", "Вольга Сідарэнка"]),
    ("Обличчя звільнених\n\nУ п'ятницю Білорусь звільнила 14 в'язнів.\n\n"
     "АНДРІЙ ПЕТРОВ\nІнженера з Бреста звільнили в п'ятницю. Він зателефонував матері з Вільнюса.\n\n"
     "ОЛЬГА СИДОРЕНКО: ЗНОВУ В ШКОЛІ\nВчителька теж вийшла на волю. Вона хоче знову викладати.\n",
     ["Андрій Петров", "Ольга Сидоренко"]),
])
def test_a_profile_heading_in_capitals_names_its_person(text, released):
    check_name_lists(text, "2025-09-20", released, [])


def test_a_heading_in_capitals_that_is_no_name_names_no_one():
    released, held = name_lists("Belarus released 14 prisoners on Friday.\n\nWHO IS STILL BEHIND BARS\nMany are. Andrei"
                                " Petrau is still in a colony in Homel.\n\nBAJ STATEMENT\nThe union welcomed the news.\n",
                                "2025-09-20")
    assert (released, held) == ([], ["Andrei Petrau"])


# 2. One who would not go with the freed ("declined to cross", "не захотел уезжать из страны") stayed a prisoner, though
# he got off the bus at the border with them.


@pytest.mark.parametrize(("text", "held"), [
    ("Belarus freed 20 prisoners on Thursday. Andrei Petrau stepped off the bus at the border and declined to cross into"
     " Lithuania.\n", ["Andrei Petrau"]),
    ("Belarus freed 20 prisoners on Thursday. Andrei Petrau got off the bus and said he would not leave his country.\n",
     ["Andrei Petrau"]),
    ("В четверг Беларусь освободила 20 заключенных. Андрей Петров вышел из автобуса на границе, но не захотел уезжать из"
     " страны.\n", ["Андрей Петров"]),
    ("У четвер Білорусь звільнила 20 в'язнів. Андрій Петров вийшов з автобуса на кордоні, але не захотів перетинати"
     " кордон.\n", ["Андрій Петров"]),
    ("У чацвер Беларусь вызваліла 20 вязняў. Андрэй Пятроў выйшаў з аўтобуса на мяжы, але не захацеў пакідаць краіну.\n",
     ["Андрэй Пятроў"]),
])
def test_one_who_would_not_leave_with_the_freed_is_held(text, held):
    check_name_lists(text, "2025-09-20", [], held)


def test_declining_to_comment_off_the_bus_is_no_refusal_to_leave():
    check_name_lists("Belarus freed 20 prisoners on Thursday. Andrei Petrau got off the bus in Vilnius and declined to"
                     " comment.\n", "2025-09-20", ["Andrei Petrau"], [])


# 3. "Among those who did cross was X": the group that crossed the border is the freed, whether or not the sentence names
# the border or the country; the one told held just before does not lend them his state.


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Belarus freed 20 prisoners on Thursday. Andrei Petrau refused to get off the bus and was returned to the colony."
     " Among those who did cross was Volha Sidarenka, a teacher.\n", ["Volha Sidarenka"], ["Andrei Petrau"]),
    ("В четверг Беларусь освободила 20 заключенных. Андрея Петрова вернули в колонию. Среди тех, кто все-таки пересек"
     " границу, была учительница Ольга Сидоренко.\n", ["Ольга Сидоренко"], ["Андрей Петров"]),
    ("У четвер Білорусь звільнила 20 в'язнів. Андрія Петрова повернули до колонії. Серед тих, хто таки перетнув кордон,"
     " була вчителька Ольга Сидоренко.\n", ["Ольга Сидоренко"], ["Андрій Петров"]),
    ("У чацвер Беларусь вызваліла 20 вязняў. Андрэя Пятрова вярнулі ў калонію. Сярод тых, хто перасёк мяжу, была"
     " настаўніца Вольга Сідарэнка.\n", ["Вольга Сідарэнка"], ["Андрэй Пятроў"]),
])
def test_those_who_crossed_the_border_are_the_freed(text, released, held):
    check_name_lists(text, "2025-09-20", released, held)


# 4. "Также вышла учительница X, которую осудили в 2022 году": "вышла" alone, with "также" after a release told before
# it, is out of prison; her past sentence in the relative clause is biography.


@pytest.mark.parametrize(("text", "released"), [
    ("Уже известно, что на свободе оказался инженер Андрей Петров, который провел за решеткой три года. Большую часть"
     " срока он провел в ШИЗО, ему дважды добавляли срок. Также вышла гомельская учительница Ольга Сидоренко, которую в"
     " 2022 году осудили за комментарии.\n", ["Андрей Петров", "Ольга Сидоренко"]),
    ("Відомо, що на волі опинився інженер Андрій Петров, який провів за ґратами три роки. Більшу частину терміну він"
     " провів у ШІЗО, йому двічі додавали термін. Також вийшла гомельська вчителька Ольга Сидоренко, яку у 2022 році"
     " засудили за коментарі.\n", ["Андрій Петров", "Ольга Сидоренко"]),
    ("На волі апынуўся інжынер Андрэй Пятроў. Таксама выйшла настаўніца Вольга Сідарэнка, якую ў 2022 годзе асудзілі за"
     " каментары.\n", ["Андрэй Пятроў", "Вольга Сідарэнка"]),
    ("Engineer Andrei Petrau walked free. Also out is teacher Volha Sidarenka, who was convicted in 2022 over comments.\n",
     ["Andrei Petrau", "Volha Sidarenka"]),
])
def test_also_came_out_after_a_release_is_released(text, released):
    check_name_lists(text, "2025-09-20", released, [])


@pytest.mark.parametrize("text", [
    "Также вышло интервью Ольги Сидоренко, которую в 2022 году осудили за комментарии.\n",
    "Також вийшла книга Ольги Сидоренко, яку у 2022 році засудили за коментарі.\n",
])
def test_a_publication_that_came_out_frees_no_one(text):
    released, _ = name_lists(text, "2025-09-20")
    assert released == []


# 5. A Belarusian man's name in the instrumental ("з Андрэем Пачобутам", "побач з Ігарам Лосікам") is put back in the
# nominative: its surname too, not only its first name.


@pytest.mark.parametrize(("text", "held"), [
    ("— Я працаваў у адным цэху з Андрэем Пятровічам. Ён і цяпер у калоніі.\n", ["Андрэй Пятровіч"]),
    ("— Год я спаў на суседнім ложку з Ігарам Марозікам. Ён дагэтуль за кратамі.\n", ["Ігар Марозік"]),
    ("— Мы сядзелі ў адной камеры з Сяргеем Пракапенкам. Ён і цяпер у калоніі.\n", ["Сяргей Пракапенка"]),
])
def test_a_mans_name_in_the_instrumental_is_told_in_the_nominative(text, held):
    check_name_lists(text, "2025-09-20", [], held)


# 6. "Яму засталося тры гады", "He has three years left": a term still to serve, held; the dative pronoun that opens
# such a sentence is the person just named.


@pytest.mark.parametrize(("text", "held"), [
    ("Мяне вызвалілі ў чацвер. — Павел Гутараў, мой сусед па ложку, настаўнік з Оршы. Яму засталося тры гады.\n",
     ["Павел Гутараў"]),
    ("Меня освободили в четверг. — Павел Гутарев, мой сосед по нарам, учитель из Орши. Ему осталось три года.\n",
     ["Павел Гутарев"]),
    ("Мене звільнили в четвер. — Павло Гутарев, мій сусід по ліжку, вчитель з Орші. Йому залишилося три роки.\n",
     ["Павло Гутарев"]),
    ("I was freed on Thursday. Pavel Hutarau, my bunk neighbour, a teacher from Orsha. He has three years left.\n",
     ["Pavel Hutarau"]),
])
def test_a_term_left_to_serve_holds_the_person(text, held):
    check_name_lists(text, "2025-09-20", [], held)


@pytest.mark.parametrize(("text", "released"), [
    ("Инженера Андрея Петрова освободили в марте. Он остался еще на год в Литве.\n", ["Андрей Петров"]),
    ("Інженера Андрія Петрова звільнили в березні. Він залишився в місті ще на рік.\n", ["Андрій Петров"]),
])
def test_staying_on_for_a_year_abroad_is_no_term_left(text, released):
    check_name_lists(text, "2025-09-20", released, [])


# 7. One person's name is written in one script: a Belarusian trade before a Latin outlet ("Журналістка Belsat, якой
# ...") is no person's name, even with a relative clause after it as a person's name has.


@pytest.mark.parametrize("text", [
    "Аператарка Belsat, якой дадалі тэрмін, засталася ў калоніі.\n",
    "Карэспандэнтка Euroradio, якую асудзілі на тры гады, застаецца ў калоніі.\n",
    "Кацярына Андрэева. Журналістка Belsat, якой у калоніі дадалі яшчэ тэрмін.\n",
])
def test_a_trade_and_an_outlet_in_two_scripts_are_no_name(text):
    released, held = name_lists(text, "2025-09-20")
    assert not [name for name in released + held if "Belsat" in name or "Euroradio" in name]


def test_a_foreign_name_in_one_script_is_still_a_person():
    check_name_lists("Masatoshi Nakanishi, who was detained in 2024, is still in prison.\n", "2025-09-20", [],
                     ["Masatoshi Nakanishi"])


# 8. "Also on the bus was X": the vehicle that carried the people just told of; the name shares their state.


@pytest.mark.parametrize(("text", "released"), [
    ("Belarus freed engineer Andrei Petrau on Saturday. His sister said she was happy. Also on the bus was Volha"
     " Sidarenka, a teacher.\n", ["Andrei Petrau", "Volha Sidarenka"]),
    ("В субботу Беларусь освободила инженера Андрея Петрова. Его сестра сказала, что счастлива. Также в том же автобусе"
     " была учительница Ольга Сидоренко.\n", ["Андрей Петров", "Ольга Сидоренко"]),
    ("У суботу Білорусь звільнила інженера Андрія Петрова. Також в автобусі була вчителька Ольга Сидоренко.\n",
     ["Андрій Петров", "Ольга Сидоренко"]),
    ("У суботу Беларусь вызваліла інжынера Андрэя Пятрова. Таксама ў аўтобусе была настаўніца Вольга Сідарэнка.\n",
     ["Андрэй Пятроў", "Вольга Сідарэнка"]),
])
def test_also_on_the_bus_shares_the_state_of_those_told_before(text, released):
    check_name_lists(text, "2025-09-20", released, [])


# 9. A term received, told with its reason or alone ("who got six years for a comment online", "получил три года."), is
# a sentence: with nothing after it, the person is held. A line opened by "and" and its one name ("And X, a girl of 29
# from Pinsk, who ...") is about that name to its end, as a line opened by the name is.


@pytest.mark.parametrize(("text", "held"), [
    ("I was freed in June. And Tatsiana Lasitsa, a girl of 29 from Pinsk, who got six years for a comment online.\n",
     ["Tatsiana Lasitsa"]),
    ("Меня освободили в июне. — А ещё Татьяна Лисица, девушка 29 лет из Пинска, которая получила шесть лет за"
     " комментарий.\n", ["Татьяна Лисица"]),
    ("Мяне вызвалілі ў чэрвені. І Таццяна Ласіца, дзяўчына 29 гадоў з Пінска, якая атрымала шэсць гадоў за каментар.\n",
     ["Таццяна Ласіца"]),
    ("Мене звільнили в червні. Та Тетяна Лисиця, дівчина 29 років з Пінська, яка отримала шість років за коментар.\n",
     ["Тетяна Лисиця"]),
])
def test_a_term_received_holds_the_person(text, held):
    check_name_lists(text, "2025-09-20", [], held)


def test_a_letter_received_years_ago_is_no_term():
    released, held = name_lists("Андрей Петров получил письмо два года назад.\n", "2025-09-20")
    assert (released, held) == ([], [])


# 10. A dash right after a name that a second dash closes sets off an aside ("X — they were tried in the same case — was
# pardoned"): the name's own predicate comes after it, the aside's pronoun does not start another clause.


@pytest.mark.parametrize(("text", "released"), [
    ("His friend Kiryl Melnik — they were tried in the same case — was pardoned in January.\n", ["Kiryl Melnik"]),
    ("Яго сябар Кірыл Мельнік — яны праходзілі па адной справе — выйшаў на волю ў студзені.\n", ["Кірыл Мельнік"]),
    ("Його друг Кирило Мельник — вони проходили в одній справі — вийшов на волю в січні.\n", ["Кирило Мельник"]),
    ("Его друг, Кирилл Мельник, — они по одному делу проходили — вышел по помилованию в январе.\n", ["Кирилл Мельник"]),
])
def test_a_dash_aside_after_a_name_leaves_it_its_predicate(text, released):
    check_name_lists(text, "2025-09-20", released, [])


def test_a_dash_after_the_names_own_predicate_still_ends_its_clause():
    # The aside opens after the name's own predicate: the name keeps the state told before the dash.
    check_name_lists("Кирилл Мельник остался в колонии — он так и не подал прошение — и ждет конца срока.\n",
                     "2025-09-20", [], ["Кирилл Мельник"])
