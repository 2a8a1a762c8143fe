"""``phigate run`` as a real process: a broken policy edit + SIGHUP is refused with its line
number and the running policy keeps deciding; a good edit + SIGHUP takes over."""

from __future__ import annotations

import signal
import smtplib
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integration.harness.gateway_proc import GatewayProcess
from tests.integration.harness.sinkthread import ThreadedSink

pytestmark = [pytest.mark.integration, pytest.mark.slow]

RULES = """version: 1
rules:
  - name: block-tag
    description: Subjects tagged {tag} are refused
    when: {{subject_tag: ["{tag}"]}}
    action: {{type: reject, text: "Tagged {tag}; remove the tag"}}
  - name: rest
    description: everything else
    action: {{type: deliver}}
"""


def send(port: int, subject: str) -> tuple[int, bytes]:
    msg = (f"From: a@clinic.org\r\nTo: b@example.com\r\nSubject: {subject}\r\n\r\n"
           "Shall we meet at noon?\r\n")
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as s:
        s.ehlo("client.test")
        s.mail("a@clinic.org")
        s.rcpt("b@example.com")
        code, text = s.data(msg.encode())
    return code, text


def wait_log(gp: GatewayProcess, needle: str, timeout: float = 20.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        text = gp.log_text()
        if needle in text:
            return text
        time.sleep(0.1)
    raise AssertionError(f"{needle!r} not logged:\n{gp.log_tail()}")


def test_sighup_refuses_a_broken_policy_and_applies_a_good_one(
        gateway_process: Callable[..., GatewayProcess],
        threaded_sink: Callable[..., ThreadedSink], tmp_path: Path) -> None:
    sink = threaded_sink()
    policy = tmp_path / "policy.yaml"
    policy.write_text(RULES.format(tag="[one]"), encoding="utf-8")
    gp = gateway_process({"policy": str(policy), "scan": {"enabled": True, "timeout": 60},
                          "delivery": {"smarthost": sink.hostport}}, start=False)
    gp.start(timeout=180)

    assert send(gp.port, "[one] hello")[0] == 550
    assert send(gp.port, "[two] hello")[0] == 250

    # Broken edit: refused with file:line; the running policy still decides.
    policy.write_text(RULES.format(tag="[two]").replace("action: {type: deliver}",
                                                        "action: {type: delivr}"),
                      encoding="utf-8")
    gp.signal(signal.SIGHUP)
    log = wait_log(gp, f"{policy}:9: rules[1].action")
    assert "keeping version" in log
    assert send(gp.port, "[one] hello")[0] == 550
    assert send(gp.port, "[two] hello")[0] == 250

    # Good edit: applied.
    policy.write_text(RULES.format(tag="[two]"), encoding="utf-8")
    gp.signal(signal.SIGHUP)
    wait_log(gp, "loaded: version")
    code, text = send(gp.port, "[two] hello")
    assert code == 550 and b"remove the tag" in text
    assert send(gp.port, "[one] hello")[0] == 250
    assert gp.proc is not None and gp.proc.poll() is None
    assert len(sink.messages) == 3
