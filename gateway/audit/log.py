"""The tamper-evident audit trail: append-only, hash-chained and HMAC'd records in SQLite.

Each record is ``seq, ts, kind, actor, fields`` plus ``prev_hash``, ``hash`` and ``mac``:

* ``hash = sha256(prev_hash || canonical(seq, ts, kind, actor, fields))`` chains the records, so an
  edit, a deletion or a reordering breaks the chain at a known ``seq``;
* ``mac = HMAC-SHA256(audit key, "rec|" || hash)``: a plain hash chain can be recomputed by anyone
  with write access to the database; without the key a re-hashed forgery fails the MAC check;
* a ``head`` row (seq, hash, MAC) is written in the same transaction, so truncating the tail is
  detected too.

Someone holding both the database and the key (root on the host) can still rewrite history:
the copy forwarded to the SIEM (:mod:`gateway.audit.siem`) and the periodic head anchors in the
gateway log are the real anchors. ``verify(anchor=...)`` checks a head hash taken from there.

Never PHI: each kind has an allow-list of field names, and a string value that looks like an
e-mail address is refused (use :meth:`AuditLog.pseudonym` for correlation). Writers in several
processes (the gateway, the CLI, the console) are serialised by ``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gateway.sqlite import open_db

log = logging.getLogger(__name__)

GENESIS = "0" * 64
DB_NAME = "audit.db"
KEY_NAME = "audit.key"

# Field names every kind may carry: ids, domains, types and counts, outcomes. Never content.
COMMON_FIELDS: frozenset[str] = frozenset({
    "id", "ids", "quarantine_id", "queue_id", "message_id_hash", "session_id", "request_id",
    "rule", "rules", "action", "actions", "reason", "reasons", "policy_version", "policy",
    "phi", "score", "entity_counts", "entities", "categories", "count", "size",
    "sender_domain", "rcpt_domains", "recipient_domain", "recipient_domains", "domain",
    "sender", "rcpts", "recipients",  # only pseudonyms (pseudonym()) may go in these
    "status", "result", "code", "detail", "outcome", "attempts", "tls", "tls_out", "mechanism",
    "encrypt", "provider", "note_given", "via", "ip", "peer", "user_agent", "role", "method",
    "source", "reference", "elapsed_ms", "error", "version", "head_seq", "head_hash",
    "older_than_days", "removed", "key_id", "from_status", "to_status",
})

# Kinds, each with the extra field names it may carry on top of COMMON_FIELDS.
KIND_FIELDS: dict[str, frozenset[str]] = {
    "decision": frozenset({
        "verdict", "inspect_ms", "deliver_ms", "dsn", "truncated",
        "monitored",  # what monitor-mode rules would have done: rule, action, modifier names
        "fallback",  # the action carried out instead of a Deliver no channel could meet
        "second_opinion",  # the message classifier made ("made_phi") or "overruled" the verdict
    }),
    "hold": frozenset({"expires_at", "expiry_action"}),
    "view": frozenset({"what", "masked"}),
    "unmask": frozenset({"what", "findings"}),
    "release": frozenset({"delivered", "failed"}),
    "release_encrypted": frozenset({"delivered", "failed"}),
    "release_failed": frozenset({"delivered", "failed"}),
    "reject": frozenset({"notice"}),
    "notice": frozenset(),
    "delete": frozenset(),
    "purge": frozenset({"orphans"}),
    "expire": frozenset({"expiry_action"}),
    "key_rotate": frozenset({"old_key_id", "reencrypted"}),
    "login": frozenset({"user", "mfa"}),
    "login_failed": frozenset({"user", "mfa"}),
    "logout": frozenset({"user"}),
    "session_timeout": frozenset({"user"}),
    "user_add": frozenset({"user"}),
    "user_disable": frozenset({"user"}),
    "user_enable": frozenset({"user"}),
    "user_role": frozenset({"user"}),
    "mfa_reset": frozenset({"user"}),
    "password_change": frozenset({"user"}),
    "policy_reload": frozenset({"previous_version"}),
    "config_reload": frozenset({"changed"}),
    "gateway_start": frozenset(),
    "gateway_stop": frozenset(),
    "export": frozenset({"from_ts", "to_ts", "record_kind"}),
}

# Fields that name a workforce account (a reviewer's login may be an e-mail address): exempt
# from the address check. Patients and correspondents never go here.
WORKFORCE_FIELDS = frozenset({"user"})

_EMAILISH = re.compile(r"[^\s@<>\"',;:]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*")
_KIND_RE = re.compile(r"^[a-z][a-z0-9_]{0,31}$")


class AuditError(Exception):
    """Base of the audit module's errors. Messages name fields and kinds, never values."""


