"""Integrity of the sealed holdout6 set: files, MIME, CRLF, balance, identifiers, determinism.

These checks never run the detector; they only prove the set is well formed and reproducible.
The shared checks live in tests/mailsets/integrity.py; this file holds holdout6's thresholds.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.mailsets import integrity as mi

ROOT = Path(__file__).resolve().parents[3]
HOLDOUT = mi.MailSet(ROOT / "tests" / "holdout6")
SENDERS = (
    "NORTHGATE URGENT CARE",
    "WILLOW CREEK WOMEN'S HEALTH",
    "METRO COUNTY EMS",
    "PINNACLE REFERENCE LABORATORY",
)
ORGS = ("northgateuc.com", "willowcreekwh.org", "metrocountyems.gov", "pinnaclereflab.com")
PERSONAL = frozenset(
    {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "mail.com", "163.com"}
)


def test_labels_schema_and_files_match() -> None:
    mi.check_labels_match_files(HOLDOUT)


def test_every_message_parses_with_required_headers() -> None:
    mi.check_headers_and_parse(HOLDOUT, "<h6.", mi.text_of)


def test_crlf_line_endings_only() -> None:
    mi.check_crlf_only(HOLDOUT)


def test_counts_balance_and_hard_cases() -> None:
    labels = HOLDOUT.labels()
    assert len(labels) == 140
    mi.check_balance_and_hard_cases(labels, min_hard=80, min_hard_each_way=28, min_categories=120)


def test_forwarded_messages_are_complete() -> None:
    """Each message/rfc822 part is a whole message (From, Subject, Date, a text body)."""
    forwards = 0
    for entry, msg in HOLDOUT.messages():
        for part in msg.walk():
            if part.get_content_type() != "message/rfc822":
                continue
            inner = part.get_content()
            forwards += 1
            for header in ("From", "Subject", "Date", "Message-ID"):
                assert inner[header], (entry["file"], header)
            body = inner.get_body(preferencelist=("plain",))
            assert body is not None and body.get_content().strip(), entry["file"]
    assert forwards >= 3


def test_languages() -> None:
    mi.check_languages_exact(HOLDOUT.labels(), {"es": 3, "vi": 2, "tl": 2, "ru": 2, "zh": 2})


def test_no_well_known_example_ssn() -> None:
    mi.check_no_well_known_example_ssn(HOLDOUT, mi.text_of)


def test_identifiers_are_format_valid() -> None:
    seen = mi.valid_identifier_counts(HOLDOUT, mi.text_of, dea=True)
    assert seen["ssn"] >= 2 and seen["npi"] >= 6, seen
    assert seen["mbi"] >= 1 and seen["dea"] >= 3, seen


def test_builder_is_deterministic(tmp_path: Path) -> None:
    mi.check_rebuild_identical(HOLDOUT, tmp_path)


def test_attachment_kinds_present_and_open() -> None:
    kinds = mi.attachments_open(HOLDOUT, SENDERS)
    for kind in ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics", "hl7", "fhir", "png"):
        assert kinds[kind] >= 3, (kind, kinds)
    for kind in ("x12", "ccda", "rtf", "txt"):
        assert kinds[kind] >= 2, (kind, kinds)
    assert kinds["zip_encrypted"] == 1, kinds
    assert kinds["xlsx_multisheet"] >= 4, kinds


def test_html_only_messages_present() -> None:
    mi.check_html_only_messages(HOLDOUT, minimum=5)


def test_charsets_decode() -> None:
    charsets = mi.charset_counts(HOLDOUT)
    assert {"utf-8", "iso-8859-1", "koi8-r", "gb2312"} <= set(charsets), charsets


def test_four_senders_and_personal_recipients() -> None:
    mi.check_senders_and_personal_recipients(HOLDOUT, ORGS, PERSONAL)


def test_sender_balance_each_way() -> None:
    """Every sender organisation writes both PHI and non-PHI mail, at least 12 of each."""
    per_org = Counter[tuple[str, bool]]()
    for entry, msg in HOLDOUT.messages():
        per_org[(msg["From"].addresses[0].domain, entry["phi"])] += 1
    for org in ORGS:
        assert per_org[(org, True)] >= 12 and per_org[(org, False)] >= 12, (org, per_org)
