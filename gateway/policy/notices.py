"""Notices to the sender and the privacy officer, from jinja2 templates. They carry no PHI:
a reference id, the rule, the sender-facing text, what to do, recipient domains, entity types."""

from __future__ import annotations

import email.utils
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP

import jinja2

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("gateway.policy", "templates"),
    autoescape=False,  # noqa: S701 - plain-text mail, no HTML
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
)

OUTCOME_WORDS = {
    "reject": "not sent",
    "quarantine": "held for review",
    "encrypt": "sent through secure (encrypted) delivery",
    "deliver": "delivered",
}


@dataclass(frozen=True, slots=True)
class Notice:
    reference: str
    action: str
    rule: str
    text: str
    what_to_do: str
    domains: Sequence[str]
    sender_domain: str
    policy_version: str
    entities: Sequence[str] = ()
    quarantine_id: str | None = None
    officer: str | None = None


def render(kind: str, notice: Notice) -> str:
    template = _ENV.get_template(f"{kind}.txt.j2")
    return template.render(
        reference=notice.reference, outcome=OUTCOME_WORDS.get(notice.action, notice.action),
        rule=notice.rule, text=notice.text, what_to_do=notice.what_to_do,
        domains=list(notice.domains), sender_domain=notice.sender_domain,
        policy_version=notice.policy_version, entities=list(notice.entities),
        quarantine_id=notice.quarantine_id, officer=notice.officer,
    )


def build(kind: str, notice: Notice, *, from_addr: str, to_addr: str, host: str) -> bytes:
    """A complete notice mail (CRLF) for ``kind`` in {"sender", "officer"}."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = from_addr
    msg["To"] = to_addr
    subject = ("Your message was " + OUTCOME_WORDS.get(notice.action, notice.action)
               if kind == "sender" else f"phigate: {notice.action} by rule {notice.rule}")
    msg["Subject"] = f"{subject} [ref {notice.reference}]"
    msg["Date"] = email.utils.formatdate(localtime=False)
    msg["Message-ID"] = email.utils.make_msgid(idstring=notice.reference, domain=host)
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(render(kind, notice))
    return msg.as_bytes()
