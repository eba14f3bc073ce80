"""People of the seventeenth round of issue #12: states told by setting in interviews, posts and monologues. A stay now
under way told with the prison's own adjective, a transcript's named speaker answering who stayed, a diminutive, a
letter from the punishment cell with its subject left out, a trade after "now" and an aside, a name left out of the
decree or of every list, a release not due before a later year, an opinion's speaker after the clause, an
organisation's owner, and a Belarusian surname in "-ль" in the instrumental (see docs/extract-corpus.md, "Seventeenth
round: states told by setting (held38)").

Short articles of our own in English, Russian, Belarusian and Ukrainian.
"""

import pytest

from tests.extract.helpers import check_name_lists

# 1. A stay now under way, the prison named with its town's or its kind's adjective, the name in apposition to a kin word.


@pytest.mark.parametrize(("text", "held"), [
    ("Мой брат, Павел Северинец, уже третий год в новополоцкой колонии. Пишет редко.\n", "Павел Северинец"),
    ("Мой бацька, Павел Севярынец, ужо пяты год у віцебскай калоніі строгага рэжыму.\n", "Павел Севярынец"),
    ("Мій чоловік, Павло Северинець, вже четвертий рік у могилівській колонії.\n", "Павло Северинець"),
    ("My husband, Pavel Seviarynets, has been in the Navapolatsk colony for three years now.\n", "Pavel Seviarynets"),
    ("Her son Pavel Seviarynets has been behind bars since May 2021 and writes every week.\n", "Pavel Seviarynets"),
])
def test_a_stay_under_way_in_a_named_prison_is_held(text, held):
    check_name_lists("Ганна Белая\n5 студзеня 2025\n\n" + text, "2025-01-05", [], [held])


def test_a_stay_told_as_over_is_no_hold():
    check_name_lists("Pavel Seviarynets had been in the Navapolatsk colony for three years when he was pardoned.\n",
                     "2025-01-05", ["Pavel Seviarynets"], [])



# 2. A transcript with the speakers named before a colon: the answer under "Who stayed in ...?" names people held.

_FREED_SPEAKER = {
    "be": "Інтэрв'ю\n15 кастрычніка 2025\n\nГанна Лукашук выйшла на волю ў верасні. Цяпер яна ў Вільні.\n\n",
    "uk": "Інтерв'ю\n15 жовтня 2025\n\nГанна Лукашук вийшла на волю у вересні. Тепер вона у Вільнюсі.\n\n",
    "ru": "Интервью\n15 октября 2025\n\nАнна Лукашук вышла на свободу в сентябре. Сейчас она в Вильнюсе.\n\n",
    "en": "Interview\n15 October 2025\n\nHanna Lukashuk walked free in September. She now lives in Vilnius.\n\n",
}


@pytest.mark.parametrize(("lang", "exchange", "freed", "held"), [
    ("be", "Карэспандэнтка: Хто застаўся ў Гомелі?\nГанна Лукашук: Вольга Клімковіч — мы спалі побач. Яна моцная.\n",
     "Ганна Лукашук", "Вольга Клімковіч"),
    ("uk", "Журналістка: Хто залишився в колонії?\nГанна Лукашук: Ольга Климкович. Ми спали поруч.\n",
     "Ганна Лукашук", "Ольга Климкович"),
    ("ru", "Корреспондент: Кто остался в Гомеле?\nАнна Лукашук: Ольга Климкович. Мы спали рядом.\n",
     "Анна Лукашук", "Ольга Климкович"),
    ("en", "Q: Who stayed behind in Homel?\nHanna Lukashuk: Volha Klimkovich. We slept side by side.\n",
     "Hanna Lukashuk", "Volha Klimkovich"),
])
def test_a_speakers_answer_to_who_stayed_names_the_held(lang, exchange, freed, held):
    check_name_lists(_FREED_SPEAKER[lang] + exchange, "2025-10-15", [freed], [held])


