"""The holdout5 XLSX writer `xlsx(sheets: dict[str, rows])` (shared: tests/mailsets/xlsx.py)."""

from __future__ import annotations

from tests.mailsets.xlsx import XlsxWriter

ZIP_TIME = (2026, 12, 7, 0, 0, 0)
xlsx = XlsxWriter(ZIP_TIME).multi
