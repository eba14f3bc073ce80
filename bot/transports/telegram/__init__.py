"""The Telegram transport (python-telegram-bot 22)."""

from bot.transports.telegram.app import TelegramTransport

__all__ = ["TelegramTransport"]
