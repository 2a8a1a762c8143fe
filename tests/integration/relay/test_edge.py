"""The receiving edge over real loopback sockets: client -> gateway -> recording sink.

Covers byte-identical 8-bit/SMTPUTF8 relay, every limit, the client allow-list, STARTTLS,
PIPELINING, one destination per transaction and SMTP smuggling attempts.
"""

from __future__ import annotations

import asyncio
import ssl
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiosmtplib
import pytest
import trustme

from gateway.app import Gateway
from tests.helpers.sink import Sink
from tests.integration.harness.rawsmtp import RawSMTP

pytestmark = pytest.mark.integration

MakeGateway = Callable[..., Awaitable[tuple[Gateway, int]]]
MakeSink = Callable[..., Awaitable[Sink]]


async def relay(make_gateway: MakeGateway, make_sink: MakeSink,
                **overrides: Any) -> tuple[Gateway, int, Sink]:
    sink = await make_sink()
    delivery = {"smarthost": sink.hostport, "tls": "none"}
    delivery.update(overrides.pop("delivery", {}))
    gw, port = await make_gateway(delivery=delivery, **overrides)
    return gw, port, sink


# --- byte-identical relay ------------------------------------------------------------------

EIGHT_BIT = (
    b"From: a@org.test\r\nTo: b@dest.test\r\nSubject: 8bit\r\nMIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    b"caf\xe9 \xfcber \xff\xfe raw octets\r\n"
    b".leading dot must survive dot-stuffing\r\n"
    b"..two dots\r\n"
    b"\r\n"
    b"last line without anything special\r\n"
)

UTF8 = (
    "From: J\u00f6ran <j\u00f6ran@org.test>\r\nTo: \u00e9lodie@d\u00e9st.test\r\n"
    "Subject: r\u00e9sum\u00e9 \u2603 \u65e5\u672c\r\nMIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
    "\u3053\u3093\u306b\u3061\u306f \u00fc\u00df \U0001f600\r\n.\u00e9 dot line\r\n"
).encode("utf-8")


async def test_8bit_message_arrives_byte_identical(make_gateway: MakeGateway,
                                                    make_sink: MakeSink) -> None:
    _, port, sink = await relay(make_gateway, make_sink)
    errors, reply = await aiosmtplib.send(
        EIGHT_BIT, sender="a@org.test", recipients=["b@dest.test"], hostname="127.0.0.1",
        port=port, mail_options=["BODY=8BITMIME"], start_tls=False,
    )
    assert not errors and reply.startswith("2.0.0 Ok: queued as")
    assert len(sink.messages) == 1
    got = sink.messages[0]
    assert got.data == EIGHT_BIT
    assert got.mail_from == "a@org.test" and got.rcpts == ["b@dest.test"]


async def test_smtputf8_message_and_addresses_arrive_byte_identical(
        make_gateway: MakeGateway, make_sink: MakeSink) -> None:
    _, port, sink = await relay(make_gateway, make_sink)
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False)
    async with client:
        await client.ehlo()
        assert client.supports_extension("smtputf8")
        await client.mail("j\u00f6ran@org.test", options=["SMTPUTF8", "BODY=8BITMIME"],
                          encoding="utf-8")
        await client.rcpt("\u00e9lodie@d\u00e9st.test", encoding="utf-8")
        resp = await client.data(UTF8)
        assert resp.code == 250
    assert len(sink.messages) == 1
    got = sink.messages[0]
    assert got.data == UTF8
    assert got.mail_from == "j\u00f6ran@org.test"
    assert got.rcpts == ["\u00e9lodie@d\u00e9st.test"]


# --- limits --------------------------------------------------------------------------------

async def test_oversized_message_gets_552_and_nothing_is_relayed(
        make_gateway: MakeGateway, make_sink: MakeSink) -> None:
    _, port, sink = await relay(make_gateway, make_sink, max_message_size=2048)
    big = b"Subject: big\r\n\r\n" + (b"x" * 70 + b"\r\n") * 100
    # Declared up front with SIZE= (aiosmtplib does that): refused at MAIL.
    with pytest.raises(aiosmtplib.SMTPSenderRefused) as refused:
        await aiosmtplib.send(big, sender="a@org.test", recipients=["b@dest.test"],
                              hostname="127.0.0.1", port=port, start_tls=False)
    assert refused.value.code == 552
    # Not declared: the data is read and refused after the final dot.
    raw = await RawSMTP.connect(port)
    await raw.reply()
    await raw.cmd("EHLO client.test")
    await raw.cmd("MAIL FROM:<a@org.test>")
    await raw.cmd("RCPT TO:<b@dest.test>")
    await raw.cmd("DATA")
    code, _ = await raw.cmd(big + b".")
    assert code == 552
    assert (await raw.cmd("NOOP"))[0] == 250
    await raw.close()
    assert sink.messages == []


