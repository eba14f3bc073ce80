"""An optional Prometheus endpoint with the figures of `pardonwatch status`, on 127.0.0.1 only.

The bot refreshes the figures from the database every REFRESH_SECONDS on its own event loop;
prometheus_client's HTTP thread only reads the last snapshot, so it never touches the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from prometheus_client import CollectorRegistry, start_http_server
from prometheus_client.core import GaugeMetricFamily

from bot.dispatcher import Clock
from bot.status import Metric, StatusSource, collect
from bot.storage import Database

log = logging.getLogger(__name__)

METRICS_ADDRESS = "127.0.0.1"
REFRESH_SECONDS = 15.0


class StatusCollector:
    """Hands prometheus_client the latest snapshot of the status gauges."""

    def __init__(self) -> None:
        self.snapshot: list[Metric] = []

    def collect(self) -> Iterator[GaugeMetricFamily]:
        families: dict[str, GaugeMetricFamily] = {}
        for metric in self.snapshot:  # one list read: the refresher replaces it whole
            family = families.get(metric.name)
            if family is None:
                family = families[metric.name] = GaugeMetricFamily(metric.name, metric.help,
                                                                   labels=sorted(metric.labels))
            family.add_metric([metric.labels[k] for k in sorted(metric.labels)], metric.value)
        yield from families.values()


async def serve_metrics(db: Database, source_path: Path, port: int, clock: Clock, stop: asyncio.Event) -> None:
    """Serve /metrics on 127.0.0.1:`port` until `stop`, refreshing the figures meanwhile."""
    collector = StatusCollector()
    registry = CollectorRegistry()
    registry.register(collector)

    async def refresh() -> None:
        try:
            sections = await collect(StatusSource(db, source_path, clock()))
        except sqlite3.OperationalError as busy:  # a locked database: keep the last figures, try again later
            log.warning("metrics not refreshed: %s", type(busy).__name__)
            return
        collector.snapshot = [metric for section in sections for metric in section.metrics]

    await refresh()  # the first scrape already has figures
    server, thread = start_http_server(port, addr=METRICS_ADDRESS, registry=registry)
    log.info("metrics on http://%s:%d/metrics", METRICS_ADDRESS, port)
    try:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), REFRESH_SECONDS)
            if not stop.is_set():
                await refresh()
    finally:
        await asyncio.to_thread(server.shutdown)  # waits for the server thread's loop to notice
        server.server_close()
        thread.join(timeout=5)
