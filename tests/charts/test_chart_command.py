"""/chart as a user meets it: a picture with a sourced caption, or a clear word when there is no data."""

from __future__ import annotations

import pytest

from bot.charts import chart_for_post
from bot.cli import main as pardonwatch
from bot.i18n import get_translator
from bot.ingest import ArticleMeta, ingest_facts
from bot.storage.chats import Subscription
from bot.transports import console
from tests.charts.helpers import png_size


@pytest.mark.parametrize(("lang", "title", "newest"), [
    ("en", "Political prisoners in Belarus and pardon rounds", "1,140"),
    ("be", "Палітвязні ў Беларусі і хвалі памілаванняў", "1\xa0140"),
    ("ru", "Политзаключённые в Беларуси и волны помилований", "1\xa0140"),
])
async def test_chart_sends_a_picture_with_a_caption_in_the_chats_language(app, lang, title, newest):
    reply = await console.ask(app.dispatcher, "/chart", lang)
    assert reply.image is not None
    assert png_size(reply.image.png) == (1200, 675)
    caption = reply.plain_text
    assert caption.splitlines()[0] == title
    assert newest in caption
    assert "Eurointegration" in caption


async def test_the_caption_says_which_rounds_are_not_drawn(app):
    caption = (await console.ask(app.dispatcher, "/chart", "ru")).plain_text
    newest = get_translator("ru").date("2026-03-05")  # "5 марта 2026 г." with Babel's narrow space
    assert f"20 волн помилования на графике (последняя — {newest})" in caption
    assert "1 волна, известная только по году (2026), не показана." in caption


async def test_the_caption_links_the_newest_figure_to_its_article(app):
    meta = ArticleMeta(outlet="Viasna", url="https://spring96.org/en/news/1", title="Political prisoners",
                       published="2026-06-25")
    facts = {"is_pardon_report": False, "lang": "en",
             "political_prisoners": {"value": 1265, "qualifier": "exact", "source": "Viasna"}}
    await ingest_facts(app.db, app.directory, meta, facts, "2026-06-25T10:00:00")
    reply = await console.ask(app.dispatcher, "/chart", "en")
    newest_line = next(line for line in reply.lines if line and line[0].text == "Newest figure: ")
    assert any(span.url == "https://spring96.org/en/news/1" for span in newest_line)
    assert "1,265" in "".join(span.text for span in newest_line)
    assert "June 25, 2026" in "".join(span.text for span in newest_line)


@pytest.mark.parametrize(("lang", "message"), [
    ("en", "There is nothing to draw yet"),
    ("be", "Пакуль няма чаго намаляваць"),
    ("ru", "Пока нечего нарисовать"),
])
async def test_an_empty_database_gets_a_clear_message_and_no_picture(empty_app, lang, message):
    reply = await console.ask(empty_app.dispatcher, "/chart", lang)
    assert reply.image is None
    assert reply.plain_text.startswith(message)


def test_pardonwatch_ask_chart_writes_the_picture_to_the_out_file(tmp_path, capsys):
    out = tmp_path / "chart.png"
    code = pardonwatch(["--db", str(tmp_path / "db.sqlite3"), "ask", "--lang", "be", "/chart", "--out", str(out)])
    assert code == 0
    assert png_size(out.read_bytes()) == (1200, 675)
    assert "Палітвязні ў Беларусі" in capsys.readouterr().out


async def test_an_auto_post_carries_the_chart_only_for_subscriptions_that_asked_for_it(app):
    with_chart = Subscription(1, "telegram", "-100", "", "ru", with_chart=True)
    without = Subscription(2, "telegram", "-200", "", "ru", with_chart=False)
    image = await chart_for_post(app.charts, with_chart)
    assert image is not None and png_size(image.png) == (1200, 675)
    assert await chart_for_post(app.charts, without) is None


async def test_an_auto_post_has_no_chart_when_there_is_nothing_to_draw(empty_app):
    subscription = Subscription(1, "telegram", "-100", "", "en", with_chart=True)
    assert await chart_for_post(empty_app.charts, subscription) is None
