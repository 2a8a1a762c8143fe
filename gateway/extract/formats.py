"""Attachment format readers. Each takes bytes and a character budget and returns text.

Readers raise :class:`FileStatusError` for an expected outcome (encrypted, no text layer);
anything else they raise is treated by the caller as an unreadable file.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import warnings
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable

from .healthcare import parse_xml
from .textutil import tidy
from .types import AttachmentStatus


class FileStatusError(Exception):
    """An expected reason why a file yields no (or partial) text; detail never holds content."""

    def __init__(self, status: AttachmentStatus, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _Out:
    __slots__ = ("limit", "parts", "size")

    def __init__(self, limit: int) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.limit = limit

    def add(self, text: str) -> bool:
        if self.size >= self.limit:
            return False
        self.parts.append(text)
        self.size += len(text)
        return True

    @property
    def full(self) -> bool:
        return self.size >= self.limit

    def text(self, sep: str = "") -> str:
        return sep.join(self.parts)


# --------------------------------------------------------------------------- PDF


def pdf_text(data: bytes, budget: int) -> tuple[str, str]:
    """Text layer of a PDF via pypdf; empty-password PDFs are opened, others are ENCRYPTED."""
    import pypdf  # lazy: heavy import, only for mails that carry a PDF

    # pypdf logs every repaired xref as a warning: malformed-PDF chatter is not ours to log
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    out = _Out(budget)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:  # any failure to decrypt means "encrypted"
                raise FileStatusError(AttachmentStatus.ENCRYPTED, "pdf encrypted") from exc
            if opened == pypdf.PasswordType.NOT_DECRYPTED:
                raise FileStatusError(AttachmentStatus.ENCRYPTED, "pdf encrypted (user password)")
        pages = len(reader.pages)
        for page in reader.pages:
            text = page.extract_text() or ""
            if text.strip() and not out.add(text + "\n"):
                break
            if out.full:
                break
    text = tidy(out.text())
    if not text and pages:
        detail = f"pdf without text layer ({pages} pages)"
        raise FileStatusError(AttachmentStatus.UNSUPPORTED, detail)
    return text, f"pdf, {pages} pages"


# ------------------------------------------------------------------------- OOXML / ODF (zip + XML)

_DOCX_PARTS = re.compile(
    r"^word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$", re.IGNORECASE
)
_PPTX_PARTS = re.compile(r"^ppt/(slides/slide\d+|notesSlides/notesSlide\d+)\.xml$", re.IGNORECASE)


def _natural(name: str) -> tuple[object, ...]:
    return tuple(int(t) if t.isdigit() else t for t in re.split(r"(\d+)", name))


def _wordml_text(root: ET.Element, out: _Out) -> None:
    """Paragraphs, tabs, breaks and table cells (tabs; a row a line) of WordML/DrawingML."""
    stack: list[tuple[ET.Element, bool]] = [(root, False)]
    in_cell = 0
    while stack and not out.full:
        elem, closing = stack.pop()
        name = _local(elem.tag)
        if closing:
            if name == "p":
                out.add(" " if in_cell else "\n")
            elif name == "tc":
                in_cell -= 1
                if out.parts and out.parts[-1] == " ":
                    out.parts[-1] = "\t"
                else:
                    out.add("\t")
            elif name == "tr":
                if out.parts and out.parts[-1] == "\t":
                    out.parts[-1] = "\n"
                else:
                    out.add("\n")
            continue
        if name in ("t", "delText"):
            if elem.text:
                out.add(elem.text)
            continue
        if name == "instrText":
            continue
        if name == "tab":
            out.add("\t")
        elif name in ("br", "cr"):
            out.add("\n")
        elif name == "tc":
            in_cell += 1
        stack.append((elem, True))
        stack.extend((child, False) for child in reversed(list(elem)))


_PART_ORDER = (
    "document",
    "slide",
    "header",
    "footer",
    "notes",
    "footnotes",
    "endnotes",
    "comments",
)


def _part_rank(name: str) -> tuple[object, ...]:
    base = name.rsplit("/", 1)[-1].lower()
    rank = next((i for i, p in enumerate(_PART_ORDER) if base.startswith(p)), len(_PART_ORDER))
    return (rank, *_natural(base))


def ooxml_text(
    zf: zipfile.ZipFile, kind: str, read: Callable[[zipfile.ZipInfo], bytes], budget: int
) -> str:
    pattern = _DOCX_PARTS if kind == "docx" else _PPTX_PARTS
    infos = [i for i in zf.infolist() if pattern.match(i.filename)]
    # document body (or slides) first, then headers, footers, notes and comments
    infos.sort(key=lambda i: _part_rank(i.filename))
    if not infos:
        raise ValueError("no document part")
    out = _Out(budget)
    for info in infos:
        _wordml_text(parse_xml(read(info)), out)
        out.add("\n")
        if out.full:
            break
    return tidy(out.text())


def odf_text(zf: zipfile.ZipFile, read: Callable[[zipfile.ZipInfo], bytes], budget: int) -> str:
    root = parse_xml(read(zf.getinfo("content.xml")))
    out = _Out(budget)
    for elem in root.iter():
        name = _local(elem.tag)
        if name in ("p", "h"):
            out.add("".join(elem.itertext()) + "\n")
        elif name == "table-cell" and not any(_local(c.tag) in ("p", "h") for c in elem):
            out.add("".join(elem.itertext()) + "\t")
        if out.full:
            break
    return tidy(out.text())


def xlsx_text(data: bytes, budget: int) -> tuple[str, str]:
    """Every sheet of a workbook: a 'Sheet: name' line, then tab-separated rows."""
    import openpyxl  # lazy: heavy import

    out = _Out(budget)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False
        )
        try:
            sheets = 0
            for ws in wb.worksheets:
                sheets += 1
                out.add(f"Sheet: {ws.title}\n")
                for row in ws.iter_rows(values_only=True):
                    cells = ["" if v is None else str(v) for v in row]
                    while cells and not cells[-1]:
                        cells.pop()
                    if cells and not out.add("\t".join(cells) + "\n"):
                        break
                if out.full:
                    break
        finally:
            wb.close()
    return out.text().strip(), f"xlsx, {sheets} sheets"


# --------------------------------------------------------------------------- RTF, ICS, CSV


def rtf_text(data: bytes, budget: int) -> str:
    from striprtf.striprtf import rtf_to_text  # lazy

    text: str = rtf_to_text(data.decode("latin-1"), encoding="cp1252", errors="replace")  # type: ignore[no-untyped-call]
    return tidy(text)[:budget]


_ICS_KEEP = (
    "SUMMARY",
    "DESCRIPTION",
    "LOCATION",
    "ATTENDEE",
    "ORGANIZER",
    "COMMENT",
    "CONTACT",
    "X-ALT-DESC",
    "CATEGORIES",
    "RESOURCES",
    "DTSTART",
)
_ICS_UNESCAPE = re.compile(r"\\([nN,;\\])")


def ics_text(text: str, budget: int) -> str:
    """SUMMARY/DESCRIPTION/LOCATION/ATTENDEE (with CN) and friends, unfolded and unescaped."""
    unfolded = re.sub(r"\r?\n[ \t]", "", text.replace("\r\n", "\n"))
    out = _Out(budget)
    for line in unfolded.split("\n"):
        head, sep, value = line.partition(":")
        if not sep:
            continue
        name, _, params = head.partition(";")
        name = name.upper()
        if name not in _ICS_KEEP:
            continue
        value = _ICS_UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)
        if name in ("ATTENDEE", "ORGANIZER"):
            cn = re.search(r'(?i)(?:^|;)CN="?([^";:]*)"?', params)
            email = value[7:] if value.lower().startswith("mailto:") else value
            value = f"{cn.group(1)} <{email}>" if cn else email
        elif name == "X-ALT-DESC":
            continue  # HTML copy of DESCRIPTION
        if value.strip() and not out.add(f"{name}: {value.strip()}\n"):
            break
    return out.text().strip()


def csv_text(text: str, budget: int, tab: bool) -> str:
    """Cells joined by tabs, rows by newlines (header row kept)."""
    first = text[:4096].split("\n", 1)[0]
    if not tab and first.count("\t") > first.count(",") and first.count("\t") > first.count(";"):
        tab = True
    delimiter = "\t" if tab else (";" if first.count(";") > first.count(",") else ",")
    out = _Out(budget)
    try:
        for row in csv.reader(io.StringIO(text), delimiter=delimiter):
            if row and not out.add("\t".join(cell.strip() for cell in row) + "\n"):
                break
    except csv.Error:
        return tidy(text)[:budget]
    return out.text().strip()
