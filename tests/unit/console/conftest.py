"""A console on a real loopback socket (aiohttp TestServer) over real stores in tmp_path."""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyotp
import pytest
from aiohttp.test_utils import TestClient, TestServer
from argon2 import PasswordHasher

from gateway.audit.log import AuditLog
from gateway.config import GatewayConfig
from gateway.console.users import UserStore
from gateway.console.web import Console, build_app
from gateway.delivery.router import Router
from gateway.detect.pool import ScanResult
from gateway.detect.types import Finding, Verdict
from gateway.extract.types import Attachment, AttachmentStatus, Headers, Segment
from gateway.quarantine.keys import KeyRing
from gateway.quarantine.service import QuarantineService
from gateway.quarantine.store import HeldMessage, QuarantineStore

PASSWORD = "correct horse battery"
CSRF_RE = re.compile(r'name="csrf" value="([^"]+)"')

BODY = ("Hello, patient Zebulon Quaxmire (MRN QX-775511) was admitted with pneumonia.\n"
        "SSN 219-09-9999 on file.\n")


def fast_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)


def sample_scan() -> ScanResult:
    """A scan result as the detector produces it (real types, offsets into BODY)."""
    def span(needle: str) -> tuple[int, int]:
        i = BODY.index(needle)
        return i, i + len(needle)

    findings = (*(
        Finding(entity=e, category=c, part="body", start=s, end=t, score=0.9, recognizer=r)
        for e, c, (s, t), r in (
            ("PERSON", "identifier", span("Zebulon Quaxmire"), "spacy"),
            ("MRN", "identifier", span("QX-775511"), "MrnRecognizer"),
            ("CONDITION", "health", span("pneumonia"), "HealthLexicon"),
            ("US_SSN", "identifier", span("219-09-9999"), "SsnRecognizer"),
        )
    ), Finding("PERSON", "identifier", "attachment:labs.csv", 0, 8, 0.8, "spacy"))
    verdict = Verdict(phi=True, score=0.97, findings=findings,
                      evidence=("identifier tied to health information in the body",))
    headers = Headers(subject="Update", from_="dr@example.org", to=("x@partner.test",), cc=(),
                      message_id="<1@example.org>", date="", raw=())
    segments = (Segment("subject", "Update", "subject", "text"),
                Segment("body", BODY, "body", "text"),
                Segment("attachment:labs.csv", "Zebulon, 7.2", "attachment", "csv"))
    attachments = (Attachment("attachment:labs.csv", "labs.csv", "text/csv", 120,
                              AttachmentStatus.OK, ""),)
    return ScanResult(verdict=verdict, headers=headers, segments=segments,
                      attachments=attachments, healthcare_docs=(), truncated=False,
                      elapsed_ms=1.0)


RAW = (b"From: dr@example.org\r\nTo: x@partner.test\r\nSubject: Update\r\n\r\n"
       + BODY.replace("\n", "\r\n").encode())


@dataclass
class Env:
    config: GatewayConfig
    users: UserStore
    audit: AuditLog
    store: QuarantineStore
    service: QuarantineService
    console: Console
    server: TestServer
    tmp: Path

    def hold(self, **kw: Any) -> HeldMessage:
        args: dict[str, Any] = dict(queue_id="Q1", mail_from="dr@example.org",
                                    rcpts=("x@partner.test",), data=RAW, rule="phi-external",
                                    reason="PHI to an external recipient",
                                    policy_version="test-1", scan=sample_scan())
        args.update(kw)
        return self.store.hold(**args)

    def add_user(self, name: str, role: str, *, mfa: bool = True) -> str | None:
        _, secret = self.users.add(name, role, PASSWORD, mfa=mfa)
        return secret

    def client(self) -> TestClient:
        return TestClient(self.server)


@pytest.fixture
async def env(tmp_path: Path) -> AsyncIterator[Env]:
    config = GatewayConfig.model_validate({
        "state_dir": str(tmp_path / "var"),
        "delivery": {"smarthost": "127.0.0.1:9"},
        "console": {"enabled": True, "listen": "127.0.0.1:0", "login_max_failures": 5},
    })
    state = config.state_dir
    users = UserStore(state / "users.db", hasher=fast_hasher())
    audit = AuditLog(state, os.urandom(32))
    store = QuarantineStore(state, KeyRing.single(os.urandom(32)))
    router = Router(config.delivery)
    service = QuarantineService(store, router, audit, config)
    console = Console(config=config, users=users, audit=audit, store=store, service=service)
    server = TestServer(build_app(console), host="127.0.0.1", port=0)
    await server.start_server()
    yield Env(config, users, audit, store, service, console, server, tmp_path)
    await server.close()
    await router.close()
    store.close()
    audit.close()


def csrf_of(html: str) -> str:
    m = CSRF_RE.search(html)
    assert m, "no CSRF token in the page"
    return m.group(1)


async def login(client: TestClient, name: str, secret: str | None,
                password: str = PASSWORD) -> str:
    """Log in through the forms; returns the CSRF token of the logged-in session."""
    r = await client.get("/login")
    token = csrf_of(await r.text())
    r = await client.post("/login", data={"csrf": token, "username": name,
                                          "password": password}, allow_redirects=False)
    assert r.status == 303, await r.text()
    if secret is not None:
        assert r.headers["Location"] == "/login/totp"
        r = await client.get("/login/totp")
        token = csrf_of(await r.text())
        r = await client.post("/login/totp", data={"csrf": token,
                                                   "code": pyotp.TOTP(secret).now()},
                              allow_redirects=False)
        assert r.status == 303, await r.text()
    assert r.headers["Location"] == "/"
    r = await client.get("/")
    assert r.status == 200
    return csrf_of(await r.text())