class AuditFieldError(AuditError, ValueError):
    """A record was refused: unknown kind, field not allowed, or a value that looks like PHI."""


class AuditStorageError(AuditError, OSError):
    """The audit database could not be written."""


def register_kind(kind: str, fields: set[str] | frozenset[str] = frozenset()) -> None:
    """Allow a new record kind (e.g. from the console) with its extra field names."""
    if not _KIND_RE.match(kind):
        raise AuditFieldError(f"bad audit kind name {kind!r}")
    KIND_FIELDS[kind] = KIND_FIELDS.get(kind, frozenset()) | frozenset(fields)


def canonical(obj: Any) -> str:
    """Canonical JSON: sorted keys, no whitespace, UTF-8 kept as is."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False)


def record_hash(prev_hash: str, seq: int, ts: float, kind: str, actor: str,  # noqa: PLR0917
                fields_json: str) -> str:
    body = canonical({"seq": seq, "ts": ts, "kind": kind, "actor": actor,
                      "fields": json.loads(fields_json)})
    return hashlib.sha256(prev_hash.encode("ascii") + body.encode("utf-8")).hexdigest()


_encode_str = json.encoder.encode_basestring  # what canonical() uses with ensure_ascii=False


def _record_hash_fast(prev_hash: str, seq: int, ts: float, kind: str, actor: str,  # noqa: PLR0917
                      fields_json: str) -> str:
    """:func:`record_hash` for a ``fields_json`` that :func:`canonical` produced itself: the
    canonical body is assembled around it instead of parsing and re-encoding it (same bytes;
    tests/unit/audit proves it). The writer uses this; :meth:`AuditLog.verify` keeps the
    general one, which also re-canonicalises whatever the database holds."""
    body = (f'{{"actor":{_encode_str(actor)},"fields":{fields_json},'
            f'"kind":{_encode_str(kind)},"seq":{int(seq)},"ts":{float(ts)!r}}}')
    return hashlib.sha256(prev_hash.encode("ascii") + body.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class AuditRecord:
    seq: int
    ts: float
    kind: str
    actor: str
    fields: Mapping[str, Any]
    prev_hash: str
    hash: str
    mac: str

    def as_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "ts": self.ts, "kind": self.kind, "actor": self.actor,
                "fields": dict(self.fields), "prev_hash": self.prev_hash, "hash": self.hash,
                "mac": self.mac}


@dataclass(slots=True)
class _Pending:
    kind: str
    actor: str
    fields_json: str
    seq: int | None = None
    error: AuditError | None = None


@dataclass(frozen=True, slots=True)
class VerifyResult:
    ok: bool
    records: int
    broken_at: int | None = None
    problem: str | None = None
    head_seq: int = 0
    head_hash: str = GENESIS


def load_or_create_key(path: Path) -> bytes:
    """Read a 32-byte hex key file; create it (0600) on first use."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_bytes(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, key.hex().encode("ascii") + b"\n")
            os.fsync(fd)
        finally:
            os.close(fd)
        _fsync_dir(path.parent)
        log.warning("created a new audit HMAC key at %s: back it up with the SIEM anchors", path)
        return key
    try:
        key = bytes.fromhex(text)
    except ValueError:
        raise AuditError(f"{path}: not a hex key") from None
    if len(key) < 16:
        raise AuditError(f"{path}: key too short")
    return key


def _has_records(db: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30.0)
        try:
            return con.execute("SELECT 1 FROM records LIMIT 1").fetchone() is not None
        finally:
            con.close()
    except sqlite3.Error:
        return False


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_UNSORTABLE = object()


def _check_str(kind: str, name: str, value: str) -> str:
    if "@" in value and name not in WORKFORCE_FIELDS and _EMAILISH.search(value):
        raise AuditFieldError(
            f"audit {kind}.{name}: value looks like an e-mail address; use pseudonym()")
    if len(value) > 2000:
        raise AuditFieldError(f"audit {kind}.{name}: value too long")
    return value


