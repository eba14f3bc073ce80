"""Named people and their roles, from sentences written for the tests."""

import pytest

from tests.extract.helpers import run

LEAD = "Lukashenko pardoned 20 political prisoners on Monday, his office said.\n"


def _roles(text):
    return {p.name: p.role for p in run(text).names}


@pytest.mark.parametrize("text,name", [
    ("Prominent activists like Anna Kowalczyk remain behind bars.", "Anna Kowalczyk"),
    ("Марию Колесникову и Виктора Бабарико не освободили: они по-прежнему остаются за решёткой.",
     "Марию Колесникову"),
    ("Марыя Калеснікава застаецца за кратамі.", "Марыя Калеснікава"),
])
def test_still_held_in_three_languages(text, name):
    assert _roles(LEAD + text)[name] == "still_held"


def test_they_include_after_no_prominent_release_is_still_held():
    text = LEAD + ("No prominent opposition figures have been released. They include poet Ivan Petrenko; "
                   "and Olga Sidorenko, who was jailed before the vote.")
    roles = _roles(text)
    assert roles["Ivan Petrenko"] == "still_held" and roles["Olga Sidorenko"] == "still_held"


def test_counted_political_prisoners_including_a_name_are_held():
    assert _roles(LEAD + "Viasna counts 1,200 political prisoners, including its founder Piotr Nowak.")[
        "Piotr Nowak"] == "still_held"


@pytest.mark.parametrize("text,name", [
    ("Among those freed was journalist Ivan Petrenko, who spent four years in prison.", "Ivan Petrenko"),
    ("Среди освобождённых — журналист Игорь Лосик.", "Игорь Лосик"),
    ("Сярод вызваленых — журналіст Ігар Лосік.", "Ігар Лосік"),
])
def test_released_in_three_languages(text, name):
    assert _roles(LEAD + text)[name] == "released"


@pytest.mark.parametrize("text,name", [
    ("Exiled opposition leader Sviatlana Tsikhanouskaya welcomed the move on X.", "Sviatlana Tsikhanouskaya"),
    ("“More must be freed,” said Viasna activist Piotr Nowak.", "Piotr Nowak"),
    ("Piotr Nowak of the rights group Viasna told reporters the releases are welcome.", "Piotr Nowak"),
    ("Russian President Vladimir Putin is a close ally of the regime.", "Vladimir Putin"),
    ("«Освобождены не все», — заявил правозащитник Павел Сапелко.", "Павел Сапелко"),
])
def test_speakers_officials_and_exiled_leaders_are_other(text, name):
    assert _roles(LEAD + text)[name] == "other"


def test_news_channel_is_not_a_person():
    text = "Lukashenko pardoned 32 people, as reported by the Pul Zvezdy Telegram channel."
    assert "Pul Zvezdy" not in _roles(text)


def test_declined_forms_are_merged_and_shown_as_the_article_writes_the_nominative():
    text = LEAD + ("Марию Колесникову не освободили.\nМария Колесникова остаётся в колонии.")
    held = run(text).named_still_held
    assert held == ["Мария Колесникова"]


def test_declined_form_is_put_in_the_nominative_when_the_article_has_no_other():
    held = run(LEAD + "Марию Колесникову не освободили.").named_still_held
    assert held == ["Мария Колесникова"]


def test_headings_in_title_case_are_not_names():
    assert "Mixed Reactions" not in _roles(LEAD + "Mixed Reactions to the Pardons\nThe move was welcomed.")


def test_possessive_is_dropped_from_the_name():
    assert "Vladimir Putin" in _roles(LEAD + "He is one of Russian President Vladimir Putin's closest allies.")


@pytest.mark.parametrize("text,name", [
    ("Activists called for the release of Ivan Petrenko.", "Ivan Petrenko"),
    ("Правозащитники требуют освобождения Игоря Лосика и Марии Колесниковой.", "Игоря Лосика"),
])
def test_demanded_release_does_not_make_a_person_released(text, name):
    assert _roles(LEAD + text)[name] != "released"


@pytest.mark.parametrize("text,name", [
    ("Паводле «Вясны», у краіне застаюцца 1 224 палітвязні, сярод іх Ганна Кавальчук.", "Ганна Кавальчук"),
    ("По данным «Весны», в стране 1 224 политзаключённых, среди них Анна Ковальчук.", "Анна Ковальчук"),
])
def test_names_listed_among_counted_political_prisoners_are_held(text, name):
    assert _roles(LEAD + text)[name] == "still_held"
