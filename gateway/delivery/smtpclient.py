"""One outbound SMTP transaction over an aiosmtplib connection, with exact per-recipient results.

Shared by the smarthost transport, encryption-provider routes and MX delivery. The peer's reply
text is never copied into results or logs (a remote server may echo addresses or content back):
only its code and enhanced status code are kept.
"""

from __future__ import annotations

import asyncio
import collections
import logging
import re
import ssl
from dataclasses import dataclass
from typing import cast

import aiosmtplib
from aiosmtplib.email import quote_address
from aiosmtplib.protocol import normalize_message_line_endings
from aiosmtplib.response import SMTPResponse

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

    With a next hop that offers PIPELINING (RFC 2920) MAIL, every RCPT and DATA go in one
    write and their replies are read in order (:func:`_transact_pipelined`); otherwise one
    command per round trip.

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
    if client.supports_extension("pipelining"):
        return await _transact_pipelined(conn, message, options, encoding)
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


# --- PIPELINING (RFC 2920) ------------------------------------------------------------------

_DOT_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_PLAIN_ADDRESS = re.compile(_DOT_ATOM + "@" + _DOT_ATOM)
_CONTROL = re.compile(rb"[\x00-\x1f\x7f]")
_MAX_LINE = 8192  # as aiosmtplib: one reply line, and one whole reply with its continuations
_MAX_REPLY = 4 * _MAX_LINE


def _path(address: str) -> str:
    """``<address>`` as aiosmtplib's quote_address makes it; the everyday shape without its
    RFC 5322 parser (``""`` is the null path ``<>``)."""
    if _PLAIN_ADDRESS.fullmatch(address):
        return f"<{address}>"
    return quote_address(address)


def _command(*args: bytes) -> bytes:
    for arg in args:
        if _CONTROL.search(arg):  # as aiosmtplib: no CR/LF/NUL injection into the session
            raise ValueError("Command arg contains a prohibited control character")
    return b" ".join(args) + b"\r\n"


def dot_stuffed(data: bytes) -> bytes:
    """The DATA payload as aiosmtplib sends it: CRLF line endings, a final CRLF, leading dots
    doubled, then the ``.`` line."""
    if data.count(b"\n") != data.count(b"\r\n") or data.count(b"\r") != data.count(b"\r\n"):
        data = normalize_message_line_endings(data)  # bare CR/LF: the general (slower) way
    elif not data.endswith(b"\r\n"):
        data += b"\r\n"
    data = data.replace(b"\r\n.", b"\r\n..")
    if data.startswith(b"."):
        data = b"." + data
    return data + b".\r\n"


class _ReplyReader(asyncio.Protocol):
    """Stands in for aiosmtplib's protocol on the transport while a pipelined group is in
    flight: it keeps every reply that arrives, in order (aiosmtplib's protocol holds one reply
    at a time and drops bytes that arrive while one is waiting to be picked up)."""

    def __init__(self, previous: asyncio.BaseProtocol, timeout: float | None) -> None:
        self.previous = previous
        self.timeout = timeout
        self.replies: collections.deque[SMTPResponse] = collections.deque()
        self.buffer = bytearray()
        self.error: BaseException | None = None
        self._waiter: asyncio.Future[None] | None = None

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        try:
            while (reply := self._parse()) is not None:
                self.replies.append(reply)
        except aiosmtplib.SMTPResponseException as exc:
            self.error = exc
        self._wake()

    def _parse(self) -> SMTPResponse | None:
        """One complete reply off the buffer (parsed as aiosmtplib parses it), or None."""
        lines: list[bytes] = []
        offset = 0
        while (end := self.buffer.find(b"\n", offset)) != -1:
            line = bytes(self.buffer[offset:end + 1])
            offset = end + 1
            if len(line) > _MAX_LINE or not line[:3].isdigit():
                raise aiosmtplib.SMTPResponseException(-1, "Malformed SMTP response line")
            lines.append(line[4:].strip(b" \t\r\n"))
            if line[3:4] != b"-":
                del self.buffer[:offset]
                text = b"\n".join(lines).decode("utf-8", "surrogateescape")
                return SMTPResponse(int(line[:3]), text)
        if len(self.buffer) > _MAX_REPLY:
            raise aiosmtplib.SMTPResponseException(-1, "Response too long")
        return None

    def eof_received(self) -> bool:
        self.error = self.error or aiosmtplib.SMTPServerDisconnected("Unexpected EOF received")
        self._wake()
        return False  # the transport closes itself; connection_lost follows

    def connection_lost(self, exc: Exception | None) -> None:
        self.error = self.error or aiosmtplib.SMTPServerDisconnected("Connection lost")
        self._wake()
        self.previous.connection_lost(exc)  # aiosmtplib's own clean-up

    def pause_writing(self) -> None:
        self.previous.pause_writing()

    def resume_writing(self) -> None:
        self.previous.resume_writing()

    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    async def reply(self) -> SMTPResponse:
        """The next reply in order; raises when the session broke or the peer is too slow."""
        while not self.replies:
            if self.error is not None:
                raise self.error
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                async with asyncio.timeout(self.timeout):
                    await self._waiter
            except TimeoutError:
                raise aiosmtplib.SMTPReadTimeoutError(
                    "Timed out waiting for server response") from None
            finally:
                self._waiter = None
        return self.replies.popleft()


