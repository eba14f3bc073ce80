"""/subscribe [en|be|ru] and /unsubscribe: auto-posts of new pardon rounds in this chat or topic.

From a private chat, `/subscribe @channel [lang]` subscribes a channel once the platform confirms
that both the user and the bot administer it.
"""

from __future__ import annotations

import re

from bot.i18n import normalize_language
from bot.reply import Reply
from handlers.base import Context, Request
from handlers.lang import LANGUAGE_NAMES

_CHAT_REF = re.compile(r"@[A-Za-z][A-Za-z0-9_]{3,31}")


async def subscribe(req: Request, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    words = req.args.split()
    target = words.pop(0) if words and words[0].startswith("@") else None
    language = req.language
    if words:
        language = normalize_language(words[0]) if len(words) == 1 and len(words[0]) <= 10 else None
        if language is None:
            return Reply().add(_("Usage: {usage}").format(usage=f"{req.prefix}subscribe [@channel] [en|be|ru]"))
    if target is None:
        chat_id, thread_id = req.chat_id, req.thread_id or ""
    else:
        found = await _remote_chat(req, ctx, target)
        if isinstance(found, Reply):
            return found
        chat_id, thread_id = found, ""
    new = await ctx.db.chats.subscribe(req.platform, chat_id, thread_id, language, ctx.now_iso)
    name = LANGUAGE_NAMES[language]
    if target is None and new:
        text = _("Subscribed: new pardon rounds will be posted here. Language: {language}.")
    elif target is None:
        text = _("Already subscribed. The language of the posts here is now: {language}.")
    elif new:
        text = _("Subscribed: new pardon rounds will be posted to {chat}. Language: {language}.")
    else:
        text = _("Already subscribed. The language of the posts to {chat} is now: {language}.")
    return Reply().add(text.format(chat=target, language=name))


async def unsubscribe(req: Request, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    words = req.args.split()
    if len(words) > 1 or (words and not words[0].startswith("@")):
        return Reply().add(_("Usage: {usage}").format(usage=f"{req.prefix}unsubscribe [@channel]"))
    if words:
        found = await _remote_chat(req, ctx, words[0])
        if isinstance(found, Reply):
            return found
        removed = await ctx.db.chats.unsubscribe(req.platform, found)
    else:
        # In a topic only that topic; elsewhere the whole chat with all its topics.
        removed = await ctx.db.chats.unsubscribe(req.platform, req.chat_id, req.thread_id or None)
    if not removed:
        return Reply().add(_("There was no subscription here."))
    return Reply().add(_("Unsubscribed: no more automatic posts."))


async def _remote_chat(req: Request, ctx: Context, ref: str) -> str | Reply:
    """The chat id behind "@channel" when the user and the bot both administer it, else the refusal."""
    _ = ctx.i18n.gettext
    if req.chat_kind != "private" or ctx.remote_chats is None or req.user_id is None:
        return Reply().add(_("To manage a channel, send this command to me in a private chat."))
    if not _CHAT_REF.fullmatch(ref):
        return Reply().add(_("That is not a channel name. Write it like @channel_name."))
    chat = await ctx.remote_chats.check(ref, req.user_id)
    if chat is None:
        return Reply().add(_("I cannot find {chat}. Add me to it as an administrator first.").format(chat=ref))
    if not chat.user_is_admin:
        return Reply().add(_("Only administrators of {chat} can do this.").format(chat=ref))
    if not chat.bot_is_admin:
        return Reply().add(_("Make me an administrator of {chat} first, so that I can post there.").format(chat=ref))
    return chat.chat_id
