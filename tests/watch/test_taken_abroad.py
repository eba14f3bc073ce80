"""A release whose report says the person was taken, deported or expelled abroad is the status
`abroad`: /prisoner shows it and a watching chat is told so, once, as for any release."""

from __future__ import annotations

import pytest

from bot.abroad import taken_abroad
from tests.reports import facts, report
from tests.watch.test_notifications import _notifications

ABROAD = [
    ("en", "Maxim Znak and 51 other political prisoners were freed and taken to Lithuania on Thursday."),
    ("en", "After the pardon, Siarhei Tsikhanouski was driven across the border and arrived in Vilnius."),
    ("en", "The released, among them Ihar Losik, were deported from Belarus."),
    ("be", "Максіма Знака і яшчэ 51 палітвязня вызвалілі і вывезлі за мяжу, у Літву."),
    ("be", "Сяргея Ціханоўскага вывезлі ў Вільню."),
    ("be", "Вызваленыя палітвязні былі дэпартаваныя з Беларусі."),
    ("ru", "Максим Знак и ещё 51 политзаключённый освобождены и вывезены за границу."),
    ("ru", "Сергея Тихановского вывезли в Литву сразу после помилования."),
    ("ru", "Освобождённых депортировали в Литву."),
    ("uk", "Звільнених політвʼязнів, серед них Максима Знака, депортовані до Литви."),
    ("uk", "Їх вивезли за кордон одразу після помилування."),
]
AT_HOME = [
    ("en", "Maxim Znak was released and returned home to Minsk on Thursday."),
    ("en", "Lithuania's foreign ministry welcomed the release of Maxim Znak."),
    ("en", "Maxim Znak was transferred to another colony in Navapolatsk."),
    ("be", "Максім Знак вызвалены і вярнуўся да сям'і ў Мінск."),
    ("ru", "Максим Знак вышел на свободу и остался в Беларуси."),
    ("ru", "МИД Литвы приветствовал освобождение Максима Знака."),
    ("uk", "Максима Знака звільнили, він повернувся додому."),
]


@pytest.mark.parametrize(("lang", "sentence"), ABROAD, ids=[f"{lang}: {s[:40]}" for lang, s in ABROAD])
def test_a_sentence_that_says_people_were_taken_abroad_is_read_as_abroad(lang, sentence):
    assert taken_abroad(sentence)


@pytest.mark.parametrize(("lang", "sentence"), AT_HOME, ids=[f"{lang}: {s[:40]}" for lang, s in AT_HOME])
def test_a_release_at_home_or_a_country_merely_named_is_not_abroad(lang, sentence):
    assert not taken_abroad(sentence)


def _taken_to_lithuania(sentence: str) -> dict:
    found = facts(52, event_date="2025-01-24", named_released=["Maxim Znak"])
    found["evidence"] = {"named_released": sentence}
    return found


async def test_a_report_that_he_was_taken_to_lithuania_shows_him_freed_and_abroad(ask, app):
    await report(app, "Zerkalo", "2025-01-24",
                 _taken_to_lithuania("Максима Знака вместе с другими освобождёнными вывезли в Литву."))
    card = await ask("/prisoner Maxim Znak")
    assert "Status: freed and taken abroad (" in card and "Zerkalo" in card


async def test_a_report_that_he_went_home_keeps_him_released(ask, app):
    await report(app, "Zerkalo", "2025-01-24",
                 _taken_to_lithuania("Maxim Znak was released and returned home to Minsk."))
    assert "Status: released (" in await ask("/prisoner Maxim Znak")


async def test_a_confirmed_release_abroad_tells_the_watching_chat_once(say, app):
    await say("/watch Максима Знака")
    for outlet in ("Zerkalo", "Nasha Niva"):
        result = await report(app, outlet, "2025-01-24", _taken_to_lithuania(
            "Maxim Znak and 51 other political prisoners were freed and taken to Lithuania."))
        async with app.db.transaction():
            await app.dispatcher.round_changed(result.round_id)
    [(_chat, message)] = await _notifications(app)
    assert "Maxim Znak has been freed and taken abroad." in message and "taken to Lithuania" in message
