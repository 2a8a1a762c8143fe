"""Modifiers are pure bytes -> bytes: MIME structure kept, CRLF only, content where expected."""

from __future__ import annotations

import base64
from email import message_from_bytes
from email import policy as email_policy
from email.message import EmailMessage

import pytest

from gateway.policy import rewrite
from gateway.policy.decisions import Banner, Redact, RewriteSubject, StripTracking, Tag
from gateway.smtp.server import has_bare_cr_or_lf


def crlf(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode()


PLAIN = crlf("""From: Doc <doc@clinic.org>
To: pat@gmail.com
Subject: MRN 4481923 results for Ingrid Solberg
Message-ID: <1@clinic.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hello,
Ingrid Solberg (MRN 4481923) was admitted to 4 West.
""")

ALT = crlf("""From: news@clinic.org
To: a@x.com
Subject: =?utf-8?q?Fr=C3=BChling_news?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""") + base64.encodebytes("Grüße from the clinic\n".encode()).replace(b"\n", b"\r\n") + crlf("""
--b1
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><p>Hi</p><img src=3D"https://x.list-manage.com/track/open?u=3D1">=
<img src=3D"https://cdn.clinic.org/logo.png" width=3D"120" height=3D"40">=
<img src=3D"https://t.clinic.org/p.gif" width=3D"1" height=3D"1">=
<img style=3D"display:none" src=3D"https://a.b/c.gif"></body></html>
--b1--
""")

MIXED = crlf("""From: doc@clinic.org
To: a@x.com
Subject: labs
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="m1"

--m1
Content-Type: text/plain

See attached.
--m1
Content-Type: text/plain; name="notes.txt"
Content-Disposition: attachment; filename="notes.txt"

attachment text stays as is
--m1--
""")


def parse(raw: bytes) -> EmailMessage:
    msg = message_from_bytes(raw, policy=email_policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def texts(raw: bytes, subtype: str = "plain") -> list[str]:
    return [p.get_content() for p in parse(raw).walk()
            if p.get_content_type() == f"text/{subtype}"]


def assert_wire_safe(raw: bytes) -> None:
    assert not has_bare_cr_or_lf(raw)
    assert raw.endswith(b"\r\n")
    assert not parse(raw).defects


def test_tag_prepends_headers_and_drops_forged_ones_body_untouched() -> None:
    forged = b"X-PHI-Verdict: clean\r\nX-Phi-Score: 0.00\r\n" + PLAIN
    out = rewrite.tag(forged, [("X-PHI-Verdict", "phi"), ("X-PHI-Score", "0.91"),
                               ("X-PHI-Entities", "MRN,PERSON"), ("X-PHI-Policy", "abc123")])
    assert out.startswith(b"X-PHI-Verdict: phi\r\nX-PHI-Score: 0.91\r\n")
    assert b"clean" not in out and b"0.00" not in out
    assert out.split(b"\r\n\r\n", 1)[1] == PLAIN.split(b"\r\n\r\n", 1)[1]
    assert_wire_safe(out)


def test_trigger_header_and_subject_tag() -> None:
    out = rewrite.add_trigger_header(PLAIN, "X-Encrypt", "yes")
    assert parse(out)["X-Encrypt"] == "yes"
    tagged = rewrite.add_subject_tag(ALT, "[secure]")
    assert parse(tagged)["Subject"] == "[secure] Frühling news"
    assert rewrite.add_subject_tag(tagged, "[SECURE]") == tagged  # already there
    assert_wire_safe(tagged)


@pytest.mark.parametrize("raw", [PLAIN, ALT, MIXED], ids=["plain", "alternative", "mixed"])
def test_rewrite_subject_moves_original_into_a_top_text_part(raw: bytes) -> None:
    original = rewrite.decoded_subject(raw)
    out = rewrite.rewrite_subject(raw, "Secure message")
    assert_wire_safe(out)
    msg = parse(out)
    assert msg["Subject"] == "Secure message"
    assert msg.get_content_type() == "multipart/mixed"
    first = next(p for p in msg.walk() if not p.is_multipart())
    assert first.get_content() .strip() == f"Original subject: {original}"
    assert original.encode() not in out.split(b"\r\n\r\n", 1)[0]  # not in any header
    # The original body parts are all still there.
    assert len([p for p in msg.walk() if not p.is_multipart()]) == \
        len([p for p in parse(raw).walk() if not p.is_multipart()]) + 1


def test_rewrite_subject_keeps_attachment_bytes() -> None:
    out = rewrite.rewrite_subject(MIXED, "S")
    atts = [p for p in parse(out).walk() if p.get_filename() == "notes.txt"]
    assert atts and atts[0].get_content().strip() == "attachment text stays as is"


def test_banner_on_plain_and_html_not_attachments() -> None:
    out = rewrite.banner(ALT, "CONFIDENTIAL: for the addressee only")
    assert_wire_safe(out)
    assert texts(out)[0].startswith("CONFIDENTIAL: for the addressee only\n\nGrüße")
    html = texts(out, "html")[0]
    assert html.index("CONFIDENTIAL") > html.index("<body>")
    mixed = rewrite.banner(MIXED, "NOTICE")
    parts = texts(mixed)
    assert parts[0].startswith("NOTICE") and not parts[1].startswith("NOTICE")


def test_strip_tracking_removes_pixels_and_trackers_keeps_images() -> None:
    out = rewrite.strip_tracking(ALT)
    assert_wire_safe(out)
    html = texts(out, "html")[0]
    assert "list-manage.com" not in html
    assert "p.gif" not in html and "c.gif" not in html
    assert "logo.png" in html
    assert texts(out)[0] == texts(ALT)[0]  # the text part is untouched
    assert rewrite.strip_tracking(PLAIN) == PLAIN  # nothing to do: same bytes


def test_redact_replaces_values_in_body_parts_with_types() -> None:
    targets = [("MRN", "4481923"), ("PERSON", "Ingrid Solberg")]
    out = rewrite.redact(PLAIN, targets)
    assert_wire_safe(out)
    body = texts(out)[0]
    assert "4481923" not in body and "Ingrid" not in body
    assert "<PERSON> (MRN <MRN>)" in body
    only_mrn = texts(rewrite.redact(PLAIN, targets, entities=["MRN"]))[0]
    assert "Ingrid Solberg" in only_mrn and "4481923" not in only_mrn


def test_apply_order_and_redaction_covers_moved_subject() -> None:
    out = rewrite.apply(PLAIN, [Tag(), Banner("B"), RewriteSubject("Secure"), Redact(),
                                StripTracking()],
                        rewrite.RewriteInput((("X-PHI-Verdict", "phi"),),
                                             (("MRN", "4481923"),)))
    assert_wire_safe(out)
    assert b"4481923" not in out
    assert out.startswith(b"X-PHI-Verdict: phi\r\n")
    assert parse(out)["Subject"] == "Secure"


def test_apply_without_modifiers_is_identity() -> None:
    assert rewrite.apply(ALT, [], rewrite.RewriteInput()) is ALT
