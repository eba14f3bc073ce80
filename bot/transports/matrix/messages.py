"""Turning a Reply into Matrix event contents: m.notice with HTML and plain bodies, m.image, edits."""

from __future__ import annotations

from bot.render import render_matrix
from bot.render.matrix import MatrixMessage
from bot.reply import Reply, Span

NOTICE = "m.notice"
HTML_FORMAT = "org.matrix.custom.html"
MATRIX_PREFIX = "!"


def with_buttons_as_text(reply: Reply) -> Reply:
    """Matrix has no buttons: list each choice as the command to send, written with `!`."""
    if not reply.buttons:
        return reply
    lines = [list(line) for line in reply.lines]
    copy = Reply(lines=lines, image=reply.image)
    copy.blank()
    for button in reply.buttons:
        command = button.command
        if command.startswith("/"):
            command = MATRIX_PREFIX + command[1:]
        copy.add(Span(button.label), Span(" — "), Span(command, bold=True))
    return copy


def notice_contents(reply: Reply) -> list[dict]:
    """One m.notice content per rendered chunk (long replies are split by the renderer)."""
    return [notice_content(message) for message in render_matrix(with_buttons_as_text(reply))]


def notice_content(message: MatrixMessage) -> dict:
    return {"msgtype": NOTICE, "body": message.body, "format": HTML_FORMAT,
            "formatted_body": message.formatted_body}


def image_content(mxc_url: str, filename: str, size: int) -> dict:
    return {"msgtype": "m.image", "body": filename, "url": mxc_url,
            "info": {"mimetype": "image/png", "size": size}}


def edit_content(event_id: str, new_content: dict) -> dict:
    """An m.replace edit: clients show `m.new_content`; the outer body is the fallback for old ones."""
    fallback = dict(new_content)
    fallback["body"] = "* " + new_content.get("body", "")
    if "formatted_body" in new_content:
        fallback["formatted_body"] = "* " + new_content["formatted_body"]
    return {**fallback, "m.new_content": new_content,
            "m.relates_to": {"rel_type": "m.replace", "event_id": event_id}}


def in_reply_to(content: dict, event_id: str | None) -> dict:
    if event_id is None:
        return content
    return {**content, "m.relates_to": {"m.in_reply_to": {"event_id": event_id}}}
