"""How fresh an answer about "now" is: when the bot last heard from its feeds, and a warning when that
was more than a day ago (or never), because a round announced since then is not known yet."""

from __future__ import annotations

import datetime as dt

from bot.reply import Reply, italic
from handlers.base import Context

STALE_AFTER = dt.timedelta(hours=24)


def _parse(value: str) -> dt.datetime | None:
    try:
        when = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


async def freshness(ctx: Context, warn_when_stale: bool) -> Reply:
    """One line: "Feeds last read: …"; with `warn_when_stale`, "… the bot may be behind" after 24 hours."""
    _ = ctx.i18n.gettext
    last = await ctx.db.feeds.last_feed_success()
    when = _parse(last) if last else None
    if when is None:
        message = (_("The bot has not read its news feeds yet, so it may be behind: it knows only its own records.")
                   if warn_when_stale else _("The bot has not read its news feeds yet."))
        return Reply().add(italic(message))
    when = when.astimezone(dt.UTC)
    stamp = _("{date}, {time} UTC").format(date=ctx.i18n.date(when.date()), time=when.strftime("%H:%M"))
    if warn_when_stale and ctx.now - when > STALE_AFTER:
        return Reply().add(italic(_("No news feed has been read since {when}: the bot may be behind.").format(
            when=stamp)))
    return Reply().add(italic(_("News feeds last read: {when}.").format(when=stamp)))
