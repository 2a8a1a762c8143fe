"""A private rsyslogd (imtcp + gtls, omfile) for tests: started and stopped by its own pid."""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import trustme

from gateway.audit.siem import record_from_message

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