async def test_too_many_recipients_get_452(make_gateway: MakeGateway,
                                           make_sink: MakeSink) -> None:
    _, port, sink = await relay(make_gateway, make_sink, limits={"max_recipients": 3})
    raw = await RawSMTP.connect(port)
    await raw.reply()
    await raw.cmd("EHLO client.test")
    assert (await raw.cmd("MAIL FROM:<a@org.test>"))[0] == 250
    for i in range(3):
        assert (await raw.cmd(f"RCPT TO:<r{i}@dest.test>"))[0] == 250
    code, text = await raw.cmd("RCPT TO:<r3@dest.test>")
    assert code == 452 and "4.5.3" in text
    assert (await raw.cmd("DATA"))[0] == 354
    assert (await raw.cmd(b"Subject: t\r\n\r\nhi\r\n."))[0] == 250
    await raw.close()
    assert sink.messages[0].rcpts == ["r0@dest.test", "r1@dest.test", "r2@dest.test"]


async def test_second_destination_in_one_transaction_gets_452_4_5_3(
        make_gateway: MakeGateway, make_sink: MakeSink) -> None:
    _, port, sink = await relay(make_gateway, make_sink)
    raw = await RawSMTP.connect(port)
    await raw.reply()
    await raw.cmd("EHLO client.test")
    await raw.cmd("MAIL FROM:<a@org.test>")
    assert (await raw.cmd("RCPT TO:<one@dest.test>"))[0] == 250
    assert (await raw.cmd("RCPT TO:<two@DEST.test>"))[0] == 250  # same domain, any case
    code, text = await raw.cmd("RCPT TO:<three@other.test>")
    assert code == 452 and text.startswith("452 4.5.3")
    await raw.cmd("DATA")
    assert (await raw.cmd(b"Subject: t\r\n\r\nhi\r\n."))[0] == 250
    await raw.close()
    assert sink.messages[0].rcpts == ["one@dest.test", "two@DEST.test"]


@pytest.mark.parametrize("length,code", [(998, 250), (999, 500), (5000, 500)])
async def test_line_length_limit(make_gateway: MakeGateway, make_sink: MakeSink,
                                 length: int, code: int) -> None:
    _, port, sink = await relay(make_gateway, make_sink)
    raw = await RawSMTP.connect(port)
    await raw.reply()
    await raw.cmd("EHLO client.test")
    await raw.cmd("MAIL FROM:<a@org.test>")
    await raw.cmd("RCPT TO:<b@dest.test>")
    await raw.cmd("DATA")
    got, _ = await raw.cmd(b"Subject: long\r\n\r\n" + b"y" * length + b"\r\nend\r\n.")
    assert got == code
    # The session stays usable after a refused message.
    assert (await raw.cmd("RSET"))[0] == 250
    await raw.close()
    assert len(sink.messages) == (1 if code == 250 else 0)


async def test_idle_timeout_closes_the_session(make_gateway: MakeGateway,
                                               make_sink: MakeSink) -> None:
    _, port, _ = await relay(make_gateway, make_sink, limits={"idle_timeout": 0.5})
    raw = await RawSMTP.connect(port)
    await raw.reply()
    await raw.cmd("EHLO client.test")
    t0 = time.monotonic()
    assert await raw.closed(timeout=5)
    assert 0.4 < time.monotonic() - t0 < 5


async def test_session_timeout_closes_a_busy_chatty_session(make_gateway: MakeGateway,
                                                            make_sink: MakeSink) -> None:
    _, port, _ = await relay(make_gateway, make_sink,
                             limits={"idle_timeout": 5, "session_timeout": 1.0})
    raw = await RawSMTP.connect(port)
    await raw.reply()
    t0 = time.monotonic()
    code = 250
    while code == 250 and time.monotonic() - t0 < 5:
        code, _ = await raw.cmd("NOOP")  # never idle, but the whole session is capped
        await asyncio.sleep(0.1)
    assert code == 0  # the server closed the connection
    assert 0.9 < time.monotonic() - t0 < 5


