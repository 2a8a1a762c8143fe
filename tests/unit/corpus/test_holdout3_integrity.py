"""Integrity of the sealed holdout3 set: files, MIME, CRLF, balance, identifiers, attachments.

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
from xml.etree import ElementTree

import pytest

ROOT = Path(__file__).resolve().parents[3]
HOLDOUT = ROOT / "tests" / "holdout3"
BUILDER = HOLDOUT / "build.py"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
LANGS = ("es", "ko", "ru", "tl", "pl", "so", "hi")

SSN_RE = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
NPI_RE = re.compile(r"\bNPI:?\s*(\d{10})\b")
MBI_RE = re.compile(r"\bMBI:?\s*([0-9A-Z]{4}-?[0-9A-Z]{3}-?[0-9A-Z]{4})\b")
MBI_FORMAT = re.compile(
    r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]"
    r"[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]"
    r"[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y][0-9][0-9]"
)
DEA_RE = re.compile(r"\b([ABFGMPR][A-Z])(\d{7})\b")


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


def _text_of(msg: EmailMessage) -> str:
    """All human-readable text: headers, text parts, nested messages and OOXML/zip members."""
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


def _dea_ok(digits: str) -> bool:
    d = [int(c) for c in digits]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def _attachment_kind(part: EmailMessage) -> str | None:
    ctype = part.get_content_type()
    name = (part.get_filename() or "").lower()
    if ctype == "message/rfc822":
        return "rfc822"
    if ctype == "text/calendar":
        return "ics"
    if not name:
        return None
    data = _payload(part)
    if name.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            encrypted = any(info.flag_bits & 0x1 for info in z.infolist())
        return "zip_encrypted" if encrypted else "zip"
    if name.endswith(".json"):
        return "fhir_json" if '"resourceType"' in data.decode("utf-8") else "json"
    if name.endswith(".xml"):
        return "ccda" if b"urn:hl7-org:v3" in data else "xml"
    if name.endswith(".txt") and data.startswith(b"MSH|"):
        return "hl7"
    suffix = name.rsplit(".", 1)[-1]
    return {
        "hl7": "hl7",
        "csv": "csv",
        "pdf": "pdf",
        "docx": "docx",
        "xlsx": "xlsx",
        "txt": "txt",
        "png": "png",
    }.get(suffix, suffix)


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
        assert msg["Message-ID"].startswith("<h3."), entry["file"]
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
    assert len(labels) == 150
    assert 0.45 <= phi / len(labels) <= 0.55
    hard = [e for e in labels if re.match(r"(\[lang=\w+\] )?Hard (positive|negative):", e["notes"])]
    assert len(hard) >= 55
    assert any(e["phi"] for e in hard) and any(not e["phi"] for e in hard)
    for e in hard:
        assert ("Hard positive" in e["notes"]) == e["phi"], e["file"]
    assert len(Counter(e["category"] for e in labels)) >= 25


def test_languages_each_have_several_messages_both_ways() -> None:
    per_lang = Counter[str]()
    phi_lang = Counter[str]()
    for e in _labels():
        m = re.match(r"\[lang=([a-z-]+)\] ", e["notes"])
        if m:
            per_lang[m.group(1)] += 1
            phi_lang[m.group(1)] += e["phi"]
    for lang in LANGS:
        assert per_lang[lang] >= 3, lang
    assert sum(phi_lang.values()) >= 10
    assert sum(per_lang.values()) - sum(phi_lang.values()) >= 7


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
        for _, digits in DEA_RE.findall(text):
            assert _dea_ok(digits), (entry["file"], "DEA check digit")
            seen["dea"] += 1
    assert seen["ssn"] >= 3 and seen["npi"] >= 3 and seen["mbi"] >= 2 and seen["dea"] >= 3


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


def test_every_attachment_type_appears_several_times() -> None:
    kinds = Counter[str]()
    for entry in _labels():
        for part in _parse(entry["file"]).walk():
            if part.is_multipart() and part.get_content_type() != "message/rfc822":
                continue
            kind = _attachment_kind(part)
            if kind is not None:
                kinds[kind] += 1
    for kind in (
        "csv",
        "pdf",
        "docx",
        "xlsx",
        "zip",
        "rfc822",
        "ics",
        "hl7",
        "fhir_json",
        "ccda",
        "txt",
        "png",
    ):
        assert kinds[kind] >= 3, (kind, kinds)
    assert kinds["zip_encrypted"] >= 1


def test_office_and_archive_attachments_open() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    pypdf = pytest.importorskip("pypdf")
    found = Counter[str]()
    for entry in _labels():
        for part in _parse(entry["file"]).walk():
            ctype = part.get_content_type()
            if ctype == XLSX:
                rows = list(openpyxl.load_workbook(io.BytesIO(_payload(part))).active.iter_rows())
                assert len(rows) >= 2, entry["file"]
                found["xlsx"] += 1
            elif ctype == DOCX:
                with zipfile.ZipFile(io.BytesIO(_payload(part))) as z:
                    doc = z.read("word/document.xml")
                ElementTree.fromstring(doc)
                assert doc.count(b"<w:p>") >= 3, entry["file"]
                found["docx"] += 1
            elif ctype == "application/pdf":
                text = pypdf.PdfReader(io.BytesIO(_payload(part))).pages[0].extract_text()
                assert "BRIGHTWATER" in text, entry["file"]
                found["pdf"] += 1
            elif ctype == "application/zip":
                with zipfile.ZipFile(io.BytesIO(_payload(part))) as z:
                    infos = z.infolist()
                    assert infos, entry["file"]
                    if not any(i.flag_bits & 0x1 for i in infos):
                        assert z.testzip() is None, entry["file"]
                found["zip"] += 1
            elif ctype in {"application/json", "application/fhir+json"}:
                assert "resourceType" in json.loads(_payload(part)), entry["file"]
                found["json"] += 1
            elif ctype in {"application/xml", "text/xml"}:
                ElementTree.fromstring(_payload(part))
                found["xml"] += 1
            elif ctype == "image/png":
                assert _payload(part).startswith(b"\x89PNG\r\n\x1a\n"), entry["file"]
                found["png"] += 1
            elif ctype == "text/calendar":
                ics = part.get_content()
                assert ics.startswith("BEGIN:VCALENDAR") and "END:VEVENT" in ics, entry["file"]
                found["ics"] += 1
            elif ctype == "application/hl7-v2":
                assert _payload(part).startswith(b"MSH|^~\\&|"), entry["file"]
                found["hl7"] += 1
    assert min(found.values()) >= 3 and len(found) == 9, found


def test_legacy_charsets_decode() -> None:
    charsets = Counter[str]()
    for entry in _labels():
        for part in _parse(entry["file"]).walk():
            if part.get_content_maintype() == "text" and part.get_content_charset():
                charsets[part.get_content_charset() or ""] += 1
                part.get_content()  # must not raise
    assert {"iso-8859-2", "euc-kr", "windows-1251", "iso-8859-1"} <= set(charsets)
