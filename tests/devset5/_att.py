"""Attachment writers bound to devset5's fixed timestamp and PDF producer."""

from __future__ import annotations

import json
from typing import Any

from tests.mailsets.attachments import DOCX, XLSX, ZipWriters, png
from tests.mailsets.pdf import PdfWriter
from tests.mailsets.spec import Att, Spec
from tests.mailsets.xlsx import XlsxWriter

ZIP_TIME = (2026, 11, 13, 16, 20, 0)
_Z = ZipWriters(ZIP_TIME)
_X = XlsxWriter(ZIP_TIME)
_P = PdfWriter(producer="Ridgecrest UMC DocGen 4.2", encoding="cp1252")

zipped = _Z.zipped
docx = _Z.docx
encrypted_zip = _Z.encrypted_zip
xlsx = _X.multi
pdf = _P.pdf

__all__ = [
    "DOCX",
    "XLSX",
    "Att",
    "Spec",
    "csv_att",
    "docx",
    "encrypted_zip",
    "fhir",
    "pdf",
    "png",
    "txt",
    "xlsx",
    "zipped",
]


def csv_att(name: str, rows: list[list[str]]) -> Att:
    """A CSV attachment (CRLF rows, naive quoting of cells holding commas)."""

    def cell(v: str) -> str:
        return f'"{v}"' if "," in v or '"' in v else v

    text = "".join(",".join(cell(c) for c in row) + "\r\n" for row in rows)
    return Att(name, "text/csv", text)


def txt(name: str, text: str) -> Att:
    return Att(name, "text/plain", text)


def fhir(name: str, resource: dict[str, Any]) -> Att:
    return Att(name, "application/fhir+json", json.dumps(resource, indent=2, ensure_ascii=False))
