"""Which hosts the bot may fetch from: public addresses only, unless configured otherwise.

A feed address is chosen by whoever runs `feeds add`, and redirects are chosen by the remote server:
neither may make the bot reach into the network it runs in (routers, metadata services, localhost).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit


class AddressRefused(Exception):
    """The address is not one the bot may fetch; the message is short and safe to store."""


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    # is_global is False for private, loopback, link-local, shared (CGNAT), reserved and unspecified ranges.
    return ip.is_global and not ip.is_multicast


async def check_fetchable(url: str, allow_private: bool) -> None:
    """Raise AddressRefused unless `url` is http(s) and every address of its host is public."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise AddressRefused("malformed address") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise AddressRefused("only http and https addresses are fetched")
    host = parts.hostname
    if not host:
        raise AddressRefused("address without a host")
    if allow_private:
        return
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                host, port or (443 if parts.scheme.lower() == "https" else 80), type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            raise AddressRefused(f"cannot resolve host {host}") from None
        addresses = sorted({info[4][0] for info in infos})
    if not addresses:
        raise AddressRefused(f"cannot resolve host {host}")
    for address in addresses:
        if not _is_public(address):
            raise AddressRefused(f"host {host} has a non-public address ({address})")
