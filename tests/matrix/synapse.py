"""A real Synapse homeserver for the Matrix tests: started from its own virtual environment on
127.0.0.1 with a throw-away configuration (SQLite, no federation, no outbound network)."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

SERVER_NAME = "pardonwatch.test"
START_TIMEOUT = 60.0
# Messages are rate limited for users that keep the default (the limit test's bot); every other
# test user gets an unlimited override through the admin API.
MESSAGE_RATE_PER_SECOND = 0.5
MESSAGE_BURST = 3

_LOG_CONFIG = """version: 1
formatters:
  precise:
    format: '%(asctime)s %(name)s %(levelname)s %(message)s'
handlers:
  file:
    class: logging.FileHandler
    formatter: precise
    filename: {log_path}
root:
  level: WARNING
  handlers: [file]
disable_existing_loggers: false
"""

_GENEROUS = "{per_second: 1000, burst_count: 1000}"

_HOMESERVER_CONFIG = """server_name: "{server_name}"
pid_file: {dir}/homeserver.pid
public_baseurl: "http://127.0.0.1:{port}/"
listeners:
  - port: {port}
    bind_addresses: ['127.0.0.1']
    type: http
    tls: false
    x_forwarded: false
    resources:
      - names: [client]
        compress: false
database:
  name: sqlite3
  args:
    database: {dir}/homeserver.db
log_config: {dir}/log.config
media_store_path: {dir}/media
signing_key_path: {dir}/signing.key
registration_shared_secret: "{secret}"
macaroon_secret_key: "{macaroon}"
form_secret: "{form}"
enable_registration: false
bcrypt_rounds: 4
report_stats: false
enable_metrics: false
trusted_key_servers: []
suppress_key_server_warning: true
federation_domain_whitelist: []
allow_public_rooms_over_federation: false
url_preview_enabled: false
include_profile_data_on_invite: false
presence:
  enabled: false
rc_message:
  per_second: {message_rate}
  burst_count: {message_burst}
rc_registration: {generous}
rc_login:
  address: {generous}
  account: {generous}
  failed_attempts: {generous}
rc_joins:
  local: {generous}
  remote: {generous}
rc_joins_per_room: {generous}
rc_invites:
  per_room: {generous}
  per_user: {generous}
  per_issuer: {generous}
rc_room_creation: {generous}
rc_admin_redaction: {generous}
rc_media_create: {generous}
"""


@dataclass(frozen=True)
class Account:
    user_id: str
    access_token: str
    device_id: str
    password: str


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Synapse:
    """One homeserver process; `start()` blocks until it answers, `stop()` ends it."""

    def __init__(self, python: str, directory: Path):
        self.python = python
        self.directory = directory
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server_name = SERVER_NAME
        self._secret = secrets.token_hex(16)
        self._process: subprocess.Popen | None = None
        self._admin: Account | None = None
        self._counter = 0

    def write_config(self) -> Path:
        self.directory.mkdir(parents=True, exist_ok=True)
        (self.directory / "log.config").write_text(
            _LOG_CONFIG.format(log_path=self.directory / "homeserver.log"), encoding="utf-8")
        path = self.directory / "homeserver.yaml"
        path.write_text(_HOMESERVER_CONFIG.format(
            server_name=self.server_name, dir=self.directory, port=self.port, secret=self._secret,
            macaroon=secrets.token_hex(16), form=secrets.token_hex(16), generous=_GENEROUS,
            message_rate=MESSAGE_RATE_PER_SECOND, message_burst=MESSAGE_BURST), encoding="utf-8")
        return path

    def start(self) -> None:
        config = self.write_config()
        base = [self.python, "-m", "synapse.app.homeserver", "-c", str(config)]
        env = {**os.environ, "SYNAPSE_NO_TLS": "1"}
        subprocess.run([*base, "--generate-keys"], check=True, cwd=self.directory, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=START_TIMEOUT)
        self._launch()
        self._admin = self.register("admin", admin=True, unlimited=False)

    def restart(self) -> None:
        """Stop the homeserver and start it again on the same port with the same data."""
        self.stop()
        self._launch()

    def _launch(self) -> None:
        base = [self.python, "-m", "synapse.app.homeserver", "-c", str(self.directory / "homeserver.yaml")]
        env = {**os.environ, "SYNAPSE_NO_TLS": "1"}
        self._process = subprocess.Popen(base, cwd=self.directory, env=env,
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"Synapse exited with {self._process.returncode}:\n{self.log_tail()}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        else:
            self.stop()
            raise RuntimeError(f"Synapse did not start within {START_TIMEOUT} s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        path = self.directory / "homeserver.log"
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path.exists() else ""

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        self._process = None

    def unique(self, prefix: str) -> str:
        self._counter += 1
        return f"{prefix}{self._counter}"

    def register(self, localpart: str, *, admin: bool = False, unlimited: bool = True) -> Account:
        """A new user through the shared-secret admin API; `unlimited` lifts its message rate limit."""
        password = secrets.token_hex(12)
        endpoint = f"{self.url}/_synapse/admin/v1/register"
        nonce = httpx.get(endpoint, timeout=10).json()["nonce"]
        mac = hmac.new(self._secret.encode(), digestmod=hashlib.sha1)
        mac.update(b"\x00".join([nonce.encode(), localpart.encode(), password.encode(),
                                 b"admin" if admin else b"notadmin"]))
        response = httpx.post(endpoint, timeout=30, json={
            "nonce": nonce, "username": localpart, "password": password, "admin": admin, "mac": mac.hexdigest()})
        response.raise_for_status()
        data = response.json()
        account = Account(data["user_id"], data["access_token"], data["device_id"], password)
        if unlimited:
            self.lift_rate_limit(account.user_id)
        return account

    def lift_rate_limit(self, user_id: str) -> None:
        assert self._admin is not None, "the admin user is registered first"
        response = httpx.post(
            f"{self.url}/_synapse/admin/v1/users/{user_id}/override_ratelimit", timeout=10,
            headers={"Authorization": f"Bearer {self._admin.access_token}"},
            json={"messages_per_second": 0, "burst_count": 0})
        response.raise_for_status()
