"""Real files and messages built in-process for the extraction tests (synthetic data only)."""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Iterable, Sequence
from email.message import EmailMessage
from email.policy import SMTP

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def mail(
    body: str = "Hello.",
    *,
    subject: str = "Test",
    html: str | None = None,
    attachments: Sequence[tuple[str, str, bytes]] = (),
    headers: Iterable[tuple[str, str]] = (),
) -> bytes:
    """A multipart message; attachments are (filename, mime type, bytes)."""
    msg = EmailMessage()
    msg["From"] = "Dana Sender <dana@clinic.example>"
    msg["To"] = "Rob Receiver <rob@partner.example>"
    msg["Subject"] = subject
    msg["Message-ID"] = "<t1@clinic.example>"
    msg["Date"] = "Tue, 01 Dec 2026 09:00:00 +0000"
    for name, value in headers:
        msg[name] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes(policy=SMTP)


def docx(
    paragraphs: Sequence[str],
    *,
    table: Sequence[Sequence[str]] = (),
    header: str | None = None,
    footer: str | None = None,
) -> bytes:
    def para(text: str) -> str:
        return f"<w:p><w:r><w:t xml:space='preserve'>{text}</w:t></w:r></w:p>"

    rows = "".join(
        "<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in row) + "</w:tr>" for row in table
    )
    body = "".join(para(p) for p in paragraphs) + (f"<w:tbl>{rows}</w:tbl>" if rows else "")
    document = (
        "<?xml version='1.0' encoding='UTF-8'?>"
        f"<w:document xmlns:w='{W_NS}'><w:body>{body}</w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "[Content_Types].xml",
            "<?xml version='1.0'?><Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
            "<Override PartName='/word/document.xml' ContentType='application/vnd.openxmlformats-"
            "officedocument.wordprocessingml.document.main+xml'/></Types>",
        )
        zf.writestr("word/document.xml", document)
        if header is not None:
            zf.writestr("word/header1.xml", f"<w:hdr xmlns:w='{W_NS}'>{para(header)}</w:hdr>")
        if footer is not None:
            zf.writestr("word/footer1.xml", f"<w:ftr xmlns:w='{W_NS}'>{para(footer)}</w:ftr>")
    return buf.getvalue()


def xlsx(sheets: dict[str, Sequence[Sequence[object]]]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    first = True
    for title, rows in sheets.items():
        ws = wb.active if first else wb.create_sheet()
        first = False
        assert ws is not None
        ws.title = title
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(pages: Sequence[Sequence[str]]) -> bytes:
    """A minimal valid PDF: one Helvetica text line per string, one page per list."""
    objects: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, lines in enumerate(pages):
        ops = ["BT /F1 11 Tf 50 780 Td 14 TL"]
        ops.extend(f"({_pdf_escape(line)}) Tj T*" for line in lines)
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % num + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def encrypted_pdf(user_password: str = "s3cret", owner_password: str = "owner") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf([["Lab results for Jane Roe"]]))).pages:
        writer.add_page(page)
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def zip_of(members: Sequence[tuple[str, bytes]], *, encrypt_names: Sequence[str] = ()) -> bytes:
    """A zip; members named in encrypt_names carry the 'encrypted' flag (general purpose bit 0).

    zipfile clears flag bits when writing, so the bit is set afterwards in both the local header
    and the central directory, exactly where an encrypting archiver puts it.
    """
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
        offsets = {i.filename: i.header_offset for i in zf.infolist()}
    raw = bytearray(buf.getvalue())
    for name in encrypt_names:
        local = offsets[name]
        raw[local + 6] |= 0x1
        central = raw.find(b"PK\x01\x02", 0)
        while central >= 0:
            (name_len,) = struct.unpack_from("<H", raw, central + 28)
            if raw[central + 46 : central + 46 + name_len] == name.encode():
                raw[central + 8] |= 0x1
            central = raw.find(b"PK\x01\x02", central + 4)
    return bytes(raw)


def zeros_zip(megabytes: int, name: str = "zeros.bin") -> bytes:
    """A zip with one member of `megabytes` MiB of zeros, compressed while streaming."""
    buf = io.BytesIO()
    block = bytes(1 << 20)
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(info, "w", force_zip64=True) as handle:
            for _ in range(megabytes):
                handle.write(block)
    return buf.getvalue()


def nested_zip(levels: int, inner: tuple[str, bytes]) -> bytes:
    name, data = inner
    for level in range(levels):
        data = zip_of([(name, data)])
        name = f"level{levels - level}.zip"
    return data


SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xlsx_excel_style() -> bytes:
    """A workbook laid out the way Excel writes it: shared strings (plain, rich text, phonetic),
    a date style (built-in format 14), a custom datetime format, booleans and a column gap."""
    shared = (
        f"<sst xmlns='{SML}' count='4' uniqueCount='4'>"
        "<si><t>Name</t></si><si><t>DOB</t></si>"
        "<si><r><t>Ingrid </t></r><r><rPr><b/></rPr><t>Fakename</t></r></si>"
        "<si><t>Yamada</t><rPh sb='0' eb='1'><t>YAMADA-PHONETIC</t></rPh></si>"
        "</sst>"
    )
    styles = (
        f"<styleSheet xmlns='{SML}'><numFmts count='1'><numFmt numFmtId='170' "
        "formatCode='yyyy\\-mm\\-dd\\ hh:mm'/></numFmts>"
        "<cellXfs count='3'><xf numFmtId='0'/><xf numFmtId='14'/><xf numFmtId='170'/></cellXfs>"
        "</styleSheet>"
    )
    sheet1 = (
        f"<worksheet xmlns='{SML}'><sheetData>"
        "<row r='1'><c r='A1' t='s'><v>0</v></c><c r='B1' t='s'><v>1</v></c></row>"
        "<row r='2'><c r='A2' t='s'><v>2</v></c><c r='B2' s='1'><v>22326</v></c>"
        "<c r='D2' t='b'><v>1</v></c></row>"
        "<row r='3'><c r='A3' t='s'><v>3</v></c><c r='B3' s='2'><v>46023.5</v></c>"
        "<c r='C3'><f>1+1</f><v>2</v></c><c r='E3' t='str'><v>formula text</v></c></row>"
        "</sheetData></worksheet>"
    )
    sheet2 = (
        f"<worksheet xmlns='{SML}'><sheetData><row r='5'>"
        "<c r='C5' t='inlineStr'><is><t>inline</t></is></c></row></sheetData></worksheet>"
    )
    workbook = (
        f"<workbook xmlns='{SML}' xmlns:r='{OFFICE_REL}'><sheets>"
        "<sheet name='Patients' sheetId='1' r:id='rId1'/>"
        "<sheet name='Other' sheetId='2' r:id='rId2'/>"
        "</sheets></workbook>"
    )
    rels = (
        f"<Relationships xmlns='{RELS}'>"
        f"<Relationship Id='rId1' Type='{OFFICE_REL}/worksheet' Target='worksheets/sheet1.xml'/>"
        f"<Relationship Id='rId2' Type='{OFFICE_REL}/worksheet'"
        " Target='/xl/worksheets/sheet2.xml'/>"
        "</Relationships>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "[Content_Types].xml",
            "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>",
        )
        zf.writestr("xl/workbook.xml", workbook)
        zf.writestr("xl/_rels/workbook.xml.rels", rels)
        zf.writestr("xl/sharedStrings.xml", shared)
        zf.writestr("xl/styles.xml", styles)
        zf.writestr("xl/worksheets/sheet1.xml", sheet1)
        zf.writestr("xl/worksheets/sheet2.xml", sheet2)
    return buf.getvalue()


def pptx(slides: Sequence[Sequence[str]], notes: str | None = None) -> bytes:
    a_ns = "http://schemas.openxmlformats.org/drawingml/2006/main"
    p_ns = "http://schemas.openxmlformats.org/presentationml/2006/main"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("ppt/presentation.xml", f"<p:presentation xmlns:p='{p_ns}'/>")
        for number, paragraphs in enumerate(slides, start=1):
            body = "".join(f"<a:p><a:r><a:t>{text}</a:t></a:r></a:p>" for text in paragraphs)
            zf.writestr(
                f"ppt/slides/slide{number}.xml",
                f"<p:sld xmlns:p='{p_ns}' xmlns:a='{a_ns}'><p:cSld><p:spTree><p:sp><p:txBody>"
                f"{body}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>",
            )
        if notes is not None:
            zf.writestr(
                "ppt/notesSlides/notesSlide1.xml",
                f"<p:notes xmlns:p='{p_ns}' xmlns:a='{a_ns}'>"
                f"<a:p><a:r><a:t>{notes}</a:t></a:r></a:p></p:notes>",
            )
    return buf.getvalue()


def odt(paragraphs: Sequence[str]) -> bytes:
    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office_ns = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    body = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr(
            "content.xml",
            f"<office:document-content xmlns:office='{office_ns}' xmlns:text='{text_ns}'>"
            f"<office:body><office:text>{body}</office:text></office:body></office:document-content>",
        )
    return buf.getvalue()
