"""``phigate run`` as a real process: systemd readiness, SIGTERM drain, SIGHUP reload."""

from __future__ import annotations

import re
import shutil
import signal
import smtplib
import socket
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from tests.helpers.sink import SinkBehaviour
from tests.integration.harness.gateway_proc import GatewayProcess, write_config
from tests.integration.harness.sinkthread import ThreadedSink

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[3]
UNIT = ROOT / "deploy" / "systemd" / "phigate.service"
MSG = b"From: a@org.test\r\nTo: b@dest.test\r\nSubject: proc\r\n\r\nbody\r\n"

MakeProc = Callable[..., GatewayProcess]
MakeSink = Callable[..., ThreadedSink]


def smtp_send(port: int, source: str = "127.0.0.1", timeout: float = 30) -> tuple[int, bytes]:
    """Send MSG with the stdlib client; return the DATA reply (code, text) or raise."""
    with smtplib.SMTP("127.0.0.1", port, source_address=(source, 0), timeout=timeout) as s:
        s.ehlo("client.test")
        s.mail("a@org.test")
        s.rcpt("b@dest.test")
        return s.data(MSG)


def banner(port: int, source: str) -> int:
    with socket.create_connection(("127.0.0.1", port), timeout=5,
                                  source_address=(source, 0)) as s:
        return int(s.recv(512)[:3])


# --- systemd -------------------------------------------------------------------------------

def test_unit_file_is_hardened() -> None:
    unit = UNIT.read_text()
    for line in ("Type=notify", "NoNewPrivileges=yes", "ProtectSystem=strict", "PrivateTmp=yes",
                 "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
                 "ExecReload=/bin/kill -HUP $MAINPID", "User=phigate",
                 "ReadWritePaths=/var/lib/phigate"):
        assert re.search(rf"^{re.escape(line)}$", unit, re.M), line
    assert re.search(r"^CapabilityBoundingSet=$", unit, re.M)
    stop = int(re.search(r"^TimeoutStopSec=(\d+)$", unit, re.M).group(1))  # type: ignore[union-attr]
    from gateway.config import GatewayConfig

    assert stop > GatewayConfig().shutdown_grace


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_analyze_verify(tmp_path: Path) -> None:
    # verify insists the executables exist: point them at this checkout's venv.
    phigate = ROOT / ".venv" / "bin" / "phigate"
    if not phigate.exists():
        pytest.skip("the venv has no phigate entry point")
    unit = tmp_path / "phigate.service"
    unit.write_text(UNIT.read_text().replace("/opt/phigate/.venv/bin/phigate", str(phigate)))
    proc = subprocess.run(["systemd-analyze", "verify", "--man=no", str(unit)],
                          capture_output=True, text=True, timeout=60, check=False)
    ours = [ln for ln in (proc.stdout + proc.stderr).splitlines() if "phigate.service" in ln]
    assert proc.returncode == 0 and not ours, proc.stdout + proc.stderr
    sec = subprocess.run(["systemd-analyze", "security", "--offline=yes", str(unit)],
                         capture_output=True, text=True, timeout=60, check=False)
    m = re.search(r"Overall exposure level for phigate.service: ([\d.]+)", sec.stdout)
    if m:  # older systemd has no --offline
        assert float(m.group(1)) <= 2.0, sec.stdout[-2000:]


def test_sd_notify_ready_and_stopping(threaded_sink: MakeSink, gateway_process: MakeProc,
                                      tmp_path: Path) -> None:
    sink = threaded_sink()
    path = tmp_path / "notify.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as ns:
        ns.bind(str(path))
        ns.settimeout(30)
        gw = gateway_process({"delivery": {"smarthost": sink.hostport, "tls": "none"}},
                             start=False, env={"NOTIFY_SOCKET": str(path)})
        gw.start(wait=False)
        msg = ns.recv(4096).decode()
        assert "READY=1" in msg.split("\n")
        # READY means it is accepting: mail goes through at once.
        assert smtp_send(gw.port)[0] == 250
        gw.signal(signal.SIGTERM)
        assert "STOPPING=1" in ns.recv(4096).decode()
        assert gw.proc is not None and gw.proc.wait(30) == 0


# --- SIGTERM -------------------------------------------------------------------------------

def test_sigterm_lets_the_inflight_transaction_finish(threaded_sink: MakeSink,
                                                      gateway_process: MakeProc) -> None:
    sink = threaded_sink(SinkBehaviour(delay=2.0))
    gw = gateway_process({"delivery": {"smarthost": sink.hostport, "tls": "none"},
                          "shutdown_grace": 20})
    result: dict[str, object] = {}

    def client() -> None:
        try:
            result["reply"] = smtp_send(gw.port)
        except Exception as exc:  # recorded for the assertion below
            result["error"] = exc

    t = threading.Thread(target=client)
    t.start()
    time.sleep(0.8)  # the message is now with the (slow) next hop
    t0 = time.monotonic()
    gw.signal(signal.SIGTERM)
    time.sleep(0.3)
    # While draining, no new connection is accepted.
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", gw.port), timeout=2).close()
    t.join(30)
    assert result.get("reply", (0,))[0] == 250, result  # type: ignore[index]
    assert len(sink.messages) == 1
    assert gw.proc is not None and gw.proc.wait(30) == 0
    assert time.monotonic() - t0 < 10
    log = gw.log_text()
    assert "shutting down" in log and "stopped" in log


# --- SIGHUP --------------------------------------------------------------------------------

def wait_log(gw: GatewayProcess, needle: str, timeout: float = 10) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = gw.log_text()
        if needle in text:
            return text
        time.sleep(0.1)
    raise AssertionError(f"{needle!r} not logged:\n{gw.log_tail()}")


def test_sighup_with_broken_config_keeps_running_then_good_config_applies(
        threaded_sink: MakeSink, gateway_process: MakeProc) -> None:
    sink = threaded_sink()
    gw = gateway_process({"delivery": {"smarthost": sink.hostport, "tls": "none"},
                          "clients": ["127.0.0.1/32"]})
    assert smtp_send(gw.port)[0] == 250
    assert banner(gw.port, "127.0.0.2") == 554

    good = dict(gw.config)
    gw.config_path.write_text("limits:\n  max_recipients: 0\n  bogus_key: 1\n" +
                              yaml.safe_dump({k: v for k, v in good.items() if k != "limits"}))
    gw.signal(signal.SIGHUP)
    log = wait_log(gw, "reload refused")
    assert "keeping the running configuration" in log
    assert gw.proc is not None and gw.proc.poll() is None
    assert smtp_send(gw.port)[0] == 250  # still relaying with the old config
    assert banner(gw.port, "127.0.0.2") == 554

    write_config(gw.config_path, {**good, "clients": ["127.0.0.2/32"]})
    gw.signal(signal.SIGHUP)
    wait_log(gw, "configuration reloaded")
    assert banner(gw.port, "127.0.0.1") == 554
    assert smtp_send(gw.port, source="127.0.0.2")[0] == 250
    assert len(sink.messages) == 3
    assert gw.terminate() == 0
