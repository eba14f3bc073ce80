"""The reply model: what a handler answers, before any platform formats it.

One model, rendered three ways (Telegram HTML, Matrix HTML + plain body, console text), so that
escaping and link checking live in the renderers and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    """A run of text with one style; `url` makes it a link."""

    text: str
    bold: bool = False
    italic: bool = False
    url: str | None = None


@dataclass(frozen=True)
class Button:
    """A choice offered under a reply; pressing it runs `command` as if the user had typed it."""

    label: str
    command: str


@dataclass(frozen=True)
class Image:
    """A picture sent with the reply (PNG bytes), with the caption lines of the reply."""

    png: bytes
    filename: str = "chart.png"


@dataclass
class Reply:
    """Lines of spans; an empty line is a paragraph break.

    `alert`: a short answer meant only for the person who asked (a refusal), shown privately where
    the platform can (Telegram: the pop-up of the button they pressed). `prompt`: the command, without
    its prefix, that the person's next answer completes ("correct 12 women" + "7"), where the
    platform lets them simply reply to this message (Telegram).
    """

    lines: list[list[Span]] = field(default_factory=list)
    buttons: list[Button] = field(default_factory=list)
    image: Image | None = None
    alert: bool = False
    prompt: str | None = None

    def add(self, *spans: Span | str) -> Reply:
        """Append one line made of the given spans (plain strings become plain spans)."""
        self.lines.append([s if isinstance(s, Span) else Span(s) for s in spans])
        return self

    def blank(self) -> Reply:
        """Append a paragraph break (never two in a row, never at the start)."""
        if self.lines and self.lines[-1]:
            self.lines.append([])
        return self

    def extend(self, other: Reply) -> Reply:
        """Append another reply's lines and buttons after a paragraph break."""
        self.blank()
        self.lines.extend(other.lines)
        self.buttons.extend(other.buttons)
        return self

    @property
    def plain_text(self) -> str:
        """The reply's text without styles or links, for tests and logs-free checks."""
        return "\n".join("".join(s.text for s in line) for line in self.lines)


def text(value: object) -> Span:
    return Span(str(value))


def bold(value: object) -> Span:
    return Span(str(value), bold=True)


def italic(value: object) -> Span:
    return Span(str(value), italic=True)


def link(label: object, url: str | None) -> Span:
    """A link span; a missing URL leaves the label as plain text."""
    return Span(str(label), url=url or None)
