"""devset11's reproducible binary writers: zip, DOCX, encrypted zip, PNG, XLSX and PDF."""

from __future__ import annotations

from tests.mailsets.attachments import DOCX, XLSX, ZipWriters, png
from tests.mailsets.pdf import PdfWriter
from tests.mailsets.xlsx import XlsxWriter

__all__ = ["DOCX", "XLSX", "docx", "encrypted_zip", "ics", "pdf", "png", "xlsx", "zipped"]

ZIP_TIME = (2026, 11, 6, 15, 18, 0)
_ZIP = ZipWriters(ZIP_TIME)
_XLSX = XlsxWriter(ZIP_TIME)
_PDF = PdfWriter(producer="devset11 pdf writer", encoding="cp1252")

zipped = _ZIP.zipped
docx = _ZIP.docx
encrypted_zip = _ZIP.encrypted_zip
xlsx = _XLSX.multi
pdf = _PDF.pdf


def ics(
    uid: str,
    summary: str,
    start: str,
    end: str,
    *,
    organizer: str,
    location: str = "",
    description: str = "",
    method: str = "REQUEST",
) -> str:
    """A one-event iCalendar text (times are floating local times, e.g. 20261112T071500)."""
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261106T231800Z",
        f"ORGANIZER:mailto:{organizer}",
        f"DTSTART;TZID=America/Los_Angeles:{start}",
        f"DTEND;TZID=America/Los_Angeles:{end}",
        f"SUMMARY:{summary}",
    ]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n"))
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"
