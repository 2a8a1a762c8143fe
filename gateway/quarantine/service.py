"""Reviewer actions on held messages and the background worker that carries them out.

* ``release`` is durable: RELEASING is committed first, then the worker delivers through the
  normal delivery path (the Router) or, with ``encrypt=True``, through the encryption transport
  the Gateway injects; temporary failures are retried with backoff (also across restarts: the
  worker picks up RELEASING rows at start) until the next hop accepts, then RELEASED. Releasing
  twice is a no-op. A crash after the next hop accepted but before RELEASED was committed
  re-delivers once (a duplicate is possible, a loss is not).
* ``reject`` marks REJECTED and queues a templated notice to the sender (reference + note).
* ``delete`` marks DELETED, then unlinks the data files; the row stays for the record.
* Expiry applies each message's ``expiry_action`` when ``expires_at`` passes.

Every action writes an audit record (ids, domains, rule, outcome; never addresses or text).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from gateway.audit.log import AuditLog
from gateway.config import GatewayConfig, TlsMode
from gateway.delivery.base import DeliveryStatus, OutboundMessage, Transport
from gateway.quarantine.notice import build_reject_notice
from gateway.quarantine.store import (
    HeldMessage,
    QuarantineError,
    QuarantineStateError,
    QuarantineStatus,
    QuarantineStore,
)

log = logging.getLogger(__name__)

HEARTBEAT = 5.0  # seconds between worker heartbeats in quarantine.db
LEASE = 600.0  # seconds one worker owns a release attempt


class ReleaseOutcome(StrEnum):
    QUEUED = "queued"
    ALREADY_RELEASING = "already-releasing"
    ALREADY_RELEASED = "already-released"

    @property
    def message(self) -> str:
        return {
            ReleaseOutcome.QUEUED: "release queued",
            ReleaseOutcome.ALREADY_RELEASING: "already being released; nothing to do",
            ReleaseOutcome.ALREADY_RELEASED: "already released; nothing to do",
        }[self]


class AttemptResult(StrEnum):
    DELIVERED = "delivered"
    RETRY = "retry"
    FAILED = "failed"  # permanently refused or gave up: back to HELD
    SKIPPED = "skipped"  # not due, leased elsewhere, or no longer releasing


@dataclass(frozen=True, slots=True)
class _Attempt:
    result: AttemptResult
    delivered: int = 0
    failed: int = 0
    error: str | None = None


def _domain(addr: str) -> str:
    return addr.rpartition("@")[2].lower()


class QuarantineService:
    """Owns the release worker and the expiry sweep; all store calls run off the event loop."""

    def __init__(self, store: QuarantineStore, router: Transport, audit: AuditLog,
                 config: GatewayConfig, encrypted: Transport | None = None, *,
                 clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.router = router
        self.audit = audit
        self.config = config
        self.encrypted = encrypted  # the encryption provider route for encrypted releases
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"
        self._clock = clock
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        qc = config.quarantine
        store.default_expires_in = qc.default_expiry_days * 86400.0
        store.default_expiry_action = qc.expiry_action.value

    async def _call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return await asyncio.to_thread(fn, *args, **kwargs)

    async def _audit(self, kind: str, actor: str, **fields: Any) -> None:
        await asyncio.to_thread(self.audit.record, kind, actor, **fields)

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        await self._call(self.store.heartbeat, self.owner)
        freed = await self._call(self.store.drop_dead_leases, socket.gethostname())
        if freed:
            log.info("quarantine: freed %d release lease(s) of a process that died", freed)
        loop = asyncio.get_running_loop()
        self._tasks = [loop.create_task(self._worker(), name="quarantine-release"),
                       loop.create_task(self._expiry(), name="quarantine-expiry")]
        pending, _ = await self._call(self.store.due)
        if pending:
            log.info("quarantine: resuming %d release(s) left from a previous run", len(pending))

    async def close(self) -> None:
        for t in self._tasks:
            t.cancel()
        for t in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await t
        self._tasks = []
        with contextlib.suppress(QuarantineError, OSError, sqlite3.Error):
            await self._call(self.store.drop_leases, self.owner)
            await self._call(self.store.clear_heartbeat, self.owner)

    def wake(self) -> None:
        self._wake.set()

    def _no_route(self) -> bool:
        route = getattr(self.encrypted, "route", None)
        return route is not None and route() is None

    # -- reviewer actions ------------------------------------------------------------------

    async def release(self, msg_id: str, actor: str, encrypt: bool = False) -> ReleaseOutcome:
        """Queue a durable release; returns once RELEASING is committed (and audited)."""
        msg: HeldMessage = await self._call(self.store.get, msg_id)
        if msg.status is QuarantineStatus.RELEASED:
            return ReleaseOutcome.ALREADY_RELEASED
        if msg.status is QuarantineStatus.RELEASING:
            return ReleaseOutcome.ALREADY_RELEASING
        if encrypt and self._tasks and (self.encrypted is None or self._no_route()):
            raise QuarantineStateError("no encryption provider is configured for encrypted "
                                       "release (define one under providers: in the policy)")
        changed = await self._call(self.store.set_status, msg_id, QuarantineStatus.RELEASING,
                                   actor, encrypt=encrypt)
        if not changed:
            return ReleaseOutcome.ALREADY_RELEASING
        await self._audit("release_encrypted" if encrypt else "release", actor, id=msg_id,
                          status="queued", rule=msg.rule, rcpt_domains=list(msg.rcpt_domains),
                          encrypt=encrypt)
        self.wake()
        return ReleaseOutcome.QUEUED

    async def reject(self, msg_id: str, actor: str, note: str | None = None) -> bool:
        """REJECTED plus a notice to the sender (queued durably, sent by the worker)."""
        msg: HeldMessage = await self._call(self.store.get, msg_id)
        notice = bool(msg.mail_from)  # never notify the null sender
        changed = await self._call(self.store.set_status, msg_id, QuarantineStatus.REJECTED,
                                   actor, note, notice=notice)
        if changed:
            await self._audit("reject", actor, id=msg_id, rule=msg.rule,
                              sender_domain=msg.sender_domain, note_given=bool(note),
                              notice=notice)
            self.wake()
        return bool(changed)

    async def delete(self, msg_id: str, actor: str) -> bool:
        msg: HeldMessage = await self._call(self.store.get, msg_id)
        changed = await self._call(self.store.set_status, msg_id, QuarantineStatus.DELETED, actor)
        removed = await self._call(self.store.remove_data, msg_id)
        if changed:
            await self._audit("delete", actor, id=msg_id, rule=msg.rule,
                              from_status=msg.status.value, removed=bool(removed))
        return bool(changed)

    async def purge(self, older_than: float, actor: str) -> int:
        """Remove data files of finished messages older than ``older_than`` seconds (rows
        stay), and orphaned files from interrupted writes. Returns the number of messages."""
        ids = await self._call(self.store.purgeable, older_than)
        for msg_id in ids:
            await self._call(self.store.remove_data, msg_id)
        orphans = await self._call(self.store.orphans)
        for p in orphans:
            with contextlib.suppress(FileNotFoundError):
                await self._call(p.unlink)
        await self._audit("purge", actor, count=len(ids), orphans=len(orphans),
                          older_than_days=round(older_than / 86400.0, 3))
        return len(ids)

    # -- expiry ------------------------------------------------------------------------------

    async def expire_due(self) -> int:
        ids = await self._call(self.store.expired, self._clock())
        for msg_id in ids:
            try:
                await self._expire_one(msg_id)
            except asyncio.CancelledError:
                raise
            except QuarantineError as exc:
                log.warning("quarantine expiry of %s skipped: %s", msg_id, exc.__class__.__name__)
        return len(ids)

    async def _expire_one(self, msg_id: str) -> None:
        msg: HeldMessage = await self._call(self.store.get, msg_id)
        actor = "system:expiry"
        action = msg.expiry_action
        if action == "release":
            changed = await self._call(self.store.set_status, msg_id,
                                       QuarantineStatus.RELEASING, actor)
            self.wake()
        elif action == "reject":
            changed = await self._call(self.store.set_status, msg_id, QuarantineStatus.REJECTED,
                                       actor, notice=bool(msg.mail_from))
            self.wake()
        else:
            changed = await self._call(self.store.set_status, msg_id, QuarantineStatus.EXPIRED,
                                       actor)
            await self._call(self.store.remove_data, msg_id)
        if changed:
            await self._audit("expire", actor, id=msg_id, rule=msg.rule, expiry_action=action)

    async def _expiry(self) -> None:
        interval = self.config.quarantine.expiry_interval
        while True:
            try:
                n = await self.expire_due()
                if n:
                    log.info("quarantine: %d message(s) expired", n)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - keep sweeping; the next run retries
                log.error("quarantine expiry sweep failed: %s", exc.__class__.__name__)
            await asyncio.sleep(interval)

    # -- the worker ------------------------------------------------------------------------

    async def _worker(self) -> None:
        last_beat = 0.0
        while True:
            try:
                if time.monotonic() - last_beat >= HEARTBEAT:
                    await self._call(self.store.heartbeat, self.owner)
                    await self._call(self.store.keys.maybe_reload)
                    last_beat = time.monotonic()
                await self.run_due()
                nxt = await self._call(self.store.next_due)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - the worker must survive a bad row
                log.error("quarantine worker error: %s", exc.__class__.__name__)
                nxt = None
            delay = HEARTBEAT
            if nxt is not None:
                delay = max(0.05, min(HEARTBEAT, nxt - self._clock()))
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), delay)

    async def run_due(self, *, include_encrypted: bool = True) -> dict[str, AttemptResult]:
        """One pass over due releases and notices (the CLI calls this without a gateway)."""
        releases, notices = await self._call(self.store.due, self._clock())
        out: dict[str, AttemptResult] = {}
        for msg_id in releases:
            out[msg_id] = (await self.attempt_release(
                msg_id, include_encrypted=include_encrypted)).result
        for msg_id in notices:
            await self.attempt_notice(msg_id)
        return out

    def _backoff(self, attempts: int) -> float:
        rc = self.config.quarantine.release_retry
        return float(min(rc.maximum, rc.initial * (2 ** min(attempts, 30))))

    async def attempt_release(self, msg_id: str, *, include_encrypted: bool = True) -> _Attempt:
        msg: HeldMessage = await self._call(self.store.get, msg_id)
        if msg.status is not QuarantineStatus.RELEASING:
            return _Attempt(AttemptResult.SKIPPED)
        if msg.release_encrypt and (self.encrypted is None or not include_encrypted):
            if not include_encrypted:
                return _Attempt(AttemptResult.SKIPPED)
            return await self._give_up(msg, "no encryption route configured", 0)
        if not await self._call(self.store.claim, msg_id, self.owner, LEASE):
            return _Attempt(AttemptResult.SKIPPED)
        try:
            data: bytes = await self._call(self.store.open_message, msg_id)
        except QuarantineError as exc:
            return await self._give_up(msg, f"cannot read message ({exc.__class__.__name__})", 0)
        transport = self.encrypted if msg.release_encrypt else self.router
        assert transport is not None
        delivered = set(msg.delivered)
        groups: dict[str, list[int]] = {}
        for i, rcpt in enumerate(msg.rcpts):
            if i not in delivered:
                groups.setdefault(_domain(rcpt), []).append(i)
        temp_error: str | None = None
        perm_error: str | None = None
        failed: set[int] = set()
        floor = self.config.delivery.tls
        for idxs in groups.values():
            out = OutboundMessage(
                queue_id=f"{msg.queue_id}.q{msg_id[:6]}", mail_from=msg.mail_from,
                rcpts=tuple(msg.rcpts[i] for i in idxs), data=data,
                tls=floor.at_least(TlsMode.REQUIRED) if msg.release_encrypt else floor,
                mail_options=msg.mail_options, phi=msg.phi)
            try:
                result = await transport.deliver(out)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - a transport fault is a temporary failure
                temp_error = f"4.3.0 delivery fault ({exc.__class__.__name__})"
                continue
            by_addr = {r.address: r for r in result.recipients}
            for i in idxs:
                r = by_addr.get(msg.rcpts[i])
                status = r.status if r is not None else result.status
                detail = r.detail if r is not None else result.detail
                if status is DeliveryStatus.DELIVERED:
                    delivered.add(i)
                elif status is DeliveryStatus.PERMFAIL:
                    failed.add(i)
                    perm_error = perm_error or detail
                else:
                    temp_error = temp_error or detail
        remaining = [i for i in range(len(msg.rcpts)) if i not in delivered and i not in failed]
        if not remaining:
            await self._call(self.store.release_progress, msg_id, delivered=tuple(delivered),
                             error=perm_error, next_attempt=None)
            if not delivered:
                return await self._give_up(msg, perm_error or "refused", len(failed), counted=True)
            await self._call(self.store.set_status, msg_id, QuarantineStatus.RELEASED,
                             msg.status_actor or "system")
            await self._audit("release_encrypted" if msg.release_encrypt else "release",
                              msg.status_actor or "system", id=msg_id, status="delivered",
                              rule=msg.rule, delivered=len(delivered), failed=len(failed),
                              attempts=msg.attempts + 1, detail=perm_error)
            log.info("quarantine: %s released (%d delivered, %d refused)", msg_id,
                     len(delivered), len(failed))
            return _Attempt(AttemptResult.DELIVERED, len(delivered), len(failed), perm_error)
        started = await self._call(self.store.release_started, msg_id) or self._clock()
        if self._clock() - started > self.config.quarantine.release_retry.give_up_after:
            await self._call(self.store.release_progress, msg_id, delivered=tuple(delivered),
                             error=temp_error, next_attempt=None)
            return await self._give_up(msg, f"gave up after retries: {temp_error}",
                                       len(failed), counted=True)
        delay = self._backoff(msg.attempts)
        await self._call(self.store.release_progress, msg_id, delivered=tuple(delivered),
                         error=temp_error, next_attempt=self._clock() + delay)
        log.info("quarantine: release of %s deferred (%s); retry in %.0fs", msg_id,
                 temp_error, delay)
        return _Attempt(AttemptResult.RETRY, len(delivered), len(failed), temp_error)

    async def _give_up(self, msg: HeldMessage, error: str, failed: int,
                       counted: bool = False) -> _Attempt:
        if not counted:
            await self._call(self.store.release_progress, msg.id, delivered=msg.delivered,
                             error=error, next_attempt=None)
        await self._call(self.store.set_status, msg.id, QuarantineStatus.HELD, "system:release")
        await self._audit("release_failed", msg.status_actor or "system", id=msg.id,
                          rule=msg.rule, failed=failed, detail=error[:200])
        log.warning("quarantine: release of %s failed for good (%s); back to held", msg.id,
                    error)
        return _Attempt(AttemptResult.FAILED, len(msg.delivered), failed, error)

    async def attempt_notice(self, msg_id: str) -> bool:
        if not await self._call(self.store.claim, msg_id, self.owner, LEASE):
            return False
        msg: HeldMessage = await self._call(self.store.get, msg_id)
        note = await self._call(self.store.note, msg_id)
        data = build_reject_notice(self.config, ref=msg_id, held_at=msg.held_at,
                                   recipient=msg.mail_from, note=note)
        out = OutboundMessage(queue_id=f"{msg.queue_id}.n{msg_id[:6]}", mail_from="",
                              rcpts=(msg.mail_from,), data=data,
                              tls=self.config.delivery.tls)
        try:
            result = await self.router.deliver(out)
            status = result.status
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - retried later
            log.warning("quarantine: notice for %s failed: %s", msg_id, exc.__class__.__name__)
            status = DeliveryStatus.TEMPFAIL
        if status is DeliveryStatus.TEMPFAIL or status is DeliveryStatus.TLS_IMPOSSIBLE:
            delay = self._backoff(0)
            await self._call(self.store.notice_progress, msg_id, done=False,
                             next_attempt=self._clock() + delay)
            return False
        await self._call(self.store.notice_progress, msg_id, done=True, next_attempt=None)
        await self._audit("notice", "system", id=msg_id, sender_domain=msg.sender_domain,
                          result=status.value)
        return status is DeliveryStatus.DELIVERED
