"""Integrity of the sealed blind set tests/holdout123 (NICU family support office, donor milk bank,
early intervention programme). Never runs the detector."""

from __future__ import annotations

from pathlib import Path

from tests.mailsets.integrity import (
    MailSet,
    attachments_open,
    charset_counts,
    check_balance_and_hard_cases,
    check_crlf_only,
    check_headers_and_parse,
    check_html_only_messages,
    check_labels_match_files,
    check_languages_exact,
    check_no_well_known_example_ssn,
    check_rebuild_identical,
    check_senders_and_personal_recipients,
    text_of,
    valid_identifier_counts,
)

SET = MailSet(Path(__file__).resolve().parents[2] / "holdout123")
SENDERS = ("LANTERNBROOK", "ROSEWATER", "THISTLE VALLEY")
ORGS = ("lanternbrookchildrens.org", "rosewatermilkbank.org", "thistlevalleyei.org")
PERSONAL = frozenset(
    {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"}
)
LANGUAGES = {"es": 2, "ht": 2, "ko": 2, "fr": 2}
CHARSETS = ("utf-8", "iso-8859-1", "euc-kr")


def test_labels_match_files() -> None:
    check_labels_match_files(SET)
    assert len(SET.labels()) == 120


def test_headers_and_parse() -> None:
    check_headers_and_parse(SET, "<h123.", text_of)


def test_crlf_only() -> None:
    check_crlf_only(SET)


def test_exact_balance_hard_cases_and_categories() -> None:
    labels = SET.labels()
    assert sum(e["phi"] for e in labels) == 60
    check_balance_and_hard_cases(labels, min_hard=60, min_hard_each_way=25, min_categories=100)


def test_languages() -> None:
    check_languages_exact(SET.labels(), LANGUAGES)


def test_no_well_known_example_ssn() -> None:
    check_no_well_known_example_ssn(SET, text_of)


def test_identifiers_valid() -> None:
    seen = valid_identifier_counts(SET, text_of, dea=True)
    assert seen["ssn"] >= 2 and seen["npi"] >= 4 and seen["mbi"] >= 1 and seen["dea"] >= 1, seen


def test_attachments_open_and_cover_kinds() -> None:
    kinds = attachments_open(SET, SENDERS)
    for kind in ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics"):
        assert kinds[kind] >= 3, (kind, kinds)
    for kind in ("hl7", "fhir", "x12", "png", "txt"):
        assert kinds[kind] >= 2, (kind, kinds)
    assert kinds["ccda"] >= 1, kinds
    assert kinds["xlsx_multisheet"] >= 5, kinds
    assert kinds["zip_encrypted"] == 1, kinds


def test_html_only_messages() -> None:
    check_html_only_messages(SET, 5)


def test_charsets() -> None:
    charsets = charset_counts(SET)
    for charset in CHARSETS:
        assert charsets[charset] >= 1, (charset, charsets)


def test_senders_and_personal_recipients() -> None:
    check_senders_and_personal_recipients(SET, ORGS, PERSONAL)


def test_rebuild_identical(tmp_path: Path) -> None:
    check_rebuild_identical(SET, tmp_path)
