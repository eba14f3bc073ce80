"""States told by the frame of a piece (issue #12, sixteenth round, second wave; see docs/extract-corpus.md, "Sixteenth
round, second wave: frames of interviews and solidarity posts"): "X too" after a stated person, a solidarity call's
list, the lead under a headline that quotes the person, an interview about those left behind. (A chain of one-sentence
paragraphs carrying "he" or "she" was tried and dropped: it lost two name fields on a sealed set of interviews.)

The texts are our own, in English, Russian, Belarusian and Ukrainian; each test fails on the extractor before this round.
"""

import pytest

from tests.extract.helpers import run


def _roles(text: str, published: str = "2025-10-01") -> dict[str, str]:
    return {p.nominative: p.role for p in run(text, published).names}


# "Y too" whose clause is only the name and "too": the state told of the person named before, across the sentences
# about that person between.


@pytest.mark.parametrize("text", [
    "Інтэрв'ю\n\n— Што вы памятаеце пра апошнія дні?\n\n— Вольга Савіцкая па-ранейшаму за кратамі, у тым жа атрадзе. "
    "Яна трымаецца. Ганна Пятровіч таксама; мы бачыліся на праверцы.\n",
    "Интервью\n\n— Что вы помните о последних днях?\n\n— Елена Гордеева до сих пор в колонии, в соседнем отряде. "
    "Она держится. Мария Соболь тоже, мы иногда пересекались в столовой.\n",
    "Інтерв'ю\n\n— Що ви пам'ятаєте про останні дні?\n\n— Олена Гордієнко досі в колонії, в сусідньому загоні. "
    "Вона тримається. Марія Соболь теж; ми бачилися на перевірці.\n",
    "Interview\n\nQ: What do you remember of the last days?\nA: Olga Petrenko remains in the colony, in my old detachment. "
    "She is strong. Anna Sobol as well; we met at roll call.\n",
])
def test_a_name_with_only_too_shares_the_state_told_before(text):
    assert sorted(_roles(text).values()) == ["still_held", "still_held"]


def test_a_name_with_too_after_a_release_is_freed():
    roles = _roles("Новости\n\nВ пятницу на свободу вышел Игорь Ковалёв. Его встретила семья. Павел Лисица тоже.\n")
    assert roles["Павел Лисица"] == "released"


def test_too_after_no_state_gives_none():
    roles = _roles("Интервью\n\n— С кем вы дружили?\n\n— С Еленой Гордеевой. Мария Соболь тоже, мы пересекались в столовой.\n")
    assert roles.get("Мария Соболь", "other") == "other"


# A solidarity call's lead-in ("please write to:", "отправьте письма:"): the people listed under it are held.


@pytest.mark.parametrize("text", [
    "Салідарнасць\n\nКожны месяц мы збіраемся, каб пісаць паштоўкі. У гэтым месяцы напішыце лісты:\n\n"
    "Вольга Савіцкая. Настаўніца з Ліды.\n\nПётр Карповіч. Інжынер з Баранавічаў, бацька траіх дзяцей.\n",
    "Солидарность\n\nКаждый месяц мы собираемся, чтобы писать открытки. В этом месяце отправьте письма:\n\n"
    "Елена Гордеева. Учительница из Лиды.\n\nПетр Карпович. Инженер из Барановичей, отец троих детей.\n",
    "Солідарність\n\nЩомісяця ми збираємося, щоб писати листівки. Цього місяця надішліть листи:\n\n"
    "Олена Гордієнко. Вчителька з Луцька.\n\nПетро Карпович. Інженер з Рівного, батько трьох дітей.\n",
    "Solidarity\n\nEvery month we meet to write postcards. This month, send a birthday card to:\n\n"
    "Olga Petrenko. A teacher from Lida.\n\nPiotr Karpovich. An engineer from Baranavichy, a father of three.\n",
])
def test_the_people_a_solidarity_call_asks_to_write_to_are_held(text):
    assert sorted(_roles(text).values()) == ["still_held", "still_held"]


def test_a_lead_in_with_no_call_to_write_gives_no_state():
    roles = _roles("Солидарность\n\nВ этом месяце мы вспоминаем:\n\nЕлена Гордеева. Учительница из Лиды.\n\n"
                   "Петр Карпович. Инженер из Барановичей.\n")
    assert set(roles.values()) == {"other"}


# A parent named after the person's kin word ("with Eduard Babaryka, the son of Viktar Babaryka") is named for the
# kinship: "he" in the sentences after stands for the person, not for the parent.


@pytest.mark.parametrize("text", [
    "Интервью\n\n— С кем вы сидели?\n\n— Последний год — с Эдуардом Бабарико, сыном Виктора Бабарико. Хороший парень, "
    "много читает. Он до сих пор там, в колонии.\n",
    "Interview\n\nQ: Who did you share a cell with?\n\nA: Last year, with Eduard Babaryka, the son of Viktar Babaryka. A "
    "good lad, reads a lot. He is still there, in the colony.\n",
    "Інтэрв'ю\n\n— З кім вы сядзелі?\n\n— Апошні год — з Эдуардам Бабарыкам, сынам Віктара Бабарыкі. Добры хлопец, шмат "
    "чытае. Ён дагэтуль там, у калоніі.\n",
])
def test_he_after_a_person_and_the_parent_named_for_kinship_is_the_person(text):
    assert sorted(_roles(text).values()) == ["other", "still_held"]


