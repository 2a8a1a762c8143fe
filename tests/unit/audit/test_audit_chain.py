"""The audit chain: every edit, deletion, reordering or forged re-hash is found, with its seq."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import sqlite3
import stat
from pathlib import Path

import pytest

from gateway.audit.log import (
    GENESIS,
    AuditFieldError,
    AuditLog,
    canonical,
    record_hash,
    register_kind,
)


@pytest.fixture
def audit(tmp_path: Path) -> AuditLog:
    log = AuditLog.open(tmp_path)
    for i in range(10):
        log.record("view", f"reviewer{i % 3}", id=f"q{i:04d}", what="message")
    return log


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path / "audit.db", isolation_level=None)


def test_intact_chain_verifies(audit: AuditLog) -> None:
    r = audit.verify()
    assert r.ok and r.records == 10 and r.broken_at is None
    assert (r.head_seq, r.head_hash) == audit.head()


def test_key_file_is_private(tmp_path: Path) -> None:
    AuditLog.open(tmp_path)
    mode = stat.S_IMODE((tmp_path / "audit.key").stat().st_mode)
    assert mode == 0o600
    assert stat.S_IMODE((tmp_path / "audit.db").stat().st_mode) == 0o600


def test_hash_is_sha256_of_prev_and_canonical_record(audit: AuditLog) -> None:
    first, second = audit.records(limit=2)
    assert first.prev_hash == GENESIS and second.prev_hash == first.hash
    body = canonical({"seq": 2, "ts": second.ts, "kind": "view", "actor": second.actor,
                      "fields": dict(second.fields)})
    assert second.hash == hashlib.sha256(first.hash.encode() + body.encode()).hexdigest()
    assert body.startswith('{"actor":') and " " not in body.replace("reviewer1", "")


def test_edit_in_the_middle(audit: AuditLog, tmp_path: Path) -> None:
    raw(tmp_path).execute("UPDATE records SET fields = ? WHERE seq = 5",
                          (json.dumps({"id": "q9999", "what": "message"}),))
    r = audit.verify()
    assert not r.ok and r.broken_at == 5 and "hash mismatch" in (r.problem or "")


def test_edit_of_the_actor_at_the_end(audit: AuditLog, tmp_path: Path) -> None:
    raw(tmp_path).execute("UPDATE records SET actor = 'someone-else' WHERE seq = 10")
    r = audit.verify()
    assert not r.ok and r.broken_at == 10 and "hash mismatch" in (r.problem or "")


def test_deletion_in_the_middle(audit: AuditLog, tmp_path: Path) -> None:
    raw(tmp_path).execute("DELETE FROM records WHERE seq = 4")
    r = audit.verify()
    assert not r.ok and r.broken_at == 5 and "gap" in (r.problem or "")


def test_deletion_at_the_end_is_caught_by_the_head(audit: AuditLog, tmp_path: Path) -> None:
    raw(tmp_path).execute("DELETE FROM records WHERE seq IN (9, 10)")
    r = audit.verify()
    assert not r.ok and r.broken_at == 9 and "truncated" in (r.problem or "")


def test_truncation_with_forged_head_needs_the_key(audit: AuditLog, tmp_path: Path) -> None:
    db = raw(tmp_path)
    seq, h = db.execute("SELECT seq, hash FROM records WHERE seq = 8").fetchone()
    db.execute("DELETE FROM records WHERE seq > 8")
    db.execute("UPDATE meta SET value = ? WHERE key = 'head'", (f"{seq}:{h}:{'0' * 64}",))
    r = audit.verify()
    assert not r.ok and "head mac mismatch" in (r.problem or "")


def test_reordering(audit: AuditLog, tmp_path: Path) -> None:
    db = raw(tmp_path)
    rows = {s: db.execute("SELECT ts, kind, actor, fields, prev_hash, hash, mac FROM records "
                          "WHERE seq = ?", (s,)).fetchone() for s in (3, 4)}
    for target, source in ((3, 4), (4, 3)):
        db.execute("UPDATE records SET ts=?, kind=?, actor=?, fields=?, prev_hash=?, hash=?, "
                   "mac=? WHERE seq = ?", (*rows[source], target))
    r = audit.verify()
    assert not r.ok and r.broken_at == 3 and "prev mismatch" in (r.problem or "")


def test_forged_rehash_without_the_key_fails_the_mac(audit: AuditLog, tmp_path: Path) -> None:
    """An attacker with the DB rewrites record 6 and recomputes every later hash (sha256 is
    public), head included, but cannot compute the HMAC without the key."""
    db = raw(tmp_path)
    rows = db.execute("SELECT seq, ts, kind, actor, fields, prev_hash FROM records "
                      "WHERE seq >= 6 ORDER BY seq").fetchall()
    prev = db.execute("SELECT hash FROM records WHERE seq = 5").fetchone()[0]
    for seq, ts, kind, actor, stored, _ in rows:
        fields = canonical({"id": "forged", "what": "message"}) if seq == 6 else stored
        h = record_hash(prev, seq, ts, kind, actor, fields)
        db.execute("UPDATE records SET fields=?, prev_hash=?, hash=? WHERE seq=?",
                   (fields, prev, h, seq))
        prev = h
    db.execute("UPDATE meta SET value = ? WHERE key = 'head'", (f"10:{prev}:{'0' * 64}",))
    r = audit.verify()
    assert not r.ok and r.broken_at == 6 and "mac mismatch" in (r.problem or "")


def test_rewrite_with_the_key_is_caught_by_an_outside_anchor(audit: AuditLog,
                                                             tmp_path: Path) -> None:
    """Root on the host has the key too: only the anchor (SIEM copy / log line) catches it."""
    anchor = audit.head()
    (tmp_path / "audit.db").unlink()
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"audit.db{suffix}").unlink(missing_ok=True)
    forged = AuditLog.open(tmp_path)  # same key file
    for i in range(10):
        forged.record("view", "reviewer0", id=f"x{i:04d}", what="message")
    assert forged.verify().ok
    r = forged.verify(anchor=anchor)
    assert not r.ok and r.broken_at == 10 and "anchor mismatch" in (r.problem or "")
    r2 = forged.verify(anchor=(11, anchor[1]))
    assert not r2.ok and "not found" in (r2.problem or "")


def test_verify_ok_against_its_own_anchor(audit: AuditLog) -> None:
    seq, h = audit.head()
    audit.record("view", "reviewer1", id="q0011", what="message")
    assert audit.verify(anchor=(seq, h)).ok


@pytest.mark.parametrize("fields", [
    {"id": "q1", "subject": "Re: test results"},  # not on the allow-list
    {"id": "q1", "detail": "sent to ingrid.solberg@example.org"},  # an address
    {"id": "q1", "rcpts": ["ingrid@example.org"]},  # addresses inside a list
    {"id": "q1", "entity_counts": {"bob@example.org": 1}},  # in a mapping key
    {"id": "q1", "size": object()},  # not JSON
])
def test_phi_shaped_fields_are_refused(audit: AuditLog, fields: dict[str, object]) -> None:
    with pytest.raises(AuditFieldError) as exc:
        audit.record("release", "alice", **fields)
    assert "example.org" not in str(exc.value)  # the error names the field, not the value
    assert audit.head()[0] == 10


def test_pseudonyms_are_accepted_stable_and_keyed(audit: AuditLog, tmp_path: Path) -> None:
    p = audit.pseudonym("Ingrid.Solberg@Example.org")
    assert p == audit.pseudonym("ingrid.solberg@example.org") and "@" not in p
    audit.record("decision", "gateway", sender=p, rcpts=[audit.pseudonym("x@y.org")],
                 sender_domain="example.org", entity_counts={"PERSON": 2})
    other = AuditLog(tmp_path / "other", b"k" * 32)
    assert other.pseudonym("ingrid.solberg@example.org") != p


def test_unknown_kind_is_refused_until_registered(audit: AuditLog) -> None:
    with pytest.raises(AuditFieldError):
        audit.record("frobnicate", "alice", id="1")
    register_kind("frobnicate", {"widget"})
    audit.record("frobnicate", "alice", id="1", widget=3)


def test_workforce_login_may_be_an_address(audit: AuditLog) -> None:
    audit.record("login", "alice@hospital.example", user="alice@hospital.example", mfa=True)
    assert audit.verify().ok


def _writer(path: str, n: int, name: str) -> None:
    log = AuditLog.open(Path(path))
    for i in range(n):
        log.record("view", name, id=f"{name}-{i}", what="message")


def test_concurrent_writers_in_several_processes_keep_one_chain(tmp_path: Path) -> None:
    AuditLog.open(tmp_path)  # create the key first
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), 40, f"p{i}")) for i in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    log = AuditLog.open(tmp_path)
    r = log.verify()
    assert r.ok and r.records == 160
    assert [rec.seq for rec in log.records()] == list(range(1, 161))


def test_concurrent_threads_group_commit_keeps_one_chain(tmp_path: Path) -> None:
    import threading
    import time

    log = AuditLog.open(tmp_path)
    seqs: list[int] = []
    lock = threading.Lock()

    def work(name: str) -> None:
        for i in range(50):
            s = log.record("view", name, id=f"{name}-{i}", what="message")
            with lock:
                seqs.append(s)

    threads = [threading.Thread(target=work, args=(f"t{i}",)) for i in range(8)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    print(f"\naudit: {400 / elapsed:.0f} records/s with 8 writer threads (group commit)")
    assert sorted(seqs) == list(range(1, 401))  # each caller got its own seq
    r = log.verify()
    assert r.ok and r.records == 400
    mine = [rec for rec in log.records() if rec.actor == "t3"]
    assert [rec.fields["id"] for rec in mine] == [f"t3-{i}" for i in range(50)]


def test_a_lost_key_is_not_silently_replaced(audit: AuditLog, tmp_path: Path) -> None:
    from gateway.audit.log import AuditError

    (tmp_path / "audit.key").unlink()
    with pytest.raises(AuditError, match="restore the key"):
        AuditLog.open(tmp_path)
    with pytest.raises(AuditError, match="no audit key"):
        AuditLog.open(tmp_path / "fresh", create=False)
    assert not (tmp_path / "fresh" / "audit.key").exists()
