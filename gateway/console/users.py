"""Console accounts, server-side sessions and login throttling in one SQLite file.

* Passwords: argon2id (argon2-cffi defaults), rehashed on login when the parameters change.
* MFA: RFC 6238 TOTP (pyotp), one code accepted once (the last used time step is stored).
* Sessions: the cookie carries a random token; only its SHA-256 is stored. Every request looks
  the row up, so disabling a user (which deletes their rows) ends their sessions at once.
* Throttling: failed logins are rows (scope user/ip, key, time) counted over a window.

The API is synchronous and cheap except :meth:`UserStore.verify_password` (argon2 is CPU work);
the web layer calls everything through ``asyncio.to_thread``.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from gateway.console.roles import Role

NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD = 12
ISSUER = "phigate"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    name TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    pw_hash TEXT NOT NULL,
    totp_secret TEXT,
    totp_last INTEGER NOT NULL DEFAULT 0,
    email TEXT,
    disabled INTEGER NOT NULL DEFAULT 0,
    created REAL NOT NULL,
    last_login REAL
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY,
    name TEXT,
    stage TEXT NOT NULL,
    csrf TEXT NOT NULL,
    created REAL NOT NULL,
    last_seen REAL NOT NULL,
    ip TEXT NOT NULL DEFAULT '',
    pending_secret TEXT
);
CREATE INDEX IF NOT EXISTS sessions_name ON sessions(name);
CREATE TABLE IF NOT EXISTS login_failures (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS login_failures_key ON login_failures(scope, key, at);
"""


class UserError(Exception):
    """A user-management request that cannot be done; the text is safe to show an admin."""


class UnknownUserError(UserError, KeyError):
    pass


class Stage(StrEnum):
    """How far a session has got through the login."""

    ANON = "anon"  # login form shown, nobody authenticated
    TOTP = "totp"  # password right, one-time code still due
    ENROL = "enrol"  # password right, MFA must be enrolled before anything else
    OK = "ok"


@dataclass(frozen=True, slots=True)
class User:
    name: str
    role: Role
    email: str | None
    disabled: bool
    mfa: bool
    created: float
    last_login: float | None


@dataclass(frozen=True, slots=True)
class Session:
    token_hash: str
    name: str | None
    stage: Stage
    csrf: str
    created: float
    last_seen: float
    pending_secret: str | None


@dataclass(frozen=True, slots=True)
class Expired:
    """A session that existed but is over: idle too long, too old, or its user disabled/gone."""

    name: str | None
    reason: str  # "idle" | "max_age" | "disabled"


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def totp_uri(name: str, secret: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=name, issuer_name=ISSUER)


