"""A list entry written "Name: details" under a section's heading or a list's lead-in takes the list's state; the same
shape after an interviewer's question is the label of an answer, whose speaker is told nothing of."""

import pytest

from tests.extract.helpers import run

HELD_SECTIONS = [
    pytest.param("Eighteen pardoned on Friday\n\nEighteen political prisoners were freed on Friday.\n\n"
                 "Who is still behind bars\n\n• Maria Kalesnikava: serving 11 years in the Homel colony.\n"
                 "• Viktar Babaryka: 14 years, no news since March.",
                 ["Maria Kalesnikava", "Viktar Babaryka"], id="en-bullets"),
    pytest.param("Памілаваныя 18\n\nУ пятніцу на волю выйшлі 18 палітвязняў.\n\nХто застаецца за кратамі\n\n"
                 "Марыя Калеснікава: 11 гадоў, Гомельская калонія.\nМікалай Статкевіч: 10 гадоў, звестак няма.",
                 ["Марыя Калеснікава", "Мікалай Статкевіч"], id="be-lines"),
    pytest.param("Помилованы 18\n\nВ пятницу вышли на свободу 18 политзаключенных.\n\nКто остается за решеткой\n\n"
                 "- Мария Колесникова: 11 лет, гомельская колония.\n- Виктор Бабарико: 14 лет, писем нет с марта.",
                 ["Мария Колесникова", "Виктор Бабарико"], id="ru-dashes"),
]


@pytest.mark.parametrize(("text", "held"), HELD_SECTIONS)
def test_colon_entries_under_a_held_heading_are_still_held(text, held):
    report = run(text, "2025-09-20")
    assert report.named_still_held == held
    assert report.named_released == []


@pytest.mark.parametrize(("text", "released"), [
    pytest.param("Білорусь звільнила 18 політв'язнів\n\nУ п'ятницю на волю вийшли 18 людей.\n\nКого звільнили\n\n"
                 "Ігор Лосик: блогер, засуджений до 15 років.\nЛариса Щиракова: журналістка з Гомеля.",
                 ["Ігор Лосик", "Лариса Щиракова"], id="uk-heading"),
    pytest.param("Освобождены 16 человек\n\nВ четверг на свободу вышли 16 политзаключенных. Среди освобожденных:\n\n"
                 "Игорь Карней: журналист, 3 года.\nЛариса Щиркова: журналистка, 3,5 года.",
                 ["Игорь Карней", "Лариса Щиркова"], id="ru-lead-in"),
])
def test_colon_entries_under_a_release_lead_in_are_released(text, released):
    assert run(text, "2025-09-20").named_released == released


def test_an_answer_label_after_a_question_is_the_speaker_not_an_entry():
    text = ("Freed blogger on those left behind\n\nIhar Losik was pardoned in June.\n\nOn those still inside\n\n"
            "What do you hear from the colony?\nIhar Losik: Palina Sharenda-Panasiuk is still there, and nobody hears "
            "from her.")
    report = run(text, "2025-09-20")
    assert report.named_still_held == ["Palina Sharenda-Panasiuk"]
    assert report.named_released == ["Ihar Losik"]
