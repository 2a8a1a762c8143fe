"""Every attachment format, built as a real file in the test, read back through extract()."""

from __future__ import annotations

import gzip
import io
import tarfile
import zipfile
from collections.abc import Callable

import pytest
from extract_builders import docx, encrypted_pdf, mail, odt, pdf, pptx, xlsx, zip_of

from gateway.extract import Attachment, AttachmentStatus, Extraction, extract


def only_attachment(result: Extraction) -> Attachment:
    assert len(result.attachments) == 1, result.attachments
    return result.attachments[0]


def text_of(result: Extraction, part: str) -> str:
    return "\n".join(s.text for s in result.segments if s.part == part)


ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"
    b"SUMMARY:Chemo session for Ola Test\r\n  person\r\n"
    b"DESCRIPTION:Cycle 3\\, bring meds\\nRoom 12\r\nLOCATION:Oncology\\, 2nd floor\r\n"
    b'ATTENDEE;CN="Kari Fakename";ROLE=REQ-PARTICIPANT:mailto:kari@patient.example\r\n'
    b"DTSTART:20261201T090000Z\r\nUID:123@x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

RTF = (
    rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}\f0 Discharge note for Ola Test"
    rb"\par Dx: pneumonia \'e9t\'e9\par}"
)


# (filename, declared content type, bytes, expected format, fragments that must appear)
CASES: list[tuple[str, str, Callable[[], bytes], str, tuple[str, ...]]] = [
    ("note.txt", "text/plain", lambda: b"Plain note: Ola Test, MRN 44120", "text", ("MRN 44120",)),
    (
        "list.csv",
        "text/csv",
        lambda: b'name,mrn,dx\r\n"Test, Ola",44120,J18.9\r\nKari Fakename,55231,E11.9\r\n',
        "csv",
        ("name\tmrn\tdx", "Test, Ola\t44120\tJ18.9", "Kari Fakename\t55231\tE11.9"),
    ),
    (
        "list.tsv",
        "application/octet-stream",
        lambda: b"name\tmrn\nOla Test\t44120\n",
        "csv",
        ("name\tmrn", "Ola Test\t44120"),
    ),
    (
        "semi.csv",
        "text/csv",
        lambda: "navn;fødselsdato\nOla Test;01.02.1960\n".encode("cp1252"),
        "csv",
        ("navn\tfødselsdato", "Ola Test\t01.02.1960"),
    ),
    (
        "labs.pdf",
        "application/pdf",
        lambda: pdf([["Lab report", "Patient: Ola Test"], ["Page two: HbA1c 8.1%"]]),
        "pdf",
        ("Patient: Ola Test", "HbA1c 8.1%"),
    ),
    (
        "letter.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        lambda: docx(
            ["Referral for Ola Test", "Diagnosis: asthma"],
            table=[["Name", "MRN"], ["Ola Test", "44120"]],
            header="Clinic letterhead",
            footer="Confidential",
        ),
        "docx",
        (
            "Referral for Ola Test",
            "Name\tMRN",
            "Ola Test\t44120",
            "Clinic letterhead",
            "Confidential",
        ),
    ),
    (
        "census.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        lambda: xlsx(
            {"Ward 4": [["Name", "Bed"], ["Ola Test", 12]], "Notes": [["discharge Friday"]]}
        ),
        "xlsx",
        ("Sheet: Ward 4", "Name\tBed", "Ola Test\t12", "Sheet: Notes", "discharge Friday"),
    ),
    (
        "deck.pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        lambda: pptx([["Case review", "Ola Test, 44120"], ["Slide two"]], notes="Speaker note"),
        "pptx",
        ("Case review\nOla Test, 44120", "Slide two", "Speaker note"),
    ),
    (
        "letter.odt",
        "application/vnd.oasis.opendocument.text",
        lambda: odt(["ODT Ola Test", "line 2"]),
        "odf",
        ("ODT Ola Test\nline 2",),
    ),
    (
        "note.rtf",
        "application/rtf",
        lambda: RTF,
        "rtf",
        ("Discharge note for Ola Test", "pneumonia été"),
    ),
    (
        "invite.ics",
        "text/calendar",
        lambda: ICS,
        "ics",
        (
            "SUMMARY: Chemo session for Ola Test person",
            "DESCRIPTION: Cycle 3, bring meds\nRoom 12",
            "LOCATION: Oncology, 2nd floor",
            "ATTENDEE: Kari Fakename <kari@patient.example>",
        ),
    ),
    (
        "page.html",
        "text/html",
        lambda: (
            b"<html><body><table><tr><td>Ola Test</td><td>44120</td></tr></table></body></html>"
        ),
        "html",
        ("Ola Test\t44120",),
    ),
    (
        "data.json",
        "application/json",
        lambda: b'{"patient": {"name": "Ola Test", "visits": [{"ward": "4W"}]}}',
        "json",
        ("patient.name: Ola Test", "patient.visits.ward: 4W"),
    ),
    (
        "data.xml",
        "application/xml",
        lambda: b"<?xml version='1.0'?><rows><row name='x'>Ola Test</row><row>44120</row></rows>",
        "xml",
        ("Ola Test", "44120"),
    ),
    # senders lie: a PDF called .txt, a text file called .pdf
    (
        "really-a-pdf.txt",
        "text/plain",
        lambda: pdf([["Hidden Ola Test"]]),
        "pdf",
        ("Hidden Ola Test",),
    ),
    (
        "really-text.pdf",
        "application/pdf",
        lambda: b"Just text about Ola Test",
        "text",
        ("about Ola Test",),
    ),
    (
        "renamed.bin",
        "application/octet-stream",
        lambda: docx(["Word file without its name"]),
        "docx",
        ("Word file without its name",),
    ),
    (
        "utf16le-nobom.txt",
        "text/plain",
        lambda: "BOM-less UTF-16 note".encode("utf-16-le"),
        "text",
        ("BOM-less UTF-16 note",),
    ),
    (
        "utf16.txt",
        "text/plain",
        lambda: "UTF-16 note Zoë".encode("utf-16"),
        "text",
        ("UTF-16 note Zoë",),
    ),
]


