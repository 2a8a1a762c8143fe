"""Property tests: whatever the text, subject and structure, modifiers emit wire-safe MIME
(CRLF only, parseable, same number of original leaf parts) or raise nothing at all."""

from __future__ import annotations

import argparse
from email import message_from_bytes
from email import policy as email_policy
from email.message import EmailMessage

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.commands.policy import _split_to
from gateway.policy import rewrite
from gateway.smtp.server import has_bare_cr_or_lf

text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=300)
subject = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80)


def build(subj: str, body: str, html: str, multipart: bool) -> bytes:
    msg = EmailMessage(policy=email_policy.SMTP)
    msg["From"] = "a@clinic.org"
    msg["To"] = "b@x.com"
    msg["Subject"] = subj
    msg.set_content(body)
    if multipart:
        msg.add_alternative(f"<html><body>{html}<img src='https://t.x/p.gif' width=1 height=1>"
                            "</body></html>", subtype="html")
        msg.add_attachment(b"\x00\x01binary", maintype="application", subtype="octet-stream",
                           filename="a.bin")
    return msg.as_bytes()


def leaves(raw: bytes) -> int:
    msg = message_from_bytes(raw, policy=email_policy.default)
    return sum(1 for p in msg.walk() if not p.is_multipart())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subj=subject, body=text, html=text, multipart=st.booleans(), banner_text=subject)
def test_modifiers_keep_wire_format(subj: str, body: str, html: str, multipart: bool,
                                    banner_text: str) -> None:
    raw = build(subj, body, html, multipart)
    n = leaves(raw)
    for out, expected in (
        (rewrite.rewrite_subject(raw, "Secure message"), n + 1),
        (rewrite.banner(raw, banner_text), n),
        (rewrite.strip_tracking(raw), n),
        (rewrite.tag(raw, [("X-PHI-Verdict", "phi")]), n),
        (rewrite.add_subject_tag(raw, "[secure]"), n),
    ):
        assert not has_bare_cr_or_lf(out)
        assert leaves(out) == expected
    moved = message_from_bytes(rewrite.rewrite_subject(raw, "S"), policy=email_policy.default)
    first = next(p for p in moved.walk() if not p.is_multipart())
    assert first.get_content().startswith("Original subject: ")  # type: ignore[attr-defined]


def test_to_accepts_both_forms(tmp_path) -> None:  # type: ignore[no-untyped-def]
    eml = tmp_path / "m.eml"
    eml.write_bytes(b"x")
    ns = argparse.Namespace(rcpts=["a@x.com", "b@y.com", str(eml)], messages=[])
    _split_to(ns)
    assert ns.rcpts == ["a@x.com", "b@y.com"] and ns.messages == [str(eml)]
    ns = argparse.Namespace(rcpts=["a@x.com"], messages=[str(eml)])
    _split_to(ns)
    assert ns.rcpts == ["a@x.com"] and ns.messages == [str(eml)]
