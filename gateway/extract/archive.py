"""Bounded reading of ZIP, gzip and tar containers: never trust declared sizes, never hang."""

from __future__ import annotations

import struct
import zipfile
import zlib

from .formats import FileStatusError
from .types import AttachmentStatus

CHUNK = 1 << 20
IN_CHUNK = 1 << 16
RATIO_FLOOR = 1 << 20  # ratios are only judged once this many bytes came out


def zip_entry_count(data: bytes) -> int | None:
    """Entry count from the end-of-central-directory record, read before zipfile indexes it."""
    pos = data.rfind(b"PK\x05\x06", max(0, len(data) - 65557))
    if pos < 0 or pos + 22 > len(data):
        return None
    (total,) = struct.unpack_from("<H", data, pos + 10)
    if total == 0xFFFF:
        z64 = data.rfind(b"PK\x06\x06", max(0, pos - 4096), pos)
        if z64 >= 0 and z64 + 40 <= len(data):
            (total,) = struct.unpack_from("<Q", data, z64 + 32)
    return int(total)


def check_zip_index(zf: zipfile.ZipFile, archive_size: int, max_ratio: float) -> None:
    """Raise BOMB when the central directory promises an expansion beyond the ratio cap."""
    declared = 0
    for info in zf.infolist():
        declared += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > max_ratio * max(1, info.compress_size):
            raise FileStatusError(AttachmentStatus.BOMB, "zip entry compression ratio over cap")
    if declared > RATIO_FLOOR and declared > max_ratio * max(1, archive_size):
        raise FileStatusError(AttachmentStatus.BOMB, "zip expansion ratio over cap")


def read_zip_member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, max_ratio: float
) -> bytes:
    """Read one member in bounded chunks, enforcing the byte cap and the ratio as data arrives."""
    if info.flag_bits & 0x1:
        raise FileStatusError(AttachmentStatus.ENCRYPTED, "zip entry encrypted")
    if info.file_size > cap:
        raise FileStatusError(AttachmentStatus.LIMIT, "zip entry over size cap")
    buf = bytearray()
    allowed = max_ratio * max(1, info.compress_size)
    with zf.open(info) as handle:
        while True:
            chunk = handle.read(CHUNK)
            if not chunk:
                break
            buf += chunk
            if len(buf) > cap:
                raise FileStatusError(AttachmentStatus.LIMIT, "zip entry over size cap")
            if len(buf) > RATIO_FLOOR and len(buf) > allowed:
                raise FileStatusError(AttachmentStatus.BOMB, "zip entry compression ratio over cap")
    return bytes(buf)


def gunzip(data: bytes, cap: int, max_ratio: float) -> tuple[bytes, str]:
    """Decompress (possibly multi-member) gzip in bounded steps; returns (bytes, stored name).

    The ratio is judged against the compressed bytes consumed so far, so a bomb is recognised
    after reading a little of it, not after expanding it up to the size cap.
    """
    name = _gzip_name(data)
    out = bytearray()
    consumed = 0
    rest = data
    while rest:
        dec = zlib.decompressobj(wbits=31)
        pos = 0
        tail = b""
        while not dec.eof:
            if tail:
                src = tail
            else:
                if pos >= len(rest):
                    raise ValueError("truncated gzip")
                src = rest[pos : pos + IN_CHUNK]
                pos += len(src)
            out += dec.decompress(src, CHUNK)
            tail = dec.unconsumed_tail
            used = consumed + pos - len(tail) - len(dec.unused_data)
            if len(out) > RATIO_FLOOR and len(out) > max_ratio * max(1, used):
                raise FileStatusError(AttachmentStatus.BOMB, "gzip compression ratio over cap")
            if len(out) > cap:
                raise FileStatusError(AttachmentStatus.LIMIT, "gzip content over size cap")
        consumed += pos - len(dec.unused_data)
        rest = dec.unused_data + rest[pos:]
        if not rest.startswith(b"\x1f\x8b"):
            break
    return bytes(out), name


def _gzip_name(data: bytes) -> str:
    if len(data) < 10 or not data[3] & 0x08:
        return ""
    pos = 10
    if data[3] & 0x04 and len(data) >= 12:
        (xlen,) = struct.unpack_from("<H", data, 10)
        pos = 12 + xlen
    end = data.find(b"\x00", pos, pos + 1024)
    if end < 0:
        return ""
    return data[pos:end].decode("latin-1")
