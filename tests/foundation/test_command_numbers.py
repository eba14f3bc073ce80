"""Numbers in commands are the ASCII digits, within bounds: anything else gets the command's hint in
the user's language, never "Something went wrong", and leaves no ERROR line in the log."""

import logging

import pytest

from bot.dispatcher import Incoming
from bot.render import render_plain
from tests.conftest import table_dump

USAGE = {"en": "Usage", "be": "Як карыстацца", "ru": "Как пользоваться"}
NOT_A_VALUE = {"en": "is not a valid value here", "be": "тут не падыходзіць", "ru": "здесь не подходит"}
NO_ONE = {"en": "No one named", "be": "няма нікога", "ru": "нет никого"}

# Superscript two, Arabic-Indic three, a fullwidth seven: each passes str.isdigit(), none is a number.
NOT_NUMBERS = [
    ("/rounds ²", USAGE),
    ("/rounds " + "9" * 300, USAGE),
    ("/round ²", USAGE),
    ("/round ٣", USAGE),
    ("/audit ²", USAGE),
    ("/audit ７", USAGE),
    ("/correct ² women 3", USAGE),
    ("/correct 5 women ²", NOT_A_VALUE),
    ("/merge ² 5", USAGE),
    ("/split 5 ٣", USAGE),
    ("/hide ²", USAGE),
    ("/alias ² Ціханоўскі С.", USAGE),
    ("/prisoner #²", NO_ONE),
]


@pytest.mark.parametrize("lang", ["en", "be", "ru"])
@pytest.mark.parametrize(("text", "expected"), NOT_NUMBERS, ids=[t for t, _ in NOT_NUMBERS])
async def test_a_number_that_is_not_ascii_digits_gets_the_commands_hint_and_logs_no_error(
        app, ask, config, caplog, text, expected, lang):
    before = table_dump(config.db_path)
    with caplog.at_level(logging.INFO):
        reply = await ask(text, lang)
    assert expected[lang] in reply
    assert "Something went wrong" not in reply
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert table_dump(config.db_path) == before


async def test_a_telegram_moderator_id_in_other_digits_is_refused_and_nobody_becomes_moderator(app, config):
    before = table_dump(config.db_path)
    reply = await app.dispatcher.handle(Incoming("telegram", "1", "1", "/mod add ４８１５１６２３", "en"))
    assert "give the user's numeric id" in render_plain(reply)
    assert table_dump(config.db_path) == before
