"""Building the quarantine for a running gateway or a CLI, and the encrypted-release transport."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Mapping
from pathlib import Path

from gateway.audit.log import AuditLog
from gateway.config import GatewayConfig, TlsMode
from gateway.delivery.base import (
    DeliveryResult,
    DeliveryStatus,
    OutboundMessage,
    Transport,
    tempfail,
)
from gateway.delivery.router import provider_transport
from gateway.delivery.smarthost import SmarthostTransport
from gateway.policy.decisions import EncryptionRoute
from gateway.quarantine.keys import KeyRing, QuarantineKeyError
from gateway.quarantine.service import QuarantineService
from gateway.quarantine.store import DB_NAME, QuarantineStore

log = logging.getLogger(__name__)

KEY_NAME = "quarantine.key"


def open_keyring(config: GatewayConfig, *, create: bool = True) -> KeyRing:
    """The key ring; a missing key file is generated only while the store holds nothing (a new
    key next to existing messages would make every one of them unreadable)."""
    qc = config.quarantine
    path = qc.key_file or config.state_dir / KEY_NAME
    env_set = bool(qc.key_env and os.environ.get(qc.key_env))
    if create and not env_set and not path.exists() and _has_messages(config.state_dir):
        raise QuarantineKeyError(
            f"quarantine key {path} is missing but {config.state_dir / DB_NAME} holds messages: "
            f"restore the key from backup (or set ${qc.key_env})")
    return KeyRing.load(path, qc.key_env, create=create)


def _has_messages(state_dir: Path) -> bool:
    db = state_dir / DB_NAME
    if not db.exists():
        return False
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30.0)
        try:
            return con.execute("SELECT 1 FROM messages LIMIT 1").fetchone() is not None
        finally:
            con.close()
    except sqlite3.Error:
        return False


def open_store(config: GatewayConfig, *, create_key: bool = True) -> QuarantineStore:
    store = QuarantineStore(config.state_dir, open_keyring(config, create=create_key))
    store.default_expires_in = config.quarantine.default_expiry_days * 86400.0
    store.default_expiry_action = config.quarantine.expiry_action.value
    return store


class EncryptedRelease:
    """``release --encrypt``: hand the message to the policy's encryption provider.

    The provider is ``quarantine.encrypt_provider`` or, when unset, the only/first provider
    in the running policy. The provider's trigger (header or subject tag) is added, TLS is at
    least ``required``, and no channel means a temporary failure (retried), never plaintext.
    """

    def __init__(self, routes: Callable[[], Mapping[str, EncryptionRoute]],
                 config: GatewayConfig) -> None:
        self._routes = routes
        self.config = config
        self._hops: dict[EncryptionRoute, SmarthostTransport] = {}

    def route(self) -> EncryptionRoute | None:
        routes = self._routes()
        name = self.config.quarantine.encrypt_provider
        if name is not None:
            return routes.get(name)
        return next(iter(routes.values()), None)

    def _hop(self, route: EncryptionRoute) -> SmarthostTransport:
        hop = self._hops.get(route)
        if hop is None:
            hop = self._hops[route] = provider_transport(self.config.delivery, route)
        return hop

    async def deliver(self, message: OutboundMessage) -> DeliveryResult:
        from dataclasses import replace

        from gateway.policy import rewrite

        route = self.route()
        if route is None:
            return tempfail("4.3.5 no encryption provider configured for encrypted release")
        data = message.data
        if route.trigger_header:
            data = rewrite.add_trigger_header(data, route.trigger_header, route.trigger_value)
        elif route.trigger_subject_tag:
            data = rewrite.add_subject_tag(data, route.trigger_subject_tag)
        out = replace(message, data=data, tls=route.tls.at_least(TlsMode.REQUIRED))
        result = await self._hop(route).deliver(out)
        if result.status is DeliveryStatus.TLS_IMPOSSIBLE:
            return tempfail(f"4.7.5 no secure channel to encryption provider {route.name}",
                            host=result.host)
        return result

    async def close(self) -> None:
        hops, self._hops = list(self._hops.values()), {}
        for h in hops:
            await h.close()


def build_service(config: GatewayConfig, store: QuarantineStore, router: Transport,
                  audit: AuditLog,
                  routes: Callable[[], Mapping[str, EncryptionRoute]] | None = None,
                  ) -> QuarantineService:
    encrypted = EncryptedRelease(routes, config) if routes is not None else None
    return QuarantineService(store, router, audit, config, encrypted)
