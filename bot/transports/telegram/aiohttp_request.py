"""python-telegram-bot's requests sent with aiohttp instead of httpx.

Every command costs a Bot API call or more (the reply, a share of the long poll). httpx spends about
three times aiohttp's CPU on one (aiohttp's HTTP parser is compiled; bench/bench_request.py measures
both in one run), which made the HTTP client the largest single part of a command's cost.
Everything else is PTB's: `BaseRequest` turns status codes and Telegram's error bodies into
`RetryAfter`, `BadRequest`, `Forbidden`, `ChatMigrated` and `NetworkError`; this class only maps
aiohttp's own failures the way `HTTPXRequest` maps httpx's — a timeout of any kind is `TimedOut`,
any other failure to talk to the server (a refused or dropped connection) `NetworkError`.

Parameters go out as one JSON body (the Bot API reads application/json like a form), multipart with
form fields when a file is uploaded, as HTTPXRequest sends those. JSON rather than the form httpx
sends: urlencoding a Belarusian or Russian reply quotes it byte by byte in Python, a tenth of the
bot's CPU per command; orjson encodes the body and decodes the answers in a few microseconds.
Idle connections are closed after 5 s, as httpx does, so that a connection the server has dropped
meanwhile is rarely reused.
"""

from __future__ import annotations

from urllib.request import getproxies_environment

import aiohttp
import orjson
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import JSONDict, ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

KEEPALIVE_SECONDS = 5.0  # httpx's keep-alive expiry


class AiohttpRequest(BaseRequest):
    """A `BaseRequest` over one `aiohttp.ClientSession` with a pool of kept-alive connections.

    The timeouts mean what HTTPXRequest's mean (seconds, None for no limit): waiting for a free
    connection in the pool, connecting, sending the request, reading the answer."""

    __slots__ = ("_connect_timeout", "_media_write_timeout", "_pool_size", "_pool_timeout", "_read_timeout",
                 "_session", "_write_timeout")

    def __init__(self, connection_pool_size: int = 256, read_timeout: float | None = 5.0,
                 write_timeout: float | None = 5.0, connect_timeout: float | None = 5.0,
                 pool_timeout: float | None = 1.0, media_write_timeout: float | None = 20.0):
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @staticmethod
    def parse_json_payload(payload: bytes) -> JSONDict:
        """The Bot API's answer, decoded by orjson; what orjson refuses (invalid UTF-8, bad JSON) goes
        to PTB's own parser, which replaces bad bytes or raises its "Invalid server response"."""
        try:
            return orjson.loads(payload)
        except orjson.JSONDecodeError:
            return BaseRequest.parse_json_payload(payload)

    @property
    def read_timeout(self) -> float | None:
        """The read timeout used when a call does not give its own."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (it must be created inside the running event loop)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size, keepalive_timeout=KEEPALIVE_SECONDS)
            # Proxies from HTTP(S)_PROXY, as httpx reads them. Only when one is set: trusting the
            # environment costs two trips to a thread per request (netrc and proxy look-ups).
            self._session = aiohttp.ClientSession(connector=connector, trust_env=bool(getproxies_environment()),
                                                  headers={"User-Agent": self.USER_AGENT})

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one request; the HTTP status and the body of the answer."""
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data.multipart_data if request_data else None
        timeout = self._timeout(read_timeout, write_timeout, connect_timeout, pool_timeout, bool(files))
        try:
            async with self._session.request(method, url, data=self._body(request_data, files),
                                             headers=self._headers(request_data, files),
                                             timeout=timeout) as response:
                return response.status, await response.read()
        except TimeoutError as exc:  # aiohttp's own timeout errors derive from it
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc

    def _timeout(self, read: ODVInput[float], write: ODVInput[float], connect: ODVInput[float],
                 pool: ODVInput[float], uploads: bool) -> aiohttp.ClientTimeout:
        """aiohttp has no timeout for sending alone: reading the answer may take `read` seconds after
        it, and the whole request at most the sum of the four, so a stalled upload ends too."""
        read = self._read_timeout if isinstance(read, DefaultValue) else read
        connect = self._connect_timeout if isinstance(connect, DefaultValue) else connect
        pool = self._pool_timeout if isinstance(pool, DefaultValue) else pool
        if isinstance(write, DefaultValue):
            write = self._media_write_timeout if uploads else self._write_timeout
        parts = (read, write, connect, pool)
        total = None if any(part is None for part in parts) else sum(parts)
        # aiohttp's `connect` is the wait for a pooled connection plus opening one.
        waiting = None if pool is None or connect is None else pool + connect
        return aiohttp.ClientTimeout(total=total, connect=waiting, sock_connect=connect, sock_read=read)

    @staticmethod
    def _body(request_data: RequestData | None, files: dict | None) -> aiohttp.FormData | bytes | None:
        """The parameters as one JSON document; with files, multipart form fields (JSON-encoded values)."""
        if request_data is None:
            return None
        if not files:
            return orjson.dumps(request_data.parameters)
        form = aiohttp.FormData()
        for name, value in request_data.json_parameters.items():
            form.add_field(name, value)
        for name, (filename, content, mimetype) in files.items():
            form.add_field(name, content, filename=filename, content_type=mimetype)
        return form

    @staticmethod
    def _headers(request_data: RequestData | None, files: dict | None) -> dict[str, str] | None:
        return _JSON_HEADERS if request_data is not None and not files else None


_JSON_HEADERS = {"Content-Type": "application/json"}
