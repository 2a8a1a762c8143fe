"""The encrypted quarantine store: nothing readable on disk, durable, rotatable, exact states."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from gateway.detect.types import Finding, Verdict
from gateway.extract.types import Attachment, AttachmentStatus, Segment
from gateway.quarantine.keys import KeyRing, QuarantineKeyError, append_key, parse_keys
from gateway.quarantine.store import (
    HeldMessage,
    QuarantineDataGone,
    QuarantineIntegrityError,
    QuarantineNotFound,
    QuarantineStateError,
    QuarantineStatus,
    QuarantineStore,
)

NAME = "Ingrid Solberg"
MRN = "MRN 84-221-907"
SENDER = "dr.house@clinic.example"
RCPT = "claims@insurer.example"
BODY = (f"Subject: follow-up for {NAME}\r\nFrom: {SENDER}\r\nTo: {RCPT}\r\n\r\n"
        f"{NAME} ({MRN}) was admitted to 4 West with pneumonia.\r\n").encode()


@dataclass(frozen=True)
class FakeScan:
    """The fields of gateway.detect.pool.ScanResult the store reads."""

    verdict: Verdict
    segments: tuple[Segment, ...]
    attachments: tuple[Attachment, ...]


def scan() -> FakeScan:
    text = f"{NAME} ({MRN}) was admitted to 4 West with pneumonia."
    return FakeScan(
        verdict=Verdict(True, 0.93, (
            Finding("PERSON", "identifier", "body", 0, 14, 0.85, "spacy"),
            Finding("MRN", "identifier", "body", 16, 30, 0.9, "mrn"),
            Finding("CONDITION", "health", "body", 63, 72, 0.8, "lexicon"),
        ), ("identifier+health in body",)),
        segments=(Segment("body", text, "body", "text"),),
        attachments=(Attachment("1", "scan.pdf", "application/pdf", 1234,
                                AttachmentStatus.ENCRYPTED, "password protected"),),
    )


@pytest.fixture
def keyfile(tmp_path: Path) -> Path:
    return tmp_path / "var" / "quarantine.key"


@pytest.fixture
def store(tmp_path: Path, keyfile: Path) -> QuarantineStore:
    return QuarantineStore(tmp_path / "var", KeyRing.load(keyfile, None))


def hold(store: QuarantineStore, **kw: object) -> HeldMessage:
    args: dict[str, object] = dict(queue_id="Q1", mail_from=SENDER, rcpts=(RCPT,), data=BODY,
                                   mail_options=("BODY=8BITMIME",), rule="phi-external",
                                   reason="PHI to a non-BAA domain", policy_version="abc123",
                                   expires_in=3600.0, expiry_action=None, scan=scan())
    args.update(kw)
    return store.hold(**args)  # type: ignore[arg-type]


def all_bytes(root: Path) -> bytes:
    out = b""
    for p in root.rglob("*"):
        if p.is_file() and not p.name.endswith(".key"):
            out += p.read_bytes()
    return out


def test_nothing_readable_on_disk(store: QuarantineStore, tmp_path: Path) -> None:
    m = hold(store)
    store.close()
    blob = all_bytes(tmp_path / "var")  # data files, SQLite db and WAL
    for secret in (NAME, MRN, "pneumonia", SENDER, RCPT, "dr.house", "claims@"):
        assert secret.encode() not in blob, secret
    data_file = tmp_path / "var" / "quarantine" / m.id[:2] / f"{m.id}.bin"
    assert data_file.read_bytes()[:4] == b"PGQ1"
    assert stat.S_IMODE(data_file.stat().st_mode) == 0o600
    grep = subprocess.run(["grep", "-rl", "pneumonia", str(tmp_path / "var")],
                          capture_output=True, check=False)
    assert grep.stdout == b""


def test_metadata_in_clear_is_only_what_filtering_needs(store: QuarantineStore,
                                                       tmp_path: Path) -> None:
    m = hold(store)
    db = sqlite3.connect(tmp_path / "var" / "quarantine.db")
    row = db.execute("SELECT sender_domain, rcpt_domains, rule, entity_counts FROM messages "
                     "WHERE id = ?", (m.id,)).fetchone()
    assert row == ("clinic.example", ",insurer.example,", "phi-external",
                   '[["CONDITION", 1], ["MRN", 1], ["PERSON", 1]]')


def test_round_trip_and_survives_restart(store: QuarantineStore, tmp_path: Path,
                                         keyfile: Path) -> None:
    m = hold(store)
    assert m.status is QuarantineStatus.HELD and m.size == len(BODY) and m.phi
    assert m.entity_counts == (("CONDITION", 1), ("MRN", 1), ("PERSON", 1))
    store.close()
    again = QuarantineStore(tmp_path / "var", KeyRing.load(keyfile, None))
    got = again.get(m.id)
    assert got.mail_from == SENDER and got.rcpts == (RCPT,)
    assert got.mail_options == ("BODY=8BITMIME",) and got.expiry_action == "delete"
    assert again.open_message(m.id) == BODY
    ev = again.open_evidence(m.id)
    assert ev.findings[1] == Finding("MRN", "identifier", "body", 16, 30, 0.9, "mrn")
    assert ev.segments[0].text[16:30] == MRN
    assert ev.attachments[0].status is AttachmentStatus.ENCRYPTED
    assert ev.evidence == ("identifier+health in body",)


def test_hold_without_scan_has_empty_evidence(store: QuarantineStore) -> None:
    m = hold(store, scan=None)
    assert not m.has_evidence and store.open_evidence(m.id).findings == ()


def test_default_expiry_and_none_means_never(store: QuarantineStore) -> None:
    store.default_expires_in = 10.0
    store.default_expiry_action = "reject"
    from gateway.quarantine.store import DEFAULT

    m = hold(store, expires_in=DEFAULT)
    assert m.expires_at is not None and abs(m.expires_at - m.held_at - 10.0) < 0.01
    assert m.expiry_action == "reject"
    assert hold(store, expires_in=None).expires_at is None


def test_tampered_file_is_refused(store: QuarantineStore) -> None:
    m = hold(store)
    p = store.message_path(m.id)
    b = bytearray(p.read_bytes())
    b[-5] ^= 1
    p.write_bytes(bytes(b))
    with pytest.raises(QuarantineIntegrityError):
        store.open_message(m.id)


def test_blob_cannot_be_moved_to_another_message(store: QuarantineStore) -> None:
    a, b = hold(store), hold(store)
    store.message_path(b.id).write_bytes(store.message_path(a.id).read_bytes())
    with pytest.raises(QuarantineIntegrityError):
        store.open_message(b.id)


def test_wrong_key_cannot_read(store: QuarantineStore, tmp_path: Path) -> None:
    m = hold(store)
    kid = store.keys.current
    other = QuarantineStore(tmp_path / "var", KeyRing.single(os.urandom(32), kid))
    with pytest.raises(QuarantineIntegrityError):
        other.open_message(m.id)


def test_key_rotation_old_messages_stay_readable(store: QuarantineStore, keyfile: Path) -> None:
    old = hold(store)
    old_kid = store.keys.current
    new_kid = append_key(keyfile)
    store.keys.reload()
    assert store.keys.current == new_kid
    new = hold(store)
    assert new.key_id == new_kid and old.key_id == old_kid
    assert store.open_message(old.id) == BODY and store.open_message(new.id) == BODY
    # re-encrypt: afterwards the old key is not needed any more
    store.set_status(old.id, QuarantineStatus.REJECTED, "alice", note="wrong recipient")
    assert store.rekey(old.id) and not store.rekey(old.id)
    assert store.get(old.id).key_id == new_kid
    only_new = KeyRing(new_kid, {new_kid: store.keys.key(new_kid)})
    fresh = QuarantineStore(store.state_dir, only_new)
    assert fresh.open_message(old.id) == BODY
    assert fresh.note(old.id) == "wrong recipient"
    assert fresh.open_evidence(old.id).segments[0].text.startswith(NAME)


def test_running_store_learns_a_key_rotated_elsewhere(store: QuarantineStore,
                                                      keyfile: Path, tmp_path: Path) -> None:
    cli = QuarantineStore(tmp_path / "var", KeyRing.load(keyfile, None))
    append_key(keyfile)
    cli.keys.reload()
    m = hold(cli)  # sealed with a key the first store has not loaded yet
    assert store.open_message(m.id) == BODY


def test_keys_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import base64

    k1, k2 = base64.b64encode(os.urandom(32)).decode(), base64.b64encode(os.urandom(32)).decode()
    monkeypatch.setenv("PHIGATE_TEST_QKEY", f"old {k1}, new {k2}")
    ring = KeyRing.load(tmp_path / "absent.key", "PHIGATE_TEST_QKEY")
    assert ring.current == "new" and ring.ids == ("old", "new")
    assert not (tmp_path / "absent.key").exists()
    with pytest.raises(QuarantineKeyError):
        parse_keys("k1 notbase64!!", "x")
    with pytest.raises(QuarantineKeyError):
        parse_keys(f"k1 {base64.b64encode(b'short').decode()}", "x")


def test_key_file_generated_private(keyfile: Path, tmp_path: Path) -> None:
    KeyRing.load(keyfile, None)
    assert stat.S_IMODE(keyfile.stat().st_mode) == 0o600


def test_status_transitions_are_exact(store: QuarantineStore) -> None:
    m = hold(store)
    assert store.set_status(m.id, QuarantineStatus.RELEASING, "alice")
    assert not store.set_status(m.id, QuarantineStatus.RELEASING, "bob")  # no-op
    with pytest.raises(QuarantineStateError):
        store.set_status(m.id, QuarantineStatus.REJECTED, "bob")
    assert store.set_status(m.id, QuarantineStatus.RELEASED, "alice")
    with pytest.raises(QuarantineStateError):
        store.set_status(m.id, QuarantineStatus.RELEASING, "alice")
    with pytest.raises(QuarantineNotFound):
        store.get("nope")


def test_remove_data_keeps_the_row(store: QuarantineStore) -> None:
    m = hold(store)
    with pytest.raises(QuarantineStateError):
        store.remove_data(m.id)  # still held: data needed
    store.set_status(m.id, QuarantineStatus.DELETED, "alice")
    assert store.remove_data(m.id)
    assert not store.message_path(m.id).exists() and not store.evidence_path(m.id).exists()
    got = store.get(m.id)
    assert got.status is QuarantineStatus.DELETED and not got.data_present
    with pytest.raises(QuarantineDataGone):
        store.open_message(m.id)


def test_list_filters_and_counts(store: QuarantineStore) -> None:
    a = hold(store)
    b = hold(store, rcpts=("x@gmail.example", "y@gmail.example"), rule="personal-mail")
    c = hold(store, mail_from="nurse@ward.example")
    store.set_status(c.id, QuarantineStatus.DELETED, "alice")
    assert {m.id for m in store.list()} == {a.id, b.id, c.id}
    assert [m.id for m in store.list(rule="personal-mail")] == [b.id]
    assert [m.id for m in store.list(recipient_domain="gmail.example")] == [b.id]
    assert {m.id for m in store.list(sender="clinic.example")} == {a.id, b.id}
    assert [m.id for m in store.list(sender="nurse@ward.example")] == [c.id]
    assert {m.id for m in store.list(status="held")} == {a.id, b.id}
    assert store.list(older_than=3600) == []
    assert len(store.list(newer_than=3600, limit=2)) == 2
    counts = store.counts()
    assert counts["held"] == 2 and counts["deleted"] == 1 and counts["released"] == 0


def test_lease_gives_one_worker_a_message(store: QuarantineStore) -> None:
    m = hold(store)
    store.set_status(m.id, QuarantineStatus.RELEASING, "alice")
    assert store.claim(m.id, "w1", 60)
    assert not store.claim(m.id, "w2", 60)
    assert store.claim(m.id, "w1", 60)  # renew
    assert store.due()[0] == []  # leased: not due for others


def test_hold_latency(store: QuarantineStore) -> None:
    """hold() fsyncs the file, the directory and the SQLite commit: report the figure."""
    times = []
    for _ in range(20):
        t = time.perf_counter()
        hold(store)
        times.append(time.perf_counter() - t)
    times.sort()
    print(f"\nhold() latency with fsync: median {times[10] * 1000:.1f} ms, "
          f"max {times[-1] * 1000:.1f} ms ({len(BODY)} byte message)")
    assert times[10] < 1.0


def test_orphans_are_found_after_an_interrupted_hold(store: QuarantineStore) -> None:
    m = hold(store)
    d = store.message_path(m.id).parent
    orphan = d / "ffffffffffffffff.bin"
    temp = d / f".{m.id}.bin.abcd.tmp"
    orphan.write_bytes(b"PGQ1...")
    temp.write_bytes(b"partial")
    old = time.time() - 7200
    for p in (orphan, temp, store.message_path(m.id)):
        os.utime(p, (old, old))
    assert sorted(store.orphans()) == sorted([orphan, temp])
    assert store.orphans(min_age=10_000) == []


def test_running_store_switches_to_a_rotated_key(store: QuarantineStore, keyfile: Path) -> None:
    before = store.keys.current
    assert not store.keys.maybe_reload()
    new = append_key(keyfile)
    assert store.keys.maybe_reload() and store.keys.current == new != before
    assert hold(store).key_id == new
    keyfile.write_text("garbage\n")  # a broken edit keeps the keys in use
    assert not store.keys.maybe_reload() and store.keys.current == new


def test_leases_of_dead_processes_are_freed(store: QuarantineStore) -> None:
    import socket

    m = hold(store)
    store.set_status(m.id, QuarantineStatus.RELEASING, "alice")
    dead = subprocess.Popen(["true"])
    dead.wait()
    host = socket.gethostname()
    assert store.claim(m.id, f"{host}:{dead.pid}:abc", 600)
    assert store.due()[0] == []
    assert store.drop_dead_leases("other-host") == 0
    assert store.drop_dead_leases(host) == 1
    assert store.due()[0] == [m.id]
    assert store.claim(m.id, f"{host}:{os.getpid()}:me", 600)
    assert store.drop_dead_leases(host) == 0  # our own lease stays
    assert store.drop_leases(f"{host}:{os.getpid()}:me") == 1


def test_a_lost_key_is_not_silently_replaced(store: QuarantineStore, keyfile: Path,
                                             tmp_path: Path) -> None:
    from gateway.config import GatewayConfig
    from gateway.quarantine.runtime import open_store

    hold(store)
    store.close()
    keyfile.unlink()
    config = GatewayConfig.model_validate({"state_dir": str(tmp_path / "var")})
    with pytest.raises(QuarantineKeyError, match="restore the key"):
        open_store(config)
    assert not keyfile.exists()
