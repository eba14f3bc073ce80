"""/round <n|date>: a round's articles with their numbers and what each one says, for moderators to act on."""

from tests.reports import facts, report


async def test_round_lists_each_article_with_its_number_and_figures(app, ask):
    first = await report(app, "Zerkalo", "2026-06-10", facts(52, event_date="2026-06-10", women=8))
    second = await report(app, "Reform.by", "2026-06-11", facts(51, ordinal=6))
    reply = await ask("/round 2026-06-10")
    assert f"#{first.article_id} Zerkalo" in reply and "number released 52, women 8" in reply
    assert f"#{second.article_id} Reform.by" in reply and "number released 51, round number 6" in reply
    assert reply.startswith("Round #22\n")  # its place in /rounds


async def test_round_marks_a_hidden_article(app, ask):
    await report(app, "Zerkalo", "2026-06-10", facts(52, event_date="2026-06-10"))
    second = await report(app, "Blog", "2026-06-11", facts(52))
    await ask(f"/hide {second.article_id}")
    line = [ln for ln in (await ask("/round 2026-06-10")).splitlines() if ln.startswith(f"#{second.article_id}")]
    assert line and line[0].endswith("(hidden)")


async def test_round_that_does_not_exist_says_so(ask):
    assert "There is no round “99”. Send /rounds to see the rounds and their numbers." in await ask("/round 99")
