"""When the next hop misbehaves: the upstream gets the right reply, nothing is lost, and neither
replies nor logs carry message content, addresses' local parts or the peer's/exception text."""

from __future__ import annotations

import asyncio
import email
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import aiosmtplib
import pytest

from gateway import logs
from gateway.app import Gateway
from tests.helpers.sink import Sink, SinkBehaviour
from tests.integration.harness.net import free_port

pytestmark = pytest.mark.integration

MakeGateway = Callable[..., Awaitable[tuple[Gateway, int]]]
MakeSink = Callable[..., Awaitable[Sink]]

SENDER = "ingrid.solberg@org.test"
GOOD = "dr.okafor@clinic.test"
BAD = "missing.person@clinic.test"
SUBJECT_SECRET = "Ingrid Solberg admitted 4 West"
BODY_SECRET = "MRN 00456-7781 chemotherapy cycle 3"
PEER_SECRET = "patient Ingrid Solberg MRN 00456-7781"  # what a chatty next hop might echo

MESSAGE = (
    f"From: {SENDER}\r\nTo: {GOOD}\r\nSubject: {SUBJECT_SECRET}\r\n\r\n{BODY_SECRET}\r\n"
).encode()

SECRETS = ("ingrid", "solberg", "okafor", "missing.person", "00456", "chemotherapy",
           "admitted", "4 west", "traceback")


@pytest.fixture
def gateway_log(tmp_path: Path) -> Iterator[Path]:
    """Route logging exactly as ``phigate run`` does (JSON, through the queue) into a file."""
    path = tmp_path / "gateway.log"
    root = logging_root_state()
    logs.setup("DEBUG", "json", path)
    yield path
    logs.shutdown()
    restore_logging(root)


def logging_root_state() -> tuple[list[Any], int]:
    import logging

    root = logging.getLogger()
    return list(root.handlers), root.level


def restore_logging(state: tuple[list[Any], int]) -> None:
    import logging

    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    for h in state[0]:
        root.addHandler(h)
    root.setLevel(state[1])


def assert_no_secrets(text: str, where: str) -> None:
    low = text.lower()
    leaked = [s for s in SECRETS if s in low]
    assert not leaked, f"{where} leaks {leaked}: {text[:2000]}"


async def send(port: int, rcpts: list[str] | None = None) -> tuple[int, str]:
    """Send MESSAGE; return the DATA reply (code, text) whatever it is."""
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False, timeout=30)
    async with client:
        await client.mail(SENDER)
        for r in rcpts or [GOOD]:
            await client.rcpt(r)
        try:
            resp = await client.data(MESSAGE)
        except aiosmtplib.SMTPDataError as exc:
            return exc.code, exc.message
        return resp.code, resp.message


async def gateway_to(make_gateway: MakeGateway, hostport: str, **overrides: Any) -> int:
    delivery = {"smarthost": hostport, "tls": "none"}
    delivery.update(overrides.pop("delivery", {}))
    _, port = await make_gateway(delivery=delivery, **overrides)
    return port


def read_log(path: Path) -> str:
    logs.shutdown()  # flush the queue listener
    return path.read_text(encoding="utf-8")


async def test_next_hop_down_gives_451(make_gateway: MakeGateway, gateway_log: Path) -> None:
    port = await gateway_to(make_gateway, f"127.0.0.1:{free_port()}")
    code, text = await send(port)
    assert code == 451 and text.startswith("4.4.0")
    assert_no_secrets(text, "reply")
    log = read_log(gateway_log)
    assert '"outcome": "deferred"' in log
    assert_no_secrets(log, "log")


async def test_next_hop_slower_than_command_timeout_gives_451(
        make_gateway: MakeGateway, make_sink: MakeSink, gateway_log: Path) -> None:
    sink = await make_sink(SinkBehaviour(delay=5.0))
    port = await gateway_to(make_gateway, sink.hostport, delivery={"command_timeout": 0.3})
    t0 = time.monotonic()
    code, text = await send(port)
    assert code == 451 and text.startswith("4.4.0")
    assert time.monotonic() - t0 < 3.5  # well before the hop would have answered
    assert_no_secrets(read_log(gateway_log), "log")


async def test_processing_deadline_gives_451_promptly(
        make_gateway: MakeGateway, make_sink: MakeSink, gateway_log: Path) -> None:
    sink = await make_sink(SinkBehaviour(delay=6.0))
    port = await gateway_to(make_gateway, sink.hostport, limits={"processing_timeout": 0.5})
    t0 = time.monotonic()
    code, text = await send(port)
    elapsed = time.monotonic() - t0
    assert code == 451 and text.startswith("4.3.0")
    assert elapsed < 3.5, f"451 came after {elapsed:.1f}s"  # the hop would answer after 6 s
    log = read_log(gateway_log)
    assert '"outcome": "timeout"' in log
    assert_no_secrets(log, "log")


