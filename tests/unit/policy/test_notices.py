"""Notices: a reference, the rule's text, what to do; no recipient addresses, no content."""

from __future__ import annotations

from email import message_from_bytes
from email import policy as email_policy

from gateway.policy.notices import Notice, build


def test_sender_and_officer_notices_have_no_phi() -> None:
    n = Notice(reference="Q123", action="quarantine", rule="phi-to-webmail",
               text="PHI to a personal webmail address", what_to_do="Use the patient portal.",
               domains=["gmail.com"], sender_domain="clinic.org", policy_version="abc123",
               entities=["MRN", "PERSON"], quarantine_id="Q123", officer="privacy@clinic.org")
    for kind in ("sender", "officer"):
        raw = build(kind, n, from_addr="gw@clinic.org", to_addr="doc@clinic.org", host="gw.test")
        msg = message_from_bytes(raw, policy=email_policy.default)
        body = msg.get_content()  # type: ignore[attr-defined]
        assert "Q123" in body and "gmail.com" in body and "phi-to-webmail" in body
        assert "Q123" in msg["Subject"]
        assert "@gmail.com" not in body  # domains only, never a recipient address
        assert b"\r\n" in raw and not raw.replace(b"\r\n", b"").count(b"\n")
    sender = build("sender", n, from_addr="gw@clinic.org", to_addr="d@clinic.org", host="h")
    assert b"Use the patient portal." in sender and b"held for review" in sender