def _checked(kind: str, name: str, value: Any) -> Any:
    """Validate one field value and return its JSON form (sets sorted, tuples as lists).

    Refused: strings that look like an e-mail address (outside WORKFORCE_FIELDS) or longer
    than 2,000 characters, mapping keys that are not strings, and any type but str, None,
    bool, int, float, mappings and list/tuple/set/frozenset of those. The first offending
    value in walk order decides the error. Exact builtin types take a fast path (a decision
    record is a few dozen values); subclasses and other mappings go through isinstance.
    """
    t = type(value)
    if t is str:
        return _check_str(kind, name, value)
    if value is None or t is bool or t is int or t is float:
        return value
    if t is dict:
        return {_checked_key(kind, name, k): _checked(kind, name, v) for k, v in value.items()}
    if t is list or t is tuple:
        return [_checked(kind, name, v) for v in value]
    return _checked_slow(kind, name, value)


def _checked_key(kind: str, name: str, key: Any) -> str:
    if not isinstance(key, str):
        raise AuditFieldError(f"audit {kind}.{name}: keys must be strings")
    return _check_str(kind, name, key)


def _checked_slow(kind: str, name: str, value: Any) -> Any:
    if isinstance(value, str):
        _check_str(kind, name, value)
        return value
    if isinstance(value, Mapping):
        return {_checked_key(kind, name, k): _checked(kind, name, v) for k, v in value.items()}
    if isinstance(value, set | frozenset):
        for v in value:
            _checked(kind, name, v)
        try:
            return sorted(value)
        except TypeError:
            return _UNSORTABLE  # refused by canonical(), after every other field is checked
    if isinstance(value, list | tuple):
        return [_checked(kind, name, v) for v in value]
    if isinstance(value, bool | int | float):
        return value
    raise AuditFieldError(f"audit {kind}.{name}: unsupported type {type(value).__name__}")


