"""People of the thirteenth round of issue #12: who is recognised as a person, who is in neither list, and the
nominative printed for a declined name (see docs/extract-corpus.md, "Thirteenth round of issue #12 — people").

Short articles of our own in English, Russian, Belarusian (with Łacinka) and Ukrainian; each asserts both lists as the
extractor prints them (names in the nominative).
"""

import pytest

from tests.extract.helpers import check_name_lists

# A surname alone, a double surname, a nickname in quotation marks, a declined patronymic, an initial: each is a person.


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Belarus frees 14 prisoners\n\nMINSK (Reuters) - Belarus on Saturday released 14 political prisoners, the rights "
     "group Viasna said.\n\nThe list included Dzianis Ivashin, a journalist from Hrodna. Ivashin had been serving 13 "
     "years.\n\nThe opposition politician Mikalai Statkevich was not on the list. Statkevich remains in a colony in "
     "Hlybokaye.\n", "2025-09-13", ["Dzianis Ivashin"], ["Mikalai Statkevich"]),
    ("Из колонии вышел журналист Денис Ивашин\n\nВ субботу на свободу вышел журналист Денис Ивашин. В 2023 году суд "
     "приговорил его к 13 годам.\n\nЕго коллега Андрей Кузнечик, наоборот, по-прежнему в колонии: Кузнечика в апреле "
     "перевели в Могилев.\n", "2025-09-13", ["Денис Ивашин"], ["Андрей Кузнечик"]),
    ("Праваабаронцы нагадваюць пра палітвязняў\n\nПраваабаронцы «Вясны» зноў патрабуюць вызвалення Кацярыны Андрэевай, "
     "якая застаецца ў калоніі ў Гомелі.\n", "2025-03-10", [], ["Кацярына Андрэева"]),
    ("Правозахисники вимагають звільнення Марії Колесникової, яка досі перебуває в колонії. Водночас на волю вийшов Ігор "
     "Лосик.\n", "2025-06-21", ["Ігор Лосик"], ["Марія Колесникова"]),
])
def test_a_surname_alone_or_declined_is_the_person(text, published, released, held):
    check_name_lists(text, published, released, held)


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Belarus pardons 18\n\nAmong those released on Thursday was Palina Sharenda-Panasiuk, an activist from Brest who had "
     "been jailed since 2021.\n", "2024-07-04", ["Palina Sharenda-Panasiuk"], []),
    ("Вызвалілі Паліну Шарэнду-Панасюк\n\nУ чацвер на волю выйшла Паліна Шарэнда-Панасюк. Актывістку з Берасця затрымалі "
     "ў 2021 годзе.\n", "2024-07-04", ["Паліна Шарэнда-Панасюк"], []),
    ("Сувязі з Аленай Гнаўк-Мароз няма, яна застаецца ў калоніі.\n", "2025-02-12", [], ["Алена Гнаўк-Мароз"]),
    ("У суботу звільнили Анастасію Мирончик-Іванович.\n", "2025-06-21", ["Анастасія Мирончик-Іванович"], []),
    ("З Поліною Шарендою-Панасюк зустрілися в Литві: її звільнили в четвер.\n", "2024-07-04",
     ["Поліна Шаренда-Панасюк"], []),
    ("Лукашенко помиловал еще 18 человек. В их числе — Полина Шаренда-Панасюк, которую задержали в 2021 году.\n",
     "2024-07-04", ["Полина Шаренда-Панасюк"], []),
])
def test_a_double_surname_is_one_name_declined_in_each_part(text, published, released, held):
    check_name_lists(text, published, released, held)


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Prisoners freed\n\nBelarus released 16 prisoners on Wednesday. Among them was the anarchist Mikalai \"Dzed\" "
     "Dziadok, who had served nearly five years.\n", "2025-01-15", ["Mikalai Dziadok"], []),
    ("Belarus frees 20\n\nThe freed include the blogger Eduard 'Babariko' Palchys, who was jailed in 2021.\n",
     "2025-02-12", ["Eduard Palchys"], []),
    ("На свободу вышел анархист Игорь «Ольгерд» Олиневич.\n", "2025-02-12", ["Игорь Олиневич"], []),
])
def test_a_nickname_in_quotation_marks_stays_inside_the_name_and_out_of_it(text, published, released, held):
    check_name_lists(text, published, released, held)


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Суд у Мінську засудив Марію Олександрівну Колесникову до 11 років колонії. Вона досі за ґратами.\n", "2024-02-01",
     [], ["Марія Олександрівна Колесникова"]),
    ("Суд приговорил Эдуарда Викторовича Бабарико к восьми годам колонии.\n", "2023-03-01", [],
     ["Эдуард Викторович Бабарико"]),
    ("На волю выйшла Наталля Уладзіміраўна Херсэ.\n", "2025-02-12", ["Наталля Уладзіміраўна Херсэ"], []),
])
def test_a_declined_patronymic_is_part_of_the_name(text, published, released, held):
    check_name_lists(text, published, released, held)


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Court news\n\nOn Friday a court in Minsk sentenced the blogger I. Losik to 15 years in prison.\n", "2021-12-17",
     [], ["Losik"]),
    ("Суд приговорил М. Колесникову к 11 годам. Она остается в колонии.\n", "2021-09-06", [], ["Колесникова"]),
    ("Власти перевели Е. Андрееву в другую колонию, она остается за решеткой.\n", "2024-05-01", [], ["Андреева"]),
])
def test_a_surname_after_an_initial_is_put_in_the_nominative_as_an_object(text, published, released, held):
    check_name_lists(text, published, released, held)


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Сярод вызваленых:\n\n— Ігар Карней, 55 гадоў, журналіст;\n— Алена Шаўчук, 63 гады, пенсіянерка з Оршы;\n"
     "— Аляксандр Францкевіч, 28 гадоў, анархіст.\n", "2025-06-21",
     ["Ігар Карней", "Алена Шаўчук", "Аляксандр Францкевіч"], []),
    ("Кто вышел на свободу\n\nВ списке освобожденных:\nАндрей Почобут\nИгорь Лосик\nМарина Золотова\n", "2025-06-21",
     ["Андрей Почобут", "Игорь Лосик", "Марина Золотова"], []),
    ("Vyzvalenyja palitviazni\n\nU subotu na volu vyjšli 14 palitviazniaŭ. Siarod ich — Alaksandr Bialacki i Maryja "
     "Kalesnikava.\n", "2025-06-21", ["Alaksandr Bialacki", "Maryja Kalesnikava"], []),
    ("Vyzvalenyja\n\nU subotu na volu vyjšła Palina Šarenda-Panasiuk, jakaja była asudžanaja ŭ 2021 hodzie.\n",
     "2024-07-04", ["Palina Šarenda-Panasiuk"], []),
])
def test_names_in_lists_and_in_lacinka_are_people(text, published, released, held):
    check_name_lists(text, published, released, held)


