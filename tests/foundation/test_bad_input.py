"""Bad input gets a clear, localized answer and changes nothing in the database."""

import pytest

from tests.conftest import table_dump

BAD = [
    ("/prisoner", {"en": "Usage", "ru": "Как пользоваться", "be": "Як карыстацца"}),
    ("/prisoner " + "Я" * 10_000, {"en": "too long", "ru": "слишком", "be": "занадта"}),
    ("/prisoner <script>alert(1)</script>", {"en": "No one named", "ru": "нет никого", "be": "няма нікога"}),
    ("/prisoner Robert'); DROP TABLE prisoners;--", {"en": "No one named", "ru": "нет никого", "be": "няма нікога"}),
    ("/frobnicate", {"en": "Unknown command", "ru": "Неизвестная команда", "be": "Невядомая каманда"}),
    ("/lang xx", {"en": "English, Belarusian and Russian", "ru": "по-английски", "be": "па-англійску"}),
    ("/lang " + "e" * 10_000, {"en": "too long", "ru": "слишком", "be": "занадта"}),
    ("/rounds ' OR 1=1 --", {"en": "Usage", "ru": "Как пользоваться", "be": "Як карыстацца"}),
    ("/latest" + " x" * 5000, {"en": "too long", "ru": "слишком", "be": "занадта"}),
    ("hello there", {"en": "/help", "ru": "/help", "be": "/help"}),
]


@pytest.mark.parametrize("lang", ["en", "be", "ru"])
@pytest.mark.parametrize(("text", "expected"), BAD, ids=[b[0][:20] for b in BAD])
async def test_bad_input_gets_a_clear_answer_and_changes_nothing(app, ask, config, text, expected, lang):
    before = table_dump(config.db_path)
    reply = await ask(text, lang)
    assert expected[lang] in reply
    assert "Traceback" not in reply
    assert table_dump(config.db_path) == before


async def test_html_in_a_query_is_shown_as_text_not_markup(app):
    from bot.render import render_telegram
    from bot.transports.console import ask as console_ask

    reply = await console_ask(app.dispatcher, "/prisoner <b>x</b>", "en")
    html = "".join(render_telegram(reply))
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html