# A headline quoting a person ("X: «...»") hands them the lead under the masthead, opened by their trade in the
# accusative with a verb that has no subject ("Журналістку ... памілавалі ў верасні").


@pytest.mark.parametrize("text", [
    "Olga Petrenko: «In the colony you learn to count the days»\nBaltic Weekly\n3 November 2025 · Interview\n\nThe "
    "economist, sentenced in 2022 to eight years, was pardoned in September and driven to Lithuania the same day. We "
    "talk to her in Vilnius.\n",
    "Ольга Петренко: «В колонии учишься считать дни»\nБалтийский еженедельник\n3 ноября 2025 · Интервью\n\n"
    "Журналистку, осуждённую в 2022 году на восемь лет, помиловали в сентябре и в тот же день вывезли в Литву. Говорим "
    "с ней в Вильнюсе.\n",
    "Ольга Петренко: «У колонії вчишся рахувати дні»\nБалтійський тижневик\n3 листопада 2025 · Інтерв'ю\n\n"
    "Журналістку, засуджену в 2022 році до восьми років, помилували у вересні й того ж дня вивезли до Литви. "
    "Розмовляємо з нею у Вільнюсі.\n",
    "Ганна Пятровіч: «У калоніі вучышся лічыць дні»\nБалтыйскі тыднёвік\n3 лістапада 2025 · Інтэрв'ю\n\n"
    "Журналістку, асуджаную ў 2022 годзе на восем гадоў, памілавалі ў верасні і ў той жа дзень вывезлі ў Літву. "
    "Размаўляем з ёй у Вільні.\n",
])
def test_a_headline_quoting_a_person_hands_them_the_lead(text):
    assert list(_roles(text, "2025-11-03").values()) == ["released"]


# An interview whose opening tells of the people the speaker left inside ("on the friends she left behind", "о тех, кто
# остался в колонии"): a person its exchange names alone ("Olga Melnik.", "And Iryna Kavalchuk?") is one of them, held;
# one the answer tells more of is left to what it tells.

_LEFT_BEHIND_INTERVIEWS = [
    "Анна Соболь — о свободе и тех, кто остался в колонии\n\nБывшая политзаключённая Анна Соболь вышла на свободу в "
    "сентябре. Мы поговорили с ней в Варшаве.\n\n— О ком вы думаете чаще всего?\n— Ольга Мельник. Мы жили в одном "
    "отряде.\n\n— А Ирина Ковальчук?\n— Ирина тоже там, её часто отправляют в ШИЗО.\n",
    "Ганна Саболь пра тых, хто застаўся ў калоніі\n\nБылая палітвязніца Ганна Саболь выйшла на волю ў верасні. Мы "
    "пагаварылі з ёй у Варшаве.\n\n— Пра каго вы думаеце найчасцей?\n— Вольга Мельнік. Мы жылі ў адным атрадзе.\n\n"
    "— А Ірына Кавальчук?\n— Ірына таксама там, яе часта адпраўляюць у ШІЗА.\n",
    "Ганна Соболь — про тих, хто залишився в колонії\n\nКолишня політв'язениця Ганна Соболь вийшла на волю у вересні. "
    "Ми поговорили з нею у Варшаві.\n\n— Про кого ви думаєте найчастіше?\n— Ольга Мельник. Ми жили в одному загоні.\n\n"
    "— А Ірина Ковальчук?\n— Ірина теж там, її часто відправляють до ШІЗО.\n",
    "Anna Sobol on the friends she left behind\n\nThe former political prisoner Anna Sobol walked free in September. We "
    "talked to her in Warsaw.\n\nWho do you think of most?\nOlga Melnik. We lived in the same unit.\n\nAnd Iryna "
    "Kavalchuk?\nIryna is there too, they often send her to the punishment cell.\n",
]


@pytest.mark.parametrize("text", _LEFT_BEHIND_INTERVIEWS)
def test_whom_an_interview_about_those_left_behind_names_alone_is_held(text):
    roles = list(_roles(text, "2025-10-20").values())
    assert roles[1:] == ["still_held", "still_held"]


def test_one_the_answer_tells_more_of_is_not_made_held_by_the_frame():
    roles = _roles("Anna Sobol on the friends she left behind\n\nThe former political prisoner Anna Sobol walked free in "
                   "September. We talked to her in Warsaw.\n\nWere you alone on the bus?\nNo. Olga Melnik was taken from "
                   "the same unit. She is in Poland now.\n", "2025-10-20")
    assert roles["Olga Melnik"] != "still_held"


def test_the_interviewers_signature_is_no_one_left_behind():
    roles = _roles("Анна Соболь — о тех, кто остался в колонии\n\nБывшая политзаключённая Анна Соболь вышла на свободу в "
                   "сентябре.\n\n— О ком вы думаете чаще всего?\n— Ольга Мельник. Мы жили в одном отряде.\n\n— Что бы "
                   "вы им сказали?\n— Держитесь.\n\nБеседовала Ирина Смирнова\n", "2025-10-20")
    assert roles["Ольга Мельник"] == "still_held"
    assert roles.get("Ирина Смирнова", "other") == "other"
