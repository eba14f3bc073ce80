"""A round reported by several outlets, a late report that became a round of its own, and a blog post."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.reports import facts, report, round_places


@dataclass(frozen=True)
class Scenario:
    round_a: int  # the round of 24 January, reported by four outlets (its stored id)
    round_b: int  # the same round, reported late, wrongly a round of its own
    no_a: int  # round A's number in /rounds (its place in the list), what moderators type
    no_b: int
    zerkalo: int
    reform: int
    late: int  # Belsat's late report (round B)
    blog: int  # an opinion piece that is not a report (in round A)


@pytest.fixture
async def scenario(app) -> Scenario:
    zerkalo = await report(app, "Zerkalo", "2025-01-24", facts(52, event_date="2025-01-24", women=8, ordinal=6))
    await report(app, "Nasha Niva", "2025-01-25", facts(52, women=8, ordinal=5))
    reform = await report(app, "Reform.by", "2025-01-26", facts(51, women=9))
    blog = await report(app, "Opinion blog", "2025-01-25", facts(50))
    late = await report(app, "Belsat", "2025-01-31", facts(52))
    assert blog.round_id == reform.round_id == zerkalo.round_id and late.new_round
    places = await round_places(app)
    return Scenario(round_a=zerkalo.round_id, round_b=late.round_id, no_a=places[zerkalo.round_id],
                    no_b=places[late.round_id], zerkalo=zerkalo.article_id,
                    reform=reform.article_id, late=late.article_id, blog=blog.article_id)


@pytest.fixture
async def alice(ask) -> str:
    """console:alice, made a moderator by the console owner."""
    assert "moderator" in await ask("/mod add alice")
    return "alice"
