"""The holdout2 XLSX writer `xlsx(rows, sheet="Sheet1")` (shared: tests/mailsets/xlsx.py)."""

from __future__ import annotations

from tests.mailsets.xlsx import XlsxWriter

ZIP_TIME = (2026, 11, 16, 0, 0, 0)
xlsx = XlsxWriter(ZIP_TIME).single
