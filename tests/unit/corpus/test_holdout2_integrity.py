"""Integrity of the sealed holdout2 set: files, MIME, CRLF, balance, identifiers, determinism.

These checks never run the detector; they only prove the set is well formed and reproducible.
The shared checks live in tests/mailsets/integrity.py; this file holds holdout2's thresholds.
Its identifier checks read text parts, nested headers and XLSX cells only (no DOCX/JSON/HL7).
"""

from __future__ import annotations

import io
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.mailsets import integrity as mi
from tests.mailsets.attachments import XLSX

ROOT = Path(__file__).resolve().parents[3]
HOLDOUT = mi.MailSet(ROOT / "tests" / "holdout2")


def _text_of(msg: EmailMessage) -> str:
    return mi.text_of(msg, structured=False)


def test_labels_schema_and_files_match() -> None:
    mi.check_labels_match_files(HOLDOUT)


def test_every_message_parses_with_required_headers() -> None:
    mi.check_headers_and_parse(HOLDOUT, None, _text_of)


def test_crlf_line_endings_only() -> None:
    mi.check_crlf_only(HOLDOUT)


def test_counts_and_balance() -> None:
    labels = HOLDOUT.labels()
    phi = sum(entry["phi"] for entry in labels)
    assert len(labels) >= 120
    assert 0.4 <= phi / len(labels) <= 0.6
    foreign = [e for e in labels if e["notes"].startswith("[lang=")]
    assert len(foreign) >= 8
    assert sum(e["phi"] for e in foreign) >= 4
    assert sum(not e["phi"] for e in foreign) >= 4
    negatives = [e for e in labels if not e["phi"]]
    hard = [e for e in negatives if "Hard negative" in e["notes"]]
    assert len(hard) >= len(negatives) // 3
    assert len(Counter(e["category"] for e in labels)) >= 25


def test_no_well_known_example_ssn() -> None:
    mi.check_no_well_known_example_ssn(HOLDOUT, _text_of)


def test_identifiers_are_format_valid() -> None:
    seen = mi.valid_identifier_counts(HOLDOUT, _text_of)
    assert seen["ssn"] >= 3 and seen["npi"] >= 3 and seen["mbi"] >= 2


def test_builder_is_deterministic(tmp_path: Path) -> None:
    mi.check_rebuild_identical(HOLDOUT, tmp_path)


def test_spreadsheet_attachments_open() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    found = 0
    for entry, msg in HOLDOUT.messages():
        for part in msg.walk():
            if part.get_content_type() == XLSX:
                book = openpyxl.load_workbook(io.BytesIO(mi.payload(part)))
                assert len(list(book.active.iter_rows())) >= 2, entry["file"]
                found += 1
    assert found >= 2


def test_pdf_and_rtf_attachments_carry_text() -> None:
    pypdf = pytest.importorskip("pypdf")
    kinds = Counter[str]()
    for entry, msg in HOLDOUT.messages():
        for part in msg.walk():
            if part.get_content_type() == "application/pdf":
                text = pypdf.PdfReader(io.BytesIO(mi.payload(part))).pages[0].extract_text()
                assert "MARLOW VALLEY" in text, entry["file"]
                kinds["pdf"] += 1
            elif part.get_content_type() == "application/rtf":
                assert mi.payload(part).startswith(b"{\\rtf1"), entry["file"]
                kinds["rtf"] += 1
    assert kinds["pdf"] >= 2 and kinds["rtf"] >= 1


def test_legacy_charsets_decode() -> None:
    charsets = mi.charset_counts(HOLDOUT)
    assert {"gb18030", "big5", "koi8-r", "iso-8859-1"} <= set(charsets)
