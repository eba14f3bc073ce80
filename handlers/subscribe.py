"""/subscribe [en|be|ru] [confirmed|fast] and /unsubscribe: auto-posts of new pardon rounds in this
chat or topic.

From a private chat, `/subscribe @channel [lang] [policy]` subscribes a channel once the platform
confirms that both the user and the bot administer it. The policy says when a round is posted:
`confirmed` (the default for groups and channels) once two independent outlets, an official source
or a moderator confirm it; `fast` (the default for one's own private chat) at its first report,
edited as more reports arrive.
"""

from __future__ import annotations

import re

from bot.i18n import normalize_language
from bot.reply import Reply
from handlers.base import Context, Request
from handlers.lang import LANGUAGE_NAMES

_CHAT_REF = re.compile(r"@[A-Za-z][A-Za-z0-9_]{3,31}")
# The policy words, in each language of the bot.
POLICY_WORDS = {
    "confirmed": "confirmed", "fast": "fast",
    "пацверджаныя": "confirmed", "хутка": "fast",
    "подтверждённые": "confirmed", "подтвержденные": "confirmed", "быстро": "fast",
}
USAGE = "subscribe [@channel] [en|be|ru] [confirmed|fast]"


def _language_and_policy(words: list[str]) -> tuple[str | None, str | None] | None:
    """The language and policy words in any order, each at most once; None when a word is neither."""
    language = policy = None
    for word in words:
        as_language = normalize_language(word) if len(word) <= 10 else None
        as_policy = POLICY_WORDS.get(word.casefold())
        if as_language and language is None:
            language = as_language
        elif as_policy and policy is None:
            policy = as_policy
        else:
            return None
    return language, policy


async def subscribe(req: Request, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    words = req.args.split()
    target = words.pop(0) if words and words[0].startswith("@") else None
    chosen = _language_and_policy(words) if len(words) <= 2 else None
    if chosen is None:
        return Reply().add(_("Usage: {usage}").format(usage=f"{req.prefix}{USAGE}"))
    language, policy = chosen[0] or req.language, chosen[1]
    if target is None:
        chat_id, thread_id = req.chat_id, req.thread_id or ""
    else:
        found = await _remote_chat(req, ctx, target)
        if isinstance(found, Reply):
            return found
        chat_id, thread_id = found, ""
    existing = await ctx.db.chats.subscription(req.platform, chat_id, thread_id)
    # Groups and channels wait for confirmation unless they ask otherwise; one's own chat gets news first.
    default = "fast" if target is None and req.chat_kind == "private" else "confirmed"
    policy = policy or (existing.policy if existing else default)
    new = await ctx.db.chats.subscribe(req.platform, chat_id, thread_id, language, ctx.now_iso, policy=policy)
    name = LANGUAGE_NAMES[language]
    if target is None and new:
        text = _("Subscribed: new pardon rounds will be posted here. Language: {language}.")
    elif target is None:
        text = _("Already subscribed. The language of the posts here is now: {language}.")
    elif new:
        text = _("Subscribed: new pardon rounds will be posted to {chat}. Language: {language}.")
    else:
        text = _("Already subscribed. The language of the posts to {chat} is now: {language}.")
    return Reply().add(text.format(chat=target, language=name)).add(_policy_line(req, ctx, policy, target))


def _policy_line(req: Request, ctx: Context, policy: str, target: str | None) -> str:
    _ = ctx.i18n.gettext
    other = "fast" if policy == "confirmed" else "confirmed"
    command = " ".join(w for w in (f"{req.prefix}subscribe", target, other) if w)
    if policy == "confirmed":
        return _("A round is posted once two independent outlets or an official source confirm it, or a "
                 "moderator checks it. To get the first report at once, send {command}.").format(command=command)
    return _("A round is posted at its first report and edited as more reports arrive. To wait for "
             "confirmation instead, send {command}.").format(command=command)


async def unsubscribe(req: Request, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    words = req.args.split()
    if len(words) > 1 or (words and not words[0].startswith("@")):
        return Reply().add(_("Usage: {usage}").format(usage=f"{req.prefix}unsubscribe [@channel]"))
    if words:
        found = await _remote_chat(req, ctx, words[0])
        if isinstance(found, Reply):
            return found
        removed = await ctx.db.chats.unsubscribe(req.platform, found, purpose="rounds")
    else:
        # In a topic only that topic; elsewhere the whole chat with all its topics.
        removed = await ctx.db.chats.unsubscribe(req.platform, req.chat_id, req.thread_id or None, purpose="rounds")
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
