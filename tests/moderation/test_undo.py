"""/undo reverts the moderator's own last change, never someone else's, and never over a later change."""

from tests.conftest import table_dump


async def test_undo_restores_exactly_the_state_before_the_change(ask, scenario, alice, config):
    before = table_dump(config.db_path)
    await ask(f"/merge {scenario.no_a} {scenario.no_b}", user="alice")
    await ask("/undo", user="alice")
    after = table_dump(config.db_path)
    assert {t: rows for t, rows in after.items() if t != "audit_log"} == \
        {t: rows for t, rows in before.items() if t != "audit_log"}


async def test_undo_reverts_only_the_moderators_own_last_change(app, ask, scenario, alice):
    await ask("/mod add bob")
    await ask(f"/correct {scenario.no_a} women 7", user="alice")
    await ask(f"/hide {scenario.blog}", user="bob")
    await ask("/undo", user="alice")
    assert await app.db.rounds.correction(scenario.round_a, "women") is None
    assert (await app.db.articles.get(scenario.blog))["hidden"] == 1


async def test_undo_refuses_when_someone_changed_the_same_thing_since(app, ask, scenario, alice, config):
    await ask("/mod add bob")
    await ask(f"/correct {scenario.no_a} women 7", user="alice")
    await ask(f"/correct {scenario.no_a} women 6", user="bob")
    before = table_dump(config.db_path)
    reply = await ask("/undo", user="alice")
    assert "was changed again since, so it was not undone" in reply
    assert table_dump(config.db_path) == before


async def test_undo_with_nothing_to_undo_says_so(ask, alice):
    await ask("/undo", user="alice")  # reverts nothing of alice's: her role came from the owner
    assert "You have no change left to undo." in await ask("/undo", user="alice")


async def test_the_owner_can_undo_appointing_a_moderator(app, ask, alice):
    reply = await ask("/undo")
    assert "console:alice is now a moderator." in reply
    assert not await app.db.roles.is_moderator("console", "alice")
