"""Outbound PIPELINING (RFC 2920): MAIL, every RCPT and DATA in one write, replies read in order.

A scripted next hop on a loopback port records what arrived in each read and answers as told:
all replies in one write, or one write per reply with pauses between them (the case where
aiosmtplib's own protocol would drop a reply), multi-line replies, refusals, a hang-up in the
middle of the group, a hop that never answers DATA, and one that does not offer PIPELINING
(the one-command-per-round-trip path).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import aiosmtplib
import pytest
import trustme
from aiosmtpd.smtp import SMTP, Envelope, Session

from gateway.config import TlsMode
from gateway.delivery.base import DeliveryStatus, OutboundMessage
from gateway.delivery.smarthost import HopSettings, SmarthostTransport
from gateway.delivery.smtpclient import Connection, dot_stuffed, open_connection, transact
from tests.helpers.sink import RecordingHandler, Sink, SinkBehaviour, server_context

pytestmark = pytest.mark.integration

BODY = (b"Subject: pipelining\r\n\r\nfirst line\r\n.leading dot\r\n..two dots\r\n"
        b"last line\r\n")


@dataclass
class Script:
    """How the scripted next hop answers. Replies are full lines without CRLF."""

    pipelining: bool = True
    mail: str = "250 2.1.0 Ok"
    rcpt: dict[str, str] = field(default_factory=dict)  # address -> reply (default 250)
    data_start: str = "354 End data with <CR><LF>.<CR><LF>"
    data_final: str = "250 2.0.0 Ok: queued"
    trickle: float = 0.0  # > 0: one write per reply, this many seconds apart
    hang_up_after: int | None = None  # close after this many replies to the group
    silent_at_data: bool = False  # never answer the end of the message


@dataclass
class Peer:
    script: Script
    port: int = 0
    chunks: list[bytes] = field(default_factory=list)  # every read, as it arrived
    messages: list[bytes] = field(default_factory=list)  # DATA payloads, still dot-stuffed
    rsets: int = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        s = self.script
        writer.write(b"220 peer.test ESMTP\r\n")
        buffer = b""
        in_data = False
        try:
            while True:
                chunk = await reader.read(65536)
                if not chunk:
                    return
                self.chunks.append(chunk)
                buffer += chunk
                replies: list[str] = []
                while True:
                    if in_data:
                        end = buffer.find(b"\r\n.\r\n")
                        if end == -1 and buffer.startswith(b".\r\n"):
                            end, skip = -2, 3
                        elif end == -1:
                            break
                        else:
                            skip = end + 5
                        self.messages.append(buffer[:end + 2] if end >= 0 else b"")
                        buffer = buffer[skip:]
                        in_data = False
                        if s.silent_at_data:
                            await asyncio.sleep(3600)
                        replies.append(s.data_final)
                        continue
                    line, sep, rest = buffer.partition(b"\r\n")
                    if not sep:
                        break
                    buffer = rest
                    reply = self.answer(line.decode())
                    if reply.startswith("354"):
                        in_data = True
                    replies.append(reply)
                await self.send(writer, replies)
                if any(r.startswith("221") for r in replies):
                    return
        except ConnectionError:
            return
        finally:
            writer.close()

    def answer(self, line: str) -> str:
        verb = line.split(" ", 1)[0].upper()
        if verb == "EHLO":
            ext = ["250-peer.test", "250-8BITMIME", "250-SMTPUTF8"]
            if self.script.pipelining:
                ext.append("250-PIPELINING")
            return "\r\n".join([*ext, "250 ENHANCEDSTATUSCODES"])
        if verb == "MAIL":
            return self.script.mail
        if verb == "RCPT":
            address = line.split(":", 1)[1].strip().split(" ")[0].strip("<>")
            return self.script.rcpt.get(address, "250 2.1.5 Ok")
        if verb == "DATA":
            return self.script.data_start
        if verb == "RSET":
            self.rsets += 1
            return "250 2.0.0 Ok"
        if verb == "QUIT":
            return "221 2.0.0 Bye"
        return "502 5.5.2 Error: command not recognized"

    async def send(self, writer: asyncio.StreamWriter, replies: list[str]) -> None:
        s = self.script
        if s.hang_up_after is not None and len(replies) > 1:
            replies = replies[:s.hang_up_after]
            writer.write("".join(r + "\r\n" for r in replies).encode())
            await writer.drain()
            writer.close()
            raise ConnectionResetError
        if s.trickle and len(replies) > 1:
            for r in replies:
                writer.write(r.encode() + b"\r\n")
                await writer.drain()
                await asyncio.sleep(s.trickle)
            return
        writer.write("".join(r + "\r\n" for r in replies).encode())
        await writer.drain()

    def commands(self) -> list[list[str]]:
        """The SMTP commands of each read (DATA payloads left out)."""
        out = []
        for chunk in self.chunks:
            lines = chunk.decode(errors="replace").split("\r\n")
            verbs = [ln.split(" ", 1)[0].split(":", 1)[0].upper() for ln in lines if ln]
            out.append([v for v in verbs if v in {"EHLO", "MAIL", "RCPT", "DATA", "RSET",
                                                  "QUIT"}])
        return [c for c in out if c]


StartPeer = Callable[[Script], Awaitable[Peer]]


@pytest.fixture
async def peer() -> AsyncIterator[StartPeer]:
    servers: list[asyncio.base_events.Server] = []

    async def start(script: Script) -> Peer:
        p = Peer(script)
        server = await asyncio.start_server(p.handle, "127.0.0.1", 0)
        servers.append(server)
        p.port = server.sockets[0].getsockname()[1]
        return p

    yield start
    for server in servers:
        server.close()


async def connect(p: Peer, timeout: float = 10.0) -> Connection:
    return await open_connection("127.0.0.1", p.port, tls=TlsMode.NONE, server_name="127.0.0.1",
                                 helo="gw.test", ca_file=None, connect_timeout=5,
                                 command_timeout=timeout)


def outbound(*rcpts: str, data: bytes = BODY) -> OutboundMessage:
    return OutboundMessage(queue_id="Q1", mail_from="sender@org.test", rcpts=rcpts, data=data,
                           tls=TlsMode.NONE)


async def test_one_write_for_the_group_and_exact_per_recipient_results(peer: StartPeer) -> None:
    p = await peer(Script(rcpt={"bad@clinic.test": "550 5.1.1 patient Ingrid unknown",
                                "later@clinic.test": "450 4.2.1 mailbox busy"}))
    conn = await connect(p)
    result = await transact(conn, outbound("a@clinic.test", "bad@clinic.test",
                                           "later@clinic.test", "b@clinic.test"))
    by = {r.address: r for r in result.recipients}
    assert by["a@clinic.test"].status is DeliveryStatus.DELIVERED
    assert by["b@clinic.test"].status is DeliveryStatus.DELIVERED
    assert (by["bad@clinic.test"].status, by["bad@clinic.test"].code) == (
        DeliveryStatus.PERMFAIL, 550)
    assert (by["later@clinic.test"].status, by["later@clinic.test"].code) == (
        DeliveryStatus.TEMPFAIL, 450)
    assert "Ingrid" not in by["bad@clinic.test"].detail  # the peer's text is never copied
    assert by["bad@clinic.test"].detail.startswith("5.1.1 ")
    assert result.status is DeliveryStatus.DELIVERED
    # MAIL, the four RCPTs and DATA arrived in one read: one write, one round trip.
    assert ["MAIL", "RCPT", "RCPT", "RCPT", "RCPT", "DATA"] in p.commands()
    assert p.messages == [dot_stuffed(BODY)[:-3]]
    assert p.messages[0].count(b"\r\n..leading dot\r\n") == 1
    assert p.messages[0].count(b"\r\n...two dots\r\n") == 1
    # The connection is usable again (aiosmtplib's protocol is back in place).
    again = await transact(conn, outbound("c@clinic.test"))
    assert again.status is DeliveryStatus.DELIVERED
    assert conn.transactions == 2
    await conn.close()


async def test_replies_trickling_in_one_write_each(peer: StartPeer) -> None:
    """Each reply its own TCP segment, with pauses: none may be lost or paired wrongly."""
    p = await peer(Script(trickle=0.02, rcpt={"x@clinic.test": "550 5.1.1 no"}))
    conn = await connect(p)
    result = await transact(conn, outbound("a@clinic.test", "x@clinic.test", "b@clinic.test"))
    assert [(r.address, r.code) for r in result.recipients] == [
        ("x@clinic.test", 550), ("a@clinic.test", 250), ("b@clinic.test", 250)]
    assert len(p.messages) == 1
    await conn.close()


async def test_multiline_replies_in_the_group(peer: StartPeer) -> None:
    p = await peer(Script(mail="250-2.1.0 sender ok\r\n250 2.1.0 really",
                          rcpt={"x@clinic.test": "550-5.7.1 policy\r\n550 5.7.1 refused"}))
    conn = await connect(p)
    result = await transact(conn, outbound("x@clinic.test", "a@clinic.test"))
    by = {r.address: r for r in result.recipients}
    assert (by["x@clinic.test"].code, by["a@clinic.test"].code) == (550, 250)
    assert by["x@clinic.test"].detail.startswith("5.7.1 ")
    await conn.close()


async def test_every_recipient_refused_then_rset(peer: StartPeer) -> None:
    p = await peer(Script(rcpt={"x@clinic.test": "550 5.1.1 no",
                                "y@clinic.test": "451 4.3.0 later"},
                          data_start="554 5.5.1 no valid recipients"))
    conn = await connect(p)
    result = await transact(conn, outbound("x@clinic.test", "y@clinic.test"))
    assert result.status is DeliveryStatus.TEMPFAIL  # temporary beats permanent
    assert {r.address: r.code for r in result.recipients} == {"x@clinic.test": 550,
                                                              "y@clinic.test": 451}
    assert p.messages == [] and p.rsets == 1
    await conn.close()


async def test_refused_recipients_but_354_anyway(peer: StartPeer) -> None:
    """A hop that says 354 with no valid recipient gets an empty message, then RSET."""
    p = await peer(Script(rcpt={"x@clinic.test": "550 5.1.1 no"}))
    conn = await connect(p)
    result = await transact(conn, outbound("x@clinic.test"))
    assert result.status is DeliveryStatus.PERMFAIL
    assert p.messages == [b""] and p.rsets == 1
    again = await transact(conn, outbound("a@clinic.test"))
    assert again.status is DeliveryStatus.DELIVERED
    await conn.close()


async def test_sender_refused(peer: StartPeer) -> None:
    p = await peer(Script(mail="553 5.7.1 sender Ingrid refused",
                          rcpt={"a@clinic.test": "503 5.5.1 need MAIL"},
                          data_start="503 5.5.1 need RCPT"))
    conn = await connect(p)
    result = await transact(conn, outbound("a@clinic.test"))
    assert (result.status, result.code) == (DeliveryStatus.PERMFAIL, 553)
    assert "Ingrid" not in result.detail and result.detail.startswith("5.7.1 ")
    assert p.rsets == 1
    await conn.close()


@pytest.mark.parametrize(("where", "reply", "status"), [
    ("start", "451 4.3.0 try later", DeliveryStatus.TEMPFAIL),
    ("start", "554 5.3.0 no", DeliveryStatus.PERMFAIL),
    ("final", "452 4.3.1 disk full", DeliveryStatus.TEMPFAIL),
    ("final", "552 5.3.4 too big", DeliveryStatus.PERMFAIL),
])
async def test_refused_at_data(peer: StartPeer, where: str, reply: str,
                               status: DeliveryStatus) -> None:
    script = Script(data_start=reply) if where == "start" else Script(data_final=reply)
    p = await peer(script)
    conn = await connect(p)
    result = await transact(conn, outbound("a@clinic.test", "b@clinic.test"))
    assert result.status is status
    assert [r.code for r in result.recipients] == [int(reply[:3])] * 2
    assert all(r.status is status for r in result.recipients)
    assert p.rsets == 1
    assert len(p.messages) == (1 if where == "final" else 0)
    await conn.close()


async def test_hop_without_pipelining_gets_one_command_per_round_trip(peer: StartPeer) -> None:
    p = await peer(Script(pipelining=False, rcpt={"x@clinic.test": "550 5.1.1 no"}))
    conn = await connect(p)
    result = await transact(conn, outbound("a@clinic.test", "x@clinic.test"))
    assert {r.address: r.code for r in result.recipients} == {"a@clinic.test": 250,
                                                              "x@clinic.test": 550}
    assert all(len(cmds) == 1 for cmds in p.commands()), p.commands()
    assert p.messages == [dot_stuffed(BODY)[:-3]]
    await conn.close()


async def test_hang_up_in_the_middle_of_the_group(peer: StartPeer) -> None:
    p = await peer(Script(hang_up_after=2))  # MAIL and the first RCPT answered, then gone
    conn = await connect(p)
    with pytest.raises(aiosmtplib.SMTPServerDisconnected):
        await transact(conn, outbound("a@clinic.test", "b@clinic.test"))
    assert not conn.alive
    assert p.messages == []


async def test_hang_up_through_the_smarthost_is_a_tempfail(peer: StartPeer) -> None:
    p = await peer(Script(hang_up_after=1))
    hop = SmarthostTransport(HopSettings(host="127.0.0.1", port=p.port, helo="gw.test",
                                         tls=TlsMode.NONE, command_timeout=5))
    try:
        result = await hop.deliver(outbound("a@clinic.test"))
    finally:
        await hop.close()
    assert (result.status, result.code) == (DeliveryStatus.TEMPFAIL, 451)


async def test_silent_hop_times_out(peer: StartPeer) -> None:
    p = await peer(Script(silent_at_data=True))
    conn = await connect(p, timeout=0.3)
    with pytest.raises(aiosmtplib.SMTPTimeoutError):
        await transact(conn, outbound("a@clinic.test"))
    with contextlib.suppress(Exception):
        conn.client.close()


async def test_smarthost_reuses_the_connection(peer: StartPeer) -> None:
    p = await peer(Script())
    hop = SmarthostTransport(HopSettings(host="127.0.0.1", port=p.port, helo="gw.test",
                                         tls=TlsMode.NONE))
    try:
        for n in range(5):
            result = await hop.deliver(outbound(f"r{n}@clinic.test"))
            assert result.status is DeliveryStatus.DELIVERED
    finally:
        await hop.close()
    assert len(p.messages) == 5
    assert sum(c.count("EHLO") for c in p.commands()) == 1


def test_dot_stuffing_matches_aiosmtplib() -> None:
    from aiosmtplib.protocol import PERIOD_REGEX, normalize_message_line_endings

    cases = [b"", b".", b"a", b".a\r\n", b"a\r\n.\r\nb", b"a\nb\r\n.c", b"x\r.y", b"..\r\n..",
             BODY, b"no final newline", b"\r\n.\r\n", b"a\r\n\r\n.\r\n\r\n"]
    for data in cases:
        expected = PERIOD_REGEX.sub(b"..", normalize_message_line_endings(data)) + b".\r\n"
        assert dot_stuffed(data) == expected, data


class PipeliningHandler(RecordingHandler):
    """The recording aiosmtpd sink, offering PIPELINING as Postfix does."""

    async def handle_EHLO(self, server: SMTP, session: Session, envelope: Envelope,
                          hostname: str, responses: list[str]) -> list[str]:
        session.host_name = hostname
        responses.insert(-1, "250-PIPELINING")
        return responses


async def _deliver_over_starttls(ca_file: Path, cert: trustme.LeafCert) -> None:
    behaviour = SinkBehaviour(rcpt_replies={"gone@clinic.test": "550 5.1.1 no such user"})
    sink = await Sink(PipeliningHandler(behaviour), tls_context=server_context(cert)).start()
    hop = SmarthostTransport(HopSettings(host="localhost", port=sink.port, helo="gw.test",
                                         tls=TlsMode.VERIFY, ca_file=ca_file))
    try:
        for n in range(3):
            result = await hop.deliver(outbound(f"r{n}@clinic.test", "gone@clinic.test"))
            assert result.tls.encrypted and result.tls.verified
            assert {r.address: r.code for r in result.recipients} == {
                f"r{n}@clinic.test": 250, "gone@clinic.test": 550}
    finally:
        await hop.close()
        await sink.stop()
    assert [m.rcpts for m in sink.messages] == [[f"r{n}@clinic.test"] for n in range(3)]
    assert all(m.encrypted for m in sink.messages)
    assert all(m.data == BODY for m in sink.messages)  # dot-stuffing undone by the peer


async def test_pipelined_over_starttls_with_connection_reuse(test_ca: trustme.CA,
                                                             ca_file: Path) -> None:
    await _deliver_over_starttls(ca_file, test_ca.issue_cert("localhost"))


def test_pipelined_on_uvloop(test_ca: trustme.CA, ca_file: Path) -> None:
    """``phigate run`` uses uvloop when installed: its transports swap protocols too."""
    uvloop = pytest.importorskip("uvloop")
    cert = test_ca.issue_cert("localhost")

    async def both() -> None:
        await _deliver_over_starttls(ca_file, cert)
        await test_hang_up_in_the_middle_of_the_group(_start_peer)
        await test_replies_trickling_in_one_write_each(_start_peer)

    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(both())


async def _start_peer(script: Script) -> Peer:
    p = Peer(script)
    server = await asyncio.start_server(p.handle, "127.0.0.1", 0)
    p.port = server.sockets[0].getsockname()[1]
    return p
