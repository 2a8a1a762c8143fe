"""swaks (a real, independent SMTP client) -> gateway -> sink."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
import trustme

from gateway.app import Gateway
from tests.helpers.sink import Sink

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(shutil.which("swaks") is None, reason="swaks is not installed"),
]

MakeGateway = Callable[..., Awaitable[tuple[Gateway, int]]]
MakeSink = Callable[..., Awaitable[Sink]]


async def swaks(port: int, *args: str) -> tuple[int, str]:
    proc = await asyncio.create_subprocess_exec(
        "swaks", "--server", "127.0.0.1", "--port", str(port), "--from", "a@org.test",
        "--helo", "client.test", "--timeout", "20", *args,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode is not None
    return proc.returncode, out.decode("utf-8", "replace")


async def start(make_gateway: MakeGateway, make_sink: MakeSink, **kw: object) -> tuple[int, Sink]:
    sink = await make_sink()
    _, port = await make_gateway(delivery={"smarthost": sink.hostport, "tls": "none"}, **kw)
    return port, sink


async def test_swaks_relays_8bit_data_byte_identical(make_gateway: MakeGateway,
                                                     make_sink: MakeSink, tmp_path: Path) -> None:
    port, sink = await start(make_gateway, make_sink)
    data = (b"From: a@org.test\r\nTo: b@dest.test\r\nSubject: swaks 8bit\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
            b"caf\xc3\xa9 \xe2\x98\x83 raw \xff octet\r\n.dot line\r\n")
    # --no-data-fixup: swaks sends the file as is, so it carries the dot-stuffing and the end.
    wire = data.replace(b"\r\n.", b"\r\n..") + b".\r\n"
    (tmp_path / "msg.eml").write_bytes(wire)
    rc, out = await swaks(port, "--to", "b@dest.test", "--data", "@" + str(tmp_path / "msg.eml"),
                          "--no-data-fixup")
    assert rc == 0, out
    assert "250 2.0.0 Ok: queued as" in out
    assert len(sink.messages) == 1
    assert sink.messages[0].data == data


async def test_swaks_pipelining(make_gateway: MakeGateway, make_sink: MakeSink) -> None:
    port, sink = await start(make_gateway, make_sink)
    rc, out = await swaks(port, "--pipeline", "--to", "x@dest.test,y@dest.test",
                          "--body", "pipelined")
    assert rc == 0, out
    assert sink.messages[0].rcpts == ["x@dest.test", "y@dest.test"]


async def test_swaks_second_domain_is_deferred_with_452(make_gateway: MakeGateway,
                                                        make_sink: MakeSink) -> None:
    port, sink = await start(make_gateway, make_sink)
    rc, out = await swaks(port, "--to", "x@dest.test,y@other.test", "--body", "two domains")
    assert "452 4.5.3" in out
    assert rc == 0, out  # the transaction still goes through for the first destination
    assert sink.messages[0].rcpts == ["x@dest.test"]


async def test_swaks_from_unknown_address_gets_554(make_gateway: MakeGateway,
                                                   make_sink: MakeSink) -> None:
    port, sink = await start(make_gateway, make_sink, clients=["127.0.0.1/32"])
    rc, out = await swaks(port, "--local-interface", "127.0.0.2", "--to", "b@dest.test")
    assert rc != 0
    assert "554 5.7.1" in out
    assert sink.messages == []


async def test_swaks_starttls_verified(make_gateway: MakeGateway, make_sink: MakeSink,
                                       test_ca: trustme.CA, ca_file: Path,
                                       tmp_path: Path) -> None:
    leaf = test_ca.issue_cert("gateway.phigate.test")
    cert, key = tmp_path / "gw.crt", tmp_path / "gw.key"
    leaf.private_key_and_cert_chain_pem.write_to_path(str(cert))
    leaf.private_key_pem.write_to_path(str(key))
    port, sink = await start(make_gateway, make_sink,
                             tls={"cert_file": str(cert), "key_file": str(key), "require": True})
    rc, out = await swaks(port, "--to", "b@dest.test", "--tls", "--tls-verify",
                          "--tls-ca-path", str(ca_file), "--tls-sni", "gateway.phigate.test",
                          "--body", "over tls")
    assert rc == 0, out
    assert sink.messages and b"over tls" in sink.messages[0].data
    # Without STARTTLS the gateway refuses MAIL (tls.require).
    rc, out = await swaks(port, "--to", "b@dest.test")
    assert rc != 0 and "530" in out
    assert len(sink.messages) == 1
