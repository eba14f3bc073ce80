"""Configuration, read once at start-up from the environment (and secret files) and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DB = Path("data") / "pardonwatch.sqlite3"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_ROOT / "seeds"


def read_secret(env: dict[str, str], name: str) -> str | None:
    """A secret from `NAME`, or from the file named by `NAME_FILE` (for Docker/systemd secrets)."""
    value = env.get(name)
    if value:
        return value.strip()
    path = env.get(f"{name}_FILE")
    if path:
        return Path(path).read_text(encoding="utf-8").strip()
    return None


def _ids(value: str | None) -> frozenset[str]:
    return frozenset(v.strip() for v in (value or "").replace(";", ",").split(",") if v.strip())


@dataclass(frozen=True)
class Config:
    db_path: Path = DEFAULT_DB
    seeds_dir: Path = SEEDS_DIR
    # Owners as "platform:user_id" (telegram:12345, matrix:@alice:example.org, console:local).
    owners: frozenset[str] = frozenset()
    telegram_token: str | None = field(default=None, repr=False)
    telegram_api_base: str | None = None
    telegram_webhook_url: str | None = None
    telegram_webhook_secret: str | None = field(default=None, repr=False)
    telegram_webhook_listen: str = "127.0.0.1"
    telegram_webhook_port: int = 8443
    matrix_homeserver: str | None = None
    matrix_user_id: str | None = None
    matrix_password: str | None = field(default=None, repr=False)
    matrix_access_token: str | None = field(default=None, repr=False)
    matrix_allowed_inviters: frozenset[str] = frozenset()
    allow_private_feed_addresses: bool = False
    poll_interval_seconds: int = 900
    poll_feeds: bool = True
    # Moderators are reminded once of a round that has waited this long for review.
    review_remind_seconds: int = 7200

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, db_path: str | Path | None = None) -> Config:
        """Build the configuration from environment variables (see README, Configuration)."""
        env = dict(os.environ if env is None else env)
        return cls(
            db_path=Path(db_path or env.get("PARDONWATCH_DB") or DEFAULT_DB),
            owners=_ids(env.get("PARDONWATCH_OWNERS")) | frozenset({"console:local"}),
            telegram_token=read_secret(env, "TELEGRAM_TOKEN"),
            telegram_api_base=env.get("TELEGRAM_API_BASE") or None,
            telegram_webhook_url=env.get("TELEGRAM_WEBHOOK_URL") or None,
            telegram_webhook_secret=read_secret(env, "TELEGRAM_WEBHOOK_SECRET"),
            telegram_webhook_listen=env.get("TELEGRAM_WEBHOOK_LISTEN", "127.0.0.1"),
            telegram_webhook_port=int(env.get("TELEGRAM_WEBHOOK_PORT", "8443")),
            matrix_homeserver=env.get("MATRIX_HOMESERVER") or None,
            matrix_user_id=env.get("MATRIX_USER_ID") or None,
            matrix_password=read_secret(env, "MATRIX_PASSWORD"),
            matrix_access_token=read_secret(env, "MATRIX_ACCESS_TOKEN"),
            matrix_allowed_inviters=_ids(env.get("MATRIX_ALLOWED_INVITERS")),
            allow_private_feed_addresses=env.get("PARDONWATCH_ALLOW_PRIVATE_FEEDS", "") in ("1", "true", "yes"),
            poll_interval_seconds=int(env.get("PARDONWATCH_POLL_INTERVAL", "900")),
            poll_feeds=env.get("PARDONWATCH_POLL_FEEDS", "1") not in ("0", "false", "no"),
            review_remind_seconds=int(env.get("PARDONWATCH_REVIEW_REMIND", "7200")),
        )
