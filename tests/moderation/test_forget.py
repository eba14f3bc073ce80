"""/forget by a moderator: their id leaves the database file — as the author of changes, as the
person made and unmade a moderator, inside those entries' before and after — while every change
stays in the audit log."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.dispatcher import Incoming
from bot.render import render_plain
from tests.reports import facts, report, round_number

MODERATOR = "48151623"  # a Telegram user id, also the id of their private chat with the bot
OWNER = "1"


async def _telegram(app, user_id: str, text: str, language: str = "en") -> str:
    incoming = Incoming(platform="telegram", chat_id=user_id, user_id=user_id, text=text, client_language=language)
    return render_plain(await app.dispatcher.handle(incoming))


@pytest.fixture
async def moderator_who_forgot(app, scenario) -> str:
    """A moderator's whole history — appointed, corrected a round, removed, re-appointed by an undo,
    chose a language and subscribed in their private chat — then /forget; returns its answer."""
    await _telegram(app, OWNER, f"/mod add {MODERATOR}")
    await _telegram(app, MODERATOR, "/lang be")
    await _telegram(app, MODERATOR, "/subscribe")
    await _telegram(app, MODERATOR, f"/correct {scenario.round_a} women 7 — the official list names seven women")
    await _telegram(app, OWNER, f"/mod remove {MODERATOR}")
    await _telegram(app, OWNER, "/undo")
    return await _telegram(app, MODERATOR, "/forget")


def _files_holding(db_path: Path, needle: bytes) -> list[str]:
    """The database file and its companions (-wal, -shm) that still contain `needle` anywhere."""
    return [p.name for p in db_path.parent.glob(db_path.name + "*") if needle in p.read_bytes()]


async def test_after_forget_the_database_files_hold_the_id_nowhere(moderator_who_forgot, config):
    assert _files_holding(config.db_path, MODERATOR.encode()) == []


async def test_after_forget_audit_shows_every_change_with_a_forgotten_user_instead_of_the_id(app,
                                                                                           moderator_who_forgot):
    shown = (await _telegram(app, OWNER, "/audit")).splitlines()[1:]
    undo, removal, correction, appointment = shown  # newest first: every change stays
    assert not [line for line in shown if MODERATOR in line]
    assert undo.endswith("Change #3 was undone.")
    assert removal.endswith("telegram:1 — [forgotten user] is no longer a moderator. (undone)")
    assert "[forgotten user] — Round #" in correction and "women is now 7" in correction
    assert appointment.endswith("telegram:1 — [forgotten user] is now a moderator.")


async def test_forget_says_what_it_changed(moderator_who_forgot):
    assert moderator_who_forgot.splitlines()[:6] == [
        "Выдалена:",
        "• мова, абраная для гэтага чата (1)",
        "• падпіскі на аўтаматычныя допісы (1)",
        "• ваша роля мадэратара (1)",
        "• ваш ідэнтыфікатар на зменах, якія вы зрабілі (яны застаюцца ў журнале змен, без вашага ідэнтыфікатара) (1)",
        "• ваш ідэнтыфікатар у запісах журнала пра вас, напрыклад пра прызначэнне мадэратарам (3)",
    ]


async def test_an_owner_cannot_undo_a_forgotten_moderators_removal(app, moderator_who_forgot):
    await _telegram(app, OWNER, f"/mod add {MODERATOR}")
    await _telegram(app, OWNER, f"/mod remove {MODERATOR}")
    await _telegram(app, MODERATOR, "/forget")
    assert "cannot be undone" in await _telegram(app, OWNER, "/undo")
    assert await app.db.roles.moderators() == []


async def _in_group(app, user_id: str, text: str) -> str:
    incoming = Incoming(platform="telegram", chat_id="-100555", user_id=user_id, text=text, chat_kind="group")
    return render_plain(await app.dispatcher.handle(incoming))


async def test_a_moderator_forgotten_from_a_group_leaves_no_id_in_review_cards_or_their_destinations(app, config):
    await _telegram(app, OWNER, f"/mod add {MODERATOR}")
    await app.db.chats.set_modchat("telegram", "-100900", "", "en", "2026-04-17T12:00:00+00:00")
    new = await report(app, "Zerkalo", "2026-04-17", facts(26, event_date="2026-04-17"))
    await app.dispatcher.round_changed(new.round_id)  # its review card is queued for the moderators' chat
    number = await round_number(app, new.round_id)
    assert f"Round #{number} is approved" in await _in_group(app, MODERATOR, f"/approve {number}")
    [card] = await app.db.outbox.of_round(new.round_id, "card")
    assert f"telegram:{MODERATOR}" in card.body_json

    await _in_group(app, MODERATOR, "/forget")

    [card] = await app.db.outbox.of_round(new.round_id, "card")
    assert "[forgotten user]" in card.body_json  # the card is edited to name nobody
    assert [c.chat_id for c in await app.db.chats.review_chats()] == ["-100900"]
    assert _files_holding(config.db_path, MODERATOR.encode()) == []
