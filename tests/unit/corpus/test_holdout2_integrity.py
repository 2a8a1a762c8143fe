"""Integrity of the sealed holdout2 set: files, MIME, CRLF, balance, identifiers, determinism.

These checks never run the detector; they only prove the set is well formed and reproducible.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
HOLDOUT = ROOT / "tests" / "holdout2"
BUILDER = HOLDOUT / "build.py"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

SSN_RE = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
NPI_RE = re.compile(r"\bNPI:?\s*(\d{10})\b")
MBI_RE = re.compile(r"\bMBI:?\s*([0-9A-Z]{4}-?[0-9A-Z]{3}-?[0-9A-Z]{4})\b")
MBI_FORMAT = re.compile(
    r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]"
    r"[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]"
    r"[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y][0-9][0-9]"
)


def _labels() -> list[dict[str, Any]]:
    data = json.loads((HOLDOUT / "labels.json").read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def _parse(name: str) -> EmailMessage:
    msg = message_from_bytes((HOLDOUT / name).read_bytes(), policy=default)
    assert isinstance(msg, EmailMessage)
    return msg


def _text_of(msg: EmailMessage) -> str:
    """All human-readable text: headers, text parts, nested messages and XLSX cell strings."""
    chunks = [str(v) for _, v in msg.items()]
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
        elif ctype == XLSX:
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            with zipfile.ZipFile(io.BytesIO(payload)) as z:
                chunks.extend(z.read(n).decode("utf-8") for n in z.namelist())
        elif ctype == "message/rfc822":
            chunks.extend(str(v) for _, v in part.get_content().items())
    return "\n".join(chunks)


def _luhn_npi(npi: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed("80840" + npi)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def test_labels_schema_and_files_match() -> None:
    labels = _labels()
    names = [entry["file"] for entry in labels]
    assert names == [f"{i:04d}.eml" for i in range(1, len(labels) + 1)]
    for entry in labels:
        assert set(entry) == {"file", "phi", "category", "notes"}
        assert isinstance(entry["phi"], bool)
        assert entry["category"] and entry["notes"]
    on_disk = sorted(p.name for p in HOLDOUT.glob("*.eml"))
    assert on_disk == names


def test_every_message_parses_with_required_headers() -> None:
    ids = set()
    for entry in _labels():
        msg = _parse(entry["file"])
        for header in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[header], (entry["file"], header)
        assert not msg.defects, (entry["file"], msg.defects)
        for header in ("From", "To"):
            for addr in msg[header].addresses:
                assert "." in addr.domain and "{" not in addr.addr_spec, (entry["file"], header)
        for part in msg.walk():
            assert not part.defects, (entry["file"], part.defects)
        ids.add(msg["Message-ID"])
        assert _text_of(msg).strip()
    assert len(ids) == len(_labels())


def test_crlf_line_endings_only() -> None:
    for entry in _labels():
        raw = (HOLDOUT / entry["file"]).read_bytes()
        assert raw.endswith(b"\r\n"), entry["file"]
        stripped = raw.replace(b"\r\n", b"")
        assert b"\n" not in stripped and b"\r" not in stripped, entry["file"]


def test_counts_and_balance() -> None:
    labels = _labels()
    phi = sum(entry["phi"] for entry in labels)
    assert len(labels) >= 120
    assert 0.4 <= phi / len(labels) <= 0.6
    foreign = [e for e in labels if e["notes"].startswith("[lang=")]
    assert len(foreign) >= 8
    assert sum(e["phi"] for e in foreign) >= 4
    assert sum(not e["phi"] for e in foreign) >= 4
    negatives = [e for e in labels if not e["phi"]]
    hard = [e for e in negatives if "Hard negative" in e["notes"]]
    assert len(hard) >= len(negatives) // 3
    assert len(Counter(e["category"] for e in labels)) >= 25


def test_no_well_known_example_ssn() -> None:
    for entry in _labels():
        raw = (HOLDOUT / entry["file"]).read_bytes()
        assert b"123-45-6789" not in raw and b"123456789" not in raw, entry["file"]
        text = _text_of(_parse(entry["file"]))
        assert "123-45-6789" not in text and "123456789" not in text, entry["file"]


def test_identifiers_are_format_valid() -> None:
    seen = Counter[str]()
    for entry in _labels():
        text = _text_of(_parse(entry["file"]))
        for area, group, serial in SSN_RE.findall(text):
            assert area not in {"000", "666"} and not area.startswith("9"), entry["file"]
            assert group != "00" and serial != "0000", entry["file"]
            seen["ssn"] += 1
        for npi in NPI_RE.findall(text):
            assert _luhn_npi(npi), (entry["file"], "NPI check digit")
            seen["npi"] += 1
        for mbi in MBI_RE.findall(text):
            assert MBI_FORMAT.fullmatch(mbi.replace("-", "")), (entry["file"], "MBI format")
            seen["mbi"] += 1
    assert seen["ssn"] >= 3 and seen["npi"] >= 3 and seen["mbi"] >= 2


def test_builder_is_deterministic(tmp_path: Path) -> None:
    out = tmp_path / "rebuild"
    subprocess.run(
        [sys.executable, str(BUILDER), "--out", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    committed = sorted(p.name for p in HOLDOUT.iterdir() if p.suffix in {".eml", ".json"})
    rebuilt = sorted(p.name for p in out.iterdir())
    assert rebuilt == committed
    for name in committed:
        assert (out / name).read_bytes() == (HOLDOUT / name).read_bytes(), name


@pytest.mark.parametrize("ctype", [XLSX])
def test_spreadsheet_attachments_open(ctype: str) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    found = 0
    for entry in _labels():
        for part in _parse(entry["file"]).walk():
            if part.get_content_type() == ctype:
                payload = part.get_payload(decode=True)
                assert isinstance(payload, bytes)
                rows = list(openpyxl.load_workbook(io.BytesIO(payload)).active.iter_rows())
                assert len(rows) >= 2, entry["file"]
                found += 1
    assert found >= 2


def test_pdf_and_rtf_attachments_carry_text() -> None:
    pypdf = pytest.importorskip("pypdf")
    kinds = Counter[str]()
    for entry in _labels():
        for part in _parse(entry["file"]).walk():
            payload = part.get_payload(decode=True)
            if part.get_content_type() == "application/pdf":
                assert isinstance(payload, bytes)
                text = pypdf.PdfReader(io.BytesIO(payload)).pages[0].extract_text()
                assert "MARLOW VALLEY" in text, entry["file"]
                kinds["pdf"] += 1
            elif part.get_content_type() == "application/rtf":
                assert isinstance(payload, bytes) and payload.startswith(b"{\\rtf1"), entry["file"]
                kinds["rtf"] += 1
    assert kinds["pdf"] >= 2 and kinds["rtf"] >= 1


def test_legacy_charsets_decode() -> None:
    charsets = Counter[str]()
    for entry in _labels():
        for part in _parse(entry["file"]).walk():
            if part.get_content_maintype() == "text" and part.get_content_charset():
                charsets[part.get_content_charset() or ""] += 1
                part.get_content()  # must not raise
    assert {"gb18030", "big5", "koi8-r", "iso-8859-1"} <= set(charsets)
