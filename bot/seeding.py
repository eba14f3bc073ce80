"""The project's own seed facts (`seeds/facts.json`): every round since July 2024, applied at every start.

Each person, round report and count has a stable id. Seeding adds only the entries whose id the
database does not hold yet, and never changes a stored one, so a moderator's correction, a hidden
article or a merge survives every restart; when nothing is new it costs three small queries. A
seeded round joins the round the bot already has for it (from an earlier seed or from a feed), and
seeding never schedules an auto-post: the history only enriches the record.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from bot.directory import PrisonerDirectory
from bot.facts import COUNT_KINDS, MAKEUP_FIELDS, QUALIFIERS, full_date
from bot.ingest import store_named
from bot.reconcile import build_round_views
from bot.reconcile.grouping import ReportKey, find_round
from bot.storage import Database
from bot.storage.articles import NewClaim

log = logging.getLogger(__name__)

SEED_FILE = "facts.json"
PRECISIONS = ("day", "month", "year", "publication")
_FIGURES = ("pardoned", *MAKEUP_FIELDS, "round_ordinal", "event_date")


class SeedError(ValueError):
    """The seed file is not as docs/history.md describes; the message names the entry."""


@dataclass(frozen=True)
class SeedArticle:
    """One report as the seeds know it: where it appeared and what it says."""

    id: str
    outlet: str
    url: str | None
    lang: str | None
    published: str | None
    title: str | None = None
    claims: tuple[NewClaim, ...] = ()
    counts: dict[str, dict] = field(default_factory=dict)
    released: tuple[str, ...] = ()
    still_held: tuple[str, ...] = ()
    since: str | None = None  # the date its named people's statuses start


@dataclass(frozen=True)
class SeedRound:
    id: str
    date: str | None
    pardoned: int | None
    articles: tuple[SeedArticle, ...]
    released: tuple[str, ...]


@dataclass(frozen=True)
class SeedCount:
    kind: str
    value: int
    qualifier: str
    as_of: str
    by: str | None
    article: str


@dataclass(frozen=True)
class SeedFacts:
    prisoners: list[dict]
    rounds: list[SeedRound]
    articles: list[SeedArticle]  # reports that only carry counts
    counts: list[SeedCount]

    def article_ids(self) -> set[str]:
        return {a.id for r in self.rounds for a in r.articles} | {a.id for a in self.articles}


@dataclass(frozen=True)
class SeedOutcome:
    prisoners: int = 0
    articles: int = 0
    rounds: int = 0
    counts: int = 0


def _claims(figures: dict, event_date: str | None) -> tuple[NewClaim, ...]:
    unknown = set(figures) - set(_FIGURES) - {"pardoned_qualifier"}
    if unknown:
        raise SeedError(f"unknown figures {sorted(unknown)}")
    qualifier = figures.get("pardoned_qualifier", "exact")
    if qualifier not in QUALIFIERS:
        raise SeedError(f"unknown qualifier {qualifier!r}")
    values = {"event_date": event_date, **{k: v for k, v in figures.items() if k in _FIGURES}}
    return tuple(NewClaim(field=name, value=value, qualifier=qualifier if name == "pardoned" else "exact")
                 for name, value in values.items() if value is not None)


def _article(entry: dict, claims: tuple[NewClaim, ...] = (), since: str | None = None, released=(), held=()
             ) -> SeedArticle:
    return SeedArticle(id=entry["id"], outlet=entry["outlet"], url=entry.get("url"), lang=entry.get("lang"),
                       published=entry.get("published"), title=entry.get("title"), claims=claims,
                       counts=entry.get("counts", {}), released=tuple(released),
                       still_held=tuple(held) + tuple(entry.get("still_held", [])), since=since)


def _round(entry: dict) -> SeedRound:
    precision, date = entry.get("precision"), entry.get("date")
    if precision not in PRECISIONS or (precision == "publication") != (date is None):
        raise SeedError(f"round {entry['id']}: date {date!r} does not match precision {precision!r}")
    published = sorted(s["published"] for s in entry["sources"] if full_date(s.get("published")))
    since = date or (published[0] if published else None)
    shared = entry["figures"]
    # Reports with figures of their own first: the round's sources, stored after them, state its
    # running total last, as the newest word on it.
    articles = [_article(report, _claims(report["figures"], None), report.get("published"))
                for report in entry.get("reports", [])]
    for number, source in enumerate(entry["sources"]):
        own = {"round_ordinal": source["round_ordinal"]} if "round_ordinal" in source else {}
        article = _article(source, _claims({**shared, **own}, date), since, entry.get("released", []),
                           entry.get("still_held", []))
        if entry.get("released_total") and number == 0:
            article = replace(article, counts={**article.counts,
                                               "released_total": {**entry["released_total"], "as_of": since}})
        articles.append(article)
    return SeedRound(id=entry["id"], date=date, pardoned=shared.get("pardoned"), articles=tuple(articles),
                     released=tuple(entry.get("released", [])))


def load_seed_facts(path: Path) -> SeedFacts:
    """Read and check the seed file; SeedError names the first entry that is not usable."""
    data = json.loads(path.read_text(encoding="utf-8"))
    try:
        rounds = [_round(r) for r in data["rounds"]]
        articles = [_article(a) for a in data.get("articles", [])]
        counts = [SeedCount(kind=c["kind"], value=int(c["value"]), qualifier=c["qualifier"], as_of=c["as_of"],
                            by=c.get("by"), article=c["article"]) for c in data.get("counts", [])]
    except KeyError as missing:
        raise SeedError(f"{path.name}: missing {missing}") from None
    facts = SeedFacts(prisoners=data.get("prisoners", []), rounds=rounds, articles=articles, counts=counts)
    ids = [a.id for r in rounds for a in r.articles] + [a.id for a in articles]
    if len(ids) != len(set(ids)):
        raise SeedError(f"{path.name}: an article id is used twice")
    for count in counts:
        if count.kind not in COUNT_KINDS or count.article not in facts.article_ids():
            raise SeedError(f"{path.name}: count {count.kind} of {count.article} names no known kind or article")
    return facts


async def apply_seeds(db: Database, directory: PrisonerDirectory, seeds_dir: Path, now: str) -> SeedOutcome:
    """Add what is new in the seed facts (by id) and nothing else; return what was added."""
    path = seeds_dir / SEED_FILE
    if not path.exists():
        return SeedOutcome()
    facts = load_seed_facts(path)
    known_people, stored = await db.prisoners.seeded(), await db.articles.seeded()
    stored_counts = await db.articles.seeded_counts()
    new_people = [p for p in facts.prisoners if p["id"] not in known_people]
    if not new_people and facts.article_ids() <= set(stored) and all(
            (c.kind, stored[c.article]) in stored_counts for c in facts.counts):
        return SeedOutcome()
    people = await _seed_people(db, directory, new_people, now)
    articles = rounds = counts = 0
    async with db.transaction():
        for seed_round in facts.rounds:
            added, created = await _seed_round(db, directory, seed_round, stored, now)
            articles, rounds = articles + added, rounds + created
        for article in facts.articles:
            if article.id not in stored:
                stored[article.id] = await _add_article(db, article, is_report=False, now=now)
                articles += 1
        for count in facts.counts:
            if (count.kind, stored[count.article]) not in stored_counts:
                await _add_count(db, count.kind, asdict(count), stored[count.article])
                counts += 1
    log.info("seed facts: %d people, %d reports, %d new rounds, %d counts added", people, articles, rounds, counts)
    return SeedOutcome(people, articles, rounds, counts)


async def _seed_people(db: Database, directory: PrisonerDirectory, people: list[dict], now: str) -> int:
    """Add the seed facts' new people; someone the registry already has under that name is recognised."""
    if not people:
        return 0
    async with db.transaction():
        for person in people:
            known = directory.lookup(person["name_en"]).match
            if known is not None and not await db.prisoners.seeded_as(known.prisoner.id):
                prisoner_id = known.prisoner.id
                await db.prisoners.set_seed_id(prisoner_id, person["id"])
            else:
                prisoner_id = await db.prisoners.add(name_en=person.get("name_en"), name_be=person.get("name_be"),
                                                     name_ru=person.get("name_ru"), now=now, seed_id=person["id"])
            await db.prisoners.add_aliases(prisoner_id, person.get("aliases", []))
    await directory.load()
    return len(people)


