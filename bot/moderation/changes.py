"""What every moderation operation takes and returns, and how it refuses."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.storage import Database
from bot.storage.audit import AuditEntry


@dataclass(frozen=True)
class Actor:
    """Who makes a change ("platform:user_id", nothing else) and when."""

    id: str
    now: str


@dataclass(frozen=True)
class Change:
    """A change as recorded in the audit log, and the rounds whose figures it affected."""

    entry: AuditEntry
    rounds: tuple[int, ...] = ()


class Refused(Exception):  # noqa: N818 - a refusal is an expected answer, not an error
    """The change cannot be made; `code` names the reason, `params` fill the localized message."""

    def __init__(self, code: str, **params: object):
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass
class Recorder:
    """Collects the audit fields of one change while it is being made."""

    action: str
    target: str
    before: dict = field(default_factory=dict)
    after: dict = field(default_factory=dict)
    reason: str | None = None


async def record(db: Database, actor: Actor, rec: Recorder) -> int:
    """Write the audit entry; call inside the change's own transaction."""
    return await db.audit.record(actor=actor.id, action=rec.action, target=rec.target, before=rec.before,
                                 after=rec.after, reason=rec.reason, now=actor.now)


async def finished(db: Database, audit_id: int, rounds: tuple[int, ...] = ()) -> Change:
    entry = await db.audit.get(audit_id)
    assert entry is not None  # written in the transaction that just committed
    return Change(entry=entry, rounds=tuple(dict.fromkeys(r for r in rounds if r is not None)))
