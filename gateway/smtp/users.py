"""SMTP AUTH accounts: a YAML file of user -> argon2id hash (``auth.users_file``).

Managed with ``phigate smtp-user add|remove|list``; a running gateway notices edits by the
file's modification time, so no reload is needed. Verification is CPU-bound (argon2), so the
SMTP edge runs :meth:`UserStore.verify` in a thread. Unknown users cost the same work as known
ones. Passwords and hashes are never logged.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from pathlib import Path

import yaml
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from pydantic import BaseModel, ConfigDict, Field, field_validator

from gateway.yamlcheck import ConfigError, load_model

log = logging.getLogger(__name__)

_HASHER = PasswordHasher()  # argon2id, library defaults (t=3, m=64 MiB, p=4)
_NAME = r"^[A-Za-z0-9._@+-]{1,64}$"
HEADER = (
    "# phigate SMTP AUTH users: name -> argon2id hash.\n"
    "# Manage with `phigate smtp-user add|remove|list`; never store plain passwords here.\n"
)


class UsersFileError(Exception):
    """The users file cannot be read or written."""


class SmtpUsersFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    users: dict[str, str] = Field(default_factory=dict)

    @field_validator("users")
    @classmethod
    def _check(cls, v: dict[str, str]) -> dict[str, str]:
        import re

        for name, digest in v.items():
            if not re.match(_NAME, name):
                raise ValueError(f"user name {name!r}: use letters, digits and ._@+- only")
            if not str(digest).startswith("$argon2"):
                raise ValueError(f"user {name!r}: the value must be an argon2 hash "
                                 "(use `phigate smtp-user add`)")
        return v


def load_users(path: Path) -> dict[str, str]:
    """Read the users file; a missing file means no users. Raises ConfigError when broken."""
    if not path.exists():
        return {}
    return dict(load_model(SmtpUsersFile, path).users)


def _write(path: Path, users: dict[str, str]) -> None:
    """Atomically replace the file (0600, fsync'd)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    body = HEADER + yaml.safe_dump({"users": dict(sorted(users.items()))}, sort_keys=False)
    fd, tmp = tempfile.mkstemp(prefix=".smtp-users.", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, body.encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def set_user(path: Path, name: str, password: str) -> bool:
    """Add or replace a user; returns True when the user is new."""
    if not password:
        raise UsersFileError("empty password")
    users = load_users(path)
    SmtpUsersFile(users={name: "$argon2-placeholder"})  # validates the name
    new = name not in users
    users[name] = _HASHER.hash(password)
    _write(path, users)
    return new


def remove_user(path: Path, name: str) -> bool:
    """Remove a user; returns False when there was no such user."""
    users = load_users(path)
    if users.pop(name, None) is None:
        return False
    _write(path, users)
    return True


class UserStore:
    """The accounts a running gateway checks AUTH against, re-read when the file changes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._users: dict[str, str] = {}
        self._stamp: tuple[int, int] | None = None
        self._lock = threading.Lock()
        self._dummy: str | None = None  # hashed on first use, in the worker thread
        self._refresh()

    def _refresh(self) -> None:
        try:
            st = self.path.stat()
            stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
        except FileNotFoundError:
            stamp = None
        if stamp == self._stamp:
            return
        try:
            users = load_users(self.path)
        except ConfigError as exc:
            # Keep the accounts we had: a half-edited file must not lock everybody out.
            log.error("SMTP users file refused (%d error(s)); keeping %d account(s)",
                      len(exc.errors), len(self._users))
            for line in exc.errors:
                log.error("%s", line)
            self._stamp = stamp
            return
        self._users, self._stamp = users, stamp
        log.info("SMTP users file loaded: %d account(s)", len(users))

    def verify(self, name: str, password: str) -> bool:
        """Blocking (argon2): call from a worker thread."""
        with self._lock:
            self._refresh()
            digest = self._users.get(name)
            if self._dummy is None:
                self._dummy = _HASHER.hash(os.urandom(16).hex())
        ok: bool
        try:
            ok = _HASHER.verify(digest or self._dummy, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            ok = False
        return ok and digest is not None