_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    seq INTEGER PRIMARY KEY,
    ts REAL NOT NULL,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    fields TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    mac TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS records_ts ON records(ts);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class AuditLog:
    """Append-only audit records; safe to share across threads and processes."""

    def __init__(self, state_dir: Path, hmac_key: bytes) -> None:
        self.state_dir = Path(state_dir)
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self.path = self.state_dir / DB_NAME
        self._key = hmac_key
        self._lock = threading.Lock()
        self._listeners: list[Callable[[int], None]] = []
        self._queue_lock = threading.Lock()
        self._queue: list[_Pending] = []
        # arecord(): the group being gathered on the event loop, and the task writing them.
        self._aloop: asyncio.AbstractEventLoop | None = None
        self._apending: list[tuple[_Pending, asyncio.Future[int]]] = []
        self._aflusher: asyncio.Task[None] | None = None
        self._db = open_db(self.path, _SCHEMA)

    @classmethod
    def open(cls, state_dir: Path, key_file: Path | None = None, *,
             create: bool = True) -> AuditLog:
        """Open the log under ``state_dir`` with its key file (created on first use).

        A missing key next to an audit database that already holds records is an error, not
        a reason to make a new key: records MAC'd with the lost key could never be verified
        again and new ones would silently start a second trust root. ``create=False`` (the
        read-only CLI commands) also refuses to start an empty trail.
        """
        path = key_file or Path(state_dir) / KEY_NAME
        if not path.exists():
            db = Path(state_dir) / DB_NAME
            if not create:
                raise AuditError(f"no audit key at {path}: no audit trail here yet, or the key "
                                 "was lost (restore it from backup)")
            if db.exists() and _has_records(db):
                raise AuditError(f"audit key {path} is missing but {db} holds records: restore "
                                 "the key from backup (a new key would break verification)")
        return cls(state_dir, load_or_create_key(path))

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- writing ---------------------------------------------------------------------------

    def pseudonym(self, value: str) -> str:
        """A stable, keyed pseudonym for an address or name (for correlation without PHI)."""
        digest = hmac.new(self._key, b"pseudonym|" + value.strip().lower().encode("utf-8"),
                          hashlib.sha256).hexdigest()
        return "ps:" + digest[:20]

    def _mac(self, label: str, text: str) -> str:
        return hmac.new(self._key, f"{label}|{text}".encode(), hashlib.sha256).hexdigest()

    def check(self, kind: str, actor: str, fields: Mapping[str, Any]) -> str:
        """Validate a record's kind and fields; return its canonical fields JSON."""
        allowed = KIND_FIELDS.get(kind)
        if allowed is None:
            raise AuditFieldError(
                f"unknown audit kind {kind!r} (see gateway.audit.log.KIND_FIELDS)")
        if not actor or len(actor) > 200 or "\n" in actor:
            raise AuditFieldError(f"audit {kind}: bad actor")
        out: dict[str, Any] = {}
        for name, value in fields.items():
            if name not in COMMON_FIELDS and name not in allowed:
                raise AuditFieldError(f"audit {kind}: field {name!r} is not on the allow-list")
            out[name] = _checked(kind, name, value)
        try:
            return canonical(out)
        except (TypeError, ValueError):
            raise AuditFieldError(f"audit {kind}: fields are not JSON-serialisable") from None

    def record(self, kind: str, actor: str, /, **fields: Any) -> int:
        """Append one record; returns its ``seq`` once committed (fsync'd).

        Group commit: records that arrive from other threads while a commit is in progress
        are written together in the next transaction (one fsync for the batch), so
        concurrent writers do not queue behind one fsync each.
        """
        return self._record_checked(_Pending(kind, actor, self.check(kind, actor, fields)))

    def _commit(self, batch: list[_Pending]) -> None:
        """Write a batch in one transaction (caller holds ``_lock``)."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                row = self._db.execute(
                    "SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1").fetchone()
                seq, prev = (row[0], row[1]) if row else (0, GENESIS)
                done: list[tuple[_Pending, int]] = []
                for item in batch:
                    seq += 1
                    ts = round(time.time(), 6)
                    h = _record_hash_fast(prev, seq, ts, item.kind, item.actor, item.fields_json)
                    self._db.execute(
                        "INSERT INTO records(seq, ts, kind, actor, fields, prev_hash, hash, mac)"
                        " VALUES (?,?,?,?,?,?,?,?)",
                        (seq, ts, item.kind, item.actor, item.fields_json, prev, h,
                         self._mac("rec", h)))
                    done.append((item, seq))
                    prev = h
                self._db.execute(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES ('head', ?)",
                    (f"{seq}:{prev}:{self._mac('head', f'{seq}:{prev}')}",))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            err = AuditStorageError(f"audit write failed: {exc.__class__.__name__}")
            for item in batch:
                item.error = err
            return
        for item, n in done:
            item.seq = n
        for listener in list(self._listeners):
            try:
                listener(seq)
            except Exception as exc:  # noqa: BLE001 - the record is committed; a hook may fail
                log.debug("audit listener failed: %s", exc.__class__.__name__)

    def add_listener(self, fn: Callable[[int], None]) -> None:
        """Call ``fn(seq)`` after each committed record (from the writing thread)."""
        self._listeners.append(fn)

    def remove_listener(self, fn: Callable[[int], None]) -> None:
        with contextlib.suppress(ValueError):
            self._listeners.remove(fn)

    async def arecord(self, kind: str, actor: str, /, **fields: Any) -> int:
        """:meth:`record` for coroutines; returns the ``seq`` once committed (fsync'd).

        Group commit on the event loop: records from concurrent coroutines wait in a list
        while one batch is being written, then go in the next transaction together, so a busy
        gateway pays one worker-thread hop and one fsync per batch instead of one per record.
        """
        item = _Pending(kind, actor, self.check(kind, actor, fields))
        loop = asyncio.get_running_loop()
        if self._aloop is not loop:
            if self._aloop is not None and self._aloop.is_running() and self._apending:
                # Another loop (another thread) owns the batch: take the thread path.
                return await asyncio.to_thread(self._record_checked, item)
            self._aloop, self._apending, self._aflusher = loop, [], None
        future: asyncio.Future[int] = loop.create_future()
        self._apending.append((item, future))
        if self._aflusher is None:
            self._aflusher = loop.create_task(self._aflush(), name="audit-group-commit")
        return await future

    def _record_checked(self, item: _Pending) -> int:
        with self._queue_lock:
            self._queue.append(item)
        with self._lock:
            if item.seq is None and item.error is None:
                with self._queue_lock:
                    batch, self._queue = self._queue, []
                self._commit(batch)
        if item.error is not None:
            raise item.error
        assert item.seq is not None
        return item.seq

    def _commit_group(self, batch: list[_Pending]) -> None:
        with self._lock:
            with self._queue_lock:  # records from threads (record()) waiting meanwhile
                batch, self._queue = batch + self._queue, []
            self._commit(batch)

    async def _aflush(self) -> None:
        loop = asyncio.get_running_loop()
        batch: list[tuple[_Pending, asyncio.Future[int]]] = []
        try:
            while self._apending:
                batch, self._apending = self._apending, []
                await loop.run_in_executor(None, self._commit_group, [i for i, _ in batch])
                for item, future in batch:
                    if future.done():  # the waiter was cancelled (its reply is a 451 anyway)
                        continue
                    if item.error is not None:
                        future.set_exception(item.error)
                    else:
                        assert item.seq is not None
                        future.set_result(item.seq)
                batch = []
        except BaseException as exc:
            # Cancelled at shutdown or a fault outside sqlite: whoever still waits gets an
            # error (fail closed), even if the batch may have been committed after all.
            err = AuditStorageError(f"audit write interrupted: {exc.__class__.__name__}")
            for _, future in batch + self._apending:
                if not future.done():
                    future.set_exception(err)
            self._apending = []
            raise
        finally:
            self._aflusher = None

    # -- reading ---------------------------------------------------------------------------

    def head(self) -> tuple[int, str]:
        with self._lock:
            row = self._db.execute(
                "SELECT seq, hash FROM records ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], row[1]) if row else (0, GENESIS)

    def records(self, *, after: int = 0, limit: int | None = None, kind: str | None = None,
                from_ts: float | None = None, to_ts: float | None = None) -> list[AuditRecord]:
        sql = "SELECT seq, ts, kind, actor, fields, prev_hash, hash, mac FROM records WHERE seq > ?"
        args: list[Any] = [after]
        if kind is not None:
            sql += " AND kind = ?"
            args.append(kind)
        if from_ts is not None:
            sql += " AND ts >= ?"
            args.append(from_ts)
        if to_ts is not None:
            sql += " AND ts < ?"
            args.append(to_ts)
        sql += " ORDER BY seq"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        with self._lock:
            rows = self._db.execute(sql, args).fetchall()
        return [AuditRecord(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6], r[7])
                for r in rows]

    def get_meta(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        if key == "head":
            raise AuditError("the head is written by record() only")
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    # -- verification ----------------------------------------------------------------------

    def _iter_raw(self) -> Iterator[tuple[Any, ...]]:
        # A separate read connection: a long verify must not hold the writers' lock.
        db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30.0)
        try:
            cur = db.execute("SELECT seq, ts, kind, actor, fields, prev_hash, hash, mac "
                             "FROM records ORDER BY rowid")
            yield from cur
        finally:
            db.close()

    def verify(self, anchor: tuple[int, str] | None = None) -> VerifyResult:
        """Walk the whole chain; report the first break (seq and what) or ok.

        ``anchor`` is a (seq, hash) pair taken from outside this host (the SIEM copy or an
        anchor log line): the chain must contain that record with that hash.
        """
        expected_seq = 1
        prev = GENESIS
        count = 0
        anchor_seen = anchor is None or anchor[0] == 0
        last_seq = 0
        for seq, ts, kind, actor, fields_json, prev_hash, h, mac in self._iter_raw():
            count += 1
            if seq != expected_seq:
                what = "gap (records missing)" if seq > expected_seq else "out of order"
                return VerifyResult(False, count, seq,
                                    f"{what}: expected seq {expected_seq}, found {seq}")
            if prev_hash != prev:
                return VerifyResult(False, count, seq, "prev mismatch: prev_hash does not match "
                                    "the previous record's hash")
            try:
                again = record_hash(prev_hash, seq, ts, kind, actor, fields_json)
            except (ValueError, TypeError):
                return VerifyResult(False, count, seq, "hash mismatch: fields are not valid JSON")
            if not hmac.compare_digest(again, h):
                return VerifyResult(False, count, seq,
                                    "hash mismatch: the record was changed after it was written")
            if not hmac.compare_digest(self._mac("rec", h), mac):
                return VerifyResult(False, count, seq, "mac mismatch: the record was re-hashed "
                                    "without the audit key (forgery)")
            if anchor is not None and seq == anchor[0]:
                if not hmac.compare_digest(anchor[1], h):
                    return VerifyResult(False, count, seq,
                                        "anchor mismatch: this record differs from the anchor")
                anchor_seen = True
            prev = h
            last_seq = seq
            expected_seq = seq + 1
        head = self.get_meta("head")
        if head is None:
            if count:
                return VerifyResult(False, count, last_seq, "head missing")
        else:
            try:
                hseq_text, hhash, hmac_text = head.split(":")
                hseq = int(hseq_text)
            except ValueError:
                return VerifyResult(False, count, last_seq, "head unreadable")
            if not hmac.compare_digest(self._mac("head", f"{hseq}:{hhash}"), hmac_text):
                return VerifyResult(False, count, hseq, "head mac mismatch (forged head)")
            if hseq != last_seq or hhash != prev:
                return VerifyResult(False, count, last_seq + 1,
                                    f"truncated: head says seq {hseq}, last record is {last_seq}")
        if not anchor_seen:
            assert anchor is not None
            return VerifyResult(False, count, anchor[0],
                                f"anchor seq {anchor[0]} not found: records deleted")
        return VerifyResult(True, count, None, None, last_seq, prev)
