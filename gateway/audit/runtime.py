"""The audit tasks a running gateway owns: SIEM forwarding and the periodic head anchor.

The anchor is a log line (journald, or wherever the gateway log goes) with the chain's head
``seq`` and ``hash`` every ``audit.anchor_interval`` minutes: someone who rewrites the whole
audit database, key included, still cannot change what was already logged and forwarded.
``phigate audit verify --anchor SEQ:HASH`` checks a database against such a line.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from gateway.audit.log import AuditLog
from gateway.audit.siem import SiemForwarder
from gateway.config import GatewayConfig

log = logging.getLogger(__name__)


def open_audit(config: GatewayConfig, *, create: bool = True) -> AuditLog:
    """The gateway's audit log under ``state_dir`` with its key (created on first use)."""
    return AuditLog.open(config.state_dir, config.audit.key_file, create=create)


class AuditTasks:
    def __init__(self, audit: AuditLog, config: GatewayConfig) -> None:
        self.audit = audit
        self.config = config
        self.forwarder: SiemForwarder | None = None
        self._anchor: asyncio.Task[None] | None = None

    async def start(self) -> None:
        siem = self.config.audit.siem
        if siem is not None:
            self.forwarder = SiemForwarder(self.audit, siem, hostname=self.config.hostname)
            await self.forwarder.start()
        else:
            log.warning("audit: no SIEM configured (audit.siem); the audit trail stays on this "
                        "host only")
        self._anchor = asyncio.get_running_loop().create_task(self._anchor_loop(),
                                                              name="audit-anchor")

    def anchor(self) -> tuple[int, str]:
        seq, head = self.audit.head()
        log.info("audit anchor seq=%d head=%s", seq, head)
        return seq, head

    async def _anchor_loop(self) -> None:
        interval = self.config.audit.anchor_interval * 60.0
        while True:
            try:
                await asyncio.to_thread(self.anchor)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - the next interval tries again
                log.error("audit anchor failed: %s", exc.__class__.__name__)
            await asyncio.sleep(interval)

    async def close(self) -> None:
        if self._anchor is not None:
            self._anchor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._anchor
            self._anchor = None
        with contextlib.suppress(Exception):
            await asyncio.to_thread(self.anchor)
        if self.forwarder is not None:
            await self.forwarder.close()
            self.forwarder = None
