"""Archive limits: zip bombs, nesting depth, file count, sizes, encrypted entries."""

from __future__ import annotations

import gzip
import io
import time
import zipfile

import pytest
from extract_builders import mail, nested_zip, zeros_zip, zip_of

from gateway.extract import AttachmentStatus, ExtractLimits, extract


@pytest.fixture(scope="module")
def bomb_200mb() -> bytes:
    return zeros_zip(200)


DEFAULTS = ExtractLimits()


def statuses(raw: bytes, limits: ExtractLimits = DEFAULTS) -> dict[str, AttachmentStatus]:
    return {a.path: a.status for a in extract(raw, limits).attachments}


def test_zip_bomb_is_reported_fast(bomb_200mb: bytes) -> None:
    raw = mail("b", attachments=[("archive.zip", "application/zip", bomb_200mb)])
    start = time.perf_counter()
    result = extract(raw)
    assert time.perf_counter() - start < 2.0
    [att] = result.attachments
    assert att.status == AttachmentStatus.BOMB and att.path == "attachment:archive.zip"
    assert att.detail == "zip entry compression ratio over cap"
    assert result.truncated
    assert not [s for s in result.segments if s.part.startswith("attachment:")]


def test_bomb_next_to_normal_members_stops_the_archive() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        dst.writestr("a.txt", "normal member before the bomb")
        info = zipfile.ZipInfo("zeros.bin")
        info.compress_type = zipfile.ZIP_DEFLATED
        with dst.open(info, "w", force_zip64=True) as handle:
            block = bytes(1 << 20)
            for _ in range(64):
                handle.write(block)
        dst.writestr("z.txt", "normal member after the bomb")
    result = extract(mail("b", attachments=[("mixed.zip", "application/zip", out.getvalue())]))
    assert [(a.path, a.status) for a in result.attachments] == [
        ("attachment:mixed.zip", AttachmentStatus.BOMB)
    ]
    assert not any("normal member" in s.text for s in result.segments)


def test_lying_central_directory_cannot_expand_past_declared_size() -> None:
    # 8 MiB of zeros whose headers claim 1000 bytes: zipfile stops at the declared size, the
    # CRC check fails and the member is unreadable; nothing near 8 MiB is ever held
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("zeros.txt", bytes(8 << 20))
    raw = bytearray(buf.getvalue())
    raw[22:26] = (1000).to_bytes(4, "little")  # local header: uncompressed size
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 24 : central + 28] = (1000).to_bytes(4, "little")
    result = extract(mail("b", attachments=[("liar.zip", "application/zip", bytes(raw))]))
    got = {a.path: a for a in result.attachments}
    member = got["attachment:liar.zip/zeros.txt"]
    assert member.status == AttachmentStatus.UNREADABLE
    assert "BadZipFile" in member.detail


def test_gzip_bomb_judged_on_consumed_input() -> None:
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=1) as gz:
        block = bytes(1 << 20)
        for _ in range(100):
            gz.write(block)
    start = time.perf_counter()
    result = extract(mail("b", attachments=[("dump.sql.gz", "application/gzip", buf.getvalue())]))
    assert time.perf_counter() - start < 2.0
    assert [a.status for a in result.attachments] == [AttachmentStatus.BOMB]


def test_nested_zips_over_max_depth() -> None:
    deep = nested_zip(8, ("deep.txt", b"bottom of the well"))
    result = extract(mail("b", attachments=[("deep.zip", "application/zip", deep)]))
    by_status = [a.status for a in result.attachments]
    assert AttachmentStatus.LIMIT in by_status
    assert result.truncated
    assert not any("bottom of the well" in s.text for s in result.segments)
    limited = [a for a in result.attachments if a.status == AttachmentStatus.LIMIT]
    assert limited[0].detail == "nesting depth over cap"
    # within the cap the bottom is reached
    shallow = nested_zip(3, ("deep.txt", b"bottom of the well"))
    result = extract(mail("b", attachments=[("ok.zip", "application/zip", shallow)]))
    assert any(s.text == "bottom of the well" for s in result.segments)
    assert not result.truncated


