"""People of the sixteenth round, third wave, of issue #12: interviews and first-person accounts. A release told as
"walking free" or "is home now", a negation after "but" that denies something else than the release, a name denied
the speaker's freedom ("I am free, but X is not"), a name inside a hope ("many hoped X would be on the list"), and an
interview's or a profile's label (see docs/extract-corpus.md, "Sixteenth round, third wave: interviews and
first-person accounts (int44)").

Short articles of our own in English, Russian, Belarusian and Ukrainian.
"""

import pytest

from tests.extract.helpers import check_name_lists, run

# 1. Free in other words: "walking free", "going free", and home now, the word of time after "home".


@pytest.mark.parametrize(("text", "freed"), [
    ("Among those walking free on Friday was Andrei Palchys, a 61-year-old engineer given five years in 2021.\n",
     ["Andrei Palchys"]),
    ("The pardon list was read out at noon. Going free with the others was Mikita Sidarenka, sentenced in 2022.\n",
     ["Mikita Sidarenka"]),
    ("Her brother Aleh Ramanchuk is home in Baranavichy now, she said, and sleeps most of the day.\n",
     ["Aleh Ramanchuk"]),
    ("\"Viktar Tsvirka is home again,\" his sister wrote on Sunday.\n", ["Viktar Tsvirka"]),
])
def test_walking_free_and_home_now_are_releases(text, freed):
    check_name_lists(text, "2025-09-20", freed, [])


def test_home_schooled_is_no_return():
    check_name_lists("Anna Lebedz is home-schooled and studies music.\n", "2025-09-20", [], [])


# 2. "Freed, but not home": the negation after "but" denies the place, not the release.


@pytest.mark.parametrize(("text", "freed"), [
    ("Ганна Ковальчук вийшла на волю, але не додому.\n", ["Ганна Ковальчук"]),
    ("Ганна Кавальчук выйшла на волю, але не дадому.\n", ["Ганна Кавальчук"]),
    ("Анна Ковальчук вышла на свободу, но не домой.\n", ["Анна Ковальчук"]),
])
def test_a_negation_after_but_keeps_the_release(text, freed):
    check_name_lists(text, "2025-12-16", freed, [])


# 3. The speaker is free and the name is denied it, the denial closing a quotation or keeping its auxiliary.


@pytest.mark.parametrize(("text", "held"), [
    ("«Я на волі, а Олег Гнатюк — ні», — пише він.\n", ["Олег Гнатюк"]),
    ("«Я на свабодзе, а Алег Гнацюк — не», — піша ён.\n", ["Алег Гнацюк"]),
    ("«Я на свободе, а Олег Гнатюк — нет», — пишет он.\n", ["Олег Гнатюк"]),
    ("\"I am free, but Aleh Hnatsiuk is not,\" he writes.\n", ["Aleh Hnatsiuk"]),
    ("Ihar Karnei was freed in September, but Viktar Sabaleuski wasn't.\n", ["Viktar Sabaleuski"]),
])
def test_a_name_denied_the_speakers_freedom_is_held(text, held):
    report = run(text, "2025-12-16")
    assert held[0] in report.named_still_held and held[0] not in report.named_released


# 4. A hope that opens the name's clause: the release told before it is another's; the one hoped for has not come.


@pytest.mark.parametrize(("text", "freed", "held"), [
    ("Калі ў сакавіку на волю выйшаў Ігар Лосік, сваякі спадзяваліся, што ў наступным спісе будзе і Алег Гнацюк.\n",
     ["Ігар Лосік"], ["Алег Гнацюк"]),
    ("Когда в марте на свободу вышел Игорь Лосик, родные надеялись, что в следующем списке будет и Олег Гнатюк.\n",
     ["Игорь Лосик"], ["Олег Гнатюк"]),
    ("Коли в березні на волю вийшов Ігор Лосик, рідні сподівалися, що в наступному списку буде і Олег Гнатюк.\n",
     ["Ігор Лосик"], ["Олег Гнатюк"]),
    ("When Ihar Losik walked free in March, his friends hoped Aleh Hnatsiuk would be on the next list.\n",
     ["Ihar Losik"], ["Aleh Hnatsiuk"]),
])
def test_a_name_hoped_for_does_not_share_the_release_before_the_hope(text, freed, held):
    check_name_lists(text, "2026-03-20", freed, held)


