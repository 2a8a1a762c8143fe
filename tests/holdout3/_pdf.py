"""The holdout3 PDF writer: tests/mailsets/pdf.py with this set's producer name."""

from __future__ import annotations

from tests.mailsets.pdf import PdfWriter

pdf = PdfWriter(producer="BWH DocGen 4.2", encoding="cp1252").pdf
