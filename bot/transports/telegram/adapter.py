"""Telegram updates → the platform-neutral `Incoming`: ids, text and client language only."""

from __future__ import annotations

from telegram import CallbackQuery, Chat, Message, User

from bot.dispatcher import Incoming

PLATFORM = "telegram"
_KINDS = {Chat.PRIVATE: "private", Chat.GROUP: "group", Chat.SUPERGROUP: "group", Chat.CHANNEL: "channel"}


def chat_kind(chat: Chat) -> str:
    return _KINDS.get(chat.type, "group")


def thread_of(message: Message) -> str | None:
    """The forum topic a message belongs to, or None outside topics."""
    if message.is_topic_message and message.message_thread_id:
        return str(message.message_thread_id)
    return None


def _user_fields(user: User | None) -> tuple[str | None, str | None]:
    return (str(user.id), user.language_code) if user else (None, None)


def incoming_from_message(message: Message) -> Incoming:
    """A text message or channel post as the dispatcher sees it."""
    user_id, language = _user_fields(message.from_user)
    return Incoming(platform=PLATFORM, chat_id=str(message.chat.id), user_id=user_id, text=message.text or "",
                    client_language=language, chat_kind=chat_kind(message.chat), thread_id=thread_of(message))


def incoming_from_button(query: CallbackQuery) -> Incoming | None:
    """A button press runs the button's command in the chat of the message it was under."""
    message = query.message
    if not isinstance(message, Message) or not query.data:
        return None
    user_id, language = _user_fields(query.from_user)
    return Incoming(platform=PLATFORM, chat_id=str(message.chat.id), user_id=user_id, text=query.data,
                    client_language=language, chat_kind=chat_kind(message.chat), thread_id=thread_of(message))