# A prize's, a street's or a memorial's namesake is no person of the story; another country's prisoner is in neither list.


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Алесь Бяляцкі, лаўрэат прэміі імя Андрэя Сахарава, застаецца за кратамі.\n", "2025-03-10", [], ["Алесь Бяляцкі"]),
    ("Лауреатка премії імені Василя Стуса Марія Колесникова досі перебуває в колонії.\n", "2025-02-12", [],
     ["Марія Колесникова"]),
    ("Игоря Лосика освободили в субботу. Его встретили в Вильнюсе на улице Кастуся Калиновского.\n", "2025-06-21",
     ["Игорь Лосик"], []),
    ("Вечер памяти Витольда Ашурака прошел в Вильнюсе. Среди гостей был освобожденный в субботу Игорь Лосик.\n",
     "2025-06-21", ["Игорь Лосик"], []),
    ("Freed prisoner Ihar Losik was met by friends on Kastus Kalinouski Street in Vilnius.\n", "2025-06-21",
     ["Ihar Losik"], []),
])
def test_a_namesake_of_a_prize_a_street_or_a_memorial_is_no_person(text, published, released, held):
    check_name_lists(text, published, released, held)


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("В субботу на свободу вышли 14 белорусов, в их числе Игорь Лосик. В России тем временем остается за решеткой "
     "Алексей Горинов.\n", "2025-06-21", ["Игорь Лосик"], []),
    ("У Беларусі на волю выйшаў Ігар Лосік. У Азербайджане за кратамі застаецца журналіст Ульві Гасанлі.\n",
     "2025-06-21", ["Ігар Лосік"], []),
    ("Belarus freed 14 people on Saturday, among them Ihar Losik. In Russia, Vladimir Kara-Murza was released in a swap "
     "in 2024.\n", "2025-06-21", ["Ihar Losik"], []),
    ("У Білорусі звільнили Ігоря Лосика. У Росії досі за ґратами Олексій Горінов.\n", "2025-06-21", ["Ігор Лосик"], []),
    ("В субботу освободили Игоря Лосика. Тем временем в России остается за решеткой Алексей Горинов.\n", "2025-06-21",
     ["Игорь Лосик"], []),
])
def test_a_prisoner_of_another_country_is_in_neither_list(text, published, released, held):
    check_name_lists(text, published, released, held)


def test_the_freed_who_left_for_another_country_are_still_the_freed():
    check_name_lists("Освобожденные уехали в Россию, среди них Игорь Лосик.\n", "2025-06-21", ["Игорь Лосик"], [])


