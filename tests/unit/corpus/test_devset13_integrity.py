"""Integrity of the blind devset13: files, MIME, CRLF, balance, languages, charsets, identifiers,
determinism.

These checks never run the detector; they only prove the set is well formed and reproducible.
The shared checks live in tests/mailsets/integrity.py; this file holds devset13's thresholds and
its own check that legacy-charset subjects are written as encoded words in the body's charset.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.mailsets import integrity as mi

ROOT = Path(__file__).resolve().parents[3]
DEVSET = mi.MailSet(ROOT / "tests" / "devset13")
SENDERS = ("KEELBRIDGE REVENUE RECOVERY", "MERIDIAN HOME INFUSION", "PUENTE")
ORGS = ("keelbridgerev.com", "puentefamilyhealth.org", "meridianhomeinfusion.com")
PERSONAL = frozenset(
    {
        "gmail.com",
        "yahoo.com",
        "hotmail.com",
        "outlook.com",
        "icloud.com",
        "aol.com",
        "mail.ru",
        "yandex.ru",
        "163.com",
        "126.com",
        "naver.com",
        "onet.pl",
        "wp.pl",
    }
)
LANGS = {
    "es": 8,
    "zh": 8,
    "vi": 4,
    "ko": 4,
    "tl": 4,
    "ar": 4,
    "ru": 4,
    "ht": 4,
    "pt": 4,
    "pl": 4,
    "so": 4,
    "am": 2,
    "hi": 4,
    "ur": 2,
}
LEGACY = {
    "iso-8859-1",
    "iso-8859-2",
    "windows-1252",
    "windows-1251",
    "koi8-r",
    "windows-1256",
    "gb2312",
    "gbk",
    "big5",
    "euc-kr",
    "ks_c_5601-1987",
}
ENCODED_WORD = re.compile(rb"=\?([A-Za-z0-9_-]+)\?([BQ])\?")


def test_labels_schema_and_files_match() -> None:
    mi.check_labels_match_files(DEVSET)


def test_every_message_parses_with_required_headers() -> None:
    mi.check_headers_and_parse(DEVSET, "<d13.", mi.text_of)


def test_crlf_line_endings_only() -> None:
    mi.check_crlf_only(DEVSET)


def test_counts_balance_and_hard_cases() -> None:
    labels = DEVSET.labels()
    assert len(labels) == 120
    assert sum(e["phi"] for e in labels) == 60
    mi.check_balance_and_hard_cases(labels, min_hard=50, min_hard_each_way=25, min_categories=110)


def test_languages() -> None:
    labels = DEVSET.labels()
    mi.check_languages_exact(labels, LANGS)
    langs = mi.language_counts(labels)
    assert sum(n for (_, phi), n in langs.items() if phi) >= 30
    assert sum(n for (_, phi), n in langs.items() if not phi) >= 30


def test_no_well_known_example_ssn() -> None:
    mi.check_no_well_known_example_ssn(DEVSET, mi.text_of)


def test_identifiers_are_format_valid() -> None:
    seen = mi.valid_identifier_counts(DEVSET, mi.text_of, dea=True)
    assert seen["ssn"] >= 6 and seen["npi"] >= 4 and seen["dea"] >= 2


def test_builder_is_deterministic(tmp_path: Path) -> None:
    mi.check_rebuild_identical(DEVSET, tmp_path)


def test_attachment_kinds_present_and_open() -> None:
    kinds = mi.attachments_open(DEVSET, SENDERS)
    for kind in ("csv", "pdf", "docx", "xlsx", "ics"):
        assert kinds[kind] >= 3, (kind, kinds)
    for kind in ("zip", "rfc822", "fhir", "png", "x12", "txt"):
        assert kinds[kind] >= 2, (kind, kinds)
    for kind in ("hl7", "ccda", "rtf", "zip_encrypted"):
        assert kinds[kind] >= 1, (kind, kinds)
    assert kinds["xlsx_multisheet"] >= 3


def test_html_only_messages_present() -> None:
    mi.check_html_only_messages(DEVSET, minimum=6)


def test_charsets_decode() -> None:
    charsets = mi.charset_counts(DEVSET)
    assert LEGACY <= set(charsets), charsets


def test_legacy_charset_subjects_are_encoded_words_in_the_body_charset() -> None:
    """A non-ASCII subject of a legacy-charset message is RFC 2047 in that charset, decodes back
    and never falls back to UTF-8; at least one each way per legacy charset family."""
    seen: dict[str, set[bool]] = {}
    for entry, msg in DEVSET.messages():
        charset = msg.get_content_charset() if not msg.is_multipart() else None
        if charset is None:
            body = msg.get_body(("plain", "html"))
            charset = body.get_content_charset() if body is not None else None
        head = DEVSET.raw(entry["file"]).split(b"\r\n\r\n", 1)[0]
        words = {
            (cs.decode().lower(), enc)
            for cs, enc in ENCODED_WORD.findall(head.split(b"\r\nDate:", 1)[0])
        }
        if charset in LEGACY and not str(msg["Subject"]).isascii():
            assert words and {cs for cs, _ in words} == {charset}, (entry["file"], words)
            seen.setdefault(charset, set()).add(entry["phi"])
    assert len(seen) >= 10, seen
    assert sum(len(v) == 2 for v in seen.values()) >= 6, seen


def test_three_senders_and_personal_recipients() -> None:
    mi.check_senders_and_personal_recipients(DEVSET, ORGS, PERSONAL)
