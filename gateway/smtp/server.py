"""aiosmtpd edge: client allow-list, limits, the one-destination-per-transaction rule, replies.

This module only translates: an envelope becomes an :class:`InboundMessage`, the pipeline's
answer becomes the DATA reply. It never logs addresses or content (only domains and ids).
"""

from __future__ import annotations

import asyncio
import base64
import ipaddress
import logging
import re
import secrets
import ssl
import time
from collections.abc import Callable
from typing import Any

from aiosmtpd.smtp import MISSING, SMTP, AuthResult, Envelope, LoginPassword, Session, syntax

from gateway.config import GatewayConfig
from gateway.logs import FIELDS, context_id, domain_of
from gateway.pipeline import TEMPFAIL_GENERIC, InboundMessage, Pipeline
from gateway.smtp.users import UserStore

log = logging.getLogger(__name__)

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def new_queue_id() -> str:
    """Short, unique, sortable-ish id: time prefix + randomness (no content in it)."""
    stamp = int(time.time() * 1000).to_bytes(6, "big")
    return base64.b32encode(stamp + secrets.token_bytes(4)).decode().rstrip("=")


def has_bare_cr_or_lf(data: bytes) -> bool:
    """True if a CR or LF appears outside a CRLF pair (the SMTP smuggling building block)."""
    return data.count(b"\n") != data.count(b"\r\n") or data.count(b"\r") != data.count(b"\r\n")


# MAIL/RCPT arguments in the everyday shape: <dot-atom@dot-atom-domain> and optional params.
# These parse the same with this pattern as with aiosmtpd's RFC 5322 parser (which builds a
# token tree and even a class per call); anything else goes to that parser.
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_SIMPLE_PATH = re.compile(
    "<(" + _ATEXT + r"(?:\." + _ATEXT + r")*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>"
    # params: printable ASCII without ( ) backslash or quote (those go the long way)
    + r"((?: +[!#-'*-\[\]-~][ !#-'*-\[\]-~]*)?)"
)


def null_path(address: str | None) -> str:
    """The reverse-path as the gateway uses it: "" for the null path ``<>``."""
    text = (address or "").strip()
    return "" if text in ("", "<>") else text


def peer_allowed(peer: Any, networks: tuple[Network, ...]) -> bool:
    try:
        addr = ipaddress.ip_address(peer[0] if isinstance(peer, tuple) else str(peer))
    except (ValueError, TypeError, IndexError):
        return False
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    return any(addr in n for n in networks)