def test_max_depth_counts_messages_too() -> None:
    raw = mail("level 0")
    for level in range(1, 8):
        raw = mail(f"level {level}", attachments=[(f"l{level}.eml", "message/rfc822", raw)])
    result = extract(raw, ExtractLimits(max_depth=3))
    assert any(a.status == AttachmentStatus.LIMIT for a in result.attachments)
    assert not any(s.text == "level 0" for s in result.segments)


def test_encrypted_zip_entries() -> None:
    data = zip_of(
        [("public.txt", b"readable"), ("secret.csv", b"a,b")], encrypt_names=["secret.csv"]
    )
    result = extract(mail("b", attachments=[("mixed.zip", "application/zip", data)]))
    got = {a.path: a.status for a in result.attachments}
    assert got == {
        "attachment:mixed.zip": AttachmentStatus.OK,
        "attachment:mixed.zip/public.txt": AttachmentStatus.OK,
        "attachment:mixed.zip/secret.csv": AttachmentStatus.ENCRYPTED,
    }


def test_zip_encrypted_with_system_zip_if_available(tmp_path: pytest.TempPathFactory) -> None:
    import shutil
    import subprocess

    if shutil.which("zip") is None:
        pytest.skip("zip(1) not installed")
    src = tmp_path / "labs.txt"  # type: ignore[operator]
    src.write_bytes(b"Ola Test HbA1c 9.0")
    out = tmp_path / "labs.zip"  # type: ignore[operator]
    subprocess.run(["zip", "-q", "-j", "-P", "pw", str(out), str(src)], check=True)
    result = extract(mail("b", attachments=[("labs.zip", "application/zip", out.read_bytes())]))
    got = {a.path: a.status for a in result.attachments}
    assert got["attachment:labs.zip/labs.txt"] == AttachmentStatus.ENCRYPTED
    assert not any("HbA1c" in s.text for s in result.segments)


def test_file_count_cap() -> None:
    data = zip_of([(f"f{i}.txt", f"file {i}".encode()) for i in range(30)])
    result = extract(
        mail("b", attachments=[("many.zip", "application/zip", data)]), ExtractLimits(max_files=10)
    )
    limits = [a for a in result.attachments if a.status == AttachmentStatus.LIMIT]
    assert len(limits) == 1 and limits[0].detail == "file count over cap"
    assert len(result.attachments) == 11
    assert result.truncated


def test_entry_count_from_directory_precheck() -> None:
    data = zip_of([(f"e{i}", b"") for i in range(60)])
    result = extract(
        mail("b", attachments=[("e.zip", "application/zip", data)]), ExtractLimits(max_files=5)
    )
    assert result.attachments[0].status == AttachmentStatus.LIMIT
    assert result.attachments[0].detail == "zip entry count over cap"


def test_part_and_total_size_caps() -> None:
    big = b"x" * 5000
    limits = ExtractLimits(max_part_bytes=4000)
    assert list(
        statuses(mail("b", attachments=[("big.txt", "text/plain", big)]), limits).values()
    ) == [AttachmentStatus.LIMIT]
    limits = ExtractLimits(max_total_bytes=8000)
    got = statuses(
        mail("b", attachments=[("a.txt", "text/plain", big), ("b.txt", "text/plain", big)]), limits
    )
    assert got == {
        "attachment:a.txt": AttachmentStatus.OK,
        "attachment:b.txt": AttachmentStatus.LIMIT,
    }
    # members of an archive count towards the total as they expand
    data = zip_of([("m1.txt", big), ("m2.txt", big)])
    got = statuses(
        mail("b", attachments=[("z.zip", "application/zip", data)]),
        ExtractLimits(max_total_bytes=9000),
    )
    assert got["attachment:z.zip/m2.txt"] == AttachmentStatus.LIMIT


def test_corrupt_zip_is_unreadable() -> None:
    data = bytearray(zip_of([("a.txt", b"hello " * 100)]))
    data[40:60] = b"\xff" * 20  # inside the compressed data
    result = extract(mail("b", attachments=[("c.zip", "application/zip", bytes(data))]))
    statuses_ = [a.status for a in result.attachments]
    assert AttachmentStatus.UNREADABLE in statuses_ or statuses_[0] == AttachmentStatus.UNREADABLE