def test_a_speaker_after_a_hope_is_no_one_hoped_for():
    check_name_lists("Viasna hopes that the list will be longer next time, said Aleh Markau.\n", "2025-09-20", [], [])


# 5. An interview's or a profile's label: the release of the person it is about is its background, not a report.


@pytest.mark.parametrize(("text", "freed"), [
    ("Ales Bialiatski: the laureate Belarus set free\nThe Weekly\nProfile · 18 December 2025\n\nOn 13 December Ales"
     " Bialiatski was driven to the Lithuanian border with the other freed prisoners.\n", ["Ales Bialiatski"]),
    ("Ales Bialiatski on his first days out\nThe Weekly\nInterview | 18 December 2025\n\nOn 13 December Ales"
     " Bialiatski was driven to the Lithuanian border with the other freed prisoners.\n", ["Ales Bialiatski"]),
    ("Алесь Біляцький: лауреат, якого Білорусь відпустила\nТиждень\nПрофіль · 18 грудня 2025\n\n13 грудня Алеся"
     " Біляцького вивезли до литовського кордону разом з іншими звільненими.\n", ["Алесь Біляцький"]),
    ("Алесь Беляцкий о первых днях на свободе\nНеделя\nИнтервью · 18 декабря 2025\n\n13 декабря Алеся Беляцкого"
     " вывезли к литовской границе вместе с другими освобожденными из Беларуси.\n", ["Алесь Беляцкий"]),
    ("Aleś Bialacki vyjšaŭ na volu\nKryvičy\nProfil · 18 śniežnia 2025\n\n13 śniežnia Alesia Bialackaha vyvieźli da"
     " litoŭskaj miažy razam z inšymi vyzvalenymi z Biełarusi.\n", ["Aleś Bialacki"]),
])
def test_a_profile_or_an_interview_of_a_freed_person_reports_no_round(text, freed):
    report = run(text, "2025-12-16")
    assert (report.is_pardon_report, report.named_released) == (False, freed)


def test_without_the_label_the_same_release_is_the_news():
    text = ("Belarus frees Ales Bialiatski\nThe Weekly\n16 December 2025\n\n"
            "On 13 December Ales Bialiatski was driven to the Lithuanian border with the other freed prisoners.\n")
    assert run(text, "2025-12-16").is_pardon_report is True


# 6. A transcript's answer under "A:" (not a dash) answers the question above it; "Who did you leave behind?" asks of
# those still inside.


@pytest.mark.parametrize(("text", "held"), [
    ("Interview\n\nQ: Who did you leave behind in Horki?\nA: Volha Hrybko was in the next barrack, a quiet woman who"
     " helped everyone.\n", ["Volha Hrybko"]),
    ("Интервью\n\nВ: Кто остался в Горках?\nО: Ольга Грибко была в соседнем отряде, тихая женщина, которая всем"
     " помогала.\n", ["Ольга Грибко"]),
    ("Інтэрв'ю\n\nП: Хто застаўся ў Горках?\nА: Вольга Грыбко была ў суседнім атрадзе, ціхая жанчына, якая ўсім"
     " дапамагала.\n", ["Вольга Грыбко"]),
    ("Інтерв'ю\n\nП: Хто залишився в Горках?\nВ: Ольга Грибко була в сусідньому загоні, тиха жінка, яка всім"
     " допомагала.\n", ["Ольга Грибко"]),
    ("Interview\n\n— Who did you leave behind in Horki?\n— Volha Hrybko was in the next barrack.\n", ["Volha Hrybko"]),
])
def test_an_answer_naming_those_left_behind_holds_them(text, held):
    check_name_lists(text, "2025-09-20", [], held)


def test_an_answer_to_another_question_is_not_held():
    text = "Interview\n\nQ: Who met you at the border?\nA: Volha Hrybko, my sister. She drove from Warsaw.\n"
    check_name_lists(text, "2025-09-20", [], [])
