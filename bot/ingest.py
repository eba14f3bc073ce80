"""Storing what was read off one article: the article, its round claims, counts and named people.

Everything for one article is written in one transaction, so a crash leaves either all of it or
none of it, and a second ingest of the same article (same link or same text) changes nothing.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass

from bot.abroad import taken_abroad
from bot.directory import PrisonerDirectory
from bot.facts import MAKEUP_FIELDS
from bot.reconcile import build_round_views
from bot.reconcile.grouping import ReportKey, find_round
from bot.reconcile.stories import same_story
from bot.review.queue import queue_for_review
from bot.storage import Database
from bot.storage.articles import NewClaim

log = logging.getLogger(__name__)

# Figures stated by the authorities themselves win over outlets' paraphrases.
_OFFICIAL_SOURCES = ("Lukashenko's press service", "the presidential administration")

CONFIDENCES = ("high", "medium", "low")

_COUNT_FIELDS = {"cumulative_released": "released_total", "political_prisoners": "political_prisoners",
                 "died_in_custody": "died_in_custody"}


@dataclass(frozen=True)
class ArticleMeta:
    outlet: str
    url: str | None
    title: str | None
    published: str | None  # ISO date
    text_hash: str | None = None
    phrases: tuple[int, ...] = ()  # the text's sampled phrases (bot/reconcile/stories.py), to spot rewrites


@dataclass(frozen=True)
class IngestResult:
    article_id: int | None
    round_id: int | None
    new_round: bool
    duplicate: bool


_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"«“A-ZА-ЯЁІЎ])")


def content_hash(text: str) -> str:
    """A hash of the article's words, insensitive to spacing and case, to spot the same text twice."""
    normalized = " ".join(text.casefold().split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def _round_claims(facts: dict) -> list[NewClaim]:
    # Imported here: the extractor's package loads the morphology dictionaries, which a start or a
    # `/prisoner` question (this module is imported by seeding) never needs.
    from bot.extract.sources import source_of

    evidence = facts.get("evidence") or {}
    # The extractor says how sure it is of each figure; where it does not, "medium".
    confidence = facts.get("confidence") or {}
    claims = []
    for field in ("event_date", "pardoned", "round_ordinal", *MAKEUP_FIELDS):
        value = facts.get(field)
        if value is None:
            continue
        sentence = evidence.get(field)
        stated_by = source_of(sentence) if sentence else None
        level = confidence.get(field) if isinstance(confidence, dict) else None
        claims.append(NewClaim(field=field, value=value, qualifier="exact", source=stated_by,
                               official=stated_by in _OFFICIAL_SOURCES, evidence=sentence,
                               confidence=level if level in CONFIDENCES else "medium"))
    return claims


async def ingest_facts(db: Database, directory: PrisonerDirectory, meta: ArticleMeta, facts: dict,
                       now: str) -> IngestResult:
    """Store one article's facts (the `pardonwatch extract` JSON object) unless it is already stored."""
    existing = await db.articles.find(meta.url, meta.text_hash)
    if existing is not None:
        return IngestResult(existing, await db.articles.round_of(existing), False, True)
    claims = _round_claims(facts) if facts.get("is_pardon_report") else []
    async with db.transaction():
        article_id = await db.articles.add(
            outlet=meta.outlet, url=meta.url, title=meta.title, lang=facts.get("lang"), published=meta.published,
            content_hash=meta.text_hash, is_report=bool(facts.get("is_pardon_report")), now=now,
            story_of=await _story_of(db, meta.phrases))
        await db.articles.add_phrases(article_id, list(meta.phrases))
        round_id, new_round = None, False
        if claims:
            round_id, new_round = await _round_for(db, directory, facts, meta, now)
            await db.articles.add_claims(article_id, round_id, claims)
            await queue_for_review(db, round_id, article_id, new_round, claims, now)
        await _store_counts(db, facts, meta, article_id)
        await _store_mentions(db, directory, facts, meta, article_id, now)
    return IngestResult(article_id, round_id, new_round, False)


async def _story_of(db: Database, phrases: tuple[int, ...]) -> int | None:
    """The first stored article of the story this text retells, if it retells one."""
    for article_id, shared, theirs, story_of in await db.articles.phrase_overlaps(list(phrases)):
        if same_story(shared, len(phrases), theirs):
            return story_of or article_id
    return None


def sentence_naming(evidence: str | None, name: str) -> str | None:
    """The sentence of `evidence` that contains `name` as written (the whole evidence when none does alone)."""
    if not evidence:
        return None
    sentences = _SENTENCE_END.split(evidence)
    return next((s for s in sentences if name in s), evidence)


def _released_ids(directory: PrisonerDirectory, facts: dict) -> frozenset[int]:
    found = (directory.lookup(name).match for name in facts.get("named_released") or [])
    return frozenset(m.prisoner.id for m in found if m is not None)


async def _round_for(db: Database, directory: PrisonerDirectory, facts: dict, meta: ArticleMeta,
                     now: str) -> tuple[int, bool]:
    # Corrections take part: a round a moderator re-dated is matched by its corrected date.
    views = build_round_views(await db.rounds.all_claims(with_rejected=True), await db.rounds.corrections())
    key = ReportKey(event_date=facts.get("event_date"), published=meta.published,
                    pardoned=facts.get("pardoned"), round_ordinal=facts.get("round_ordinal"),
                    released=_released_ids(directory, facts))
    found = find_round(key, views, await db.rounds.released_by_round())
    if found is not None:
        return found, False
    return await db.rounds.create(now), True


async def _store_counts(db: Database, facts: dict, meta: ArticleMeta, article_id: int) -> None:
    as_of = facts.get("event_date") or meta.published
    if not as_of:
        return
    evidence = facts.get("evidence") or {}
    for field, kind in _COUNT_FIELDS.items():
        count = facts.get(field)
        if not count or count.get("value") is None:
            continue
        await db.articles.add_count(kind=kind, value=int(count["value"]), qualifier=count.get("qualifier") or "exact",
                                    as_of=as_of, source=count.get("source"), article_id=article_id,
                                    evidence=evidence.get(field))


async def _store_mentions(db: Database, directory: PrisonerDirectory, facts: dict, meta: ArticleMeta,
                          article_id: int, now: str) -> None:
    """Link named people to the registry; a report naming someone as released becomes a status claim."""
    since = facts.get("event_date") or meta.published
    evidence = facts.get("evidence") or {}
    for key, role in (("named_released", "released"), ("named_still_held", "still_held")):
        await store_named(db, directory, facts.get(key) or [], role, article_id=article_id, since=since,
                          outlet=meta.outlet, url=meta.url, origin="article", now=now, evidence=evidence.get(key))


def _status_named(role: str, sentence: str | None) -> str:
    """The status an article gives a person it names in `role`, read off the sentence naming them."""
    if role != "released":
        return "held"
    return "abroad" if taken_abroad(sentence) else "released"


async def store_named(db: Database, directory: PrisonerDirectory, names: list[str], role: str, *, article_id: int,
                      since: str | None, outlet: str, url: str | None, origin: str, now: str,
                      evidence: str | None = None) -> None:
    """Record that an article names these people as released (or still held): a mention of each person the
    registry knows, with the evidence sentence that names them, and a status dated `since` with the
    article as its source: `abroad` for a release whose sentence says they were taken abroad.
    `evidence` is the extractor's sentences for the role, one after another."""
    for name in names:
        lookup = directory.lookup(name)
        if lookup.match is None:
            continue
        prisoner_id = lookup.match.prisoner.id
        sentence = sentence_naming(evidence, name)
        status = _status_named(role, sentence)
        await db.prisoners.add_mention(prisoner_id, article_id, role, name, sentence)
        await db.prisoners.add_status(prisoner_id, status=status, since=since, source=outlet, url=url,
                                      origin=origin, now=now, article_id=article_id)
