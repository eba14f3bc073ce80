"""Every foundation command answers from the seed facts (the history since July 2024), in English, Belarusian
and Russian."""

import pytest

LANGS = ["en", "be", "ru"]


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Latest pardon round"), ("be", "Апошняя хваля памілаванняў"), ("ru", "Последняя волна помилований")])
async def test_latest_shows_the_newest_round_with_its_makeup(ask, lang, expected):
    reply = await ask("/latest", lang)
    assert expected in reply
    assert {"en": "March 5, 2026", "be": "5 сакавіка 2026", "ru": "5 марта 2026"}[lang] in await ask("/round 20", lang)
    assert {"en": "250 people", "be": "250 чалавек", "ru": "250 человек"}[lang] in reply
    assert "360.ru" in reply and "Reform.news" in reply
    makeup = await ask("/round 2025-01-18", lang)
    assert {"en": "23 people", "be": "23 чалавекі", "ru": "23 человека"}[lang] in makeup
    assert {"en": "Women: 3", "be": "Жанчыны: 3", "ru": "Женщины: 3"}[lang] in makeup
    assert "The Kyiv Independent" in makeup and "Pozirk" in makeup


@pytest.mark.parametrize("lang", LANGS)
async def test_total_gives_released_and_held_with_source_and_date(ask, lang):
    reply = await ask("/total", lang)
    assert {"en": "569 people", "be": "569 чалавек", "ru": "569 человек"}[lang] in reply
    assert {"en": "897 — Viasna", "be": "897 — «Вясна»", "ru": "897 — «Весна»"}[lang] in reply
    assert {"en": "December 30, 2025", "be": "30 снежня 2025", "ru": "30 декабря 2025"}[lang] in reply


@pytest.mark.parametrize("lang", LANGS)
async def test_rounds_lists_every_round_newest_first(ask, lang):
    reply = await ask("/rounds", lang)
    lines = [line for line in reply.splitlines() if line.startswith("#")]
    assert len(lines) == 8  # a page of the 21 rounds
    assert lines[0].startswith("#21 2026 — 250") and lines[1].startswith("#20 ")


async def test_rounds_refuses_a_page_that_does_not_exist(ask):
    assert "no page 9" in await ask("/rounds 9")
    assert "Usage" in await ask("/rounds next")


@pytest.mark.parametrize(("query", "lang", "name"), [
    ("Bialiatski", "en", "Ales Bialiatski"),
    ("Беляцкий", "ru", "Алесь Беляцкий"),
    ("Бяляцкі", "be", "Алесь Бяляцкі"),
])
async def test_prisoner_finds_bialiatski_in_any_script_and_answers_in_the_reply_language(ask, query, lang, name):
    reply = await ask(f"/prisoner {query}", lang)
    assert reply.splitlines()[0] == name
    assert {"en": "Status: released", "be": "Статус: на волі", "ru": "Статус: на свободе"}[lang] in reply


@pytest.mark.parametrize("lang", LANGS)
async def test_prisoner_not_found_is_said_clearly(ask, lang):
    reply = await ask("/prisoner Qwertyuiop", lang)
    assert {"en": "No one named", "be": "няма нікога", "ru": "нет никого"}[lang] in reply


@pytest.mark.parametrize(("code", "confirmation"), [
    ("be", "Цяпер я буду адказваць тут па-беларуску."),
    ("ru", "Теперь я буду отвечать здесь по-русски."),
    ("en", "From now on I will answer here in English."),
])
async def test_lang_switches_the_reply_language_for_the_chat(ask, code, confirmation):
    assert await ask(f"/lang {code}") == confirmation
    latest = await ask("/latest")  # no client language: the stored choice decides
    assert {"be": "Апошняя", "ru": "Последняя", "en": "Latest"}[code] in latest


async def test_stored_chat_language_wins_over_the_client_language(ask):
    await ask("/lang ru")
    assert "Последняя" in await ask("/latest", "be")


@pytest.mark.parametrize("lang", LANGS)
async def test_start_and_help_explain_the_bot(ask, lang):
    start = await ask("/start", lang)
    help_ = await ask("/help", lang)
    assert "/latest" in start and "/prisoner" in help_ and "/lang" in help_
    assert {"en": "Commands", "be": "Каманды", "ru": "Команды"}[lang] in help_
