"""Forwarding to a real rsyslog (imtcp + gtls) on loopback: in order, over TLS, nothing lost
across a SIEM outage. rsyslogd is started by the test as its own process and stopped by pid."""

from __future__ import annotations

import asyncio
import os
import ssl
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from gateway.audit.log import AuditLog
from gateway.audit.siem import SiemForwarder, record_from_message
from gateway.config import SiemConfig
from tests.integration.audit.rsyslogd import GTLS, RSYSLOGD, Rsyslog, free_port

pytestmark = pytest.mark.integration


@pytest.fixture
def rsyslog(tmp_path: Path, test_ca: trustme.CA) -> Iterator[Rsyslog]:
    if not os.path.exists(RSYSLOGD) or not GTLS.exists():
        pytest.skip("rsyslogd with rsyslog-gnutls is not installed")
    workdir = tmp_path / "rsyslog"
    workdir.mkdir()
    rs = Rsyslog(workdir, test_ca, free_port()).start()
    yield rs
    rs.stop()


async def wait_seqs(rs: Rsyslog, n: int, timeout: float = 20.0) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        seqs = rs.seqs()
        if len(set(seqs)) >= n:
            return seqs
        await asyncio.sleep(0.05)
    raise AssertionError(f"rsyslog has {len(set(rs.seqs()))} of {n} records")


def siem_config(rs: Rsyslog, **kw: object) -> SiemConfig:
    return SiemConfig.model_validate({"host": "127.0.0.1", "port": rs.port,
                                      "ca_file": str(rs.dir / "ca.pem"), "retry_max": 0.5,
                                      **kw})


async def test_records_arrive_in_order_with_structured_data(tmp_path: Path,
                                                            rsyslog: Rsyslog) -> None:
    audit = AuditLog.open(tmp_path / "var")
    for i in range(20):
        audit.record("release", "alice", id=f"q{i:03d}", status="queued",
                     rcpt_domains=["insurer.example"])
    fwd = SiemForwarder(audit, siem_config(rsyslog), hostname="gw.test", poll=0.1)
    await fwd.start()
    try:
        seqs = await wait_seqs(rsyslog, 20)
        assert seqs == list(range(1, 21))
        line = rsyslog.lines()[4]
        assert line.startswith(b"<109>1 ") and b" gw.test phigate " in line
        assert b' release [audit@32473 seq="5" actor="alice" hash="' in line
        # RFC 5424 SD-PARAM escaping: '"', '\\' and ']' are escaped.
        assert (b'[fields@32473 id="q004" rcpt_domains="[\\"insurer.example\\"\\]" '
                b'status="queued"]') in line
        rec = record_from_message(line)
        mine = audit.records(after=4, limit=1)[0]
        assert rec["hash"] == mine.hash and rec["prev_hash"] == mine.prev_hash
        assert fwd.cursor == 20
    finally:
        await fwd.close()


async def test_outage_loses_nothing_and_catches_up_in_order(tmp_path: Path,
                                                            rsyslog: Rsyslog) -> None:
    audit = AuditLog.open(tmp_path / "var")
    fwd = SiemForwarder(audit, siem_config(rsyslog), hostname="gw.test", poll=0.1)
    await fwd.start()
    try:
        for i in range(10):
            await audit.arecord("view", "alice", id=f"a{i}", what="message")
        await wait_seqs(rsyslog, 10)
        # The cursor moves once the forwarder has seen the peer acknowledge every byte; let it
        # get there before the outage (under load that takes a few poll rounds).
        for _ in range(100):
            if fwd.cursor == 10:
                break
            await asyncio.sleep(0.1)
        assert fwd.cursor == 10

        rsyslog.stop()  # the SIEM goes away
        for i in range(15):
            await audit.arecord("view", "bob", id=f"b{i}", what="message")
            await asyncio.sleep(0.02)
        await asyncio.sleep(1.0)
        assert fwd.cursor == 10  # nothing after the outage counts as forwarded

        rsyslog.start()  # back: everything arrives, in order
        for i in range(5):
            await audit.arecord("view", "carol", id=f"c{i}", what="message")
        seqs = await wait_seqs(rsyslog, 30)
        assert sorted(set(seqs)) == list(range(1, 31))
        # In order: a duplicate can only repeat a record already sent, never jump ahead.
        highest = 0
        for s in seqs:
            assert s <= highest + 1, seqs
            highest = max(highest, s)
        async with asyncio.timeout(10):
            while fwd.cursor != 30:
                await asyncio.sleep(0.05)
    finally:
        await fwd.close()


async def test_records_written_by_another_process_are_forwarded(tmp_path: Path,
                                                                rsyslog: Rsyslog) -> None:
    audit = AuditLog.open(tmp_path / "var")
    fwd = SiemForwarder(audit, siem_config(rsyslog), hostname="gw.test", poll=0.1)
    await fwd.start()
    try:
        cli = AuditLog.open(tmp_path / "var")  # a second handle, as the CLI would have
        cli.record("unmask", "cli:auditor", id="q1", what="findings", findings=3)
        seqs = await wait_seqs(rsyslog, 1, timeout=5)
        assert seqs == [1]
        assert b"unmask" in rsyslog.lines()[0]
    finally:
        await fwd.close()


async def test_unknown_ca_is_refused(tmp_path: Path, rsyslog: Rsyslog,
                                     unknown_ca: trustme.CA) -> None:
    bad_ca = tmp_path / "unknown.pem"
    unknown_ca.cert_pem.write_to_path(str(bad_ca))
    audit = AuditLog.open(tmp_path / "var")
    audit.record("view", "alice", id="q1", what="message")
    fwd = SiemForwarder(audit, siem_config(rsyslog, ca_file=str(bad_ca)), poll=0.1)
    with pytest.raises(ssl.SSLCertVerificationError):
        await fwd._connect()
    await fwd.close()
    assert rsyslog.lines() == [] and fwd.cursor == 0


async def test_mutual_tls_with_a_client_certificate(tmp_path: Path, test_ca: trustme.CA) -> None:
    if not GTLS.exists():
        pytest.skip("rsyslog-gnutls is not installed")
    workdir = tmp_path / "rs-mtls"
    workdir.mkdir()
    rs = Rsyslog(workdir, test_ca, free_port(), client_auth=True).start()
    try:
        client = test_ca.issue_cert("gw.test")
        client.private_key_pem.write_to_path(str(tmp_path / "client.key"))
        client.cert_chain_pems[0].write_to_path(str(tmp_path / "client.pem"))
        audit = AuditLog.open(tmp_path / "var")
        audit.record("view", "alice", id="q1", what="message")
        fwd = SiemForwarder(audit, siem_config(rs, cert_file=str(tmp_path / "client.pem"),
                                               key_file=str(tmp_path / "client.key")),
                            poll=0.1)
        await fwd.start()
        try:
            assert await wait_seqs(rs, 1, timeout=10) == [1]
        finally:
            await fwd.close()
    finally:
        rs.stop()
