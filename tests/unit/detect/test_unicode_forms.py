"""A message whose charset writes letters as a base plus combining marks is read like the same
message in UTF-8: extraction composes every segment (NFC) and the lexicons hold composed
phrases, so a windows-1258 Vietnamese surgery update is caught like its UTF-8 twin."""

from __future__ import annotations

import unicodedata

import pytest

from gateway.detect import Detector
from gateway.detect.lexicon import Lexicon
from gateway.detect.pool import scan_bytes

BODY = (
    "Kính gửi bà Trần Thị Lan,\n\n"
    "Con trai bà, anh Phạm Minh Quân, đã được phẫu thuật cắt ruột thừa sáng nay. "
    "Anh ấy hiện ổn định.\n"
)


def _decomposed_cp1258(text: str) -> bytes:
    """windows-1258 as Vietnamese mail programs write it: the vowel with its hat or horn
    precomposed where the code page has it, every tone mark a separate combining byte."""
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        marks = [m for m in parts[1:] if m in tones]
        kept = "".join(m for m in parts[1:] if m not in tones)
        rest = unicodedata.normalize("NFC", parts[0] + kept)
        out += (rest + "".join(marks)).encode("cp1258")
    return bytes(out)


def _mail(body: bytes, charset: str) -> bytes:
    return (
        b"From: advocate@clinic.example\r\nTo: tranthilan.1961@gmail.com\r\n"
        b"Subject: update\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=" + charset.encode() + b"\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + body.replace(b"\n", b"\r\n")
    )


@pytest.mark.parametrize("charset", ["utf-8", "windows-1258"])
def test_vietnamese_surgery_update_in_either_charset(detector: Detector, charset: str) -> None:
    body = BODY.encode() if charset == "utf-8" else _decomposed_cp1258(BODY)
    if charset != "utf-8":
        assert unicodedata.normalize("NFC", body.decode("cp1258")) == BODY
        assert body.decode("cp1258") != BODY  # the tone marks really are separate characters
    result = scan_bytes(detector, _mail(body, charset))
    assert result.verdict.phi
    assert "PROCEDURE" in {f.entity for f in result.verdict.findings}


def test_lexicon_phrases_match_in_both_spellings() -> None:
    """A lexicon line written with combining marks matches composed text; one written with a
    letter NFC decomposes (Bengali য় U+09DF) matches both spellings."""
    lex = Lexicon()
    lex.add("PROCEDURE", "phâ\u0303u thuâ\u0323t", 0.7)
    lex.add("CONDITION", "ডা\u09dfাবেটিস", 0.7)
    for text in ("phẫu thuật", "ডা\u09dfাবেটিস", unicodedata.normalize("NFC", "ডা\u09dfাবেটিস")):
        assert [text[m.start : m.end] for m in lex.match(text)] == [text]
