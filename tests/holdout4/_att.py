"""Reproducible binary attachments for holdout4: DOCX, ZIP, ZipCrypto-encrypted ZIP and PNG."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

ZIP_TIME = (2026, 12, 7, 0, 0, 0)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PKG = "http://schemas.openxmlformats.org/package/2006"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def zipped(files: dict[str, str | bytes], deflate: bool = True) -> bytes:
    """A zip archive with fixed timestamps, members in the given order."""
    buf = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = method
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def docx(paragraphs: list[str]) -> bytes:
    """A minimal WordprocessingML document: one run per paragraph."""
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paragraphs
    )
    return zipped(
        {
            "[Content_Types].xml": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<Types xmlns="{PKG}/content-types">'
                '<Default Extension="rels" '
                'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/word/document.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                "</Types>"
            ),
            "_rels/.rels": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<Relationships xmlns="{PKG}/relationships">'
                f'<Relationship Id="rId1" Type="{OFFICE}/officeDocument" '
                'Target="word/document.xml"/></Relationships>'
            ),
            "word/document.xml": (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
            ),
        }
    )


def _crc_table() -> list[int]:
    table = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC = _crc_table()


class _ZipCrypto:
    """Traditional PKWARE stream cipher (what `zip -e` writes)."""

    def __init__(self, password: bytes) -> None:
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for ch in password:
            self._update(ch)

    def _crc(self, crc: int, ch: int) -> int:
        return (crc >> 8) ^ _CRC[(crc ^ ch) & 0xFF]

    def _update(self, ch: int) -> None:
        self.k0 = self._crc(self.k0, ch)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = self._crc(self.k2, self.k1 >> 24)

    def encrypt(self, data: bytes) -> bytes:
        out = bytearray()
        for ch in data:
            temp = (self.k2 | 2) & 0xFFFF
            out.append(ch ^ (((temp * (temp ^ 1)) >> 8) & 0xFF))
            self._update(ch)
        return bytes(out)


def encrypted_zip(files: dict[str, str], password: str) -> bytes:
    """A stored (uncompressed) ZipCrypto archive; the 12-byte headers are fixed, not random."""
    dos_time = (ZIP_TIME[3] << 11) | (ZIP_TIME[4] << 5) | (ZIP_TIME[5] // 2)
    dos_date = ((ZIP_TIME[0] - 1980) << 9) | (ZIP_TIME[1] << 5) | ZIP_TIME[2]
    local = bytearray()
    central = bytearray()
    for name, text in files.items():
        data = text.encode("utf-8")
        crc = zlib.crc32(data)
        header = bytes(range(0x41, 0x41 + 11)) + bytes([crc >> 24])
        sealed = _ZipCrypto(password.encode()).encrypt(header + data)
        fname = name.encode()
        offset = len(local)
        fields = (20, 1, 0, dos_time, dos_date, crc, len(sealed), len(data), len(fname), 0)
        local += struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields) + fname + sealed
        central += (
            struct.pack("<IH", 0x02014B50, 20)
            + struct.pack("<HHHHHIIIHHHHHII", *fields[:-1], 0, 0, 0, 0, 0, offset)
            + fname
        )
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(files), len(files), len(central), len(local), 0
    )
    return bytes(local + central + end)


def png(width: int = 4, height: int = 4, rgb: tuple[int, int, int] = (200, 40, 40)) -> bytes:
    """A tiny solid-colour PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    row = b"\x00" + bytes(rgb) * width
    raw = row * height
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )
