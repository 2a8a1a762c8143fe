"""Integrity of the labelled PHI corpora (tests/corpus and tests/holdout).

These tests keep the evaluation data honest: every labelled file exists and
parses, counts and label balance hold, identifiers are valid fakes, nothing
uses the well-known example SSN, and the generators are byte-for-byte
deterministic.
"""

from __future__ import annotations

import email
import io
import json
import re
import subprocess
import sys
import warnings
import zipfile
from collections import Counter
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "tests" / "corpus"
HOLDOUT = ROOT / "tests" / "holdout"
EXAMPLE_SSN = b"123-45-6789"

sys.path.insert(0, str(CORPUS))
import mimekit  # noqa: E402


def load_labels(base: Path) -> list[dict[str, object]]:
    data = json.loads((base / "labels.json").read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def parse(path: Path) -> EmailMessage:
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def leaf_payloads(msg: EmailMessage) -> list[bytes]:
    """Decoded bytes of every leaf part, recursing into message/rfc822 and ZIP members."""
    out: list[bytes] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        out.append(payload)
        if payload[:4] == b"PK\x03\x04":
            out.extend(_zip_members(payload))
    return out


def _zip_members(data: bytes) -> list[bytes]:
    found: list[bytes] = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            if info.flag_bits & 0x1:  # encrypted: contents are checked at generation time
                continue
            member = zf.read(info)
            found.append(member)
            if member[:4] == b"PK\x03\x04":
                found.extend(_zip_members(member))
    return found


@pytest.fixture(scope="module", params=["corpus", "holdout"])
def corpus(request: pytest.FixtureRequest) -> tuple[Path, list[dict[str, object]]]:
    base = CORPUS if request.param == "corpus" else HOLDOUT
    return base, load_labels(base)


def test_labels_schema(corpus: tuple[Path, list[dict[str, object]]]) -> None:
    base, labels = corpus
    seen: set[str] = set()
    for entry in labels:
        assert isinstance(entry, dict)
        assert {"file", "phi", "category"} <= entry.keys(), entry
        f = entry["file"]
        assert isinstance(f, str) and f.endswith(".eml"), f
        assert not f.startswith("/") and ".." not in f, f
        assert isinstance(entry["phi"], bool), f
        assert isinstance(entry["category"], str) and entry["category"], f
        assert isinstance(entry.get("notes", ""), str), f
        assert f not in seen, f"duplicate label for {f}"
        seen.add(f)
    on_disk = {p.relative_to(base).as_posix() for p in base.rglob("*.eml")}
    assert on_disk == seen, (sorted(on_disk - seen)[:5], sorted(seen - on_disk)[:5])


def test_every_file_exists_and_parses(corpus: tuple[Path, list[dict[str, object]]]) -> None:
    base, labels = corpus
    for entry in labels:
        path = base / str(entry["file"])
        assert path.is_file(), path
        raw = path.read_bytes()
        assert b"\r\n" in raw and re.search(rb"(?<!\r)\n", raw) is None, f"{path}: not CRLF"
        msg = parse(path)
        assert msg["From"] and msg["Date"] and msg["Message-ID"], path
        assert str(msg["Subject"]) is not None
        assert not msg.defects, (path, msg.defects)
        assert leaf_payloads(msg), path


def test_corpus_counts() -> None:
    labels = load_labels(CORPUS)
    assert len(labels) >= 300
    by_label = Counter(bool(e["phi"]) for e in labels)
    assert by_label[True] >= 100 and by_label[False] >= 100, by_label
    generated = [e for e in labels if str(e["file"]).startswith("generated/")]
    assert len(generated) >= 240
    assert 0.4 <= sum(1 for e in generated if e["phi"]) / len(generated) <= 0.6
    hard = [e for e in labels if str(e["file"]).startswith("hard/")]
    assert len(hard) >= 80
    assert sum(1 for e in hard if not e["phi"]) >= 40
    assert sum(1 for e in hard if e["phi"]) >= 30


def test_holdout_counts() -> None:
    labels = load_labels(HOLDOUT)
    assert len(labels) >= 60
    by_label = Counter(bool(e["phi"]) for e in labels)
    assert by_label[True] >= 20 and by_label[False] >= 20, by_label
    assert sum(1 for e in labels if e.get("template") == "hand-written") >= 30


def test_no_example_ssn_anywhere(corpus: tuple[Path, list[dict[str, object]]]) -> None:
    base, labels = corpus
    for entry in labels:
        path = base / str(entry["file"])
        assert EXAMPLE_SSN not in path.read_bytes(), path
        for payload in leaf_payloads(parse(path)):
            assert EXAMPLE_SSN not in payload, path


_TEXT_ID = {
    "npi": re.compile(r"\bNPI:?\s*(\d{10})\b"),
    "dea": re.compile(r"\bDEA:?\s*([A-Z]{2}\d{7})\b"),
    "mbi": re.compile(r"\bMBI:?\s*([0-9A-Z]{4}-?[0-9A-Z]{3}-?[0-9A-Z]{4})\b"),
    "ssn": re.compile(r"\bSSN:?\s*(\d{3}-\d{2}-\d{4})\b"),
}


def _text_of(msg: EmailMessage) -> str:
    chunks = [str(msg["Subject"] or "")]
    for payload in leaf_payloads(msg):
        chunks.append(payload.decode("utf-8", errors="replace"))
    return "\n".join(chunks)


def test_identifiers_are_valid_fakes(corpus: tuple[Path, list[dict[str, object]]]) -> None:
    base, labels = corpus
    checks = {
        "npi": mimekit.npi_is_valid,
        "dea": mimekit.dea_is_valid,
        "mbi": mimekit.mbi_is_valid,
        "ssn": mimekit.ssn_is_valid,
    }
    seen: Counter[str] = Counter()
    for entry in labels:
        if "ocr" in str(entry["category"]):
            continue  # deliberately garbled
        text = _text_of(parse(base / str(entry["file"])))
        for kind, rx in _TEXT_ID.items():
            for value in rx.findall(text):
                seen[kind] += 1
                assert checks[kind](value), f"{entry['file']}: invalid {kind} {value}"
    if base == CORPUS:
        assert seen["npi"] >= 20 and seen["mbi"] >= 3, seen
        assert seen["dea"] >= 3 and seen["ssn"] >= 2, seen


def test_checksum_helpers() -> None:
    assert mimekit.npi_is_valid("1234567893")
    assert not mimekit.npi_is_valid("1234567890")
    assert mimekit.dea_is_valid("AB1234563")
    assert not mimekit.dea_is_valid("AB1234567")
    assert mimekit.mbi_is_valid("1EG4-TE5-MK73")
    assert not mimekit.mbi_is_valid("1EG4-TE5-MK7S")
    assert not mimekit.ssn_is_valid("123-45-6789")
    assert not mimekit.ssn_is_valid("666-12-3456")
    assert not mimekit.ssn_is_valid("912-12-3456")


def test_icd_codes_are_real_billable_codes() -> None:
    with warnings.catch_warnings():  # simple_icd_10_cm uses deprecated importlib.resources calls
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10_cm as cm

        cm.is_valid_item("I10")
    import generate

    for code in generate.ICD_CODES:
        assert cm.is_valid_item(code) and cm.is_leaf(code), code


def test_encrypted_attachments_are_really_encrypted() -> None:
    from pypdf import PdfReader

    labels = load_labels(CORPUS)
    kinds: Counter[str] = Counter()
    for entry in labels:
        atts = entry.get("attachments") or []
        assert isinstance(atts, list)
        if "pdf-encrypted" not in atts and "zip-encrypted" not in atts:
            continue
        msg = parse(CORPUS / str(entry["file"]))
        for part in msg.walk():
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                continue
            if payload.startswith(b"%PDF"):
                assert PdfReader(io.BytesIO(payload)).is_encrypted
                kinds["pdf"] += 1
            elif payload[:4] == b"PK\x03\x04":
                with zipfile.ZipFile(io.BytesIO(payload)) as zf:
                    assert all(i.flag_bits & 0x1 for i in zf.infolist())
                kinds["zip"] += 1
    assert kinds["pdf"] >= 2 and kinds["zip"] >= 2, kinds


def test_attachment_and_encoding_coverage() -> None:
    labels = load_labels(CORPUS)
    ctypes: Counter[str] = Counter()
    ctes: Counter[str] = Counter()
    charsets: Counter[str] = Counter()
    for entry in labels:
        msg = parse(CORPUS / str(entry["file"]))
        for part in msg.walk():
            ctypes[part.get_content_type()] += 1
            ctes[str(part.get("Content-Transfer-Encoding", "7bit")).lower()] += 1
            cs = part.get_content_charset()
            if cs:
                charsets[cs] += 1
    for ct in [
        "text/csv",
        "text/tab-separated-values",
        "application/pdf",
        "application/rtf",
        "text/calendar",
        "message/rfc822",
        "application/zip",
        "application/hl7-v2",
        "application/fhir+json",
        "application/xml",
        "text/html",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ]:
        assert ctypes[ct] > 0, ct
    for cte in ["7bit", "8bit", "quoted-printable", "base64", "binary", "x-uuencode"]:
        assert ctes[cte] > 0, cte
    for cs in ["utf-8", "iso-8859-1", "windows-1252", "us-ascii"]:
        assert charsets[cs] > 0, cs


def _run(script: Path, out: Path) -> None:
    subprocess.run(
        [sys.executable, str(script), "--out", str(out)],
        check=True,
        capture_output=True,
        timeout=300,
    )


def _assert_same_tree(a: Path, b: Path) -> None:
    def listing(root: Path) -> list[str]:
        return sorted(
            p.relative_to(root).as_posix()
            for p in root.rglob("*")
            if p.is_file() and p.suffix in (".eml", ".json")
        )

    files_a, files_b = listing(a), listing(b)
    assert files_a == files_b
    for rel in files_a:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), f"{rel} differs after regeneration"


@pytest.mark.slow
def test_generate_is_deterministic_and_matches_committed(tmp_path: Path) -> None:
    _run(CORPUS / "generate.py", tmp_path)
    _assert_same_tree(CORPUS, tmp_path)


@pytest.mark.slow
def test_holdout_build_is_deterministic_and_matches_committed(tmp_path: Path) -> None:
    _run(HOLDOUT / "build_holdout.py", tmp_path)
    _assert_same_tree(HOLDOUT, tmp_path)
