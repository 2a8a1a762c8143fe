"""End to end over SMTP: client -> gateway (real ScanPool + detector, policy) -> TLS sinks for
direct delivery and for a fake encryption provider; quarantine, restart, reload."""

from __future__ import annotations

import asyncio
import email
from collections.abc import Awaitable, Callable
from email import policy as email_policy
from pathlib import Path
from typing import Any

import aiosmtplib
import pytest
import trustme

from gateway.app import Gateway
from tests.helpers.sink import Sink, server_context

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[3]
MakeGateway = Callable[..., Awaitable[tuple[Gateway, int]]]
MakeSink = Callable[..., Awaitable[Sink]]

SENDER = "ana.ruiz@riverside-clinic.org"
BODY = ("Patient Ingrid Solberg (MRN 4481923, DOB 03/14/1961) was admitted with pneumonia\r\n"
        "and started on ceftriaxone 1 g IV daily. HbA1c 8.2%.\r\n")


def message(to: str, subject: str = "Follow-up", body: str = BODY,
            sender: str = SENDER, ctype: str = "text/plain; charset=us-ascii") -> bytes:
    return (f"From: Dr Ana Ruiz <{sender}>\r\nTo: {to}\r\nSubject: {subject}\r\n"
            f"Message-ID: <{abs(hash((to, subject, body)))}@riverside-clinic.org>\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: {ctype}\r\n\r\n{body}").encode()


CLEAN = message("b@example.com", "Lunch on Friday",
                "Shall we meet at noon at the usual place? The team meeting moved to 3pm.\r\n")
MARKETING = message(
    "fan@example.com", "Spring newsletter",
    '<html><body><p>Our new parking garage opens in May. Join our 5k fun run!</p>'
    '<img src="https://cdn.riverside-clinic.org/logo.png" width="200">'
    '<img src="https://t.riverside-clinic.org/o.gif" width="1" height="1"></body></html>\r\n',
    sender="news@news.riverside-clinic.org", ctype="text/html; charset=utf-8")

POLICY = """version: 1
name: e2e
tls_fallback: {{type: encrypt, provider: portal}}
lists:
  internal_domains: [riverside-clinic.org]
  partners:
    - {{name: valley-lab, domains: [valleylab.com], baa_expires: 2099-12-31}}
    - {{name: old-billing, domains: [oldbilling.com], baa_expires: 2020-01-31}}
  sender_groups:
    marketing: ["@news.riverside-clinic.org"]
providers:
  portal:
    host: 127.0.0.1
    port: {portal_port}
    tls: verify
    trigger: {{header: X-Encrypt, value: "yes"}}
notify:
  officer: privacy@riverside-clinic.org
  from: phigate@riverside-clinic.org
rules:
  - name: phi-in-subject
    description: PHI in the subject is replaced by a neutral subject
    when: {{phi: true, found_in: [subject]}}
    modifiers: {{rewrite_subject: {{subject: "Secure message"}}}}
    continue: true
  - name: marketing
    description: Marketing mail loses its trackers
    when: {{sender_group: [marketing], phi: false}}
    action: {{type: deliver}}
    modifiers: {{strip_tracking: true}}
  - name: partner-with-baa
    description: PHI to a partner with a BAA in force over verified TLS
    when: {{phi: true, recipient_in: [partner]}}
    action: {{type: deliver, tls: verify}}
    modifiers: {{tag: true}}
  - name: partner-baa-expired
    description: BAA expired, PHI goes through the encryption portal
    when: {{phi: true, recipient_in: [partner_expired]}}
    action: {{type: encrypt, provider: portal}}
  - name: phi-to-webmail
    description: PHI to a personal mailbox goes through the encryption portal
    when: {{phi: true, recipient_in: [webmail]}}
    action: {{type: encrypt, provider: portal}}
  - name: phi-external
    description: PHI to others is refused with advice
    when: {{phi: true, recipient_in: [external]}}
    action:
      type: reject
      text: "Message contains patient information; add [secure] to the subject"
  - name: clean
    description: No PHI
    when: {{phi: false}}
    action: {{type: deliver}}
"""


async def send(port: int, rcpts: list[str], data: bytes,
               sender: str = SENDER) -> tuple[int, str]:
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False, timeout=60)
    async with client:
        await client.mail(sender)
        for r in rcpts:
            await client.rcpt(r)
        try:
            resp = await client.data(data)
        except aiosmtplib.SMTPResponseException as exc:
            return exc.code, exc.message
        return resp.code, resp.message


