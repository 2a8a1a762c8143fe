"""A minimal, byte-for-byte reproducible XLSX writer (inline strings, stored zip)."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from tests.mailsets.attachments import ZipTime, stored_zip

NS = "http://schemas.openxmlformats.org"
Rows = list[list[str | int | float]]


def _colname(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _sheet_xml(rows: Rows) -> str:
    out_rows = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_colname(c)}{r}"
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>')
        out_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<worksheet xmlns="{NS}/spreadsheetml/2006/main"><sheetData>'
        f"{''.join(out_rows)}</sheetData></worksheet>"
    )


def workbook(sheets: dict[str, Rows], zip_time: ZipTime) -> bytes:
    """A workbook with one worksheet per (name, rows) entry, in order, inline strings only."""
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    sheet_tags = "".join(
        f'<sheet name="{escape(name)}" sheetId="{i}" r:id="rId{i}"/>'
        for i, name in enumerate(sheets, start=1)
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{NS}/officeDocument/2006/relationships/'
        f'worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Types xmlns="{NS}/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            f'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{overrides}'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{NS}/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{NS}/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{NS}/spreadsheetml/2006/main" '
            f'xmlns:r="{NS}/officeDocument/2006/relationships">'
            f"<sheets>{sheet_tags}</sheets></workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Relationships xmlns="{NS}/package/2006/relationships">{rels}</Relationships>'
        ),
    }
    for i, rows in enumerate(sheets.values(), start=1):
        files[f"xl/worksheets/sheet{i}.xml"] = _sheet_xml(rows)
    return stored_zip(files, zip_time)


@dataclass(frozen=True)
class XlsxWriter:
    """The workbook writers bound to one set's zip timestamp (what a set's `_xlsx.py` exports)."""

    zip_time: ZipTime

    def single(self, rows: Rows, sheet: str = "Sheet1") -> bytes:
        """One worksheet: the older sets' `xlsx(rows, sheet)` signature."""
        return workbook({sheet: rows}, self.zip_time)

    def multi(self, sheets: dict[str, Rows]) -> bytes:
        """Several worksheets: the newer sets' `xlsx(sheets)` signature."""
        return workbook(sheets, self.zip_time)
