"""SMTP AUTH at the edge: argon2 users file, only after STARTTLS, required when configured."""

from __future__ import annotations

import asyncio
import shutil
import ssl
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiosmtplib
import pytest
import trustme

from gateway.app import Gateway
from gateway.smtp.users import set_user
from tests.helpers.sink import Sink
from tests.integration.harness.rawsmtp import RawSMTP

pytestmark = pytest.mark.integration

MakeGateway = Callable[..., Awaitable[tuple[Gateway, int]]]
MakeSink = Callable[..., Awaitable[Sink]]
MSG = b"Subject: auth\r\n\r\nauthenticated relay\r\n"


async def auth_gateway(make_gateway: MakeGateway, make_sink: MakeSink, test_ca: trustme.CA,
                       tmp_path: Path, **auth: Any) -> tuple[int, Sink, Path]:
    leaf = test_ca.issue_cert("gateway.phigate.test")
    cert, key = tmp_path / "gw.crt", tmp_path / "gw.key"
    leaf.private_key_and_cert_chain_pem.write_to_path(str(cert))
    leaf.private_key_pem.write_to_path(str(key))
    users = tmp_path / "smtp-users.yaml"
    set_user(users, "relay", "correct horse")
    sink = await make_sink()
    _, port = await make_gateway(
        delivery={"smarthost": sink.hostport, "tls": "none"},
        tls={"cert_file": str(cert), "key_file": str(key)},
        auth={"enabled": True, "users_file": str(users), **auth},
    )
    return port, sink, users


def client_ctx(test_ca: trustme.CA) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    test_ca.configure_trust(ctx)
    return ctx


async def login_and_send(port: int, ctx: ssl.SSLContext, user: str, password: str) -> int:
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False)
    async with client:
        await client.starttls(server_hostname="gateway.phigate.test", tls_context=ctx)
        try:
            await client.login(user, password)
        except aiosmtplib.SMTPAuthenticationError as exc:
            return exc.code
        await client.sendmail("a@org.test", ["b@dest.test"], MSG)
    return 250


async def test_auth_required(make_gateway: MakeGateway, make_sink: MakeSink,
                             test_ca: trustme.CA, tmp_path: Path) -> None:
    port, sink, users = await auth_gateway(make_gateway, make_sink, test_ca, tmp_path,
                                           required=True)
    ctx = client_ctx(test_ca)
    # Before STARTTLS, AUTH is neither offered nor accepted (credentials never go in clear).
    raw = await RawSMTP.connect(port)
    await raw.reply()
    _, ehlo = await raw.cmd("EHLO client.test")
    assert "AUTH" not in ehlo
    assert (await raw.cmd("AUTH PLAIN AHJlbGF5AGNvcnJlY3QgaG9yc2U="))[0] == 538
    assert (await raw.cmd("MAIL FROM:<a@org.test>"))[0] == 530
    await raw.close()

    assert await login_and_send(port, ctx, "relay", "wrong") == 535
    assert await login_and_send(port, ctx, "nobody", "correct horse") == 535
    assert await login_and_send(port, ctx, "relay", "correct horse") == 250
    assert [m.data for m in sink.messages] == [MSG]
    assert sink.messages[0].encrypted is False  # the sink hop is plain here; inbound was TLS

    # A user added while running works at once (the file is re-read when it changes).
    await asyncio.to_thread(set_user, users, "second", "other pass")
    assert await login_and_send(port, ctx, "second", "other pass") == 250


async def test_auth_login_mechanism(make_gateway: MakeGateway, make_sink: MakeSink,
                                    test_ca: trustme.CA, tmp_path: Path) -> None:
    port, _, _ = await auth_gateway(make_gateway, make_sink, test_ca, tmp_path)
    raw = await RawSMTP.connect(port)
    await raw.reply()
    await raw.cmd("EHLO client.test")
    assert (await raw.cmd("STARTTLS"))[0] == 220
    await raw.starttls(client_ctx(test_ca), "gateway.phigate.test")
    _, ehlo = await raw.cmd("EHLO client.test")
    assert "AUTH LOGIN PLAIN" in ehlo
    assert (await raw.cmd("AUTH LOGIN"))[0] == 334
    assert (await raw.cmd("cmVsYXk="))[0] == 334  # relay
    assert (await raw.cmd("Y29ycmVjdCBob3JzZQ=="))[0] == 235  # correct horse
    await raw.close()


async def test_auth_not_offered_when_disabled(make_gateway: MakeGateway, make_sink: MakeSink,
                                              test_ca: trustme.CA, tmp_path: Path) -> None:
    leaf = test_ca.issue_cert("gateway.phigate.test")
    cert, key = tmp_path / "gw.crt", tmp_path / "gw.key"
    leaf.private_key_and_cert_chain_pem.write_to_path(str(cert))
    leaf.private_key_pem.write_to_path(str(key))
    sink = await make_sink()
    _, port = await make_gateway(delivery={"smarthost": sink.hostport, "tls": "none"},
                                 tls={"cert_file": str(cert), "key_file": str(key)})
    raw = await RawSMTP.connect(port)
    await raw.reply()
    await raw.cmd("EHLO client.test")
    await raw.cmd("STARTTLS")
    await raw.starttls(client_ctx(test_ca), "gateway.phigate.test")
    _, ehlo = await raw.cmd("EHLO client.test")
    assert "AUTH" not in ehlo
    await raw.close()


@pytest.mark.skipif(shutil.which("swaks") is None, reason="swaks is not installed")
async def test_swaks_auth_plain(make_gateway: MakeGateway, make_sink: MakeSink,
                                test_ca: trustme.CA, tmp_path: Path, ca_file: Path) -> None:
    port, sink, _ = await auth_gateway(make_gateway, make_sink, test_ca, tmp_path,
                                       required=True)
    proc = await asyncio.create_subprocess_exec(
        "swaks", "--server", "127.0.0.1", "--port", str(port), "--from", "a@org.test",
        "--to", "b@dest.test", "--tls", "--tls-verify", "--tls-ca-path", str(ca_file),
        "--tls-sni", "gateway.phigate.test", "--auth", "PLAIN", "--auth-user", "relay",
        "--auth-password", "correct horse", "--body", "via swaks auth",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, out.decode()
    assert b"235 2.7.0" in out
    assert len(sink.messages) == 1
