"""The pipeline's one reply per transaction, the network swapped for a recording transport."""

from __future__ import annotations

import asyncio
import logging

import pytest

from gateway.config import GatewayConfig
from gateway.delivery.base import (
    DeliveryResult,
    DeliveryStatus,
    OutboundMessage,
    RecipientResult,
    permfail,
    tempfail,
)
from gateway.pipeline import InboundMessage, Inspection, PassThrough, Pipeline
from gateway.policy.decisions import Reject


class FakeRouter:
    """Answers from a script; records what it was asked to send."""

    def __init__(self, *results: DeliveryResult) -> None:
        self.results = list(results)
        self.sent: list[OutboundMessage] = []

    async def deliver(self, message: OutboundMessage) -> DeliveryResult:
        self.sent.append(message)
        return self.results.pop(0)

    async def close(self) -> None:
        return None


def delivered(*rcpts: str) -> RecipientResult:
    return RecipientResult(rcpts[0], DeliveryStatus.DELIVERED, 250, "2.0.0 accepted (250)")


def result(*recipients: RecipientResult) -> DeliveryResult:
    statuses = {r.status for r in recipients}
    status = (DeliveryStatus.DELIVERED if DeliveryStatus.DELIVERED in statuses
              else DeliveryStatus.TEMPFAIL if DeliveryStatus.TEMPFAIL in statuses
              else DeliveryStatus.PERMFAIL)
    return DeliveryResult(status, recipients[0].code, recipients[0].detail, recipients, "hop")


def msg(*rcpts: str, sender: str = "s@org.test", options: tuple[str, ...] = ()) -> InboundMessage:
    return InboundMessage(queue_id="Q1", peer="127.0.0.1", helo="c", mail_from=sender,
                          rcpts=rcpts, data=b"Subject: Ingrid\r\n\r\nsecret\r\n",
                          mail_options=options)


def pipeline(router: FakeRouter, inspector: object = None, **cfg: object) -> Pipeline:
    config = GatewayConfig.model_validate({"hostname": "gw.test", **cfg})
    return Pipeline(config, inspector or PassThrough(), router)  # type: ignore[arg-type]


async def test_delivered_gives_250_with_queue_id() -> None:
    router = FakeRouter(result(delivered("a@x.test")))
    assert await pipeline(router).process(msg("a@x.test")) == "250 2.0.0 Ok: queued as Q1"
    assert router.sent[0].data == msg("a@x.test").data


async def test_tempfail_gives_451() -> None:
    router = FakeRouter(tempfail("4.4.1 next hop unreachable"))
    assert (await pipeline(router).process(msg("a@x.test"))).startswith("451 4.4.0")


async def test_tls_impossible_is_kept_upstream() -> None:
    router = FakeRouter(DeliveryResult(DeliveryStatus.TLS_IMPOSSIBLE, 451, "4.7.5 no tls"))
    assert (await pipeline(router).process(msg("a@x.test"))).startswith("451")


async def test_permfail_gives_the_hops_code_with_our_words() -> None:
    router = FakeRouter(permfail("5.7.1 message refused by next hop (554)", code=554))
    assert await pipeline(router).process(msg("a@x.test")) == \
        "554 5.7.1 message refused by next hop (554)"


async def test_partial_refusal_gives_250_and_a_dsn_to_the_sender() -> None:
    bad = RecipientResult("b@x.test", DeliveryStatus.PERMFAIL, 550, "5.1.1 refused (550)")
    router = FakeRouter(result(delivered("a@x.test"), bad), result(delivered("s@org.test")))
    reply = await pipeline(router).process(msg("a@x.test", "b@x.test"))
    assert reply.startswith("250")
    dsn = router.sent[1]
    assert dsn.mail_from == "" and dsn.rcpts == ("s@org.test",)
    assert b"b@x.test" in dsn.data and b"secret" not in dsn.data and b"Ingrid" not in dsn.data


async def test_partial_refusal_defers_when_the_dsn_cannot_be_sent() -> None:
    bad = RecipientResult("b@x.test", DeliveryStatus.PERMFAIL, 550, "5.1.1 refused (550)")
    router = FakeRouter(result(delivered("a@x.test"), bad), tempfail("4.4.1 down"))
    assert (await pipeline(router).process(msg("a@x.test", "b@x.test"))).startswith("451")


