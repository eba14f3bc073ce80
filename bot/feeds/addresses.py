"""Which hosts the bot may fetch from: public addresses, and private networks the operator names.

A feed address is chosen by whoever runs `feeds add`, and redirects are chosen by the remote server:
neither may make the bot reach into the network it runs in (routers, metadata services, localhost)
beyond the networks configured in PARDONWATCH_PRIVATE_FEED_NETWORKS. Link-local and cloud metadata
addresses are never fetched, whatever is configured, and an IPv6 address that carries an IPv4
address (NAT64, 6to4, Teredo, IPv4-mapped or -compatible) is judged by the IPv4 address inside.

A name is judged twice: before the request (a clear early refusal) and by `CheckedResolver`, the
HTTP client's own resolver, on the very answer the socket connects to. Without the second check a
DNS server could answer a public address to the first lookup and a private one a moment later
(DNS rebinding) and steer the connection inside the network.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Sequence
from ipaddress import IPv4Address, IPv6Address, ip_network
from urllib.parse import urlsplit

from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver

from bot.config import IPNetwork

# Never fetched, even inside a configured network.
NEVER = tuple(ip_network(n) for n in (
    "169.254.0.0/16", "fe80::/10",  # link-local: the metadata service of AWS, GCP, Azure, Oracle… at 169.254.169.254
    "fd00:ec2::254/128",  # AWS's metadata service over IPv6
    "100.100.100.200/32",  # Alibaba Cloud's metadata service
    "0.0.0.0/8", "::/128",  # "this host": a connection there reaches the bot's own machine
    "224.0.0.0/4", "ff00::/8", "255.255.255.255/32",  # multicast and broadcast
))
_NAT64 = ip_network("64:ff9b::/96")  # RFC 6052: the IPv4 address in the last 32 bits
_IPV4_COMPATIBLE = ip_network("::/96")  # the deprecated ::a.b.c.d
_IPV4_TRANSLATED = ip_network("::ffff:0:0:0/96")  # RFC 2765's ::ffff:0:a.b.c.d


class AddressRefused(Exception):
    """The address is not one the bot may fetch; the message is short and safe to store."""


def embedded_ipv4(ip: IPv6Address) -> list[IPv4Address]:
    """The IPv4 addresses an IPv6 address stands for (a Teredo address carries two); [] for none."""
    if ip.ipv4_mapped is not None:
        return [ip.ipv4_mapped]
    if ip.sixtofour is not None:
        return [ip.sixtofour]
    if ip.teredo is not None:
        return list(ip.teredo)
    low32 = IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip in _NAT64 or ip in _IPV4_TRANSLATED:
        return [low32]
    if ip in _IPV4_COMPATIBLE and int(ip) > 1:  # :: and ::1 are IPv6's own unspecified and loopback
        return [low32]
    return []


def refusal(address: str, private_networks: Sequence[IPNetwork]) -> str | None:
    """Why the bot may not connect to `address`, or None when it may."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    inner = embedded_ipv4(ip) if isinstance(ip, IPv6Address) else []
    for candidate in inner or [ip]:
        if any(candidate in network for network in NEVER):
            return f"a link-local, metadata or special address ({address})"
        # is_global is False for private, loopback, link-local, shared (CGNAT), reserved and unspecified ranges.
        if not candidate.is_global and not any(candidate in network for network in private_networks):
            return f"a non-public address ({address}) outside PARDONWATCH_PRIVATE_FEED_NETWORKS"
    return None


async def check_fetchable(url: str, private_networks: Sequence[IPNetwork] = (),
                          resolver: AbstractResolver | None = None) -> None:
    """Raise AddressRefused unless `url` is http(s) and every address of its host may be fetched
    (names are looked up with `resolver` when given, else the system's resolver)."""
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
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        port = port or (443 if parts.scheme.lower() == "https" else 80)
        try:
            if resolver is not None:
                addresses = sorted({answer["host"] for answer in await resolver.resolve(host, port, socket.AF_UNSPEC)})
            else:
                infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
                addresses = sorted({info[4][0] for info in infos})
        except (OSError, UnicodeError):
            raise AddressRefused(f"cannot resolve host {host}") from None
    if not addresses:
        raise AddressRefused(f"cannot resolve host {host}")
    for address in addresses:
        reason = refusal(address, private_networks)
        if reason:
            raise AddressRefused(f"host {host} has {reason}")


class CheckedResolver(AbstractResolver):
    """The HTTP client's resolver: refuses a name when any address it resolves to may not be fetched,
    so the address a connection uses is the address that was checked (no DNS rebinding)."""

    def __init__(self, private_networks: Sequence[IPNetwork] = (), inner: AbstractResolver | None = None):
        self._private_networks = tuple(private_networks)
        self.inner = inner or DefaultResolver()

    async def resolve(self, host: str, port: int = 0,
                      family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        answers = await self.inner.resolve(host, port, family)
        for answer in answers:
            reason = refusal(answer["host"], self._private_networks)
            if reason:
                raise AddressRefused(f"host {host} has {reason}")
        return answers

    async def close(self) -> None:
        await self.inner.close()
