"""The quarantine store: held messages encrypted at rest, metadata in SQLite, fsync'd before 250.

Layout under ``state_dir``::

    quarantine.db                 metadata (WAL, synchronous=FULL)
    quarantine/<id[:2]>/<id>.bin      the message, encrypted
    quarantine/<id[:2]>/<id>.ev.bin   the evidence (segments, findings, attachments), encrypted

Every object is sealed with AES-256-GCM under the key ring's current key, a fresh 96-bit nonce,
and ``phigate-q1|<id>|<key id>|<purpose>`` as associated data (so a blob cannot be moved to
another message or used as another kind of object). A sealed blob is
``b"PGQ1" || len(key id) || key id || nonce || ciphertext+tag``.

What the metadata keeps in clear, for filtering and the reviewer list: the id, the upstream queue
id, times, status, sender domain, recipient domains, rule, reason (rule text, never content),
policy version, verdict score and entity types with counts, size. The envelope addresses
(MAIL FROM, RCPT TO, ESMTP options) and a reviewer's note are sealed like the message.

The API is synchronous (SQLite and fsync); async callers use ``asyncio.to_thread``.
"""

from __future__ import annotations

import builtins
import dataclasses
import json
import logging
import os
import secrets
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from gateway.extract.types import Attachment, AttachmentStatus, Segment
from gateway.quarantine.keys import KeyRing
from gateway.sqlite import open_db

log = logging.getLogger(__name__)

MAGIC = b"PGQ1"
DB_NAME = "quarantine.db"
DATA_DIR = "quarantine"


class QuarantineError(Exception):
    """Base of the quarantine errors. Messages carry ids and statuses, never content."""


class QuarantineNotFound(QuarantineError, LookupError):  # noqa: N818 - reads as an outcome
    """No held message with that id."""


class QuarantineStateError(QuarantineError):
    """The requested change is not possible from the message's current status."""


class QuarantineDataGone(QuarantineError):  # noqa: N818 - reads as an outcome
    """The message's data files were deleted (by a reviewer, expiry or purge)."""


class QuarantineIntegrityError(QuarantineError):
    """A data file failed authentication (tampered, truncated, or the wrong key)."""


class Default(Enum):
    """Marker for "use the configured value"."""

    TOKEN = 0


DEFAULT = Default.TOKEN


class QuarantineStatus(StrEnum):
    HELD = "held"
    RELEASING = "releasing"
    RELEASED = "released"
    REJECTED = "rejected"
    DELETED = "deleted"
    EXPIRED = "expired"


_TRANSITIONS: dict[QuarantineStatus, frozenset[QuarantineStatus]] = {
    QuarantineStatus.HELD: frozenset({QuarantineStatus.RELEASING, QuarantineStatus.REJECTED,
                                      QuarantineStatus.DELETED, QuarantineStatus.EXPIRED}),
    # Back to HELD when a release fails for good (the reviewer decides again).
    QuarantineStatus.RELEASING: frozenset({QuarantineStatus.RELEASED, QuarantineStatus.HELD}),
    QuarantineStatus.RELEASED: frozenset({QuarantineStatus.DELETED}),
    QuarantineStatus.REJECTED: frozenset({QuarantineStatus.DELETED}),
    QuarantineStatus.EXPIRED: frozenset({QuarantineStatus.DELETED}),
    QuarantineStatus.DELETED: frozenset(),
}


