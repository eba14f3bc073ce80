"""The outbox: durable, rate-limited auto-posting of pardon rounds to subscribed chats."""

from bot.outbox.pacing import OutboxLimits
from bot.outbox.schedule import schedule_round
from bot.outbox.sender import ChatGone, PostSender, RateLimited, SendFailed
from bot.outbox.worker import OutboxWorker

__all__ = ["ChatGone", "OutboxLimits", "OutboxWorker", "PostSender", "RateLimited", "SendFailed", "schedule_round"]
