"""``phigate run``: start the gateway and keep it running until SIGTERM/SIGINT."""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gateway import logs
from gateway.config import DEFAULT_CONFIG, GatewayConfig, load_config
from gateway.yamlcheck import ConfigError

log = logging.getLogger("gateway.run")


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser("run", help="run the gateway")
    p.add_argument("--config", default=os.environ.get("PHIGATE_CONFIG", DEFAULT_CONFIG),
                   help=f"gateway configuration (default {DEFAULT_CONFIG}, or $PHIGATE_CONFIG)")
    p.set_defaults(func=main)


def sd_notify(state: str) -> None:
    """systemd readiness/status notification (no-op outside systemd)."""
    addr = os.environ.get("NOTIFY_SOCKET")
    if not addr:
        return
    if addr.startswith("@"):
        addr = "\0" + addr[1:]
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as s:
        try:
            s.connect(addr)
            s.sendall(state.encode())
        except OSError:
            log.warning("could not notify systemd")


def main(args: argparse.Namespace) -> int:
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        print("phigate: refusing to start with an invalid configuration", file=sys.stderr)
        return 2
    logs.setup(config.log.level, config.log.format, config.log.file)
    try:
        with asyncio.Runner(loop_factory=loop_factory()) as runner:
            return runner.run(serve(config, Path(args.config)))
    finally:
        logs.shutdown()


def loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """asyncio's own event loop, or uvloop with ``PHIGATE_EVENT_LOOP=uvloop`` (when installed).

    bench/relay.py measured uvloop at about the same relay throughput as asyncio's loop on
    this code (``--compare plain,plain:asyncio``), so it is not a default or a dependency."""
    if os.environ.get("PHIGATE_EVENT_LOOP", "").lower() != "uvloop":
        return None
    try:
        import uvloop
    except ImportError:
        log.warning("PHIGATE_EVENT_LOOP=uvloop but uvloop is not installed; using asyncio")
        return None
    factory: Callable[[], asyncio.AbstractEventLoop] = uvloop.new_event_loop
    return factory


def startup_errors() -> tuple[type[Exception], ...]:
    from gateway.audit.log import AuditError
    from gateway.console.server import ConsoleError
    from gateway.detect.pool import ScanError
    from gateway.quarantine.keys import QuarantineKeyError
    from gateway.quarantine.store import QuarantineError

    return (AuditError, ConsoleError, ScanError, QuarantineKeyError, QuarantineError)


async def serve(config: GatewayConfig, config_path: Path) -> int:
    from gateway.app import Gateway  # late: keep `phigate --help` fast

    gw = Gateway(config, config_path)
    try:
        host, port = await gw.start()
    except ConfigError as exc:  # the policy or the detector settings
        for line in exc.errors:
            log.error("%s", line)
        log.error("refusing to start with an invalid %s", exc.path)
        await gw.close()
        return 2
    except startup_errors() as exc:
        # Our own start-up faults (missing keys, unusable state, NLP workers that did not
        # come up): no message has been read yet, so their text carries no content.
        log.error("cannot start: %s: %s", exc.__class__.__name__, exc)
        await gw.close()
        return 2
    except OSError as exc:
        log.error("cannot listen on %s: %s", config.listen, exc.strerror or exc.__class__.__name__)
        await gw.close()
        return 1
    log.info("listening on %s:%d", host, port)
    # What start-up built (modules, config, policy, pools) lives as long as the process: keep it
    # out of the cyclic collector, whose full passes otherwise walk all of it (~60 ms a pass).
    gc.collect()
    gc.freeze()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    reloads: set[asyncio.Task[bool]] = set()  # keep a reference until each reload is done

    def reloaded(task: asyncio.Task[bool]) -> None:
        reloads.discard(task)
        if not task.cancelled() and task.exception() is not None:
            exc = task.exception()
            log.error("reload failed (%s); keeping the running configuration",
                      exc.__class__.__name__)

    def hup() -> None:
        task = loop.create_task(gw.reload())
        reloads.add(task)
        task.add_done_callback(reloaded)

    loop.add_signal_handler(signal.SIGHUP, hup)
    sd_notify("READY=1\nSTATUS=accepting mail")
    await stop.wait()
    sd_notify("STOPPING=1")
    log.info("shutting down: finishing in-flight messages (grace %.0fs)", config.shutdown_grace)
    await gw.stop()
    log.info("stopped")
    return 0
