"""Parse or raise a known error: any bytes, and byte-level mutations of a rich valid message."""

from __future__ import annotations

import gzip
import json

from extract_builders import docx, mail, pdf, xlsx, zip_of
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gateway.extract import ExtractError, Extraction, ExtractLimits, extract

SMALL = ExtractLimits(max_text_chars=200_000, max_part_bytes=2_000_000, max_total_bytes=5_000_000)

SEED = mail(
    "Body about Ola Testperson, MRN 44120.",
    subject="=?utf-8?q?Lab_r=C3=A9sultat?=",
    html="<table><tr><td>Ola</td><td>44120</td></tr></table><img alt='chart'>",
    attachments=[
        ("a.csv", "text/csv", b"name,mrn\nOla,44120\n"),
        ("b.pdf", "application/pdf", pdf([["PDF text Ola"]])),
        ("c.docx", "application/octet-stream", docx(["Docx Ola"], table=[["x", "y"]])),
        (
            "d.zip",
            "application/zip",
            zip_of([("in.txt", b"zipped"), ("in.hl7", b"MSH|^~\\&|A\rPID|1||M1")]),
        ),
        ("e.json", "application/json", json.dumps({"resourceType": "Patient", "id": "1"}).encode()),
        ("f.gz", "application/gzip", gzip.compress(b"gz text")),
        ("g.ics", "text/calendar", b"BEGIN:VCALENDAR\r\nSUMMARY:x\r\nEND:VCALENDAR\r\n"),
    ],
)
SEED_XLSX = mail(
    "xlsx", attachments=[("s.xlsx", "application/octet-stream", xlsx({"S": [["a", 1]]}))]
)


def check(raw: bytes) -> None:
    """The contract is "Extraction or ExtractError"; these inputs are merely malformed mail, so
    anything but the structural-depth refusal counts as a bug in the extractor itself."""
    try:
        result = extract(raw, SMALL)
    except ExtractError as exc:
        assert "nested too deeply" in str(exc), str(exc)
        return
    assert isinstance(result, Extraction)
    assert sum(len(s.text) for s in result.segments) <= SMALL.max_text_chars
    for segment in result.segments:
        assert segment.source in ("subject", "header", "body", "attachment")
    for attachment in result.attachments:
        assert len(attachment.detail) < 120


@given(st.binary(max_size=4096))
@settings(database=None, max_examples=300, deadline=None)
def test_any_bytes(raw: bytes) -> None:
    check(raw)


MIME_TOKENS = st.sampled_from(
    [
        b"\r\n",
        b"\n",
        b"--",
        b"Content-Type: multipart/mixed; boundary=x\r\n",
        b"--x\r\n",
        b"--x--",
        b"Content-Transfer-Encoding: base64\r\n",
        b"Content-Transfer-Encoding: quoted-printable\r\n",
        b"=?utf-8?B?",
        b"?=",
        b"=?x?q?=FF",
        b"Subject: ",
        b"charset=",
        b"utf-16",
        b"PK\x03\x04",
        b"%PDF-",
        b"MSH|^~\\&|",
        b"PID|",
        b'{"resourceType":',
        b"<ClinicalDocument",
        b"\x00",
        b"Content-Disposition: attachment; filename*=utf-8''%E2%82",
        b"message/rfc822\r\n",
        b"\xff\xfe",
        b'name="',
        b"<html><td>",
        b"&#",
        b"\\",
        b":",
    ]
)


@given(st.lists(MIME_TOKENS | st.binary(max_size=16), max_size=60))
@settings(database=None, max_examples=300, deadline=None)
def test_mime_shaped_bytes(chunks: list[bytes]) -> None:
    check(b"".join(chunks))


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 12))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "dup"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=8) | MIME_TOKENS)
        elif op == "delete" and data:
            del data[pos : pos + draw(st.integers(1, 64))]
        elif op == "dup" and data:
            data[pos:pos] = data[pos : pos + draw(st.integers(1, 256))]
    return bytes(data)


@given(mutated(SEED))
@settings(
    database=None, max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
def test_mutated_multipart(raw: bytes) -> None:
    check(raw)


@given(mutated(SEED_XLSX))
@settings(
    database=None, max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
def test_mutated_xlsx_message(raw: bytes) -> None:
    check(raw)


def test_seed_is_rich() -> None:
    result = extract(SEED)
    formats = {s.format for s in result.segments}
    assert {"text", "html", "csv", "pdf", "docx", "fhir", "ics", "hl7v2"} <= formats
    assert len(result.attachments) >= 10