async def _transact_pipelined(conn: Connection, message: OutboundMessage, options: list[str],
                              encoding: str) -> DeliveryResult:
    """RFC 2920: MAIL, the RCPTs and DATA in one write, their replies read in order; after a
    354 the message and its final reply. Same results, refusals and RSETs as the
    one-command-per-round-trip path of :func:`transact`."""
    client = conn.client
    if client.transport is None or client.protocol is None or not client.is_connected:
        raise aiosmtplib.SMTPServerDisconnected("Connection lost")
    # asyncio's or uvloop's (which does not subclass asyncio.Transport); both can swap protocols.
    transport = cast(asyncio.Transport, client.transport)
    group = [_command(b"MAIL", b"FROM:" + _path(message.mail_from).encode(encoding),
                      *(o.encode("ascii") for o in options))]
    group.extend(_command(b"RCPT", b"TO:" + _path(r).encode(encoding)) for r in message.rcpts)
    group.append(b"DATA\r\n")
    reader = _ReplyReader(client.protocol, client.timeout)
    transport.set_protocol(reader)
    try:
        transport.write(b"".join(group))
        mail = await reader.reply()
        results: list[RecipientResult] = []
        accepted: list[str] = []
        for rcpt in message.rcpts:
            resp = await reader.reply()
            if resp.code in (250, 251):
                accepted.append(rcpt)
                continue
            status = DeliveryStatus.TEMPFAIL if resp.code < 500 else DeliveryStatus.PERMFAIL
            detail = safe_detail(resp.code, resp.message, "recipient refused by next hop")
            results.append(RecipientResult(rcpt, status, resp.code, detail))
        start = await reader.reply()
        final: SMTPResponse | None = None
        if start.code == 354:
            # Accepted recipients: the message. None (a server that says 354 anyway): an empty
            # message ends the transaction, and the RSET below discards it.
            transport.write(dot_stuffed(message.data) if accepted and mail.code == 250
                            else b".\r\n")
            final = await reader.reply()
        if reader.buffer or reader.replies:
            client.close()  # more than the replies asked for: the session is out of step
    finally:
        if not transport.is_closing():
            transport.set_protocol(reader.previous)
    if mail.code != 250:
        await _rset(client)
        status = DeliveryStatus.TEMPFAIL if mail.code < 500 else DeliveryStatus.PERMFAIL
        return DeliveryResult(
            status, mail.code, safe_detail(mail.code, mail.message, "sender refused by next hop"),
            host=conn.host, tls=conn.tls,
        )
    if not accepted:
        await _rset(client)
        return _combine(results, conn)
    if final is None or final.code != 250:
        refusal = final or start
        await _rset(client)
        status = DeliveryStatus.TEMPFAIL if refusal.code < 500 else DeliveryStatus.PERMFAIL
        detail = safe_detail(refusal.code, refusal.message, "message refused by next hop")
        results.extend(RecipientResult(r, status, refusal.code, detail) for r in accepted)
        return _combine(results, conn)
    detail = safe_detail(final.code, final.message, "accepted by next hop")
    results.extend(
        RecipientResult(r, DeliveryStatus.DELIVERED, final.code, detail) for r in accepted
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
