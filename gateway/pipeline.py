"""One message's journey: inspect (extract -> detect -> decide) -> act -> one SMTP reply.

Durability model: the upstream MTA keeps the queue. ``process`` returns a 2xx only when every
recipient's outcome is durable (accepted by a next hop, or stored in quarantine); a temporary
problem anywhere returns 451 so the upstream retries the whole transaction (a duplicate is
possible, a loss is not). Any exception or timeout returns ``451 4.3.0`` with a generic text.
"""

from __future__ import annotations

import asyncio
import logging
import time
import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from gateway.config import GatewayConfig, TlsMode
from gateway.delivery.base import DeliveryResult, DeliveryStatus, OutboundMessage
from gateway.delivery.router import Router
from gateway.logs import FIELDS, domain_of
from gateway.notify import build_dsn, dsn_needs_smtputf8
from gateway.policy.decisions import Decision, Deliver, Reject

log = logging.getLogger(__name__)

TEMPFAIL_GENERIC = "451 4.3.0 Temporary local problem, please try again later"


@dataclass(frozen=True, slots=True)
class InboundMessage:
    queue_id: str
    peer: str
    helo: str
    mail_from: str
    rcpts: tuple[str, ...]
    data: bytes
    mail_options: tuple[str, ...] = ()
    tls_in: bool = False
    auth_user: str | None = None
    received_at: float = field(default_factory=time.time)


@dataclass(frozen=True, slots=True)
class Inspection:
    """The decisions for each recipient, and a summary safe to log (types and counts only)."""

    decisions: Mapping[str, Decision]
    summary: Mapping[str, Any] = field(default_factory=dict)


class Inspector(Protocol):
    """The hook where scanning and policy plug in."""

    async def inspect(self, message: InboundMessage) -> Inspection: ...


class PassThrough:
    """No scanning, no policy: every recipient is delivered (the relay on its own)."""

    async def inspect(self, message: InboundMessage) -> Inspection:
        return Inspection({r: Deliver(reasons=("no policy loaded",)) for r in message.rcpts})


@dataclass(slots=True)
class _Outcome:
    rcpts: tuple[str, ...]
    decision: Decision
    result: DeliveryResult | None = None


