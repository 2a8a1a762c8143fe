"""Bounded reading of ZIP, gzip and tar containers: never trust declared sizes, never hang."""

from __future__ import annotations

import struct
import zipfile
import zlib

from .formats import FileStatusError
from .types import AttachmentStatus

CHUNK = 1 << 20
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
    """Decompress (possibly multi-member) gzip in bounded steps; returns (bytes, stored name)."""
    name = _gzip_name(data)
    out = bytearray()
    allowed = max_ratio * max(1, len(data))
    pending = data
    while pending:
        dec = zlib.decompressobj(wbits=31)
        chunk_in = pending
        while True:
            piece = dec.decompress(chunk_in, CHUNK)
            out += piece
            if len(out) > cap:
                raise FileStatusError(AttachmentStatus.LIMIT, "gzip content over size cap")
            if len(out) > RATIO_FLOOR and len(out) > allowed:
                raise FileStatusError(AttachmentStatus.BOMB, "gzip compression ratio over cap")
            chunk_in = dec.unconsumed_tail
            if dec.eof or (not chunk_in and not piece):
                break
        if not dec.eof:
            raise ValueError("truncated gzip")
        pending = dec.unused_data
        if pending and not pending.startswith(b"\x1f\x8b"):
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
