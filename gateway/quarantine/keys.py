"""Quarantine encryption keys: a ring of AES-256 keys with one current key id.

Key material comes from an environment variable (``key_env``, wins when set) or a key file
(``key_file``, created 0600 at first start). Both use the same text format, one key per line::

    <key-id> <base64 of 32 bytes>

The **last** line is the current key (new objects are encrypted with it); earlier lines stay
for decryption, which is how keys rotate: ``phigate quarantine rotate-key`` appends a line.
In the variable, entries may also be separated by commas.
"""

from __future__ import annotations

import base64
import logging
import os
import re
import secrets
import time
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger(__name__)

_KEY_ID = re.compile(r"^[A-Za-z0-9_.-]{1,32}$")


class QuarantineKeyError(Exception):
    """Key material is missing, malformed or unknown. Messages never contain key bytes."""


class KeyRing:
    """Immutable view of the keys; :meth:`reload` re-reads the source (after a rotation)."""

    def __init__(self, current: str, keys: Mapping[str, bytes], *,
                 source_file: Path | None = None, source_env: str | None = None) -> None:
        if current not in keys:
            raise QuarantineKeyError(f"current key id {current!r} has no key")
        for kid, key in keys.items():
            if not _KEY_ID.match(kid):
                raise QuarantineKeyError(f"bad key id {kid!r}")
            if len(key) != 32:
                raise QuarantineKeyError(f"key {kid!r} is not 32 bytes (AES-256)")
        self.current = current
        self._keys = dict(keys)
        self.source_file = source_file
        self.source_env = source_env
        self._stamp = self._file_stamp()

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._keys)

    def key(self, key_id: str) -> bytes:
        try:
            return self._keys[key_id]
        except KeyError:
            # A rotation by another process (the CLI) may have added it: look again once.
            self.reload()
            if key_id not in self._keys:
                raise QuarantineKeyError(f"unknown quarantine key id {key_id!r}") from None
            return self._keys[key_id]

    def reload(self) -> None:
        fresh = _load(self.source_file, self.source_env, create=False)
        if fresh is not None:
            self.current, self._keys = fresh.current, dict(fresh._keys)
        self._stamp = self._file_stamp()

    def _file_stamp(self) -> tuple[int, int] | None:
        if self.source_file is None:
            return None
        try:
            st = self.source_file.stat()
        except OSError:
            return None
        return st.st_mtime_ns, st.st_ino

    def maybe_reload(self) -> bool:
        """Re-read the key file if it changed (``rotate-key`` by the CLI); True if it did."""
        stamp = self._file_stamp()
        if stamp is None or stamp == self._stamp:
            return False
        try:
            self.reload()
        except QuarantineKeyError as exc:
            log.error("quarantine key file changed but is unusable, keeping the old keys: %s",
                      exc)
            self._stamp = stamp
            return False
        log.info("quarantine keys reloaded; current key id %s", self.current)
        return True

    @classmethod
    def load(cls, key_file: Path, key_env: str | None = None, *, create: bool = True) -> KeyRing:
        """From ``$key_env`` when set, else from ``key_file`` (generated 0600 when missing)."""
        ring = _load(key_file, key_env, create=create)
        if ring is None:
            raise QuarantineKeyError(f"no quarantine key: {key_file} is missing")
        return ring

    @classmethod
    def single(cls, key: bytes, key_id: str = "k1") -> KeyRing:
        return cls(key_id, {key_id: key})


def parse_keys(text: str, origin: str) -> tuple[str, dict[str, bytes]]:
    keys: dict[str, bytes] = {}
    current = ""
    entries = [e.strip() for line in text.splitlines() if not line.lstrip().startswith("#")
               for e in line.split(",")]
    for n, entry in enumerate(entries, 1):
        if not entry:
            continue
        parts = entry.split()
        if len(parts) != 2:
            raise QuarantineKeyError(f"{origin}: entry {n}: expected '<key-id> <base64 key>'")
        kid, b64 = parts
        try:
            key = base64.b64decode(b64, validate=True)
        except ValueError:
            raise QuarantineKeyError(f"{origin}: entry {n}: key is not base64") from None
        if len(key) != 32:
            raise QuarantineKeyError(f"{origin}: entry {n}: key must be 32 bytes (AES-256)")
        if kid in keys:
            raise QuarantineKeyError(f"{origin}: key id {kid!r} appears twice")
        keys[kid] = key
        current = kid
    if not keys:
        raise QuarantineKeyError(f"{origin}: no keys")
    return current, keys


def _load(key_file: Path | None, key_env: str | None, *, create: bool) -> KeyRing | None:
    if key_env and os.environ.get(key_env):
        current, keys = parse_keys(os.environ[key_env], f"${key_env}")
        return KeyRing(current, keys, source_env=key_env)
    if key_file is None:
        return None
    try:
        text = key_file.read_text(encoding="ascii")
    except FileNotFoundError:
        if not create:
            return None
        generate_key_file(key_file)
        text = key_file.read_text(encoding="ascii")
    mode = key_file.stat().st_mode & 0o777
    if mode & 0o077:
        log.warning("quarantine key file %s is readable by others (mode %o): chmod 600",
                    key_file, mode)
    current, keys = parse_keys(text, str(key_file))
    return KeyRing(current, keys, source_file=key_file, source_env=key_env)


def new_key_line() -> tuple[str, str]:
    kid = "k" + time.strftime("%Y%m%d%H%M%S", time.gmtime()) + secrets.token_hex(2)
    return kid, f"{kid} {base64.b64encode(secrets.token_bytes(32)).decode('ascii')}\n"


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def generate_key_file(path: Path) -> str:
    """Create a new key file (0600) with one fresh key; returns its key id."""
    path.parent.mkdir(parents=True, exist_ok=True)
    kid, line = new_key_line()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, b"# phigate quarantine keys: '<id> <base64>', the last line is current.\n")
        os.write(fd, b"# Losing this file makes every held message unreadable: back it up.\n")
        os.write(fd, line.encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    _fsync_dir(path.parent)
    log.warning("GENERATED A NEW QUARANTINE KEY at %s (key id %s): back this file up now; "
                "without it held messages cannot be read or released", path, kid)
    return kid


def append_key(path: Path) -> str:
    """Rotation: append a fresh key as the new current one (older keys stay for decryption)."""
    kid, line = new_key_line()
    tmp = path.with_name(path.name + ".tmp")
    old = path.read_bytes()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, old if old.endswith(b"\n") else old + b"\n")
        os.write(fd, line.encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    _fsync_dir(path.parent)
    return kid
