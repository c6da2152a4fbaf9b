"""Which addresses a link found in a feed or page may reach: public ones only.

A feed is written by a stranger; its item links could point the weekly job at
the server's own admin ports, the office network or the cloud metadata service
(server-side request forgery).  Links the operator did not write are fetched
through ``PublicOnlyBackend``: it resolves the host itself, refuses when any
address is not public, connects to exactly the address it checked (so a DNS
answer that changes between check and connect cannot slip through) and checks
the peer of the connected socket once more.
"""

from __future__ import annotations

import ipaddress
import socket
import typing

import httpcore
import httpx

_SHARED = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT (RFC 6598)
_CLASSES: tuple[tuple[str, typing.Callable[[ipaddress.IPv4Address | ipaddress.IPv6Address], bool]], ...] = (
    ("loopback", lambda ip: ip.is_loopback),
    ("link-local (cloud metadata)", lambda ip: ip.is_link_local),
    ("shared (carrier-grade NAT)", lambda ip: ip.version == 4 and ip in _SHARED),
    ("multicast", lambda ip: ip.is_multicast),
    ("unspecified", lambda ip: ip.is_unspecified),
    ("reserved", lambda ip: ip.is_reserved),
    ("private", lambda ip: ip.is_private),
    ("non-public", lambda ip: not ip.is_global),
)


class AddressRefused(Exception):
    """A link resolved to an address that is not public; ``str()`` is the one-line reason."""


def refusal(address: str) -> str | None:
    """Why ``address`` must not be fetched for a stranger's link, or None when it is public.

    IPv4 addresses wrapped in IPv6 (``::ffff:10.0.0.1``, 6to4) are judged by the IPv4 inside.
    """
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address):
        ip = ip.ipv4_mapped or ip.sixtofour or ip
    return next((name for name, test in _CLASSES if test(ip)), None)


class PublicOnlyBackend(httpcore.SyncBackend):
    """httpcore's socket backend, connecting only to public addresses it has checked itself."""

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[typing.Any] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = _resolve(host, port)
        for address in addresses:
            if reason := refusal(address):
                named = f"{address} is" if host.strip("[]") == address else f"{host} resolves to {address},"
                raise AddressRefused(f"{named} a {reason} address")
        failure: httpcore.ConnectError | None = None
        for address in addresses:
            try:
                stream = super().connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                failure = exc
                continue
            peer = stream.get_extra_info("server_addr")[0]
            if reason := refusal(peer):
                stream.close()
                raise AddressRefused(f"{host} connected to {peer}, a {reason} address")
            return stream
        raise failure or httpcore.ConnectError(f"cannot connect to {host}")


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise httpcore.ConnectError(f"cannot resolve {host}: {exc.strerror}") from None
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class PublicOnlyTransport(httpx.HTTPTransport):
    """httpx's transport over a pool that uses ``PublicOnlyBackend``; no proxy, so the check means something."""

    def __init__(self) -> None:
        super().__init__(trust_env=False)
        # httpx has no public hook for the network backend; the pool is rebuilt with the same TLS context.
        self._pool = httpcore.ConnectionPool(ssl_context=self._pool._ssl_context, network_backend=PublicOnlyBackend())


Origin = tuple[str, str, int]


def origin(url: str | httpx.URL) -> Origin:
    """(scheme, host, port) with the scheme's default port filled in."""
    parsed = httpx.URL(url)
    default = {"http": 80, "https": 443}.get(parsed.scheme, 0)
    return parsed.scheme, parsed.host.lower(), parsed.port or default
