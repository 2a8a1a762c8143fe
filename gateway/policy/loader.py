"""Load a policy file (line-numbered errors) and hold the running one across reloads.

A bad edit never replaces the running good policy: :meth:`PolicyHolder.reload` keeps the old
one and logs the errors. The gateway polls the file's mtime (every 2 s) and reloads on SIGHUP.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from gateway.policy.engine import LoadedPolicy
from gateway.policy.model import PolicyFile, semantic_errors
from gateway.yamlcheck import ConfigError, _line_of, parse_yaml, validate

log = logging.getLogger(__name__)


def policy_version(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:12]


def load_policy_bytes(data: bytes, path: str) -> LoadedPolicy:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(path, [f"{path}:0: file is not UTF-8"]) from None
    parsed, node = parse_yaml(text, path)
    model = validate(PolicyFile, parsed, node, path)
    errs = semantic_errors(model)
    if errs:
        lines = []
        for loc, msg in errs:
            line, key = _line_of(node, list(loc))
            lines.append(f"{path}:{line}: {key}: {msg}")
        raise ConfigError(path, lines)
    return LoadedPolicy.build(model, policy_version(data), path)


def load_policy(path: str | Path) -> LoadedPolicy:
    """Read, parse, validate and cross-check one policy file; raise ConfigError."""
    p = str(path)
    try:
        data = Path(p).read_bytes()
    except OSError as exc:
        raise ConfigError(p, [f"{p}:0: cannot read file: {exc.__class__.__name__}"]) from None
    return load_policy_bytes(data, p)


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


class PolicyHolder:
    """The running policy. ``current`` is swapped atomically; readers never see half a policy."""

    def __init__(self, path: str | Path, policy: LoadedPolicy | None = None) -> None:
        self.path = Path(path)
        self._stamp = _stamp(self.path)
        self.current: LoadedPolicy = policy if policy is not None else load_policy(self.path)
        self.last_errors: list[str] = []
        self._watch: asyncio.Task[None] | None = None
        # Called as (previous version, new version or None when refused, error count).
        self.listeners: list[Callable[[str, str | None, int], None]] = []

    def _tell(self, previous: str, new: str | None, errors: int) -> None:
        for fn in self.listeners:
            try:
                fn(previous, new, errors)
            except Exception as exc:  # noqa: BLE001 - a listener must not break reloading
                log.warning("policy reload listener failed: %s", exc.__class__.__name__)

    def reload(self, path: str | Path | None = None) -> bool:
        """Re-read the file; on any error keep the running policy and return False."""
        if path is not None:
            self.path = Path(path)
        stamp = _stamp(self.path)
        try:
            new = load_policy(self.path)
        except ConfigError as exc:
            self._stamp = stamp
            self.last_errors = exc.errors
            log.error("policy reload refused: %d error(s) in %s; keeping version %s",
                      len(exc.errors), self.path, self.current.version)
            for line in exc.errors:
                log.error("%s", line)
            self._tell(self.current.version, None, len(exc.errors))
            return False
        self._stamp = stamp
        self.last_errors = []
        if new.version != self.current.version:
            log.info("policy %s loaded: version %s (was %s)", self.path, new.version,
                     self.current.version)
        previous, self.current = self.current.version, new
        self._tell(previous, new.version, 0)
        return True

    def changed(self) -> bool:
        return _stamp(self.path) != self._stamp

    def start_watching(self, interval: float = 2.0) -> None:
        if self._watch is None:
            self._watch = asyncio.get_running_loop().create_task(self._poll(interval))

    async def _poll(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            try:
                if self.changed():
                    self.reload()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - the watcher must survive anything
                log.warning("policy watcher: %s", exc.__class__.__name__)

    async def close(self) -> None:
        if self._watch is not None:
            self._watch.cancel()
            try:
                await self._watch
            except asyncio.CancelledError:
                pass
            self._watch = None