@dataclass(frozen=True, slots=True)
class HeldMessage:
    id: str
    queue_id: str
    held_at: float
    expires_at: float | None
    status: QuarantineStatus
    mail_from: str
    rcpts: tuple[str, ...]
    rule: str
    reason: str
    policy_version: str
    phi: bool
    score: float
    entity_counts: tuple[tuple[str, int], ...]
    size: int
    key_id: str
    expiry_action: str
    mail_options: tuple[str, ...] = ()
    sender_domain: str = ""
    rcpt_domains: tuple[str, ...] = ()
    updated_at: float = 0.0
    status_actor: str = ""
    attempts: int = 0
    next_attempt: float | None = None
    last_error: str | None = None
    release_encrypt: bool = False
    delivered: tuple[int, ...] = ()  # indexes into rcpts already accepted by the next hop
    notice_pending: bool = False
    purged_at: float | None = None
    has_evidence: bool = False

    @property
    def data_present(self) -> bool:
        return self.purged_at is None


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the scanner saw; decrypted on demand for a reviewer, never logged."""

    segments: tuple[Segment, ...] = ()
    findings: tuple[Any, ...] = ()  # gateway.detect.Finding
    attachments: tuple[Attachment, ...] = ()
    evidence: tuple[str, ...] = ()


_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    id TEXT PRIMARY KEY,
    queue_id TEXT NOT NULL,
    held_at REAL NOT NULL,
    expires_at REAL,
    status TEXT NOT NULL,
    sender_domain TEXT NOT NULL,
    rcpt_domains TEXT NOT NULL,
    envelope BLOB NOT NULL,
    rule TEXT NOT NULL,
    reason TEXT NOT NULL,
    policy_version TEXT NOT NULL,
    phi INTEGER NOT NULL,
    score REAL NOT NULL,
    entity_counts TEXT NOT NULL,
    size INTEGER NOT NULL,
    key_id TEXT NOT NULL,
    expiry_action TEXT NOT NULL,
    has_evidence INTEGER NOT NULL,
    updated_at REAL NOT NULL,
    status_actor TEXT NOT NULL DEFAULT '',
    note BLOB,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt REAL,
    release_started REAL,
    last_error TEXT,
    release_encrypt INTEGER NOT NULL DEFAULT 0,
    delivered TEXT NOT NULL DEFAULT '[]',
    lease_owner TEXT,
    lease_until REAL,
    notice_pending INTEGER NOT NULL DEFAULT 0,
    notice_attempts INTEGER NOT NULL DEFAULT 0,
    notice_next REAL,
    purged_at REAL
);
CREATE INDEX IF NOT EXISTS messages_status ON messages(status, held_at);
CREATE INDEX IF NOT EXISTS messages_expiry ON messages(status, expires_at);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

_COLUMNS = ("id, queue_id, held_at, expires_at, status, sender_domain, rcpt_domains, envelope, "
            "rule, reason, policy_version, phi, score, entity_counts, size, key_id, "
            "expiry_action, has_evidence, updated_at, status_actor, attempts, next_attempt, "
            "last_error, release_encrypt, delivered, notice_pending, purged_at")


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower().rstrip(".") if "@" in address else ""


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_durable(path: Path, data: bytes) -> None:
    """Temp file, fsync, rename over ``path``. The caller fsyncs the directory."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        view = memoryview(data)
        while view:
            n = os.write(fd, view)
            view = view[n:]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        tmp.unlink(missing_ok=True)
        raise
    os.close(fd)
    os.replace(tmp, path)


def _to_jsonable(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: _to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, tuple | list):
        return [_to_jsonable(v) for v in obj]
    if isinstance(obj, StrEnum):
        return str(obj)
    return obj


def _finding_type() -> Any:
    from gateway.detect.types import Finding

    return Finding


