"""One message's journey: inspect (extract -> detect -> decide) -> act -> one SMTP reply.

Durability model: the upstream MTA keeps the queue. ``process`` returns a 2xx only when every
recipient's outcome is durable (accepted by a next hop, or stored in quarantine); a temporary
problem anywhere returns 451 so the upstream retries the whole transaction (a duplicate is
possible, a loss is not). Any exception or timeout returns ``451 4.3.0`` with a generic text.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from gateway.audit.log import register_kind
from gateway.config import GatewayConfig, TlsMode
from gateway.delivery.base import (
    DeliveryResult,
    DeliveryStatus,
    OutboundMessage,
    RecipientResult,
    tempfail,
)
from gateway.delivery.router import Router, helo_name, provider_transport
from gateway.delivery.smarthost import SmarthostTransport
from gateway.logs import FIELDS, domain_of
from gateway.notify import build_dsn, dsn_needs_smtputf8
from gateway.policy import notices, rewrite
from gateway.policy.decisions import (
    Decision,
    Deliver,
    Encrypt,
    EncryptionRoute,
    Notify,
    Quarantine,
    Redact,
    Reject,
)

log = logging.getLogger(__name__)

# Decision records carry the modifiers, monitor-mode outcomes and a used TLS fallback too.
register_kind("decision", {"modifiers", "monitored", "fallback"})

# Rule descriptions are admin text; an address in one must not reach the audit trail.
_ADDRESS = re.compile(r"[^\s@<>\"',;:]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*")

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
    # Not logged: the scan (segments hold text) for quarantine evidence and redaction, the
    # policy the decisions came from (notify settings) and the facts (types, counts).
    scan: Any = None
    policy: Any = None
    facts: Any = None


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
    acted: Decision | None = None  # the decision carried out (a Deliver's fallback, if used)
    held_id: str | None = None  # quarantine id (the message, or a redacted delivery's original)


class PolicyActionError(Exception):
    """A decision could not be carried out durably (e.g. no quarantine store): 451."""


class Pipeline:
    def __init__(self, config: GatewayConfig, inspector: Inspector, router: Router) -> None:
        self.config = config
        self.inspector = inspector
        self.router = router
        self.audit: Any = None  # gateway.audit.log.AuditLog, set by the Gateway
        self.quarantine: Any = None  # gateway.quarantine.store.QuarantineStore
        self._providers: dict[EncryptionRoute, SmarthostTransport] = {}

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
        mods = sorted({m.name for o in outcomes for m in o.decision.modifiers})
        if mods:
            fields["modifiers"] = mods

        t1 = time.monotonic()
        if len(outcomes) == 1:  # the usual case: no task per group to schedule
            await self._act(message, outcomes[0], inspection)
        else:
            await asyncio.gather(*(self._act(message, o, inspection) for o in outcomes))
        fields["deliver_ms"] = round((time.monotonic() - t1) * 1000, 1)
        fallbacks = sorted({o.acted.action for o in outcomes
                            if o.acted is not None and o.acted is not o.decision})
        if fallbacks:
            fields["tls_fallback"] = fallbacks
        reply = await self._reply(message, outcomes, fields)
        if reply[:1] in "25":
            await self._notify(message, outcomes, inspection)
        await self._audit(message, outcomes, inspection, fields, reply)
        return reply

    # -- acting on decisions -----------------------------------------------------------------

    def _modified(self, message: InboundMessage, decision: Decision,
                  inspection: Inspection) -> bytes:
        """The bytes to send for a decision: the original unless it carries byte modifiers."""
        byte_mods = [m for m in decision.modifiers if not isinstance(m, Notify)]
        if not byte_mods:
            return message.data
        facts = inspection.facts
        summary = inspection.summary
        tag_headers: list[tuple[str, str]] = []
        if facts is not None:
            tag_headers = [
                ("X-PHI-Verdict", "phi" if facts.phi else "clean"),
                ("X-PHI-Score", f"{facts.score:.2f}"),
                ("X-PHI-Entities", ",".join(sorted(facts.entity_types)) or "none"),
            ]
        if summary.get("policy_version"):
            tag_headers.append(("X-PHI-Policy", str(summary["policy_version"])))
        targets: tuple[tuple[str, str], ...] = ()
        if any(isinstance(m, Redact) for m in byte_mods) and inspection.scan is not None:
            targets = redact_targets(inspection.scan)
        return rewrite.apply(message.data, byte_mods,
                             rewrite.RewriteInput(tuple(tag_headers), targets))

    async def _bytes_for(self, message: InboundMessage, decision: Decision,
                         inspection: Inspection) -> bytes:
        """:meth:`_modified` in a worker thread, but only when there is rewriting to do: a
        thread hop per message costs the relay measurable throughput (bench/relay.py)."""
        if not any(not isinstance(m, Notify) for m in decision.modifiers):
            return message.data
        return await asyncio.to_thread(self._modified, message, decision, inspection)

    async def _act(self, message: InboundMessage, outcome: _Outcome,
                   inspection: Inspection) -> None:
        decision = outcome.decision
        outcome.acted = decision
        if isinstance(decision, Reject):
            return  # the reply carries it
        data = await self._bytes_for(message, decision, inspection)
        if isinstance(decision, Deliver):
            floor = self.config.delivery.tls
            tls = floor if decision.tls is None else floor.at_least(decision.tls)
            await self._hold_redacted_original(message, outcome, decision, data, inspection)
            outcome.result = await self.router.deliver(
                OutboundMessage(
                    queue_id=message.queue_id,
                    mail_from=message.mail_from,
                    rcpts=outcome.rcpts,
                    data=data,
                    tls=tls,
                    mail_options=message.mail_options,
                    phi=bool(inspection.summary.get("phi")),
                )
            )
            if (outcome.result.status is DeliveryStatus.TLS_IMPOSSIBLE
                    and decision.fallback is not None):
                log.info("no channel met TLS %s for %s: fallback %s", tls.value,
                         domain_of(outcome.rcpts[0]), decision.fallback.action)
                outcome.acted = decision.fallback
                await self._act_protected(message, outcome, decision.fallback, inspection)
            return
        await self._act_protected(message, outcome, decision, inspection)

    async def _act_protected(self, message: InboundMessage, outcome: _Outcome,
                             decision: Encrypt | Quarantine, inspection: Inspection) -> None:
        if isinstance(decision, Quarantine):
            outcome.held_id = await self._hold(message, outcome.rcpts, decision, inspection)
            outcome.result = DeliveryResult(
                DeliveryStatus.DELIVERED, 250, "2.0.0 held in quarantine",
                recipients=tuple(RecipientResult(r, DeliveryStatus.DELIVERED, 250,
                                                 "2.0.0 held in quarantine")
                                 for r in outcome.rcpts))
            return
        data = await self._bytes_for(message, decision, inspection)
        await self._hold_redacted_original(message, outcome, decision, data, inspection)
        route = decision.provider
        if route.trigger_header:
            data = rewrite.add_trigger_header(data, route.trigger_header, route.trigger_value)
        elif route.trigger_subject_tag:
            data = rewrite.add_subject_tag(data, route.trigger_subject_tag)
        result = await self._provider(route).deliver(
            OutboundMessage(
                queue_id=message.queue_id,
                mail_from=message.mail_from,
                rcpts=outcome.rcpts,
                data=data,
                tls=route.tls.at_least(TlsMode.REQUIRED),
                mail_options=message.mail_options,
                phi=bool(inspection.summary.get("phi")),
            )
        )
        if result.status is DeliveryStatus.TLS_IMPOSSIBLE:
            # Never plaintext to the encryption provider: keep the message upstream.
            result = tempfail(f"4.7.5 no secure channel to encryption provider {route.name}",
                              host=result.host)
        outcome.result = result

    async def _hold_redacted_original(self, message: InboundMessage, outcome: _Outcome,
                                      decision: Decision, data: bytes,
                                      inspection: Inspection) -> None:
        """Redact-and-send keeps the original in quarantine, held (fsync'd) before sending."""
        if outcome.held_id is None and data is not message.data and any(
                isinstance(m, Redact) for m in decision.modifiers):
            outcome.held_id = await self._hold(message, outcome.rcpts, Quarantine(
                reason="original of a redacted delivery", rule=decision.rule,
                expiry_action="delete"), inspection)

    def _provider(self, route: EncryptionRoute) -> SmarthostTransport:
        hop = self._providers.get(route)
        if hop is None:
            hop = self._providers[route] = provider_transport(self.config.delivery, route)
        return hop

    async def _hold(self, message: InboundMessage, rcpts: tuple[str, ...], decision: Quarantine,
                    inspection: Inspection) -> str:
        """Store the original message in quarantine; returns only once it is fsync'd."""
        if self.quarantine is None:
            raise PolicyActionError("quarantine decision but no quarantine store configured")
        held = await asyncio.to_thread(
            self.quarantine.hold,
            queue_id=message.queue_id, mail_from=message.mail_from, rcpts=rcpts,
            data=message.data, mail_options=message.mail_options, rule=decision.rule,
            reason=decision.reason,
            policy_version=str(inspection.summary.get("policy_version", "")),
            expires_in=decision.expiry, expiry_action=decision.expiry_action,
            scan=inspection.scan,
        )
        return str(held.id)

    async def close_providers(self) -> None:
        hops, self._providers = list(self._providers.values()), {}
        await asyncio.gather(*(h.close() for h in hops), return_exceptions=True)

    # -- notices and audit -------------------------------------------------------------------

    async def _notify(self, message: InboundMessage, outcomes: list[_Outcome],
                      inspection: Inspection) -> None:
        """Sender/officer notices for decisions that carry Notify. Best effort: logged, and
        never a reason to defer the message (the decision itself is already durable)."""
        policy = inspection.policy
        settings = policy.model.notify if policy is not None else None
        for o in outcomes:
            spec = next((m for m in o.decision.modifiers if isinstance(m, Notify)), None)
            if spec is None:
                continue
            acted = o.acted or o.decision
            text = acted.text if isinstance(acted, Reject) else (
                spec.text or "; ".join(r.split(":", 1)[0] for r in acted.reasons[:1]))
            notice = notices.Notice(
                reference=message.queue_id if o.held_id is None else o.held_id,
                action=acted.action, rule=acted.rule, text=text,
                what_to_do=spec.text, domains=sorted({domain_of(r) for r in o.rcpts}),
                sender_domain=domain_of(message.mail_from) if message.mail_from else "-",
                policy_version=str(inspection.summary.get("policy_version", "-")),
                entities=sorted(inspection.summary.get("entities", {}) or {}),
                quarantine_id=o.held_id,
                officer=settings.officer if settings is not None else None,
            )
            host = self.config.hostname or helo_name(self.config.delivery)
            from_addr = (settings.from_ if settings is not None and settings.from_
                         else f"postmaster@{host}")
            targets: list[tuple[str, str]] = []
            if spec.sender and message.mail_from:
                targets.append(("sender", message.mail_from))
            if spec.officer and settings is not None and settings.officer:
                targets.append(("officer", settings.officer))
            for kind, to_addr in targets:
                data = notices.build(kind, notice, from_addr=from_addr, to_addr=to_addr,
                                     host=host)
                result = await self.router.deliver(OutboundMessage(
                    queue_id=f"{message.queue_id}.{kind}", mail_from="", rcpts=(to_addr,),
                    data=data, tls=self.config.delivery.tls))
                if result.status is not DeliveryStatus.DELIVERED:
                    log.warning("%s notice not delivered (%s)", kind, result.status.value)

    async def _audit(self, message: InboundMessage, outcomes: list[_Outcome],
                     inspection: Inspection, fields: Mapping[str, Any], reply: str) -> None:
        if self.audit is None:
            return
        summary = inspection.summary
        for o in outcomes:
            acted = o.acted or o.decision
            result = o.result
            record: dict[str, Any] = {
                "queue_id": message.queue_id,
                "sender_domain": domain_of(message.mail_from) if message.mail_from else "<>",
                "sender": self.audit.pseudonym(message.mail_from.lower())
                if message.mail_from else "",
                "recipient_domains": sorted({domain_of(r) for r in o.rcpts}),
                "recipients": [self.audit.pseudonym(r.lower()) for r in o.rcpts],
                "policy_version": summary.get("policy_version", "-"),
                "rule": o.decision.rule,
                "action": o.decision.action,
                "outcome": acted.action,
                "modifiers": [m.name for m in o.decision.modifiers],
                "reasons": [_ADDRESS.sub("<address>", r) for r in o.decision.reasons],
                "phi": bool(summary.get("phi", False)),
                "score": summary.get("score"),
                "entity_counts": dict(summary.get("entities", {}) or {}),
                "code": int(reply[:3]) if reply[:3].isdigit() else 0,
            }
            if summary.get("second_opinion"):
                record["second_opinion"] = summary["second_opinion"]
            if o.decision.monitored:
                record["monitored"] = [
                    {"rule": mo.rule, "action": mo.action, "modifiers": list(mo.modifiers)}
                    for mo in o.decision.monitored]
            if acted is not o.decision:
                record["fallback"] = acted.action
            if o.held_id is not None:
                record["quarantine_id"] = o.held_id
            if isinstance(acted, Encrypt):
                record["provider"] = acted.provider.name
            if result is not None:
                record["result"] = result.status.value
                if result.host is not None:  # a real SMTP hop (not the quarantine)
                    record["tls"] = (f"{result.tls.version}/{result.tls.mechanism}"
                                     if result.tls.encrypted else "none")
            elif isinstance(acted, Reject):
                record["result"] = "rejected"
            try:
                # Group commit: concurrent messages share one transaction (and fsync).
                await self.audit.arecord("decision", "gateway", **record)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - the message outcome is already final
                log.error("audit record for decision not written: %s", exc.__class__.__name__)

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
        fields["outcome"] = "accepted"  # the next hop or the quarantine holds it: see "actions"
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


def redact_targets(scan: Any) -> tuple[tuple[str, str], ...]:
    """(entity type, matched text) for every finding in a body segment. Holds values: the
    caller passes it straight to :func:`gateway.policy.rewrite.redact` and never logs it."""
    texts = {seg.part: seg.text for seg in scan.segments}
    out: set[tuple[str, str]] = set()
    for f in scan.verdict.findings:
        text = texts.get(f.part)
        if text is not None and 0 <= f.start < f.end <= len(text):
            out.add((f.entity, text[f.start:f.end]))
    return tuple(sorted(out))