# Lawyers, officials, envoys, relatives, authors, the dead and organisations stay out of both lists (held already).


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Belarus frees 14 prisoners\n\nBelarus on Saturday freed 14 political prisoners, including Ihar Losik. \"He looked "
     "exhausted,\" said his lawyer Natallia Matskevich.\n", "2025-06-21", ["Ihar Losik"], []),
    ("Belarus frees 52 prisoners after U.S. visit\n\nBelarus released 52 prisoners on Thursday after a visit by U.S. envoy "
     "John Coale. Lithuanian Foreign Minister Kestutis Budrys welcomed the release of Mikalai Statkevich.\n", "2025-09-11",
     ["Mikalai Statkevich"], []),
    ("Автор: Ирина Левшина\n\nВ субботу на свободу вышли 14 человек, среди них Игорь Лосик. Об этом сообщила журналистка "
     "«Зеркала» Татьяна Коровенкова.\n", "2025-06-21", ["Игорь Лосик"], []),
    ("Viasna says at least seven political prisoners have died behind bars since 2020, among them Vitold Ashurak, who died "
     "in a colony in 2021. Ales Bialiatski remains in prison.\n", "2025-03-10", [], ["Ales Bialiatski"]),
    ("По данным «Вясны» и «Белсата», в субботу на свободу вышел Игорь Лосик. Об этом пишет «Наша Ніва».\n", "2025-06-21",
     ["Игорь Лосик"], []),
    ("Палітвязень Мікалай Статкевіч застаецца ў калоніі, расказала яго жонка Марына Адамовіч.\n", "2025-03-10", [],
     ["Мікалай Статкевіч"]),
])
def test_people_around_the_prisoners_are_in_neither_list(text, published, released, held):
    check_name_lists(text, published, released, held)


# The nominative of declined names, men and women, in the three Slavic languages.


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Встреча с Николаем Статкевичем не состоялась: он остается в колонии.\n", "2025-03-10", [], ["Николай Статкевич"]),
    ("Максиму Знаку продлили срок заключения, он остается в колонии.\n", "2025-03-10", [], ["Максим Знак"]),
    ("Правозащитники требуют освобождения Ксении Лученко, которая остается в колонии.\n", "2025-03-10", [],
     ["Ксения Лученко"]),
    ("Сувязі з Мікалаем Статкевічам няма, ён застаецца ў калоніі.\n", "2025-03-10", [], ["Мікалай Статкевіч"]),
    ("Марыі Калеснікавай не перадаюць лісты, яна застаецца ў калоніі.\n", "2025-03-10", [], ["Марыя Калеснікава"]),
    ("Зв'язку з Ігорем Лосиком не було кілька місяців, але в суботу він вийшов на волю.\n", "2025-06-21", ["Ігор Лосик"],
     []),
    ("Катерині Андрєєвій додали строк, вона залишається в колонії.\n", "2025-03-10", [], ["Катерина Андрєєва"]),
])
def test_a_declined_name_is_printed_in_the_nominative(text, published, released, held):
    check_name_lists(text, published, released, held)


# A name broken by a line break after its first name is one name; a list of names one per line stays a list.


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Belarus frees 14\n\nAmong those freed on Saturday was the blogger Siarhei\nTsikhanouski, who was jailed in 2020.\n",
     "2025-06-21", ["Siarhei Tsikhanouski"], []),
    ("Сярод вызваленых:\n\n— Ігар\nКарней, 55 гадоў, журналіст;\n— Алена Шаўчук, 63 гады, пенсіянерка з Оршы.\n",
     "2025-06-21", ["Ігар Карней", "Алена Шаўчук"], []),
    ("В субботу на свободу вышел журналист Игорь\nЛосик, осужденный в 2021 году.\n", "2025-06-21", ["Игорь Лосик"], []),
    ("У суботу на волю выйшаў журналіст Андрэй\nАляксандраў, якога асудзілі на 14 гадоў.\n", "2025-06-21",
     ["Андрэй Аляксандраў"], []),
])
def test_a_name_broken_after_its_first_name_is_joined(text, published, released, held):
    check_name_lists(text, published, released, held)


# A participle before a name who speaks is theirs, not of the people they speak of ("Звільнений Ігор Лосик розповів, що
# в колонії читав Василя Стуса": Stus is no prisoner freed).


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Звільнений Ігор Лосик розповів, що в колонії читав Василя Стуса.\n", "2025-06-21", ["Ігор Лосик"], []),
    ("Освобожденный Игорь Лосик рассказал, что в колонии читал Василя Быкова.\n", "2025-06-21", ["Игорь Лосик"], []),
    ("Вызвалены Ігар Лосік расказаў, што ў калоніі чытаў Васіля Быкава.\n", "2025-06-21", ["Ігар Лосік"], []),
])
def test_a_participle_before_a_speaker_is_not_lent_to_whom_they_speak_of(text, published, released, held):
    check_name_lists(text, published, released, held)