class QuarantineStore:
    """Held messages, encrypted. Thread-safe; several processes may open the same state_dir."""

    def __init__(self, state_dir: Path, keys: KeyRing) -> None:
        self.state_dir = Path(state_dir)
        self.keys = keys
        # Used when a caller passes expires_in=DEFAULT / expiry_action=None (config sets them).
        self.default_expires_in: float | None = 30 * 86400.0
        self.default_expiry_action = "delete"
        self.data_dir = self.state_dir / DATA_DIR
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.path = self.state_dir / DB_NAME
        self._lock = threading.Lock()
        self._db = open_db(self.path, _SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- sealing ---------------------------------------------------------------------------

    @staticmethod
    def _aad(msg_id: str, key_id: str, purpose: str) -> bytes:
        return f"phigate-q1|{msg_id}|{key_id}|{purpose}".encode()

    def _seal(self, msg_id: str, purpose: str, plaintext: bytes) -> bytes:
        kid = self.keys.current
        nonce = os.urandom(12)
        ct = AESGCM(self.keys.key(kid)).encrypt(nonce, plaintext, self._aad(msg_id, kid, purpose))
        kb = kid.encode("ascii")
        return MAGIC + bytes([len(kb)]) + kb + nonce + ct

    def _unseal(self, msg_id: str, purpose: str, blob: bytes) -> bytes:
        if blob[:4] != MAGIC or len(blob) < 6:
            raise QuarantineIntegrityError(f"{msg_id}: {purpose}: not a sealed object")
        n = blob[4]
        kid = blob[5:5 + n].decode("ascii", "replace")
        nonce = blob[5 + n:17 + n]
        try:
            return AESGCM(self.keys.key(kid)).decrypt(nonce, blob[17 + n:],
                                                      self._aad(msg_id, kid, purpose))
        except InvalidTag:
            raise QuarantineIntegrityError(
                f"{msg_id}: {purpose}: authentication failed (tampered or wrong key)") from None

    @staticmethod
    def blob_key_id(blob: bytes) -> str:
        return blob[5:5 + blob[4]].decode("ascii", "replace")

    # -- paths -----------------------------------------------------------------------------

    def _dir(self, msg_id: str) -> Path:
        return self.data_dir / msg_id[:2]

    def message_path(self, msg_id: str) -> Path:
        return self._dir(msg_id) / f"{msg_id}.bin"

    def evidence_path(self, msg_id: str) -> Path:
        return self._dir(msg_id) / f"{msg_id}.ev.bin"

    # -- holding ---------------------------------------------------------------------------

    def hold(self, *, queue_id: str, mail_from: str, rcpts: tuple[str, ...] | builtins.list[str],
             data: bytes, mail_options: tuple[str, ...] | builtins.list[str] = (), rule: str,
             reason: str, policy_version: str, expires_in: float | Default | None = DEFAULT,
             expiry_action: str | None = None, scan: Any = None) -> HeldMessage:
        """Store a message; returns only when the data files and the row are on disk.

        ``expires_in`` is seconds from now, None for "held until someone acts", or DEFAULT
        (``quarantine.default_expiry_days``); ``expiry_action`` None means the configured one.
        ``scan`` is the ScanResult (its segments, findings and attachments become the sealed
        evidence; its verdict gives the score and entity counts).
        """
        rcpts = tuple(rcpts)
        if not rcpts:
            raise QuarantineError("a held message needs at least one recipient")
        if isinstance(expires_in, Default):
            expires_in = self.default_expires_in
        action = str(expiry_action or self.default_expiry_action)
        if action not in ("delete", "release", "reject"):
            raise QuarantineError(f"bad expiry action {action!r}")
        msg_id = secrets.token_hex(8)
        now = time.time()
        phi, score, has_ev = False, 0.0, False
        counts: tuple[tuple[str, int], ...] = ()
        evidence_blob: bytes | None = None
        if scan is not None:
            verdict = scan.verdict
            phi, score = bool(verdict.phi), float(verdict.score)
            counts = tuple(sorted(Counter(f.entity for f in verdict.findings).items()))
            ev = {"segments": _to_jsonable(tuple(scan.segments)),
                  "findings": _to_jsonable(tuple(verdict.findings)),
                  "attachments": _to_jsonable(tuple(scan.attachments)),
                  "evidence": list(verdict.evidence)}
            evidence_blob = self._seal(msg_id, "evidence",
                                       json.dumps(ev, ensure_ascii=False).encode("utf-8"))
            has_ev = True
        envelope = self._seal(msg_id, "envelope", json.dumps(
            {"mail_from": mail_from, "rcpts": list(rcpts), "mail_options": list(mail_options)},
            ensure_ascii=False).encode("utf-8"))
        sealed = self._seal(msg_id, "message", data)
        directory = self._dir(msg_id)
        if not directory.is_dir():
            directory.mkdir(mode=0o700, exist_ok=True)
            _fsync_dir(self.data_dir)
        _write_durable(self.message_path(msg_id), sealed)
        if evidence_blob is not None:
            _write_durable(self.evidence_path(msg_id), evidence_blob)
        _fsync_dir(directory)
        rcpt_domains = sorted({_domain(r) for r in rcpts})
        expires_at = now + expires_in if expires_in is not None else None
        self._write(
            "INSERT INTO messages(id, queue_id, held_at, expires_at, status, sender_domain, "
            "rcpt_domains, envelope, rule, reason, policy_version, phi, score, entity_counts, "
            "size, key_id, expiry_action, has_evidence, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (msg_id, queue_id, now, expires_at, QuarantineStatus.HELD.value, _domain(mail_from),
             "," + ",".join(rcpt_domains) + ",", envelope, rule, reason, policy_version,
             int(phi), score, json.dumps(counts), len(data), self.keys.current, action,
             int(has_ev), now))
        return self.get(msg_id)

    def _write(self, sql: str, args: tuple[Any, ...]) -> int:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cur = self._db.execute(sql, args)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            return cur.rowcount

    # -- reading ---------------------------------------------------------------------------

    def _row_to_message(self, row: tuple[Any, ...]) -> HeldMessage:
        (msg_id, queue_id, held_at, expires_at, status, sender_domain, rcpt_domains, envelope,
         rule, reason, policy_version, phi, score, entity_counts, size, key_id, expiry_action,
         has_evidence, updated_at, status_actor, attempts, next_attempt, last_error,
         release_encrypt, delivered, notice_pending, purged_at) = row
        env = json.loads(self._unseal(msg_id, "envelope", envelope))
        return HeldMessage(
            id=msg_id, queue_id=queue_id, held_at=held_at, expires_at=expires_at,
            status=QuarantineStatus(status), mail_from=env["mail_from"],
            rcpts=tuple(env["rcpts"]), rule=rule, reason=reason, policy_version=policy_version,
            phi=bool(phi), score=score,
            entity_counts=tuple((e, int(c)) for e, c in json.loads(entity_counts)),
            size=size, key_id=key_id, expiry_action=expiry_action,
            mail_options=tuple(env.get("mail_options", ())), sender_domain=sender_domain,
            rcpt_domains=tuple(d for d in rcpt_domains.split(",") if d),
            updated_at=updated_at, status_actor=status_actor, attempts=attempts,
            next_attempt=next_attempt, last_error=last_error,
            release_encrypt=bool(release_encrypt), delivered=tuple(json.loads(delivered)),
            notice_pending=bool(notice_pending), purged_at=purged_at,
            has_evidence=bool(has_evidence))

    def get(self, msg_id: str) -> HeldMessage:
        with self._lock:
            row = self._db.execute(f"SELECT {_COLUMNS} FROM messages WHERE id = ?",  # noqa: S608
                                   (msg_id,)).fetchone()
        if row is None:
            raise QuarantineNotFound(f"no quarantined message {msg_id!r}")
        return self._row_to_message(row)

    @staticmethod
    def _where(*, status: QuarantineStatus | str | None = None, rule: str | None = None,
               reason: str | None = None, sender: str | None = None,
               recipient_domain: str | None = None, older_than: float | None = None,
               newer_than: float | None = None) -> tuple[str, builtins.list[Any]]:
        clauses: builtins.list[str] = []
        args: builtins.list[Any] = []
        now = time.time()
        if status is not None:
            clauses.append("status = ?")
            args.append(QuarantineStatus(status).value)
        if rule is not None:
            clauses.append("rule = ?")
            args.append(rule)
        if reason is not None:
            clauses.append("reason LIKE ?")
            args.append(f"%{reason}%")
        if sender is not None:
            clauses.append("sender_domain = ?")
            args.append(_domain(sender) if "@" in sender else sender.lower().rstrip("."))
        if recipient_domain is not None:
            clauses.append("rcpt_domains LIKE ?")
            args.append(f"%,{recipient_domain.lower().rstrip('.')},%")
        if older_than is not None:
            clauses.append("held_at < ?")
            args.append(now - older_than)
        if newer_than is not None:
            clauses.append("held_at >= ?")
            args.append(now - newer_than)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", args

    def list(self, *, status: QuarantineStatus | str | None = None, rule: str | None = None,
             reason: str | None = None, sender: str | None = None,
             recipient_domain: str | None = None, older_than: float | None = None,
             newer_than: float | None = None, limit: int = 200,
             offset: int = 0) -> builtins.list[HeldMessage]:
        """Newest first. ``older_than``/``newer_than`` are ages in seconds; ``sender`` is a
        domain, or a full address (matched after decrypting the envelope)."""
        where, args = self._where(status=status, rule=rule, reason=reason, sender=sender,
                                  recipient_domain=recipient_domain, older_than=older_than,
                                  newer_than=newer_than)
        sql = (f"SELECT {_COLUMNS} FROM messages{where} "  # noqa: S608 - fixed fragments
               "ORDER BY held_at DESC, id LIMIT ? OFFSET ?")
        with self._lock:
            rows = self._db.execute(sql, [*args, limit, offset]).fetchall()
        out = [self._row_to_message(r) for r in rows]
        if sender is not None and "@" in sender:
            out = [m for m in out if m.mail_from.lower() == sender.lower()]
        return out

    def counts(self, **filters: Any) -> dict[str, int]:
        """Number of messages per status under the same filters as :meth:`list`."""
        filters.pop("limit", None)
        filters.pop("offset", None)
        where, args = self._where(**filters)
        with self._lock:
            rows = self._db.execute(
                f"SELECT status, COUNT(*) FROM messages{where} GROUP BY status",  # noqa: S608
                args).fetchall()
        out = {s.value: 0 for s in QuarantineStatus}
        out.update({r[0]: r[1] for r in rows})
        return out

    def open_message(self, msg_id: str) -> bytes:
        """The original message bytes (decrypted). Callers audit the access."""
        msg = self.get(msg_id)
        if not msg.data_present:
            raise QuarantineDataGone(f"message {msg_id} data was deleted")
        try:
            blob = self.message_path(msg_id).read_bytes()
        except FileNotFoundError:
            raise QuarantineDataGone(f"message {msg_id}: data file missing") from None
        return self._unseal(msg_id, "message", blob)

    def open_evidence(self, msg_id: str) -> Evidence:
        msg = self.get(msg_id)
        if not msg.has_evidence:
            return Evidence()
        if not msg.data_present:
            raise QuarantineDataGone(f"message {msg_id} data was deleted")
        try:
            blob = self.evidence_path(msg_id).read_bytes()
        except FileNotFoundError:
            raise QuarantineDataGone(f"message {msg_id}: evidence file missing") from None
        ev = json.loads(self._unseal(msg_id, "evidence", blob))
        finding = _finding_type()
        return Evidence(
            segments=tuple(Segment(**s) for s in ev.get("segments", ())),
            findings=tuple(finding(**f) for f in ev.get("findings", ())),
            attachments=tuple(Attachment(**{**a, "status": AttachmentStatus(a["status"])})
                              for a in ev.get("attachments", ())),
            evidence=tuple(ev.get("evidence", ())),
        )

    def note(self, msg_id: str) -> str | None:
        """The reviewer's note (sealed at rest: it may be free text)."""
        with self._lock:
            row = self._db.execute("SELECT note FROM messages WHERE id = ?", (msg_id,)).fetchone()
        if row is None:
            raise QuarantineNotFound(f"no quarantined message {msg_id!r}")
        return None if row[0] is None else self._unseal(msg_id, "note", row[0]).decode("utf-8")

    # -- status changes ----------------------------------------------------------------------

    def set_status(self, msg_id: str, status: QuarantineStatus | str, actor: str,
                   note: str | None = None, *, encrypt: bool = False,
                   notice: bool = False) -> bool:
        """Move a message to ``status``; False when it already was there (a no-op).

        Raises :class:`QuarantineStateError` for an impossible change (e.g. releasing a
        deleted message). ``encrypt`` marks a release for the encryption route; ``notice``
        queues the sender notice of a rejection.
        """
        target = QuarantineStatus(status)
        sealed_note = self._seal(msg_id, "note", note.encode("utf-8")) if note else None
        now = time.time()
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                row = self._db.execute("SELECT status FROM messages WHERE id = ?",
                                       (msg_id,)).fetchone()
                if row is None:
                    raise QuarantineNotFound(f"no quarantined message {msg_id!r}")
                current = QuarantineStatus(row[0])
                if current is target:
                    self._db.execute("COMMIT")
                    return False
                if target not in _TRANSITIONS[current]:
                    raise QuarantineStateError(
                        f"message {msg_id} is {current.value}; it cannot become {target.value}")
                sets = ["status = ?", "updated_at = ?", "status_actor = ?",
                        "lease_owner = NULL", "lease_until = NULL"]
                args: builtins.list[Any] = [target.value, now, actor]
                if sealed_note is not None:
                    sets.append("note = ?")
                    args.append(sealed_note)
                if target is QuarantineStatus.RELEASING:
                    sets += ["attempts = 0", "next_attempt = ?", "release_started = ?",
                             "last_error = NULL", "release_encrypt = ?", "delivered = '[]'"]
                    args += [now, now, int(encrypt)]
                if notice:
                    sets += ["notice_pending = 1", "notice_attempts = 0", "notice_next = ?"]
                    args.append(now)
                self._db.execute(f"UPDATE messages SET {', '.join(sets)} WHERE id = ?",  # noqa: S608
                                 [*args, msg_id])
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return True

    def remove_data(self, msg_id: str) -> bool:
        """Unlink the data files (an overwrite is pointless on SSDs), fsync the directory, and
        record ``purged_at``. The metadata row stays for the record."""
        msg = self.get(msg_id)
        if msg.status in (QuarantineStatus.HELD, QuarantineStatus.RELEASING):
            raise QuarantineStateError(f"message {msg_id} is {msg.status.value}: data still needed")
        removed = False
        for p in (self.message_path(msg_id), self.evidence_path(msg_id)):
            try:
                p.unlink()
                removed = True
            except FileNotFoundError:
                pass
        if self._dir(msg_id).is_dir():
            _fsync_dir(self._dir(msg_id))
        self._write("UPDATE messages SET purged_at = ?, note = NULL WHERE id = ? "
                    "AND purged_at IS NULL", (time.time(), msg_id))
        return removed

    # -- release worker support ------------------------------------------------------------

    def due(self, now: float | None = None) -> tuple[builtins.list[str], builtins.list[str]]:
        """Ids with a release attempt due, and ids with a rejection notice due."""
        now = time.time() if now is None else now
        with self._lock:
            rel = [r[0] for r in self._db.execute(
                "SELECT id FROM messages WHERE status = 'releasing' AND "
                "(next_attempt IS NULL OR next_attempt <= ?) AND "
                "(lease_until IS NULL OR lease_until < ?) ORDER BY held_at", (now, now))]
            notes = [r[0] for r in self._db.execute(
                "SELECT id FROM messages WHERE notice_pending = 1 AND "
                "(notice_next IS NULL OR notice_next <= ?) AND "
                "(lease_until IS NULL OR lease_until < ?) ORDER BY held_at", (now, now))]
        return rel, notes

    def next_due(self) -> float | None:
        with self._lock:
            row = self._db.execute(
                "SELECT MIN(t) FROM (SELECT next_attempt AS t FROM messages WHERE status = "
                "'releasing' UNION ALL SELECT notice_next FROM messages WHERE notice_pending = 1)"
            ).fetchone()
        return row[0] if row else None

    def claim(self, msg_id: str, owner: str, lease: float) -> bool:
        """Take the release/notice lease for ``lease`` seconds (one worker per message)."""
        now = time.time()
        return self._write(
            "UPDATE messages SET lease_owner = ?, lease_until = ? WHERE id = ? AND "
            "(status = 'releasing' OR notice_pending = 1) AND "
            "(lease_until IS NULL OR lease_until < ? OR lease_owner = ?)",
            (owner, now + lease, msg_id, now, owner)) == 1

    def drop_leases(self, owner: str) -> int:
        """Give up every lease ``owner`` holds (a clean shutdown mid-delivery)."""
        return self._write("UPDATE messages SET lease_owner = NULL, lease_until = NULL "
                           "WHERE lease_owner = ?", (owner,))

    def drop_dead_leases(self, hostname: str) -> int:
        """Leases of processes on this host that no longer run (a crash mid-delivery): freed
        at once instead of waiting for them to time out."""
        with self._lock:
            owners = [r[0] for r in self._db.execute(
                "SELECT DISTINCT lease_owner FROM messages WHERE lease_owner LIKE ?",
                (f"{hostname}:%",))]
        freed = 0
        for owner in owners:
            try:
                pid = int(owner.split(":")[1])
            except (IndexError, ValueError):
                continue
            if pid == os.getpid():
                continue
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                freed += self.drop_leases(owner)
            except PermissionError:
                continue  # alive, someone else's
        return freed

    def release_progress(self, msg_id: str, *, delivered: tuple[int, ...], error: str | None,
                         next_attempt: float | None) -> None:
        self._write(
            "UPDATE messages SET attempts = attempts + 1, delivered = ?, last_error = ?, "
            "next_attempt = ?, lease_owner = NULL, lease_until = NULL, updated_at = ? "
            "WHERE id = ?",
            (json.dumps(sorted(delivered)), error, next_attempt, time.time(), msg_id))

    def release_started(self, msg_id: str) -> float | None:
        with self._lock:
            row = self._db.execute("SELECT release_started FROM messages WHERE id = ?",
                                   (msg_id,)).fetchone()
        return row[0] if row else None

    def notice_progress(self, msg_id: str, *, done: bool, next_attempt: float | None) -> None:
        self._write(
            "UPDATE messages SET notice_pending = ?, notice_attempts = notice_attempts + 1, "
            "notice_next = ?, lease_owner = NULL, lease_until = NULL WHERE id = ?",
            (0 if done else 1, next_attempt, msg_id))

    def expired(self, now: float | None = None) -> builtins.list[str]:
        now = time.time() if now is None else now
        with self._lock:
            return [r[0] for r in self._db.execute(
                "SELECT id FROM messages WHERE status = 'held' AND expires_at IS NOT NULL "
                "AND expires_at <= ? ORDER BY expires_at", (now,))]

    def purgeable(self, older_than: float) -> builtins.list[str]:
        """Finished messages (released, rejected, expired, deleted) whose data is still on disk
        and that last changed more than ``older_than`` seconds ago."""
        cutoff = time.time() - older_than
        with self._lock:
            return [r[0] for r in self._db.execute(
                "SELECT id FROM messages WHERE status IN ('released','rejected','expired',"
                "'deleted') AND purged_at IS NULL AND notice_pending = 0 AND updated_at < ?",
                (cutoff,))]

    def orphans(self, min_age: float = 3600.0) -> builtins.list[Path]:
        """Data or temp files without a metadata row (a crash between write and commit)."""
        with self._lock:
            known = {r[0] for r in self._db.execute(
                "SELECT id FROM messages WHERE purged_at IS NULL")}
        cutoff = time.time() - min_age
        out: builtins.list[Path] = []
        for p in self.data_dir.glob("*/*"):
            name = p.name
            msg_id = name.split(".")[1] if name.startswith(".") else name.split(".")[0]
            if msg_id not in known or name.startswith("."):
                try:
                    if p.stat().st_mtime < cutoff:
                        out.append(p)
                except FileNotFoundError:
                    continue
        return out

    # -- liveness of the release worker (so the CLI knows whether a gateway runs) -----------

    def heartbeat(self, owner: str) -> None:
        self._write("INSERT OR REPLACE INTO meta(key, value) VALUES ('worker', ?)",
                    (f"{owner} {time.time()}",))

    def worker_alive(self, within: float) -> bool:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'worker'").fetchone()
        if row is None:
            return False
        try:
            ts = float(row[0].rsplit(" ", 1)[1])
        except (IndexError, ValueError):
            return False
        return time.time() - ts < within

    def clear_heartbeat(self, owner: str) -> None:
        self._write("DELETE FROM meta WHERE key = 'worker' AND value LIKE ?", (f"{owner} %",))

    # -- key rotation ------------------------------------------------------------------------

    def ids(self) -> Iterator[str]:
        with self._lock:
            rows = self._db.execute("SELECT id FROM messages ORDER BY held_at").fetchall()
        for r in rows:
            yield r[0]

    def rekey(self, msg_id: str) -> bool:
        """Re-encrypt one message (files, envelope, note) under the current key.

        Files are replaced atomically first; each blob names its own key, so a crash half-way
        leaves everything readable. Returns False when it already used the current key."""
        kid = self.keys.current
        with self._lock:
            row = self._db.execute("SELECT envelope, note, purged_at FROM messages WHERE id = ?",
                                   (msg_id,)).fetchone()
        if row is None:
            raise QuarantineNotFound(f"no quarantined message {msg_id!r}")
        envelope, note, purged_at = row
        blobs: builtins.list[tuple[Path, str]] = []
        if purged_at is None:
            blobs = [(p, purpose) for p, purpose in ((self.message_path(msg_id), "message"),
                                                      (self.evidence_path(msg_id), "evidence"))
                     if p.exists()]
        kids = {self.blob_key_id(envelope)} | ({self.blob_key_id(note)} if note else set())
        kids |= {self.blob_key_id(p.read_bytes()[:64]) for p, _ in blobs}
        if kids == {kid}:
            return False
        for p, purpose in blobs:
            blob = p.read_bytes()
            if self.blob_key_id(blob) != kid:
                _write_durable(p, self._seal(msg_id, purpose, self._unseal(msg_id, purpose, blob)))
        if blobs:
            _fsync_dir(self._dir(msg_id))
        new_env = self._seal(msg_id, "envelope", self._unseal(msg_id, "envelope", envelope))
        new_note = (self._seal(msg_id, "note", self._unseal(msg_id, "note", note))
                    if note else None)
        # Only if nobody changed the sealed columns meanwhile (a reviewer's note, say).
        return self._write("UPDATE messages SET envelope = ?, note = ?, key_id = ? WHERE id = ? "
                           "AND envelope = ? AND note IS ?",
                           (new_env, new_note, kid, msg_id, envelope, note)) == 1
