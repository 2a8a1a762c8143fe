"""PolicyInspector with a hand-built scan result: per-recipient decisions, a safe summary,
ScanError propagating (the pipeline answers 451), the injected clock and the TLS provider."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from gateway.delivery.capability import TlsCapability
from gateway.detect.pool import ScanError, ScanResult
from gateway.detect.types import Finding, Verdict
from gateway.extract import Headers, Segment
from gateway.pipeline import InboundMessage
from gateway.policy.decisions import Deliver, Encrypt, Reject
from gateway.policy.inspector import PolicyInspector
from gateway.policy.loader import PolicyHolder

BODY = "Ingrid Solberg MRN 4481923 admitted with pneumonia"
POLICY = """version: 1
lists:
  internal_domains: [clinic.org]
  partners: [{name: lab, domains: [lab.com], baa_expires: 2026-06-30}]
providers:
  portal: {host: 127.0.0.1, port: 2525, tls: required}
rules:
  - {name: no-tls, description: recipient offers no TLS, when: {phi: true, recipient_tls: [none]},
     action: {type: reject, text: "Recipient has no TLS; use [secure]"}}
  - {name: internal, description: internal, when: {recipient_in: [internal]},
     action: {type: deliver}}
  - {name: partner, description: partner, when: {phi: true, recipient_in: [partner]},
     action: {type: deliver, tls: verify}}
  - {name: other, description: other PHI, when: {phi: true},
     action: {type: encrypt, provider: portal}}
"""


def scan_result(phi: bool = True) -> ScanResult:
    findings = (
        Finding("PERSON", "identifier", "body", 0, 14, 0.9, "ner"),
        Finding("MRN", "identifier", "body", 19, 26, 0.95, "mrn"),
        Finding("CONDITION", "health", "body", 42, 51, 0.8, "lexicon"),
    ) if phi else ()
    return ScanResult(
        verdict=Verdict(phi, 0.93 if phi else 0.0, findings, ("identifier linked to health",)),
        headers=Headers("Results", "doc@clinic.org", ("n@clinic.org",), (), "<1@x>", "",
                        (("Subject", "Results"),)),
        segments=(Segment("subject", "Results", "subject", "text"),
                  Segment("body", BODY, "body", "text")),
        attachments=(), healthcare_docs=(), truncated=False, elapsed_ms=1.0)


class FakePool:
    def __init__(self, result: ScanResult | Exception) -> None:
        self.result = result

    async def scan(self, raw: bytes) -> ScanResult:
        if isinstance(self.result, Exception):
            raise self.result
        return self.result


def inbound(*rcpts: str) -> InboundMessage:
    return InboundMessage("Q1", "127.0.0.1", "h", "doc@clinic.org", rcpts, b"x")


@pytest.fixture
def holder(tmp_path: Path) -> PolicyHolder:
    f = tmp_path / "p.yaml"
    f.write_text(POLICY, encoding="utf-8")
    return PolicyHolder(f)


def clock(day: str) -> Any:
    ts = dt.datetime.fromisoformat(day + "T12:00:00+00:00").timestamp()
    return lambda: ts


async def test_decisions_and_safe_summary(holder: PolicyHolder) -> None:
    calls: list[Sequence[str]] = []

    async def caps(domains: Sequence[str]) -> Mapping[str, TlsCapability]:
        calls.append(domains)
        return {"lab.com": TlsCapability.DANE}

    insp = PolicyInspector(FakePool(scan_result()), holder, caps, clock=clock("2026-06-01"))
    out = await insp.inspect(inbound("a@lab.com", "b@lab.com"))
    assert all(isinstance(d, Deliver) and d.rule == "partner" for d in out.decisions.values())
    assert calls == [["lab.com"]]
    s = dict(out.summary)
    assert s == {"phi": True, "score": 0.93, "entities": {"CONDITION": 1, "MRN": 1, "PERSON": 1},
                 "policy_version": holder.current.version, "rules_fired": ["partner"]}
    assert "4481923" not in repr(s) and "Solberg" not in repr(s)


async def test_summary_says_when_the_message_classifier_made_the_verdict(
    holder: PolicyHolder,
) -> None:
    scan = scan_result()
    made = Verdict(True, 0.91, (), ("the message classifier reads it as mail about a patient",),
                   second_opinion="made_phi")
    insp = PolicyInspector(FakePool(ScanResult(made, *[getattr(scan, f) for f in (
        "headers", "segments", "attachments", "healthcare_docs", "truncated", "elapsed_ms")])),
        holder, clock=clock("2026-06-01"))
    out = await insp.inspect(inbound("a@lab.com"))
    assert out.summary["second_opinion"] == "made_phi"  # the audit record carries it
    assert out.facts is not None and out.facts.second_opinion == "made_phi"
    plain = await PolicyInspector(FakePool(scan), holder, clock=clock("2026-06-01")).inspect(
        inbound("a@lab.com"))
    assert "second_opinion" not in plain.summary


async def test_injected_clock_expires_the_baa(holder: PolicyHolder) -> None:
    insp = PolicyInspector(FakePool(scan_result()), holder, clock=clock("2026-07-01"))
    out = await insp.inspect(inbound("a@lab.com"))
    assert isinstance(out.decisions["a@lab.com"], Encrypt)


async def test_unknown_capability_when_provider_fails(holder: PolicyHolder) -> None:
    async def broken(domains: Sequence[str]) -> Mapping[str, TlsCapability]:
        raise OSError("dns down")

    insp = PolicyInspector(FakePool(scan_result()), holder, broken, clock=clock("2026-06-01"))
    out = await insp.inspect(inbound("x@other.com"))
    assert isinstance(out.decisions["x@other.com"], Encrypt)

    async def none(domains: Sequence[str]) -> Mapping[str, TlsCapability]:
        return dict.fromkeys(domains, TlsCapability.NONE)

    insp = PolicyInspector(FakePool(scan_result()), holder, none, clock=clock("2026-06-01"))
    out = await insp.inspect(inbound("x@other.com"))
    assert isinstance(out.decisions["x@other.com"], Reject)


async def test_scan_errors_propagate(holder: PolicyHolder) -> None:
    insp = PolicyInspector(FakePool(ScanError("worker died")), holder)
    with pytest.raises(ScanError):
        await insp.inspect(inbound("a@lab.com"))
