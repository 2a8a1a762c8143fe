"""Deterministic builders for corpus messages and attachments.

Everything here is byte-for-byte reproducible: no wall-clock time, no
``random`` module globals, no ``secrets``. Used by ``generate.py``,
``hard_cases.py`` and ``tests/holdout/build_holdout.py``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

# Fixed timestamp stamped into every archive member (DOS date/time).
ZIP_TIME = (2026, 3, 2, 9, 30, 0)
BASE_DATE = dt.datetime(2026, 3, 2, 8, 0, 0, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


# --------------------------------------------------------------------------- checksummed identifiers


def luhn_check_digit(digits: str) -> int:
    """Return the Luhn check digit to append to ``digits``."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:  # positions that get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def npi_is_valid(npi: str) -> bool:
    if not re.fullmatch(r"\d{10}", npi):
        return False
    return luhn_check_digit("80840" + npi[:9]) == int(npi[9])


def make_npi(rng_int: int) -> str:
    """Build a valid NPI from an integer seed (first digit 1 or 2)."""
    body = ("1" if rng_int % 2 else "2") + f"{rng_int % 10**8:08d}"
    return body + str(luhn_check_digit("80840" + body))


def dea_is_valid(dea: str) -> bool:
    if not re.fullmatch(r"[A-Z][A-Z9]\d{7}", dea):
        return False
    d = [int(c) for c in dea[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def make_dea(registrant: str, last_name: str, six_digits: str) -> str:
    d = [int(c) for c in six_digits]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return f"{registrant}{last_name[0].upper()}{six_digits}{check}"


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"  # excludes S L O I B Z
MBI_ALNUM = "0123456789" + MBI_ALPHA


def mbi_is_valid(mbi: str) -> bool:
    m = mbi.replace("-", "")
    if len(m) != 11:
        return False
    kinds = "NAXNAXNAANN"  # N numeric, A alpha, X either
    for ch, kind in zip(m, kinds, strict=True):
        if kind == "N" and not ch.isdigit():
            return False
        if kind == "A" and ch not in MBI_ALPHA:
            return False
        if kind == "X" and ch not in MBI_ALNUM:
            return False
    return m[0] != "0"


def ssn_is_valid(ssn: str) -> bool:
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", ssn)
    if not m:
        return False
    area, group, serial = m.groups()
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return ssn not in ("123-45-6789", "078-05-1120", "219-09-9999")


# --------------------------------------------------------------------------- PDF


def _pdf_escape(s: str) -> bytes:
    raw = s.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(lines: Sequence[str], *, title: str = "") -> bytes:
    """Hand-written PDF 1.4 with a real text layer (Helvetica, WinAnsi) and a correct xref."""
    pages: list[list[str]] = [list(lines[i : i + 48]) for i in range(0, max(len(lines), 1), 48)]
    objects: list[bytes] = []
    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, page_lines in enumerate(pages):
        content_id = 4 + 2 * i
        objects.append(
            (
                f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                f"/Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content_id} 0 R >>"
            ).encode()
        )
        ops = [b"BT /F1 11 Tf 14 TL 72 720 Td"]
        for ln in page_lines:
            ops.append(b"(" + _pdf_escape(ln) + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    if title:
        objects.append(b"<< /Title (" + _pdf_escape(title) + b") /Producer (phigate corpus) >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % num + body + b"\nendobj\n")
    xref_at = out.tell()
    out.write(b"xref\n0 %d\n" % (len(objects) + 1))
    out.write(b"0000000000 65535 f \n")
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    info = b" /Info %d 0 R" % len(objects) if title else b""
    out.write(b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, info, xref_at))
    return out.getvalue()


def encrypt_pdf(pdf: bytes, user_password: str, seed: str) -> bytes:
    """Encrypt with pypdf (RC4-128, deterministic file identifier so output is reproducible)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject

    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    fid = ByteStringObject(hashlib.md5(seed.encode()).digest())

    def _fixed_id() -> None:
        writer._ID = ArrayObject((fid, fid))

    writer.generate_file_identifiers = _fixed_id  # type: ignore[method-assign]
    writer.encrypt(user_password, "owner-" + user_password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --------------------------------------------------------------------------- ZIP based formats


def make_zip(members: Iterable[tuple[str, bytes]], *, compress: bool = True) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


def _crc_table() -> list[int]:
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC = _crc_table()


class _ZipCrypto:
    """Traditional PKWARE stream cipher (APPNOTE 6.1)."""

    def __init__(self, password: bytes) -> None:
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in password:
            self._update(b)

    def _update(self, b: int) -> None:
        self.k0 = (self.k0 >> 8) ^ _CRC[(self.k0 ^ b) & 0xFF]
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = (self.k2 >> 8) ^ _CRC[(self.k2 ^ ((self.k1 >> 24) & 0xFF)) & 0xFF]

    def encrypt(self, data: bytes) -> bytes:
        out = bytearray()
        for p in data:
            t = (self.k2 | 2) & 0xFFFF
            out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
            self._update(p)
        return bytes(out)


def make_encrypted_zip(members: Iterable[tuple[str, bytes]], password: str, seed: str) -> bytes:
    """ZIP with ZipCrypto-encrypted, deflated members (readable by zipfile with pwd=)."""
    year, month, day, hour, minute, second = ZIP_TIME
    dos_time = (hour << 11) | (minute << 5) | (second // 2)
    dos_date = ((year - 1980) << 9) | (month << 5) | day
    out = io.BytesIO()
    central = io.BytesIO()
    count = 0
    for name, data in members:
        crc = zlib.crc32(data) & 0xFFFFFFFF
        comp = zlib.compressobj(9, zlib.DEFLATED, -15)
        deflated = comp.compress(data) + comp.flush()
        header = hashlib.sha256(f"{seed}/{name}".encode()).digest()[:11] + bytes([crc >> 24])
        cipher = _ZipCrypto(password.encode())
        payload = cipher.encrypt(header + deflated)
        fname = name.encode()
        offset = out.tell()
        out.write(
            struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 1, 8, dos_time, dos_date, crc, len(payload), len(data), len(fname), 0)
        )
        out.write(fname)
        out.write(payload)
        central.write(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50, 20, 20, 1, 8, dos_time, dos_date, crc, len(payload), len(data),
                len(fname), 0, 0, 0, 0, 0o644 << 16, offset,
            )
        )
        central.write(fname)
        count += 1
    cd = central.getvalue()
    cd_offset = out.tell()
    out.write(cd)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(cd), cd_offset, 0))
    return out.getvalue()


def _xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def make_docx(paragraphs: Sequence[str]) -> bytes:
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{_xml_escape(p)}</w:t></w:r></w:p>' for p in paragraphs
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<w:document xmlns:w="{ns}"><w:body>{body}<w:sectPr/></w:body></w:document>'
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>'
    )
    return make_zip(
        [
            ("[Content_Types].xml", content_types.encode()),
            ("_rels/.rels", rels.encode()),
            ("word/document.xml", document.encode()),
        ]
    )


_CORE_TS = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def make_xlsx(sheets: Sequence[tuple[str, Sequence[Sequence[object]]]]) -> bytes:
    """openpyxl workbook, re-zipped with fixed timestamps so the bytes are reproducible."""
    from openpyxl import Workbook

    wb = Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        assert ws is not None
        ws.title = title
        for row in rows:
            ws.append(list(row))
    fixed = dt.datetime(2026, 3, 2, 9, 30, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "corpus"
    raw = io.BytesIO()
    wb.save(raw)
    members = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zf:
        for info in zf.infolist():
            data = zf.read(info)
            if info.filename == "docProps/core.xml":
                data = _CORE_TS.sub(rb"\g<1>2026-03-02T09:30:00Z\g<2>", data)
            members.append((info.filename, data))
    return make_zip(members)


# --------------------------------------------------------------------------- text formats


def make_rtf(paragraphs: Sequence[str]) -> bytes:
    def esc(s: str) -> str:
        out = []
        for ch in s:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) < 128:
                out.append(ch)
            else:
                b = ch.encode("cp1252", errors="replace")
                out.append("".join(f"\\'{x:02x}" for x in b))
        return "".join(out)

    body = "\n".join(esc(p) + "\\par" for p in paragraphs)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs22\n" + body + "\n}").encode("ascii")


def make_ics(uid: str, summary: str, start: dt.datetime, minutes: int, location: str, description: str) -> bytes:
    def fmt(t: dt.datetime) -> str:
        return t.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")

    def fold(line: str) -> str:
        chunks = [line[i : i + 73] for i in range(0, len(line), 73)]
        return "\r\n ".join(chunks)

    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//phigate corpus//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20260301T120000Z",
        f"DTSTART:{fmt(start)}",
        f"DTEND:{fmt(start + dt.timedelta(minutes=minutes))}",
        fold(f"SUMMARY:{esc(summary)}"),
        fold(f"LOCATION:{esc(location)}"),
        fold(f"DESCRIPTION:{esc(description)}"),
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return ("\r\n".join(lines) + "\r\n").encode()


def xml_escape(s: str) -> str:
    return _xml_escape(s)


# --------------------------------------------------------------------------- messages


def message_id(key: str, domain: str = "corpus.phigate.test") -> str:
    return f"<{hashlib.sha1(key.encode()).hexdigest()[:20]}@{domain}>"


def date_header(index: int) -> str:
    return format_datetime(BASE_DATE + dt.timedelta(minutes=37 * index))


def new_message(
    *, sender: str, to: str | Sequence[str], subject: str, key: str, index: int, cc: str | None = None
) -> EmailMessage:
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = sender
    msg["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date_header(index)
    msg["Message-ID"] = message_id(key)
    return msg


def serialize(msg: EmailMessage, key: str, *, raw_subject: str | None = None) -> bytes:
    """Fix multipart boundaries deterministically and flatten with CRLF line endings.

    ``raw_subject`` replaces the Subject header with a pre-encoded value (used for
    RFC 2047 encoded-words in charsets other than utf-8).
    """
    for n, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            digest = hashlib.sha1(f"{key}/{n}".encode()).hexdigest()[:24]
            part.set_boundary(f"=_pg_{digest}")
    if raw_subject is not None:
        del msg["Subject"]
        msg["Subject"] = "__RAW_SUBJECT__"
    data = msg.as_bytes(policy=policy.SMTP)
    if raw_subject is not None:
        data = data.replace(b"Subject: __RAW_SUBJECT__", b"Subject: " + raw_subject.encode("ascii"), 1)
    return data


def encoded_word_subject(text: str, charset: str, encoding: str = "q") -> str:
    """RFC 2047 encode ``text`` in ``charset`` ('q' or 'b'), folded over several words if long."""
    from email.header import Header

    h = Header(text, charset=charset, maxlinelen=76, header_name="Subject")
    enc = h.encode(linesep="\r\n")
    if encoding == "b" and "?q?" in enc.lower():
        import base64

        raw = text.encode(charset)
        enc = f"=?{charset}?b?{base64.b64encode(raw).decode()}?="
    return enc


def raw_message(headers: Sequence[tuple[str, str]], body: bytes) -> bytes:
    """Assemble a message by hand (for binary / uuencode / odd encodings the email package won't emit)."""
    head = "".join(f"{k}: {v}\r\n" for k, v in headers).encode("ascii")
    body = re.sub(rb"(?<!\r)\n", b"\r\n", body)
    return head + b"\r\n" + body
