"""Inline mode (`@bot name` in any chat): prisoner cards and the latest round, ready to share."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.commands import clean_text
from bot.dispatcher import Dispatcher
from bot.i18n import DEFAULT_LANGUAGE, normalize_language
from bot.posts import round_post
from bot.ratelimit import RateLimiter, Verdict
from bot.render import render_telegram
from bot.reply import Reply
from bot.round_snapshot import round_snapshot
from bot.transports.telegram.replies import NO_PREVIEW
from handlers.prisoner import prisoner_card

MAX_QUERY = 64  # characters looked at; longer queries are cut
MAX_PEOPLE = 5  # prisoner cards per answer (plus the latest round)
CACHE_SECONDS = 300  # the same query from anyone is answered by Telegram's cache for this long


def inline_limiter() -> RateLimiter:
    """Inline queries come with every keystroke: a roomier budget than commands, but still one."""
    return RateLimiter(burst=30, per_minute=90, pause_seconds=30)


def _article(result_id: str, title: str, description: str, reply: Reply) -> InlineQueryResultArticle:
    chunks = render_telegram(reply)
    return InlineQueryResultArticle(
        id=result_id[:64], title=title[:128], description=description[:128],
        input_message_content=InputTextMessageContent(chunks[0] if chunks else title, parse_mode=ParseMode.HTML,
                                                      link_preview_options=NO_PREVIEW))


def inline_handler(dispatcher: Dispatcher, limiter: RateLimiter | None = None):
    limiter = limiter or inline_limiter()

    async def on_inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.inline_query
        if query is None:
            return
        if limiter.check(f"telegram:{query.from_user.id}") is not Verdict.ALLOW:
            return  # a flood of queries goes unanswered for a while; the person's client just waits
        language = normalize_language(query.from_user.language_code) or DEFAULT_LANGUAGE
        ctx = dispatcher.context(language)
        _ = ctx.i18n.gettext
        text = clean_text(query.query)[:MAX_QUERY]
        results = []
        if text:
            lookup = ctx.directory.lookup(text)
            found = ([lookup.match] if lookup.match else []) + lookup.candidates
            seen: set[int] = set()
            for hit in found:
                person = hit.prisoner
                if person.id in seen or len(seen) >= MAX_PEOPLE:
                    continue
                seen.add(person.id)
                card = await prisoner_card(person, ctx)
                results.append(_article(f"p{person.id}-{language}", person.name_in(language),
                                        _("Political prisoner: status and sources"), card))
        rounds = await round_snapshot(ctx.db)
        if rounds.shown_newest_first:
            newest = rounds.shown_newest_first[0]
            results.append(_article(f"r{newest.id}-{language}", _("Latest pardon round"),
                                    ctx.i18n.date(newest.date) if newest.date else "",
                                    round_post(newest, rounds.trusts.get(newest.id), ctx.i18n)))
        await query.answer(results, cache_time=CACHE_SECONDS, is_personal=False)

    return on_inline_query
