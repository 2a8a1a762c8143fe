"""holdout6's bound attachment writers and small helpers shared by its message lists."""

from __future__ import annotations

from tests.mailsets.attachments import DOCX, XLSX, ZipWriters, png
from tests.mailsets.pdf import PdfWriter
from tests.mailsets.spec import Att, Spec
from tests.mailsets.xlsx import XlsxWriter

ZIP_TIME = (2026, 11, 13, 9, 30, 0)
ZW = ZipWriters(ZIP_TIME)
XW = XlsxWriter(ZIP_TIME)
PW = PdfWriter(producer="h6-mailset")

PDF = "application/pdf"
CSV = "text/csv"
TXT = "text/plain"
PNG = "image/png"
ZIP = "application/zip"
HL7 = "application/hl7-v2"
FHIR = "application/fhir+json"
XML = "application/xml"
RTF = "application/rtf"
X12 = "application/edi-x12"

__all__ = [
    "CSV",
    "DOCX",
    "FHIR",
    "HL7",
    "PDF",
    "PNG",
    "PW",
    "RTF",
    "TXT",
    "X12",
    "XLSX",
    "XML",
    "XW",
    "ZIP",
    "ZW",
    "Att",
    "Spec",
    "docx",
    "pdf",
    "png",
    "xlsx",
]


def pdf(name: str, lines: list[str], title: str) -> Att:
    """A one-page PDF attachment."""
    return Att(name, PDF, PW.pdf(lines, title))


def docx(name: str, paragraphs: list[str]) -> Att:
    """A DOCX attachment."""
    return Att(name, DOCX, ZW.docx(paragraphs))


def xlsx(name: str, sheets: dict[str, list[list[str | int | float]]]) -> Att:
    """An XLSX attachment with one worksheet per entry."""
    return Att(name, XLSX, XW.multi(sheets))
