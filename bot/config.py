"""Configuration, read once at start-up from the environment (and secret files) and passed down."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path

from bot.bounded import SECRET, read_text
from bot.resources import seeds_dir

DEFAULT_DB = Path("data") / "pardonwatch.sqlite3"
SEEDS_DIR = seeds_dir()
# What the deprecated PARDONWATCH_ALLOW_PRIVATE_FEEDS=1 stands for: loopback and the private ranges.
LOOPBACK_AND_PRIVATE = "127.0.0.0/8, ::1/128, 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, fc00::/7"

# A shorter watch secret is refused: anyone holding a copy of the database could try every short one.
MIN_WATCH_SECRET = 16

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class ConfigError(ValueError):
    """A configuration variable that cannot be used; the message names it and the expected form."""


def read_secret(env: dict[str, str], name: str) -> str | None:
    """A secret from `NAME`, or from the file named by `NAME_FILE` (for Docker/systemd secrets)."""
    value = env.get(name)
    if value:
        return value.strip()
    path = env.get(f"{name}_FILE")
    if path:
        return read_text(path, SECRET).strip()
    return None


def feed_networks(env: dict[str, str]) -> tuple[IPNetwork, ...]:
    """PARDONWATCH_PRIVATE_FEED_NETWORKS ("10.0.0.0/8, 192.168.1.20"), or the deprecated switch's ranges."""
    text = env.get("PARDONWATCH_PRIVATE_FEED_NETWORKS", "")
    if not text.strip() and env.get("PARDONWATCH_ALLOW_PRIVATE_FEEDS", "") in ("1", "true", "yes"):
        text = LOOPBACK_AND_PRIVATE
    networks = []
    for item in filter(None, (part.strip() for part in text.replace(";", ",").split(","))):
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ConfigError(f"PARDONWATCH_PRIVATE_FEED_NETWORKS: {item!r} is not a network"
                              " (write it like 10.0.0.0/8, 192.168.1.20 or fd00::/8)") from None
    return tuple(networks)


def telegram_api_base(value: str | None) -> str | None:
    """A self-hosted Bot API server's base address; the bot adds `/bot<token>` itself, so a base given
    with `/bot` at the end ("http://127.0.0.1:8081/bot") means the same server."""
    if not value:
        return None
    base = value.strip().rstrip("/")
    return base.removesuffix("/bot") or None


def watch_secret(env: dict[str, str]) -> str | None:
    """PARDONWATCH_SECRET (or _FILE): the key of the watch list's hashes; None leaves watching off."""
    secret = read_secret(env, "PARDONWATCH_SECRET")
    if secret and len(secret) < MIN_WATCH_SECRET:
        raise ConfigError(f"PARDONWATCH_SECRET is too short: give at least {MIN_WATCH_SECRET} random characters"
                          " (for example the output of `openssl rand -hex 32`)")
    return secret or None


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
    # Private networks feeds may be on (besides public addresses); see bot/feeds/addresses.py.
    private_feed_networks: tuple[IPNetwork, ...] = ()
    poll_interval_seconds: int = 900
    poll_feeds: bool = True
    metrics_port: int | None = None  # Prometheus endpoint on 127.0.0.1; off when None
    # Moderators are reminded once of a round that has waited this long for review.
    review_remind_seconds: int = 7200
    # The key of the watch list's hashes (bot/watch/keys.py); without it /watch is off.
    watch_secret: str | None = field(default=None, repr=False)

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, db_path: str | Path | None = None) -> Config:
        """Build the configuration from environment variables (see README, Configuration)."""
        env = dict(os.environ if env is None else env)
        return cls(
            db_path=Path(db_path or env.get("PARDONWATCH_DB") or DEFAULT_DB),
            owners=_ids(env.get("PARDONWATCH_OWNERS")) | frozenset({"console:local"}),
            telegram_token=read_secret(env, "TELEGRAM_TOKEN"),
            telegram_api_base=telegram_api_base(env.get("TELEGRAM_API_BASE")),
            telegram_webhook_url=env.get("TELEGRAM_WEBHOOK_URL") or None,
            telegram_webhook_secret=read_secret(env, "TELEGRAM_WEBHOOK_SECRET"),
            telegram_webhook_listen=env.get("TELEGRAM_WEBHOOK_LISTEN", "127.0.0.1"),
            telegram_webhook_port=int(env.get("TELEGRAM_WEBHOOK_PORT", "8443")),
            matrix_homeserver=env.get("MATRIX_HOMESERVER") or None,
            matrix_user_id=env.get("MATRIX_USER_ID") or None,
            matrix_password=read_secret(env, "MATRIX_PASSWORD"),
            matrix_access_token=read_secret(env, "MATRIX_ACCESS_TOKEN"),
            matrix_allowed_inviters=_ids(env.get("MATRIX_ALLOWED_INVITERS")),
            private_feed_networks=feed_networks(env),
            poll_interval_seconds=int(env.get("PARDONWATCH_POLL_INTERVAL", "900")),
            poll_feeds=env.get("PARDONWATCH_POLL_FEEDS", "1") not in ("0", "false", "no"),
            metrics_port=int(env["PARDONWATCH_METRICS_PORT"]) if env.get("PARDONWATCH_METRICS_PORT") else None,
            review_remind_seconds=int(env.get("PARDONWATCH_REVIEW_REMIND", "7200")),
            watch_secret=watch_secret(env),
        )
