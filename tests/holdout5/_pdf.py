"""The holdout5 PDF writer: tests/mailsets/pdf.py with this set's producer name."""

from __future__ import annotations

from tests.mailsets.pdf import PdfWriter

pdf = PdfWriter(producer="Print Services").pdf
