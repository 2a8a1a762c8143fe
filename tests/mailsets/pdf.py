"""A minimal, reproducible one-page PDF writer (Helvetica text lines) for mail-set attachments."""

from __future__ import annotations

from dataclasses import dataclass


def _esc(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines: list[str], title: str, *, producer: str, encoding: str = "latin-1") -> bytes:
    """Render text lines top-down on a US-letter page; no timestamps, fixed document id.

    `encoding` is the byte encoding of the text and title (the font uses WinAnsiEncoding; older
    sets wrote latin-1, which only differs from cp1252 for characters it cannot encode).
    """
    ops = ["BT", "/F1 10 Tf", "13 TL", "54 740 Td"]
    for line in lines:
        ops.append(f"({_esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode(encoding)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Title ("
        + _esc(title).encode(encoding)
        + b") /Producer ("
        + producer.encode("ascii")
        + b") >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


@dataclass(frozen=True)
class PdfWriter:
    """`pdf` bound to one set's producer name and text encoding (what a set's `_pdf.py` exports)."""

    producer: str
    encoding: str = "latin-1"

    def pdf(self, lines: list[str], title: str) -> bytes:
        return pdf(lines, title, producer=self.producer, encoding=self.encoding)
