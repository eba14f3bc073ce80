"""Property-based checks: the parser and the renderers hold for any text a user or feed can send."""

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.commands import MAX_ARGS_LENGTH, parse_command
from bot.render import render_matrix, render_plain, render_telegram
from bot.reply import Button, Reply, Span

ALLOWED_TAGS = {"b", "i", "a"}
MATRIX_TAGS = {"strong", "em", "a", "br"}

any_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
urls = st.one_of(
    st.sampled_from(["https://viasna.org/news/1", "http://x.org/?a=<b>&c=\"d\"", "javascript:alert(1)",
                     "JaVaScRiPt:alert(1)", " javascript:x", "data:text/html;base64,xx", "vbscript:x", "",
                     "https://ok.org/\"><script>"]),
    any_text,
)
spans = st.builds(Span, text=any_text, bold=st.booleans(), italic=st.booleans(), url=st.one_of(st.none(), urls))
replies = st.builds(lambda lines: Reply(lines=lines), st.lists(st.lists(spans, max_size=5), max_size=30))


class _Checker(HTMLParser):
    def __init__(self, allowed):
        super().__init__(convert_charrefs=True)
        self.allowed = allowed
        self.stack: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.allowed:
            self.problems.append(f"tag {tag}")
        for name, value in attrs:
            if name != "href" or not (value or "").lower().startswith(("http://", "https://")):
                self.problems.append(f"attr {name}={value}")
        if tag != "br":
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.problems.append(f"unbalanced {tag}")


def _valid(html: str, allowed: set[str]) -> list[str]:
    checker = _Checker(allowed)
    checker.feed(html)
    checker.close()
    return checker.problems + [f"unclosed {t}" for t in checker.stack]


@settings(max_examples=300, deadline=None)
@given(replies)
def test_telegram_html_is_always_escaped_balanced_and_http_only(reply):
    for chunk in render_telegram(reply):
        assert len(chunk) <= 4096
        assert _valid(chunk, ALLOWED_TAGS) == []


@settings(max_examples=200, deadline=None)
@given(replies)
def test_matrix_html_is_always_escaped_balanced_and_http_only(reply):
    for message in render_matrix(reply):
        assert _valid(message.formatted_body, MATRIX_TAGS) == []


@settings(max_examples=200, deadline=None)
@given(replies, st.lists(st.builds(Button, label=any_text, command=any_text), max_size=3))
def test_plain_text_never_carries_terminal_escapes(reply, buttons):
    reply.buttons = buttons
    assert "\x1b" not in render_plain(reply)


@settings(max_examples=500, deadline=None)
@given(any_text, st.sampled_from(["/", "!"]))
def test_the_parser_never_fails_and_bounds_arguments(text, prefix):
    parsed = parse_command(text, (prefix,))
    if parsed is not None:
        assert len(parsed.args) <= MAX_ARGS_LENGTH
        assert "\n" not in parsed.args and "\x00" not in parsed.args
