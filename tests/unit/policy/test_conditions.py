"""Table tests: each condition, matching and not matching, with hand-built facts."""

from __future__ import annotations

from typing import Any

import pytest

from gateway.delivery.capability import TlsCapability
from tests.unit.policy.helpers import CLEAN, PHI, TODAY, decide, facts, policy

ATT = facts(phi=True, score=0.8, entities={"MRN": 1}, found_in={"attachment"},
            attachments=[("claims.xlsx", "application/vnd.ms-excel", "ok"),
                         ("scan.pdf", "application/pdf", "encrypted")])
HDR = facts(phi=False, subject="[SECURE] lab results",
            headers=(("X-Priority", "1"), ("X-Mailer", "Outlook 16.0")),
            header_recipients=("a@x.com", "b@x.com", "c@y.com"))

# (conditions, facts, recipient, sender, tls, expect match)
CASES: list[tuple[str, dict[str, Any], Any, str, str, TlsCapability, bool]] = [
    ("sender exact", {"sender": ["doc@clinic.org"]}, CLEAN, "a@x.com", "doc@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("sender glob miss", {"sender": ["*@other.org"]}, CLEAN, "a@x.com", "doc@clinic.org",
     TlsCapability.UNKNOWN, False),
    ("sender_domain", {"sender_domain": ["clinic.org"]}, CLEAN, "a@x.com", "doc@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("sender_domain subdomain", {"sender_domain": ["clinic.org"]}, CLEAN, "a@x.com",
     "x@news.clinic.org", TlsCapability.UNKNOWN, True),
    ("sender_group @domain", {"sender_group": ["marketing"]}, CLEAN, "a@x.com",
     "n@news.clinic.org", TlsCapability.UNKNOWN, True),
    ("sender_group address", {"sender_group": ["marketing"]}, CLEAN, "a@x.com",
     "promo@clinic.org", TlsCapability.UNKNOWN, True),
    ("sender_group miss", {"sender_group": ["marketing"]}, CLEAN, "a@x.com",
     "doc@clinic.org", TlsCapability.UNKNOWN, False),
    ("recipient glob", {"recipient": ["*@gmail.com"]}, CLEAN, "Pat@Gmail.com",
     "doc@clinic.org", TlsCapability.UNKNOWN, True),
    ("recipient_domain", {"recipient_domain": ["payer.example"]}, CLEAN, "a@payer.example",
     "doc@clinic.org", TlsCapability.UNKNOWN, True),
    ("recipient_domain glob", {"recipient_domain": ["*.example"]}, CLEAN, "a@payer.example",
     "doc@clinic.org", TlsCapability.UNKNOWN, True),
    ("in internal", {"recipient_in": ["internal"]}, CLEAN, "n@clinic.org", "doc@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("in internal subdomain", {"recipient_in": ["internal"]}, CLEAN, "n@mail.clinic.org",
     "doc@clinic.org", TlsCapability.UNKNOWN, True),
    ("external", {"recipient_in": ["external"]}, CLEAN, "n@x.com", "doc@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("internal is not external", {"recipient_in": ["external"]}, CLEAN, "n@clinic.org",
     "doc@clinic.org", TlsCapability.UNKNOWN, False),
    ("partner valid", {"recipient_in": ["partner"]}, PHI, "r@goodlab.com", "doc@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("partner expired is not partner", {"recipient_in": ["partner"]}, PHI, "r@oldbill.com",
     "doc@clinic.org", TlsCapability.UNKNOWN, False),
    ("partner_expired", {"recipient_in": ["partner_expired"]}, PHI, "r@oldbill.com",
     "doc@clinic.org", TlsCapability.UNKNOWN, True),
    ("webmail", {"recipient_in": ["webmail"]}, PHI, "p@gmail.com", "doc@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("webmail proton", {"recipient_in": ["webmail"]}, PHI, "p@proton.me", "doc@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("encryption portal", {"recipient_in": ["encryption"]}, PHI, "x@portal.example",
     "doc@clinic.org", TlsCapability.UNKNOWN, True),
    ("custom list", {"recipient_in": ["insurers"]}, PHI, "c@payer.example", "doc@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("not_in", {"recipient_not_in": ["internal", "partner"]}, PHI, "p@gmail.com",
     "doc@clinic.org", TlsCapability.UNKNOWN, True),
    ("not_in miss", {"recipient_not_in": ["internal", "partner"]}, PHI, "r@goodlab.com",
     "doc@clinic.org", TlsCapability.UNKNOWN, False),
    ("tls capability", {"recipient_tls": ["dane", "mta-sts"]}, PHI, "r@x.com",
     "doc@clinic.org", TlsCapability.DANE, True),
    ("tls capability unknown", {"recipient_tls": ["dane", "mta-sts"]}, PHI, "r@x.com",
     "doc@clinic.org", TlsCapability.UNKNOWN, False),
    ("tls none", {"recipient_tls": ["none", "unknown"]}, PHI, "r@x.com", "doc@clinic.org",
     TlsCapability.NONE, True),
    ("lookalike l/I", {"lookalike": True}, PHI, "r@cIinic.org", "doc@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("lookalike typo", {"lookalike": True}, PHI, "r@goodlap.com", "doc@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("lookalike homoglyph", {"lookalike": True}, PHI, "r@g00dlab.com", "doc@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("lookalike listed", {"recipient_in": ["lookalike"]}, PHI, "r@c1inic.org",
     "doc@clinic.org", TlsCapability.UNKNOWN, True),
    ("lookalike real partner", {"lookalike": True}, PHI, "r@goodlab.com", "doc@clinic.org",
     TlsCapability.UNKNOWN, False),
    ("lookalike false", {"lookalike": False}, PHI, "r@unrelated.org", "doc@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("phi true", {"phi": True}, PHI, "r@x.com", "d@clinic.org", TlsCapability.UNKNOWN, True),
    ("phi true clean", {"phi": True}, CLEAN, "r@x.com", "d@clinic.org",
     TlsCapability.UNKNOWN, False),
    ("phi false", {"phi": False}, CLEAN, "r@x.com", "d@clinic.org", TlsCapability.UNKNOWN, True),
    ("score at least", {"score_at_least": 0.8}, PHI, "r@x.com", "d@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("score below", {"score_below": 0.8}, PHI, "r@x.com", "d@clinic.org",
     TlsCapability.UNKNOWN, False),
    ("entities any", {"entities": ["SSN", "MRN"]}, PHI, "r@x.com", "d@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("entities any miss", {"entities": ["SSN"]}, PHI, "r@x.com", "d@clinic.org",
     TlsCapability.UNKNOWN, False),
    ("entities all", {"entities_all": ["MRN", "ICD10CM"]}, PHI, "r@x.com", "d@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("entities all miss", {"entities_all": ["MRN", "US_SSN"]}, PHI, "r@x.com",
     "d@clinic.org", TlsCapability.UNKNOWN, False),
    ("found in body", {"found_in": ["body"]}, PHI, "r@x.com", "d@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("found in subject miss", {"found_in": ["subject"]}, PHI, "r@x.com", "d@clinic.org",
     TlsCapability.UNKNOWN, False),
    ("found in attachment", {"found_in": ["attachment"]}, ATT, "r@x.com", "d@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("attachment ext", {"attachment_types": [".xlsx"]}, ATT, "r@x.com", "d@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("attachment bare ext", {"attachment_types": ["pdf"]}, ATT, "r@x.com", "d@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("attachment content type glob", {"attachment_types": ["application/*"]}, ATT, "r@x.com",
     "d@clinic.org", TlsCapability.UNKNOWN, True),
    ("attachment type miss", {"attachment_types": [".docx", "image/*"]}, ATT, "r@x.com",
     "d@clinic.org", TlsCapability.UNKNOWN, False),
    ("attachment encrypted", {"attachment_status": ["encrypted", "unreadable"]}, ATT,
     "r@x.com", "d@clinic.org", TlsCapability.UNKNOWN, True),
    ("attachment status miss", {"attachment_status": ["bomb"]}, ATT, "r@x.com",
     "d@clinic.org", TlsCapability.UNKNOWN, False),
    ("bulk counts header To+Cc", {"recipients_at_least": 4}, HDR, "r@x.com", "d@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("bulk below", {"recipients_at_least": 5}, HDR, "r@x.com", "d@clinic.org",
     TlsCapability.UNKNOWN, False),
    ("header present", {"header": [{"name": "x-priority", "present": True}]}, HDR, "r@x.com",
     "d@clinic.org", TlsCapability.UNKNOWN, True),
    ("header absent", {"header": [{"name": "X-Encrypt", "present": False}]}, HDR, "r@x.com",
     "d@clinic.org", TlsCapability.UNKNOWN, True),
    ("header equals", {"header": [{"name": "X-Priority", "equals": "1"}]}, HDR, "r@x.com",
     "d@clinic.org", TlsCapability.UNKNOWN, True),
    ("header contains", {"header": [{"name": "X-Mailer", "contains": "outlook"}]}, HDR,
     "r@x.com", "d@clinic.org", TlsCapability.UNKNOWN, True),
    ("header regex miss", {"header": [{"name": "X-Mailer", "matches": "^Thunderbird"}]}, HDR,
     "r@x.com", "d@clinic.org", TlsCapability.UNKNOWN, False),
    ("subject tag", {"subject_tag": ["[secure]"]}, HDR, "r@x.com", "d@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("subject tag miss", {"subject_tag": ["[encrypt]"]}, HDR, "r@x.com", "d@clinic.org",
     TlsCapability.UNKNOWN, False),
    ("any", {"any": [{"recipient_in": ["webmail"]}, {"recipient_in": ["partner"]}]}, PHI,
     "r@goodlab.com", "d@clinic.org", TlsCapability.UNKNOWN, True),
    ("any miss", {"any": [{"recipient_in": ["webmail"]}, {"recipient_in": ["internal"]}]}, PHI,
     "r@goodlab.com", "d@clinic.org", TlsCapability.UNKNOWN, False),
    ("not", {"not": {"recipient_in": ["internal"]}}, PHI, "r@x.com", "d@clinic.org",
     TlsCapability.UNKNOWN, True),
    ("AND of several", {"phi": True, "recipient_in": ["webmail"], "entities": ["MRN"]}, PHI,
     "p@gmail.com", "d@clinic.org", TlsCapability.UNKNOWN, True),
    ("AND one fails", {"phi": True, "recipient_in": ["webmail"], "entities": ["US_SSN"]}, PHI,
     "p@gmail.com", "d@clinic.org", TlsCapability.UNKNOWN, False),
]


@pytest.mark.parametrize(("name", "when", "f", "rcpt", "sender", "tls", "expect"), CASES,
                         ids=[c[0] for c in CASES])
def test_condition(name: str, when: dict[str, Any], f: Any, rcpt: str, sender: str,
                   tls: TlsCapability, expect: bool) -> None:
    p = policy([
        {"name": "probe", "description": "the condition under test", "when": when,
         "action": {"type": "reject", "text": "probe matched"}},
        {"name": "fallthrough", "description": "anything else", "action": {"type": "deliver"}},
    ])
    d = decide(p, f, rcpt, sender=sender, tls=tls,
               rcpts=(rcpt,))
    assert (d.rule == "probe") is expect, d.reasons
    if expect:
        assert d.reasons[0].startswith("probe: the condition under test")


def test_bulk_counts_envelope_and_headers_without_duplicates() -> None:
    f = facts(header_recipients=("A@x.com", "b@x.com"))
    p = policy([{"name": "bulk", "description": "bulk", "when": {"recipients_at_least": 3},
                 "action": {"type": "reject", "text": "too many"}}])
    assert decide(p, f, "a@x.com", rcpts=("a@x.com", "b@x.com")).rule == "default"
    assert decide(p, f, "a@x.com", rcpts=("a@x.com", "c@x.com")).rule == "bulk"


def test_baa_expiry_follows_the_injected_date() -> None:
    p = policy([
        {"name": "baa", "description": "BAA partner", "when": {"recipient_in": ["partner"]},
         "action": {"type": "deliver", "tls": "verify"}},
        {"name": "expired", "description": "BAA expired",
         "when": {"recipient_in": ["partner_expired"]},
         "action": {"type": "encrypt", "provider": "portal"}},
    ])
    import datetime as dt

    assert decide(p, PHI, "r@oldbill.com", today=dt.date(2026, 5, 31)).rule == "baa"  # last day
    assert decide(p, PHI, "r@oldbill.com", today=dt.date(2026, 6, 1)).rule == "expired"
    assert decide(p, PHI, "r@goodlab.com", today=TODAY).rule == "baa"


def test_reasons_carry_no_values() -> None:
    p = policy([{"name": "w", "description": "webmail", "when": {
        "phi": True, "recipient_in": ["webmail"], "entities": ["MRN"]},
        "action": {"type": "quarantine", "reason": "webmail"}}])
    d = decide(p, PHI, "jane.doe@gmail.com", sender="doc@clinic.org")
    text = " ".join(d.reasons)
    assert "jane.doe" not in text and "doc@" not in text
    assert "gmail.com" in text and "MRN" in text
