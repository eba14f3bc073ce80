"""Moderators' changes: each one audited in the same transaction, each one undoable.

Handlers parse and phrase; the functions here check, change and record; SQL stays in storage.
"""

from bot.moderation.changes import Actor, Change, Refused

__all__ = ["Actor", "Change", "Refused"]
