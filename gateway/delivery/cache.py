"""The MTA-STS policy cache: one small interface, a SQLite backend under ``state_dir``.

A PostgreSQL backend only needs the same four methods. SQLite calls run in a worker thread so
the event loop never waits on the disk.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from gateway.sqlite import open_db


@dataclass(frozen=True, slots=True)
class CachedPolicy:
    domain: str
    policy_id: str  # the ``id=`` of the TXT record the policy was fetched for
    text: str  # the policy body as fetched (parsed again on load: one parser, one truth)
    fetched_at: float
    expires_at: float  # fetched_at + max_age


class PolicyCache(Protocol):
    async def get(self, domain: str) -> CachedPolicy | None: ...

    async def put(self, entry: CachedPolicy) -> None: ...

    async def domains(self) -> list[str]: ...

    async def close(self) -> None: ...


_SCHEMA = """
CREATE TABLE IF NOT EXISTS sts_policy (
    domain TEXT PRIMARY KEY,
    policy_id TEXT NOT NULL,
    body TEXT NOT NULL,
    fetched_at REAL NOT NULL,
    expires_at REAL NOT NULL
)
"""


class SqliteCache:
    """Policies in ``<state_dir>/mta-sts.sqlite``; one connection guarded by a lock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db = open_db(path, _SCHEMA, durable=False, private=False)

    def _get(self, domain: str) -> CachedPolicy | None:
        with self._lock:
            row = self._db.execute(
                "SELECT domain, policy_id, body, fetched_at, expires_at FROM sts_policy"
                " WHERE domain = ?", (domain,)).fetchone()
        return CachedPolicy(*row) if row else None

    def _put(self, e: CachedPolicy) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO sts_policy (domain, policy_id, body, fetched_at, expires_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(domain) DO UPDATE SET"
                " policy_id=excluded.policy_id, body=excluded.body,"
                " fetched_at=excluded.fetched_at, expires_at=excluded.expires_at",
                (e.domain, e.policy_id, e.text, e.fetched_at, e.expires_at))

    def _domains(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self._db.execute("SELECT domain FROM sts_policy ORDER BY domain")]

    async def get(self, domain: str) -> CachedPolicy | None:
        return await asyncio.to_thread(self._get, domain)

    async def put(self, entry: CachedPolicy) -> None:
        await asyncio.to_thread(self._put, entry)

    async def domains(self) -> list[str]:
        return await asyncio.to_thread(self._domains)

    async def close(self) -> None:
        with self._lock:
            self._db.close()


class MemoryCache:
    """For ``phigate tls check`` and unit tests: the same interface, nothing written."""

    def __init__(self) -> None:
        self._data: dict[str, CachedPolicy] = {}

    async def get(self, domain: str) -> CachedPolicy | None:
        return self._data.get(domain)

    async def put(self, entry: CachedPolicy) -> None:
        self._data[entry.domain] = entry

    async def domains(self) -> list[str]:
        return sorted(self._data)

    async def close(self) -> None:
        self._data.clear()