async def _seed_round(db: Database, directory: PrisonerDirectory, seed_round: SeedRound, stored: dict[str, int],
                      now: str) -> tuple[int, int]:
    """Add the round's new reports to the round the bot has for it; return (reports added, rounds created)."""
    new = [a for a in seed_round.articles if a.id not in stored]
    if not new:
        return 0, 0
    round_id, created = await _round_for(db, directory, seed_round, stored, now)
    for article in new:
        article_id = stored[article.id] = await _add_article(db, article, is_report=True, now=now)
        await db.articles.add_claims(article_id, round_id, list(article.claims))
        for kind, count in article.counts.items():
            await _add_count(db, kind, {**count, "as_of": count.get("as_of") or article.since}, article_id)
        for names, role in ((article.released, "released"), (article.still_held, "still_held")):
            await store_named(db, directory, list(names), role, article_id=article_id, since=article.since,
                              outlet=article.outlet, url=article.url, origin="seed", now=now)
    return len(new), int(created)


async def _round_for(db: Database, directory: PrisonerDirectory, seed_round: SeedRound, stored: dict[str, int],
                     now: str) -> tuple[int, bool]:
    """Where the round's reports already are; else the round a feed brought for it; else a new round."""
    for article in seed_round.articles:
        if article.id in stored:
            round_id = await db.articles.round_of(stored[article.id])
            if round_id is not None:
                return round_id, False
    # Another seeded round is never a match: the seeds list each round once. A round moderators rejected
    # is one: the seed's reports join it, and it stays rejected (seeding never overrides a moderator).
    taken = await db.articles.rounds_with_seeds()
    views = [v for v in build_round_views(await db.rounds.all_claims(with_rejected=True),
                                          await db.rounds.corrections()) if v.id not in taken]
    published = sorted(a.published for a in seed_round.articles if full_date(a.published))
    released = (directory.lookup(name).match for name in seed_round.released)
    key = ReportKey(event_date=seed_round.date, published=published[0] if published else None,
                    pardoned=seed_round.pardoned, released=frozenset(m.prisoner.id for m in released if m))
    found = find_round(key, views, await db.rounds.released_by_round())
    if found is not None:
        return found, False
    return await db.rounds.create(now), True


async def _add_article(db: Database, article: SeedArticle, *, is_report: bool, now: str) -> int:
    return await db.articles.add(outlet=article.outlet, url=article.url, title=article.title, lang=article.lang,
                                 published=article.published, content_hash=None, is_report=is_report, now=now,
                                 seed_id=article.id)


async def _add_count(db: Database, kind: str, count: dict, article_id: int) -> None:
    await db.articles.add_count(kind=kind, value=int(count["value"]), qualifier=count.get("qualifier") or "exact",
                                as_of=count["as_of"], source=count.get("by"), article_id=article_id, evidence=None)
