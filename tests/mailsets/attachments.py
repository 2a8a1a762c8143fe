"""Reproducible binary attachments: DOCX, ZIP, ZipCrypto-encrypted ZIP and PNG.

Every zip member carries the set's fixed `zip_time`, so the bytes never depend on the clock.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass
from xml.sax.saxutils import escape

ZipTime = tuple[int, int, int, int, int, int]

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PKG = "http://schemas.openxmlformats.org/package/2006"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def zipped(files: dict[str, str | bytes], zip_time: ZipTime, deflate: bool = True) -> bytes:
    """A zip archive with fixed timestamps, members in the given order."""
    buf = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(buf, "w", method) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, zip_time)
            info.compress_type = method
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def stored_zip(files: dict[str, str], zip_time: ZipTime) -> bytes:
    """An uncompressed zip of UTF-8 text members (the OOXML writers' container)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, text in files.items():
            z.writestr(zipfile.ZipInfo(name, zip_time), text.encode("utf-8"))
    return buf.getvalue()


def docx(paragraphs: list[str], zip_time: ZipTime) -> bytes:
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
        },
        zip_time,
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


def encrypted_zip(files: dict[str, str], password: str, zip_time: ZipTime) -> bytes:
    """A stored (uncompressed) ZipCrypto archive; the 12-byte headers are fixed, not random."""
    dos_time = (zip_time[3] << 11) | (zip_time[4] << 5) | (zip_time[5] // 2)
    dos_date = ((zip_time[0] - 1980) << 9) | (zip_time[1] << 5) | zip_time[2]
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


@dataclass(frozen=True)
class ZipWriters:
    """The zip-based writers bound to one set's fixed timestamp (what a set's `_att.py` exports)."""

    zip_time: ZipTime

    def zipped(self, files: dict[str, str | bytes], deflate: bool = True) -> bytes:
        return zipped(files, self.zip_time, deflate)

    def docx(self, paragraphs: list[str]) -> bytes:
        return docx(paragraphs, self.zip_time)

    def encrypted_zip(self, files: dict[str, str], password: str) -> bytes:
        return encrypted_zip(files, password, self.zip_time)
