"""Integrity of the blind holdout114: files, MIME, CRLF, balance, identifiers, determinism.

These checks never run the detector; they only prove the set is well formed and reproducible.
The shared checks live in tests/mailsets/integrity.py; this file holds holdout114's thresholds.
"""

from __future__ import annotations

from pathlib import Path

from tests.mailsets import integrity as mi

ROOT = Path(__file__).resolve().parents[3]
HOLDOUT = mi.MailSet(ROOT / "tests" / "holdout114")
SENDERS = ("CRESTLINE", "GREAT LAKES HEMOPHILIA", "NORVANE")
ORGS = ("crestlineinfusion.com", "greatlakeshtc.org", "norvaneconnect.com")
PERSONAL = frozenset(
    {
        "gmail.com",
        "yahoo.com",
        "hotmail.com",
        "outlook.com",
        "icloud.com",
        "aol.com",
        "naver.com",
        "comcast.net",
    }
)


def test_labels_schema_and_files_match() -> None:
    mi.check_labels_match_files(HOLDOUT)


def test_every_message_parses_with_required_headers() -> None:
    mi.check_headers_and_parse(HOLDOUT, "<h114.", mi.text_of)


def test_crlf_line_endings_only() -> None:
    mi.check_crlf_only(HOLDOUT)


def test_counts_balance_and_hard_cases() -> None:
    labels = HOLDOUT.labels()
    assert len(labels) == 120
    assert sum(e["phi"] for e in labels) == 60
    mi.check_balance_and_hard_cases(labels, min_hard=60, min_hard_each_way=25, min_categories=100)


def test_languages() -> None:
    mi.check_languages_exact(HOLDOUT.labels(), {"es": 2, "vi": 2, "ko": 2, "ar": 2})


def test_no_well_known_example_ssn() -> None:
    mi.check_no_well_known_example_ssn(HOLDOUT, mi.text_of)


def test_identifiers_are_format_valid() -> None:
    seen = mi.valid_identifier_counts(HOLDOUT, mi.text_of, dea=True)
    assert seen["ssn"] >= 2 and seen["npi"] >= 4 and seen["mbi"] >= 1 and seen["dea"] >= 1


def test_builder_is_deterministic(tmp_path: Path) -> None:
    mi.check_rebuild_identical(HOLDOUT, tmp_path)


def test_attachment_kinds_present_and_open() -> None:
    kinds = mi.attachments_open(HOLDOUT, SENDERS)
    for kind in ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"):
        assert kinds[kind] >= 3, (kind, kinds)
    for kind in ("hl7", "fhir", "x12", "png", "txt"):
        assert kinds[kind] >= 2, (kind, kinds)
    assert kinds["ccda"] >= 1, kinds
    assert kinds["zip_encrypted"] == 1, kinds
    assert kinds["xlsx_multisheet"] >= 5


def test_html_only_messages_present() -> None:
    mi.check_html_only_messages(HOLDOUT, minimum=5)


def test_charsets_decode() -> None:
    charsets = mi.charset_counts(HOLDOUT)
    declared = {"utf-8", "iso-8859-1", "windows-1258", "euc-kr", "windows-1256"}
    assert declared <= set(charsets), charsets


def test_three_senders_and_personal_recipients() -> None:
    mi.check_senders_and_personal_recipients(HOLDOUT, ORGS, PERSONAL)
