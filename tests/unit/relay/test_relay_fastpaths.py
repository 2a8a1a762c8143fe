"""The relay path's fast paths keep the slow paths' guarantees.

* audit group commit (``AuditLog.arecord``): every concurrent record is committed (and its
  ``seq`` known) before the caller goes on, batched into few transactions, the chain verifies,
  and the writer's hash is byte-for-byte the general ``record_hash``;
* batched logging: lines reach the file in order, a WARNING is written without waiting for
  the batch interval, and ``shutdown`` writes what is still queued.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gateway import logs
from gateway.audit.log import AuditLog, AuditStorageError, _record_hash_fast, canonical, record_hash

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12,
)


@settings(max_examples=300, deadline=None)
@given(fields=st.dictionaries(st.text(max_size=10), json_values, max_size=6),
       seq=st.integers(1, 2**40), ts=st.floats(0, 4e9, allow_nan=False),
       kind=st.text(min_size=1, max_size=12), actor=st.text(min_size=1, max_size=30))
def test_writer_hash_is_record_hash(fields: dict[str, object], seq: int, ts: float, kind: str,
                                    actor: str) -> None:
    fields_json = canonical(fields)
    ts = round(ts, 6)
    assert _record_hash_fast("ab" * 32, seq, ts, kind, actor, fields_json) == record_hash(
        "ab" * 32, seq, ts, kind, actor, fields_json)


def _audit(tmp_path: Path) -> AuditLog:
    return AuditLog(tmp_path, b"k" * 32)


async def test_concurrent_records_commit_in_groups_and_verify(tmp_path: Path) -> None:
    audit = _audit(tmp_path)
    commits = 0
    real_commit = audit._commit

    def counting(batch: list) -> None:  # type: ignore[type-arg]
        nonlocal commits
        commits += 1
        real_commit(batch)

    audit._commit = counting  # type: ignore[method-assign]
    seqs = await asyncio.gather(*(
        audit.arecord("decision", "gateway", queue_id=f"Q{n}", action="deliver", code=250)
        for n in range(200)))
    assert sorted(seqs) == list(range(1, 201))
    assert commits < 200 / 4, commits  # grouped, not one transaction per record
    # Each awaited seq is already on disk, visible to another connection.
    other = sqlite3.connect(tmp_path / "audit.db")
    assert other.execute("SELECT count(*) FROM records").fetchone()[0] == 200
    other.close()
    result = audit.verify()
    assert result.ok and result.records == 200
    queue_ids = [r.fields["queue_id"] for r in audit.records()]
    assert sorted(queue_ids) == sorted(f"Q{n}" for n in range(200))
    audit.close()


async def test_threads_and_coroutines_share_the_chain(tmp_path: Path) -> None:
    audit = _audit(tmp_path)

    def from_thread(n: int) -> int:
        return audit.record("view", "alice", id=f"t{n}", what="message")

    results = await asyncio.gather(
        *(asyncio.to_thread(from_thread, n) for n in range(20)),
        *(audit.arecord("view", "bob", id=f"c{n}", what="message") for n in range(20)))
    assert sorted(results) == list(range(1, 41))
    assert audit.verify().ok
    audit.close()


async def test_arecord_refuses_phi_before_queueing(tmp_path: Path) -> None:
    audit = _audit(tmp_path)
    with pytest.raises(ValueError, match="e-mail"):
        await audit.arecord("decision", "gateway", sender="ingrid@clinic.test")
    assert audit.records() == []
    audit.close()


async def test_storage_failure_reaches_every_waiter(tmp_path: Path) -> None:
    audit = _audit(tmp_path)
    await audit.arecord("decision", "gateway", queue_id="Q0")
    blocker = sqlite3.connect(tmp_path / "audit.db", timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")  # another writer holds the database
    audit._db.execute("PRAGMA busy_timeout=50")
    try:
        outcomes = await asyncio.gather(
            *(audit.arecord("decision", "gateway", queue_id=f"Q{n}") for n in range(5)),
            return_exceptions=True)
    finally:
        blocker.rollback()
        blocker.close()
    assert all(isinstance(o, AuditStorageError) for o in outcomes), outcomes
    assert await audit.arecord("decision", "gateway", queue_id="Q9") == 2  # recovers
    assert audit.verify().ok
    audit.close()


async def test_a_cancelled_waiter_does_not_stop_the_group(tmp_path: Path) -> None:
    audit = _audit(tmp_path)
    first = asyncio.ensure_future(audit.arecord("decision", "gateway", queue_id="Q1"))
    second = asyncio.ensure_future(audit.arecord("decision", "gateway", queue_id="Q2"))
    await asyncio.sleep(0)
    first.cancel()
    assert await second in (1, 2)
    await asyncio.sleep(0.05)
    assert len(audit.records()) == 2  # Q1 was written all the same (its reply was a 451)
    assert audit.verify().ok
    audit.close()


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(x) for x in path.read_text().splitlines()]


def test_batched_log_lines_in_order_and_flushed_at_shutdown(tmp_path: Path) -> None:
    root = logging.getLogger()
    saved = list(root.handlers), root.level
    path = tmp_path / "g.log"
    try:
        logs.setup("INFO", "json", path)
        log = logging.getLogger("gateway.test")
        for n in range(500):
            log.info("message %d", n, extra={logs.FIELDS: {"queue_id": f"Q{n}"}})
        logs.shutdown()
        lines = _lines(path)
        assert [x["queue_id"] for x in lines] == [f"Q{n}" for n in range(500)]
        assert lines[7]["msg"] == "message 7"
    finally:
        logs.shutdown()
        for h in list(root.handlers):
            root.removeHandler(h)
        for h in saved[0]:
            root.addHandler(h)
        root.setLevel(saved[1])


def test_warning_is_written_without_waiting_for_the_batch(tmp_path: Path) -> None:
    root = logging.getLogger()
    saved = list(root.handlers), root.level
    path = tmp_path / "g.log"
    try:
        logs.setup("INFO", "json", path)
        assert logs._listener is not None
        logs._listener.interval = 30.0  # a batch would take 30 s; a warning must not
        time.sleep(0.1)  # let the listener enter its (now long) wait
        logging.getLogger("gateway.test").info("routine")
        logging.getLogger("gateway.test").warning("next hop down")
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            if path.exists() and "next hop down" in path.read_text():
                break
            time.sleep(0.02)
        assert [x["msg"] for x in _lines(path)] == ["routine", "next hop down"]
    finally:
        logs.shutdown()
        for h in list(root.handlers):
            root.removeHandler(h)
        for h in saved[0]:
            root.addHandler(h)
        root.setLevel(saved[1])
