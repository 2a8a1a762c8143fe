"""The Inspector that plugs scanning + policy into the pipeline.

Scans through the ScanPool (ScanError/ScanTimeout propagate: the pipeline answers 451),
evaluates the running policy per recipient and returns the decisions with a summary that is
safe to log (verdict, score, entity type counts, policy version, rules fired; no values).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Protocol

from gateway.delivery.capability import TlsCapability
from gateway.pipeline import InboundMessage, Inspection
from gateway.policy.engine import Envelope, MessageFacts, domain_of, evaluate_all
from gateway.policy.facts import facts_from_scan
from gateway.policy.loader import PolicyHolder

log = logging.getLogger(__name__)

TlsCapabilityProvider = Callable[[Sequence[str]], Awaitable[Mapping[str, TlsCapability]]]


class Scanner(Protocol):
    async def scan(self, raw: bytes) -> Any: ...


class PolicyInspector:
    def __init__(self, scan_pool: Scanner, policy_holder: PolicyHolder,
                 tls_capability_provider: TlsCapabilityProvider | None = None,
                 clock: Callable[[], float] = time.time, tls_timeout: float = 10.0) -> None:
        self.scan_pool = scan_pool
        self.holder = policy_holder
        self.tls_capability_provider = tls_capability_provider
        self.clock = clock
        self.tls_timeout = tls_timeout

    async def _capabilities(self, domains: Sequence[str]) -> Mapping[str, TlsCapability]:
        if self.tls_capability_provider is None:
            return {}
        try:
            async with asyncio.timeout(self.tls_timeout):
                return await self.tls_capability_provider(domains)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 - unknown capability is a valid input
            log.warning("TLS capability lookup failed (%s): treating as unknown",
                        exc.__class__.__name__)
            return {}

    async def inspect(self, message: InboundMessage) -> Inspection:
        scan = await self.scan_pool.scan(message.data)
        policy = self.holder.current  # one policy for the whole message, even across a reload
        # A pool built with ``summarize=facts_from_scan`` (gateway.app) computed the facts in
        # its worker and hands back the full result only on demand (quarantine, redaction).
        facts = getattr(scan, "summary", None)
        if not isinstance(facts, MessageFacts):
            facts = facts_from_scan(scan)
        caps: Mapping[str, TlsCapability] = {}
        if policy.uses_tls_capability:
            caps = await self._capabilities(sorted({domain_of(r) for r in message.rcpts}))
        today = dt.datetime.fromtimestamp(self.clock(), dt.UTC).date()
        decisions = evaluate_all(policy, facts, Envelope(message.mail_from, message.rcpts),
                                 today, caps)
        names = {r.name for r in policy.model.rules}
        summary: dict[str, Any] = {
            "phi": facts.phi,
            "score": round(facts.score, 3),
            "entities": dict(facts.entity_counts),
            "policy_version": policy.version,
            "rules_fired": sorted({r.split(":", 1)[0] for d in decisions.values()
                                   for r in d.reasons} & names),
        }
        monitored = sorted({f"{mo.rule}:{mo.action}" for d in decisions.values()
                            for mo in d.monitored})
        if monitored:
            summary["monitored"] = monitored
        if facts.second_opinion:  # the message classifier made or overruled the PHI verdict
            summary["second_opinion"] = facts.second_opinion
        return Inspection(decisions, summary, scan=scan, policy=policy, facts=facts)

    async def close(self) -> None:
        await self.holder.close()
        closer = getattr(self.scan_pool, "close", None)
        if closer is not None:
            await closer()