class UserStore:
    def __init__(self, path: Path, hasher: PasswordHasher | None = None) -> None:
        self.path = path
        self.hasher = hasher or PasswordHasher()
        path.parent.mkdir(parents=True, exist_ok=True)
        fresh = not path.exists()
        db = sqlite3.connect(path, timeout=10)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)
        finally:
            db.close()
        if fresh:
            os.chmod(path, 0o600)
        # A dummy hash so an unknown user name costs the same time as a wrong password.
        self._dummy = self.hasher.hash(secrets.token_hex(16))

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        finally:
            db.close()

    # -- accounts ---------------------------------------------------------------------------

    @staticmethod
    def _user(row: tuple[object, ...]) -> User:
        name, role, email, disabled, secret, created, last_login = row
        return User(name=str(name), role=Role(str(role)), email=email if email else None,  # type: ignore[arg-type]
                    disabled=bool(disabled), mfa=bool(secret), created=float(created),  # type: ignore[arg-type]
                    last_login=float(last_login) if last_login is not None else None)  # type: ignore[arg-type]

    _COLS = "name, role, email, disabled, totp_secret, created, last_login"

    def add(self, name: str, role: Role | str, password: str, *, email: str | None = None,
            mfa: bool = True) -> tuple[User, str | None]:
        """Create an account; returns the user and the new TOTP secret (None without MFA)."""
        name = name.strip().lower()
        if not NAME_RE.match(name):
            raise UserError("user names are 1-64 of a-z 0-9 . _ - (starting with a letter/digit)")
        try:
            role = Role(role)
        except ValueError:
            raise UserError(f"role must be one of {', '.join(r.value for r in Role)}") from None
        check_password(password)
        if email is not None and not EMAIL_RE.match(email):
            raise UserError("email does not look like an address")
        secret = pyotp.random_base32() if mfa else None
        pw_hash = self.hasher.hash(password)
        with self._db() as db:
            if db.execute("SELECT 1 FROM users WHERE name=?", (name,)).fetchone():
                raise UserError(f"user {name!r} already exists")
            db.execute(
                "INSERT INTO users(name, role, pw_hash, totp_secret, email, created) "
                "VALUES (?,?,?,?,?,?)",
                (name, role.value, pw_hash, secret, email, time.time()),
            )
        return self.get(name), secret

    def get(self, name: str) -> User:
        with self._db() as db:
            row = db.execute(f"SELECT {self._COLS} FROM users WHERE name=?",  # noqa: S608
                             (name.lower(),)).fetchone()
        if row is None:
            raise UnknownUserError(name)
        return self._user(row)

    def all(self) -> list[User]:
        with self._db() as db:
            rows = db.execute(f"SELECT {self._COLS} FROM users ORDER BY name").fetchall()  # noqa: S608
        return [self._user(r) for r in rows]

    def count(self) -> int:
        with self._db() as db:
            return int(db.execute("SELECT count(*) FROM users").fetchone()[0])

    def reviewers_with_email(self) -> list[User]:
        return [u for u in self.all() if u.role is Role.REVIEWER and u.email and not u.disabled]

    def set_disabled(self, name: str, disabled: bool = True) -> int:
        """Disable (or enable) an account; disabling deletes its sessions (returns how many)."""
        with self._db() as db:
            cur = db.execute("UPDATE users SET disabled=? WHERE name=?",
                             (int(disabled), name.lower()))
            if cur.rowcount == 0:
                raise UnknownUserError(name)
            ended = 0
            if disabled:
                ended = db.execute("DELETE FROM sessions WHERE name=?", (name.lower(),)).rowcount
        return ended

    def set_password(self, name: str, password: str) -> None:
        check_password(password)
        pw_hash = self.hasher.hash(password)
        with self._db() as db:
            if db.execute("UPDATE users SET pw_hash=? WHERE name=?",
                          (pw_hash, name.lower())).rowcount == 0:
                raise UnknownUserError(name)
            db.execute("DELETE FROM sessions WHERE name=?", (name.lower(),))

    def set_email(self, name: str, email: str | None) -> None:
        if email is not None and not EMAIL_RE.match(email):
            raise UserError("email does not look like an address")
        with self._db() as db:
            if db.execute("UPDATE users SET email=? WHERE name=?",
                          (email, name.lower())).rowcount == 0:
                raise UnknownUserError(name)

    def reset_mfa(self, name: str) -> None:
        """Forget the TOTP secret: the user enrols again at the next login. Ends sessions."""
        with self._db() as db:
            if db.execute("UPDATE users SET totp_secret=NULL, totp_last=0 WHERE name=?",
                          (name.lower(),)).rowcount == 0:
                raise UnknownUserError(name)
            db.execute("DELETE FROM sessions WHERE name=?", (name.lower(),))

    def verify_password(self, name: str, password: str) -> User | None:
        """The user when the password is right and the account enabled; None otherwise."""
        with self._db() as db:
            row = db.execute("SELECT pw_hash FROM users WHERE name=?",
                             (name.strip().lower(),)).fetchone()
        if row is None:
            try:
                self.hasher.verify(self._dummy, password)
            except (VerificationError, InvalidHashError):
                pass
            return None
        try:
            self.hasher.verify(row[0], password)
        except (VerificationError, InvalidHashError):
            return None
        user = self.get(name.strip())
        if user.disabled:
            return None
        if self.hasher.check_needs_rehash(row[0]):
            new = self.hasher.hash(password)
            with self._db() as db:
                db.execute("UPDATE users SET pw_hash=? WHERE name=?", (new, user.name))
        return user

    def verify_totp(self, name: str, code: str, *, secret: str | None = None,
                    now: float | None = None) -> bool:
        """Check a 6-digit code (one step of clock drift allowed); each step is usable once.

        With ``secret`` (enrolment), the code is checked against it and, when right, the secret
        becomes the user's.
        """
        code = code.strip().replace(" ", "")
        if not (code.isdigit() and len(code) == 6):
            return False
        now = time.time() if now is None else now
        with self._db() as db:
            row = db.execute("SELECT totp_secret, totp_last FROM users WHERE name=?",
                             (name.lower(),)).fetchone()
            if row is None:
                return False
            use_secret = secret or row[0]
            if not use_secret:
                return False
            totp = pyotp.TOTP(use_secret)
            step = int(now // totp.interval)
            for s in (step, step - 1, step + 1):
                if s <= int(row[1]):
                    continue  # already used (replay) or older than the last accepted code
                if secrets.compare_digest(totp.generate_otp(s), code):
                    db.execute("UPDATE users SET totp_last=?, totp_secret=? WHERE name=?",
                               (s, use_secret, name.lower()))
                    return True
        return False

    # -- sessions ---------------------------------------------------------------------------

    def new_session(self, *, name: str | None, stage: Stage, ip: str,
                    replaces: str | None = None) -> tuple[str, Session]:
        """A fresh session (new token, new CSRF token); ``replaces`` (a token hash) is deleted,
        so every change of privilege gets a new identifier (no session fixation)."""
        token = secrets.token_urlsafe(32)
        now = time.time()
        sess = Session(token_hash=_hash_token(token), name=name, stage=stage,
                       csrf=secrets.token_urlsafe(32), created=now, last_seen=now,
                       pending_secret=None)
        with self._db() as db:
            if replaces:
                db.execute("DELETE FROM sessions WHERE token_hash=?", (replaces,))
            db.execute(
                "INSERT INTO sessions(token_hash, name, stage, csrf, created, last_seen, ip) "
                "VALUES (?,?,?,?,?,?,?)",
                (sess.token_hash, name, stage.value, sess.csrf, now, now, ip),
            )
            if name is not None and stage is Stage.OK:
                db.execute("UPDATE users SET last_login=? WHERE name=?", (now, name))
        return token, sess

    def touch_session(self, token: str, *, idle: float, max_age: float,
                      now: float | None = None) -> tuple[Session, User | None] | Expired | None:
        """Look a cookie token up and refresh ``last_seen``. None for an unknown token;
        :class:`Expired` (and the row deleted) when idle too long, too old or its user is
        disabled or gone."""
        now = time.time() if now is None else now
        th = _hash_token(token)
        with self._db() as db:
            row = db.execute(
                "SELECT token_hash, name, stage, csrf, created, last_seen, pending_secret "
                "FROM sessions WHERE token_hash=?", (th,)).fetchone()
            if row is None:
                return None
            sess = Session(row[0], row[1], Stage(row[2]), row[3], row[4], row[5], row[6])
            user: User | None = None
            reason = ""
            if now - sess.last_seen > idle:
                reason = "idle"
            elif now - sess.created > max_age:
                reason = "max_age"
            elif sess.name is not None:
                urow = db.execute(f"SELECT {self._COLS} FROM users WHERE name=?",  # noqa: S608
                                  (sess.name,)).fetchone()
                user = self._user(urow) if urow is not None else None
                if user is None or user.disabled:
                    reason = "disabled"
            if reason:
                db.execute("DELETE FROM sessions WHERE token_hash=?", (th,))
                return Expired(sess.name, reason)
            db.execute("UPDATE sessions SET last_seen=? WHERE token_hash=?", (now, th))
        return sess, user

    def set_pending_secret(self, token_hash: str, secret: str) -> None:
        with self._db() as db:
            db.execute("UPDATE sessions SET pending_secret=? WHERE token_hash=?",
                       (secret, token_hash))

    def end_session(self, token_hash: str) -> None:
        with self._db() as db:
            db.execute("DELETE FROM sessions WHERE token_hash=?", (token_hash,))

    def sessions_of(self, name: str) -> int:
        with self._db() as db:
            return int(db.execute("SELECT count(*) FROM sessions WHERE name=?",
                                  (name.lower(),)).fetchone()[0])

    def purge(self, *, idle: float, max_age: float, window: float) -> None:
        now = time.time()
        with self._db() as db:
            db.execute("DELETE FROM sessions WHERE last_seen < ? OR created < ?",
                       (now - idle, now - max_age))
            db.execute("DELETE FROM login_failures WHERE at < ?", (now - window,))

    # -- throttling -------------------------------------------------------------------------

    def failure(self, *, name: str, ip: str) -> None:
        now = time.time()
        with self._db() as db:
            db.executemany("INSERT INTO login_failures(scope, key, at) VALUES (?,?,?)",
                           [("user", name.strip().lower(), now), ("ip", ip, now)])

    def failures(self, *, name: str | None, ip: str, window: float) -> tuple[int, int]:
        """(failures for this user name, failures from this address) within ``window`` seconds."""
        since = time.time() - window
        with self._db() as db:
            by_ip = db.execute("SELECT count(*) FROM login_failures WHERE scope='ip' AND key=? "
                               "AND at>=?", (ip, since)).fetchone()[0]
            by_user = 0
            if name:
                by_user = db.execute("SELECT count(*) FROM login_failures WHERE scope='user' "
                                     "AND key=? AND at>=?",
                                     (name.strip().lower(), since)).fetchone()[0]
        return int(by_user), int(by_ip)

    def clear_failures(self, name: str) -> None:
        with self._db() as db:
            db.execute("DELETE FROM login_failures WHERE scope='user' AND key=?",
                       (name.strip().lower(),))


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserError(f"passwords need at least {MIN_PASSWORD} characters")
    if len(password) > 1024:
        raise UserError("password too long")
