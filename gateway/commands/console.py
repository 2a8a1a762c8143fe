"""``phigate console [serve]`` runs the review console on its own (next to a running gateway,
sharing its state_dir); ``phigate console digest [--send]`` builds the reviewer digest."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from typing import Any

from gateway import logs
from gateway.config import DEFAULT_CONFIG, GatewayConfig, load_config
from gateway.yamlcheck import ConfigError

log = logging.getLogger("gateway.console")


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "console", help="run the review console, or build the reviewer digest")
    p.add_argument("--config", default=os.environ.get("PHIGATE_CONFIG", DEFAULT_CONFIG),
                   help=f"gateway configuration (default {DEFAULT_CONFIG})")
    p.set_defaults(func=serve)
    cs = p.add_subparsers(dest="console_cmd", metavar="ACTION")
    s = cs.add_parser("serve", help="serve the console (the default)")
    s.add_argument("--config", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    s.set_defaults(func=serve)
    d = cs.add_parser("digest", help="the reviewer digest (counts, ages, rules, links; no PHI)")
    d.add_argument("--send", action="store_true",
                   help="mail it to every enabled reviewer with an email address")
    d.add_argument("--config", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    d.set_defaults(func=digest)


def _load(args: argparse.Namespace) -> GatewayConfig | None:
    try:
        return load_config(args.config)
    except ConfigError as exc:
        for line in exc.errors:
            print(line, file=sys.stderr)
        return None


def serve(args: argparse.Namespace) -> int:
    config = _load(args)
    if config is None:
        return 2
    logs.setup(config.log.level, config.log.format, config.log.file)
    try:
        return asyncio.run(_serve(config))
    finally:
        logs.shutdown()


async def _serve(config: GatewayConfig) -> int:
    from gateway.app import build_router
    from gateway.audit.runtime import open_audit
    from gateway.console.server import ConsoleError, ConsoleServer
    from gateway.quarantine.runtime import build_service, open_store

    audit = open_audit(config)
    store = open_store(config)
    router = build_router(config)
    # Releases queued here are carried out by this process's worker too (the store leases
    # each attempt, so a gateway running next to it never delivers the same one twice).
    service = build_service(config, store, router, audit)
    await service.start()
    try:
        server = ConsoleServer(config, audit=audit, store=store, service=service)
        await server.start()
    except (ConsoleError, OSError) as exc:
        log.error("console cannot start: %s", exc)
        await service.close()
        await router.close()
        return 1
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    await stop.wait()
    await server.stop()
    await service.close()
    await router.close()
    store.close()
    audit.close()
    return 0


def public_url(config: GatewayConfig) -> str:
    cc = config.console
    if cc.public_url:
        return cc.public_url.rstrip("/")
    host, port = cc.listen_addr
    return f"{'https' if cc.tls else 'http'}://{host}:{port}"


def digest(args: argparse.Namespace) -> int:
    config = _load(args)
    if config is None:
        return 2
    return asyncio.run(_digest(config, send=args.send))


async def _digest(config: GatewayConfig, *, send: bool) -> int:
    from gateway.app import build_router
    from gateway.audit.runtime import open_audit
    from gateway.console.digest import build_digest, digest_message
    from gateway.console.server import users_path
    from gateway.console.users import UserStore
    from gateway.delivery.base import DeliveryStatus, OutboundMessage
    from gateway.delivery.router import helo_name
    from gateway.quarantine.keys import QuarantineKeyError
    from gateway.quarantine.runtime import open_store
    from gateway.quarantine.store import QuarantineStatus

    try:
        store = open_store(config, create_key=False)
    except QuarantineKeyError as exc:
        print(f"phigate: {exc} (has the gateway run yet?)", file=sys.stderr)
        return 1
    held = await asyncio.to_thread(store.list, status=QuarantineStatus.HELD, limit=100_000)
    d = build_digest(held, public_url(config))
    if not send:
        print(f"Subject: {d.subject}\n\n{d.text}", end="")
        return 0
    users = UserStore(users_path(config))
    reviewers = [u for u in users.reviewers_with_email() if u.email]
    if not reviewers:
        print("phigate: no enabled reviewer has an email address "
              "(phigate user email NAME ADDRESS)", file=sys.stderr)
        return 1
    audit = open_audit(config)
    router = build_router(config)
    failed = 0
    by_domain: dict[str, list[str]] = {}
    for u in reviewers:
        assert u.email is not None
        by_domain.setdefault(u.email.rpartition("@")[2].lower(), []).append(u.email)
    try:
        for domain, rcpts in sorted(by_domain.items()):
            data = digest_message(d, sender=config.console.digest_from, rcpts=rcpts,
                                  hostname=helo_name(config.delivery))
            result = await router.deliver(OutboundMessage(
                queue_id="digest", mail_from=config.console.digest_from, rcpts=tuple(rcpts),
                data=data, tls=config.delivery.tls))
            ok = result.status is DeliveryStatus.DELIVERED
            failed += 0 if ok else len(rcpts)
            print(f"digest to {len(rcpts)} reviewer(s) at {domain}: {result.status.value} "
                  f"{result.detail}")
            await asyncio.to_thread(audit.record, "digest", "console", count=len(rcpts),
                                    domain=domain, result=result.status.value, size=d.held)
    finally:
        await router.close()
        audit.close()
        store.close()
    return 1 if failed else 0
