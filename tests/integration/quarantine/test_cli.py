"""``phigate quarantine ...`` and ``phigate audit ...`` as subprocesses, against a real sink."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from gateway.audit.log import AuditLog
from gateway.detect.types import Finding, Verdict
from gateway.extract.types import Segment
from gateway.quarantine.keys import KeyRing
from gateway.quarantine.store import HeldMessage, QuarantineStatus, QuarantineStore
from tests.integration.harness.sinkthread import ThreadedSink

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[3]
NAME = "Jane Doe"
TEXT = f"Patient {NAME} MRN 4471-882 admitted with sepsis."
SENDER = "nurse@clinic.example"
RCPT = "billing@vendor.example"
BODY = f"From: {SENDER}\r\nTo: {RCPT}\r\nSubject: update\r\n\r\n{TEXT}\r\n".encode()


@dataclass(frozen=True)
class FakeScan:
    verdict: Verdict
    segments: tuple[Segment, ...]
    attachments: tuple[Any, ...] = ()


class Env:
    def __init__(self, tmp: Path, smarthost: str) -> None:
        self.tmp = tmp
        self.state = tmp / "var"
        self.config = tmp / "phigate.yaml"
        self.config.write_text(yaml.safe_dump({
            "listen": "127.0.0.1:0", "state_dir": str(self.state), "hostname": "gw.test",
            "delivery": {"smarthost": smarthost, "tls": "opportunistic"},
            "quarantine": {"release_retry": {"initial": 0.1}},
        }))

    def run(self, *args: str, check: bool = True, user: str = "reviewer1") -> Any:
        env = {**os.environ, "USER": user, "PHIGATE_QUARANTINE_KEY": ""}
        env.pop("SUDO_USER", None)
        p = subprocess.run([sys.executable, "-m", "gateway.cli", *args, "--config",
                            str(self.config)], capture_output=True, text=True, cwd=ROOT,
                           env=env, timeout=120, check=False)
        if check and p.returncode != 0:
            raise AssertionError(f"exit {p.returncode}\n{p.stdout}\n{p.stderr}")
        return p

    def store(self) -> QuarantineStore:
        return QuarantineStore(self.state, KeyRing.load(self.state / "quarantine.key"))

    def hold(self, **kw: Any) -> HeldMessage:
        s = self.store()
        start = TEXT.index(NAME)
        scan = FakeScan(Verdict(True, 0.9, (
            Finding("PERSON", "identifier", "body", start, start + len(NAME), 0.85, "spacy"),
            Finding("CONDITION", "health", "body", TEXT.index("sepsis"), len(TEXT) - 1, 0.8,
                    "lexicon")), ("identifier+health",)),
            (Segment("body", TEXT, "body", "text"),))
        args: dict[str, Any] = dict(queue_id="Q9", mail_from=SENDER, rcpts=(RCPT,), data=BODY,
                                    rule="phi-external", reason="PHI to a non-BAA domain",
                                    policy_version="v1", expires_in=None, expiry_action=None,
                                    scan=scan)
        args.update(kw)
        try:
            return s.hold(**args)
        finally:
            s.close()

    def audit(self) -> AuditLog:
        return AuditLog.open(self.state)


@pytest.fixture
def sink(threaded_sink: Callable[..., ThreadedSink]) -> ThreadedSink:
    return threaded_sink()


@pytest.fixture
def env(tmp_path: Path, sink: ThreadedSink) -> Env:
    return Env(tmp_path, sink.hostport)


def test_list_and_show_masked_then_unmasked(env: Env) -> None:
    m = env.hold()
    other = env.hold(rcpts=("x@gmail.example",), rule="personal-mail")
    table = env.run("quarantine", "list").stdout
    assert m.id in table and other.id in table and "vendor.example" in table
    assert RCPT not in table and SENDER not in table  # list shows domains only
    rows = [json.loads(line) for line in
            env.run("quarantine", "list", "--json", "--rule", "personal-mail").stdout.splitlines()]
    assert [r["id"] for r in rows] == [other.id]
    rows = [json.loads(line) for line in env.run(
        "quarantine", "list", "--json", "--recipient-domain", "vendor.example",
        "--status", "held").stdout.splitlines()]
    assert [r["id"] for r in rows] == [m.id]
    assert env.run("quarantine", "list", "--json", "--older-than", "1").stdout == ""

    shown = env.run("quarantine", "show", m.id).stdout
    assert "PERSON         body 8-16  J*** D**" in shown
    assert NAME not in shown and "sepsis" not in shown
    assert RCPT in shown  # the reviewer needs the envelope

    unmasked = env.run("quarantine", "show", m.id, "--unmask", "--as", "privacy-officer").stdout
    assert f"PERSON         body 8-16  {NAME}" in unmasked
    recs = env.audit().records()
    assert [(r.kind, r.actor) for r in recs] == [("view", "cli:reviewer1"),
                                                 ("unmask", "cli:privacy-officer")]
    assert recs[1].fields["findings"] == 2
    for r in recs:  # the audit trail holds no PHI
        blob = json.dumps(r.as_dict())
        assert NAME not in blob and RCPT not in blob and "sepsis" not in blob


def test_release_without_a_gateway_delivers_itself(env: Env, sink: ThreadedSink) -> None:
    m = env.hold()
    out = env.run("quarantine", "release", m.id).stdout
    assert "released: delivered to 1 recipient(s)" in out
    sink.wait_for(1)
    assert sink.messages[0].data == BODY and sink.messages[0].rcpts == [RCPT]
    again = env.run("quarantine", "release", m.id).stdout
    assert "already released; nothing to do" in again
    assert len(sink.messages) == 1
    kinds = [(r.kind, r.fields.get("status")) for r in env.audit().records()]
    assert kinds == [("release", "queued"), ("release", "delivered")]


def test_release_with_the_next_hop_down_stays_queued(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = Env(tmp_path, f"127.0.0.1:{port}")
    m = env.hold()
    p = env.run("quarantine", "release", m.id, check=False)
    assert p.returncode == 3 and "stays queued" in p.stdout
    st = env.store()
    assert st.get(m.id).status is QuarantineStatus.RELEASING
    st.close()
    with ThreadedSink(port=port) as sink:
        out = env.run("quarantine", "release", m.id).stdout
        assert "delivering now" in out and "released" in out
        sink.wait_for(1)
        assert len(sink.messages) == 1


def test_reject_sends_notice_and_warns_about_phi(env: Env, sink: ThreadedSink) -> None:
    m = env.hold()
    p = env.run("quarantine", "reject", m.id, "--note", "Send it through the portal.")
    assert "must not contain PHI" in p.stderr
    assert "notice to the sender sent" in p.stdout
    sink.wait_for(1)
    text = sink.messages[0].data.decode()
    assert sink.messages[0].rcpts == [SENDER] and m.id in text
    assert "Send it through the portal." in text and NAME not in text
    assert "already rejected" in env.run("quarantine", "reject", m.id).stdout


def test_delete_and_purge(env: Env, sink: ThreadedSink) -> None:
    a, b = env.hold(), env.hold()
    st = env.store()
    path_a = st.message_path(a.id)
    st.close()
    assert "deleted" in env.run("quarantine", "delete", a.id).stdout
    assert not path_a.exists()
    env.run("quarantine", "release", b.id)
    st = env.store()
    path_b = st.message_path(b.id)
    st.close()
    assert path_b.exists()
    assert "0 finished" in env.run("quarantine", "purge", "--older-than", "1").stdout
    assert "1 finished" in env.run("quarantine", "purge", "--older-than", "0").stdout
    assert not path_b.exists()
    st = env.store()
    assert st.get(b.id).status is QuarantineStatus.RELEASED and not st.get(b.id).data_present
    st.close()
    shown = env.run("quarantine", "show", a.id).stdout
    assert "data deleted" in shown and "deleted" in shown


def test_rotate_key_with_reencrypt(env: Env) -> None:
    m = env.hold()
    out = env.run("quarantine", "rotate-key", "--reencrypt").stdout
    assert "re-encrypted 1 message(s)" in out
    lines = [ln for ln in (env.state / "quarantine.key").read_text().splitlines()
             if ln and not ln.startswith("#")]
    assert len(lines) == 2
    new_id, new_b64 = lines[1].split()
    import base64

    only_new = QuarantineStore(env.state, KeyRing(new_id, {new_id: base64.b64decode(new_b64)}))
    assert only_new.open_message(m.id) == BODY
    assert only_new.get(m.id).key_id == new_id
    only_new.close()
    assert [r.kind for r in env.audit().records()] == ["key_rotate"]


def test_unknown_id_and_bad_config(env: Env, tmp_path: Path) -> None:
    p = env.run("quarantine", "show", "0000000000000000", check=False)
    assert p.returncode == 1 and "no quarantined message" in p.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text("quarantine:\n  expiry_action: burn\n")
    p = subprocess.run([sys.executable, "-m", "gateway.cli", "quarantine", "list", "--config",
                        str(bad)], capture_output=True, text=True, cwd=ROOT, check=False)
    assert p.returncode == 2 and "bad.yaml:2: quarantine.expiry_action" in p.stderr


def test_audit_verify_export_and_tamper(env: Env) -> None:
    m = env.hold()
    env.run("quarantine", "show", m.id)
    env.run("quarantine", "delete", m.id)
    ok = env.run("audit", "verify")
    assert "audit chain ok: 2 records" in ok.stdout
    head = env.run("audit", "head").stdout.strip()
    assert head.startswith("2:")
    assert "ok" in env.run("audit", "verify", "--anchor", head).stdout

    out = env.tmp / "export.jsonl"
    env.run("audit", "export", "--from", "2000-01-01", "--to", "2100-01-01", "--kind", "delete",
            "--out", str(out))
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["kind"] for r in rows] == ["delete"] and rows[0]["fields"]["id"] == m.id
    none = env.run("audit", "export", "--from", "2000-01-01", "--to", "2000-01-02").stdout
    assert none == ""

    db = sqlite3.connect(env.state / "audit.db")
    db.execute("UPDATE records SET actor = 'nobody' WHERE seq = 2")
    db.commit()
    db.close()
    bad = env.run("audit", "verify", check=False)
    assert bad.returncode == 1
    assert "BROKEN at record seq 2: hash mismatch" in bad.stdout


@pytest.mark.slow
def test_release_while_the_gateway_runs_is_delivered_by_it(
        tmp_path: Path, sink: ThreadedSink, gateway_process: Callable[..., Any]) -> None:
    """`phigate run` is up: the CLI only queues; the gateway's worker delivers. Then a SIGKILL
    with a release queued for a next hop that is down: after restart it is delivered."""
    import socket
    import time

    gp = gateway_process({"delivery": {"smarthost": sink.hostport, "tls": "opportunistic"},
                          "quarantine": {"release_retry": {"initial": 0.2, "maximum": 0.5}}})
    env = Env(tmp_path, sink.hostport)
    env.state = gp.workdir / "var"
    env.config = gp.config_path
    m = env.hold()
    out = env.run("quarantine", "release", m.id).stdout
    assert "the running gateway delivers it" in out
    sink.wait_for(1, timeout=20)
    assert sink.messages[0].data == BODY

    with socket.socket() as s:  # a next hop that is down
        s.bind(("127.0.0.1", 0))
        down = s.getsockname()[1]
    gp.stop()
    gp.config["delivery"] = {"smarthost": f"127.0.0.1:{down}", "tls": "opportunistic"}
    gp.config_path.write_text(yaml.safe_dump(gp.config))
    gp.start()
    m2 = env.hold()
    assert "running gateway" in env.run("quarantine", "release", m2.id).stdout
    st = env.store()
    deadline = time.monotonic() + 20
    while st.get(m2.id).attempts < 1 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert st.get(m2.id).status is QuarantineStatus.RELEASING
    st.close()
    gp.kill()  # crash with the release pending

    with ThreadedSink(port=down) as back:
        gp.start()
        back.wait_for(1, timeout=30)
        assert back.messages[0].data == BODY
        st = env.store()
        deadline = time.monotonic() + 10
        while st.get(m2.id).status is not QuarantineStatus.RELEASED:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        st.close()
        gp.stop()
    assert "audit chain ok" in env.run("audit", "verify").stdout
