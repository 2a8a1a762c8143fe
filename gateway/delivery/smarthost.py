"""Delivery to a fixed next hop (smarthost, encryption provider) with connection reuse."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from pathlib import Path

import aiosmtplib

from gateway.config import TlsMode
from gateway.delivery.base import (
    DeliveryResult,
    DeliveryStatus,
    OutboundMessage,
    tempfail,
)
from gateway.delivery.smtpclient import Connection, NoSecureChannel, open_connection, transact

log = logging.getLogger(__name__)

_BROKEN = (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError, ConnectionError)


@dataclass(frozen=True, slots=True)
class HopSettings:
    host: str
    port: int
    helo: str
    tls: TlsMode = TlsMode.OPPORTUNISTIC  # the hop's own floor; a message may ask for more
    ca_file: Path | None = None
    connect_timeout: float = 30.0
    command_timeout: float = 60.0
    pool_size: int = 8
    max_idle: float = 60.0  # seconds an idle connection is kept
    max_transactions: int = 500  # per connection, then reconnect
    username: str | None = None
    password: str | None = None


class SmarthostTransport:
    """Hands every message to one host; idle connections are reused per TLS requirement."""

    def __init__(self, settings: HopSettings) -> None:
        self.settings = settings
        self._idle: dict[TlsMode, list[Connection]] = {}
        self._slots = asyncio.Semaphore(settings.pool_size)
        self._closed = False

    async def deliver(self, message: OutboundMessage) -> DeliveryResult:
        tls = message.tls.at_least(self.settings.tls)
        if tls is TlsMode.DANE_ONLY:
            # A fixed next hop has no TLSA records of its own in this transport.
            return DeliveryResult(
                DeliveryStatus.TLS_IMPOSSIBLE, 451, "4.7.5 dane-only needs MX delivery",
                host=self.settings.host,
            )
        async with self._slots:
            for attempt in (1, 2):
                try:
                    conn, reused = await self._checkout(tls)
                except NoSecureChannel as exc:
                    log.warning("next hop %s: no secure channel: %s", self.settings.host, exc)
                    return DeliveryResult(
                        DeliveryStatus.TLS_IMPOSSIBLE, 451, f"4.7.5 {exc}", host=self.settings.host
                    )
                except aiosmtplib.SMTPAuthenticationError as exc:
                    return tempfail(f"4.7.8 authentication to next hop failed ({exc.code})",
                                    host=self.settings.host)
                except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                    log.warning("next hop %s unreachable: %s", self.settings.host,
                                exc.__class__.__name__)
                    return tempfail("4.4.1 next hop unreachable", host=self.settings.host)
                try:
                    result = await transact(conn, message)
                except _BROKEN as exc:
                    await conn.close()
                    # A reused connection may have been dropped by the peer while idle; nothing
                    # was accepted yet unless DATA completed, so one retry on a fresh one is safe
                    # (at worst a duplicate, never a loss).
                    if reused and attempt == 1:
                        log.info("reused connection to %s broke (%s); reconnecting",
                                 self.settings.host, exc.__class__.__name__)
                        continue
                    return tempfail("4.4.2 connection to next hop broke", host=self.settings.host)
                except BaseException:
                    # Cancelled (processing deadline) or a fault: drop the connection at once,
                    # it may be mid-reply; a polite QUIT would delay the 451 upstream.
                    conn.client.close()
                    raise
                self._checkin(tls, conn)
                return result
        return tempfail("4.4.2 connection to next hop broke", host=self.settings.host)

    async def _checkout(self, tls: TlsMode) -> tuple[Connection, bool]:
        idle = self._idle.setdefault(tls, [])
        now = time.monotonic()
        while idle:
            conn = idle.pop()
            if conn.alive and now - conn.last_used < self.settings.max_idle:
                return conn, True
            await conn.close()
        s = self.settings
        conn = await open_connection(
            s.host, s.port, tls=tls, server_name=s.host, helo=s.helo,
            ca_file=str(s.ca_file) if s.ca_file else None,
            connect_timeout=s.connect_timeout, command_timeout=s.command_timeout,
        )
        if s.username is not None and s.password is not None:
            if not conn.tls.encrypted and tls is not TlsMode.NONE:
                await conn.close()
                raise NoSecureChannel("refusing to send credentials in clear")
            await conn.client.login(s.username, s.password)
        return conn, False

    def _checkin(self, tls: TlsMode, conn: Connection) -> None:
        if self._closed or not conn.alive or conn.transactions >= self.settings.max_transactions:
            asyncio.get_running_loop().create_task(conn.close())
            return
        conn.last_used = time.monotonic()
        self._idle.setdefault(tls, []).append(conn)

    async def close(self) -> None:
        self._closed = True
        conns = [c for lst in self._idle.values() for c in lst]
        self._idle.clear()
        await asyncio.gather(*(c.close() for c in conns), return_exceptions=True)
