"""Serving: TLS with Secure __Host- cookies and HSTS; plain HTTP refused off loopback."""

from __future__ import annotations

import os
import ssl
from pathlib import Path

import aiohttp
import pytest
import trustme
from pydantic import ValidationError

from gateway.audit.log import AuditLog
from gateway.config import GatewayConfig, load_config
from gateway.console.server import ConsoleServer, is_loopback
from gateway.yamlcheck import ConfigError


@pytest.mark.parametrize("listen", ["0.0.0.0:8025", "192.0.2.1:8025", "[::]:8025",
                                    "console.example:8025"])
def test_plain_http_off_loopback_is_refused(listen: str) -> None:
    with pytest.raises(ValidationError, match="plain HTTP is refused"):
        GatewayConfig.model_validate({"console": {"listen": listen}})


def test_refusal_names_the_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "gw.yaml"
    p.write_text("state_dir: var\nconsole:\n  enabled: true\n  listen: 0.0.0.0:8025\n")
    with pytest.raises(ConfigError) as exc:
        load_config(p)
    assert f"{p}:2: console: " in exc.value.errors[0]


def test_loopback_and_tls_are_accepted(tmp_path: Path) -> None:
    for listen in ("127.0.0.1:8025", "[::1]:8025", "localhost:8025"):
        GatewayConfig.model_validate({"console": {"listen": listen}})
    GatewayConfig.model_validate({"console": {"listen": "0.0.0.0:8443", "cert_file": "c.pem",
                                              "key_file": "k.pem"}})
    assert is_loopback("127.0.0.2") and not is_loopback("10.0.0.1")


async def test_tls_console_sets_secure_host_cookie_and_hsts(tmp_path: Path,
                                                            test_ca: trustme.CA) -> None:
    cert = test_ca.issue_cert("127.0.0.1")
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.cert_chain_pems[0].write_to_path(str(cert_file))
    cert.private_key_pem.write_to_path(str(key_file))
    config = GatewayConfig.model_validate({
        "state_dir": str(tmp_path / "var"),
        "console": {"enabled": True, "listen": "127.0.0.1:0", "cert_file": str(cert_file),
                    "key_file": str(key_file)}})
    audit = AuditLog(config.state_dir, os.urandom(32))
    server = ConsoleServer(config, audit=audit)
    await server.start()
    try:
        assert server.url.startswith("https://127.0.0.1:")
        ctx = ssl.create_default_context()
        test_ca.configure_trust(ctx)
        async with aiohttp.ClientSession() as s:
            async with s.get(f"{server.url}/login", ssl=ctx) as r:
                assert r.status == 200
                cookie = r.headers["Set-Cookie"]
                assert cookie.startswith("__Host-phigate=")
                assert "Secure" in cookie and "HttpOnly" in cookie and "Path=/" in cookie
                assert r.headers["Strict-Transport-Security"].startswith("max-age=")
                assert "No accounts yet" in await r.text()
            with pytest.raises(aiohttp.ClientError):
                await s.get(f"{server.url.replace('https', 'http')}/login")
    finally:
        await server.stop()
        audit.close()
