"""Choose the transport for a recipient domain: per-domain smarthost, MX, or the smarthost."""

from __future__ import annotations

import socket
from collections.abc import Mapping, Sequence
from dataclasses import replace

from gateway.config import DeliveryConfig, DeliveryMode, TlsMode, parse_hostport
from gateway.delivery.base import DeliveryResult, OutboundMessage, Transport
from gateway.delivery.capability import TlsCapability
from gateway.delivery.smarthost import HopSettings, SmarthostTransport
from gateway.policy.decisions import EncryptionRoute


def helo_name(delivery: DeliveryConfig) -> str:
    return delivery.helo_name or socket.getfqdn()


def hop_settings(delivery: DeliveryConfig, hostport: str) -> HopSettings:
    host, port = parse_hostport(hostport, 25)
    password = None
    if delivery.auth is not None:
        password = delivery.auth.password_file.read_text(encoding="utf-8").strip()
    return HopSettings(
        host=host,
        port=port,
        helo=helo_name(delivery),
        tls=delivery.tls,
        ca_file=delivery.ca_file,
        connect_timeout=delivery.connect_timeout,
        command_timeout=delivery.command_timeout,
        pool_size=delivery.pool_size,
        username=delivery.auth.username if delivery.auth else None,
        password=password,
    )


def provider_transport(delivery: DeliveryConfig, route: EncryptionRoute) -> SmarthostTransport:
    """The transport to a policy's encryption provider (its own host, TLS floor and login)."""
    password = None
    if route.password_file is not None:
        password = route.password_file.read_text(encoding="utf-8").strip()
    return SmarthostTransport(HopSettings(
        host=route.host, port=route.port, helo=helo_name(delivery), tls=route.tls,
        ca_file=route.ca_file or delivery.ca_file, connect_timeout=delivery.connect_timeout,
        command_timeout=delivery.command_timeout, pool_size=delivery.pool_size,
        username=route.username, password=password,
    ))


class Router:
    """Owns every outbound transport; the pipeline only calls :meth:`deliver`."""

    def __init__(self, delivery: DeliveryConfig, mx: Transport | None = None) -> None:
        self.delivery = delivery
        self._hops: dict[str, SmarthostTransport] = {}
        self._mx = mx
        if delivery.mode is DeliveryMode.MX and mx is None:
            raise ValueError("delivery.mode mx needs an MX transport")

    def _hop(self, hostport: str) -> SmarthostTransport:
        hop = self._hops.get(hostport)
        if hop is None:
            hop = self._hops[hostport] = SmarthostTransport(hop_settings(self.delivery, hostport))
        return hop

    def transport_for(self, domain: str) -> Transport:
        override = self.delivery.domains.get(domain.lower().rstrip("."))
        if override is not None and override.smarthost:
            return self._hop(override.smarthost)
        if self.delivery.mode is DeliveryMode.MX:
            assert self._mx is not None
            return self._mx
        return self._hop(self.delivery.smarthost)

    async def deliver(self, message: OutboundMessage) -> DeliveryResult:
        override = self.delivery.domains.get(message.domain)
        if override is not None and override.tls is not None:
            message = _with_tls(message, message.tls.at_least(override.tls))
        return await self.transport_for(message.domain).deliver(message)

    async def capabilities(self, domains: Sequence[str]) -> Mapping[str, TlsCapability]:
        """What each recipient domain offers (MX mode resolves MTA-STS/DANE; else UNKNOWN)."""
        lookup = getattr(self._mx, "capabilities", None)
        if lookup is None:
            return {}
        caps: Mapping[str, TlsCapability] = await lookup(domains)
        return caps

    async def close(self) -> None:
        for hop in self._hops.values():
            await hop.close()
        if self._mx is not None:
            await self._mx.close()


def _with_tls(message: OutboundMessage, tls: TlsMode) -> OutboundMessage:
    return replace(message, tls=tls)
