"""mautrix's HTTP client, keeping what it drops: how long M_LIMIT_EXCEEDED asks us to wait."""

from __future__ import annotations

import json
from json import JSONDecodeError

from aiohttp import ClientResponse
from mautrix.api import HTTPAPI
from mautrix.errors import MLimitExceeded, make_request_error
from yarl import URL

# When the homeserver gives no delay, wait this long before trying again.
DEFAULT_RETRY_AFTER = 5.0


class MatrixRateLimited(MLimitExceeded):
    """M_LIMIT_EXCEEDED with the delay the homeserver asked for, in seconds."""

    def __init__(self, http_status: int, message: str, retry_after: float):
        super().__init__(http_status, message)
        self.retry_after = retry_after


def retry_after_seconds(data: dict, header: str | None) -> float:
    """The delay from `retry_after_ms` (the body) or `Retry-After` (the header), else a default."""
    value = data.get("retry_after_ms")
    if isinstance(value, int | float) and value >= 0:
        return value / 1000
    if header and header.strip().isdigit():
        return float(header.strip())
    return DEFAULT_RETRY_AFTER


class RateAwareHTTPAPI(HTTPAPI):
    """HTTPAPI whose M_LIMIT_EXCEEDED errors carry the homeserver's `retry_after_ms`."""

    async def _send(self, method, url: URL, content, query_params, headers) -> tuple[dict, ClientResponse]:
        request = self.session.request(str(method), url, data=content, params=query_params, headers=headers)
        async with request as response:
            if 200 <= response.status < 300:
                return await response.json(), response
            text = await response.text()
            try:
                data = json.loads(text)
            except JSONDecodeError:
                data = None
            if not isinstance(data, dict):
                data = {}
            errcode, message = data.get("errcode"), data.get("error")
            if response.status == 429 or errcode == "M_LIMIT_EXCEEDED":
                raise MatrixRateLimited(response.status, str(message or ""),
                                        retry_after_seconds(data, response.headers.get("Retry-After")))
            raise make_request_error(http_status=response.status, text=text, errcode=errcode, message=message,
                                     unstable_errcode=data.get("org.matrix.msc3848.unstable.errcode"))
