"""Integrity of the blind holdout124: files, MIME, CRLF, balance, identifiers, determinism.

These checks never run the detector; they only prove the set is well formed and reproducible.
The shared checks live in tests/mailsets/integrity.py.
"""

from __future__ import annotations

from pathlib import Path

from tests.mailsets import integrity as mi

ROOT = Path(__file__).resolve().parents[3]
MAILSET = mi.MailSet(ROOT / "tests" / "holdout124")
MSGID_PREFIX = "<h124."
SENDERS = ("QUICKSTEP", "MERIDIAN TRAVEL", "WORKWELL")
ORGS = ("quickstepurgentcare.com", "meridiantravelhealth.com", "workwellocc.com")
PERSONAL = frozenset(
    ("gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "comcast.net")
)
LANGUAGES = {"es": 2, "ja": 2, "de": 2, "hi": 2}
IDENTIFIERS = {"ssn": 2, "npi": 4, "mbi": 1, "dea": 1}
KINDS = {
    3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
    2: ("hl7", "fhir", "x12", "png", "txt"),
    1: ("ccda",),
}
CHARSETS = ("utf-8", "iso-8859-1", "iso-2022-jp")


def test_labels_schema_and_files_match() -> None:
    mi.check_labels_match_files(MAILSET)


def test_every_message_parses_with_required_headers() -> None:
    mi.check_headers_and_parse(MAILSET, MSGID_PREFIX, mi.text_of)


def test_crlf_line_endings_only() -> None:
    mi.check_crlf_only(MAILSET)


def test_counts_balance_and_hard_cases() -> None:
    labels = MAILSET.labels()
    assert len(labels) == 120
    assert sum(e["phi"] for e in labels) == 60
    mi.check_balance_and_hard_cases(labels, min_hard=60, min_hard_each_way=25, min_categories=100)


def test_languages() -> None:
    mi.check_languages_exact(MAILSET.labels(), LANGUAGES)


def test_no_well_known_example_ssn() -> None:
    mi.check_no_well_known_example_ssn(MAILSET, mi.text_of)


def test_identifiers_are_format_valid() -> None:
    seen = mi.valid_identifier_counts(MAILSET, mi.text_of, dea=True)
    for kind, minimum in IDENTIFIERS.items():
        assert seen[kind] >= minimum, (kind, seen)


def test_builder_is_deterministic(tmp_path: Path) -> None:
    mi.check_rebuild_identical(MAILSET, tmp_path)


def test_attachment_kinds_present_and_open() -> None:
    kinds = mi.attachments_open(MAILSET, SENDERS)
    for minimum, names in KINDS.items():
        for kind in names:
            assert kinds[kind] >= minimum, (kind, kinds)
    assert kinds["zip_encrypted"] == 1, kinds
    assert kinds["xlsx_multisheet"] >= 5, kinds


def test_html_only_messages_present() -> None:
    mi.check_html_only_messages(MAILSET, minimum=5)


def test_charsets_decode() -> None:
    charsets = mi.charset_counts(MAILSET)
    assert set(CHARSETS) <= set(charsets), charsets


def test_three_senders_and_personal_recipients() -> None:
    mi.check_senders_and_personal_recipients(MAILSET, ORGS, PERSONAL)
