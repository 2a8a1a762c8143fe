"""holdout8's reproducible binary writers: zip, DOCX, encrypted zip, PNG, XLSX, PDF and ICS."""

from __future__ import annotations

from tests.mailsets.attachments import DOCX, XLSX, ZipWriters, png
from tests.mailsets.pdf import PdfWriter
from tests.mailsets.xlsx import XlsxWriter

__all__ = ["DOCX", "XLSX", "docx", "encrypted_zip", "ics", "pdf", "png", "xlsx", "zipped"]

ZIP_TIME = (2026, 11, 6, 15, 18, 0)
_ZIP = ZipWriters(ZIP_TIME)
_XLSX = XlsxWriter(ZIP_TIME)
_PDF = PdfWriter(producer="holdout8 pdf writer", encoding="cp1252")

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
    organizer: str,
    attendees: tuple[str, ...],
    location: str = "",
    description: str = "",
    rrule: str = "",
) -> str:
    """A one-event VCALENDAR REQUEST (times as local yyyymmddThhmmss, America/Chicago)."""
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261105T160000Z",
        f"DTSTART;TZID=America/Chicago:{start}",
        f"DTEND;TZID=America/Chicago:{end}",
        f"SUMMARY:{summary}",
        f"ORGANIZER:mailto:{organizer}",
    ]
    lines += [f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}" for a in attendees]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append(f"DESCRIPTION:{description}")
    if rrule:
        lines.append(f"RRULE:{rrule}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\n".join(lines)