def test_a_speakers_answer_to_another_question_tells_nothing():
    check_name_lists(_FREED_SPEAKER["en"] + "Q: What did you eat there?\nHanna Lukashuk: Volha Klimkovich shared her bread.\n",
                     "2025-10-15", ["Hanna Lukashuk"], [])


# 3. A diminutive standing for the one person named before in full with that first name.


@pytest.mark.parametrize(("text", "freed", "held"), [
    ("Сяргей Ярош выйшаў на волю ў студзені. У атрадзе з ім быў Дзмітрый Фурманаў. Я ведаю, што Дзіма дагэтуль там.\n",
     "Сяргей Ярош", "Дзмітрый Фурманаў"),
    ("Олег Гнатюк вийшов на волю в січні. Разом із ним сидів Дмитро Фурманов. Я знаю, що Діма досі там.\n",
     "Олег Гнатюк", "Дмитро Фурманов"),
    ("Сергей Ярош вышел на свободу в январе. С ним в отряде был Эдуард Пальчис. Говорит, что Эдик до сих пор там.\n",
     "Сергей Ярош", "Эдуард Пальчис"),
    ("Siarhei Yarash walked free in January. In his unit was Dzmitry Furmanau, a printer from Lida. Yarash says Dima is "
     "still there.\n",
     "Siarhei Yarash", "Dzmitry Furmanau"),
])
def test_a_diminutive_stands_for_the_person_named_in_full(text, freed, held):
    check_name_lists(text, "2025-03-03", [freed], [held])


def test_a_diminutive_of_two_namesakes_is_no_ones():
    check_name_lists("Siarhei Yarash walked free in January. He shared a cell with Dzmitry Furmanau and Dzmitry Kasko. "
                     "He knows Dima is still in the colony.\n", "2025-03-03", ["Siarhei Yarash"], [])


# 4. A letter from the punishment cell: "writes from ШИЗО" with no subject after the sentence that names the writer.


@pytest.mark.parametrize(("text", "held"), [
    ("Вчера пришло письмо от брата, Олега Мельника, — первое за месяц. Пишет из ШИЗО, просит книги.\n", "Олег Мельник"),
    ("Учора прыйшоў ліст ад сына, Алега Мельніка. Піша з ШІЗА ў Наваполацку, просіць кнігі.\n", "Алег Мельнік"),
    ("Учора прийшов лист від чоловіка, Олега Мельника. Пише з ШІЗО, просить книжки і теплі шкарпетки.\n", "Олег Мельник"),
    ("A letter came yesterday from my brother, Aleh Melnik. He writes from solitary and asks for books.\n", "Aleh Melnik"),
])
def test_one_writing_from_a_punishment_cell_is_held(text, held):
    check_name_lists("Ірына Мельнік\n2 кастрычніка 2024\n\n" + text, "2024-10-02", [], [held])


def test_one_writing_from_another_town_is_not_held():
    check_name_lists("Ірына Мельнік\n2 кастрычніка 2024\n\nВчера пришло письмо от брата, Олега Мельника. Пишет из "
                     "Вильнюса, что скоро приедет.\n", "2024-10-02", [], [])


# 5. A trade standing for the person after a "now" and an aside ("Now, his allies say, the politician is behind bars
# again"), also when a sentence about "him" stands between.


@pytest.mark.parametrize(("text", "held"), [
    ("Мікалай Статкевіч доўга стаяў ля шлагбаума. Праз гадзіну канвой павёў яго. Цяпер, паводле паплечнікаў, палітык "
     "зноў за кратамі.\n", "Мікалай Статкевіч"),
    ("Николай Статкевич долго стоял у шлагбаума. Сейчас, по словам соратников, политик снова за решёткой.\n",
     "Николай Статкевич"),
    ("Микола Статкевич довго стояв біля шлагбаума. За годину конвой повів його. Тепер, за словами соратників, політик "
     "знову за ґратами.\n", "Микола Статкевич"),
    ("Mikalai Statkevich stood by the barrier for a long time. Now, according to his allies, the politician is behind "
     "bars again.\n", "Mikalai Statkevich"),
])
def test_a_trade_after_now_and_an_aside_stands_for_the_person(text, held):
    check_name_lists(text, "2025-10-01", [], [held])


