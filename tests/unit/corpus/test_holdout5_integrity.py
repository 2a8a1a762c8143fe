"""Integrity of the sealed holdout5 set: files, MIME, CRLF, balance, identifiers, determinism.

These checks never run the detector; they only prove the set is well formed and reproducible.
The shared checks live in tests/mailsets/integrity.py; this file holds holdout5's thresholds.
"""

from __future__ import annotations

from pathlib import Path

from tests.mailsets import integrity as mi

ROOT = Path(__file__).resolve().parents[3]
HOLDOUT = mi.MailSet(ROOT / "tests" / "holdout5")
SENDERS = (
    "HARBORVIEW COMMUNITY HEALTH CENTER",
    "SUMMIT IMAGING ASSOCIATES",
    "CLEARFLOW KIDNEY CARE",
    "LINGUALINK",
    "VIEWPOINT PACS",
)
ORGS = ("harborviewchc.org", "summitimaging.com", "clearflowkidney.com")
PERSONAL = frozenset({"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com"})


def test_labels_schema_and_files_match() -> None:
    mi.check_labels_match_files(HOLDOUT)


def test_every_message_parses_with_required_headers() -> None:
    mi.check_headers_and_parse(HOLDOUT, "<h5.", mi.text_of)


def test_crlf_line_endings_only() -> None:
    mi.check_crlf_only(HOLDOUT)


def test_counts_balance_and_hard_cases() -> None:
    labels = HOLDOUT.labels()
    assert len(labels) == 140
    mi.check_balance_and_hard_cases(labels, min_hard=55, min_hard_each_way=20, min_categories=60)


def test_languages() -> None:
    mi.check_languages_exact(
        HOLDOUT.labels(), {"prs": 3, "ps": 2, "sw": 2, "my": 2, "ht": 3, "es": 3}
    )


def test_no_well_known_example_ssn() -> None:
    mi.check_no_well_known_example_ssn(HOLDOUT, mi.text_of)


def test_identifiers_are_format_valid() -> None:
    seen = mi.valid_identifier_counts(HOLDOUT, mi.text_of)
    assert seen["ssn"] >= 2 and seen["npi"] >= 3 and seen["mbi"] >= 1


def test_builder_is_deterministic(tmp_path: Path) -> None:
    mi.check_rebuild_identical(HOLDOUT, tmp_path)


def test_attachment_kinds_present_and_open() -> None:
    kinds = mi.attachments_open(HOLDOUT, SENDERS)
    for kind in ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics", "hl7", "fhir", "txt", "png"):
        assert kinds[kind] >= 3, (kind, kinds)
    assert kinds["x12"] >= 2, kinds
    assert kinds["zip_encrypted"] == 1, kinds
    assert kinds["xlsx_multisheet"] >= 4


def test_html_only_messages_present() -> None:
    mi.check_html_only_messages(HOLDOUT, minimum=4)


def test_charsets_decode() -> None:
    charsets = mi.charset_counts(HOLDOUT)
    assert {"utf-8", "iso-8859-1", "windows-1256"} <= set(charsets)


def test_three_senders_and_personal_recipients() -> None:
    mi.check_senders_and_personal_recipients(HOLDOUT, ORGS, PERSONAL)
