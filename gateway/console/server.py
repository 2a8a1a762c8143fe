"""Serve the console: inside the gateway process (``console.enabled``) or ``phigate console``.

Plain HTTP is allowed only on a loopback address (an admin's SSH tunnel or a local reverse
proxy); anywhere else the console refuses to start without ``cert_file``/``key_file``.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import ssl
from typing import Any

from aiohttp import web

from gateway.audit.log import AuditLog
from gateway.config import GatewayConfig
from gateway.console.users import UserStore
from gateway.console.web import Console, build_app

log = logging.getLogger(__name__)


class ConsoleError(Exception):
    """The console cannot start; the text is for the admin (no secrets, no content)."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def users_path(config: GatewayConfig) -> Any:
    return config.console.users_db or config.state_dir / "users.db"


def check_listen(config: GatewayConfig) -> None:
    cc = config.console
    host, _ = cc.listen_addr
    if not cc.tls and not is_loopback(host):
        raise ConsoleError(
            f"console.listen {cc.listen} is not a loopback address and console.cert_file/"
            "key_file are not set: refusing to serve the console over plain HTTP. Configure "
            "a certificate, or listen on 127.0.0.1 behind a TLS reverse proxy.")


def tls_context(config: GatewayConfig) -> ssl.SSLContext | None:
    cc = config.console
    if cc.cert_file is None or cc.key_file is None:
        return None
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        ctx.load_cert_chain(str(cc.cert_file), str(cc.key_file))
    except (OSError, ssl.SSLError) as exc:
        raise ConsoleError(f"console certificate {cc.cert_file}: cannot load "
                           f"({exc.__class__.__name__})") from None
    return ctx


class ConsoleServer:
    def __init__(self, config: GatewayConfig, *, audit: AuditLog, store: Any = None,
                 service: Any = None, users: UserStore | None = None,
                 idle_timeout: float | None = None) -> None:
        check_listen(config)
        self.config = config
        self.console = Console(config=config, users=users or UserStore(users_path(config)),
                               audit=audit, store=store, service=service,
                               idle_timeout=idle_timeout)
        self._runner: web.AppRunner | None = None
        self._purge: asyncio.Task[None] | None = None
        self.port = 0

    @property
    def url(self) -> str:
        host, _ = self.config.console.listen_addr
        scheme = "https" if self.config.console.tls else "http"
        shown = f"[{host}]" if ":" in host else host
        return f"{scheme}://{shown}:{self.port}"

    async def start(self) -> tuple[str, int]:
        host, port = self.config.console.listen_addr
        ctx = tls_context(self.config)
        app = build_app(self.console)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port, ssl_context=ctx, reuse_address=True)
        try:
            await site.start()
        except OSError:
            await self._runner.cleanup()
            self._runner = None
            raise
        server = site._server  # aiohttp exposes no public bound-port accessor
        assert server is not None
        sockets = getattr(server, "sockets", None) or ()
        self.port = sockets[0].getsockname()[1] if sockets else port
        self._purge = asyncio.create_task(self._purge_loop(), name="console-purge")
        log.info("console listening on %s", self.url)
        return host, self.port

    async def _purge_loop(self) -> None:
        c = self.console
        window = self.config.console.login_window_minutes * 60
        while True:
            await asyncio.sleep(60)
            try:
                await asyncio.to_thread(c.users.purge, idle=c.idle, max_age=c.max_age,
                                        window=window)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - housekeeping must not stop the console
                log.warning("console: session purge failed (%s)", exc.__class__.__name__)

    async def stop(self) -> None:
        if self._purge is not None:
            self._purge.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._purge
            self._purge = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
