"""The running gateway: wires config -> inspector -> pipeline -> SMTP edge; owns their lifetimes."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from gateway.audit.runtime import AuditTasks, open_audit
from gateway.config import DeliveryMode, GatewayConfig, load_config
from gateway.delivery.capability import TlsCapability
from gateway.delivery.router import Router
from gateway.pipeline import Inspector, PassThrough, Pipeline
from gateway.smtp.server import Handler, SMTPServer
from gateway.yamlcheck import ConfigError

log = logging.getLogger(__name__)


def build_router(config: GatewayConfig) -> Router:
    mx = None
    if config.delivery.mode is DeliveryMode.MX:
        from gateway.delivery.mx import MxTransport
        from gateway.delivery.router import helo_name

        mx = MxTransport(config.delivery, helo=helo_name(config.delivery),
                         state_dir=config.state_dir)
    return Router(config.delivery, mx=mx)


async def build_inspector(config: GatewayConfig) -> Inspector:
    """The scanning + policy hook: PassThrough when ``scan.enabled`` is false, otherwise a
    warmed-up ScanPool and the policy file -> PolicyInspector. A broken policy file refuses
    to start (ConfigError with line numbers)."""
    if not config.scan.enabled:
        return PassThrough()
    from gateway.detect.pool import ScanPool
    from gateway.policy.facts import facts_from_scan
    from gateway.policy.inspector import PolicyInspector
    from gateway.policy.loader import PolicyHolder

    holder = PolicyHolder(config.policy)
    # The workers compute the policy's facts: the gateway process unpickles a full scan
    # result only for the messages it quarantines or redacts.
    pool = ScanPool(config.scan.detector, workers=config.scan.workers,
                    timeout=config.scan.timeout, summarize=facts_from_scan)
    await pool.start()
    log.info("policy %s version %s loaded", config.policy, holder.current.version)
    return PolicyInspector(pool, holder)


class Gateway:
    def __init__(self, config: GatewayConfig, config_path: Path | None = None) -> None:
        self.config = config
        self.config_path = config_path
        self.router: Router | None = None
        self.inspector: Inspector | None = None
        self.pipeline: Pipeline | None = None
        self.handler: Handler | None = None
        self.server: SMTPServer | None = None
        self.audit: Any = None  # gateway.audit.log.AuditLog
        self.audit_tasks: AuditTasks | None = None
        self.quarantine_store: Any = None  # gateway.quarantine.store.QuarantineStore
        self.quarantine: Any = None  # gateway.quarantine.service.QuarantineService
        self.console: Any = None  # gateway.console.server.ConsoleServer

    async def _start_audit_quarantine(self) -> None:
        """Audit log (+ SIEM forwarding, anchors) and the quarantine store and its worker."""
        from gateway.quarantine.runtime import build_service, open_store

        cfg = self.config
        assert self.pipeline is not None and self.router is not None
        self.audit = open_audit(cfg)
        self.audit_tasks = AuditTasks(self.audit, cfg)
        await self.audit_tasks.start()
        self.quarantine_store = open_store(cfg)
        holder = getattr(self.inspector, "holder", None)  # the policy: encryption providers
        self.quarantine = build_service(
            cfg, self.quarantine_store, self.router, self.audit,
            (lambda: holder.current.routes) if holder is not None else None)
        await self.quarantine.start()
        self.pipeline.audit = self.audit
        self.pipeline.quarantine = self.quarantine_store

    async def _start_console(self) -> None:
        """The review console in this process when ``console.enabled`` (docs/console.md)."""
        if not self.config.console.enabled:
            return
        from gateway.console.server import ConsoleServer

        self.console = ConsoleServer(self.config, audit=self.audit,
                                     store=self.quarantine_store, service=self.quarantine)
        await self.console.start()

    async def _stop_audit_quarantine(self) -> None:
        if self.quarantine is not None:
            await self.quarantine.close()
            if self.quarantine.encrypted is not None:
                await self.quarantine.encrypted.close()
            self.quarantine = None
        if self.quarantine_store is not None:
            self.quarantine_store.close()
            self.quarantine_store = None
        if self.audit_tasks is not None:
            await self.audit_tasks.close()
            self.audit_tasks = None
        if self.audit is not None:
            self.audit.close()
            self.audit = None

    async def start(self, sock: Any = None) -> tuple[str, int]:
        cfg = self.config
        cfg.state_dir.mkdir(parents=True, exist_ok=True)
        self.router = build_router(cfg)
        self.inspector = await build_inspector(cfg)
        self.pipeline = Pipeline(cfg, self.inspector, self.router)
        await self._start_audit_quarantine()
        await self._start_console()
        self._watch_policy()
        self.handler = Handler(cfg, self.pipeline)
        self.server = SMTPServer(cfg, self.handler)
        return await self.server.start(sock)

    def _policy_holder(self) -> Any:
        return getattr(self.inspector, "holder", None)

    def _watch_policy(self) -> None:
        """Poll the policy file (2 s) and audit every reload, accepted or refused."""
        holder = self._policy_holder()
        if holder is None:
            return

        def audit(previous: str, new: str | None, errors: int) -> None:
            audit_log = getattr(self.pipeline, "audit", None)
            if audit_log is not None:
                audit_log.record("policy_reload", "gateway", version=new or previous,
                                 previous_version=previous,
                                 result="loaded" if new else "refused", count=errors)

        holder.listeners.append(audit)
        holder.start_watching(2.0)
        # recipient_tls conditions: what the recipient domain offers, from the MX transport.
        self.inspector.tls_capability_provider = self._tls_capabilities  # type: ignore[union-attr]

    async def _tls_capabilities(self, domains: Sequence[str]) -> Mapping[str, TlsCapability]:
        """Capabilities from the MX transport (MTA-STS/DANE); empty (UNKNOWN) in smarthost mode."""
        if self.router is None:
            return {}
        return await self.router.capabilities(domains)

    def reload_policy(self, path: Path | None = None) -> bool:
        """Re-read the policy file; a broken edit keeps the running policy (and is logged)."""
        holder = self._policy_holder()
        if holder is None:
            return False
        ok: bool = holder.reload(path)
        return ok

    async def reload(self) -> bool:
        """Re-read the config file (and the policy); a broken edit is logged and the running
        config kept."""
        if self.config_path is None:
            return self.reload_policy()
        try:
            new = load_config(self.config_path)
        except ConfigError as exc:
            log.error("reload refused: %d error(s) in %s; keeping the running configuration",
                      len(exc.errors), self.config_path)
            for line in exc.errors:
                log.error("%s", line)
            return False
        if new.listen != self.config.listen:
            log.warning("listen address changes need a restart; keeping %s", self.config.listen)
        old_router = self.router
        cfg_scan_before = self.config.scan
        self.config = new
        self.router = build_router(new)
        assert self.pipeline is not None and self.handler is not None and self.server is not None
        self.pipeline.config = new
        self.pipeline.router = self.router
        if self.quarantine is not None:
            self.quarantine.router = self.router
            self.quarantine.config = new
        self.handler.config = new
        self.server.config = new
        if old_router is not None:
            # In-flight deliveries hold their own references; close idle connections later.
            asyncio.get_running_loop().call_later(
                new.limits.processing_timeout,
                lambda: asyncio.ensure_future(old_router.close()),
            )
        if new.scan != cfg_scan_before:
            log.warning("scan settings change needs a restart; keeping the running scanner")
        self.reload_policy(new.policy)
        log.info("configuration reloaded from %s", self.config_path)
        return True

    async def stop(self) -> None:
        if self.server is not None:
            await self.server.stop(self.config.shutdown_grace)
        await self.close()

    async def close(self) -> None:
        if self.console is not None:
            await self.console.stop()
            self.console = None
        await self._stop_audit_quarantine()  # the release worker first: it uses the router
        if self.router is not None:
            await self.router.close()
        if self.pipeline is not None:
            await self.pipeline.close_providers()
        closer = getattr(self.inspector, "close", None)
        if closer is not None:
            await closer()
