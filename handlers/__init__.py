"""Platform-neutral command handlers and the registry of commands (in menu order)."""

from bot.i18n import N_
from handlers.base import Command, Role
from handlers.chart import chart
from handlers.forget import forget
from handlers.lang import lang
from handlers.latest import latest
from handlers.moderation_admin import AUDIT_USAGE, MOD_USAGE, audit, mod, undo
from handlers.moderation_people import ALIAS_USAGE, STATUS_USAGE, alias, status
from handlers.moderation_rounds import (
    CORRECT_USAGE,
    HIDE_USAGE,
    MERGE_USAGE,
    SPLIT_USAGE,
    correct,
    hide,
    merge,
    split,
    unhide,
)
from handlers.prisoner import prisoner
from handlers.review import DECIDE_USAGE, MODCHAT_USAGE, REVIEW_USAGE, approve, modchat, reject, review
from handlers.round_detail import round_
from handlers.rounds import rounds
from handlers.start import help_, start
from handlers.subscribe import subscribe, unsubscribe
from handlers.total import total
from handlers.watch import unwatch, watch, watching

_COMMANDS = [
    Command("latest", latest, N_("the newest pardon round")),
    Command("total", total, N_("released since July 2024 and political prisoners still held")),
    Command("rounds", rounds, N_("all pardon rounds, newest first"), usage=N_("[page]")),
    Command("round", round_, N_("one round in full: every report, its number and figures"),
            usage=N_("<round# or date>")),
    Command("chart", chart, N_("the political-prisoner count and the pardon rounds as a picture")),
    Command("prisoner", prisoner, N_("find a political prisoner by name"), usage=N_("<name>")),
    Command("watch", watch, N_("hear once when a person's status changes (private chats)"), usage=N_("<name>")),
    Command("watching", watching, N_("the people you watch")),
    Command("unwatch", unwatch, N_("stop watching a person"), usage=N_("<name>")),
    Command("lang", lang, N_("reply language: en, be or ru"), usage=N_("en|be|ru"), min_role=Role.CHAT_ADMIN),
    Command("forget", forget, N_("delete everything the bot holds about you")),
    Command("subscribe", subscribe, N_("post new pardon rounds here automatically"),
            usage=N_("[@channel] [en|be|ru] [confirmed|fast]"), min_role=Role.CHAT_ADMIN),
    Command("unsubscribe", unsubscribe, N_("stop the automatic posts"), usage=N_("[@channel]"),
            min_role=Role.CHAT_ADMIN),
    Command("help", help_, N_("the list of commands")),
    Command("start", start, N_("what this bot does"), in_menu=False),
    Command("review", review, N_("rounds waiting for a moderator, or one round's review card"), usage=REVIEW_USAGE,
            min_role=Role.MODERATOR),
    Command("approve", approve, N_("approve a round as reported"), usage=DECIDE_USAGE, min_role=Role.MODERATOR),
    Command("reject", reject, N_("reject a round: it is hidden and its posts are retracted"), usage=DECIDE_USAGE,
            min_role=Role.MODERATOR),
    Command("correct", correct, N_("set a round's figure or date (wins over the reports)"), usage=CORRECT_USAGE,
            min_role=Role.MODERATOR),
    Command("merge", merge, N_("merge the second round into the first"), usage=MERGE_USAGE, min_role=Role.MODERATOR),
    Command("split", split, N_("move an article out of a round into a new round"), usage=SPLIT_USAGE,
            min_role=Role.MODERATOR),
    Command("hide", hide, N_("hide an article that is not a report"), usage=HIDE_USAGE, min_role=Role.MODERATOR),
    Command("unhide", unhide, N_("show a hidden article again"), usage=HIDE_USAGE, min_role=Role.MODERATOR),
    Command("status", status, N_("set a prisoner's status with a date and source"), usage=STATUS_USAGE,
            min_role=Role.MODERATOR),
    Command("alias", alias, N_("add another spelling of a prisoner's name"), usage=ALIAS_USAGE,
            min_role=Role.MODERATOR),
    Command("undo", undo, N_("revert your own last change"), min_role=Role.MODERATOR),
    Command("audit", audit, N_("recent changes: who, when, before, after, why"), usage=AUDIT_USAGE,
            min_role=Role.MODERATOR),
    Command("mod", mod, N_("add, remove or list moderators"), usage=MOD_USAGE, min_role=Role.OWNER),
    Command("modchat", modchat, N_("post review cards in this chat (off: to each moderator)"), usage=MODCHAT_USAGE,
            min_role=Role.OWNER),
]

COMMANDS: dict[str, Command] = {c.name: c for c in _COMMANDS}
