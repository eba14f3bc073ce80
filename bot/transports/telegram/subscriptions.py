"""Telegram's side of subscriptions: the admin check for `/subscribe @channel`, and unsubscribing
chats that block or remove the bot."""

from __future__ import annotations

import logging

from telegram import Bot, ChatMember, ChatMemberAdministrator, Update
from telegram.error import BadRequest, Forbidden
from telegram.ext import ContextTypes

from bot.storage import Database
from bot.transports.telegram.adapter import PLATFORM
from handlers.base import RemoteChat

log = logging.getLogger(__name__)

_ADMINS = (ChatMember.ADMINISTRATOR, ChatMember.OWNER)
_GONE = (ChatMember.LEFT, ChatMember.BANNED)


class TelegramAdminCheck:
    """Implements `handlers.base.ChatAdminCheck` with getChat and getChatMember."""

    def __init__(self, bot: Bot):
        self.bot = bot

    async def check(self, chat_ref: str, user_id: str) -> RemoteChat | None:
        try:
            chat = await self.bot.get_chat(chat_ref)
        except (BadRequest, Forbidden):
            return None
        user = await self._member(chat.id, int(user_id))
        me = await self._member(chat.id, self.bot.id)
        bot_can_post = me is not None and me.status in _ADMINS and (
            chat.type != chat.CHANNEL or (isinstance(me, ChatMemberAdministrator) and bool(me.can_post_messages)))
        return RemoteChat(chat_id=str(chat.id), user_is_admin=user is not None and user.status in _ADMINS,
                          bot_is_admin=bot_can_post)

    async def _member(self, chat_id: int, user_id: int) -> ChatMember | None:
        try:
            return await self.bot.get_chat_member(chat_id, user_id)
        except (BadRequest, Forbidden):
            return None


def my_chat_member_handler(db: Database):
    """A handler that unsubscribes a chat as soon as the bot is blocked, kicked or leaves it."""

    async def on_my_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        change = update.my_chat_member
        if change is None or change.new_chat_member.status not in _GONE:
            return
        removed = await db.chats.unsubscribe(PLATFORM, str(change.chat.id))
        if removed:
            log.info("telegram: removed from chat %s; %d subscriptions dropped", change.chat.id, removed)

    return on_my_chat_member