class GatewaySMTP(SMTP):
    """aiosmtpd's SMTP with an allow-list at connect, a whole-session deadline and tracking."""

    def __init__(self, handler: Handler, *, networks: tuple[Network, ...], session_timeout: float,
                 sessions: set[GatewaySMTP], max_sessions: int, **kwargs: Any) -> None:
        super().__init__(handler, **kwargs)
        self._max_sessions = max_sessions
        self._networks = networks
        self._session_timeout = session_timeout
        self._sessions = sessions
        self._deadline: asyncio.TimerHandle | None = None
        self.busy = False  # a DATA transaction is being processed
        self.expired = False
        self._auth_pending: Any = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        first = self.transport is None
        super().connection_made(transport)
        if first:
            self._sessions.add(self)
            self._deadline = self.loop.call_later(self._session_timeout, self._expire)

    def connection_lost(self, error: Exception | None) -> None:
        self._sessions.discard(self)
        if self._deadline is not None:
            self._deadline.cancel()
        super().connection_lost(error)

    def _expire(self) -> None:
        self.expired = True
        if not self.busy:
            self.close_now()

    def close_now(self) -> None:
        if self.transport is not None:
            self.transport.close()

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        """aiosmtpd's address parser, with a fast path for plain ``<local@domain>``."""
        m = _SIMPLE_PATH.fullmatch(arg) if arg else None
        if m is None:
            return super()._getaddr(arg)
        addr = m.group(1)
        if self.local_part_limit and len(addr.rpartition("@")[0]) > self.local_part_limit:
            return None, None
        return addr, m.group(2).lstrip(" ")

    # --- DATA: aiosmtpd reads the message one line (one await) at a time --------------------

    @syntax("DATA")
    async def smtp_DATA(self, arg: str) -> None:  # noqa: N802
        """aiosmtpd's DATA, reading the message in whole chunks up to the end-of-data line
        instead of one ``readuntil`` per line (most of the relay's receive cost), with the same
        replies: 500 for a line over ``line_length_limit``, 552 over ``data_size_limit``, the
        transparency dots removed, the handler's reply after the final dot."""
        reader: Any = self._reader
        if not isinstance(getattr(reader, "_buffer", None), bytearray):
            await super().smtp_DATA(arg)  # not the StreamReader this was written against
            return
        if await self.check_helo_needed():
            return
        if await self.check_auth_needed("DATA"):
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        if arg:
            await self.push("501 Syntax: DATA")
            return
        await self.push("354 End data with <CR><LF>.<CR><LF>")
        try:
            raw, refusal = await self._read_data(reader)
        except asyncio.CancelledError:
            log.info("Connection lost during DATA")
            self._writer.close()
            raise
        except asyncio.IncompleteReadError:
            self._writer.close()
            return
        if refusal is not None:
            await self.push(refusal)
            self._set_post_data_state()  # type: ignore[no-untyped-call]
            return
        # De-transparency (RFC 5321 4.5.2): a leading dot on any line is removed.
        content = raw.replace(b"\r\n.", b"\r\n")
        if content.startswith(b"."):
            content = content[1:]
        self.envelope.content = content
        self.envelope.original_content = content
        status = await self._call_handler_hook("DATA")
        self._set_post_data_state()  # type: ignore[no-untyped-call]
        await self.push("250 OK" if status is MISSING else status)

    async def _read_data(self, reader: Any) -> tuple[bytes, str | None]:
        """The message up to, not including, the ``.`` line (its CRLF kept, as aiosmtpd keeps
        it), and aiosmtpd's 500/552 reply when a line or the whole is too long. Past
        ``data_size_limit`` it reads on to the end but keeps nothing more.

        Peeks at the reader's buffer and consumes exactly up to the end-of-data line, so
        pipelined commands after it stay queued for the command loop."""
        buffer: bytearray = reader._buffer  # only peeked; consumed via readexactly
        limit = self.data_size_limit
        cap = (limit + self.line_length_limit) if limit else None
        saved_limit = reader._limit
        # Let the transport fill more than two lines' worth before pausing reading.
        reader._limit = max(saved_limit, 64 * 1024)
        acc = bytearray(b"\r\n")  # the DATA line's CRLF: a first line "." ends at once
        dropped = 0  # bytes thrown away once the message was too big
        refusal: str | None = None
        try:
            while True:
                if not buffer:
                    acc += await reader.readexactly(1)  # waits for the peer
                    if acc.endswith(b"\r\n.\r\n"):
                        break
                    continue
                tail = acc[-4:]
                at = (tail + buffer).find(b"\r\n.\r\n")
                if at != -1:  # consume through the end-of-data line, not a byte more
                    acc += await reader.readexactly(at + 5 - len(tail))
                    break
                acc += await reader.readexactly(len(buffer))
                if cap is not None and dropped + len(acc) > cap:
                    if not dropped:  # the first problem in stream order decides the reply
                        refusal = (self._data_state(bytes(acc[2:]))
                                   or "552 Error: Too much mail data")
                    dropped += len(acc) - 4
                    del acc[:-4]  # refused whatever else it holds: keep no more of it
        finally:
            reader._limit = saved_limit
            reader._maybe_resume_transport()
        if dropped:
            return b"", refusal
        raw = bytes(acc[2:-3])
        return raw, self._data_state(raw)

    def _data_state(self, raw: bytes) -> str | None:
        """aiosmtpd's verdict on a message's lines: None, or its 500/552 reply."""
        limit = self.data_size_limit
        lines = raw.split(b"\r\n")
        longest = max(map(len, lines)) + 2
        if (not limit or len(raw) <= limit) and longest <= self.line_length_limit:
            return None
        # The rare path: walk the lines in order as aiosmtpd does (first problem wins).
        size = 0
        for line in lines[:-1]:  # the split leaves "" after the last CRLF
            if len(line) > self.line_length_limit:  # its stream limit: before counting
                return "500 Line too long (see RFC5321 4.5.3.1.6)"
            size += len(line) + 2
            if limit and size > limit:
                return "552 Error: Too much mail data"
            if len(line) + 2 > self.line_length_limit:
                return "500 Line too long (see RFC5321 4.5.3.1.6)"
        return None

    # --- AUTH: aiosmtpd parses PLAIN/LOGIN, we verify off the event loop (argon2 is slow) ---

    def _authenticate(self, mechanism: str, auth_data: Any) -> AuthResult:
        # Called synchronously by aiosmtpd's auth_PLAIN/auth_LOGIN: only remember the data.
        self._auth_pending = auth_data
        return AuthResult(success=False, handled=False)

    async def _verified(self, result: AuthResult) -> AuthResult:
        data, self._auth_pending = self._auth_pending, None
        if not isinstance(data, LoginPassword):
            return result  # malformed exchange, already answered by aiosmtpd
        assert isinstance(self.event_handler, Handler)
        ok = await self.event_handler.check_login(data.login, data.password)
        if not ok:
            return AuthResult(success=False, handled=False)
        return AuthResult(success=True, auth_data=data)

    async def auth_PLAIN(self, _: Any, args: list[str]) -> AuthResult:  # noqa: N802
        self._auth_pending = None
        return await self._verified(await super().auth_PLAIN(_, args))

    async def auth_LOGIN(self, _: Any, args: list[str]) -> AuthResult:  # noqa: N802
        self._auth_pending = None
        return await self._verified(await super().auth_LOGIN(_, args))

    async def _handle_client(self) -> None:
        assert self.session is not None
        if not peer_allowed(self.session.peer, self._networks):
            log.warning("refused connection from a host not in clients")
            await self.push("554 5.7.1 Relay access denied: this host is not allowed to connect")
            self.close_now()
            return
        if len(self._sessions) > self._max_sessions:
            log.warning("refused connection: %d sessions open", len(self._sessions))
            await self.push("421 4.7.0 Too many connections, try again later")
            self.close_now()
            return
        await super()._handle_client()


