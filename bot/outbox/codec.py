"""A Reply as canonical JSON, so the outbox can store a post and hash its content."""

from __future__ import annotations

import hashlib
import json

from bot.reply import Button, Reply, Span


def reply_to_json(reply: Reply) -> str:
    """Canonical JSON (sorted keys, no spaces): equal replies give equal strings."""
    data = {
        "lines": [[{"t": s.text, "b": s.bold, "i": s.italic, "u": s.url} for s in line] for line in reply.lines],
        "buttons": [[b.label, b.command] for b in reply.buttons],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def reply_from_json(body: str) -> Reply:
    data = json.loads(body)
    lines = [[Span(s["t"], bold=s["b"], italic=s["i"], url=s["u"]) for s in line] for line in data["lines"]]
    return Reply(lines=lines, buttons=[Button(label, command) for label, command in data["buttons"]])


def content_hash(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()
