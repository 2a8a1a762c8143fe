"""Reproducible ZIP (plain and ZipCrypto-encrypted) and tiny PNG writers for holdout3."""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib

ZIP_TIME = (2026, 11, 23, 0, 0, 0)
_DOS_TIME = 0
_DOS_DATE = ((2026 - 1980) << 9) | (11 << 5) | 23


def zip_plain(members: list[tuple[str, str | bytes]]) -> bytes:
    """A deflated zip archive with fixed timestamps."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def _crc_byte(crc: int, b: int) -> int:
    return zlib.crc32(bytes([b]), crc ^ 0xFFFFFFFF) ^ 0xFFFFFFFF


class _Keys:
    def __init__(self, password: bytes) -> None:
        self.k0, self.k1, self.k2 = 0x12345678, 0x23456789, 0x34567890
        for b in password:
            self.update(b)

    def update(self, b: int) -> None:
        self.k0 = _crc_byte(self.k0, b)
        self.k1 = (self.k1 + (self.k0 & 0xFF)) & 0xFFFFFFFF
        self.k1 = (self.k1 * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = _crc_byte(self.k2, (self.k1 >> 24) & 0xFF)

    def encrypt(self, data: bytes) -> bytes:
        out = bytearray()
        for b in data:
            temp = (self.k2 | 2) & 0xFFFF
            out.append(b ^ (((temp * (temp ^ 1)) >> 8) & 0xFF))
            self.update(b)
        return bytes(out)


def zip_encrypted(members: list[tuple[str, str | bytes]], password: str, seed: int) -> bytes:
    """A stored zip whose members use traditional PKWARE (ZipCrypto) encryption.

    Member names stay visible in the central directory, as in real encrypted zips.
    """
    rng = random.Random(seed)
    out = bytearray()
    central = bytearray()
    for name, data in members:
        raw = data.encode("utf-8") if isinstance(data, str) else data
        crc = zlib.crc32(raw) & 0xFFFFFFFF
        keys = _Keys(password.encode("utf-8"))
        header = bytes(rng.randrange(256) for _ in range(11)) + bytes([crc >> 24])
        enc = keys.encrypt(header + raw)
        fname = name.encode("utf-8")
        offset = len(out)
        fixed = struct.pack(
            "<HHHHHIII", 20, 0x0001, 0, _DOS_TIME, _DOS_DATE, crc, len(enc), len(raw)
        )
        out += b"PK\x03\x04" + fixed + struct.pack("<HH", len(fname), 0) + fname + enc
        central += (
            b"PK\x01\x02"
            + struct.pack("<HH", 20, 20)
            + fixed[2:]
            + struct.pack("<HHHHHII", len(fname), 0, 0, 0, 0, 0, offset)
            + fname
        )
    cd_off = len(out)
    out += central
    out += b"PK\x05\x06" + struct.pack(
        "<HHHHIIH", 0, 0, len(members), len(members), len(central), cd_off, 0
    )
    return bytes(out)


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A tiny solid-colour RGB PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    row = b"\x00" + bytes(rgb) * width
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(row * height, 9))
        + chunk(b"IEND", b"")
    )
