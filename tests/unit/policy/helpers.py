"""Hand-built facts and policies for the policy table tests (no detector, no sockets)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

from gateway.delivery.capability import TlsCapability
from gateway.policy.decisions import Decision
from gateway.policy.engine import (
    AttachmentFact,
    Envelope,
    LoadedPolicy,
    MessageFacts,
    evaluate,
)
from gateway.policy.loader import load_policy_bytes

TODAY = dt.date(2026, 6, 1)

BASE: dict[str, Any] = {
    "version": 1,
    "lists": {
        "internal_domains": ["clinic.org"],
        "partners": [
            {"name": "lab", "domains": ["goodlab.com"], "baa_expires": "2027-01-01"},
            {"name": "oldbill", "domains": ["oldbill.com"], "baa_expires": "2026-05-31"},
        ],
        "domains": {"insurers": ["payer.example"]},
        "encryption_domains": ["portal.example"],
        "sender_groups": {"marketing": ["@news.clinic.org", "promo@clinic.org"]},
    },
    "providers": {
        "portal": {"host": "127.0.0.1", "port": 2525, "tls": "required",
                   "trigger": {"header": "X-Encrypt", "value": "yes"}},
    },
    "notify": {"officer": "privacy@clinic.org", "from": "gw@clinic.org"},
}


def policy(rules: list[dict[str, Any]], **top: Any) -> LoadedPolicy:
    data = {**BASE, **top, "rules": rules}
    return load_policy_bytes(yaml.safe_dump(data, sort_keys=False).encode(), "<test>")


def facts(**kw: Any) -> MessageFacts:
    if "entities" in kw:
        kw["entity_counts"] = tuple(sorted(kw.pop("entities").items()))
    if "found_in" in kw:
        kw["found_in"] = frozenset(kw["found_in"])
    if "attachments" in kw:
        kw["attachments"] = tuple(AttachmentFact(*a) for a in kw["attachments"])
    return MessageFacts(**kw)


PHI = facts(phi=True, score=0.9, entities={"MRN": 1, "ICD10CM": 2}, found_in={"body"},
            subject="Results", headers=(("Subject", "Results"),))
CLEAN = facts(phi=False, score=0.05, subject="Lunch", headers=(("Subject", "Lunch"),))


def decide(p: LoadedPolicy, f: MessageFacts, rcpt: str, *, sender: str = "doc@clinic.org",
           rcpts: tuple[str, ...] | None = None, today: dt.date = TODAY,
           tls: TlsCapability = TlsCapability.UNKNOWN) -> Decision:
    env = Envelope(sender, rcpts or (rcpt,))
    return evaluate(p, f, env, rcpt, today=today, tls=tls)
