"""Headers, RFC 2047, charsets, transfer encodings, HTML and the part naming scheme."""

from __future__ import annotations

import base64
import itertools
import unicodedata

import pytest
from extract_builders import mail

from gateway.extract import AttachmentStatus, Extraction, extract


def seg(result: Extraction, part: str) -> str:
    found = [s.text for s in result.segments if s.part == part]
    assert found, f"no segment {part!r} in {[s.part for s in result.segments]}"
    return found[0]


def raw_mail(
    headers: str, body: bytes, ctype: str = "text/plain; charset=utf-8", cte: str = "8bit"
) -> bytes:
    head = (
        "From: a@clinic.example\r\nTo: b@partner.example\r\n"
        + headers
        + f"MIME-Version: 1.0\r\nContent-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    )
    return head.encode("ascii") + body


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("=?utf-8?B?UGF0aWVudCBKw7ZyZ2Vu?=", "Patient Jörgen"),
        ("=?UTF-8?Q?Labs_for_J=C3=B6rgen_M=C3=BCller?=", "Labs for Jörgen Müller"),
        ("=?iso-8859-1?q?Gr=FC=DFe_aus_K=F6ln?=", "Grüße aus Köln"),
        ("=?utf-8?q?split_?= =?utf-8?q?word?=", "split word"),
        ("plain =?utf-8?B?dGV4dA==?= tail", "plain text tail"),
        ("=?utf-8?B?broken-base64!!?=", None),  # must not raise; some text survives
        ("=?no-such-charset?Q?Caf=E9?=", "Caf"),
        ("=?utf-8?Q?unterminated", "=?utf-8?Q?unterminated"),
        ("=?utf-8*en?Q?lang_tag?=", "lang tag"),
    ],
)
def test_rfc2047_subjects(header: str, expected: str | None) -> None:
    result = extract(raw_mail(f"Subject: {header}\r\n", b"x"))
    subject = result.headers.subject
    assert subject == seg(result, "subject")
    if expected is not None:
        assert expected in subject
    assert dict(result.headers.raw)["Subject"] == subject


def test_raw_8bit_subject_and_folding() -> None:
    raw = b"Subject: Caf\xc3\xa9 with\r\n  folded tail\r\nFrom: x@y.example\r\n\r\nbody"
    result = extract(raw)
    assert result.headers.subject == "Café with folded tail"
    raw = b"Subject: Caf\xe9 latin1\r\n\r\nbody"
    assert extract(raw).headers.subject == "Café latin1"


def test_headers_and_display_names() -> None:
    raw = raw_mail(
        "Cc: =?utf-8?Q?Ren=C3=A9e_Fakename?= <renee@partner.example>, plain@partner.example\r\n"
        "Subject: hi\r\nMessage-ID: <abc@clinic.example>\r\n"
        "Date: Tue, 1 Dec 2026 10:00:00 +0000\r\n"
        "Thread-Topic: Discharge of Ola Testperson\r\nKeywords: oncology\r\n"
        "X-Case-Note: bed 4 west\r\nX-MS-Exchange-Organization-SCL: -1\r\n",
        b"body",
    ).replace(b"From: a@clinic.example", b"From: =?utf-8?B?SsO2cmc=?= <jorg@clinic.example>")
    result = extract(raw)
    h = result.headers
    assert h.from_ == "jorg@clinic.example"
    assert h.to == ("b@partner.example",)
    assert h.cc == ("renee@partner.example", "plain@partner.example")
    assert h.message_id == "<abc@clinic.example>"
    assert h.date.startswith("Tue, 1 Dec 2026")
    assert seg(result, "header:from") == "Jörg"
    assert seg(result, "header:cc") == "Renée Fakename"
    assert seg(result, "header:thread-topic") == "Discharge of Ola Testperson"
    assert seg(result, "header:keywords") == "oncology"
    assert seg(result, "header:x-case-note") == "bed 4 west"
    assert not any(s.part == "header:x-ms-exchange-organization-scl" for s in result.segments)
    sources = {s.part: s.source for s in result.segments}
    assert sources["subject"] == "subject"
    assert sources["header:thread-topic"] == "header"
    assert sources["body"] == "body"


@pytest.mark.parametrize(
    ("charset", "cte", "payload", "expected"),
    [
        (
            "windows-1252",
            "8bit",
            "Patient Zoë \u2013 \u201cquoted\u201d".encode("cp1252"),
            "Patient Zoë \u2013 \u201cquoted\u201d",
        ),
        ("shift_jis", "8bit", "患者 山田太郎".encode("shift_jis"), "患者 山田太郎"),
        ("utf-16", "base64", base64.b64encode("Pätient UTF-16".encode("utf-16")), "Pätient UTF-16"),
        ("iso-8859-1", "quoted-printable", b"Gr=FC=DFe=\r\n Zoe", "Grüße Zoe"),
        ("utf-8", "base64", base64.b64encode("Grüße base64".encode()), "Grüße base64"),
        ("x-bogus-charset", "8bit", "fallback ü".encode(), "fallback ü"),
        ("utf-8", "x-unknown-encoding", b"unknown cte stays 8bit", "unknown cte stays 8bit"),
        ("utf-8", "8bit", b"broken \xff\xfe bytes", "broken"),
        ("idna", "8bit", b"refused codec", "refused codec"),
        ("zlib", "8bit", b"bytes codec", "bytes codec"),
    ],
)
def test_body_charsets_and_encodings(charset: str, cte: str, payload: bytes, expected: str) -> None:
    result = extract(raw_mail("Subject: s\r\n", payload, f"text/plain; charset={charset}", cte))
    assert expected in seg(result, "body")