class Handler:
    """aiosmtpd handler hooks. One instance serves every session."""

    def __init__(self, config: GatewayConfig, pipeline: Pipeline,
                 authenticate: Callable[[str, str], bool] | None = None) -> None:
        """``authenticate(user, password)`` is blocking; default: ``auth.users_file``."""
        self.config = config
        self.pipeline = pipeline
        self._authenticate = authenticate
        self._users: UserStore | None = None
        self.draining = False

    def _verifier(self) -> Callable[[str, str], bool] | None:
        if self._authenticate is not None:
            return self._authenticate
        if not self.config.auth.enabled:
            return None
        path = self.config.auth.users_file
        if self._users is None or self._users.path != path:  # first use, or changed by reload
            self._users = UserStore(path)
        return self._users.verify

    async def check_login(self, login: bytes, password: bytes) -> bool:
        verify = self._verifier()
        if verify is None:
            return False
        user = login.decode("utf-8", "replace")
        ok = await asyncio.to_thread(verify, user, password.decode("utf-8", "replace"))
        if not ok:
            log.warning("SMTP AUTH failed")  # no user name: it may be a mistyped password
        return ok

    async def handle_EHLO(self, server: SMTP, session: Session, envelope: Envelope,  # noqa: N802
                          hostname: str, responses: list[str]) -> list[str]:
        session.host_name = hostname
        # aiosmtpd prints an empty "250-AUTH " when every mechanism is excluded (auth off).
        responses[:] = [r for r in responses if r.strip() != "250-AUTH"]
        # aiosmtpd reads commands one by one, so pipelined input is safe to accept.
        responses.insert(-1, "250-PIPELINING")
        responses.insert(-1, "250-ENHANCEDSTATUSCODES")
        return responses

    async def handle_MAIL(self, server: SMTP, session: Session, envelope: Envelope,  # noqa: N802
                          address: str, mail_options: list[str]) -> str:
        if self.draining:
            return "421 4.3.2 Service shutting down, try again later"
        if self.config.auth.required and not session.authenticated:
            return "530 5.7.0 Authentication required"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Ok"

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,  # noqa: N802
                          address: str, rcpt_options: list[str]) -> str:
        if "@" not in address:
            return "550 5.1.3 Recipient address must be user@domain"
        if len(envelope.rcpt_tos) >= self.config.limits.max_recipients:
            return "452 4.5.3 Too many recipients, send the rest in another transaction"
        if envelope.rcpt_tos and domain_of(envelope.rcpt_tos[0]) != domain_of(address):
            # One destination per transaction keeps per-recipient outcomes exact: the upstream
            # sends this recipient again in a transaction of its own.
            return "452 4.5.3 One destination per transaction, send this recipient separately"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:  # noqa: N802
        assert isinstance(server, GatewaySMTP)
        queue_id = new_queue_id()
        token = context_id.set(queue_id)
        server.busy = True
        try:
            data = envelope.original_content or b""
            if isinstance(data, str):  # decode_data is off; defensive
                data = data.encode("utf-8", "surrogateescape")
            if has_bare_cr_or_lf(data):
                log.warning("refused message with bare CR/LF",
                            extra={FIELDS: {"queue_id": queue_id}})
                return "550 5.6.11 Message contains bare CR or LF (see RFC 5321 2.3.8)"
            options = []
            if envelope.smtp_utf8:
                options.append("SMTPUTF8")
            if any(o.upper() == "BODY=8BITMIME" for o in envelope.mail_options):
                options.append("BODY=8BITMIME")
            peer = session.peer[0] if isinstance(session.peer, tuple) else str(session.peer)
            message = InboundMessage(
                queue_id=queue_id,
                peer=peer,
                helo=session.host_name or "",
                # aiosmtpd keeps the null reverse-path (bounces, DSNs) as "<>" (it must stay
                # truthy for its RCPT check); the gateway and the SMTP client use "".
                mail_from=null_path(envelope.mail_from),
                rcpts=tuple(envelope.rcpt_tos),
                data=data,
                mail_options=tuple(options),
                tls_in=session.ssl is not None,
                auth_user=session.auth_data.login.decode() if isinstance(
                    session.auth_data, LoginPassword) else None,
            )
            return await self.pipeline.process(message)
        finally:
            server.busy = False
            context_id.reset(token)
            if server.expired or self.draining:
                asyncio.get_running_loop().call_soon(server.close_now)

    async def handle_exception(self, error: Exception) -> str:
        # aiosmtpd's default echoes the exception text to the client: never do that.
        log.warning("SMTP session fault: %s", error.__class__.__name__)
        return TEMPFAIL_GENERIC

