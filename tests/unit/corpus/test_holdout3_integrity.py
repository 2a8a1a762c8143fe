"""Integrity of the sealed holdout3 set: files, MIME, CRLF, balance, identifiers, attachments.

These checks never run the detector; they only prove the set is well formed and reproducible.
The shared checks live in tests/mailsets/integrity.py; this file holds holdout3's thresholds and
its own attachment classification.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections import Counter
from email.message import EmailMessage
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.mailsets import integrity as mi
from tests.mailsets.attachments import DOCX, XLSX

ROOT = Path(__file__).resolve().parents[3]
HOLDOUT = mi.MailSet(ROOT / "tests" / "holdout3")
LANGS = ("es", "ko", "ru", "tl", "pl", "so", "hi")


def _labels() -> list[mi.Label]:
    return HOLDOUT.labels()


def _parse(name: str) -> EmailMessage:
    return HOLDOUT.parse(name)


_payload = mi.payload


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
    mi.check_labels_match_files(HOLDOUT)


def test_every_message_parses_with_required_headers() -> None:
    mi.check_headers_and_parse(HOLDOUT, "<h3.", mi.text_of)


def test_crlf_line_endings_only() -> None:
    mi.check_crlf_only(HOLDOUT)


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
    mi.check_no_well_known_example_ssn(HOLDOUT, mi.text_of)


def test_identifiers_are_format_valid() -> None:
    seen = mi.valid_identifier_counts(HOLDOUT, mi.text_of, dea=True)
    assert seen["ssn"] >= 3 and seen["npi"] >= 3 and seen["mbi"] >= 2 and seen["dea"] >= 3


def test_builder_is_deterministic(tmp_path: Path) -> None:
    mi.check_rebuild_identical(HOLDOUT, tmp_path)


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
    charsets = mi.charset_counts(HOLDOUT)
    assert {"iso-8859-2", "euc-kr", "windows-1251", "iso-8859-1"} <= set(charsets)
