"""/lang en|be|ru: the chat's reply language (in groups, for its admins)."""

from __future__ import annotations

from bot.i18n import LANGUAGES, get_translator, normalize_language
from bot.reply import Reply
from handlers.base import Context, Request

LANGUAGE_NAMES = {"en": "English", "be": "Беларуская", "ru": "Русский"}


async def lang(req: Request, ctx: Context) -> Reply:
    _ = ctx.i18n.gettext
    choices = " | ".join(f"{code} — {LANGUAGE_NAMES[code]}" for code in LANGUAGES)
    if not req.args:
        return Reply().add(_("The language here is {name}. To change it: {usage}").format(
            name=LANGUAGE_NAMES[req.language], usage=f"{req.prefix}lang en|be|ru")).add(choices)
    language = normalize_language(req.args.split()[0]) if len(req.args) <= 10 else None
    if language is None:
        return Reply().add(_("I can answer in English, Belarusian and Russian: {usage}").format(
            usage=f"{req.prefix}lang en|be|ru")).add(choices)
    await ctx.db.chats.set_language(req.platform, req.chat_id, language)
    # The confirmation is already in the new language.
    confirmation = get_translator(language)
    return Reply().add(confirmation.gettext("From now on I will answer here in English."))