def parsed(data: bytes) -> email.message.EmailMessage:
    msg = email.message_from_bytes(data, policy=email_policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


@pytest.fixture
def tls_ctx(test_ca: trustme.CA) -> Any:
    return server_context(test_ca.issue_cert("127.0.0.1", "localhost"))


async def start(make_gateway: MakeGateway, make_sink: MakeSink, tls_ctx: Any, ca_file: Path,
                policy_text: str | None, tmp_path: Path, **extra: Any,
                ) -> tuple[Gateway, int, Sink, Sink, Path]:
    direct = await make_sink(tls_context=tls_ctx)
    portal = await make_sink(tls_context=tls_ctx)
    policy_path = tmp_path / "policy.yaml"
    if policy_text is not None:
        policy_path.write_text(policy_text.format(portal_port=portal.port), encoding="utf-8")
    gw, port = await make_gateway(
        hostname="gw.test", policy=str(policy_path),
        delivery={"smarthost": direct.hostport, "tls": "opportunistic", "ca_file": str(ca_file)},
        scan={"enabled": True, "workers": 1, "timeout": 60}, **extra)
    return gw, port, direct, portal, policy_path


async def test_policy_decisions_over_smtp(make_gateway: MakeGateway, make_sink: MakeSink,
                                          tls_ctx: Any, ca_file: Path, tmp_path: Path) -> None:
    gw, port, direct, portal, _ = await start(make_gateway, make_sink, tls_ctx, ca_file, POLICY,
                                              tmp_path)

    # PHI to a partner with a valid BAA: delivered directly over (verified) TLS, tagged.
    code, _ = await send(port, ["results@valleylab.com"], message("results@valleylab.com"))
    assert code == 250
    assert len(direct.messages) == 1 and not portal.messages
    got = direct.messages[0]
    assert got.encrypted and got.rcpts == ["results@valleylab.com"]
    hdr = parsed(got.data)
    assert hdr["X-PHI-Verdict"] == "phi" and "MRN" in hdr["X-PHI-Entities"]
    assert len(hdr["X-PHI-Policy"]) == 12
    assert "4481923" not in hdr["X-PHI-Entities"]

    # The same PHI to a partner whose BAA expired: encryption provider, with its trigger.
    code, _ = await send(port, ["billing@oldbilling.com"], message("billing@oldbilling.com"))
    assert code == 250
    assert len(portal.messages) == 1 and len(direct.messages) == 1
    assert portal.messages[0].encrypted
    assert parsed(portal.messages[0].data)["X-Encrypt"] == "yes"

    # PHI to a personal webmail mailbox: encrypted through the portal.
    code, _ = await send(port, ["ingrid.s@gmail.com"], message("ingrid.s@gmail.com"))
    assert code == 250 and len(portal.messages) == 2
    assert portal.messages[1].rcpts == ["ingrid.s@gmail.com"]

    # PHI in the subject: rewritten; the original subject travels in a body part.
    subject = "Ingrid Solberg MRN 4481923 pneumonia admission"
    code, _ = await send(port, ["results@valleylab.com"],
                         message("results@valleylab.com", subject=subject))
    assert code == 250 and len(direct.messages) == 2
    out = parsed(direct.messages[1].data)
    assert out["Subject"] == "Secure message"
    first = next(p for p in out.walk() if not p.is_multipart())
    assert first.get_content().strip() == f"Original subject: {subject}"
    assert b"4481923" not in direct.messages[1].data.split(b"\r\n\r\n", 1)[0]

    # Marketing mail loses its tracking pixel, keeps its logo.
    code, _ = await send(port, ["fan@example.com"], MARKETING,
                         sender="news@news.riverside-clinic.org")
    assert code == 250 and len(direct.messages) == 3
    html = direct.messages[2].data.decode()
    assert "o.gif" not in html and "logo.png" in html

    # A clean message is untouched, byte for byte.
    code, _ = await send(port, ["b@example.com"], CLEAN)
    assert code == 250 and len(direct.messages) == 4
    assert direct.messages[3].data == CLEAN

    # PHI to any other outside recipient: refused with the sender-facing advice.
    code, text = await send(port, ["someone@other-company.com"],
                            message("someone@other-company.com"))
    assert code == 550 and "[secure]" in text
    assert "4481923" not in text and "Solberg" not in text
    assert len(direct.messages) == 4 and len(portal.messages) == 2

    # One audit record per decision; no local parts, no values.
    assert gw.audit is not None
    records = [r for r in gw.audit.records(kind="decision")]
    assert len(records) == 7
    blob = " ".join(str(r.as_dict()) for r in records)
    for secret in ("ingrid", "4481923", "solberg", "ana.ruiz", "pneumonia"):
        assert secret not in blob.lower()
    actions = sorted(r.as_dict()["fields"]["action"] for r in records)
    assert actions == ["deliver"] * 4 + ["encrypt"] * 2 + ["reject"]
    assert all(r.as_dict()["fields"]["policy_version"] for r in records)


async def test_default_policy_quarantine_restart_and_reload(
        make_gateway: MakeGateway, make_sink: MakeSink, tls_ctx: Any, ca_file: Path,
        tmp_path: Path) -> None:
    policy_path = tmp_path / "policy.yaml"
    default = (ROOT / "policies/hipaa-default.yaml").read_text(encoding="utf-8")
    policy_path.write_text(default.replace(
        "internal_domains: []", "internal_domains: [riverside-clinic.org]"), encoding="utf-8")
    gw, port, direct, _, _ = await start(make_gateway, make_sink, tls_ctx, ca_file, None,
                                         tmp_path)

    # PHI to personal webmail under the shipped default: held (fsync'd) in quarantine, 250.
    raw = message("ingrid.s@gmail.com")
    code, _ = await send(port, ["ingrid.s@gmail.com"], raw)
    assert code == 250
    held = gw.quarantine_store.list(status="held")
    assert len(held) == 1 and held[0].rule == "phi-to-webmail"
    assert held[0].rcpts == ("ingrid.s@gmail.com",)
    # Only the sender's notice went out (no PHI in it); the message itself did not.
    assert [m.rcpts for m in direct.messages] == [[SENDER]]
    notice = direct.messages[0].data.decode()
    assert held[0].id in notice
    for secret in ("4481923", "Solberg", "ingrid.s", "pneumonia"):
        assert secret not in notice
    held_id = held[0].id
    version = gw.inspector.holder.current.version  # type: ignore[union-attr]

    # A broken edit is refused with its line number; the running policy keeps working.
    policy_path.write_text(default + "  - name: broken\n    descripton: typo\n",
                           encoding="utf-8")
    assert await gw.reload() is False
    errors = gw.inspector.holder.last_errors  # type: ignore[union-attr]
    assert any(e.startswith(f"{policy_path}:") and "descripton" in e for e in errors), errors
    assert gw.inspector.holder.current.version == version  # type: ignore[union-attr]
    code, _ = await send(port, ["ingrid.s@gmail.com"], raw)
    assert code == 250 and len(gw.quarantine_store.list(status="held")) == 2

    # Restart: held messages survive, bytes intact.
    await gw.stop()
    gw2, _ = await make_gateway(
        hostname="gw.test", policy=str(tmp_path / "policy.yaml"),
        delivery={"smarthost": direct.hostport, "tls": "opportunistic", "ca_file": str(ca_file)},
        scan={"enabled": False})
    assert gw2.quarantine_store.get(held_id).status == "held"
    assert gw2.quarantine_store.open_message(held_id) == raw
    await gw2.stop()


async def test_file_watch_applies_a_good_edit(make_gateway: MakeGateway, make_sink: MakeSink,
                                              tls_ctx: Any, ca_file: Path,
                                              tmp_path: Path) -> None:
    gw, port, direct, portal, policy_path = await start(
        make_gateway, make_sink, tls_ctx, ca_file, POLICY, tmp_path)
    holder = gw.inspector.holder  # type: ignore[union-attr]
    before = holder.current.version
    # Monitor mode for the whole file: PHI to an outside recipient is now delivered, and the
    # decision it would have made is recorded.
    text = POLICY.format(portal_port=portal.port).replace("name: e2e", "name: e2e\nmode: monitor")
    policy_path.write_text(text, encoding="utf-8")
    for _ in range(60):
        if holder.current.version != before:
            break
        await asyncio.sleep(0.1)
    assert holder.current.version != before
    code, _ = await send(port, ["someone@other-company.com"],
                         message("someone@other-company.com"))
    assert code == 250 and len(direct.messages) == 1
    rec = gw.audit.records(kind="decision")[-1].as_dict()["fields"]
    assert rec["action"] == "deliver"
    assert rec["monitored"][-1] == {"rule": "phi-external", "action": "reject", "modifiers": []}
    reloads = gw.audit.records(kind="policy_reload")
    assert reloads and reloads[-1].as_dict()["fields"]["version"] == holder.current.version

