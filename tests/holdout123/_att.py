"""holdout123's reproducible binary writers: zip, DOCX, encrypted zip, PNG, XLSX and PDF."""

from __future__ import annotations

from tests.mailsets.attachments import DOCX, XLSX, ZipWriters, png
from tests.mailsets.pdf import PdfWriter
from tests.mailsets.xlsx import XlsxWriter

__all__ = ["DOCX", "XLSX", "docx", "encrypted_zip", "pdf", "png", "xlsx", "zipped"]

ZIP_TIME = (2026, 5, 8, 14, 36, 0)
_ZIP = ZipWriters(ZIP_TIME)
_XLSX = XlsxWriter(ZIP_TIME)
_PDF = PdfWriter(producer="holdout123 pdf writer", encoding="cp1252")

zipped = _ZIP.zipped
docx = _ZIP.docx
encrypted_zip = _ZIP.encrypted_zip
xlsx = _XLSX.multi
pdf = _PDF.pdf
