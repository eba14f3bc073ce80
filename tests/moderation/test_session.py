"""A moderator's whole session through the console, checked in the database and in the replies, in three languages."""

import pytest

from tests.reports import round_places

WORDS = {
    "en": dict(mod="console:alice is now a moderator.", correct="women is now 7 (was 8).",
               undo_hint="Send /undo to revert.", corrected="(corrected by a moderator)",
               merged="was merged into round", split="into the new round",
               hidden="is hidden: its figures no longer count.", undone="Undone change",
               restored="Everything is as it was before that change.", audit="Latest changes, newest first",
               undone_mark="(undone)", reason="Reason: two outlets miscounted"),
    "be": dict(mod="console:alice цяпер мадэратар.", correct="«жанчыны» цяпер 7 (было 8).",
               undo_hint="Дашліце /undo, каб адмяніць.", corrected="(выпраўлена мадэратарам)",
               merged="далучана да хвалі", split="у новую хвалю",
               hidden="схаваны: яго лічбы больш не ўлічваюцца.", undone="Адменена змяненне",
               restored="Усё вернута да стану перад гэтым змяненнем.", audit="Апошнія змяненні, спачатку новыя",
               undone_mark="(адменена)", reason="Прычына: two outlets miscounted"),
    "ru": dict(mod="console:alice теперь модератор.", correct="«женщины» теперь 7 (было 8).",
               undo_hint="Отправьте /undo, чтобы отменить.", corrected="(исправлено модератором)",
               merged="присоединена к волне", split="в новую волну",
               hidden="скрыта: её цифры больше не учитываются.", undone="Отменено изменение",
               restored="Всё возвращено к состоянию до этого изменения.", audit="Последние изменения, сначала новые",
               undone_mark="(отменено)", reason="Причина: two outlets miscounted"),
}


@pytest.mark.parametrize("lang", ["en", "be", "ru"])
async def test_correct_merge_split_hide_undo_and_audit_through_the_console(app, ask, scenario, lang):
    words, s, db = WORDS[lang], scenario, app.db

    async def alice(command: str) -> str:
        return await ask(command, lang, user="alice")

    assert words["mod"] in await ask("/mod add alice", lang)
    assert await db.roles.is_moderator("console", "alice")

    reply = await alice(f"/correct {s.no_a} women 7 — two outlets miscounted")
    assert words["correct"] in reply and words["reason"] in reply and words["undo_hint"] in reply
    assert await db.rounds.correction(s.round_a, "women") == 7
    assert words["corrected"] in await alice(f"/round {s.no_a}")

    reply = await alice(f"/merge {s.no_a} {s.no_b}")
    assert f"#{s.no_b}" in reply and words["merged"] in reply and words["undo_hint"] in reply
    assert await db.articles.round_of(s.late) == s.round_a and await db.rounds.articles_of(s.round_b) == []
    assert f"#{s.late} Belsat" in await alice(f"/round {s.no_a}")

    reply = await alice(f"/split {s.no_a} {s.late}")
    new_round = await db.articles.round_of(s.late)
    new_number = (await round_places(app))[new_round]
    assert new_round not in (s.round_a, s.round_b)
    assert words["split"] in reply and f"#{new_number}" in reply and words["undo_hint"] in reply

    reply = await alice(f"/hide {s.blog}")
    assert words["hidden"] in reply and "Opinion blog" in reply
    assert (await db.articles.get(s.blog))["hidden"] == 1
    assert "50" not in (await alice(f"/round {s.no_a}")).split("\n\n")[1]  # the figures above the articles

    reply = await alice("/undo")
    assert words["undone"] in reply and words["restored"] in reply and "Opinion blog" in reply
    assert (await db.articles.get(s.blog))["hidden"] == 0

    reply = await alice("/undo")
    assert words["undone"] in reply and f"#{new_number}" in reply
    assert await db.articles.round_of(s.late) == s.round_a
    assert not await db.rounds.exists(new_round)

    reply = await alice("/audit")
    lines = reply.splitlines()
    assert lines[0] == words["audit"]
    entries = [line for line in lines[1:] if line.startswith("#")]
    assert len(entries) == 7  # mod add, correct, merge, split, hide and two undos
    assert all(" · console:" in line for line in entries)
    assert sum(words["undone_mark"] in line for line in entries) == 2
    assert any(words["reason"] in line and words["correct"] in line for line in entries)