def test_a_trade_of_the_other_gender_stands_for_no_one():
    check_name_lists("Николай Статкевич долго стоял у шлагбаума. Сейчас, по словам друзей, журналистка снова за решёткой.\n",
                     "2025-10-01", [], [])


# 6. Left out of the pardon decree: "X в указе нет", as off the list of the pardoned.


@pytest.mark.parametrize(("text", "freed", "held"), [
    ("Лукашэнка памілаваў 36 чалавек. Сярод іх Вольга Клімковіч. Марфы Рабковай, за якую прасілі праваабаронцы, ва ўказе "
     "няма.\n", "Вольга Клімковіч", "Марфа Рабкова"),
    ("Лукашенко помилував 36 осіб. Серед них Ольга Климкович. Марфи Рабкової, за яку просили правозахисники, в указі "
     "немає.\n", "Ольга Климкович", "Марфа Рабкова"),
    ("Лукашенко помиловал 36 человек. Среди них Ольга Климкович. Марфы Рабковой, за которую просили правозащитники, в "
     "указе нет.\n", "Ольга Климкович", "Марфа Рабкова"),
    ("Lukashenko pardoned 36 people. Among them is Volha Klimkovich. Marfa Rabkova, for whom rights groups had pleaded, "
     "is not in the decree.\n", "Volha Klimkovich", "Marfa Rabkova"),
])
def test_one_left_out_of_the_pardon_decree_is_held(text, freed, held):
    check_name_lists(text, "2024-11-14", [freed], [held])


# 7. A release not due before a date still to come ("должен выйти не раньше 2027 года"): held until then, the name told
# by its surname alone in a court's notes.


@pytest.mark.parametrize(("text", "held"), [
    ("10:10. Івана Пятрова ўводзяць у залу. Ён схуднеў.\n11:45. Суддзя дадае да тэрміну яшчэ год. Цяпер Пятроў мае выйсці "
     "не раней за 2027 год.\n", "Іван Пятроў"),
    ("10:10. Івана Петренка заводять до зали. Він схуд.\n11:45. Суддя додає до терміну ще рік. Тепер Петренко вийде на волю "
     "не раніше 2027 року.\n", "Іван Петренко"),
    ("10:10. Ивана Петрова вводят в зал. Он похудел.\n11:45. Судья добавляет к сроку ещё год. Теперь Петров должен выйти "
     "не раньше 2027 года.\n", "Иван Петров"),
    ("10:10. Ivan Petrou is led into the room. He has lost weight.\n11:45. The judge adds a year to his term. Petrou is now "
     "due to be released no earlier than 2027.\n", "Ivan Petrou"),
])
def test_a_release_not_due_before_a_later_year_is_held(text, held):
    check_name_lists(text, "2025-02-20", [], [held])


# 8. A Belarusian surname in "-ль" named in the instrumental ("з Ігарам Рубелем"): the person is Рубель.


@pytest.mark.parametrize(("text", "held"), [
    ("Алег Ярош выйшаў на волю ў верасні. Ён не паспеў развітацца з Ігарам Рубелем. Ён і цяпер там, у Шклове.\n",
     "Ігар Рубель"),
    ("Алег Ярош выйшаў на волю ў верасні. Побач з Алегам Кавалём ён працаваў два гады. Каваль і цяпер у калоніі.\n",
     "Алег Каваль"),
])
def test_a_surname_in_l_named_in_the_instrumental_keeps_its_nominative(text, held):
    check_name_lists(text, "2025-10-01", ["Алег Ярош"], [held])


# 9. An opinion told after the clause, its speaker after the verb ("..., believes his lawyer X"): the speaker is not
# the prisoner the clause tells of.


