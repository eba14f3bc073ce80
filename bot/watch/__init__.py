"""Watching a prisoner: a private chat hears once when that person's status changes (issue #16)."""
