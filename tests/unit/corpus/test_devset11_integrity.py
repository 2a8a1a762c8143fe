"""Integrity of the blind devset11: files, MIME, CRLF, balance, identifiers, determinism.

These checks never run the detector; they only prove the set is well formed and reproducible.
The shared checks live in tests/mailsets/integrity.py; this file holds devset11's thresholds and
the checks of its emphasis (subject-only messages, calendar invites, short texting-style bodies).
"""

from __future__ import annotations

from pathlib import Path

from tests.mailsets import integrity as mi

ROOT = Path(__file__).resolve().parents[3]
DEVSET = mi.MailSet(ROOT / "tests" / "devset11")
SENDERS = ("CASCADE RIDGE REFERENCE LABORATORY", "ST. BRENDAN", "LARKSPUR FERTILITY")
ORGS = ("cascaderidgelab.com", "stbrendanmc.org", "larkspurfertility.com")
PERSONAL = frozenset(
    {"gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com"}
)


def _plain_bodies(msg: mi.EmailMessage) -> list[str]:
    """The text/plain body parts (not attachments, not inside forwarded messages)."""
    out = []
    for part in msg.iter_parts() if msg.is_multipart() else [msg]:
        if part.get_content_type() == "multipart/alternative":
            out += [
                p.get_content() for p in part.iter_parts() if p.get_content_type() == "text/plain"
            ]
        elif part.get_content_type() == "text/plain" and not part.get_filename():
            out.append(part.get_content())
    return out


def test_labels_schema_and_files_match() -> None:
    mi.check_labels_match_files(DEVSET)


def test_every_message_parses_with_required_headers() -> None:
    mi.check_headers_and_parse(DEVSET, "<d11.", mi.text_of)


def test_crlf_line_endings_only() -> None:
    mi.check_crlf_only(DEVSET)


def test_counts_balance_and_hard_cases() -> None:
    labels = DEVSET.labels()
    assert len(labels) == 120
    assert sum(e["phi"] for e in labels) == 60
    mi.check_balance_and_hard_cases(labels, min_hard=70, min_hard_each_way=30, min_categories=120)


def test_languages() -> None:
    mi.check_languages_exact(DEVSET.labels(), {"es": 2, "zh": 2, "vi": 2, "ko": 2})


def test_no_well_known_example_ssn() -> None:
    mi.check_no_well_known_example_ssn(DEVSET, mi.text_of)


def test_identifiers_are_format_valid() -> None:
    seen = mi.valid_identifier_counts(DEVSET, mi.text_of, dea=True)
    assert seen["ssn"] >= 3 and seen["npi"] >= 3 and seen["dea"] >= 1, seen


def test_builder_is_deterministic(tmp_path: Path) -> None:
    mi.check_rebuild_identical(DEVSET, tmp_path)


def test_attachment_kinds_present_and_open() -> None:
    kinds = mi.attachments_open(DEVSET, SENDERS)
    for kind in ("csv", "pdf", "xlsx", "rfc822", "hl7", "docx", "png"):
        assert kinds[kind] >= 3, (kind, kinds)
    assert kinds["ics"] >= 6, kinds
    for kind in ("fhir", "xlsx_multisheet"):
        assert kinds[kind] >= 2, (kind, kinds)
    for kind in ("x12", "ccda", "zip", "txt"):
        assert kinds[kind] >= 1, (kind, kinds)
    assert kinds["zip_encrypted"] == 1, kinds


def test_html_only_messages_present() -> None:
    mi.check_html_only_messages(DEVSET, minimum=4)


def test_charsets_decode() -> None:
    charsets = mi.charset_counts(DEVSET)
    assert {"utf-8", "iso-8859-1", "gb2312", "euc-kr"} <= set(charsets), charsets


def test_three_senders_and_personal_recipients() -> None:
    mi.check_senders_and_personal_recipients(DEVSET, ORGS, PERSONAL)


def test_subject_only_messages_both_ways() -> None:
    """Messages whose only text is the subject: at least 4 PHI and 4 not."""
    seen = {True: 0, False: 0}
    for entry, msg in DEVSET.messages():
        if msg.get_content_type() == "text/plain" and not msg.get_content().strip():
            seen[entry["phi"]] += 1
    assert seen[True] >= 4 and seen[False] >= 3, seen


def test_calendar_invites_carry_both_labels() -> None:
    """Inline text/calendar parts: at least 3 PHI invites (the patient in SUMMARY) and 3 not."""
    seen = {True: 0, False: 0}
    for entry, msg in DEVSET.messages():
        for part in msg.walk():
            if part.get_content_type() == "text/calendar":
                assert "SUMMARY:" in part.get_content(), entry["file"]
                seen[entry["phi"]] += 1
    assert seen[True] >= 3 and seen[False] >= 3, seen


def test_short_texting_style_bodies_both_ways() -> None:
    """One-line plain bodies (texting style): at least 8 PHI and 8 not."""
    seen = {True: 0, False: 0}
    for entry, msg in DEVSET.messages():
        bodies = [b.strip() for b in _plain_bodies(msg)]
        if len(bodies) == 1 and bodies[0] and "\n" not in bodies[0]:
            seen[entry["phi"]] += 1
    assert seen[True] >= 8 and seen[False] >= 8, seen
