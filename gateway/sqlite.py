"""Opening the embedded SQLite databases under ``state_dir`` the same way everywhere."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path


def open_db(
    path: Path, schema: str, *, durable: bool = True, private: bool = True
) -> sqlite3.Connection:
    """An autocommit, WAL-mode connection usable from several threads (callers hold a lock).

    ``durable``: synchronous=FULL, so a committed row survives power loss (audit, quarantine);
    otherwise NORMAL (caches and counters that can be rebuilt). ``private``: the database and
    its WAL/SHM files are made 0600 (they may hold ciphertext, hashes or metadata).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30.0)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
    db.execute("PRAGMA busy_timeout=30000")
    db.executescript(schema)
    if private:
        for suffix in ("", "-wal", "-shm"):  # the WAL holds recent rows until a checkpoint
            with contextlib.suppress(FileNotFoundError):
                os.chmod(f"{path}{suffix}", 0o600)
    return db
