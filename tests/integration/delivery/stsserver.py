"""An HTTPS MTA-STS policy server (aiohttp, test CA) on its own thread, answering by Host name."""

from __future__ import annotations

import asyncio
import ssl
import threading
from collections.abc import Callable

from aiohttp import web

# host name (mta-sts.<domain>) -> handler returning the response
Route = Callable[[web.Request], web.StreamResponse]


class StsServer:
    def __init__(self, host: str, port: int, ssl_context: ssl.SSLContext,
                 routes: dict[str, Route]) -> None:
        self.host = host
        self.port = port
        self.ssl_context = ssl_context
        self.routes = routes
        self.hits: list[str] = []
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True,
                                        name="sts-server")
        self._runner: web.AppRunner | None = None

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        name = (request.host or "").rsplit(":", 1)[0].lower()
        self.hits.append(f"{name}{request.path}")
        route = self.routes.get(name)
        if route is None or request.path != "/.well-known/mta-sts.txt":
            return web.Response(status=404, text="not found")
        return route(request)

    def start(self) -> StsServer:
        self._thread.start()

        async def _start() -> None:
            app = web.Application()
            app.router.add_route("GET", "/{tail:.*}", self._handle)
            self._runner = web.AppRunner(app, access_log=None)
            await self._runner.setup()
            site = web.TCPSite(self._runner, self.host, self.port, ssl_context=self.ssl_context)
            await site.start()

        asyncio.run_coroutine_threadsafe(_start(), self._loop).result(10)
        return self

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)
        if not self._loop.is_running():
            self._loop.close()


def policy(mode: str, mx: str, max_age: int = 86400) -> Route:
    body = f"version: STSv1\r\nmode: {mode}\r\nmx: {mx}\r\nmax_age: {max_age}\r\n"
    return lambda _r: web.Response(text=body, content_type="text/plain")


def raw(status: int = 200, body: str = "", content_type: str = "text/plain",
        headers: dict[str, str] | None = None) -> Route:
    return lambda _r: web.Response(status=status, text=body, content_type=content_type,
                                   headers=headers)
