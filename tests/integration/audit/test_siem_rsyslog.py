"""Forwarding to a real rsyslog (imtcp + gtls) on loopback: in order, over TLS, nothing lost
across a SIEM outage. rsyslogd is started by the test as its own process and stopped by pid."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import trustme

from gateway.audit.log import AuditLog
from gateway.audit.siem import SiemForwarder, record_from_message
from gateway.config import SiemConfig

pytestmark = pytest.mark.integration

RSYSLOGD = shutil.which("rsyslogd") or "/usr/sbin/rsyslogd"
GTLS = Path("/usr/lib/x86_64-linux-gnu/rsyslog/lmnsd_gtls.so")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Rsyslog:
    """A private rsyslogd: TLS listener on 127.0.0.1:port, raw messages into out.log."""

    def __init__(self, workdir: Path, ca: trustme.CA, port: int,
                 client_auth: bool = False) -> None:
        self.dir = workdir
        self.port = port
        self.out = workdir / "out.log"
        self.pidfile = workdir / "rsyslogd.pid"
        self.proc: subprocess.Popen[bytes] | None = None
        cert = ca.issue_cert("127.0.0.1", "localhost")
        ca.cert_pem.write_to_path(str(workdir / "ca.pem"))
        cert.private_key_pem.write_to_path(str(workdir / "server.key"))
        cert.cert_chain_pems[0].write_to_path(str(workdir / "server.pem"))
        auth = 'StreamDriver.AuthMode="x509/certvalid"' if client_auth else \
            'StreamDriver.AuthMode="anon"'
        (workdir / "rsyslog.conf").write_text(f"""
global(workDirectory="{workdir}" maxMessageSize="64k"
       DefaultNetstreamDriver="gtls"
       DefaultNetstreamDriverCAFile="{workdir}/ca.pem"
       DefaultNetstreamDriverCertFile="{workdir}/server.pem"
       DefaultNetstreamDriverKeyFile="{workdir}/server.key")
module(load="imtcp" StreamDriver.Name="gtls" StreamDriver.Mode="1" {auth})
input(type="imtcp" port="{port}" address="127.0.0.1")
template(name="raw" type="string" string="%rawmsg%\\n")
action(type="omfile" file="{self.out}" template="raw")
""")

    def start(self) -> Rsyslog:
        with open(self.dir / "rsyslogd.err", "ab") as err:
            self.proc = subprocess.Popen(
                [RSYSLOGD, "-n", "-f", str(self.dir / "rsyslog.conf"), "-i", str(self.pidfile)],
                stdout=subprocess.DEVNULL, stderr=err)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, (self.dir / "rsyslogd.err").read_text()
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("rsyslogd did not start listening")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def lines(self) -> list[bytes]:
        if not self.out.exists():
            return []
        return [line for line in self.out.read_bytes().split(b"\n") if line]

    def seqs(self) -> list[int]:
        return [record_from_message(line)["seq"] for line in self.lines()]


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