@pytest.mark.parametrize(
    ("filename", "ctype", "build", "fmt", "fragments"), CASES, ids=[c[0] for c in CASES]
)
def test_attachment_formats(
    filename: str, ctype: str, build: Callable[[], bytes], fmt: str, fragments: tuple[str, ...]
) -> None:
    data = build()
    result = extract(mail("see attached", attachments=[(filename, ctype, data)]))
    att = only_attachment(result)
    assert att.status == AttachmentStatus.OK, att
    assert att.path == f"attachment:{filename}"
    assert att.filename == filename and att.size == len(data) and att.content_type == ctype
    segs = [s for s in result.segments if s.part == att.path]
    assert segs and {s.format for s in segs} == {fmt} and {s.source for s in segs} == {"attachment"}
    text = text_of(result, att.path)
    for fragment in fragments:
        assert fragment in text, (fragment, text)
    assert "Ola" not in att.detail and "Test" not in att.detail  # detail never carries content


@pytest.mark.parametrize(
    ("filename", "ctype", "build", "status"),
    [
        ("locked.pdf", "application/pdf", encrypted_pdf, AttachmentStatus.ENCRYPTED),
        (
            "broken.pdf",
            "application/pdf",
            lambda: b"%PDF-1.4\n\x00\x01garbage\xff" * 3,
            AttachmentStatus.UNREADABLE,
        ),
        (
            "broken.docx",
            "application/octet-stream",
            lambda: b"PK\x03\x04" + b"\x00" * 40,
            AttachmentStatus.UNREADABLE,
        ),
        (
            "photo.png",
            "image/png",
            lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
            AttachmentStatus.UNSUPPORTED,
        ),
        (
            "blob.bin",
            "application/octet-stream",
            lambda: bytes(range(256)) * 4,
            AttachmentStatus.UNSUPPORTED,
        ),
        (
            "claims.xlsx",
            "application/octet-stream",
            lambda: bytes(range(256)) * 4,
            AttachmentStatus.UNREADABLE,
        ),
        (
            "secret.xlsx",
            "application/octet-stream",
            lambda: (
                b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
                + b"\x00" * 500
                + "EncryptedPackage".encode("utf-16-le")
            ),
            AttachmentStatus.ENCRYPTED,
        ),
        (
            "old.doc",
            "application/msword",
            lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500,
            AttachmentStatus.UNSUPPORTED,
        ),
        (
            "a.7z",
            "application/x-7z-compressed",
            lambda: b"7z\xbc\xaf\x27\x1c" + b"\x00" * 40,
            AttachmentStatus.UNSUPPORTED,
        ),
        ("scan.pdf", "application/pdf", lambda: pdf([[]]), AttachmentStatus.UNSUPPORTED),
    ],
)
def test_attachment_statuses(
    filename: str, ctype: str, build: Callable[[], bytes], status: AttachmentStatus
) -> None:
    result = extract(mail("b", attachments=[(filename, ctype, build())]))
    att = only_attachment(result)
    assert att.status == status, att
    assert att.detail and len(att.detail) < 80


def test_owner_password_only_pdf_is_read() -> None:
    data = encrypted_pdf(user_password="", owner_password="owner")
    result = extract(mail("b", attachments=[("report.pdf", "application/pdf", data)]))
    assert only_attachment(result).status == AttachmentStatus.OK
    assert "Lab results for Jane Roe" in text_of(result, "attachment:report.pdf")


