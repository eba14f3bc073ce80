"""The standing count of political prisoners told with a verb of counting ("lists", "has documented"), and a list of
them under it whose items are prisoners; people named in a decree are no count."""

import pytest

from bot.extract.extractor import extract_report
from bot.extract.model import report_to_json


@pytest.mark.parametrize("text, value", [
    ("Viasna lists 1,110 political prisoners.", 1110),
    ("Viasna has listed 1,110 political prisoners as of Monday.", 1110),
    ("The rights group tallies 1,110 political prisoners.", 1110),
    ("Activists have documented 1,090 political prisoners.", 1090),
    ("Human rights activists have documented 1,090 political prisoners, Viasna said.", 1090),
    ("«Вясна» задокументировала 1110 политзаключенных.", 1110),
    ("«Вясна» задакументавала 1110 палітвязняў.", 1110),
    ("Правозахисники задокументували 1110 політв’язнів у Білорусі.", 1110),
])
def test_a_count_told_with_a_verb_of_counting_is_the_standing_count(text, value):
    report = extract_report(text)
    assert report.political_prisoners is not None and report.political_prisoners.value == value
    assert report.pardoned is None


def test_people_listed_in_a_decree_are_the_round_not_a_count():
    report = extract_report("The 16 people listed in the decree were released on Friday.")
    assert report.pardoned == 16 and report.political_prisoners is None


def test_the_list_under_a_counting_verb_names_prisoners():
    text = ("Viasna lists 1,110 political prisoners. Among them are journalists:\n"
            "• Ihar Karnei, 2023, three years\n"
            "• Larysa Shchyrakova, 2023, three and a half years\n")
    held = report_to_json(extract_report(text))["named_still_held"]
    assert any("Karnei" in n for n in held) and any("Shchyrakova" in n for n in held)