# First names the tables lacked (Belarusian "Аксана", "Цімур", Ukrainian "Орест", "Олеся"): their bearers are people.


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("У суботу вызвалілі Аксану Зарэцкую і Цімура Пракапенку.\n", "2025-06-21",
     ["Аксана Зарэцкая", "Цімур Пракапенка"], []),
    ("Lizaveta Kuchynskaya was freed on Saturday, while Tsimur Hrachou remains in a colony.\n", "2025-06-21",
     ["Lizaveta Kuchynskaya"], ["Tsimur Hrachou"]),
    ("У суботу звільнили Ореста Мельника, а Олеся Ткачук досі в колонії.\n", "2025-06-21", ["Орест Мельник"],
     ["Олеся Ткачук"]),
])
def test_first_names_missing_from_the_tables_make_a_person(text, published, released, held):
    check_name_lists(text, published, released, held)


# A Belarusian man's surname in the dative or the instrumental that drops its vowel ("Паўлу Севярынцу", "з Мікалаем
# Дзядком"), and the nominative the article itself writes winning over one put back from the endings alone.


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Паўлу Севярынцу не перадаюць лісты, ён застаецца за кратамі.\n", "2025-03-10", [], ["Павел Севярынец"]),
    ("Сувязі з Мікалаем Дзядком няма, ён застаецца ў калоніі.\n", "2025-03-10", [], ["Мікалай Дзядок"]),
    ("Дзмітрыю Пракапенку не перадаюць лісты, ён застаецца за кратамі.\n", "2025-03-10", [], ["Дзмітрый Пракапенка"]),
    ("Сувязі з Алесем Кавальцом няма, ён застаецца за кратамі.\n", "2025-03-10", [], ["Алесь Кавалец"]),
    ("Суддзя вынесла прысуд Ігару Лосіку ў 2021 годзе. Цяпер Ігар Лосік застаецца за кратамі.\n", "2025-03-10", [],
     ["Ігар Лосік"]),
])
def test_a_belarusian_declined_surname_is_printed_in_the_nominative(text, published, released, held):
    check_name_lists(text, published, released, held)


# A verb opening the sentence is no surname before a first name and a surname in "-ович" ("Освобожден Николай Климович").


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Освобожден Николай Климович.\n", "2025-06-21", ["Николай Климович"], []),
    ("В субботу освободили Николая Ивановича Климовича.\n", "2025-06-21", ["Николай Иванович Климович"], []),
])
def test_a_verb_before_a_name_in_ovich_is_not_its_surname(text, published, released, held):
    check_name_lists(text, published, released, held)


# A relative named right after the prisoner whose relative they are is in neither list, nor does a relative clause about
# their kin give them a state.


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("Дочь политзаключенного Николая Статкевича, Анастасия Статкевич, ждет отца.\n", "2025-03-10", [],
     ["Николай Статкевич"]),
    ("Сын Ігара Лосіка Павел Лосік чакае бацьку, які застаецца ў калоніі.\n", "2025-03-10", [], ["Ігар Лосік"]),
    ("Его жена Ольга Иванова ждет мужа, который остается в колонии.\n", "2025-03-10", [], []),
    ("The daughter of political prisoner Mikalai Statkevich, Anastasia Statkevich, spoke to reporters in Vilnius.\n",
     "2025-03-10", [], ["Mikalai Statkevich"]),
    ("Mikalai Statkevich remains in a colony. His daughter Anastasia Statkevich said he was still in a colony.\n",
     "2025-03-10", [], ["Mikalai Statkevich"]),
])
def test_a_relative_named_after_the_prisoner_is_in_neither_list(text, published, released, held):
    check_name_lists(text, published, released, held)


# A participle before the name of one who speaks after (", рассказал освобожденный X") is the speaker's: the writer he
# read in prison is no prisoner freed.


@pytest.mark.parametrize(("text", "published", "released", "held"), [
    ("В колонии он читал Янку Купалу, рассказал освобожденный Игорь Лосик.\n", "2025-06-21", ["Игорь Лосик"], []),
    ("In prison he read Vasil Bykau, said the freed journalist Ihar Losik.\n", "2025-06-21", ["Ihar Losik"], []),
    ("У калоніі ён чытаў Васіля Быкава, расказаў вызвалены Ігар Лосік.\n", "2025-06-21", ["Ігар Лосік"], []),
])
def test_a_participle_of_a_speaker_after_the_name_is_the_speakers(text, published, released, held):
    check_name_lists(text, published, released, held)