async def test_partial_refusal_of_a_bounce_sends_no_dsn() -> None:
    bad = RecipientResult("b@x.test", DeliveryStatus.PERMFAIL, 550, "5.1.1 refused (550)")
    router = FakeRouter(result(delivered("a@x.test"), bad))
    assert (await pipeline(router).process(msg("a@x.test", "b@x.test", sender=""))) \
        .startswith("250")
    assert len(router.sent) == 1


async def test_temporary_recipient_failure_defers_everything() -> None:
    busy = RecipientResult("b@x.test", DeliveryStatus.TEMPFAIL, 450, "4.2.1 busy (450)")
    router = FakeRouter(result(delivered("a@x.test"), busy))
    assert (await pipeline(router).process(msg("a@x.test", "b@x.test"))).startswith("451")


async def test_utf8_dsn_travels_with_smtputf8() -> None:
    bad = RecipientResult("\u00e9@x.test", DeliveryStatus.PERMFAIL, 550, "5.1.1 refused")
    router = FakeRouter(result(delivered("a@x.test"), bad), result(delivered("s@org.test")))
    await pipeline(router).process(msg("a@x.test", "\u00e9@x.test", options=("SMTPUTF8",)))
    assert "SMTPUTF8" in router.sent[1].mail_options


class Raising:
    async def inspect(self, message: InboundMessage) -> Inspection:
        raise ValueError(f"could not parse {message.data!r}")  # quotes content, on purpose


class Slow:
    async def inspect(self, message: InboundMessage) -> Inspection:
        await asyncio.sleep(5)
        raise AssertionError("not reached")


class Incomplete:
    async def inspect(self, message: InboundMessage) -> Inspection:
        return Inspection({})


class Rejecting:
    async def inspect(self, message: InboundMessage) -> Inspection:
        return Inspection({r: Reject(text="PHI to an external address is not allowed")
                           for r in message.rcpts})


async def test_inspector_fault_gives_generic_451_without_content_in_logs(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    router = FakeRouter()
    reply = await pipeline(router, Raising()).process(msg("a@x.test"))
    assert reply == "451 4.3.0 Temporary local problem, please try again later"
    text = caplog.text + " ".join(str(getattr(r, "fields", "")) for r in caplog.records)
    assert "ValueError" in text
    assert "secret" not in text and "Ingrid" not in text
    assert router.sent == []


async def test_processing_deadline_gives_451() -> None:
    reply = await pipeline(FakeRouter(), Slow(), limits={"processing_timeout": 0.2}) \
        .process(msg("a@x.test"))
    assert reply.startswith("451 4.3.0")


async def test_missing_decision_fails_closed() -> None:
    assert (await pipeline(FakeRouter(), Incomplete()).process(msg("a@x.test"))) \
        .startswith("451 4.3.0")


async def test_reject_decision_is_the_reply() -> None:
    router = FakeRouter()
    reply = await pipeline(router, Rejecting()).process(msg("a@x.test"))
    assert reply == "550 5.7.1 PHI to an external address is not allowed"
    assert router.sent == []


async def test_the_decision_record_carries_the_classifier_and_monitored_rules(
    tmp_path: object,
) -> None:
    # Every field the pipeline puts in a decision record must pass the audit log's allow-list,
    # or the record is lost (logged, not written): second_opinion, monitored.
    from pathlib import Path

    from gateway.audit.log import AuditLog
    from gateway.policy.decisions import Deliver, MonitoredOutcome

    class ClassifierSaidPhi:
        async def inspect(self, message: InboundMessage) -> Inspection:
            summary = {"phi": True, "score": 0.91, "entities": {}, "policy_version": "v1",
                       "second_opinion": "made_phi"}
            watch = (MonitoredOutcome("webmail-trial", "quarantine", ("tag",)),)
            return Inspection(
                {r: Deliver(reasons=("partner",), monitored=watch) for r in message.rcpts},
                summary)

    router = FakeRouter(result(delivered("a@x.test")))
    pipe = pipeline(router, ClassifierSaidPhi())
    pipe.audit = AuditLog(Path(str(tmp_path)), b"k" * 32)
    assert (await pipe.process(msg("a@x.test"))).startswith("250")
    (record,) = pipe.audit.records(kind="decision")
    assert record.fields["second_opinion"] == "made_phi"
    assert record.fields["monitored"] == [
        {"rule": "webmail-trial", "action": "quarantine", "modifiers": ["tag"]}]
    assert record.fields["phi"] is True and record.fields["entity_counts"] == {}
