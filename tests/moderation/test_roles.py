"""The owner (from configuration) appoints moderators by platform id, on the platform they write from."""

from dataclasses import replace

from bot.dispatcher import Incoming
from bot.render import render_plain


async def _telegram(app, user_id: str, text: str) -> str:
    incoming = Incoming(platform="telegram", chat_id=user_id, user_id=user_id, text=text)
    return render_plain(await app.dispatcher.handle(incoming))


async def test_owner_on_telegram_appoints_a_moderator_by_numeric_id(app, scenario):
    assert "console" not in await _telegram(app, "1", "/mod add 123456")
    assert await app.db.roles.is_moderator("telegram", "123456")
    assert "is hidden" in await _telegram(app, "123456", f"/hide {scenario.blog}")


async def test_telegram_moderators_must_be_given_by_numeric_id(app):
    assert "numeric id" in await _telegram(app, "1", "/mod add @alice")
    assert await app.db.roles.moderators() == []


async def test_a_removed_moderator_is_refused_again(app, scenario):
    await _telegram(app, "1", "/mod add 123456")
    assert "telegram:123456 is no longer a moderator." in await _telegram(app, "1", "/mod remove 123456")
    assert await _telegram(app, "123456", f"/hide {scenario.blog}") == "Only moderators can do this."


async def test_mod_list_shows_moderators_by_platform_id(app, ask):
    await _telegram(app, "1", "/mod add 123456")
    await ask("/mod add alice")
    assert (await ask("/mod list")).splitlines()[1:] == ["• console:alice", "• telegram:123456"]


async def test_a_moderator_of_one_platform_is_not_one_on_another(app, ask, scenario):
    await _telegram(app, "1", "/mod add 123456")
    assert await ask(f"/hide {scenario.blog}", user="123456") == "Only moderators can do this."


async def test_help_lists_moderator_commands_only_to_moderators(ask, alice):
    assert "/correct" in await ask("/help", user="alice")
    assert "/correct" not in await ask("/help", user="stranger")


async def test_owner_on_matrix_appoints_a_moderator_by_full_user_id(app, config):
    app.dispatcher.config = replace(config, owners=frozenset({"matrix:@owner:example.org"}))

    async def matrix(user_id: str, text: str) -> str:
        incoming = Incoming(platform="matrix", chat_id="!room:example.org", user_id=user_id, text=text)
        return render_plain(await app.dispatcher.handle(incoming, prefix="!"))

    assert "full user id" in await matrix("@owner:example.org", "!mod add alice")
    assert "matrix:@alice:example.org is now a moderator." in await matrix("@owner:example.org",
                                                                           "!mod add @alice:example.org")
    assert await app.db.roles.is_moderator("matrix", "@alice:example.org")
