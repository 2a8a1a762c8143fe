"""The running gateway: wires config -> inspector -> pipeline -> SMTP edge; owns their lifetimes."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from gateway.config import GatewayConfig, load_config
from gateway.delivery.router import Router
from gateway.pipeline import Inspector, PassThrough, Pipeline
from gateway.smtp.server import Handler, SMTPServer
from gateway.yamlcheck import ConfigError

log = logging.getLogger(__name__)


def build_router(config: GatewayConfig) -> Router:
    return Router(config.delivery)


async def build_inspector(config: GatewayConfig) -> Inspector:
    """The scanning + policy hook. Without a scanner configured, everything passes."""
    return PassThrough()


class Gateway:
    def __init__(self, config: GatewayConfig, config_path: Path | None = None) -> None:
        self.config = config
        self.config_path = config_path
        self.router: Router | None = None
        self.inspector: Inspector | None = None
        self.pipeline: Pipeline | None = None
        self.handler: Handler | None = None
        self.server: SMTPServer | None = None

    async def start(self, sock: Any = None) -> tuple[str, int]:
        cfg = self.config
        cfg.state_dir.mkdir(parents=True, exist_ok=True)
        self.router = build_router(cfg)
        self.inspector = await build_inspector(cfg)
        self.pipeline = Pipeline(cfg, self.inspector, self.router)
        self.handler = Handler(cfg, self.pipeline)
        self.server = SMTPServer(cfg, self.handler)
        return await self.server.start(sock)

    async def reload(self) -> bool:
        """Re-read the config file; a broken edit is logged and the running config kept."""
        if self.config_path is None:
            return False
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
        self.config = new
        self.router = build_router(new)
        assert self.pipeline is not None and self.handler is not None and self.server is not None
        self.pipeline.config = new
        self.pipeline.router = self.router
        self.handler.config = new
        self.server.config = new
        if old_router is not None:
            # In-flight deliveries hold their own references; close idle connections later.
            asyncio.get_running_loop().call_later(
                new.limits.processing_timeout,
                lambda: asyncio.ensure_future(old_router.close()),
            )
        log.info("configuration reloaded from %s", self.config_path)
        return True

    async def stop(self) -> None:
        if self.server is not None:
            await self.server.stop(self.config.shutdown_grace)
        await self.close()

    async def close(self) -> None:
        if self.router is not None:
            await self.router.close()
        closer = getattr(self.inspector, "close", None)
        if closer is not None:
            await closer()
