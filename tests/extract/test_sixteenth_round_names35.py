"""People's states of the sixteenth round of issue #12, cross-validated (see docs/extract-corpus.md, "Sixteenth round:
people's states (names35)").

Short articles of our own in English, Russian, Belarusian and Ukrainian; each asserts both lists as the extractor prints
them (names in the nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists

# 1. Left off the list of the freed once more ("серед помилуваних знову немає X"): an adverb of repetition between the
# list and its negation still leaves the person held.


@pytest.mark.parametrize(("text", "held"), [
    ("Лукашенко помилував ще 20 засуджених. Журналіста Петра Коваля серед помилуваних знову немає.\n", ["Петро Коваль"]),
    ("Лукашенко помиловал еще 20 осужденных. Журналиста Петра Коваля среди помилованных опять нет.\n", ["Петр Коваль"]),
    ("Лукашэнка памілаваў яшчэ 20 асуджаных. Журналіста Пятра Шэмета сярод памілаваных зноў няма.\n", ["Пятро Шэмет"]),
    ("Lukashenka pardoned 20 more convicts. Once again, the journalist Petro Koval was not among the pardoned.\n",
     ["Petro Koval"]),
])
def test_left_off_the_list_once_more_is_held(text, held):
    check_name_lists(text, "2025-10-01", [], held)


def test_among_the_pardoned_without_negation_is_freed():
    # The other side: the same list without its negation frees the person.
    check_name_lists("Лукашенко помилував ще 20 засуджених. Журналіст Петро Коваль знову серед помилуваних.\n",
                     "2025-10-01", ["Петро Коваль"], [])


# 2. An impersonal "they go on keeping X" ("і далі тримають у колонії", "продолжают держать"): the object is held, even
# with an aside between the name and the verb.


@pytest.mark.parametrize(("text", "held"), [
    ("Влада звільнила 30 людей. Водночас Андрія Мельника, за словами адвоката, і далі тримають у колонії.\n",
     ["Андрій Мельник"]),
    ("Власти освободили 30 человек. При этом Андрея Мельника, по словам адвоката, продолжают держать в колонии.\n",
     ["Андрей Мельник"]),
    ("Улады вызвалілі 30 чалавек. Пры гэтым Андрэя Мельніка, паводле адваката, і далей трымаюць у калоніі.\n",
     ["Андрэй Мельнік"]),
])
def test_they_go_on_keeping_the_person_is_held(text, held):
    check_name_lists(text, "2025-10-01", [], held)


# 3. Years left until the end of the term ("да канца тэрміну яшчэ амаль дзесяць гадоў", "years short of the end of her
# term"): the term is running, the person is held.


@pytest.mark.parametrize(("text", "held"), [
    ("Я часта думаю пра Ірыну Сакаловіч, якой да канца тэрміну яшчэ сем гадоў.\n", ["Ірына Сакаловіч"]),
    ("Ирина Соколович держится, хотя до конца срока ей еще семь лет.\n", ["Ирина Соколович"]),
    ("Ірина Соколович тримається, хоча до кінця терміну їй залишається ще сім років.\n", ["Ірина Соколович"]),
    ("Iryna Sakalovich is coping, though she still has seven years until the end of her term.\n", ["Iryna Sakalovich"]),
])
def test_years_left_until_the_end_of_the_term_is_held(text, held):
    check_name_lists(text, "2025-10-01", [], held)


# 4. A term of a told length served in full ("полностью отбыв трехлетний срок", "having served her full three-year
# term"): the term is over, the person is out.


@pytest.mark.parametrize(("text", "freed"), [
    ("Степан Гуляев вышел в марте, полностью отбыв трехлетний срок.\n", ["Степан Гуляев"]),
    ("Степан Гуляев отбыл свой пятилетний срок и в мае вернулся домой.\n", ["Степан Гуляев"]),
    ("Stepan Huliayeu walked out in March, having served his full three-year term.\n", ["Stepan Huliayeu"]),
])
def test_term_of_a_told_length_served_in_full_is_freed(text, freed):
    check_name_lists(text, "2025-10-01", freed, [])


def test_term_of_a_told_length_still_being_served_is_held():
    # The other side: the imperfective "отбывает" is a term still running.
    check_name_lists("Степан Гуляев отбывает пятилетний срок в колонии в Шклове.\n", "2025-10-01", [], ["Степан Гуляев"])


# 5. "One of them was X" in the Belarusian instrumental ("Адным з іх быў X"): one of the group the sentence before tells.


@pytest.mark.parametrize(("text", "freed"), [
    ("У 2015 годзе Лукашэнка памілаваў шасцярых. Адным з іх быў віцяблянін Сымон Грэчка, які трапіў за краты пасля "
     "пікету.\n", ["Сымон Грэчка"]),
    ("Улады вызвалілі дзесяць жанчын. Адной з вызваленых была настаўніца Ганна Лук'янчык.\n", ["Ганна Лук'янчык"]),
    ("В 2015 году Лукашенко помиловал шестерых. Одним из них был витебчанин Семен Гречко.\n", ["Семен Гречко"]),
    ("У 2015 році Лукашенко помилував шістьох. Одним з них був вітеблянин Семен Гречко.\n", ["Семен Гречко"]),
])
def test_one_of_them_in_the_instrumental_takes_the_groups_state(text, freed):
    check_name_lists(text, "2025-10-01", freed, [])


# 6. A section's heading over paragraphs each opened by a person ("Who is still behind bars" / "X, a blogger: 15
# years; ..."): a paragraph with no state of its own is an item of the heading's list, however long.


@pytest.mark.parametrize(("text", "freed", "held"), [
    ("Помилования продолжаются, но многие остаются в колониях.\n\nОстаются за решеткой\n\nОксана Лысенко, "
     "библиотекарь из Пинска: восемь лет по второму делу, которое добавили к первому приговору.\n\nПавел Рудов, "
     "программист: почти семь лет, в колонии в Шклове, родные не получают писем.\n",
     [], ["Оксана Лысенко", "Павел Рудов"]),
    ("Памілаванні працягваюцца.\n\nНа волі\n\nАксана Лысенка, бібліятэкарка з Пінска: восем гадоў па другой справе, "
     "якую дадалі да першага прысуду, цяпер у Вільні.\n", ["Аксана Лысенка"], []),
    ("Pardons go on, but many remain in colonies.\n\nStill behind bars\n\nOksana Lysenko, a librarian from Pinsk: "
     "eight years after a second case was added to her first sentence.\n", [], ["Oksana Lysenko"]),
])
def test_paragraph_under_a_section_heading_takes_its_state(text, freed, held):
    check_name_lists(text, "2025-10-01", freed, held)


# 7. A person with a trade whose predicate is "was also on the list" ("RFE/RL journalist X was also on the list"): the
# trade says who they are, the predicate that they are one of the group the sentence before tells.


@pytest.mark.parametrize(("text", "freed"), [
    ("Belarus freed 12 prisoners on Friday. The radio journalist Ivan Sharko was also on the list, his station "
     "confirmed.\n", ["Ivan Sharko"]),
    ("Лукашенко помиловал 12 человек. Журналист Иван Шарко тоже оказался в этом списке, подтвердила редакция.\n",
     ["Иван Шарко"]),
    ("Лукашенко помилував 12 людей. Журналіст Іван Шарко також був у списку.\n", ["Іван Шарко"]),
    ("Лукашэнка памілаваў 12 чалавек. Журналіст Іван Шарко таксама быў у спісе.\n", ["Іван Шарко"]),
])
def test_trade_and_also_on_the_list_takes_the_groups_state(text, freed):
    check_name_lists(text, "2025-10-01", freed, [])


def test_a_list_named_by_its_people_is_not_the_groups():
    # The other side: "on the list of political prisoners" is another list than the round's; the release is not his.
    check_name_lists("Лукашенко помиловал 12 человек. Журналист Иван Шарко тоже был в списке политзаключенных.\n",
                     "2025-10-01", [], [])


# 8. A place on the lists of an exchange or a pardon asked for ("вимагає, щоб його включили до списків на обмін або
# помилування"): the release is wished, the person is held.


@pytest.mark.parametrize(("text", "held"), [
    ("Олександр Ткач, засуджений до шести років, оголосив голодування. Він вимагає, щоб його включили до списків на "
     "обмін.\n", ["Олександр Ткач"]),
    ("Александр Ткач, осужденный на шесть лет, объявил голодовку. Он требует, чтобы его включили в списки на обмен или "
     "помилование.\n", ["Александр Ткач"]),
    ("Аляксандр Ткач, асуджаны на шэсць гадоў, абвясціў галадоўку. Ён патрабуе, каб яго ўключылі ў спісы на "
     "памілаванне.\n", ["Аляксандр Ткач"]),
    ("Oleksandr Tkach, sentenced to six years, is on hunger strike. He demands to be included in the lists for a "
     "pardon.\n", ["Oleksandr Tkach"]),
])
def test_asking_for_a_place_on_the_pardon_lists_is_held(text, held):
    check_name_lists(text, "2025-10-01", [], held)


# 9. A report corrected ("помилково йшлося про те, що X помилували", "mistakenly reported that X had been pardoned"): the
# release it told did not happen.


@pytest.mark.parametrize(("text", "held"), [
    ("Уточнення. У першій версії новини помилково йшлося про те, що Петра Гончара помилували. Насправді він "
     "залишається за ґратами.\n", ["Петро Гончар"]),
    ("Поправка. В первой версии заметки ошибочно сообщалось, что Петра Гончара помиловали.\n", ["Петр Гончар"]),
    ("Папраўка. У першай версіі тэксту памылкова паведамлялася, што Пятра Ганчара памілавалі.\n", ["Пятро Ганчар"]),
    ("Correction: an earlier version of this story mistakenly reported that Petro Hanchar had been pardoned. He remains "
     "in prison.\n", ["Petro Hanchar"]),
])
def test_release_told_by_a_corrected_report_did_not_happen(text, held):
    check_name_lists(text, "2025-10-01", [], held)


def test_a_wrong_conviction_does_not_undo_the_release():
    # The other side: "wrongly" of the conviction, not of a report, leaves the release told after it.
    check_name_lists("Petro Hanchar, who was wrongly convicted in 2021, was released on Friday.\n", "2025-10-01",
                     ["Petro Hanchar"], [])


# 10. "Those who stayed" told before the name ("Про тих, хто залишився в колонії, X говорити не хоче"): their state is
# not the name's.


@pytest.mark.parametrize(("text", "freed"), [
    ("Тетяна Бойко вийшла на волю в лютому. Про тих, хто залишився в колонії, Тетяна Бойко говорити не хоче.\n",
     ["Тетяна Бойко"]),
    ("Татьяна Бойко вышла на свободу в феврале. О тех, кто остался в колонии, Татьяна Бойко говорить не хочет.\n",
     ["Татьяна Бойко"]),
    ("Таццяна Бойка выйшла на волю ў лютым. Пра тых, хто застаўся ў калоніі, Таццяна Бойка гаварыць не хоча.\n",
     ["Таццяна Бойка"]),
    ("Tatsiana Boika walked free in February. About those who stayed in the colony, Tatsiana Boika does not"
     " want to talk.\n",
     ["Tatsiana Boika"]),
])
def test_those_who_stayed_before_the_name_are_others(text, freed):
    check_name_lists(text, "2025-10-01", freed, [])


# 11. A preposition the analyser ranks first as a noun ("про", "до"): it governs no name, and "he" in the next sentence
# is the person named after it.


@pytest.mark.parametrize(("text", "held"), [
    ("— Про кого ви думаєте зараз?\n— Про Олену Литвин. Вона й досі там, у Гомелі.\n", ["Олена Литвин"]),
    ("Я часто думаю про Олену Литвин. Вона досі за ґратами.\n", ["Олена Литвин"]),
    ("Листи до Петра Гончара не доходять уже пів року. Він і досі в колонії в Шклові.\n", ["Петро Гончар"]),
])
def test_name_after_a_preposition_is_the_next_pronoun(text, held):
    check_name_lists(text, "2025-10-01", [], held)


@pytest.mark.parametrize(("text", "held"), [
    ("Лукашенко помиловал 37 человек. Марии Ковальчук, которая содержится без связи, в этом списке, как и в "
     "предыдущих, нет.\n", ["Мария Ковальчук"]),
    ("Лукашенко помилував 37 людей. Марії Ковальчук, яку тримають без зв'язку, у цьому списку, як і в попередніх, "
     "немає.\n", ["Марія Ковальчук"]),
])
def test_on_the_list_with_a_negation_after_it_is_held(text, held):
    # The other side of 7: the list told with its negation after it leaves the person out of the group.
    check_name_lists(text, "2025-10-01", [], held)
