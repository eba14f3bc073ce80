"""People of the sixteenth round's third wave of issue #12, from features and profiles about people (see
docs/extract-corpus.md, "Sixteenth round, third wave: features and profiles about people (feat45)").

Short articles of our own in Russian, Belarusian and Ukrainian; each asserts both lists as the extractor prints them
(names in the nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists

# A trade in the accusative opening the sentence after a name ("Юриста ... освободили"): the object of a verb with no
# subject is the person just named, whatever their gender when the trade is one either gender bears.


@pytest.mark.parametrize(("text", "freed"), [
    ("Сергей Кузьмин давно не видел снега.\n\nЮриста, осуждённого в 2021 году на девять лет, освободили в сентябре.\n",
     ["Сергей Кузьмин"]),
    ("Анна Белова снова пьёт кофе по утрам.\n\nАналитика, приговорённую к восьми годам, помиловали в ноябре.\n",
     ["Анна Белова"]),
    ("Павел Гринев пишет книгу о колонии.\n\nЖурналиста помиловали летом вместе с другими политзаключёнными.\n",
     ["Павел Гринев"]),
    ("Олег Ткач вперше за чотири роки побачив море.\n\nАдвоката, засудженого до семи років, звільнили в жовтні.\n",
     ["Олег Ткач"]),
    ("Андрэй Мароз упершыню за тры гады сустрэў Каляды дома.\n\nЖурналіста, асуджанага на шэсць гадоў, вызвалілі ў"
     " снежні.\n", ["Андрэй Мароз"]),
    ("Вольга Шамко цяпер жыве ў Беластоку.\n\nПалітолага, асуджаную на пяць гадоў, памілавалі ў жніўні.\n",
     ["Вольга Шамко"]),
])
def test_trade_in_the_accusative_after_a_name_is_that_person(text, freed):
    check_name_lists(text, "2026-03-01", freed, [])


def test_trade_in_the_accusative_moved_to_another_colony_is_held():
    # The same opening with a transfer, not a release: the person is still inside.
    check_name_lists("Сергей Кузьмин давно не видел родных.\n\nЮриста, осуждённого на девять лет, перевели в другую"
                     " колонию в сентябре.\n", "2026-03-01", [], ["Сергей Кузьмин"])


def test_trade_with_its_own_name_is_not_the_person_before():
    # "Журналиста Ивана Петрова освободили": the trade has its name, the person before is no one freed.
    check_name_lists("Глеб Зорин ведёт блог о политике.\n\nЖурналиста Ивана Петрова освободили в сентябре.\n",
                     "2026-03-01", ["Иван Петров"], [])


# A byline under a headline opened by a one-word rubric ("Колонка.", "Opinion.") is the author's: the headline is no
# lead-in to a list of people, whatever state it speaks of.


@pytest.mark.parametrize(("text", "held"), [
    ("Колонка. Помилование для одних, карцер для других\n12 мая 2025\nОльга Ким, адвокат\n\nС лета Лукашенко помиловал"
     " сотни людей.\n\nА потом я читаю письма от тех, кого в списках нет.\n\nПавел Лис, учитель из Гродно, находится за"
     " решёткой с 2021 года.\n", ["Павел Лис"]),
    ("Opinion. Pardons for some, solitary for others\n12 May 2025\nOlga Kim, lawyer\n\nSince the summer Lukashenko has"
     " pardoned hundreds of people.\n\nThen I read the letters of those not on the lists.\n\nPavel Lis, a teacher from"
     " Hrodna, has been behind bars since 2021.\n", ["Pavel Lis"]),
    ("Калонка. Памілаванне для адных, карцар для іншых\n12 мая 2025\nВольга Кім, адвакатка\n\nЗ лета Лукашэнка памілаваў"
     " сотні людзей.\n\nА потым я чытаю лісты ад тых, каго ў спісах няма.\n\nПавел Ліс, настаўнік з Гродна, знаходзіцца"
     " за кратамі з 2021 года.\n", ["Павел Ліс"]),
    ("Колонка. Помилування для одних, карцер для інших\n12 травня 2025\nОльга Кім, адвокатка\n\nЗ літа Лукашенко помилував"
     " сотні людей.\n\nА потім я читаю листи від тих, кого в списках немає.\n\nПавло Ліс, вчитель з Гродна, перебуває за"
     " ґратами з 2021 року.\n", ["Павло Ліс"]),
])
def test_author_under_a_rubric_headline_is_not_freed(text, held):
    check_name_lists(text, "2025-06-01", [], held)


# A paragraph that goes on about someone named before by the surname alone ("В 2022 году Мороза перевели в больницу") is
# that person's story, not a lead-in: the lawyer and the friend in the paragraphs after it take no one's state.


@pytest.mark.parametrize(("text", "freed", "held"), [
    ("Иван Мороз вышел на свободу в мае после четырёх лет в колонии.\n\nЕго брат Пётр Мороз отбывает восемь лет.\n\nВ"
     " 2022 году Мороза перевели в тюремную больницу; семья узнала об этом от других заключённых.\n\nОльга Рэут, которая"
     " защищала братьев в суде, с тех пор лишилась лицензии.\n\nАндрей Савик, школьный друг, говорит, что семья пишет"
     " каждую неделю.\n", ["Иван Мороз"], ["Пётр Мороз"]),
    ("Іван Мароз выйшаў на волю ў траўні пасля чатырох гадоў у калоніі.\n\nЯго брат Пётр Мароз адбывае восем гадоў.\n\nУ"
     " 2022 годзе Мароза перавялі ў турэмную бальніцу; сям'я даведалася пра гэта ад іншых зняволеных.\n\nВольга Рэут,"
     " якая абараняла братоў у судзе, з таго часу страціла ліцэнзію.\n\nАндрэй Савік, школьны сябар, кажа, што сям'я"
     " піша кожны тыдзень.\n", ["Іван Мароз"], ["Пётр Мароз"]),
    ("Іван Мороз вийшов на волю в травні після чотирьох років у колонії.\n\nЙого брат Петро Мороз відбуває вісім"
     " років.\n\nУ 2022 році Мороза перевели до тюремної лікарні; родина дізналася про це від інших в'язнів.\n\nОльга"
     " Реут, яка захищала братів у суді, відтоді втратила ліцензію.\n\nАндрій Савік, шкільний друг, каже, що родина пише"
     " щотижня.\n", ["Іван Мороз"], ["Петро Мороз"]),
])
def test_story_of_someone_named_before_leads_into_no_list(text, freed, held):
    check_name_lists(text, "2025-06-01", freed, held)


# The freed as a group the sentence speaks of ("a support group for released political prisoners", "у многих
# освобождённых нет паспортов", "as we know from released inmates"): no one named beside them is freed by it.


@pytest.mark.parametrize(("text", "held"), [
    ("Irina Shilova, a psychologist, runs a support group for released political prisoners.\n", []),
    ("У многих освобождённых нет ни паспортов, ни денег, говорит психолог Ирина Шилова.\n", []),
    ("Психолог Ирина Шилова ведёт группу поддержки для освобождённых политзаключённых.\n", []),
    ("У многіх вызваленых няма ні пашпартоў, ні грошай, кажа псіхолаг Ірына Шылава.\n", []),
    ("У багатьох звільнених немає ні паспортів, ні грошей, каже психологиня Ірина Шилова.\n", []),
    ("Ivan Petrou is serving nine years. Nasta Loika was sentenced last year to seven.\n\nBoth remain in penal colonies"
     " where, as we know from released inmates, prisoners wear yellow tags.\n", ["Ivan Petrou", "Nasta Loika"]),
    ("Іван Пятроў адбывае дзевяць гадоў. Насту Лойку летась асудзілі на сем.\n\nАбодва застаюцца ў калоніях, дзе, як мы"
     " ведаем ад вызваленых вязняў, палітвязняў прымушаюць насіць жоўтыя біркі.\n", ["Іван Пятроў", "Наста Лойка"]),
])
def test_the_freed_as_a_group_free_no_one_named(text, held):
    check_name_lists(text, "2026-03-01", [], held)


def test_among_the_freed_still_lists_its_people():
    # "Among" tells who belongs to the group: those named are freed.
    check_name_lists("Среди освобождённых — журналист Иван Петров.\n", "2026-03-01", ["Иван Петров"], [])


# A name that opens its sentence, its verb in the singular a few words on ("Валерия Рыбакова впервые за четыре года
# встречает весну дома"), is the subject: a woman in the nominative, not "Валерий Рыбаков" in the genitive, so "she"
# after it is her.


@pytest.mark.parametrize(("text", "freed"), [
    ("Валерия Рыбакова впервые за четыре года встречает весну дома.\n\nЕё помиловали в декабре.\n", ["Валерия Рыбакова"]),
    ("Валерия Соболева снова пишет статьи для журнала.\n\nЕё освободили в январе.\n", ["Валерия Соболева"]),
    ("Валерия Лопатина вчера впервые за годы обняла дочь.\n\nЕё помиловали в феврале.\n", ["Валерия Лопатина"]),
])
def test_name_opening_a_sentence_with_a_singular_verb_is_its_subject(text, freed):
    check_name_lists(text, "2026-03-08", freed, [])


def test_name_before_an_impersonal_plural_stays_the_object():
    # "Валерия Петрова ... освободили": no subject, the name is the object, a man in the accusative.
    check_name_lists("Валерия Петрова в четверг освободили.\n", "2026-03-08", ["Валерий Петров"], [])


# A clause after a semicolon that keeps only its subject and the rest ("A is serving ten years; B, eleven"): its verb is
# the clause before's, and so is the state.


@pytest.mark.parametrize(("text", "freed", "held"), [
    ("Ivan Petrou remains in a colony in Navapolatsk; Volha Sidarenka, in Homel.\n", [], ["Ivan Petrou", "Volha Sidarenka"]),
    ("Иван Петров отбывает десять лет; Ольга Сидоренко — одиннадцать.\n", [], ["Иван Петров", "Ольга Сидоренко"]),
    ("Іван Пятроў адбывае дзесяць гадоў; Вольга Сідарэнка — адзінаццаць.\n", [], ["Іван Пятроў", "Вольга Сідарэнка"]),
    ("Іван Петров відбуває десять років; Ольга Сидоренко — одинадцять.\n", [], ["Іван Петров", "Ольга Сидоренко"]),
    ("Ivan Petrou was freed in June; Volha Sidarenka, in July.\n", ["Ivan Petrou", "Volha Sidarenka"], []),
])
def test_clause_with_its_verb_left_out_shares_the_state_before(text, freed, held):
    check_name_lists(text, "2026-03-01", freed, held)


def test_clause_with_its_own_verb_after_a_semicolon_keeps_its_own():
    # The lawyer after the semicolon speaks: her clause has a verb of its own, she is no prisoner.
    check_name_lists("Ivan Petrou is serving ten years; Volha Sidarenka, his lawyer, says the case was political.\n",
                     "2026-03-01", [], ["Ivan Petrou"])
