"""End to end: SMTP in -> real scan + policy -> held encrypted -> released by a reviewer ->
delivered to the next hop; the audit trail goes to a real rsyslog over TLS, without PHI."""

from __future__ import annotations

import asyncio
import os
import subprocess
from collections.abc import Awaitable, Callable
from pathlib import Path

import aiosmtplib
import pytest
import trustme

from gateway.app import Gateway
from gateway.quarantine.service import HEARTBEAT, ReleaseOutcome
from gateway.quarantine.store import QuarantineStateError, QuarantineStatus
from tests.helpers.sink import Sink
from tests.integration.audit.rsyslogd import GTLS, RSYSLOGD, Rsyslog, free_port

pytestmark = [pytest.mark.integration, pytest.mark.slow]

MakeGateway = Callable[..., Awaitable[tuple[Gateway, int]]]
MakeSink = Callable[..., Awaitable[Sink]]

SENDER = "ana.ruiz@riverside-clinic.org"
RCPT = "claims@northwind-insurance.com"
DATA = (f"From: Dr Ana Ruiz <{SENDER}>\r\nTo: {RCPT}\r\nSubject: Follow-up\r\n"
        "Message-ID: <e2e-1@riverside-clinic.org>\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
        "Patient Ingrid Solberg (MRN 4481923, DOB 03/14/1961) was admitted with pneumonia\r\n"
        "and started on ceftriaxone 1 g IV daily.\r\n").encode()

POLICY = """version: 1
name: hold-all-phi
rules:
  - name: phi-hold
    description: PHI is held for review
    when: {phi: true}
    action: {type: quarantine, reason: "PHI held for review", expiry: 1d}
  - name: clean
    description: No PHI
    when: {phi: false}
    action: {type: deliver}
"""


async def test_hold_release_and_siem(tmp_path: Path, make_gateway: MakeGateway,
                                     make_sink: MakeSink, test_ca: trustme.CA) -> None:
    if not os.path.exists(RSYSLOGD) or not GTLS.exists():
        pytest.skip("rsyslogd with rsyslog-gnutls is not installed")
    rsdir = tmp_path / "rsyslog"
    rsdir.mkdir()
    rs = Rsyslog(rsdir, test_ca, free_port()).start()
    try:
        sink = await make_sink()
        policy = tmp_path / "policy.yaml"
        policy.write_text(POLICY)
        gw, port = await make_gateway(
            hostname="gw.test", policy=str(policy),
            delivery={"smarthost": sink.hostport, "tls": "opportunistic"},
            scan={"enabled": True, "workers": 1, "timeout": 60},
            audit={"anchor_interval": 0.01,
                   "siem": {"host": "127.0.0.1", "port": rs.port,
                            "ca_file": str(rsdir / "ca.pem"), "retry_max": 0.5}})
        client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False, timeout=90)
        async with client:
            await client.mail(SENDER)
            await client.rcpt(RCPT)
            resp = await client.data(DATA)
        assert resp.code == 250
        assert sink.messages == []

        store = gw.quarantine_store
        held = store.list(status="held")
        assert len(held) == 1
        m = held[0]
        assert m.rule == "phi-hold" and m.phi and m.rcpts == (RCPT,)
        assert m.expires_at is not None and 86000 < m.expires_at - m.held_at < 86800
        grep = subprocess.run(["grep", "-rlE", "Solberg|4481923|pneumonia|claims@",
                               str(gw.config.state_dir)], capture_output=True, check=False)
        assert grep.stdout == b"", grep.stdout  # nothing readable under state_dir
        assert store.worker_alive(3 * HEARTBEAT)  # the CLI sees a running gateway
        ev = store.open_evidence(m.id)  # the real ScanResult round-trips through the store
        assert ev.findings and "Solberg" in " ".join(s.text for s in ev.segments)
        assert {f.entity for f in ev.findings} >= {e for e, _ in m.entity_counts}
        with pytest.raises(QuarantineStateError):  # no provider in this policy
            await gw.quarantine.release(m.id, "alice", encrypt=True)

        assert await gw.quarantine.release(m.id, "alice") is ReleaseOutcome.QUEUED
        await sink.wait_for(1, timeout=20)
        assert sink.messages[0].data == DATA and sink.messages[0].rcpts == [RCPT]
        async with asyncio.timeout(10):
            while store.get(m.id).status is not QuarantineStatus.RELEASED:
                await asyncio.sleep(0.05)

        audit = gw.audit
        async with asyncio.timeout(10):  # the audit record follows the status change
            while [r.kind for r in audit.records()].count("release") < 2:
                await asyncio.sleep(0.05)
        kinds = [r.kind for r in audit.records()]
        assert kinds[0] == "decision" and kinds.count("release") == 2
        decision = audit.records(kind="decision")[0]
        assert decision.fields["quarantine_id"] == m.id
        async with asyncio.timeout(20):
            while len(set(rs.seqs())) < len(kinds):
                await asyncio.sleep(0.05)
        forwarded = rs.out.read_bytes()
        for secret in (b"Solberg", b"4481923", b"pneumonia", RCPT.encode(), SENDER.encode()):
            assert secret not in forwarded
        assert audit.verify(anchor=audit.head()).ok
    finally:
        rs.stop()