def test_utf16_bodypart_in_multipart() -> None:
    part = base64.b64encode("Bodypart in UTF-16: Zoë".encode("utf-16"))
    raw = (
        b"Subject: s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=BB\r\n\r\n"
        b"--BB\r\nContent-Type: text/plain; charset=utf-16\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + part + b"\r\n--BB--\r\n"
    )
    assert seg(extract(raw), "body") == "Bodypart in UTF-16: Zoë"


def test_unknown_charset_is_a_defect_not_an_error() -> None:
    result = extract(raw_mail("Subject: s\r\n", b"abc", "text/plain; charset=x-nonsense"))
    assert "UnknownCharset" in result.defects


HTML = """<html><head><style>.x{color:red}</style><title>Results</title>
<script>alert('drop me')</script></head><body>
<p>Dear&nbsp;team,<br>see below &amp; reply.</p>
<table><tr><th>Name</th><th>MRN</th></tr><tr><td>Ola Testperson</td><td>MRN 48213</td></tr></table>
<img src="cid:x" alt="scan of Ola's chart">
<a href="mailto:ward4@clinic.example">ward 4</a> <a href="https://portal.example/r/77">portal</a>
<a href="javascript:void(0)">js link</a><div>last</div><ul><li>one</li><li>two</li></ul>
<!-- hidden comment --></body></html>"""


def test_html_body_to_text() -> None:
    result = extract(mail("plain part", html=HTML))
    text = seg(result, "body.html")
    lines = text.split("\n")
    assert "Name\tMRN" in lines
    assert "Ola Testperson\tMRN 48213" in lines
    assert "Dear team," in text and "see below & reply." in text
    assert "scan of Ola's chart" in text
    assert "ward 4 <ward4@clinic.example>" in text
    assert "portal <https://portal.example/r/77>" in text
    assert "js link" in text and "javascript" not in text
    assert "alert" not in text and "color:red" not in text and "hidden comment" not in text
    assert "one" in lines and "two" in lines
    assert seg(result, "body") == "plain part"
    fmt = {s.part: s.format for s in result.segments}
    assert fmt["body.html"] == "html" and fmt["body"] == "text"


@pytest.mark.parametrize(
    "markup",
    ["<table><tr><td>a<td>b", "<p>unclosed <b>tags", "<![CDATA[x", "&#xdeadbeef; <a href=", "<"],
)
def test_broken_html_never_raises(markup: str) -> None:
    result = extract(mail("p", html=markup))
    assert isinstance(result, Extraction)


def test_forwarded_message_paths() -> None:
    inner = mail(
        "Inner body about Ola Testperson",
        subject="Fwd labs",
        attachments=[("labs.txt", "text/plain", b"Hb 9.1 g/dL")],
    )
    raw = mail("outer body", attachments=[("fwd.eml", "message/rfc822", inner)])
    result = extract(raw)
    parts = {s.part: s for s in result.segments}
    assert parts["attachment:fwd.eml/body"].text == "Inner body about Ola Testperson"
    assert parts["attachment:fwd.eml/subject"].text == "Fwd labs"
    assert parts["attachment:fwd.eml/attachment:labs.txt"].text == "Hb 9.1 g/dL"
    assert parts["attachment:fwd.eml/header:from"].text == "Dana Sender"
    assert all(parts[p].source == "attachment" for p in parts if p.startswith("attachment:"))
    paths = [a.path for a in result.attachments]
    assert paths == ["attachment:fwd.eml", "attachment:fwd.eml/attachment:labs.txt"]
    assert all(a.status == AttachmentStatus.OK for a in result.attachments)


def test_duplicate_names_and_unnamed_parts() -> None:
    raw = mail(
        "b",
        attachments=[
            ("same.txt", "text/plain", b"first"),
            ("same.txt", "text/plain", b"second"),
            ("", "application/octet-stream", b"\x00\x01\x02binary"),
        ],
    )
    result = extract(raw)
    assert seg(result, "attachment:same.txt") == "first"
    assert seg(result, "attachment:same.txt#2") == "second"
    unnamed = [a for a in result.attachments if not a.filename]
    assert len(unnamed) == 1 and unnamed[0].status == AttachmentStatus.UNSUPPORTED
    assert unnamed[0].path.startswith("attachment:part")