async def test_max_connections(make_gateway: MakeGateway, make_sink: MakeSink) -> None:
    _, port, _ = await relay(make_gateway, make_sink, limits={"max_connections": 2})
    first = [await RawSMTP.connect(port) for _ in range(2)]
    for c in first:
        assert (await c.reply())[0] == 220
    extra = await RawSMTP.connect(port)
    code, text = await extra.reply()
    assert code == 421 and "4.7.0" in text
    assert await extra.closed()
    await first[0].cmd("QUIT")
    await first[0].close()
    await asyncio.sleep(0.2)
    again = await RawSMTP.connect(port)
    assert (await again.reply())[0] == 220
    for c in (first[1], again):
        await c.close()


async def test_unknown_client_is_refused_with_554(make_gateway: MakeGateway,
                                                  make_sink: MakeSink) -> None:
    # Listening on 127.0.0.1, allowing only 127.0.0.1: a connection from 127.0.0.2 is unknown.
    _, port, sink = await relay(make_gateway, make_sink, clients=["127.0.0.1/32"])
    raw = await RawSMTP.connect(port, source="127.0.0.2")
    code, text = await raw.reply()
    assert code == 554 and "5.7.1" in text
    assert await raw.closed()
    with pytest.raises(aiosmtplib.SMTPException):
        await aiosmtplib.send(b"Subject: x\r\n\r\nx\r\n", sender="a@org.test",
                              recipients=["b@dest.test"], hostname="127.0.0.1", port=port,
                              source_address=("127.0.0.2", 0), start_tls=False)
    # The allowed address still relays.
    await aiosmtplib.send(b"Subject: x\r\n\r\nx\r\n", sender="a@org.test",
                          recipients=["b@dest.test"], hostname="127.0.0.1", port=port,
                          source_address=("127.0.0.1", 0), start_tls=False)
    assert len(sink.messages) == 1


# --- STARTTLS ------------------------------------------------------------------------------

def _server_cert(test_ca: trustme.CA, tmp_path: Path) -> dict[str, str]:
    leaf = test_ca.issue_cert("gateway.phigate.test")
    cert, key = tmp_path / "gw.crt", tmp_path / "gw.key"
    leaf.private_key_and_cert_chain_pem.write_to_path(str(cert))
    leaf.private_key_pem.write_to_path(str(key))
    return {"cert_file": str(cert), "key_file": str(key)}


async def test_starttls_for_clients(make_gateway: MakeGateway, make_sink: MakeSink,
                                    test_ca: trustme.CA, unknown_ca: trustme.CA,
                                    tmp_path: Path) -> None:
    _, port, sink = await relay(make_gateway, make_sink,
                                tls={**_server_cert(test_ca, tmp_path), "require": True})
    # Without STARTTLS, MAIL is refused when tls.require is on.
    raw = await RawSMTP.connect(port)
    await raw.reply()
    _code, text = await raw.cmd("EHLO client.test")
    assert "STARTTLS" in text
    assert (await raw.cmd("MAIL FROM:<a@org.test>"))[0] == 530
    await raw.close()

    ctx = ssl.create_default_context()
    test_ca.configure_trust(ctx)
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False)
    async with client:
        await client.starttls(server_hostname="gateway.phigate.test", tls_context=ctx)
        version = client.transport.get_extra_info("ssl_object").version()  # type: ignore[union-attr]
        await client.sendmail("a@org.test", ["b@dest.test"], b"Subject: tls\r\n\r\nover tls\r\n")
    assert version in ("TLSv1.2", "TLSv1.3")
    assert sink.messages[0].data == b"Subject: tls\r\n\r\nover tls\r\n"

    # A client that trusts another CA refuses our certificate.
    other = ssl.create_default_context()
    unknown_ca.configure_trust(other)
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False)
    await client.connect()
    with pytest.raises((ssl.SSLError, aiosmtplib.SMTPException)):
        await client.starttls(server_hostname="gateway.phigate.test", tls_context=other)
    client.close()


# --- PIPELINING ----------------------------------------------------------------------------

