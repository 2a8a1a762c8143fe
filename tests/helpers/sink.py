"""A recording SMTP sink (aiosmtpd) for tests: the next hop, an MX or an encryption provider.

Records every accepted message with its envelope and whether the session was encrypted, so
tests can assert byte-identical delivery and "no plaintext where TLS was required".
"""

from __future__ import annotations

import asyncio
import ssl
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session


@dataclass
class Received:
    mail_from: str
    rcpts: list[str]
    data: bytes
    encrypted: bool
    tls_version: str | None
    helo: str | None


@dataclass
class SinkBehaviour:
    """What the sink answers. ``data_reply`` None means 250."""

    data_reply: str | None = None
    rcpt_replies: dict[str, str] = field(default_factory=dict)  # address -> reply
    mail_reply: str | None = None
    delay: float = 0.0  # seconds to wait before answering DATA


class RecordingHandler:
    def __init__(self, behaviour: SinkBehaviour | None = None) -> None:
        self.behaviour = behaviour or SinkBehaviour()
        self.messages: list[Received] = []
        self.sessions = 0
        self.arrived = asyncio.Event()

    async def handle_MAIL(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, options: list[str]) -> str:
        if self.behaviour.mail_reply:
            return self.behaviour.mail_reply
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope,
                          address: str, options: list[str]) -> str:
        reply = self.behaviour.rcpt_replies.get(address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if self.behaviour.delay:
            await asyncio.sleep(self.behaviour.delay)
        if self.behaviour.data_reply:
            return self.behaviour.data_reply
        ssl_obj = session.ssl.get("ssl_object") if session.ssl else None
        data = envelope.original_content
        assert isinstance(data, bytes)
        self.messages.append(
            Received(
                mail_from=envelope.mail_from or "",
                rcpts=list(envelope.rcpt_tos),
                data=data,
                encrypted=session.ssl is not None,
                tls_version=ssl_obj.version() if ssl_obj is not None else None,
                helo=session.host_name,
            )
        )
        self.arrived.set()
        return "250 2.0.0 Ok: stored"


class Sink:
    """An aiosmtpd server on a loopback port in the running loop."""

    def __init__(self, handler: RecordingHandler, tls_context: ssl.SSLContext | None = None,
                 host: str = "127.0.0.1", port: int = 0) -> None:
        self.handler = handler
        self.tls_context = tls_context
        self.host = host
        self.port = port
        self._server: asyncio.base_events.Server | None = None

    @property
    def messages(self) -> list[Received]:
        return self.handler.messages

    @property
    def hostport(self) -> str:
        return f"{self.host}:{self.port}"

    def _factory(self) -> SMTP:
        return SMTP(self.handler, decode_data=False, enable_SMTPUTF8=True, hostname="sink.test",
                    tls_context=self.tls_context, data_size_limit=None)

    async def start(self) -> Sink:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(self._factory, host=self.host, port=self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()

    async def wait_for(self, count: int, timeout: float = 10.0) -> None:
        async def _wait() -> None:
            while len(self.messages) < count:
                await asyncio.sleep(0.02)

        await asyncio.wait_for(_wait(), timeout)

    def __repr__(self) -> str:
        return f"Sink({self.hostport}, {len(self.messages)} messages)"


def server_context(cert: Any) -> ssl.SSLContext:
    """A server-side context from a trustme LeafCert."""
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(ctx)
    return ctx
