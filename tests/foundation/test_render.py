"""One reply model, three renderings; every piece of text escaped, only http(s) links."""

import json
from html import escape
from itertools import accumulate

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.render import render_matrix, render_plain, render_telegram, safe_url
from bot.render.split import utf16_len
from bot.reply import Reply, bold, link, text


def test_telegram_html_escapes_text_from_feeds():
    reply = Reply().add(bold("<script>alert('x')</script> & co"), link("AP & <i>", "https://apnews.com/?a=1&b=2"))
    (html,) = render_telegram(reply)
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "&amp; co" in html
    assert '<a href="https://apnews.com/?a=1&amp;b=2">AP &amp; &lt;i&gt;</a>' in html


def test_only_http_links_are_rendered_as_links():
    for url in ("javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", 'https://x.org/"onclick="a',
                "vbscript:x", "//evil.org", "https://"):
        reply = Reply().add(link("click", url))
        assert "href" not in render_telegram(reply)[0]
        assert "href" not in render_matrix(reply)[0].formatted_body
        assert safe_url(url) is None


def test_long_replies_are_split_below_telegrams_limit():
    reply = Reply()
    for i in range(400):
        reply.add(bold(f"Line {i}"), text(" — " + "слова " * 10))
    chunks = render_telegram(reply)
    assert len(chunks) > 1
    assert all(utf16_len(c) <= 4096 for c in chunks)
    assert "".join(chunks).count("<b>") == 400  # no tag cut in half


def test_one_enormous_line_is_cut_without_breaking_an_entity():
    reply = Reply().add(text("&" * 10_000))
    chunks = render_telegram(reply)
    assert all(len(c) <= 4096 for c in chunks)
    assert all(c.replace("&amp;", "") == "" for c in chunks)


def test_matrix_has_a_plain_body_and_html():
    (message,) = render_matrix(Reply().add(bold("52"), text(" people"), link(" AP", "https://apnews.com")))
    assert message.body == "52 people AP <https://apnews.com>"
    assert message.formatted_body == '<strong>52</strong> people<a href="https://apnews.com"> AP</a>'


MATRIX_EVENT_LIMIT = 65_536  # bytes of JSON, the whole event; the content is what the bot controls


def matrix_content_bytes(message) -> int:
    """The content of the m.notice as mautrix sends it (JSON, non-ASCII escaped)."""
    return len(json.dumps({"msgtype": "m.notice", "body": message.body, "format": "org.matrix.custom.html",
                           "formatted_body": message.formatted_body}))


def test_a_long_reply_in_cyrillic_and_emoji_fits_matrix_events_and_loses_no_line():
    reply = Reply()
    for i in range(300):
        reply.add(bold(f"{i} 🕊"), text(" вызвалены 🇧🇾 " + "палітвязень " * 12))
    messages = render_matrix(reply)
    assert len(messages) > 1
    assert all(matrix_content_bytes(m) < MATRIX_EVENT_LIMIT // 2 for m in messages)
    assert sum(m.formatted_body.count("<strong>") for m in messages) == 300
    assert "\n".join(m.body for m in messages).count("вызвалены") == 300


def test_one_enormous_line_reaches_matrix_in_several_events_with_every_character():
    line = "Вясна: 🕊 " * 20_000
    messages = render_matrix(Reply().add(text(line)))
    assert len(messages) > 1
    assert all(matrix_content_bytes(m) < MATRIX_EVENT_LIMIT // 2 for m in messages)
    assert "".join(m.body for m in messages).replace(" ", "") == line.replace(" ", "")


def test_plain_text_drops_terminal_control_characters():
    assert render_plain(Reply().add(text("safe\x1b[31mred\x07"))) == "safe[31mred"


# What a reader sees as one character, and must never see cut in two: a flag, a skin-toned or
# family emoji, a letter with its accent, an HTML entity once escaped.
GRAPHEMES = ["a", "я", " ", "&", "<", "🕊", "🇧🇾", "👍🏽", "e\u0301", "👩\u200d👩\u200d👧", "❤\ufe0f"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(GRAPHEMES), min_size=1, max_size=300))
def test_a_long_line_is_cut_only_between_what_readers_see_as_characters(graphemes):
    pieces = [escape(g, quote=False) for g in graphemes]  # "&" → "&amp;": one piece
    boundaries = set(accumulate(len(p) for p in pieces))
    chunks = render_telegram(Reply().add("".join(graphemes)), limit=40)
    assert all(utf16_len(c) <= 40 for c in chunks)
    assert "".join(chunks).replace(" ", "") == "".join(pieces).replace(" ", "")
    # Where each chunk ends in the whole text (spaces at a cut may be dropped with an empty chunk).
    whole, position = "".join(pieces), 0
    for chunk in chunks[:-1]:
        position = whole.index(chunk, position) + len(chunk)
        assert position in boundaries, (chunk, whole[position:position + 8])


def test_emoji_count_twice_toward_telegrams_limit():
    chunks = render_telegram(Reply().add("🕊" * 3000))
    assert len(chunks) == 2 and all(utf16_len(c) <= 4000 for c in chunks)