async def test_next_hop_4xx_gives_451(make_gateway: MakeGateway, make_sink: MakeSink,
                                      gateway_log: Path) -> None:
    sink = await make_sink(SinkBehaviour(data_reply=f"451 4.3.2 busy with {PEER_SECRET}"))
    port = await gateway_to(make_gateway, sink.hostport)
    code, text = await send(port)
    assert code == 451
    assert_no_secrets(text, "reply")
    assert_no_secrets(read_log(gateway_log), "log")
    assert sink.messages == []


async def test_next_hop_5xx_gives_5xx_with_our_own_words(
        make_gateway: MakeGateway, make_sink: MakeSink, gateway_log: Path) -> None:
    sink = await make_sink(SinkBehaviour(data_reply=f"554 5.7.1 rejected: {PEER_SECRET}"))
    port = await gateway_to(make_gateway, sink.hostport)
    code, text = await send(port)
    assert code == 554
    assert text.startswith("5.7.1 ")  # the peer's enhanced code survives, its words do not
    assert_no_secrets(text, "reply")
    assert_no_secrets(read_log(gateway_log), "log")


async def test_sender_refused_by_next_hop(make_gateway: MakeGateway, make_sink: MakeSink,
                                          gateway_log: Path) -> None:
    sink = await make_sink(SinkBehaviour(mail_reply=f"553 5.1.8 bad sender {SENDER}"))
    port = await gateway_to(make_gateway, sink.hostport)
    code, text = await send(port)
    assert code == 553
    assert_no_secrets(text, "reply")
    assert_no_secrets(read_log(gateway_log), "log")


async def test_partial_recipient_refusal_gives_250_and_a_dsn(
        make_gateway: MakeGateway, make_sink: MakeSink, gateway_log: Path) -> None:
    sink = await make_sink(SinkBehaviour(rcpt_replies={BAD: f"550 5.1.1 no such user {BAD}"}))
    port = await gateway_to(make_gateway, sink.hostport)
    code, _ = await send(port, [GOOD, BAD])
    assert code == 250
    assert len(sink.messages) == 2
    original, dsn = sink.messages
    assert original.rcpts == [GOOD] and original.data == MESSAGE
    assert dsn.mail_from in ("", "<>") and dsn.rcpts == [SENDER]
    report = email.message_from_bytes(dsn.data)
    assert report.get_content_type() == "multipart/report"
    assert report.get_param("report-type") == "delivery-status"
    text = dsn.data.decode()
    assert BAD in text and "5.1.1" in text  # the sender learns which recipient failed
    assert SUBJECT_SECRET not in text and BODY_SECRET not in text  # never quotes the message
    assert "no such user" not in text  # nor the peer's words
    log = read_log(gateway_log)
    assert '"dsn": 1' in log
    assert_no_secrets(log, "log")


async def test_all_recipients_refused_gives_5xx_and_no_dsn(
        make_gateway: MakeGateway, make_sink: MakeSink) -> None:
    sink = await make_sink(SinkBehaviour(rcpt_replies={GOOD: "550 5.1.1 no", BAD: "550 5.1.1 no"}))
    port = await gateway_to(make_gateway, sink.hostport)
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False)
    async with client:
        await client.mail(SENDER)
        await client.rcpt(GOOD)
        await client.rcpt(BAD)
        with pytest.raises(aiosmtplib.SMTPDataError) as exc:
            await client.data(MESSAGE)
    assert exc.value.code == 550
    assert sink.messages == []


async def test_temporary_recipient_refusal_defers_the_transaction(
        make_gateway: MakeGateway, make_sink: MakeSink) -> None:
    sink = await make_sink(SinkBehaviour(rcpt_replies={BAD: "450 4.2.1 mailbox busy"}))
    port = await gateway_to(make_gateway, sink.hostport)
    code, _ = await send(port, [GOOD, BAD])
    # One DATA reply cannot say "some later": the upstream retries; GOOD may get a duplicate.
    assert code == 451
    assert [m.rcpts for m in sink.messages] == [[GOOD]]


async def test_next_hop_drops_connection_mid_data(make_gateway: MakeGateway,
                                                  gateway_log: Path) -> None:
    """A hop that closes the connection after DATA: 451, and the gateway stays healthy."""
    accepted = asyncio.Event()

    async def rude(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"220 rude ESMTP\r\n")
        while line := await reader.readline():
            cmd = line[:4].upper()
            if cmd in (b"EHLO", b"HELO"):
                writer.write(b"250 rude\r\n")
            elif cmd == b"DATA":
                writer.write(b"354 go\r\n")
                await writer.drain()
                while (await reader.readline()) not in (b".\r\n", b""):
                    pass
                accepted.set()
                writer.close()
                return
            else:
                writer.write(b"250 ok\r\n")
            await writer.drain()

    server = await asyncio.start_server(rude, "127.0.0.1", 0)
    hop_port = server.sockets[0].getsockname()[1]
    try:
        port = await gateway_to(make_gateway, f"127.0.0.1:{hop_port}")
        code, _ = await send(port)
        assert code == 451
        assert accepted.is_set()
        code, _ = await send(port)  # and again: no stuck state
        assert code == 451
    finally:
        server.close()
    assert_no_secrets(read_log(gateway_log), "log")