def inbound_tls_context(config: GatewayConfig) -> ssl.SSLContext | None:
    if config.tls.cert_file is None or config.tls.key_file is None:
        return None
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(str(config.tls.cert_file), str(config.tls.key_file))
    return ctx


class SMTPServer:
    """Listens, tracks sessions, drains them on shutdown."""

    def __init__(self, config: GatewayConfig, handler: Handler) -> None:
        self.config = config
        self.handler = handler
        self.sessions: set[GatewaySMTP] = set()
        self._server: asyncio.base_events.Server | None = None
        self._tls = inbound_tls_context(config)

    def _factory(self) -> GatewaySMTP:
        cfg = self.config
        proto_cls: type[GatewaySMTP] = type(
            "LimitedSMTP", (GatewaySMTP,), {"line_length_limit": cfg.limits.max_line_length + 2}
        )
        return proto_cls(
            self.handler,
            networks=cfg.client_networks,
            session_timeout=cfg.limits.session_timeout,
            sessions=self.sessions,
            max_sessions=cfg.limits.max_connections,
            data_size_limit=cfg.max_message_size,
            enable_SMTPUTF8=True,
            decode_data=False,
            hostname=cfg.hostname,
            ident="phigate ESMTP",
            tls_context=self._tls,
            require_starttls=cfg.tls.require,
            timeout=cfg.limits.idle_timeout,
            auth_required=cfg.auth.required,
            auth_require_tls=True,
            # Without auth.enabled, offer no mechanism at all (rather than one that always fails).
            auth_exclude_mechanism=None if cfg.auth.enabled else ["LOGIN", "PLAIN"],
        )

    async def start(self, sock: Any = None) -> tuple[str, int]:
        loop = asyncio.get_running_loop()
        if sock is not None:
            self._server = await loop.create_server(self._factory, sock=sock)
        else:
            host, port = self.config.listen_addr
            self._server = await loop.create_server(
                self._factory, host=host, port=port, reuse_address=True,
            )
        bound = self._server.sockets[0].getsockname()
        return bound[0], bound[1]

    async def stop(self, grace: float) -> None:
        """Stop accepting, let in-flight transactions finish within ``grace``, close the rest."""
        self.handler.draining = True
        if self._server is not None:
            self._server.close()
        for s in list(self.sessions):
            if not s.busy:
                s.close_now()
        deadline = time.monotonic() + grace
        # A short poll over all sessions; one Event per session would add little.
        while any(s.busy for s in self.sessions) and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.05)
        for s in list(self.sessions):
            s.close_now()
        if self._server is not None:
            await self._server.wait_closed()

