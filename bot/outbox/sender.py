"""The contract between the outbox and a platform: send or edit one post, and say why it failed."""

from __future__ import annotations

from typing import Protocol

from bot.reply import Reply


class PostSender(Protocol):
    """Delivers posts to one platform; each transport (Telegram, Matrix) implements it."""

    platform: str

    async def send(self, chat_id: str, thread_id: str, reply: Reply) -> str:
        """Post the reply; return the platform's message id."""
        ...

    async def edit(self, chat_id: str, thread_id: str, message_id: str, reply: Reply) -> None:
        """Replace an earlier post's content (an unchanged content counts as success)."""
        ...


class RateLimited(Exception):  # noqa: N818 - the platform's own word
    """The platform asked us to wait: pause only this chat, or the whole sender when `is_global`."""

    def __init__(self, retry_after: float, is_global: bool = False):
        super().__init__(f"retry after {retry_after}s")
        self.retry_after = float(retry_after)
        self.is_global = is_global


class ChatGone(Exception):  # noqa: N818
    """The bot was blocked, kicked, or the chat was deleted: the chat is unsubscribed."""


class SendFailed(Exception):
    """A temporary failure (network, server error) retried with backoff; `permanent` gives up on the row."""

    def __init__(self, reason: str, permanent: bool = False):
        super().__init__(reason)
        self.permanent = permanent
