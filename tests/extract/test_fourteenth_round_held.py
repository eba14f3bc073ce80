"""People still held, fourteenth round of issue #12 (see docs/extract-corpus.md, "Fourteenth round: still held").

Short articles of our own in English, Russian, Belarusian and Ukrainian; each asserts both lists as the extractor
prints them (names in the nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists

# A round that "left many prisoners behind bars, including A and B": the ones left inside are held, whatever release
# the sentence tells before.


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Lukashenko pardoned 52 prisoners on Thursday. Lawyers said the decree left dozens of well-known prisoners behind "
     "bars, including the journalist Andrzej Poczobut and the politician Mikalai Statkevich.",
     [], ["Andrzej Poczobut", "Mikalai Statkevich"]),
    ("Лукашенко помиловал 52 человека. Помилование оставило за решеткой многих известных заключенных, в том числе "
     "Андрея Почобута и Николая Статкевича.", [], ["Андрей Почобут", "Николай Статкевич"]),
    ("Лукашэнка памілаваў 52 чалавекі. Памілаванне пакінула за кратамі шмат вядомых вязняў, у тым ліку Андрэя "
     "Пачобута.", [], ["Андрэй Пачобут"]),
    ("Лукашенко помилував 52 людей. Помилування залишило за ґратами багатьох відомих в'язнів, зокрема Андрія "
     "Почобута.", [], ["Андрій Почобут"]),
])
def test_those_a_round_left_behind_bars_are_held(text, released, held):
    check_name_lists(text, "2025-09-20", released, held)


def test_one_who_left_the_colony_is_not_held_by_the_word_left():
    check_name_lists("Ihar Losik, pardoned on Thursday, left the colony in Navapolatsk and is now in Vilnius.",
                     "2025-09-20", ["Ihar Losik"], [])


# A round's list without the person: "X в этом списке не оказалось", the headline's "X в списке нет" (after a fronted
# release of another name: "на свободе A, B в списке нет").


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Седьмая волна: на свободе Ирина Злобина, Марфы Рабковой в списке нет\n\nЛукашенко помиловал 25 политзаключенных. "
     "Среди освобожденных — Ирина Злобина. Журналистки Марфы Рабковой, осужденной на 14 лет, в этом списке не "
     "оказалось. Не освобожден и политик Николай Статкевич.",
     ["Ирина Злобина"], ["Марфа Рабкова", "Николай Статкевич"]),
    ("Сёмая хваля: на волі Ірына Злобіна, Марфы Рабковай у спісе няма\n\nЛукашэнка памілаваў 25 палітвязняў. Сярод "
     "вызваленых — Ірына Злобіна. Журналісткі Марфы Рабковай у гэтым спісе не аказалася. Не вызвалены і палітык Мікола "
     "Статкевіч.", ["Ірына Злобіна"], ["Марфа Рабкова", "Мікола Статкевіч"]),
    ("Сьома хвиля: на волі Ірина Злобіна, Марфи Рабкової у списку немає\n\nЛукашенко помилував 25 політв'язнів. Серед "
     "звільнених — Ірина Злобіна. Журналістки Марфи Рабкової у цьому списку не виявилося. Не звільнений і політик "
     "Микола Статкевич.", ["Ірина Злобіна"], ["Марфа Рабкова", "Микола Статкевич"]),
    ("Seventh round frees Iryna Zlobina; Marfa Rabkova not on the list\n\nLukashenko pardoned 25 political prisoners. "
     "Among those freed is Iryna Zlobina. The journalist Marfa Rabkova was not among them. The politician Mikalai "
     "Statkevich was not released either.", ["Iryna Zlobina"], ["Marfa Rabkova", "Mikalai Statkevich"]),
])
def test_one_left_off_the_rounds_list_is_held(text, released, held):
    check_name_lists(text, "2025-09-20", released, held)


@pytest.mark.parametrize(("text", "released"), [
    ("На свободе Игорь Лосик, Мария Колесникова и Максим Знак.", ["Игорь Лосик", "Мария Колесникова", "Максим Знак"]),
    ("На волю выйшлі Ігар Лосік, Марыя Калеснікава і Максім Знак.", ["Ігар Лосік", "Марыя Калеснікава", "Максім Знак"]),
])
def test_a_list_closed_by_and_still_shares_its_fronted_release(text, released):
    check_name_lists(text, "2025-09-20", released, [])


# A time clause with its own subjects: "Since A and B walked free, C remains one of the best-known prisoners".


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Since Ihar Losik and Maria Kalesnikava walked free in December, Andrzej Poczobut remains one of the best-known "
     "prisoners of the regime.", ["Ihar Losik", "Maria Kalesnikava"], ["Andrzej Poczobut"]),
    ("С тех пор как в декабре на свободу вышли Игорь Лосик и Мария Колесникова, Андрей Почобут остается одним из самых "
     "известных узников режима.", ["Игорь Лосик", "Мария Колесникова"], ["Андрей Почобут"]),
    ("Адкуль у снежні на волю выйшлі Ігар Лосік і Марыя Калеснікава, Андрэй Пачобут застаецца адным з самых вядомых "
     "вязняў рэжыму.", ["Ігар Лосік", "Марыя Калеснікава"], ["Андрэй Пачобут"]),
    ("Відколи у грудні на волю вийшли Ігор Лосік і Марія Колесникова, Андрій Почобут залишається одним із "
     "найвідоміших в'язнів режиму.", ["Ігор Лосік", "Марія Колесникова"], ["Андрій Почобут"]),
])
def test_a_time_clause_frees_its_own_subjects_and_the_main_clause_holds_its_own(text, released, held):
    check_name_lists(text, "2026-02-10", released, held)


# A later sentence tells the state of one named before: by the surname with a contrast particle after a release that
# named her as someone's co-defendant, or by the first name alone opening the sentence.


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Among those freed is the lawyer Maksim Znak, who in 2021 was sentenced together with Maria Kalesnikava. "
     "Kalesnikava, however, remains in the colony.", ["Maksim Znak"], ["Maria Kalesnikava"]),
    ("Среди освобожденных — адвокат Максим Знак, которого в 2021 году осудили вместе с Марией Колесниковой. "
     "Колесникова же по-прежнему находится в колонии.", ["Максим Знак"], ["Мария Колесникова"]),
    ("Сярод вызваленых — адвакат Максім Знак, якога ў 2021 годзе асудзілі разам з Марыяй Калеснікавай. Калеснікава ж "
     "па-ранейшаму знаходзіцца ў калоніі.", ["Максім Знак"], ["Марыя Калеснікава"]),
    ("Серед звільнених — адвокат Максим Знак, якого у 2021 році засудили разом з Марією Колесниковою. Колесникова ж і "
     "далі перебуває в колонії.", ["Максим Знак"], ["Марія Колесникова"]),
])
def test_a_co_defendant_named_beside_a_release_takes_her_own_later_state(text, released, held):
    check_name_lists(text, "2025-09-20", released, held)


@pytest.mark.parametrize(("text", "held"), [
    ("The family of Eduard Babaryka tells a different story. Eduard was detained in 2020 and is still in prison.",
     ["Eduard Babaryka"]),
    ("Совсем иначе живет семья Эдуарда Бабарико. Эдуард был задержан в 2020 году и до сих пор находится в заключении.",
     ["Эдуард Бабарико"]),
    ("Зусім інакш жыве сям'я Эдуарда Бабарыкі. Эдуард быў затрыманы ў 2020 годзе і дагэтуль знаходзіцца ў "
     "зняволенні.", ["Эдуард Бабарыка"]),
    ("Зовсім інакше живе родина Едуарда Бабарика. Едуард був затриманий у 2020 році і досі перебуває в ув'язненні.",
     ["Едуард Бабарико"]),
])
def test_a_sentence_opened_by_a_first_name_alone_is_about_the_one_named_before_with_it(text, held):
    check_name_lists(text, "2025-09-20", [], held)


def test_a_first_name_shared_by_two_people_named_before_stays_no_ones():
    check_name_lists("Eduard Babaryka was freed in May. Eduard Lobau was freed in June. Eduard is still in prison, his "
                     "lawyer says.", "2025-09-20", ["Eduard Babaryka", "Eduard Lobau"], [])


# An interview's answer under the speaker's label ("Belau: Olga Lis. She is still in the colony"): the pronoun is the
# person the speaker names, not the speaker (who was freed).


@pytest.mark.parametrize(("text", "released", "held"), [
    ("Андрей Белов вышел на свободу в августе по помилованию. Мы поговорили с ним в Варшаве.\n\n— Кто остался там?\n\n"
     "Белов: Ольга Лис. Она до сих пор в колонии в Гомеле, ее держат в ШИЗО.\n\n— Вы ждете новых освобождений?\n\n"
     "Белов: Он отпустит кого-то, когда ему что-то нужно.", ["Андрей Белов"], ["Ольга Лис"]),
    ("Андрэй Бялоў выйшаў на волю ў жніўні па памілаванні. Мы пагаварылі з ім у Варшаве.\n\n— Хто застаўся там?\n\n"
     "Бялоў: Вольга Ліс. Яна дагэтуль у калоніі ў Гомелі.", ["Андрэй Бялоў"], ["Вольга Ліс"]),
    ("Андрій Бєлов вийшов на волю в серпні після помилування. Ми поговорили з ним у Варшаві.\n\n— Хто залишився там?\n\n"
     "Бєлов: Ольга Лис. Вона досі в колонії в Гомелі.", ["Андрій Бєлов"], ["Ольга Лис"]),
    ("Andrei Belau walked free in August under a pardon. We spoke to him in Warsaw.\n\nQ: Who is still there?\n\n"
     "Belau: Olga Lis. She is still in the colony in Homel.", ["Andrei Belau"], ["Olga Lis"]),
])
def test_an_answer_under_the_speakers_label_tells_of_the_person_it_names(text, released, held):
    check_name_lists(text, "2025-09-20", released, held)


# A numbered list of the people still inside, each line "Name — trade, further description": an office after the
# comma ("представитель польского меньшинства") or a former one written with a hyphen ("экс-кандидат в президенты")
# describes the prisoner, it does not make an official of them.


@pytest.mark.parametrize(("text", "held"), [
    ("Кто до сих пор в колониях\n\nМы вспоминаем тех, кого знают все. Все они по-прежнему находятся в заключении.\n\n"
     "1. Ольга Лис — медсестра. Срок — 6 лет.\n2. Иван Сыч — экс-кандидат в президенты. Срок — 5 лет.\n3. Петр Гай — "
     "журналист, представитель польского меньшинства. Срок — 4 года.\n4. Анна Кот — врач. Срок — 3 года.",
     ["Анна Кот", "Иван Сыч", "Ольга Лис", "Петр Гай"]),
    ("Хто дагэтуль у калоніях\n\nМы ўспамінаем тых, каго ведаюць усе. Усе яны па-ранейшаму знаходзяцца ў зняволенні.\n\n"
     "1. Вольга Ліс — медсястра. Тэрмін — 6 гадоў.\n2. Іван Сыч — журналіст, прадстаўнік польскай меншасці. Тэрмін — 5 "
     "гадоў.\n3. Пётр Гай — экс-кандыдат у прэзідэнты. Тэрмін — 4 гады.", ["Вольга Ліс", "Іван Сыч", "Пётр Гай"]),
    ("Хто досі в колоніях\n\nМи згадуємо тих, кого знають усі. Усі вони досі перебувають в ув'язненні.\n\n1. Ольга Лис — "
     "медсестра. Строк — 6 років.\n2. Іван Сич — журналіст, представник польської меншини. Строк — 5 років.\n3. Петро "
     "Гай — екс-кандидат у президенти. Строк — 4 роки.", ["Іван Сич", "Ольга Лис", "Петро Гай"]),
    ("Who is still behind bars\n\nWe remember those whom everyone knows. All of them are still in prison.\n\n1. Olga Lis "
     "— a nurse. Term: 6 years.\n2. Ivan Sych — a journalist, representative of the Polish minority. Term: 5 years.\n3. "
     "Piotr Hai — ex-candidate for president. Term: 4 years.", ["Ivan Sych", "Olga Lis", "Piotr Hai"]),
])
def test_every_item_of_a_list_of_those_still_inside_is_held(text, held):
    check_name_lists(text, "2025-09-20", [], held)


def test_an_official_named_with_an_office_still_opens_no_prisoners_paragraph():
    check_name_lists("The envoy arrived in Minsk on Thursday.\n\nJohn Coale, the US envoy, met officials in Minsk. He "
                     "said more prisoners would be freed.", "2025-09-20", [], [])