class Pipeline:
    def __init__(self, config: GatewayConfig, inspector: Inspector, router: Router) -> None:
        self.config = config
        self.inspector = inspector
        self.router = router

    async def process(self, message: InboundMessage) -> str:
        """Run the whole journey within the processing deadline; always return an SMTP reply."""
        started = time.monotonic()
        fields: dict[str, Any] = {
            "queue_id": message.queue_id,
            "size": len(message.data),
            "rcpts": len(message.rcpts),
            "rcpt_domains": sorted({domain_of(r) for r in message.rcpts}),
            "sender_domain": domain_of(message.mail_from) if message.mail_from else "<>",
        }
        try:
            async with asyncio.timeout(self.config.limits.processing_timeout):
                reply = await self._process(message, fields)
        except asyncio.CancelledError:
            fields["outcome"] = "cancelled"
            self._summary(fields, started, "451")
            raise
        except TimeoutError:
            fields["outcome"] = "timeout"
            reply = TEMPFAIL_GENERIC
        except Exception as exc:  # noqa: BLE001 - fail closed: any fault defers the message
            fields["outcome"] = "fault"
            fields["fault"] = exc.__class__.__name__
            # Frames only: an exception's message may quote message content.
            fields["where"] = " < ".join(
                f"{f.name}:{f.lineno}" for f in reversed(traceback.extract_tb(exc.__traceback__))
            )[:600]
            reply = TEMPFAIL_GENERIC
        self._summary(fields, started, reply[:3])
        return reply

    def _summary(self, fields: dict[str, Any], started: float, code: str) -> None:
        fields["code"] = int(code) if code.isdigit() else code
        fields["total_ms"] = round((time.monotonic() - started) * 1000, 1)
        level = logging.WARNING if fields.get("outcome") in ("fault", "timeout") else logging.INFO
        log.log(level, "message %s", fields.get("outcome", "-"), extra={FIELDS: fields})

    async def _process(self, message: InboundMessage, fields: dict[str, Any]) -> str:
        t0 = time.monotonic()
        inspection = await self.inspector.inspect(message)
        fields["inspect_ms"] = round((time.monotonic() - t0) * 1000, 1)
        fields.update(inspection.summary)
        missing = set(message.rcpts) - set(inspection.decisions)
        if missing:
            raise RuntimeError("inspector returned no decision for some recipients")

        groups: dict[Decision, list[str]] = {}
        for rcpt in message.rcpts:
            groups.setdefault(inspection.decisions[rcpt], []).append(rcpt)
        outcomes = [_Outcome(tuple(rs), d) for d, rs in groups.items()]
        fields["actions"] = sorted({o.decision.action for o in outcomes})
        fields["rules"] = sorted({o.decision.rule for o in outcomes})

        t1 = time.monotonic()
        await asyncio.gather(*(self._act(message, o) for o in outcomes))
        fields["deliver_ms"] = round((time.monotonic() - t1) * 1000, 1)
        return await self._reply(message, outcomes, fields)

    async def _act(self, message: InboundMessage, outcome: _Outcome) -> None:
        decision = outcome.decision
        if isinstance(decision, Deliver):
            floor = self.config.delivery.tls
            tls = floor if decision.tls is None else floor.at_least(decision.tls)
            outcome.result = await self.router.deliver(
                OutboundMessage(
                    queue_id=message.queue_id,
                    mail_from=message.mail_from,
                    rcpts=outcome.rcpts,
                    data=message.data,
                    tls=tls,
                    mail_options=message.mail_options,
                )
            )
        # Reject needs no action: the reply carries it.

    async def _reply(self, message: InboundMessage, outcomes: list[_Outcome],
                     fields: dict[str, Any]) -> str:
        accepted: list[str] = []
        refused: list[tuple[str, str]] = []  # (recipient, enhanced detail)
        temporary = False
        first_reject: Reject | None = None
        first_perm: DeliveryResult | None = None
        tls_seen: set[str] = set()
        for o in outcomes:
            if isinstance(o.decision, Reject):
                first_reject = first_reject or o.decision
                refused.extend((r, f"{o.decision.enhanced} {o.decision.text}") for r in o.rcpts)
                continue
            result = o.result
            assert result is not None
            if result.tls.encrypted:
                tls_seen.add(f"{result.tls.version}/{result.tls.mechanism}")
            elif result.host:
                tls_seen.add("none")
            if result.status is DeliveryStatus.TLS_IMPOSSIBLE:
                temporary = True  # without a policy fallback, keep it upstream
                continue
            for r in result.recipients or tuple():
                if r.status is DeliveryStatus.DELIVERED:
                    accepted.append(r.address)
                elif r.status is DeliveryStatus.TEMPFAIL:
                    temporary = True
                else:
                    first_perm = first_perm or result
                    refused.append((r.address, r.detail))
            if not result.recipients:
                if result.status is DeliveryStatus.TEMPFAIL:
                    temporary = True
                elif result.status is DeliveryStatus.PERMFAIL:
                    first_perm = first_perm or result
                    refused.extend((r, result.detail) for r in o.rcpts)
        fields["tls_out"] = sorted(tls_seen)
        if temporary:
            fields["outcome"] = "deferred"
            return "451 4.4.0 Next hop temporarily unavailable, please try again later"
        if not accepted:
            fields["outcome"] = "rejected"
            if first_reject is not None:
                return first_reject.reply
            assert first_perm is not None
            code = first_perm.code if 500 <= first_perm.code < 600 else 550
            return f"{code} {first_perm.detail}"
        if refused:
            # Some recipients accepted, some refused for good: one DATA reply cannot say both,
            # so accept and tell the sender which recipients failed (a DSN), as an MTA would.
            dsn_ok = await self._send_dsn(message, refused)
            if not dsn_ok:
                fields["outcome"] = "deferred"
                return "451 4.4.0 Could not notify sender of failed recipients, try again later"
            fields["dsn"] = len(refused)
        fields["outcome"] = "delivered"
        return f"250 2.0.0 Ok: queued as {message.queue_id}"

    async def _send_dsn(self, message: InboundMessage, refused: list[tuple[str, str]]) -> bool:
        if not message.mail_from:
            return True  # never bounce a bounce
        data = build_dsn(self.config, message.queue_id, message.mail_from, refused)
        result = await self.router.deliver(
            OutboundMessage(
                queue_id=message.queue_id + ".dsn",
                mail_from="",
                rcpts=(message.mail_from,),
                data=data,
                tls=self.config.delivery.tls.at_least(TlsMode.OPPORTUNISTIC),
                mail_options=("SMTPUTF8",) if dsn_needs_smtputf8(message.mail_from, refused)
                else (),
            )
        )
        return result.status is DeliveryStatus.DELIVERED