def test_gzip_and_tar_members() -> None:
    gz = gzip.compress(b"gzipped note about Ola Test")
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, data in (("dir/a.txt", b"tar member A"), ("b.csv", b"x,y\n1,2\n")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    result = extract(
        mail(
            "b",
            attachments=[
                ("note.txt.gz", "application/gzip", gz),
                ("bundle.tgz", "application/gzip", buf.getvalue()),
            ],
        )
    )
    assert text_of(result, "attachment:note.txt.gz/note.txt") == "gzipped note about Ola Test"
    assert text_of(result, "attachment:bundle.tgz/dir/a.txt") == "tar member A"
    assert text_of(result, "attachment:bundle.tgz/b.csv") == "x\ty\n1\t2"
    assert all(a.status == AttachmentStatus.OK for a in result.attachments)


def test_zip_members_and_paths() -> None:
    inner = zip_of([("inner.csv", b"a,b\n1,2\n")])
    outer = zip_of([("readme.txt", b"see inner"), ("nested/inner.zip", inner), ("dir/", b"")])
    result = extract(mail("b", attachments=[("outer.zip", "application/zip", outer)]))
    paths = {a.path: a for a in result.attachments}
    assert set(paths) == {
        "attachment:outer.zip",
        "attachment:outer.zip/readme.txt",
        "attachment:outer.zip/nested/inner.zip",
        "attachment:outer.zip/nested/inner.zip/inner.csv",
    }
    assert text_of(result, "attachment:outer.zip/nested/inner.zip/inner.csv") == "a\tb\n1\t2"
    assert paths["attachment:outer.zip"].detail == "zip, 2 entries"


def test_eml_inside_zip() -> None:
    inner = mail("forwarded body text", subject="inner subject")
    result = extract(
        mail("b", attachments=[("mails.zip", "application/zip", zip_of([("old.eml", inner)]))])
    )
    assert text_of(result, "attachment:mails.zip/old.eml/body") == "forwarded body text"
    assert text_of(result, "attachment:mails.zip/old.eml/subject") == "inner subject"


def test_inline_rfc822_7bit() -> None:
    raw = (
        b"Subject: outer\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=ZZ\r\n\r\n"
        b"--ZZ\r\nContent-Type: text/plain\r\n\r\nouter body\r\n"
        b"--ZZ\r\nContent-Type: message/rfc822\r\n\r\n"
        b"Subject: inner\r\nFrom: x@y.example\r\n\r\ninner body\r\n--ZZ--\r\n"
    )
    result = extract(raw)
    assert text_of(result, "attachment:message.eml/body") == "inner body"
    assert text_of(result, "attachment:message.eml/subject") == "inner"
    assert result.attachments[0].path == "attachment:message.eml"


def test_xlsx_excel_layout_shared_strings_and_dates() -> None:
    from extract_builders import xlsx_excel_style

    result = extract(
        mail("b", attachments=[("excel.xlsx", "application/octet-stream", xlsx_excel_style())])
    )
    att = only_attachment(result)
    assert att.status == AttachmentStatus.OK and att.detail == "xlsx, 2 sheets"
    assert text_of(result, "attachment:excel.xlsx").split("\n") == [
        "Sheet: Patients",
        "Name\tDOB",
        "Ingrid Fakename\t1961-02-14\t\tTRUE",
        "Yamada\t2026-01-01 12:00:00\t2\t\tformula text",
        "Sheet: Other",
        "\t\tinline",
    ]


def test_openpyxl_reader_matches_for_plain_workbooks() -> None:
    import datetime

    from gateway.extract import formats

    data = xlsx(
        {"S": [["Name", "DOB"], ["Ola Test", datetime.date(1961, 2, 14)]], "T": [[None, "b"]]}
    )
    text, detail = formats.xlsx_text(data, 10_000)
    assert detail == "xlsx, 2 sheets"
    assert text.split("\n") == [
        "Sheet: S",
        "Name\tDOB",
        "Ola Test\t1961-02-14 00:00:00",
        "Sheet: T",
        "\tb",
    ]
    fast = extract(mail("b", attachments=[("s.xlsx", "application/octet-stream", data)]))
    assert text_of(fast, "attachment:s.xlsx").split("\n") == [
        "Sheet: S",
        "Name\tDOB",
        "Ola Test\t1961-02-14",
        "Sheet: T",
        "\tb",
    ]


def test_xlsx_part_with_dtd_is_unreadable() -> None:
    data = xlsx({"S": [["a"]]})
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "xl/workbook.xml":
                body = b'<!DOCTYPE x [<!ENTITY a "aaaa">]>' + body
            dst.writestr(info.filename, body)
    result = extract(
        mail("b", attachments=[("dtd.xlsx", "application/octet-stream", buf.getvalue())])
    )
    assert only_attachment(result).status == AttachmentStatus.UNREADABLE
