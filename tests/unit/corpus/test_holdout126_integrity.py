"""Integrity of the blind holdout126 set: files, MIME, CRLF, balance, identifiers, determinism.

These checks never run the detector; they only prove the set is well formed and reproducible.
The shared checks live in tests/mailsets/integrity.py.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.mailsets import integrity as mi

ROOT = Path(__file__).resolve().parents[3]
SET = mi.MailSet(ROOT / "tests" / "holdout126")
MSGID_PREFIX = "<h126."
SENDERS = ("HARBORVIEW", "BRIGHTPATH", "MERIDIAN")
ORGS = ("harborviewcmhc.org", "brightpathschooltherapy.org", "meridianpsychrecords.com")
PERSONAL = frozenset(
    {
        "gmail.com",
        "yahoo.com",
        "hotmail.com",
        "outlook.com",
        "icloud.com",
        "aol.com",
        "mail.ru",
        "comcast.net",
    }
)
LANGUAGES = {"es": 2, "so": 2, "ru": 2, "fa": 2}
IDENTIFIERS = {"ssn": 2, "npi": 4, "mbi": 1, "dea": 1}
KINDS = {
    3: ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"),
    2: ("hl7", "fhir", "x12", "png", "txt"),
    1: ("ccda",),
}
CHARSETS = ("utf-8", "iso-8859-1", "koi8-r", "windows-1256")


def test_labels_schema_and_files_match() -> None:
    mi.check_labels_match_files(SET)


def test_every_message_parses_with_required_headers() -> None:
    mi.check_headers_and_parse(SET, MSGID_PREFIX, mi.text_of)


def test_crlf_line_endings_only() -> None:
    mi.check_crlf_only(SET)


def test_counts_balance_and_hard_cases() -> None:
    labels = SET.labels()
    assert len(labels) == 120
    assert sum(e["phi"] for e in labels) == 60
    mi.check_balance_and_hard_cases(labels, min_hard=60, min_hard_each_way=25, min_categories=100)


def test_languages() -> None:
    mi.check_languages_exact(SET.labels(), LANGUAGES)


def test_no_well_known_example_ssn() -> None:
    mi.check_no_well_known_example_ssn(SET, mi.text_of)


def test_identifiers_are_format_valid() -> None:
    seen = mi.valid_identifier_counts(SET, mi.text_of, dea=True)
    for kind, minimum in IDENTIFIERS.items():
        assert seen[kind] >= minimum, (kind, seen)


def test_builder_is_deterministic(tmp_path: Path) -> None:
    mi.check_rebuild_identical(SET, tmp_path)


def test_attachment_kinds_present_and_open() -> None:
    kinds = mi.attachments_open(SET, SENDERS)
    for minimum, names in KINDS.items():
        for kind in names:
            assert kinds[kind] >= minimum, (kind, kinds)
    assert kinds["zip_encrypted"] == 1, kinds
    assert kinds["xlsx_multisheet"] >= 5, kinds


def test_html_only_messages_present() -> None:
    mi.check_html_only_messages(SET, minimum=5)


def test_charsets_decode() -> None:
    charsets = mi.charset_counts(SET)
    assert set(CHARSETS) <= set(charsets), charsets


def test_three_senders_and_personal_recipients() -> None:
    mi.check_senders_and_personal_recipients(SET, ORGS, PERSONAL)


def test_each_org_sends_both_labels() -> None:
    """Every organisation writes PHI and non-PHI mail, so the sender never predicts the label."""
    by_org = Counter[tuple[str, bool]]()
    for entry, msg in SET.messages():
        by_org[(msg["From"].addresses[0].domain, entry["phi"])] += 1
    for org in ORGS:
        assert by_org[(org, True)] >= 15 and by_org[(org, False)] >= 15, (org, by_org)
