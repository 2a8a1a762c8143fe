"""One outbound SMTP transaction over an aiosmtplib connection, with exact per-recipient results.

Shared by the smarthost transport, encryption-provider routes and MX delivery. The peer's reply
text is never copied into results or logs (a remote server may echo addresses or content back):
only its code and enhanced status code are kept.
"""

from __future__ import annotations

import asyncio
import logging
import re
import ssl
from dataclasses import dataclass

import aiosmtplib

from gateway.config import TlsMode
from gateway.delivery.base import (
    DeliveryResult,
    DeliveryStatus,
    OutboundMessage,
    RecipientResult,
    TlsInfo,
)
from gateway.delivery.tlsctx import client_context, needs_tls, needs_verification

log = logging.getLogger(__name__)

_ENHANCED = re.compile(r"^([245]\.\d{1,3}\.\d{1,3})\b")


class NoSecureChannel(Exception):  # noqa: N818 - an expected outcome, raised to unwind connect()
    """The peer cannot offer the TLS the requirement asks for."""


def safe_detail(code: int, message: str, ours: str) -> str:
    """Our own words plus the peer's enhanced status code, never the peer's free text."""
    m = _ENHANCED.match(message.strip())
    enhanced = m.group(1) if m else ""
    return f"{enhanced} {ours} ({code})".strip()


@dataclass(slots=True)
class Connection:
    """An SMTP client session ready for MAIL FROM (greeting, EHLO and STARTTLS done)."""

    client: aiosmtplib.SMTP
    host: str
    tls: TlsInfo
    key: tuple[str, int, str]
    last_used: float = 0.0
    transactions: int = 0

    @property
    def alive(self) -> bool:
        return self.client.is_connected

    async def close(self) -> None:
        try:
            if self.client.is_connected:
                await asyncio.wait_for(self.client.quit(), 5)
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - best effort on a connection we are dropping
            self.client.close()


def _tls_info(client: aiosmtplib.SMTP, mechanism: str, verified: bool) -> TlsInfo:
    transport = client.transport
    ssl_obj = transport.get_extra_info("ssl_object") if transport is not None else None
    if ssl_obj is None:
        return TlsInfo()
    cipher = ssl_obj.cipher()
    return TlsInfo(
        version=ssl_obj.version(),
        cipher=cipher[0] if cipher else None,
        verified=verified,
        mechanism=mechanism,
    )


async def open_connection(
    host: str,
    port: int,
    *,
    tls: TlsMode,
    server_name: str,
    helo: str,
    ca_file: str | None,
    connect_timeout: float,
    command_timeout: float,
    connect_ip: str | None = None,
    tls_context: ssl.SSLContext | None = None,
    mechanism: str | None = None,
) -> Connection:
    """Connect, EHLO, STARTTLS per ``tls``; raise NoSecureChannel when TLS is required but absent.

    ``server_name`` is the SNI and the name verified; ``connect_ip`` lets MX delivery connect to
    a resolved address while verifying the MX host name. A caller-supplied ``tls_context`` (DANE)
    replaces the PKIX context.
    """
    from pathlib import Path

    client = aiosmtplib.SMTP(
        hostname=connect_ip or host,
        port=port,
        local_hostname=helo,
        timeout=command_timeout,
        start_tls=False,
        use_tls=False,
    )
    await client.connect(timeout=connect_timeout)
    try:
        await client.ehlo()
        info = TlsInfo()
        if tls is not TlsMode.NONE:
            if client.supports_extension("starttls"):
                verify = needs_verification(tls)
                ctx = tls_context or client_context(verify, Path(ca_file) if ca_file else None)
                try:
                    await client.starttls(server_hostname=server_name, tls_context=ctx)
                except (aiosmtplib.SMTPException, ssl.SSLError, OSError) as exc:
                    if needs_tls(tls):
                        raise NoSecureChannel(
                            f"STARTTLS failed ({exc.__class__.__name__})"
                        ) from None
                    # Opportunistic: the failed handshake killed the session; retry in clear.
                    client.close()
                    return await open_connection(
                        host, port, tls=TlsMode.NONE, server_name=server_name, helo=helo,
                        ca_file=ca_file, connect_timeout=connect_timeout,
                        command_timeout=command_timeout, connect_ip=connect_ip,
                    )
                await client.ehlo()  # RFC 3207: forget what was learnt before TLS
                mech = mechanism or ("pkix" if verify else tls.value)
                info = _tls_info(client, mech, verify or tls_context is not None)
            elif needs_tls(tls):
                raise NoSecureChannel("STARTTLS not offered")
        return Connection(client=client, host=host, tls=info, key=(host, port, tls.value))
    except BaseException:
        client.close()
        raise


