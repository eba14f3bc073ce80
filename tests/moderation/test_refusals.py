"""Anyone without the role gets a clear refusal for every moderator command, and nothing changes."""

import pytest

from handlers import COMMANDS
from handlers.base import Role
from tests.conftest import table_dump

# A valid use of each command (round 6 and articles 6–10 come from the scenario).
EXAMPLES = {
    "correct": "/correct 6 women 7 — miscounted", "merge": "/merge 6 7", "split": "/split 6 7", "hide": "/hide 9",
    "unhide": "/unhide 9", "status": "/status Бяляцкі released 2025-01-30 Viasna", "alias": "/alias 1 Ales B.",
    "undo": "/undo", "audit": "/audit", "mod": "/mod add mallory", "review": "/review",
    "approve": "/approve 6", "reject": "/reject 6 — not a round", "modchat": "/modchat",
}
MODERATOR_COMMANDS = sorted(name for name, c in COMMANDS.items() if c.min_role >= Role.MODERATOR)
REFUSAL = {"en": "Only moderators can do this.", "be": "Гэта могуць рабіць толькі мадэратары.",
           "ru": "Это могут делать только модераторы."}
OWNER_ONLY = {"en": "Only the bot's owner can do this.", "be": "Гэта можа рабіць толькі ўладальнік бота.",
              "ru": "Это может делать только владелец бота."}


def test_every_moderator_command_has_an_example():
    assert set(MODERATOR_COMMANDS) == set(EXAMPLES)


@pytest.mark.parametrize("name", MODERATOR_COMMANDS)
async def test_a_user_who_is_not_a_moderator_is_refused_and_nothing_changes(app, ask, scenario, config, name):
    await ask("/hide 9")  # something for /unhide and /undo to act on
    before = table_dump(config.db_path)
    reply = await ask(EXAMPLES[name], user="stranger")
    expected = OWNER_ONLY if COMMANDS[name].min_role == Role.OWNER else REFUSAL
    assert reply == expected["en"]
    assert table_dump(config.db_path) == before


@pytest.mark.parametrize("lang", ["en", "be", "ru"])
async def test_the_refusal_is_in_the_users_language(ask, scenario, lang):
    assert await ask("/correct 6 women 7", lang, user="stranger") == REFUSAL[lang]


@pytest.mark.parametrize("lang", ["en", "be", "ru"])
async def test_a_moderator_cannot_appoint_moderators(ask, alice, config, lang):
    before = table_dump(config.db_path)
    assert await ask("/mod add mallory", lang, user="alice") == OWNER_ONLY[lang]
    assert table_dump(config.db_path) == before


async def test_the_scenario_numbers_match_the_examples(scenario):
    assert (scenario.no_a, scenario.no_b, scenario.blog) == (11, 12, 49)
