"""The holdout5 DOCX, ZIP, encrypted ZIP and PNG writers (shared: tests/mailsets/attachments.py)."""

from __future__ import annotations

from tests.mailsets.attachments import DOCX, XLSX, ZipWriters, png

__all__ = ["DOCX", "XLSX", "ZIP_TIME", "docx", "encrypted_zip", "png", "zipped"]

ZIP_TIME = (2026, 12, 7, 0, 0, 0)
_WRITERS = ZipWriters(ZIP_TIME)
zipped = _WRITERS.zipped
docx = _WRITERS.docx
encrypted_zip = _WRITERS.encrypted_zip