async def transact(conn: Connection, message: OutboundMessage) -> DeliveryResult:
    """MAIL, RCPT for each recipient, DATA. Per-recipient outcomes are exact.

    Raises aiosmtplib.SMTPServerDisconnected / OSError / timeouts when the session breaks; the
    caller decides whether a retry on a fresh connection is safe.
    """
    client = conn.client
    options = [o for o in message.mail_options if _supported(client, o)]
    if "SMTPUTF8" in message.mail_options and "SMTPUTF8" not in options:
        return DeliveryResult(
            DeliveryStatus.PERMFAIL, 553, "5.6.7 next hop does not support SMTPUTF8",
            host=conn.host, tls=conn.tls,
        )
    utf8 = "SMTPUTF8" in options
    if not utf8 and not all(a.isascii() for a in (message.mail_from, *message.rcpts)):
        return DeliveryResult(
            DeliveryStatus.PERMFAIL, 553, "5.6.7 non-ASCII address without SMTPUTF8",
            host=conn.host, tls=conn.tls,
        )
    encoding = "utf-8" if utf8 else "ascii"
    try:
        await client.mail(message.mail_from, options=options, encoding=encoding)
    except aiosmtplib.SMTPResponseException as exc:
        await _rset(client)
        status = DeliveryStatus.TEMPFAIL if exc.code < 500 else DeliveryStatus.PERMFAIL
        return DeliveryResult(
            status, exc.code, safe_detail(exc.code, exc.message, "sender refused by next hop"),
            host=conn.host, tls=conn.tls,
        )
    results: list[RecipientResult] = []
    accepted: list[str] = []
    for rcpt in message.rcpts:
        try:
            await client.rcpt(rcpt, encoding=encoding)
        except aiosmtplib.SMTPRecipientRefused as exc:
            status = DeliveryStatus.TEMPFAIL if exc.code < 500 else DeliveryStatus.PERMFAIL
            detail = safe_detail(exc.code, exc.message, "recipient refused by next hop")
            results.append(RecipientResult(rcpt, status, exc.code, detail))
            continue
        accepted.append(rcpt)
    if not accepted:
        await _rset(client)
        return _combine(results, conn)
    try:
        resp = await client.data(message.data)
    except aiosmtplib.SMTPDataError as exc:
        await _rset(client)
        status = DeliveryStatus.TEMPFAIL if exc.code < 500 else DeliveryStatus.PERMFAIL
        detail = safe_detail(exc.code, exc.message, "message refused by next hop")
        results.extend(RecipientResult(r, status, exc.code, detail) for r in accepted)
        return _combine(results, conn)
    detail = safe_detail(resp.code, resp.message, "accepted by next hop")
    results.extend(
        RecipientResult(r, DeliveryStatus.DELIVERED, resp.code, detail) for r in accepted
    )
    conn.transactions += 1
    return _combine(results, conn)


def _supported(client: aiosmtplib.SMTP, option: str) -> bool:
    keyword = option.split("=", 1)[0].lower()
    return client.supports_extension({"body": "8bitmime"}.get(keyword, keyword))


async def _rset(client: aiosmtplib.SMTP) -> None:
    try:
        await client.rset()
    except asyncio.CancelledError:
        raise
    except Exception:  # noqa: BLE001 - the connection is discarded by the caller if broken
        client.close()


def _combine(results: list[RecipientResult], conn: Connection) -> DeliveryResult:
    """Overall status: delivered if anyone got it; else temporary beats permanent."""
    statuses = {r.status for r in results}
    if DeliveryStatus.DELIVERED in statuses:
        first = next(r for r in results if r.status is DeliveryStatus.DELIVERED)
        status = DeliveryStatus.DELIVERED
    elif DeliveryStatus.TEMPFAIL in statuses:
        first = next(r for r in results if r.status is DeliveryStatus.TEMPFAIL)
        status = DeliveryStatus.TEMPFAIL
    else:
        first = results[0]
        status = DeliveryStatus.PERMFAIL
    return DeliveryResult(status, first.code, first.detail, tuple(results), conn.host, conn.tls)
