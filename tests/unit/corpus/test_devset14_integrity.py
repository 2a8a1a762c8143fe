"""Integrity of the blind devset14: files, MIME, CRLF, balance, identifiers, determinism.

These checks never run the detector; they only prove the set is well formed and reproducible.
The shared checks live in tests/mailsets/integrity.py; this file holds devset14's thresholds.
"""

from __future__ import annotations

from pathlib import Path

from tests.mailsets import integrity as mi

ROOT = Path(__file__).resolve().parents[3]
DEVSET = mi.MailSet(ROOT / "tests" / "devset14")
SENDERS = ("SUMMIT SKIN", "LAKESHORE ENT", "CLEARVIEW RETINA")
ORGS = ("summitskin.org", "lakeshoreent.com", "clearvieweye.org")
PERSONAL = frozenset(
    {
        "gmail.com",
        "yahoo.com",
        "hotmail.com",
        "outlook.com",
        "icloud.com",
        "aol.com",
        "mail.ru",
        "163.com",
    }
)


def test_labels_schema_and_files_match() -> None:
    mi.check_labels_match_files(DEVSET)


def test_every_message_parses_with_required_headers() -> None:
    mi.check_headers_and_parse(DEVSET, "<d14.", mi.text_of)


def test_crlf_line_endings_only() -> None:
    mi.check_crlf_only(DEVSET)


def test_counts_balance_and_hard_cases() -> None:
    labels = DEVSET.labels()
    assert len(labels) == 120
    assert sum(e["phi"] for e in labels) == 60
    mi.check_balance_and_hard_cases(labels, min_hard=80, min_hard_each_way=30, min_categories=110)


def test_languages() -> None:
    mi.check_languages_exact(DEVSET.labels(), {"es": 2, "zh": 2, "ru": 2, "vi": 2})


def test_no_well_known_example_ssn() -> None:
    mi.check_no_well_known_example_ssn(DEVSET, mi.text_of)


def test_identifiers_are_format_valid() -> None:
    seen = mi.valid_identifier_counts(DEVSET, mi.text_of, dea=True)
    assert seen["ssn"] >= 2 and seen["npi"] >= 3 and seen["mbi"] >= 1 and seen["dea"] >= 2


def test_builder_is_deterministic(tmp_path: Path) -> None:
    mi.check_rebuild_identical(DEVSET, tmp_path)


def test_attachment_kinds_present_and_open() -> None:
    kinds = mi.attachments_open(DEVSET, SENDERS)
    for kind in ("csv", "pdf", "docx", "xlsx", "ics", "hl7", "fhir", "png", "rfc822"):
        assert kinds[kind] >= 3, (kind, kinds)
    for kind in ("zip", "txt"):
        assert kinds[kind] >= 2, (kind, kinds)
    for kind in ("x12", "ccda"):
        assert kinds[kind] >= 1, (kind, kinds)
    assert kinds["zip_encrypted"] == 1, kinds
    assert kinds["xlsx_multisheet"] >= 4


def test_html_only_messages_present() -> None:
    mi.check_html_only_messages(DEVSET, minimum=4)


def test_charsets_decode() -> None:
    charsets = mi.charset_counts(DEVSET)
    assert {"utf-8", "iso-8859-1", "koi8-r", "gb2312"} <= set(charsets), charsets


def test_three_senders_and_personal_recipients() -> None:
    mi.check_senders_and_personal_recipients(DEVSET, ORGS, PERSONAL)


def test_phi_only_in_attachment_file_names() -> None:
    """The file-name-only PHI cases keep a patient's surname out of every text part."""
    cases = {
        "Okonkwo_Chidi_L_shin_2026-11-03.png": "okonkwo",
        "path_report_Brennan_Moira_S26-41877.pdf": "brennan",
        "ear_canal_Hollings_Dwayne_L.png": "hollings",
        "OCT_macula_Szabo_Ilona_OS.pdf": "szabo",
        "fundus_Lindholm_Erik_OD.png": "lindholm",
        "Kaur_Harpreet_visual_fields.zip": "kaur",
    }
    found = set()
    for entry, msg in DEVSET.messages():
        names = {part.get_filename() for part in msg.walk()} - {None}
        for name, surname in cases.items():
            if name in names:
                found.add(name)
                assert entry["phi"], entry["file"]
                bodies = [
                    p.get_content().lower()
                    for p in msg.walk()
                    if p.get_content_maintype() == "text" and not p.get_filename()
                ]
                assert all(surname not in body for body in bodies), entry["file"]
    assert found == set(cases)
