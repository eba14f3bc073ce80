"""Canonical links: the same article under different tracking parameters is one link."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that say who sent the reader, not which page it is.
_TRACKING_NAMES = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "yclid", "ysclid", "msclkid", "twclid", "igshid",
    "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "referrer", "cmpid", "icid", "ito",
    "_ga", "_gl", "_hsenc", "_hsmi", "at_medium", "at_campaign",
})
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "piwik_", "mtm_", "hsa_", "oly_", "at_")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_tracking_parameter(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_NAMES or lowered.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """The link without tracking parameters, fragment or credentials, with a lowercase host and no default port."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not is_tracking_parameter(k)])
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, query, ""))


def is_http_url(url: str) -> bool:
    """True for an absolute http(s) address with a host: the only kind of feed the bot fetches."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
