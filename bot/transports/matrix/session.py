"""Logging in: with a configured access token, or with a password (reusing the stored device and token)."""

from __future__ import annotations

import logging

from mautrix.client.api import ClientAPI
from mautrix.errors import MUnknownToken
from mautrix.types import UserID

from bot.config import Config
from bot.storage import Database
from bot.transports.matrix.http import RateAwareHTTPAPI

log = logging.getLogger(__name__)

DEVICE_NAME = "Pardon Watch"


class MatrixConfigError(ValueError):
    """The Matrix settings are incomplete (which variable is missing is in the message)."""


def matrix_configured(config: Config) -> bool:
    """True when a homeserver and a way to log in are configured."""
    return bool(config.matrix_homeserver and (config.matrix_access_token
                                              or (config.matrix_user_id and config.matrix_password)))


async def open_client(config: Config, db: Database) -> ClientAPI:
    """A logged-in client; its device id and (for password logins) token are kept in the database."""
    if not config.matrix_homeserver:
        raise MatrixConfigError("MATRIX_HOMESERVER is not set")
    client = ClientAPI(api=RateAwareHTTPAPI(base_url=config.matrix_homeserver))
    try:
        if config.matrix_access_token:
            await _use_token(client, config.matrix_access_token)
            # A configured token stays in the configuration; only the device is remembered.
            await db.matrix.save_login(client.mxid, client.device_id, None)
        else:
            await _password_login(client, config, db)
    except BaseException:
        await client.api.session.close()
        raise
    log.info("logged in to Matrix")
    return client


async def _use_token(client: ClientAPI, token: str) -> None:
    client.api.token = token
    whoami = await client.whoami()
    client.mxid, client.device_id = whoami.user_id, whoami.device_id


async def _password_login(client: ClientAPI, config: Config, db: Database) -> None:
    if not (config.matrix_user_id and config.matrix_password):
        raise MatrixConfigError("set MATRIX_ACCESS_TOKEN, or MATRIX_USER_ID and MATRIX_PASSWORD")
    stored = await db.matrix.session(config.matrix_user_id)
    if stored and stored.access_token:
        try:
            await _use_token(client, stored.access_token)
            return
        except MUnknownToken:
            log.info("the stored Matrix token was revoked; logging in again")
            await db.matrix.forget_token(config.matrix_user_id)
            client.api.token = None
    response = await client.login(identifier=UserID(config.matrix_user_id), password=config.matrix_password,
                                  device_id=stored.device_id if stored else None, device_name=DEVICE_NAME)
    await db.matrix.save_login(response.user_id, response.device_id, response.access_token)