async def test_pipelining(make_gateway: MakeGateway, make_sink: MakeSink) -> None:
    _, port, sink = await relay(make_gateway, make_sink)
    raw = await RawSMTP.connect(port)
    await raw.reply()
    _code, text = await raw.cmd("EHLO client.test")
    assert "PIPELINING" in text
    # Two whole transactions in a single write (RFC 2920).
    burst = b""
    for n in (1, 2):
        burst += (b"MAIL FROM:<a@org.test>\r\nRCPT TO:<x%d@dest.test>\r\n"
                  b"RCPT TO:<y%d@dest.test>\r\nDATA\r\n" % (n, n))
        burst += b"Subject: p%d\r\n\r\nbody %d\r\n.\r\n" % (n, n)
    await raw.send(burst + b"QUIT\r\n")
    codes = [(await raw.reply())[0] for _ in range(11)]
    assert codes == [250, 250, 250, 354, 250, 250, 250, 250, 354, 250, 221]
    await raw.close()
    assert [m.data for m in sink.messages] == [b"Subject: p1\r\n\r\nbody 1\r\n",
                                               b"Subject: p2\r\n\r\nbody 2\r\n"]


# --- SMTP smuggling ------------------------------------------------------------------------

SMUGGLE_TAILS = [
    b"\n.\n",  # bare LF end-of-data (the classic)
    b"\r\n.\n",  # CRLF . LF
    b"\n.\r\n",  # LF . CRLF
    b"\r.\r\n",  # bare CR
    b"\r\n.\r",  # CRLF . CR
]


@pytest.mark.parametrize("tail", SMUGGLE_TAILS, ids=[repr(t) for t in SMUGGLE_TAILS])
async def test_smuggling_never_splits_a_message(make_gateway: MakeGateway, make_sink: MakeSink,
                                                tail: bytes) -> None:
    _, port, sink = await relay(make_gateway, make_sink)
    raw = await RawSMTP.connect(port)
    await raw.reply()
    await raw.cmd("EHLO client.test")
    await raw.cmd("MAIL FROM:<a@org.test>")
    await raw.cmd("RCPT TO:<b@dest.test>")
    assert (await raw.cmd("DATA"))[0] == 354
    smuggled = (b"MAIL FROM:<admin@org.test>\r\nRCPT TO:<victim@evil.test>\r\nDATA\r\n"
                b"Subject: smuggled\r\n\r\nsmuggled body\r\n")
    await raw.send(b"Subject: cover\r\n\r\ncover body" + tail + smuggled + b".\r\n")
    code, text = await raw.reply()
    # Exactly one reply for the whole thing, and it refuses the message.
    assert code == 550 and "5.6.11" in text, text
    assert (await raw.cmd("NOOP"))[0] == 250  # no stray replies were queued
    await raw.close()
    assert sink.messages == []


async def test_bare_lf_inside_otherwise_valid_message_is_refused(
        make_gateway: MakeGateway, make_sink: MakeSink) -> None:
    _, port, sink = await relay(make_gateway, make_sink)
    raw = await RawSMTP.connect(port)
    await raw.reply()
    await raw.cmd("EHLO client.test")
    await raw.cmd("MAIL FROM:<a@org.test>")
    await raw.cmd("RCPT TO:<b@dest.test>")
    await raw.cmd("DATA")
    code, text = await raw.cmd(b"Subject: x\r\n\r\nline one\nline two\r\n.")
    assert code == 550 and "5.6.11" in text
    await raw.close()
    assert sink.messages == []


async def test_null_sender_bounce_is_relayed(make_gateway: MakeGateway,
                                             make_sink: MakeSink) -> None:
    """Bounces and DSNs (MAIL FROM:<>) must pass; they are how senders learn of failures."""
    _, port, sink = await relay(make_gateway, make_sink)
    raw = await RawSMTP.connect(port)
    await raw.reply()
    await raw.cmd("EHLO client.test")
    assert (await raw.cmd("MAIL FROM:<>"))[0] == 250
    assert (await raw.cmd("RCPT TO:<s@org.test>"))[0] == 250
    await raw.cmd("DATA")
    code, text = await raw.cmd(b"Subject: Undelivered Mail\r\n\r\nbounce\r\n.")
    assert code == 250, text
    await raw.close()
    assert sink.messages[0].mail_from in ("", "<>")
    assert sink.messages[0].rcpts == ["s@org.test"]