def test_multipart_alternative_keeps_both_and_defects_recorded() -> None:
    raw = (
        b"Subject: s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n"
        b"--XX\r\nContent-Type: text/plain\r\n\r\nfirst part\r\n"
        b"--XX\r\nContent-Type: text/plain\r\n\r\nsecond part, no closing boundary\r\n"
    )
    result = extract(raw)
    assert seg(result, "body") == "first part"
    assert seg(result, "body#2") == "second part, no closing boundary"
    assert "CloseBoundaryNotFoundDefect" in result.defects


def test_missing_boundary_and_garbage_headers() -> None:
    raw = b"Content-Type: multipart/mixed\r\nSubject: =?x?q?\r\n\x00\x01: odd\r\n\r\nbody text"
    result = extract(raw)
    assert any("Boundary" in d for d in result.defects)


def test_encrypted_smime_and_pgp_are_reported() -> None:
    raw = (
        b"Subject: s\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=smime.p7m\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nMIAGCSqGSIb3DQEHA6CAMIACAQAx\r\n"
    )
    result = extract(raw)
    assert [a.status for a in result.attachments] == [AttachmentStatus.ENCRYPTED]
    pgp = mail("b", attachments=[("msg.asc.pgp", "application/octet-stream", b"\x85\x01\x0c\x03")])
    assert extract(pgp).attachments[0].status == AttachmentStatus.ENCRYPTED


def test_text_budget_truncates() -> None:
    from gateway.extract import ExtractLimits

    result = extract(mail("x" * 5000, subject="short"), ExtractLimits(max_text_chars=1000))
    assert result.truncated
    assert sum(len(s.text) for s in result.segments) == 1000


def test_non_bytes_input_is_extract_error() -> None:
    from gateway.extract import ExtractError

    with pytest.raises(ExtractError):
        extract("not bytes")  # type: ignore[arg-type]


def test_deep_mime_nesting_is_bounded() -> None:
    depth = 200
    head = b"Subject: deep\r\nMIME-Version: 1.0\r\n"
    body = b""
    for i in range(depth):
        body += b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i)
    body += b"Content-Type: text/plain\r\n\r\ninnermost\r\n"
    for i in reversed(range(depth)):
        body += b"--b%d--\r\n" % i
    try:
        result = extract(head + body)
    except Exception as exc:  # only ExtractError is acceptable
        from gateway.extract import ExtractError

        assert isinstance(exc, ExtractError)
    else:
        assert result.truncated or any(s.text == "innermost" for s in result.segments)


@pytest.mark.parametrize(
    "markup",
    [
        "<!--" * 50_000,  # html.parser is quadratic on this one (minutes)
        "<" * 200_000,
        "<a " * 50_000,
        "<a b='" + "x" * 200_000,
        "</" * 100_000,
        "<script>" + "</scrip" * 30_000,
        "<td>x</td>" * 30_000,
    ],
    ids=["comments", "lt", "attrs", "quote", "close", "script", "cells"],
)
def test_hostile_html_is_linear(markup: str) -> None:
    import time

    from gateway.extract.htmltext import html_to_text

    start = time.perf_counter()
    html_to_text(markup)
    assert time.perf_counter() - start < 3.0


@pytest.mark.parametrize(
    "raw",
    [
        b"To: " + b"(" * 100_000 + b"\r\n\r\nbody",  # getaddresses recurses per "("
        b"X-A: b\r\n" * 20_000 + b"\r\nbody",  # 20 000 same-name headers: part names stay linear
        b"To: " + b"<" * 50_000 + b"\r\n\r\nbody",
    ],
    ids=["nested-comments", "same-name-headers", "angles"],
)
def test_hostile_headers_do_not_raise(raw: bytes) -> None:
    import time

    start = time.perf_counter()
    result = extract(raw)
    assert time.perf_counter() - start < 5.0
    assert result.segments[-1].part == "body"


def _cp1258(text: str) -> bytes:
    """``text`` as windows-1258 writes Vietnamese: a precomposed base letter where the code page
    has one, the tone mark as a separate combining character."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        base, *marks = unicodedata.normalize("NFD", ch)
        for order in itertools.permutations(marks):
            for k in range(len(order), -1, -1):
                try:
                    head = unicodedata.normalize("NFC", base + "".join(order[:k]))
                    out += (head + "".join(order[k:])).encode("cp1258")
                except UnicodeEncodeError:
                    continue
                break
            else:
                continue
            break
        else:
            raise AssertionError(ch)
    return out


def test_combining_marks_are_composed() -> None:
    """windows-1258 Vietnamese decodes to a base letter plus combining tone marks; every segment
    is NFC, so lexicon phrases and patterns (which hold the precomposed letters) match it."""
    text = "Anh ấy đã được phẫu thuật cắt ruột thừa sáng nay."
    payload = _cp1258(text)
    assert payload.decode("cp1258") != text  # the code page really splits the marks off
    subject = "=?windows-1258?B?" + base64.b64encode(_cp1258("Phẫu thuật")).decode() + "?="
    ctype = "text/plain; charset=windows-1258"
    result = extract(raw_mail(f"Subject: {subject}\r\n", payload, ctype))
    assert seg(result, "body") == text
    assert seg(result, "subject") == "Phẫu thuật"
