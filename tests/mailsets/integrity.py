"""Integrity checks shared by the mail sets' tests: files, MIME, CRLF, identifiers, determinism.

These never run the detector; they only prove a set is well formed and reproducible. Each set's
test calls them with its own thresholds and adds the checks only that set has. holdout17 to
holdout72 are rows of one table in tests/unit/corpus/test_blind_sets_integrity.py (a new set is
one more row); the older sets keep their own tests/unit/corpus/test_<set>_integrity.py.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

from tests.mailsets.attachments import DOCX, XLSX

SSN_RE = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
NPI_RE = re.compile(r"\bNPI:?\s*(\d{10})\b")
MBI_RE = re.compile(r"\bMBI:?\s*([0-9A-Z]{4}-?[0-9A-Z]{3}-?[0-9A-Z]{4})\b")
MBI_FORMAT = re.compile(
    r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]"
    r"[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]"
    r"[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y][0-9][0-9]"
)
DEA_RE = re.compile(r"\b([ABFGMPR][A-Z])(\d{7})\b")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

Label = dict[str, Any]
TextOf = Callable[[EmailMessage], str]
KindOf = Callable[[EmailMessage], "str | None"]


@dataclass(frozen=True)
class MailSet:
    """One committed set: NNNN.eml files, labels.json and the build.py that wrote them."""

    root: Path

    @property
    def builder(self) -> Path:
        return self.root / "build.py"

    def labels(self) -> list[Label]:
        data = json.loads((self.root / "labels.json").read_text(encoding="utf-8"))
        assert isinstance(data, list)
        return data

    def raw(self, name: str) -> bytes:
        return (self.root / name).read_bytes()

    def parse(self, name: str) -> EmailMessage:
        msg = message_from_bytes(self.raw(name), policy=default)
        assert isinstance(msg, EmailMessage)
        return msg

    def messages(self) -> Iterator[tuple[Label, EmailMessage]]:
        for entry in self.labels():
            yield entry, self.parse(entry["file"])


def payload(part: EmailMessage) -> bytes:
    data = part.get_payload(decode=True)
    assert isinstance(data, bytes)
    return data


def text_of(msg: EmailMessage, *, structured: bool = True) -> str:
    """All human-readable text: headers, text parts, nested message headers and OOXML members.

    `structured` also reads DOCX, JSON/FHIR, XML and HL7 parts; without it only XLSX (holdout2).
    """
    ooxml = {XLSX, DOCX} if structured else {XLSX}
    chunks = [str(v) for _, v in msg.items()]
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text":
            chunks.append(part.get_content())
        elif ctype in ooxml:
            with zipfile.ZipFile(io.BytesIO(payload(part))) as z:
                chunks.extend(z.read(n).decode("utf-8") for n in z.namelist())
        elif structured and ctype in {
            "application/json",
            "application/fhir+json",
            "application/xml",
            "application/hl7-v2",
        }:
            chunks.append(payload(part).decode("utf-8"))
        elif ctype == "message/rfc822":
            chunks.extend(str(v) for _, v in part.get_content().items())
    return "\n".join(chunks)


def attachment_kind(part: EmailMessage) -> str | None:
    """The attachment kind of one MIME part, or None for body parts and containers."""
    ctype = part.get_content_type()
    name = (part.get_filename() or "").lower()
    if ctype == "message/rfc822":
        return "rfc822"
    if not name:
        return "ics" if ctype == "text/calendar" else None
    ext = name.rsplit(".", 1)[-1]
    if ext == "zip":
        with zipfile.ZipFile(io.BytesIO(payload(part))) as z:
            encrypted = any(info.flag_bits & 1 for info in z.infolist())
        return "zip_encrypted" if encrypted else "zip"
    if ext in {"hl7", "json", "xml"} or (ext == "txt" and payload(part).startswith(b"MSH|")):
        head = payload(part).lstrip()
        if head.startswith(b"MSH|"):
            return "hl7"
        if head.startswith(b"{") and b"resourceType" in head:
            return "fhir"
        if b"ClinicalDocument" in head:
            return "ccda"
    return {"csv": "csv", "pdf": "pdf", "docx": "docx", "xlsx": "xlsx", "ics": "ics"}.get(
        ext, {"txt": "txt", "png": "png"}.get(ext, ext)
    )


def luhn_npi(npi: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed("80840" + npi)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def dea_ok(digits: str) -> bool:
    d = [int(c) for c in digits]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def check_labels_match_files(mailset: MailSet) -> None:
    labels = mailset.labels()
    names = [entry["file"] for entry in labels]
    assert names == [f"{i:04d}.eml" for i in range(1, len(labels) + 1)]
    for entry in labels:
        assert set(entry) == {"file", "phi", "category", "notes"}
        assert isinstance(entry["phi"], bool)
        assert entry["category"] and entry["notes"]
    on_disk = sorted(p.name for p in mailset.root.glob("*.eml"))
    assert on_disk == names


def check_headers_and_parse(mailset: MailSet, msgid_prefix: str | None, read: TextOf) -> None:
    """Required headers, no MIME defects, sane addresses, unique Message-IDs, some text."""
    ids = set()
    for entry, msg in mailset.messages():
        for header in ("From", "To", "Subject", "Date", "Message-ID"):
            assert msg[header], (entry["file"], header)
        if msgid_prefix is not None:
            assert msg["Message-ID"].startswith(msgid_prefix), entry["file"]
        assert not msg.defects, (entry["file"], msg.defects)
        for header in ("From", "To"):
            for addr in msg[header].addresses:
                assert "." in addr.domain and "{" not in addr.addr_spec, (entry["file"], header)
        for part in msg.walk():
            assert not part.defects, (entry["file"], part.defects)
        ids.add(msg["Message-ID"])
        assert read(msg).strip()
    assert len(ids) == len(mailset.labels())


def check_crlf_only(mailset: MailSet) -> None:
    for entry in mailset.labels():
        raw = mailset.raw(entry["file"])
        assert raw.endswith(b"\r\n"), entry["file"]
        stripped = raw.replace(b"\r\n", b"")
        assert b"\n" not in stripped and b"\r" not in stripped, entry["file"]


def check_no_well_known_example_ssn(mailset: MailSet, read: TextOf) -> None:
    for entry, msg in mailset.messages():
        raw = mailset.raw(entry["file"])
        assert b"123-45-6789" not in raw and b"123456789" not in raw, entry["file"]
        text = read(msg)
        assert "123-45-6789" not in text and "123456789" not in text, entry["file"]


def valid_identifier_counts(mailset: MailSet, read: TextOf, *, dea: bool = False) -> Counter[str]:
    """Checks every SSN, NPI and MBI (and DEA number) found is format-valid; returns the counts."""
    seen = Counter[str]()
    for entry, msg in mailset.messages():
        text = read(msg)
        for area, group, serial in SSN_RE.findall(text):
            assert area not in {"000", "666"} and not area.startswith("9"), entry["file"]
            assert group != "00" and serial != "0000", entry["file"]
            seen["ssn"] += 1
        for npi in NPI_RE.findall(text):
            assert luhn_npi(npi), (entry["file"], "NPI check digit")
            seen["npi"] += 1
        for mbi in MBI_RE.findall(text):
            assert MBI_FORMAT.fullmatch(mbi.replace("-", "")), (entry["file"], "MBI format")
            seen["mbi"] += 1
        if dea:
            for _, digits in DEA_RE.findall(text):
                assert dea_ok(digits), (entry["file"], "DEA check digit")
                seen["dea"] += 1
    return seen


def check_rebuild_identical(mailset: MailSet, tmp_path: Path) -> None:
    """The set's build.py, run into a temp dir, reproduces every .eml and labels.json byte-exact."""
    out = tmp_path / "rebuild"
    subprocess.run(
        [sys.executable, str(mailset.builder), "--out", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    committed = sorted(p.name for p in mailset.root.iterdir() if p.suffix in {".eml", ".json"})
    rebuilt = sorted(p.name for p in out.iterdir())
    assert rebuilt == committed
    for name in committed:
        assert (out / name).read_bytes() == mailset.raw(name), name


def hard_cases(labels: list[Label]) -> list[Label]:
    """Labels whose notes start with "Hard positive"/"Hard negative" (after any [lang=xx])."""
    hard = [e for e in labels if e["notes"].startswith(("Hard positive", "Hard negative"))]
    hard += [e for e in labels if re.match(r"\[lang=\w+\] Hard (positive|negative)", e["notes"])]
    return hard


def check_balance_and_hard_cases(
    labels: list[Label], *, min_hard: int, min_hard_each_way: int, min_categories: int
) -> None:
    phi = sum(entry["phi"] for entry in labels)
    assert 0.45 <= phi / len(labels) <= 0.55
    hard = hard_cases(labels)
    assert len(hard) >= min_hard
    assert sum(e["phi"] for e in hard) >= min_hard_each_way
    assert sum(not e["phi"] for e in hard) >= min_hard_each_way
    for e in hard:
        assert ("Hard positive" in e["notes"]) == e["phi"], e["file"]
    assert len(Counter(e["category"] for e in labels)) >= min_categories


def language_counts(labels: list[Label]) -> Counter[tuple[str, bool]]:
    """(language, phi) -> count over the "[lang=xx] " notes."""
    langs = Counter[tuple[str, bool]]()
    for e in labels:
        m = re.match(r"\[lang=(\w+)\]", e["notes"])
        if m:
            langs[(m.group(1), e["phi"])] += 1
    return langs


def check_languages_exact(labels: list[Label], counts: Mapping[str, int]) -> None:
    """Exactly these languages, each with the given count and at least one message each way."""
    langs = language_counts(labels)
    for lang, count in counts.items():
        assert langs[(lang, True)] >= 1 and langs[(lang, False)] >= 1, lang
        assert langs[(lang, True)] + langs[(lang, False)] == count, lang
    assert set(lang for lang, _ in langs) == set(counts)


def attachments_open(
    mailset: MailSet, org_markers: tuple[str, ...], kind_of: KindOf = attachment_kind
) -> Counter[str]:
    """Opens every XLSX, PDF, DOCX, FHIR, PNG and plain zip attachment; returns kind counts.

    A PDF must name one of `org_markers` (upper case); workbooks with several sheets are also
    counted as "xlsx_multisheet".
    """
    openpyxl = pytest.importorskip("openpyxl")
    pypdf = pytest.importorskip("pypdf")
    kinds = Counter[str]()
    for entry, msg in mailset.messages():
        for part in msg.walk():
            kind = kind_of(part)
            if kind is None:
                continue
            kinds[kind] += 1
            if kind == "xlsx":
                book = openpyxl.load_workbook(io.BytesIO(payload(part)))
                assert len(list(book.active.iter_rows())) >= 2, entry["file"]
                if len(book.sheetnames) > 1:
                    kinds["xlsx_multisheet"] += 1
            elif kind == "pdf":
                text = pypdf.PdfReader(io.BytesIO(payload(part))).pages[0].extract_text()
                assert any(org in text.upper() for org in org_markers), entry["file"]
            elif kind == "docx":
                with zipfile.ZipFile(io.BytesIO(payload(part))) as z:
                    assert b"<w:t" in z.read("word/document.xml"), entry["file"]
            elif kind == "fhir":
                assert "resourceType" in json.loads(payload(part)), entry["file"]
            elif kind == "png":
                assert payload(part).startswith(PNG_MAGIC), entry["file"]
            elif kind == "zip":
                with zipfile.ZipFile(io.BytesIO(payload(part))) as z:
                    assert z.testzip() is None, entry["file"]
    return kinds


def check_html_only_messages(mailset: MailSet, minimum: int) -> None:
    """At least `minimum` text/html-only messages, some PHI and some not."""
    html_only = [e for e, msg in mailset.messages() if msg.get_content_type() == "text/html"]
    assert len(html_only) >= minimum
    assert any(e["phi"] for e in html_only) and not all(e["phi"] for e in html_only)


def charset_counts(mailset: MailSet) -> Counter[str]:
    """Declared charsets of the text parts; every such part must decode."""
    charsets = Counter[str]()
    for _, msg in mailset.messages():
        for part in msg.walk():
            if part.get_content_maintype() == "text" and part.get_content_charset():
                charsets[part.get_content_charset() or ""] += 1
                part.get_content()  # must not raise
    return charsets


def check_senders_and_personal_recipients(
    mailset: MailSet, orgs: tuple[str, ...], personal: frozenset[str]
) -> None:
    """Each sender org sends at least 20 messages; personal-mailbox recipients both ways."""
    senders = Counter[str]()
    to_personal = Counter[bool]()
    for entry, msg in mailset.messages():
        domain = msg["From"].addresses[0].domain
        if domain in orgs:
            senders[domain] += 1
        if msg["To"].addresses[0].domain in personal:
            to_personal[entry["phi"]] += 1
    assert min(senders.values()) >= 20 and len(senders) == len(orgs), senders
    assert to_personal[True] >= 10 and to_personal[False] >= 3, to_personal
