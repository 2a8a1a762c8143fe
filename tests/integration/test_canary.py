"""Canary: distinctive fake PHI goes through the whole gateway and must show up nowhere it
should not.

A message carrying a unique patient name, a valid-format fake SSN, an MRN with a unique token
and a date of birth is sent over SMTP to the real gateway (real scanner, default policy), is
quarantined, viewed, unmasked and released by a reviewer through the console over HTTP, and
the reviewer digest is mailed. Then every file the gateway wrote (log file, audit SQLite
bytes and WAL, quarantine database and its encrypted data files, users database, keys),
every log record captured in-process, the sender notices and the digest mail, the pages an
auditor sees, and everything the SIEM received over syslog/TLS are searched for the canary
strings: zero hits. (There is no metrics endpoint to search yet.)
"""

from __future__ import annotations

import asyncio
import logging
import re
import ssl
import time
from pathlib import Path

import aiohttp
import pyotp
import pytest
import trustme

from gateway import logs
from gateway.commands.console import _digest
from gateway.quarantine.store import QuarantineStatus
from tests.helpers.sink import Sink
from tests.integration.console.world import (
    CANARIES,
    CANARY_SSN,
    PASSWORD,
    SENDER,
    World,
    phi_message,
    start_world,
)

pytestmark = pytest.mark.integration

RCPT = "claims@insurer.example"
OTHER = "billing@other-payer.example"
CSRF_RE = re.compile(r'name="csrf" value="([^"]+)"')


class SiemReceiver:
    """A syslog-over-TLS listener that keeps every byte it receives."""

    def __init__(self, cert: trustme.LeafCert) -> None:
        self.ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert.configure_cert(self.ctx)
        self.data = bytearray()
        self.server: asyncio.base_events.Server | None = None
        self.port = 0

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while chunk := await reader.read(65536):
                self.data += chunk
        except (ConnectionError, ssl.SSLError):
            pass
        finally:
            writer.close()

    async def start(self) -> SiemReceiver:
        self.server = await asyncio.start_server(self._client, "127.0.0.1", 0, ssl=self.ctx)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()


def hits(blob: bytes) -> list[str]:
    low = blob.lower()
    return [c for c in CANARIES if c.lower().encode() in low
            or c.lower().encode("utf-16-le") in low]


async def console_login(session: aiohttp.ClientSession, base: str, name: str,
                        secret: str) -> str:
    r = await session.get(f"{base}/login")
    token = CSRF_RE.search(await r.text()).group(1)  # type: ignore[union-attr]
    r = await session.post(f"{base}/login", data={"csrf": token, "username": name,
                                                  "password": PASSWORD})
    token = CSRF_RE.search(await r.text()).group(1)  # type: ignore[union-attr]
    r = await session.post(f"{base}/login/totp",
                           data={"csrf": token, "code": pyotp.TOTP(secret).now()})
    assert r.status == 200 and str(r.url).endswith("/"), r.url
    return CSRF_RE.search(await r.text()).group(1)  # type: ignore[union-attr]


async def test_canary_phi_leaks_nowhere(tmp_path: Path, make_sink: object, test_ca: trustme.CA,
                                        ca_file: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    siem = await SiemReceiver(test_ca.issue_cert("127.0.0.1")).start()
    sink: Sink = await make_sink()  # type: ignore[operator]
    world: World | None = None
    try:
        world = await start_world(
            tmp_path, sink, {"rev": "reviewer", "aud": "auditor"},
            audit={"siem": {"host": "127.0.0.1", "port": siem.port, "ca_file": str(ca_file)}})
        # logs.setup replaced the root handlers; keep pytest's capture handler as well
        logs.setup("INFO", "json", tmp_path / "gateway.log")
        logging.getLogger().addHandler(caplog.handler)

        await world.send(phi_message(RCPT), RCPT)
        await world.send(phi_message(OTHER, "2"), OTHER)  # stays held, for the digest
        by_rcpt = {h.rcpts[0]: h for h in await world.wait_held(2)}
        held, waiting = by_rcpt[RCPT], by_rcpt[OTHER]
        base = world.console_url
        jar = aiohttp.CookieJar(unsafe=True)
        async with aiohttp.ClientSession(cookie_jar=jar) as s:
            csrf = await console_login(s, base, "rev", world.secrets["rev"])
            page = await (await s.get(f"{base}/q/{held.id}")).text()
            assert "<mark" in page and CANARY_SSN not in page
            page = await (await s.post(f"{base}/q/{held.id}/unmask",
                                       data={"csrf": csrf})).text()
            assert CANARY_SSN in page  # the reviewer does see it, on purpose
            r = await s.post(f"{base}/q/{held.id}/act", data={"csrf": csrf, "action": "release"})
            assert r.status == 200 and "done=release" in str(r.url)

        # the auditor's pages carry no content
        auditor_pages = b""
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as s:
            await console_login(s, base, "aud", world.secrets["aud"])
            for path in ("/", "/queue?status=", f"/q/{held.id}", "/audit"):
                r = await s.get(f"{base}{path}")
                assert r.status == 200, path
                auditor_pages += await r.read()

        deadline = time.monotonic() + 30
        while world.gateway.quarantine_store.get(held.id).status is not QuarantineStatus.RELEASED:
            assert time.monotonic() < deadline, "release did not complete"
            await asyncio.sleep(0.1)
        assert await _digest(world.gateway.config, send=True) == 0

        # wait for the SIEM to have everything written so far
        tasks = world.gateway.audit_tasks
        assert tasks is not None and tasks.forwarder is not None
        head, _ = world.gateway.audit.head()
        deadline = time.monotonic() + 20
        while tasks.forwarder.cursor < head:
            assert time.monotonic() < deadline, "SIEM did not catch up"
            await asyncio.sleep(0.1)
        await asyncio.sleep(0.3)
    finally:
        if world is not None:
            await world.gateway.stop()
        logs.shutdown()
        logging.getLogger().removeHandler(caplog.handler)
        await siem.stop()

    # -- the delivery really carried the canary (so its absence elsewhere means something)
    released = [m for m in sink.messages if m.rcpts == [RCPT]]
    assert len(released) == 1 and hits(released[0].data) != []
    notices = [m for m in sink.messages if m.rcpts == [SENDER]]
    digests = [m for m in sink.messages if m.rcpts and m.rcpts[0].startswith("rev@")]
    assert notices, "the policy notifies the sender"
    assert len(digests) == 1 and waiting.id.encode() in digests[0].data
    assert b"1 message waiting" in digests[0].data

    findings: dict[str, list[str]] = {}
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "audit.db" for p in files)
    assert any(p.suffix == ".bin" for p in files), "quarantine data files"
    assert (tmp_path / "gateway.log").stat().st_size > 0
    for p in files:
        found = hits(p.read_bytes())
        if found:
            findings[str(p.relative_to(tmp_path))] = found
    for i, m in enumerate(notices + digests):
        if found := hits(m.data):
            findings[f"mail #{i} to {m.rcpts}"] = found
    if found := hits(caplog.text.encode()):
        findings["captured log records"] = found
    if found := hits(bytes(siem.data)):
        findings["SIEM stream"] = found
    if found := hits(auditor_pages):
        findings["auditor pages"] = found
    assert len(siem.data) > 1000, "the SIEM received the audit trail"
    assert findings == {}, findings

    # the quarantined bytes are encrypted: not even the envelope is readable there
    for p in files:
        if p.suffix == ".bin":
            raw = p.read_bytes()
            assert b"clinic.example" not in raw and b"Subject" not in raw, p
