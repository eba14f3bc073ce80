"""Changes to rounds: correct a field, merge two rounds, split an article off, hide an article."""

from __future__ import annotations

from bot.moderation.changes import Actor, Change, Recorder, Refused, finished, record
from bot.moderation.review import decided, require_round
from bot.reconcile import build_round_views
from bot.storage import Database


async def shown_value(db: Database, round_id: int, field: str) -> int | str | None:
    """The value users see for a field of a round right now (after corrections)."""
    corrections = {k: v for k, v in (await db.rounds.corrections()).items() if k[0] == round_id}
    views = build_round_views(await db.rounds.claims_of(round_id), corrections)
    if views:
        return views[0].value(field)
    return corrections.get((round_id, field))


async def correct(db: Database, actor: Actor, round_id: int, field: str, value: int | str | None,
                  reason: str | None) -> Change:
    """Set the moderator's value for one field of a round (None removes the correction). The moderator
    has looked at the round: it leaves the review queue."""
    await require_round(db, round_id)
    current = (await db.rounds.corrections_of(round_id)).get(field)
    if value is None and current is None:
        raise Refused("no_correction", round=round_id)
    if current is not None and value is not None and current["value"] == value:
        raise Refused("same_value", round=round_id)
    review = await db.reviews.get(round_id)
    rec = Recorder("correct", f"round:{round_id}", reason=reason)
    rec.before = {"round": round_id, "field": field, "correction": current,
                  "shown": await shown_value(db, round_id, field), "review": review.snapshot()}
    async with db.transaction():
        audit_id = await record(db, actor, rec)
        await db.rounds.set_correction(round_id, field, value, audit_id)
        if review.waiting:
            review = decided(review, review.decision, review.reason, review.audit_id)
            await db.reviews.put(review)
        # The value shown afterwards is only known once the correction is in place.
        shown = await shown_value(db, round_id, field)
        await db.audit.set_after(audit_id, {"round": round_id, "field": field, "value": value, "shown": shown,
                                            "review": review.snapshot()})
    return await finished(db, audit_id, (round_id,))


async def merge(db: Database, actor: Actor, into: int, other: int, reason: str | None) -> Change:
    """Move every report of round `other` into round `into`; `into` keeps its own corrections."""
    if into == other:
        raise Refused("same_round", round=into)
    await require_round(db, into)
    await require_round(db, other)
    articles = await db.rounds.articles_of(other)
    rec = Recorder("merge", f"round:{into}", reason=reason)
    rec.before = {"into": into, "from": other, "articles": articles,
                  "corrections_into": await db.rounds.corrections_of(into),
                  "corrections_from": await db.rounds.corrections_of(other)}
    async with db.transaction():
        await db.rounds.move_articles(articles, into)
        await db.rounds.move_corrections(other, into)
        rec.after = {"into": into, "from": other, "articles": articles,
                     "corrections_into": await db.rounds.corrections_of(into)}
        audit_id = await record(db, actor, rec)
    return await finished(db, audit_id, (into, other))


async def split(db: Database, actor: Actor, round_id: int, article_id: int, reason: str | None) -> Change:
    """Move one article's claims out of a round into a new round of its own."""
    await require_round(db, round_id)
    articles = await db.rounds.articles_of(round_id)
    if article_id not in articles:
        raise Refused("not_in_round", round=round_id, article=article_id)
    if len(articles) == 1:
        raise Refused("only_article", round=round_id, article=article_id)
    async with db.transaction():
        new_round = await db.rounds.create(actor.now)
        await db.rounds.move_articles([article_id], new_round)
        rec = Recorder("split", f"round:{round_id}", reason=reason,
                       before={"round": round_id, "article": article_id},
                       after={"round": new_round, "article": article_id, "from": round_id})
        audit_id = await record(db, actor, rec)
    return await finished(db, audit_id, (round_id, new_round))


async def set_hidden(db: Database, actor: Actor, article_id: int, hidden: bool, reason: str | None) -> Change:
    """Hide an article that is not a report (its figures stop counting), or show it again."""
    article = await db.articles.get(article_id)
    if article is None:
        raise Refused("no_article", article=article_id)
    if bool(article["hidden"]) == hidden:
        raise Refused("already_hidden" if hidden else "not_hidden", article=article_id)
    round_id = await db.articles.round_of(article_id)
    rec = Recorder("hide" if hidden else "unhide", f"article:{article_id}", reason=reason,
                   before={"article": article_id, "outlet": article["outlet"], "hidden": not hidden,
                           "round": round_id},
                   after={"article": article_id, "outlet": article["outlet"], "hidden": hidden, "round": round_id})
    async with db.transaction():
        await db.articles.set_hidden(article_id, hidden)
        audit_id = await record(db, actor, rec)
    return await finished(db, audit_id, (round_id,))
