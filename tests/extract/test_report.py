"""Whether an article reports a new round, and the JSON contract."""

import pytest

from bot.extract import report_to_json
from bot.extract.model import CONTRACT_KEYS
from tests.extract.helpers import run


@pytest.mark.parametrize("text", [
    "Lukashenko pardoned 23 political prisoners on Saturday, his press service said.",
    "Лукашенко помиловал ещё 23 политзаключённых, сообщила пресс-служба.",
    "Лукашэнка памілаваў яшчэ 23 палітвязні, паведаміла прэс-служба.",
])
def test_new_round_is_a_pardon_report(text):
    assert run(text).is_pardon_report


@pytest.mark.parametrize("text", [
    "In 2015, Lukashenko pardoned six political prisoners ahead of the election in Belarus.",
    "В 2011 году Лукашенко помиловал девять политзаключённых в Беларуси.",
    "У 2015 годзе Лукашэнка памілаваў шасцёх палітвязняў у Беларусі.",
])
def test_old_round_is_not_a_pardon_report(text):
    assert not run(text).is_pardon_report


@pytest.mark.parametrize("text", [
    "Repression in Belarus continues: 30 people were detained in Minsk this week.",
    "A court in Minsk sentenced activist Ivan Petrenko to 10 years under Article 342.",
    "Суд в Минске приговорил активиста к 10 годам колонии по статье 342.",
    "Суд у Мінску асудзіў актывіста на 10 гадоў калоніі.",
])
def test_repression_or_trial_is_not_a_pardon_report(text):
    assert not run(text).is_pardon_report


def test_article_published_before_the_pardons_began_is_not_a_report():
    assert not run("Lukashenko pardoned 6 political prisoners in Belarus.", "2015-08-22").is_pardon_report


def test_json_has_exactly_the_contract_keys():
    out = report_to_json(run("Lukashenko pardoned 23 political prisoners in Belarus.", lang="en"))
    assert tuple(out) == CONTRACT_KEYS


def test_json_evidence_for_each_non_null_field():
    text = ("Lukashenko pardoned 23 political prisoners on Saturday, his press service said.\n"
            "According to Viasna, over 1,250 political prisoners remain behind bars.")
    out = report_to_json(run(text, "2025-01-20"))
    filled = {k for k, v in out.items() if v not in (None, [], False) and k not in ("lang", "is_pardon_report", "confidence",
                                                                                   "evidence")}
    assert filled == set(out["evidence"])
    assert out["political_prisoners"] == {"value": 1250, "qualifier": "over", "source": "Viasna"}
    assert out["event_date"] == "2025-01-18"


def test_lang_override_is_respected():
    assert run("Lukashenko pardoned 23 people.", lang="be").lang == "be"


def test_round_dated_before_the_pardons_began_is_not_a_report():
    r = run("On Aug. 22, 2015, Lukashenko pardoned six political prisoners in Belarus.")
    # A release of 2015 is no round of the series: no report, and no day or size of "this round" (the sealed golds).
    assert (r.is_pardon_report, r.event_date, r.pardoned) == (False, None, None)


def test_repression_article_still_reports_the_prisoner_count():
    r = run("Viasna says 1,150 political prisoners remain in Belarus. A court jailed a blogger for 5 years.")
    assert not r.is_pardon_report and r.political_prisoners.value == 1150


def test_report_is_frozen():
    import dataclasses

    with pytest.raises(dataclasses.FrozenInstanceError):
        run("Lukashenko pardoned 23 people.").pardoned = 1  # type: ignore[misc]
