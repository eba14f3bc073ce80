"""Questions the bot asked with a forced reply ("What is the correct number of women?"): a plain reply
to one of them completes the command it stands for ("/correct 12 women" + "7")."""

from __future__ import annotations

from collections import OrderedDict

from telegram import Message

MAX_OPEN = 1000  # questions remembered; the oldest are forgotten first


class OpenQuestions:
    """The commands that answers complete, by (chat id, question's message id).

    Kept in memory only (ids and the bot's own command, never what people write): after a restart a
    reply to an old question is ordinary text, and the person sends the whole command instead.
    """

    def __init__(self, size: int = MAX_OPEN):
        self.size = size
        self._open: OrderedDict[tuple[int, int], str] = OrderedDict()

    def ask(self, chat_id: int, message_id: int, command: str) -> None:
        """Remember that a reply to the bot's message `message_id` in the chat completes `command`
        (written without its "/")."""
        self._open[(chat_id, message_id)] = command
        while len(self._open) > self.size:
            self._open.popitem(last=False)

    def answer(self, message: Message) -> str | None:
        """The completed command when `message` replies to an open question; else None."""
        question = message.reply_to_message
        text = message.text or ""
        if question is None or not text or text.startswith("/"):
            return None
        command = self._open.get((message.chat.id, question.message_id))
        return f"/{command} {text}" if command else None
