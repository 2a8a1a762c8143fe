"""Integrity of the devset3 development set: files, MIME, CRLF, balance, identifiers, determinism.

These checks never run the detector; they only prove the set is well formed and reproducible.
The shared checks live in tests/mailsets/integrity.py; this file holds devset3's thresholds.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from tests.mailsets import integrity as mi

ROOT = Path(__file__).resolve().parents[3]
DEVSET = mi.MailSet(ROOT / "tests" / "devset3")


def test_labels_schema_and_files_match() -> None:
    mi.check_labels_match_files(DEVSET)


def test_every_message_parses_with_required_headers() -> None:
    mi.check_headers_and_parse(DEVSET, "<d3.", mi.text_of)


def test_crlf_line_endings_only() -> None:
    mi.check_crlf_only(DEVSET)


def test_counts_balance_and_hard_cases() -> None:
    labels = DEVSET.labels()
    assert len(labels) >= 170
    mi.check_balance_and_hard_cases(labels, min_hard=60, min_hard_each_way=20, min_categories=40)


def test_languages() -> None:
    langs = mi.language_counts(DEVSET.labels())
    for lang in ("es", "vi", "zh", "ar", "fr", "ht", "pt"):
        assert langs[(lang, True)] >= 1, lang
    assert sum(n for (_, phi), n in langs.items() if not phi) >= 5


def test_no_well_known_example_ssn() -> None:
    mi.check_no_well_known_example_ssn(DEVSET, mi.text_of)


def test_identifiers_are_format_valid() -> None:
    seen = mi.valid_identifier_counts(DEVSET, mi.text_of)
    assert seen["ssn"] >= 3 and seen["npi"] >= 3 and seen["mbi"] >= 2


def test_builder_is_deterministic(tmp_path: Path) -> None:
    mi.check_rebuild_identical(DEVSET, tmp_path)


def test_attachment_kinds_present_and_open() -> None:
    kinds = mi.attachments_open(DEVSET, ("CEDAR HOLLOW",))
    for kind in ("csv", "pdf", "docx", "xlsx", "zip", "rfc822", "ics", "hl7", "fhir", "txt"):
        assert kinds[kind] >= 3, (kind, kinds)
    assert kinds["png"] >= 2 and kinds["zip_encrypted"] >= 2 and kinds["ccda"] >= 3


def test_html_only_messages_present() -> None:
    mi.check_html_only_messages(DEVSET, minimum=4)


def test_encrypted_zips_open_only_with_password() -> None:
    passwords = [b"Cedar-Wk48!", b"netops-4471", b"Hollow#Dec26"]
    opened = 0
    for _, msg in DEVSET.messages():
        for part in msg.walk():
            if mi.attachment_kind(part) != "zip_encrypted":
                continue
            with zipfile.ZipFile(io.BytesIO(mi.payload(part))) as z:
                name = z.namelist()[0]
                with pytest.raises(RuntimeError):
                    z.read(name)
                for pwd in passwords:
                    try:
                        z.read(name, pwd=pwd)
                    except (RuntimeError, zipfile.BadZipFile):
                        continue
                    opened += 1
                    break
    assert opened >= 2


def test_charsets_decode() -> None:
    charsets = mi.charset_counts(DEVSET)
    assert "utf-8" in charsets and len(charsets) >= 3
