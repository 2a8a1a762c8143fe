"""Integrity of the hand-written development corpus in tests/devset.

Every labelled file exists and parses, the counts and the PHI/non-PHI balance hold, the messages
are CRLF SMTP wire format with fixed Date/Message-ID headers, identifiers are valid fakes (no
example SSN, SSN areas never 000/666/9xx, NPIs pass Luhn with the 80840 prefix, MBIs follow the
CMS format), and rebuilding the corpus in a temporary directory gives byte-identical files.
"""

from __future__ import annotations

import email
import io
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
DEVSET = ROOT / "tests" / "devset"
BUILDER = DEVSET / "build_devset.py"
EXAMPLE_SSN = b"123-45-6789"


def _labels() -> list[dict[str, object]]:
    data = json.loads((DEVSET / "labels.json").read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


LABELS = _labels()


def _parse(path: Path) -> EmailMessage:
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def _payloads(msg: EmailMessage) -> list[bytes]:
    """Decoded bytes of every leaf part, plus the members of any ZIP (XLSX) attachment."""
    out: list[bytes] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        out.append(payload)
        if payload[:4] == b"PK\x03\x04":
            with zipfile.ZipFile(io.BytesIO(payload)) as zf:
                out.extend(zf.read(n) for n in zf.namelist())
    return out


def _text(msg: EmailMessage) -> str:
    head = "\n".join(f"{k}: {v}" for k, v in msg.items())
    return head + "\n" + "\n".join(p.decode("utf-8", "replace") for p in _payloads(msg))


def _luhn_npi(npi: str) -> bool:
    digits = [int(c) for c in "80840" + npi]
    total = 0
    for i, digit in enumerate(reversed(digits)):
        doubled = digit * 2 if i % 2 == 1 else digit
        total += doubled - 9 if doubled > 9 else doubled
    return total % 10 == 0


_MBI = re.compile(r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]"
                  r"[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]"
                  r"[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y][0-9][0-9]$")
_SSN = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
_NPI = re.compile(r"\bNPI:?\s*(\d{10})\b")
_MBI_CTX = re.compile(r"\bMBI:?\s*([0-9A-Z]{4}-?[0-9A-Z]{3}-?[0-9A-Z]{4})\b")


def test_labels_schema() -> None:
    names = [str(x["file"]) for x in LABELS]
    assert len(names) == len(set(names)), "duplicate file entries"
    for item in LABELS:
        assert set(item) == {"file", "phi", "category", "notes"}, item
        assert isinstance(item["phi"], bool)
        assert isinstance(item["category"], str) and item["category"]
        assert isinstance(item["notes"], str) and len(str(item["notes"])) >= 10
        assert re.fullmatch(r"\d{4}\.eml", str(item["file"]))
    on_disk = {p.name for p in DEVSET.glob("*.eml")}
    assert on_disk == set(names), "every .eml is labelled and every label has a file"


def test_counts_and_balance() -> None:
    total = len(LABELS)
    phi = sum(1 for x in LABELS if x["phi"])
    hand = [x for x in LABELS if not str(x["category"]).startswith("tmpl_")]
    assert total >= 160
    assert 0.4 <= phi / total <= 0.6, (phi, total)
    assert len(hand) >= 120
    # hand-written negatives are hard negatives (health topics without an individual), not filler
    assert sum(1 for x in hand if not x["phi"]) >= 40
    cats = Counter(str(x["category"]) for x in LABELS)
    for needed in ("veterinary", "workforce_sick_note", "deidentified_case", "footer_only",
                   "fw_chain_deep", "attachment_filename_only", "calendar_invite", "ocr_fax",
                   "non_english_es", "non_english_vi", "non_english_tl", "xlsx_attachment",
                   "csv_attachment", "portal_notification", "portal_generic", "ems_run_report",
                   "mrn_audit", "prior_auth_fax", "provider_directory", "aggregate_quality"):
        assert cats[needed] >= 1, needed


@pytest.mark.parametrize("item", LABELS, ids=[str(x["file"]) for x in LABELS])
def test_file_parses_as_smtp_wire_format(item: dict[str, object]) -> None:
    path = DEVSET / str(item["file"])
    raw = path.read_bytes()
    assert raw.count(b"\n") == raw.count(b"\r\n"), "bare LF in SMTP wire format"
    msg = _parse(path)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        assert msg[header], header
    assert msg.get_body(preferencelist=("plain", "html")) is not None
    assert EXAMPLE_SSN not in raw
    for payload in _payloads(msg):
        assert EXAMPLE_SSN not in payload


def test_message_ids_and_dates_unique() -> None:
    ids = [_parse(DEVSET / str(x["file"]))["Message-ID"] for x in LABELS]
    assert len(set(ids)) == len(ids)


def test_identifiers_are_valid_fakes() -> None:
    npis = mbis = ssns = 0
    for item in LABELS:
        text = _text(_parse(DEVSET / str(item["file"])))
        for m in _SSN.finditer(text):
            area, group, serial = m.groups()
            ssns += 1
            bad_area = area in ("000", "666") or area.startswith("9")
            assert not bad_area, (item["file"], m.group())
            assert group != "00" and serial != "0000", (item["file"], m.group())
            assert m.group() != EXAMPLE_SSN.decode()
        for m in _NPI.finditer(text):
            npis += 1
            assert m.group(1)[0] in "12" and _luhn_npi(m.group(1)), (item["file"], m.group(1))
        for m in _MBI_CTX.finditer(text):
            mbis += 1
            assert _MBI.match(m.group(1).replace("-", "")), (item["file"], m.group(1))
    assert npis >= 3 and mbis >= 1 and ssns >= 1


def test_checksum_helpers() -> None:
    assert _luhn_npi("2260181591")
    assert not _luhn_npi("2260181592")
    assert _MBI.match("3TQ7HN2WC48")
    assert not _MBI.match("3SQ7HN2WC48")  # S is never used in an MBI


def test_builder_is_deterministic(tmp_path: Path) -> None:
    out = tmp_path / "devset"
    proc = subprocess.run([sys.executable, str(BUILDER), str(out)], capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    committed = sorted(p.name for p in DEVSET.iterdir() if p.suffix in (".eml", ".json"))
    rebuilt = sorted(p.name for p in out.iterdir())
    assert rebuilt == committed
    for name in committed:
        assert (out / name).read_bytes() == (DEVSET / name).read_bytes(), name
