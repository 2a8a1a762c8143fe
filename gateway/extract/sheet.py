"""A streaming XLSX reader (shared strings, inline strings, dates) over bounded zip reads.

openpyxl's read-only mode spends ~100 us per cell building cell objects; this reader walks the
sheet XML with iterparse and is an order of magnitude faster. It is tried first; the caller
falls back to openpyxl when it cannot make sense of a workbook.
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable

from .formats import FileStatusError
from .healthcare import parse_xml
from .types import AttachmentStatus

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_BUILTIN_DATE_FORMATS = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47})
_DATE_CODE = re.compile(r"\[[^\]]*\]|\"[^\"]*\"|\\.")
_ENTITY = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)

Reader = Callable[[zipfile.ZipInfo], bytes]


def _no_dtd(data: bytes) -> bytes:
    if _ENTITY.search(data):
        # not handed to openpyxl either: nothing in a workbook needs a DTD
        raise FileStatusError(AttachmentStatus.UNREADABLE, "xlsx part with a DTD")
    return data


def _sheets(zf: zipfile.ZipFile, read: Reader) -> tuple[list[tuple[str, str]], bool]:
    wb = parse_xml(_no_dtd(read(zf.getinfo("xl/workbook.xml"))))
    rels_root = parse_xml(_no_dtd(read(zf.getinfo("xl/_rels/workbook.xml.rels"))))
    targets: dict[str, str] = {}
    for rel in rels_root.iter(f"{_PKG_REL}Relationship"):
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        targets[rel.get("Id", "")] = posixpath.normpath(path)
    sheets: list[tuple[str, str]] = []
    for sheet in wb.iter(f"{_MAIN}sheet"):
        rid = sheet.get(f"{_REL}id", "")
        if rid in targets:
            sheets.append((sheet.get("name", ""), targets[rid]))
    pr = wb.find(f"{_MAIN}workbookPr")
    date1904 = pr is not None and pr.get("date1904", "0") in ("1", "true")
    return sheets, date1904


def _shared_strings(zf: zipfile.ZipFile, read: Reader) -> list[str]:
    try:
        info = zf.getinfo("xl/sharedStrings.xml")
    except KeyError:
        return []
    strings: list[str] = []
    for _, elem in ET.iterparse(io.BytesIO(_no_dtd(read(info))), events=("end",)):  # noqa: S314
        if elem.tag == f"{_MAIN}si":
            strings.append(_si_text(elem))
            elem.clear()
    return strings


def _si_text(si: ET.Element) -> str:
    """Text of a shared string item: plain <t>, or rich-text runs <r><t>; phonetic <rPh> skipped."""
    parts: list[str] = []
    for child in si:
        if child.tag == f"{_MAIN}t":
            parts.append(child.text or "")
        elif child.tag == f"{_MAIN}r":
            parts.extend(t.text or "" for t in child.iter(f"{_MAIN}t"))
    return "".join(parts)


def _date_styles(zf: zipfile.ZipFile, read: Reader) -> list[bool]:
    try:
        info = zf.getinfo("xl/styles.xml")
    except KeyError:
        return []
    root = parse_xml(_no_dtd(read(info)))
    custom: dict[int, bool] = {}
    fmts = root.find(f"{_MAIN}numFmts")
    if fmts is not None:
        for fmt in fmts:
            code = _DATE_CODE.sub("", fmt.get("formatCode", "")).lower()
            custom[int(fmt.get("numFmtId", "0"))] = any(ch in code for ch in "ymdhs")
    xfs = root.find(f"{_MAIN}cellXfs")
    out: list[bool] = []
    if xfs is not None:
        for xf in xfs:
            num = int(xf.get("numFmtId", "0"))
            out.append(num in _BUILTIN_DATE_FORMATS or custom.get(num, False))
    return out


def _col_index(ref: str | None) -> int | None:
    if not ref:
        return None
    n = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            n = n * 26 + ord(ch) - 64
        else:
            break
    return n - 1 if n else None


def _as_date(value: str, date1904: bool) -> str:
    serial = float(value)
    base = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
    stamp = base + dt.timedelta(days=serial)
    if stamp.time() == dt.time(0):
        return stamp.date().isoformat()
    return stamp.isoformat(sep=" ", timespec="seconds")


def xlsx_fast(zf: zipfile.ZipFile, read: Reader, budget: int) -> tuple[str, str]:
    sheets, date1904 = _sheets(zf, read)
    if not sheets:
        raise ValueError("no worksheets")
    strings = _shared_strings(zf, read)
    dates = _date_styles(zf, read)
    out: list[str] = []
    size = 0
    count = 0
    for name, path in sheets:
        if size >= budget:
            break
        try:
            info = zf.getinfo(path)
        except KeyError:
            continue  # chartsheets and dangling relationships
        count += 1
        line = f"Sheet: {name}\n"
        out.append(line)
        size += len(line)
        row: list[str] = []
        for _, elem in ET.iterparse(io.BytesIO(_no_dtd(read(info))), events=("end",)):  # noqa: S314
            tag = elem.tag
            if tag == f"{_MAIN}c":
                col = _col_index(elem.get("r"))
                if col is not None and col > len(row):
                    if col - len(row) > 16384:
                        raise ValueError("column out of range")
                    row.extend([""] * (col - len(row)))
                row.append(_cell(elem, strings, dates, date1904))
                elem.clear()
            elif tag == f"{_MAIN}row":
                while row and not row[-1]:
                    row.pop()
                if row:
                    line = "\t".join(row) + "\n"
                    out.append(line)
                    size += len(line)
                    if size >= budget:
                        break
                row = []
                elem.clear()
    return "".join(out).strip(), f"xlsx, {count} sheets"


def _cell(elem: ET.Element, strings: list[str], dates: list[bool], date1904: bool) -> str:
    kind = elem.get("t", "n")
    if kind == "inlineStr":
        inline = elem.find(f"{_MAIN}is")
        return "".join(t.text or "" for t in inline.iter(f"{_MAIN}t")) if inline is not None else ""
    v = elem.find(f"{_MAIN}v")
    value = v.text if v is not None and v.text is not None else ""
    if not value:
        return ""
    if kind == "s":
        idx = int(value)
        return strings[idx] if 0 <= idx < len(strings) else ""
    if kind == "b":
        return "TRUE" if value == "1" else "FALSE"
    if kind == "n":
        style = int(elem.get("s", "0"))
        if 0 <= style < len(dates) and dates[style]:
            try:
                return _as_date(value, date1904)
            except (ValueError, OverflowError):
                return value
        if value.endswith(".0"):
            return value[:-2]
    return value