@pytest.mark.parametrize(("text", "held"), [
    ("Грамадзянін Украіны Алег Кравец, асуджаны ў Беларусі на шэсць гадоў, можа быць вызвалены падчас наступнага абмену, "
     "лічыць яго адвакатка Ірына Гушча.\n", "Алег Кравец"),
    ("Громадянин України Олег Кравець, засуджений у Білорусі до шести років, може бути звільнений під час наступного "
     "обміну, вважає його адвокатка Ірина Гуща.\n", "Олег Кравець"),
    ("Гражданин Украины Олег Кравец, осуждённый в Беларуси на шесть лет, может быть освобождён при следующем обмене, "
     "считает его адвокат Ирина Гуща.\n", "Олег Кравец"),
    ("Ukrainian citizen Oleh Kravets, sentenced in Belarus to six years, may be freed in the next exchange, believes his "
     "lawyer Iryna Hushcha.\n", "Oleh Kravets"),
])
def test_the_speaker_of_an_opinion_after_the_clause_is_not_held(text, held):
    check_name_lists(text, "2025-10-20", [], [held])


@pytest.mark.parametrize(("text", "held"), [
    ("«Вясна» лічыць Алега Краўца палітвязнем.\n", "Алег Кравец"),
    ("Правозахисники вважають Олега Кравця політв'язнем.\n", "Олег Кравець"),
])
def test_an_opinion_verb_with_no_comma_still_recognises(text, held):
    check_name_lists(text, "2025-10-20", [], [held])


# 10. A name left out of every list of the pardoned ("His name has not been on any of the lists"): held, not freed by
# the word of the pardoned after it.


@pytest.mark.parametrize(("text", "held"), [
    ("Ігар Ільяш піша маці кожны тыдзень.\nЯго прозвішча не было ні ў адным са спісаў памілаваных з мінулага лета.\n",
     "Ігар Ільяш"),
    ("Ігор Ільяш пише матері щотижня.\nЙого прізвища не було в жодному зі списків помилуваних з минулого літа.\n",
     "Ігор Ільяш"),
    ("Игорь Ильяш пишет матери каждую неделю.\nЕго фамилии не было ни в одном из списков помилованных с прошлого лета.\n",
     "Игорь Ильяш"),
    ("Ihar Ilyash writes to his mother every week.\nHis name has not been on any of the lists of the pardoned since last "
     "summer.\n", "Ihar Ilyash"),
])
def test_a_name_left_out_of_every_list_is_held(text, held):
    check_name_lists(text, "2025-03-25", [], [held])


# 11. A name right after an organisation it owns ("юрыст штаба Віктара Бабарыкі, ён быў затрыманы"): named for whose
# staff it is; the "he" after it and the state of the sentence are the profile's person's.


@pytest.mark.parametrize(("text", "freed"), [
    ("Зміцер Лук'янчук выйшаў на волю ў снежні.\nЮрыст выбарчага штаба Віктара Бабарыкі, ён быў затрыманы ў 2020 годзе. "
     "Цяпер ён жыве ў Вільні.\n", "Зміцер Лук'янчук"),
    ("Дмитро Лук'янчук вийшов на волю в грудні.\nЮрист виборчого штабу Віктора Бабарика, він був затриманий у 2020 році. "
     "Тепер він живе у Вільнюсі.\n", "Дмитро Лук'янчук"),
    ("Дмитрий Лукьянчук вышел на свободу в декабре.\nЮрист предвыборного штаба Виктора Бабарико, он был задержан в 2020 "
     "году. Сейчас он живёт в Вильнюсе.\n", "Дмитрий Лукьянчук"),
    ("Dzmitry Lukyanchuk walked free in December.\nA lawyer on the campaign staff of Viktar Babaryka, he was detained in "
     "2020. He now lives in Vilnius.\n", "Dzmitry Lukyanchuk"),
])
def test_the_owner_of_an_organisation_is_named_not_told_of(text, freed):
    check_name_lists(text, "2026-01-05", [freed], [])
