"""``phigate user ...`` against a running console: disable ends sessions at once, reset-mfa
forces a new enrolment, list shows the accounts; ``phigate console digest`` prints."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from pathlib import Path

import aiohttp
import pyotp
import pytest
import yaml

from gateway.audit.log import AuditLog
from gateway.config import load_config
from gateway.console.server import ConsoleServer

from .world import PASSWORD, ROOT, add_user

pytestmark = pytest.mark.integration
CSRF_RE = re.compile(r'name="csrf" value="([^"]+)"')


def phigate(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gateway.cli", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)


async def _login(s: aiohttp.ClientSession, base: str, name: str) -> aiohttp.ClientResponse:
    r = await s.get(f"{base}/login")
    token = CSRF_RE.search(await r.text()).group(1)  # type: ignore[union-attr]
    return await s.post(f"{base}/login", data={"csrf": token, "username": name,
                                                "password": PASSWORD})


async def test_user_commands_against_a_running_console(tmp_path: Path) -> None:
    cfg = tmp_path / "gw.yaml"
    cfg.write_text(yaml.safe_dump({"state_dir": str(tmp_path / "var"),
                                   "console": {"enabled": True, "listen": "127.0.0.1:0"}}))
    secret = await asyncio.to_thread(add_user, cfg, "olga", "reviewer")
    r = phigate("user", "--config", str(cfg), "add", "olga", "--role", "reviewer",
                "--password-stdin", stdin=PASSWORD + "\n")
    assert r.returncode == 1 and "already exists" in r.stderr
    r = phigate("user", "--config", str(cfg), "add", "weak", "--role", "auditor",
                "--password-stdin", stdin="short\n")
    assert r.returncode == 1 and "at least 12" in r.stderr

    config = load_config(cfg)
    audit = AuditLog.open(config.state_dir)
    server = ConsoleServer(config, audit=audit)
    await server.start()
    base = server.url
    try:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as s:
            r1 = await _login(s, base, "olga")
            token = CSRF_RE.search(await r1.text()).group(1)  # type: ignore[union-attr]
            r1 = await s.post(f"{base}/login/totp",
                              data={"csrf": token, "code": pyotp.TOTP(secret).now()})
            assert str(r1.url) == f"{base}/"
            assert (await s.get(f"{base}/queue", allow_redirects=False)).status != 303

            out = await asyncio.to_thread(phigate, "user", "--config", str(cfg), "disable",
                                          "olga")
            assert out.returncode == 0 and "1 session(s) ended" in out.stdout
            r2 = await s.get(f"{base}/queue", allow_redirects=False)
            assert r2.status == 303 and r2.headers["Location"].startswith("/login")
            r3 = await _login(s, base, "olga")
            assert r3.status == 401  # disabled: the right password does not get in

            out = await asyncio.to_thread(phigate, "user", "--config", str(cfg), "enable", "olga")
            assert out.returncode == 0
            out = await asyncio.to_thread(phigate, "user", "--config", str(cfg), "reset-mfa",
                                          "olga")
            assert out.returncode == 0
            r4 = await _login(s, base, "olga")
            assert str(r4.url) == f"{base}/enrol"  # reviewers need MFA: enrol again first
    finally:
        await server.stop()

    out = phigate("user", "--config", str(cfg), "list")
    assert out.returncode == 0 and re.search(r"olga\s+reviewer\s+no\s+active", out.stdout)
    kinds = [(r.kind, r.actor, r.fields.get("user")) for r in audit.records()]
    assert any(k == "user_disable" and a.startswith("cli:") and u == "olga"
               for k, a, u in kinds)
    assert any(k == "mfa_reset" and a.startswith("cli:") for k, a, _ in kinds)
    audit.close()
    out = phigate("console", "--config", str(cfg), "digest")
    assert out.returncode == 1 and "quarantine key" in out.stderr  # no gateway ran here
