"""holdout79's reproducible binary writers: zip, DOCX, encrypted zip, PNG, XLSX and PDF, plus
small text builders for HL7 v2, X12 and FHIR attachments."""

from __future__ import annotations

import json

from tests.mailsets.attachments import DOCX, XLSX, ZipWriters, png
from tests.mailsets.pdf import PdfWriter
from tests.mailsets.xlsx import XlsxWriter

__all__ = [
    "DOCX",
    "XLSX",
    "docx",
    "encrypted_zip",
    "fhir",
    "hl7",
    "pdf",
    "png",
    "x12",
    "xlsx",
    "zipped",
]

ZIP_TIME = (2026, 11, 17, 10, 42, 0)
_ZIP = ZipWriters(ZIP_TIME)
_XLSX = XlsxWriter(ZIP_TIME)
_PDF = PdfWriter(producer="holdout79 pdf writer", encoding="cp1252")

zipped = _ZIP.zipped
docx = _ZIP.docx
encrypted_zip = _ZIP.encrypted_zip
xlsx = _XLSX.multi
pdf = _PDF.pdf


def hl7(segments: list[str]) -> str:
    """An HL7 v2 message: segments joined by carriage returns."""
    return "\r".join(segments) + "\r"


def x12(segments: list[str]) -> str:
    """An X12 interchange: segments terminated by '~' and a newline."""
    return "".join(s + "~\n" for s in segments)


def fhir(resource: dict[str, object]) -> str:
    """A FHIR JSON resource, pretty-printed with stable key order."""
    return json.dumps(resource, indent=2, ensure_ascii=False) + "\n"
