"""Integrity of the sealed holdout4 set: files, MIME, CRLF, balance, identifiers, determinism.

These checks never run the detector; they only prove the set is well formed and reproducible.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
HOLDOUT = ROOT / "tests" / "holdout4"
BUILDER = HOLDOUT / "build.py"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SENDERS = ("PINE HOLLOW COMMUNITY HOSPITAL", "EVERGREEN HOME HEALTH", "MAIN STREET PHARMACY")

PERSONAL = {
    "gmail.com",
    "yahoo.com",
    "hotmail.com",
    "outlook.com",
    "icloud.com",
    "aol.com",
    "comcast.net",
    "ukr.net",
    "protonmail.com",
}

SSN_RE = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
NPI_RE = re.compile(r"\bNPI:?\s*(\d{10})\b")
MBI_RE = re.compile(r"\bMBI:?\s*([0-9A-Z]{4}-?[0-9A-Z]{3}-?[0-9A-Z]{4})\b")
MBI_FORMAT = re.compile(
    r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]"
    r"[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]"
    r"[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y][0-9][0-9]"
)


def _labels() -> list[dict[str, Any]]:
    data = json.loads((HOLDOUT / "labels.json").read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def _parse(name: str) -> EmailMessage:
    msg = message_from_bytes((HOLDOUT / name).read_bytes(), policy=default)
    assert isinstance(msg, EmailMessage)
    return msg


def _payload(part: EmailMessage) -> bytes:
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload


def _kind(part: EmailMessage) -> str | None:
    """The attachment kind of one MIME part, or None for body parts and containers."""
    ctype = part.get_content_type()
    name = (part.get_filename() or "").lower()
    if ctype == "message/rfc822":
        return "rfc822"
    if not name:
        return "ics" if ctype == "text/calendar" else None
    ext = name.rsplit(".", 1)[-1]
    if ext == "zip":
        with zipfile.ZipFile(io.BytesIO(_payload(part))) as z:
            encrypted = any(info.flag_bits & 1 for info in z.infolist())
        return "zip_encrypted" if encrypted else "zip"
    if ext in {"txt", "x12"} and _payload(part).lstrip().startswith((b"ISA*", b"ST*")):
        return "x12"
    if ext in {"hl7", "json", "xml"} or (ext == "txt" and _payload(part).startswith(b"MSH|")):
        head = _payload(part).lstrip()
        if head.startswith(b"MSH|"):
            return "hl7"
        if head.startswith(b"{") and b"resourceType" in head:
            return "fhir"
        if b"ClinicalDocument" in head:
            return "ccda"
    return {"csv": "csv", "pdf": "pdf", "docx": "docx", "xlsx": "xlsx", "ics": "ics"}.get(
        ext, {"txt": "txt", "png": "png"}.get(ext, ext)
    )


def _text_of(msg: EmailMessage) -> str:
    """All human-readable text: headers, text parts, nested messages, OOXML and zip members."""
    chunks = [str(v) for _, v in msg.items()]
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
        elif ctype in {XLSX, DOCX}:
            with zipfile.ZipFile(io.BytesIO(_payload(part))) as z:
                chunks.extend(z.read(n).decode("utf-8") for n in z.namelist())
        elif ctype in {"application/json", "application/fhir+json", "application/xml"}:
            chunks.append(_payload(part).decode("utf-8"))
        elif ctype == "application/hl7-v2":
            chunks.append(_payload(part).decode("utf-8"))
        elif ctype == "message/rfc822":
            chunks.extend(str(v) for _, v in part.get_content().items())
    return "\n".join(chunks)


def _luhn_npi(npi: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed("80840" + npi)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def test_labels_schema_and_files_match() -> None:
    labels = _labels()
    names = [entry["file"] for entry in labels]
    assert names == [f"{i:04d}.eml" for i in range(1, len(labels) + 1)]
    for entry in labels:
        assert set(entry) == {"file", "phi", "category", "notes"}
        assert isinstance(entry["phi"], bool)
        assert entry["category"] and entry["notes"]
    on_disk = sorted(p.name for p in HOLDOUT.glob("*.eml"))
    assert on_disk == names


def test_every_message_parses_with_required_headers() -> None:
    ids = set()
    for entry in _labels():
        msg = _parse(entry["file"])
        for header in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[header], (entry["file"], header)
        assert msg["Message-ID"].startswith("<h4."), entry["file"]
        assert not msg.defects, (entry["file"], msg.defects)
        for header in ("From", "To"):
            for addr in msg[header].addresses:
                assert "." in addr.domain and "{" not in addr.addr_spec, (entry["file"], header)
        for part in msg.walk():
            assert not part.defects, (entry["file"], part.defects)
        ids.add(msg["Message-ID"])
        assert _text_of(msg).strip()
    assert len(ids) == len(_labels())


def test_crlf_line_endings_only() -> None:
    for entry in _labels():
        raw = (HOLDOUT / entry["file"]).read_bytes()
        assert raw.endswith(b"\r\n"), entry["file"]
        stripped = raw.replace(b"\r\n", b"")
        assert b"\n" not in stripped and b"\r" not in stripped, entry["file"]


def test_counts_balance_and_hard_cases() -> None:
    labels = _labels()
    phi = sum(entry["phi"] for entry in labels)
    assert len(labels) == 140
    assert 0.45 <= phi / len(labels) <= 0.55
    hard = [e for e in labels if e["notes"].startswith(("Hard positive", "Hard negative"))]
    hard += [e for e in labels if re.match(r"\[lang=\w+\] Hard (positive|negative)", e["notes"])]
    assert len(hard) >= 55
    assert sum(e["phi"] for e in hard) >= 20 and sum(not e["phi"] for e in hard) >= 20
    for e in hard:
        assert ("Hard positive" in e["notes"]) == e["phi"], e["file"]
    assert len(Counter(e["category"] for e in labels)) >= 60


def test_languages() -> None:
    langs = Counter[tuple[str, bool]]()
    for e in _labels():
        m = re.match(r"\[lang=(\w+)\]", e["notes"])
        if m:
            langs[(m.group(1), e["phi"])] += 1
    for lang, count in (("es", 3), ("nv", 2), ("mh", 2), ("uk", 2), ("vi", 2), ("ar", 2)):
        assert langs[(lang, True)] >= 1 and langs[(lang, False)] >= 1, lang
        assert langs[(lang, True)] + langs[(lang, False)] == count, lang
    assert set(lang for lang, _ in langs) == {"es", "nv", "mh", "uk", "vi", "ar"}


def test_no_well_known_example_ssn() -> None:
    for entry in _labels():
        raw = (HOLDOUT / entry["file"]).read_bytes()
        assert b"123-45-6789" not in raw and b"123456789" not in raw, entry["file"]
        text = _text_of(_parse(entry["file"]))
        assert "123-45-6789" not in text and "123456789" not in text, entry["file"]


def test_identifiers_are_format_valid() -> None:
    seen = Counter[str]()
    for entry in _labels():
        text = _text_of(_parse(entry["file"]))
        for area, group, serial in SSN_RE.findall(text):
            assert area not in {"000", "666"} and not area.startswith("9"), entry["file"]
            assert group != "00" and serial != "0000", entry["file"]
            seen["ssn"] += 1
        for npi in NPI_RE.findall(text):
            assert _luhn_npi(npi), (entry["file"], "NPI check digit")
            seen["npi"] += 1
        for mbi in MBI_RE.findall(text):
            assert MBI_FORMAT.fullmatch(mbi.replace("-", "")), (entry["file"], "MBI format")
            seen["mbi"] += 1
    assert seen["ssn"] >= 2 and seen["npi"] >= 3 and seen["mbi"] >= 1


def test_builder_is_deterministic(tmp_path: Path) -> None:
    out = tmp_path / "rebuild"
    subprocess.run(
        [sys.executable, str(BUILDER), "--out", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    committed = sorted(p.name for p in HOLDOUT.iterdir() if p.suffix in {".eml", ".json"})
    rebuilt = sorted(p.name for p in out.iterdir())
    assert rebuilt == committed
    for name in committed:
        assert (out / name).read_bytes() == (HOLDOUT / name).read_bytes(), name


def test_attachment_kinds_present_and_open() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    pypdf = pytest.importorskip("pypdf")
    kinds = Counter[str]()
    for entry in _labels():
        for part in _parse(entry["file"]).walk():
            kind = _kind(part)
            if kind is None:
                continue
            kinds[kind] += 1
            if kind == "xlsx":
                book = openpyxl.load_workbook(io.BytesIO(_payload(part)))
                assert len(list(book.active.iter_rows())) >= 2, entry["file"]
                if len(book.sheetnames) > 1:
                    kinds["xlsx_multisheet"] += 1
            elif kind == "pdf":
                text = pypdf.PdfReader(io.BytesIO(_payload(part))).pages[0].extract_text()
                assert any(org in text.upper() for org in SENDERS), entry["file"]
            elif kind == "docx":
                with zipfile.ZipFile(io.BytesIO(_payload(part))) as z:
                    assert b"<w:t" in z.read("word/document.xml"), entry["file"]
            elif kind == "fhir":
                assert "resourceType" in json.loads(_payload(part)), entry["file"]
            elif kind == "png":
                assert _payload(part).startswith(b"\x89PNG\r\n\x1a\n"), entry["file"]
            elif kind == "zip":
                with zipfile.ZipFile(io.BytesIO(_payload(part))) as z:
                    assert z.testzip() is None, entry["file"]
    for kind in ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics", "hl7", "fhir", "txt", "png"):
        assert kinds[kind] >= 3, (kind, kinds)
    assert kinds["xlsx_multisheet"] >= 6
    assert kinds["x12"] >= 3 and kinds["zip_encrypted"] == 1, kinds


def test_html_only_messages_present() -> None:
    html_only = [e for e in _labels() if _parse(e["file"]).get_content_type() == "text/html"]
    assert len(html_only) >= 4
    assert any(e["phi"] for e in html_only) and not all(e["phi"] for e in html_only)


def test_charsets_decode() -> None:
    charsets = Counter[str]()
    for entry in _labels():
        for part in _parse(entry["file"]).walk():
            if part.get_content_maintype() == "text" and part.get_content_charset():
                charsets[part.get_content_charset() or ""] += 1
                part.get_content()  # must not raise
    assert {"utf-8", "iso-8859-1", "koi8-u", "windows-1256"} <= set(charsets)


def test_three_senders_and_personal_recipients() -> None:
    senders = Counter[str]()
    personal = Counter[bool]()
    for entry in _labels():
        msg = _parse(entry["file"])
        domain = msg["From"].addresses[0].domain
        for org in ("pinehollowhospital.org", "evergreenhh.org", "mainstreetrx.com"):
            if domain == org:
                senders[org] += 1
        to_domain = msg["To"].addresses[0].domain
        if to_domain in PERSONAL:
            personal[entry["phi"]] += 1
    assert min(senders.values()) >= 20 and len(senders) == 3, senders
    assert personal[True] >= 10 and personal[False] >= 3, personal
