"""Reports of one new pardon round (17 April 2026, after every round of the seeds) as different outlets
wrote them, for these tests (not real articles), and a way to read them the way the running bot does: from a
feed, in one poll."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.app import App
from bot.feeds import Pipeline, Poller, open_poller
from tests.feeds.conftest import LOOPBACK, TEST_LIMITS
from tests.feeds.server import FeedServer, rss

DAY = dt.date(2026, 4, 17)
PUBLISHED = dt.datetime(2026, 4, 17, 15, 0, tzinfo=dt.UTC)

# One outlet's own report: relatives as the source, so nothing official about it.
ZERKALO = ("Belarusian leader Alexander Lukashenko pardoned 26 people convicted of \"extremism\" on April 17, "
           "2026, relatives of several of them told our newsroom. Among those released were 4 women. Families "
           "said the prisoners were freed from colonies in Mahiliou and Homiel on Friday morning and were not told "
           "in advance. Human rights defenders welcomed the news but warned that arrests continue every week, and "
           "that more than a thousand people remain behind bars for their views.")
# Another outlet's own, independent report of the same round and number.
NASHA_NIVA = ("Twenty-six people serving sentences in politically motivated cases walked free on 17 April 2026, "
              "according to our sources in Minsk. The group included 4 women and several people with chronic "
              "illnesses. Those released had all signed petitions for clemency, their lawyers said. It was not "
              "immediately clear whether any of them would be allowed to leave the country. The authorities did not "
              "publish the list of names, and several families learned of the release only from the news.")
# A portal's lightly edited copy of Zerkalo's story: the same story, so no second source.
REWRITE = ZERKALO.replace("told our newsroom", "told the Zerkalo newsroom").replace(
    "Human rights defenders welcomed", "Rights defenders welcomed") + " Zerkalo first reported the releases."

TITLES = {"zerkalo": "Lukashenko pardons 26 political prisoners",
          "nasha-niva": "Another group of political prisoners freed in Belarus",
          "rewrite": "26 political prisoners pardoned, Zerkalo reports"}
TEXTS = {"zerkalo": ZERKALO, "nasha-niva": NASHA_NIVA, "rewrite": REWRITE}


def feed_of(name: str) -> bytes:
    """An RSS feed whose one item is the named report, in full."""
    return rss([{"guid": f"{name}-17-04", "title": TITLES[name], "content": TEXTS[name],
                 "link": f"https://{name}.example/news/26-pardoned", "published": PUBLISHED}])


@asynccontextmanager
async def feed_reader(app: App) -> AsyncIterator[Poller]:
    """A poller over the app's database that queues posts and cards as the running bot does."""
    pipeline = Pipeline(app.db, app.directory, app.clock, round_changed=app.dispatcher.round_changed)
    async with open_poller(pipeline, TEST_LIMITS, LOOPBACK, rng=random.Random(7)) as poller:
        yield poller


async def publish(app: App, server: FeedServer, poller: Poller, name: str, outlet: str) -> int:
    """The outlet's feed gets the report; one poll reads it. Returns the round it joined."""
    path = f"/{name}.xml"
    server.serve(path, feed_of(name))
    await app.db.feeds.add(url=server.url(path), outlet=outlet, lang="en", interval_seconds=900,
                           now=app.clock().isoformat(timespec="seconds"))
    reports = await poller.poll()
    assert [r.status for r in reports] == ["ok"], reports
    async with app.db.conn.execute(
        "SELECT c.round_id FROM round_claims c JOIN articles a ON a.id = c.article_id WHERE a.outlet = ?",
        (outlet,)) as cur:
        (round_id,) = await cur.fetchone()
    return round_id
